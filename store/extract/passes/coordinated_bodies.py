"""Two bodies the model reads as one name, found by counting what the pipeline printed as
organizations over ~800 saved fresh pages (issue 15, org40).

`coordinated_ministries` repairs an organization span in two shapes:

- ministries in the plural with their fields joined by «и»: «поручил Министерствам транспорта
  и энергетики», «работой Министерств финансов и национальной экономики РК» are two ministries,
  each a row of the knowledge base («Министерство транспорта», «Министерство энергетики»); the
  model gives one body named after neither. Only the plural's own cases (-ам, -ами, -ах and
  the genitive «Министерств») are read: «Министерства торговли и интеграции» is one ministry's
  genitive, and a name the knowledge base holds whole is never split;
- a body's name run on into «и» and an adjective of the next clause: «подписанной Министерством
  транспорта Казахстана и кыргызской стороной» ends before «и».
"""

from __future__ import annotations

import re

from store.extract.spans import Named
from store.lang import kb
from store.lang.normalize import parses

_PLURAL = re.compile(r"[Мм]инистерств(?:ам|ами|ах)?(?![\w-])")
_STATE = r"\s+(?:РК|Казахстана|Республики Казахстан)"
_ONE, _TWO = r"[а-яё]+", r"[а-яё]+\s+[а-яё]+"  # a ministry's field: «финансов», «национальной экономики»
_READINGS = tuple(
    re.compile(rf"\s+(?P<a>{a})\s+и\s+(?P<b>{b})(?P<state>{_STATE})?(?![\w-])")
    for a in (_ONE, _TWO)
    for b in (_ONE, _TWO)
)

# «… и кыргызской»: «и» and a lower-case word close the span; when that word can only be an
# adjective, it belongs to the next clause («… и кыргызской стороной»), not to the name
# («… транспорта и коммуникаций» ends in a noun).
_RUN_ON = re.compile(r"\s+и\s+(?P<word>[а-яё]+)$")


def coordinated_ministries(text: str, spans: list, ctx) -> list:
    """The spans with plural coordinated ministries split in two and a name's run-on «и»
    and adjective cut off (see module doc)."""
    out = []
    for s in spans:
        if s.type != "organization" or isinstance(s, Named):
            out.append(s)
            continue
        out += _split_plural(text, s) or [_without_run_on(text, s)]
    return out


def _split_plural(text: str, s) -> list:
    """Two ministries for «Министерствам X и Y» when «Министерство X» and «Министерство Y»
    are rows and the whole is none; [] otherwise. The span may stop before «и Y» (the
    lowercase rule reads «министерствам финансов» alone)."""
    head = _PLURAL.match(text, s.start)
    if not head or head.end() > s.end:
        return []
    for m in _coordinations(text, head.end()):
        if not m.end("a") <= s.end <= m.end():
            continue  # the span stops inside the first field or runs on past the second
        state = " ".join(m.group("state").split()) if m.group("state") else ""
        a, b = _ministry(m.group("a"), state), _ministry(m.group("b"), state)
        if a and b and not kb.row_named("organization", _name(f"{m.group('a')} и {m.group('b')}", state)):
            return [
                Named("organization", s.start, m.end("a"), text[s.start : m.end("a")], name=a),
                Named("organization", m.start("b"), m.end(), text[m.start("b") : m.end()], name=b),
            ]
    return []


def _coordinations(text: str, pos: int) -> list[re.Match]:
    """The readings of «X и Y» at `pos`, each field of one word or two, shortest first."""
    return [m for m in (r.match(text, pos) for r in _READINGS) if m]


def _name(field: str, state: str) -> str:
    return " ".join(f"Министерство {field} {state}".split())


def _ministry(field: str, state: str) -> str:
    """«Министерство <field>» (with the state printed after it) when the knowledge base
    has that ministry, else ""."""
    name = _name(field, state)
    return name if kb.row_named("organization", name) else ""


def _without_run_on(text: str, s):
    """The span without a run-on «и» and adjective at its end (see module doc)."""
    m = _RUN_ON.search(s.text)
    if not m or not _only_an_adjective(m.group("word")):
        return s
    end = s.start + m.start()
    return type(s)(s.type, s.start, end, text[s.start : end])


def _only_an_adjective(word: str) -> bool:
    """Every reading of `word` is a full adjective («кыргызской»), none a noun."""
    ps = parses(word)
    return bool(ps) and all(p.tag.POS == "ADJF" for p in ps)
