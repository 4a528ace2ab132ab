"""A town named right after the title of its head: «Аким Шу Даурен Касымов», «аким Уила
провёл приём», «Аким Жалагаша встретился с ветеранами», «акимата Сарыозека».

The model reads a short or little-known town after «аким» as the official's name («Уила» a
person, «Аким Жалагаша» one person) or reads nothing there («Шу» beside «Даурен Касымов»),
and the knowledge-base matcher never looks for a name under four letters («Шу», «Уил»: too
many words share them). After the title of a settlement's head (аким, акимат, глава, мэр)
the word is the town's when the knowledge base has a town row by that word or its
nominative: then the word is a place named by the row («Уила» → «Уил»), whatever span held
it alone (a person of the word alone, or of the title and the word) or if none did. A
person of more words keeps them (place_before_name cuts the town off a full name before
this pass runs).

Why: stop 39 (loc68) left «Аким Шу», «аким Уила» after its probe of every town row in
«Аким <town> Арман Нуров …»; loc69's fresh sentences «Аким Жалагаша …», «Глава Каратобе …»
read the same way once those towns had rows (regions.csv's district centres).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb

# the title of a settlement's head in any case, then a capitalized word (the town's name)
_HEAD_AND_WORD = re.compile(
    r"(?<![\w-])(?:[Аа]ким(?:ат)?(?:а|у|ом|е|ы|ов)?|[Гг]лав(?:а|ы|е|ой|у)|[Мм]эр(?:а|у|ом|е|ы)?)"
    r"\s+(?P<town>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?)(?![\w-])"
)
# A title's letters every _HEAD_AND_WORD match holds: a text with none of them is not scanned
# (gate75: the scan opens with a look back `re` tries at every position, 0.035 ms a text; 168
# of 1,168 dev, factRu, seeds and generated titles and bodies hold one, 46 a match).
_HEAD_WORDS = ("Аким", "аким", "Глав", "глав", "Мэр", "мэр")
# Russian case endings a town's name may take after its nominative («Уила», «Жалагашу»)
_RU_CASE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")


def _town_row(word: str) -> kb.Row | None:
    """The knowledge base's town row printed as `word` or as its nominative (see module doc)."""
    for name in (word, *(word[: -len(e)] for e in _RU_CASE_ENDINGS if word.endswith(e) and len(word) > len(e) + 1)):
        row = kb.row_of_printed("location", name)
        if row is not None and row.kind == "city":
            return row
    return None


def places_after_heads(text: str, spans: list, ctx) -> list:
    """The pass: the town after its head's title becomes a place (see module doc)."""
    out = spans
    if not any(w in text for w in _HEAD_WORDS):
        return out
    for m in _HEAD_AND_WORD.finditer(text):
        start, end = m.span("town")
        holders = [s for s in out if s.start < end and start < s.end]
        a_place = [(s.type, s.start, s.end) for s in holders] == [("location", start, end)]
        if not a_place and any(s.type != "person" or not _town_alone(text, s, m.start(), start, end) for s in holders):
            continue  # a longer place, a body's name, or a person's full name
        row = _town_row(m.group("town"))
        if row is None:
            continue
        ctx.names.setdefault((start, end), row.name_ru)  # «Уила» is the town «Уил»
        if a_place:
            continue
        kept = [s for s in out if s not in holders]
        out = sorted([*kept, NerSpan("location", start, end, m.group("town"))], key=lambda s: (s.start, s.end))
    return out


def _town_alone(text: str, s: NerSpan, title_start: int, start: int, end: int) -> bool:
    """A person span that holds the town word alone, or the title and the town word."""
    return s.end == end and s.start in (start, title_start)
