"""One body, one name within an article: the organization mentions that the knowledge base
(store.lang.kb) resolves to the same row are given one name.

Why: an article names a body several ways («Погранслужба», «Пограничная служба КНБ РК»,
«АО «НК «ҚТЖ»», «Қазақстан темір жолы»), and each way comes out of the passes with a name of
its own; merge_names only joins names that read alike. A mention belongs to a row only when
the row's form covers the whole of it but for a legal form («АО», «НК», «ТОО», «ЖШС»), quotes
and its own state written after it («РК», «Кыргызской Республики»): «Комитет … МВД» is not МВД,
and «Министерство финансов Кыргызстана» is not Kazakhstan's ministry.
A regional unit («Департамент … по {region}») is never grouped: two regions are two bodies.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from store.lang import kb

# Legal forms and quote marks around a body's own name: not part of what names it.
_LEGAL_FORM = re.compile(
    r"(?<![\w-])(?:АО|АҚ|НК|ҰК|ТОО|ЖШС|ФГКУ|ФГУП|ГУП|РГП|РМК|ГУ|ОАО|ЗАО|ПАО|ООО|JSC|LLP)(?![\w-])|[«»\"“”„]"
)
# The legal forms alone, the quotes kept (_with_its_quotes).
_LEGAL_WORD = re.compile(
    r"(?<![\w-])(?:АО|АҚ|НК|ҰК|ТОО|ЖШС|ФГКУ|ФГУП|ГУП|РГП|РМК|ГУ|ОАО|ЗАО|ПАО|ООО|JSC|LLP)(?![\w-])\s*"
)
# What a company's name is printed with around it: «Национальная компания «…»», ««…» ұлттық
# компаниясы» акционерлік қоғамы».
_DESCRIPTOR = re.compile(
    r"(?i:национальн\w*\s+компани\w*|ұлттық\s+компания\w*|акционерлік\s+қоғам\w*|акционерн\w*\s+обществ\w*)"
)
# A state written after a body's name, as the press adds it.
_STATE_TAIL = re.compile(r"^(?:РК|КР|РФ|ҚР|КНР|России|Казахстана|Қазақстан(?:ның)?)$")


def one_name_per_body(mentions: list) -> None:
    """Give the organization mentions that resolve to one KB row one name (in place): a name
    holding an abbreviation beside spelled-out words as the press writes it («Погранслужба КНБ
    РК»: written by the article, where a spelled-out name may be the linker's), then a bare
    abbreviation or a spelled-out name, whichever shape the article prints more often («КТЖ»
    twice beats «Қазақстан темір жолы» once), on a tie the spelled-out name («Евразийская
    экономическая комиссия» over «ЕЭК» in a headline: the short form is how a text refers
    back, not what it calls the body), then the name most of them carry, then the one
    written longest."""
    groups: dict[str, list] = {}
    for m in mentions:
        row = row_of(m.surface)
        if row is not None:
            groups.setdefault(row, []).append(m)
    for group in groups.values():
        names = Counter(m.name for m in group)
        if len(names) < 2:
            continue
        group = _letters_apart(group)
        names = Counter(m.name for m in group)
        if len(names) < 2:
            continue
        printed = Counter(_bare_abbreviation(m.surface) for m in group)
        longest = {m.name: len(m.surface) for m in sorted(group, key=lambda m: len(m.surface))}
        best = max(
            names,
            key=lambda n: (
                _has_abbreviation(n) and not _bare_abbreviation(n),
                printed[_bare_abbreviation(n)],
                not _bare_abbreviation(n),
                names[n],
                longest[n],
            ),
        )
        for m in group:
            m.name = best


def _letters_apart(group: list) -> list:
    """The mentions of a group that still want one name: all of them, or, when the article
    calls the body by its bare letters more often than by longer names («РЖД» three times,
    «Российских железных дорог» once), only the longer ones; the letters keep their own name
    (set by the pass abbreviations_as_printed), one entry more in the article's export."""
    letters = [m for m in group if _bare_abbreviation(m.name) and _bare_abbreviation(m.surface)]
    rest = [m for m in group if m not in letters]
    if not rest or len(letters) <= len(rest) or any(_bare_abbreviation(m.name) for m in rest):
        return group
    name = Counter(m.name for m in letters).most_common(1)[0][0]
    for m in letters:
        m.name = name
    return rest


def _has_abbreviation(name: str) -> bool:
    """Does `name` hold a capital abbreviation other than a legal form («АО», «НК»)?"""
    return any(w.isupper() and 2 <= len(w) <= 6 for w in _LEGAL_FORM.sub(" ", name).split())


def _bare_abbreviation(name: str) -> bool:
    """Is `name` nothing but capital abbreviations and legal forms («ЕЭК», «АО «КТЖ»»)?"""
    words = _LEGAL_FORM.sub(" ", name).split()
    return bool(words) and all(_has_abbreviation(w) for w in words)


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def row_of(surface: str) -> str | None:
    """The id of the KB body `surface` names whole (see the module doc), or None."""
    core = _SPACE_RUN.sub(" ", _LEGAL_FORM.sub(" ", _DESCRIPTOR.sub(" ", surface))).strip(" -–—,")
    found = _row_of_core(core)
    if found is None and any(q in surface for q in "«»"):
        found = _row_of_core(_with_its_quotes(surface))
    return found


def _with_its_quotes(surface: str) -> str:
    """The surface without legal forms but with the quotes of the name inside it, less an
    opening quote left unpaired («АО «Международный центр … «Хоргос»» → «Международный центр
    приграничного сотрудничества «Хоргос»»): a row whose name holds a quoted part is matched
    only with it, so stripping every quote grouped the body with none of its other mentions
    (org83: «МЦПС» and the full name were two names of one body)."""
    core = _SPACE_RUN.sub(" ", _LEGAL_WORD.sub(" ", _DESCRIPTOR.sub(" ", surface))).strip(" -–—,")
    if core.startswith("«") and core.count("«") > core.count("»"):
        core = core[1:].lstrip()
    return core


def _row_of_core(core: str) -> str | None:
    if not core:
        return None
    found = kb.find(core)
    if not found:
        return None
    first = found[0]
    if first.form.row.type != "organization" or first.form.role == "pattern" or first.start > 0:
        return None
    if not _only_a_state(core, first.end, found[1:]) or _another_state(core, first):
        return None
    return first.form.row.id


def _another_state(core: str, first) -> bool:
    """Is the state printed after the body's form not the row's own? «Министерство финансов
    Кыргызстана» is not Kazakhstan's ministry the form «Министерство финансов» heads: grouped
    with it, Kazakhstan's ministry in the same article took the Kyrgyz name."""
    printed = kb.state_printed_after(core, first.end)
    own = kb.state_of(first.form.row)
    return bool(printed and own and printed != own)


def _only_a_state(core: str, end: int, rest: list) -> bool:
    """Is what follows the body's form (from `end`) nothing, or only the state it belongs to
    (a country the KB knows, or a short state word)?"""
    tail = core[end:]
    if not tail.strip():
        return True
    if len(rest) == 1 and rest[0].form.row.kind == "country":
        return not core[end : rest[0].start].strip(" ,") and not core[rest[0].end :].strip()
    return all(_STATE_TAIL.match(w) for w in tail.split())
