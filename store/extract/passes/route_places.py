"""Places named as the ends of a route: «участок Мойынты–Балхаш», «линии "Достык – Мойынты"»,
«трасса Алматы — Хоргос», «Мойынты – Қызылжар бағытындағы». Each end is a place of its own;
a corridor named by the cardinal points («Восток–Запад», «Солтүстік – Оңтүстік») is no place.

Why: the model reads two names joined by a dash as one place («Мойынты–Балхаш») or, inside
quotes, as nothing, and the stations along new railway lines are in no dictionary. A route
noun beside the pair («линия», «участок», «трасса», «бағыт», «желі» …) says what it is, so the
shape alone is enough. An end that is a checkpoint stays the checkpoint's.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang.normalize import parses

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"

# route nouns, by stem, in Russian and Kazakh: one of them must stand next to the pair
_ROUTE_NOUNS = (
    "лини",
    "участ",
    "направлени",
    "маршрут",
    "трасс",
    "дорог",
    "автодорог",
    "магистрал",
    "ветк",
    "перегон",
    "коридор",
    "сообщени",
    "рейс",
    "поезд",
    "бағыт",
    "учаске",
    "теміржол",
    "тасжол",
    "жол",
    "желі",
    "күре",
)
# «Трасса Талды — …»: a Russian route noun opening a sentence is no end (the Kazakh stems,
# «жол» in «Жолымбет», open names too)
_NOT_NOUN = r"(?!(?i:трасс|лини|участ|маршрут|дорог|автодорог|направлени|магистрал)[а-яё]*\s)"
_NAME = rf"{_NOT_NOUN}[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"
_END = rf"{_NAME}(?:\s{_NAME})?"  # «Жана Жол», «Нур-Султан»: one or two capitalized words
_DASH = r"(?:\s*[–—]\s*|\s+-\s+)"
_QUOTE_OPEN, _QUOTE_CLOSE = '«"“„', '»"”“'
_DASH_IN = re.compile(_DASH)
# The capital an end opens with is asked first (the same pattern: _NAME asks it after
# _NOT_NOUN's eight words), so a word in lower case fails at once: 0.12 → 0.07 ms/article.
ROUTE = re.compile(rf"(?=[{_UPPER}])(?<![\w-])({_END}(?:{_DASH}{_END})+)(?![\w-])")
_NOUN_BEFORE = re.compile(rf"(?i:\b(?:{'|'.join(_ROUTE_NOUNS)})[{_LOWER}]*)\s*[{_QUOTE_OPEN}]?\s*$")
_NOUN_AFTER = re.compile(rf"^\s*[{_QUOTE_CLOSE}]?\s*(?i:(?:{'|'.join(_ROUTE_NOUNS)})[{_LOWER}]*)\b")
# the cardinal points, nouns and adjectives, in both languages: «Восток–Запад» is a corridor
_POINTS = frozenset(
    "восток запад север юг восточный западный северный южный шығыс батыс солтүстік оңтүстік "
    "east west north south".split()
)


def _is_point(word: str) -> bool:
    low = word.lower()
    if low in _POINTS:
        return True
    return any(p.normal_form in _POINTS for p in parses(word)[:2])


_SENTENCE_END = re.compile(rf"[.!?](?=\s+[{_UPPER}«\"])|\n")  # «тыс. км» ends no sentence
_ANY_ROUTE_NOUN = re.compile(rf"(?i:\b(?:{'|'.join(_ROUTE_NOUNS)})[{_LOWER}]*\b)")


def _sentence_before(text: str, start: int) -> str:
    window = text[max(0, start - 200) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


def _beside_route_noun(text: str, start: int, end: int) -> bool:
    """A route noun ends just before the pair (an opening quote between) or opens just after
    it; a quoted pair in a list («направлениям: "A – B", "C – D"») needs one earlier in its
    sentence."""
    if _NOUN_BEFORE.search(text[max(0, start - 40) : start]) or _NOUN_AFTER.match(text[end : end + 30]):
        return True
    quoted = start > 0 and text[start - 1] in _QUOTE_OPEN and text[end : end + 1] in _QUOTE_CLOSE
    return quoted and bool(_ANY_ROUTE_NOUN.search(_sentence_before(text, start)))


def find_route_ends(text: str) -> list[NerSpan]:
    """Each end of every route in `text` that is not a cardinal point, as a location span."""
    out: list[NerSpan] = []
    for m in ROUTE.finditer(text):
        if not _beside_route_noun(text, m.start(1), m.end(1)):
            continue
        for end in re.finditer(_END, m.group(1)):
            if any(_is_point(w) for w in end.group().split()):
                continue
            start = m.start(1) + end.start()
            out.append(NerSpan("location", start, start + len(end.group()), end.group()))
    return out


def _route_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in ROUTE.finditer(text) if _beside_route_noun(text, m.start(1), m.end(1))]


def route_places(text: str, spans: list, ctx) -> list:
    """The pass: a place or person read across a route («Мойынты–Балхаш», «Восток–Запад»)
    gives way to the route's ends; an end a checkpoint or body holds stays theirs."""
    routes = _route_spans(text)
    if not routes:
        return spans

    def across(s) -> bool:
        """A person inside a route, or a place running over its dash."""
        inside = any(a <= s.start and s.end <= b for a, b in routes)
        return inside and (s.type == "person" or (s.type == "location" and bool(_DASH_IN.search(s.text))))

    out = [s for s in spans if not across(s)]
    for end in find_route_ends(text):
        if ctx.cp_index.overlapping(end.start, end.end):
            continue
        if any(s.start < end.end and end.start < s.end for s in out):
            continue
        out.append(end)
        ctx.names[(end.start, end.end)] = end.text
    return sorted(out, key=lambda s: (s.start, s.end))
