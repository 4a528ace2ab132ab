"""Linking the names of an article to the knowledge base (store.lang.kb), as span passes.

`link_knowledge_base`: every body, country or Kazakh region the KB knows, found in the
text in any script, becomes one span named by its row (in the script the text is written
in), replacing what the model made of those words; the model's longer body names that
merely contain it («Департамент … по области Абай») are kept. Kazakh articles are where
this matters most: the Russian model does not read «Көлік министрлігінің» at all.

`undefined_capitals`: a short capital token the model took for a body («МГ», «ГУ»,
«КПП») is one only when the KB or the article itself defines it; chat platforms
(«Telegram-канал») are channels, not bodies.

Both take (text, spans, context) and return spans, as extractor.PASSES expects; a span
renamed here carries its name in `context.names`.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.abbreviations import ABBREVIATIONS
from store.lang.kazakh import kazakh_context
from store.lang.normalize import key

# Words a body's name may run on with past a KB form and still be that body's longer name.
_TAIL_WORDS = re.compile(
    r"^(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,6}|Республик\w*|Казахстан\w*|Қазақстан\w*|[а-яёәғқңөұүһі-]+|«|»|\"|[-–—,])$"
)
_PLATFORMS = re.compile(r"^(?:telegram|телеграм|whatsapp|instagram|facebook|youtube|tiktok|vk)\b", re.IGNORECASE)
_MAX_SHORT = 4  # letters: «МГ», «ГУ», «КПП», «NEGE»


def link_knowledge_base(text: str, spans: list, ctx) -> list:
    """The KB's bodies and places in `text` as spans named by their rows (see module doc)."""
    matches = [m for m in _joined(kb.find(text)) if not _on_checkpoint(m, ctx)]
    if not matches:
        return spans
    names = _display_names(text, matches)
    out = list(spans)
    for m in matches:
        out = _place(text, out, m, names[(m.form.row.id, _script(text, m))], ctx)
    return sorted(out, key=lambda s: (s.start, s.end))


def _script(text: str, m: kb.Match) -> str:
    return "kk" if kazakh_context(text, m.start, m.end) else "ru"


def _display_names(text: str, matches: list[kb.Match]) -> dict[tuple[str, str], str]:
    """(row id, script) → the name every mention of the row shows in this text."""
    seen: dict[tuple[str, str], list] = {}
    rows = {}
    for m in matches:
        k = (m.form.row.id, _script(text, m))
        seen.setdefault(k, []).append(m.form)
        rows[k] = m.form.row
    return {k: kb.display_name(rows[k], forms, k[1]) for k, forms in seen.items()}


def _joined(matches: list[kb.Match]) -> list[kb.Match]:
    """«ҚР ҰҚК Шекара қызметі»: a body written right before its own unit is part of the
    unit's name, so the two are one mention of the unit."""
    out: list[kb.Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and m.start - prev.end <= 1 and m.form.row.parent == prev.form.row.id:
            joined = kb.Form(m.form.row, f"{prev.form.text} {m.form.text}", m.form.script, m.form.role)
            out[-1] = kb.Match(joined, prev.start, m.end)
        else:
            out.append(m)
    return out


def _on_checkpoint(m: kb.Match, ctx) -> bool:
    return bool(ctx.cp_index.any_overlap(m.start, m.end))


def _place(text: str, spans: list, m: kb.Match, name: str, ctx) -> list:
    """`spans` with the match in place of what overlaps it, unless a longer body name of
    the model holds it (then that name stays)."""
    over = [s for s in spans if s.start < m.end and m.start < s.end]
    if any(_longer_name(text, s, m) for s in over):
        return spans
    kept = [s for s in spans if not (s.start < m.end and m.start < s.end)]
    span = NerSpan(m.form.row.type, m.start, m.end, text[m.start : m.end])
    ctx.names[(m.start, m.end)] = name
    kept.append(span)
    return kept


def _longer_name(text: str, s, m: kb.Match) -> bool:
    """A body span holding the match and running on with words a body's name has
    («… по области Абай», «… КНБ РК», «Пограничное управление ФСБ …»), not with a
    person's name glued on after it («… КНБ Толеужан Джунусов»)."""
    if (
        s.type != "organization"
        or not (s.start <= m.start and m.end <= s.end)
        or (s.end - s.start) == (m.end - m.start)
    ):
        return False
    if m.form.row.type == "location":
        return True  # a place inside a body's name is part of it
    extra = text[m.end : s.end].split()  # words before it are the unit's own («Пограничное управление …»)
    return all(_TAIL_WORDS.match(w) or w[:1].isupper() and w.lower().startswith(("област", "облыс")) for w in extra)


def undefined_capitals(text: str, spans: list, ctx) -> list:
    """Drop body spans that are a short capital token nobody defines, and chat platforms."""
    defined = _defined_abbreviations(text)
    return [s for s in spans if not (s.type == "organization" and _not_a_body(s, ctx, defined))]


def _not_a_body(s, ctx, defined: set[str]) -> bool:
    name = ctx.names.get((s.start, s.end)) or s.text
    if _PLATFORMS.match(name.strip()):
        return True
    token = name.strip(" «»\"'.")
    letters = re.sub(r"[\W\d_]", "", token)
    if not letters or len(letters) > _MAX_SHORT or " " in token or not token.isupper():
        return False
    return not (key(token) in defined or key(token) in ABBREVIATIONS or kb.find(token))


def _defined_abbreviations(text: str) -> set[str]:
    """Capital tokens the article spells out: «… (КТК)», «КТК (Каспийский …)», «КТК – это»."""
    out = set()
    for m in re.finditer(r"\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\)", text):
        out.add(key(m.group(1)))
    for m in re.finditer(r"\b([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\s*\(", text):
        out.add(key(m.group(1)))
    return out
