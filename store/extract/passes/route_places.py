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
from functools import lru_cache

from store.extract.ner import NerSpan
from store.lang import gazetteer, kb
from store.lang.kazakh import kazakh_context
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
    "автожол",
    "жол",
    "желі",
    "күре",
)
# «Трасса Талды — …»: a Russian route noun opening a sentence is no end (the Kazakh stems,
# «жол» in «Жолымбет», open names too)
_NOT_NOUN = r"(?!(?i:трасс|лини|участ|маршрут|дорог|автодорог|направлени|магистрал)[а-яё]*\s)"
_NAME = rf"{_NOT_NOUN}[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*"
_END = rf"{_NAME}(?:\s{_NAME})?"  # «Жана Жол», «Нур-Султан»: one or two capitalized words
# A road's end at a border: «граница РФ – … – граница КНР», «РФ шекарасы - … - ҚХР шекарасы»
_BORDER_END = rf"(?:[Гг]раница\s+(?P<ru>[{_UPPER}]{{2,3}})|(?P<kk>[{_UPPER}]{{2,3}})\s+шекарасы)"
_BORDER = re.compile(_BORDER_END)
_DASH = r"(?:\s*[–—]\s*|\s+-\s+)"
_QUOTE_OPEN, _QUOTE_CLOSE = '«"“„', '»"”“'
_DASH_IN = re.compile(_DASH)
_STOP = rf"(?:{_BORDER_END.replace('?P<ru>', '').replace('?P<kk>', '')}|{_END})"
# the capital (or «граница») asked before the look back: `re` fails at a lowercase word start in
# one step instead of trying the border ends and _NOT_NOUN there (issue 15, perf56; the same matches)
ROUTE = re.compile(rf"(?=[{_UPPER}г])(?<![\w-])({_STOP}(?:{_DASH}{_STOP})+)(?![\w-])")
# a route's dash and the capital its next stop opens with, as _DASH and _STOP write them: a
# long dash, or a hyphen with a blank before it and blanks after it (each searched for its
# dash first, in C)
_LONG_DASH_STOP = re.compile(rf"[–—]\s*[{_UPPER}г]")
_SPACED_HYPHEN_STOP = re.compile(rf"-(?<=\s-)\s+[{_UPPER}г]")


def _may_hold_a_route(text: str) -> bool:
    """False only when no match of ROUTE can be in `text`: every one holds a dash followed by
    the next stop's capital. Over dev, factRu and saved pages 107 of 632 texts and titles
    are scanned (238 hold a dash; 45% of the letters)."""
    return _LONG_DASH_STOP.search(text) is not None or _SPACED_HYPHEN_STOP.search(text) is not None


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
    if not _may_hold_a_route(text):
        return out
    for m in ROUTE.finditer(text):
        if not _beside_route_noun(text, m.start(1), m.end(1)):
            continue
        for part in _DASH_IN.split(m.group(1)):
            at = m.group(1).index(part, _offset(m.group(1), part, out, m.start(1)))
            start = m.start(1) + at
            border = _BORDER.fullmatch(part)
            if border:  # the country whose border it is: «РФ» of «граница РФ»
                which = "ru" if border.group("ru") else "kk"
                start += border.start(which)
                out.append(NerSpan("location", start, start + len(border.group(which)), border.group(which)))
                continue
            end = re.fullmatch(_END, part)
            if end is None or any(_is_point(w) for w in part.split()):
                continue
            out.append(NerSpan("location", start, start + len(part), part))
    return out


# «дороги «Жаркент-Хоргос»», «“Астана-Ерейментау-Шідерті” тас жолы», «трассе Самара-Уральск»,
# «Қызылорда-Павлодар-Успен-РФ шекарасы»: stops joined by a bare hyphen, as a hyphenated
# name's words are («Усть-Каменогорск», «Ак-Жол», «Кызыл-Кия»)
_WORD = rf"[{_UPPER}][{_LOWER}]+"
_KK_BORDER = rf"[{_UPPER}]{{2,3}}\s+шекарасы"
HYPHENED = re.compile(rf"(?=[{_UPPER}])(?<![\w-])((?:{_WORD}-)+(?:{_KK_BORDER}|{_WORD}))(?![\w-])")  # capital first
# a lower-case letter, a hyphen and a capital, which every match of HYPHENED holds (a stop's
# last letter, the hyphen, the next stop's first): searched for the hyphen first, in C
_GLUED_HYPHEN = re.compile(rf"-(?<=[{_LOWER}]-)[{_UPPER}]")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _noun_in_sentence(text: str, start: int, end: int) -> bool:
    """A quoted route with a route noun anywhere in its sentence, before or after it
    («бүгін “Астана-Ерейментау-Шідерті”, … дейін тас жолында маршрут жабылған»)."""
    after = text[end : end + 200]
    stop = _SENTENCE_STOP.search(after)
    return bool(_ANY_ROUTE_NOUN.search(_sentence_before(text, start) + " " + after[: stop.start() if stop else None]))


@lru_cache(maxsize=1)
def _post_names() -> frozenset[str]:
    """The Russian and Kazakh names of the posts on both sides, lower case: a post is named
    after its town, so a route's stop of that name is the town («дорога Кордай-Бишкек»)."""
    return frozenset(n.lower() for cp in gazetteer.all() + gazetteer.foreign() for n in (cp.name_ru, cp.name_kk) if n)


def _known_stop(text: str, start: int, end: int, cp_index) -> bool:
    """A stop the knowledge base knows as a place, all of it, a post's name or a checkpoint
    found there."""
    if text[start:end].lower() in _post_names():
        return True
    found = kb.find(text[start:end])
    if len(found) == 1 and found[0].form.row.type == "location" and found[0].end - found[0].start == end - start:
        return True
    return any(c.start == start and c.end == end for c in cp_index.overlapping(start, end))


def _stops(text: str, start: int, words: list[str], cp_index) -> list[tuple[int, int, str]]:
    """The stops of a hyphened route, each the longest run of its words that is a known stop
    («Усть-Каменогорск-Семей»: «Усть-Каменогорск», «Семей»), else one word."""
    out, i, at = [], 0, start
    while i < len(words):
        j = next(
            (
                j
                for j in range(len(words), i + 1, -1)
                if _known_stop(text, at, at + len("-".join(words[i:j])), cp_index)
            ),
            i + 1,
        )
        end = at + len("-".join(words[i:j]))
        out.append((at, end, text[at:end]))
        at, i = end + 1, j
    return out


# the first words of hyphened Central Asian and Russian names («Кара-Суу», «Кызыл-Кия»,
# «Усть-Каменогорск», «Нур-Султан»): a stop that is one of them is no stop
_NAME_OPENERS = frozenset("ак ала бай беш жана жаны кара кичи кок кош кызыл нур орто сары таш тюп уч усть чон".split())
_ADJECTIVE_END = re.compile(r"(?:ск|цк|н)(?:ий|ый|ой|ая|ое)$")


def _plain_stop(word: str) -> bool:
    """A stop the knowledge base does not know that still reads as a town of its own beside a
    route noun («дорога Карамурт-Аксукент», loc55): four letters or more, not a hyphened
    name's opener, not an adjective («Петропавловск-Камчатский»)."""
    return len(word) >= 4 and word.lower() not in _NAME_OPENERS and not _ADJECTIVE_END.search(word)


_LIST_GAP = re.compile(r"\s*(?:,|и|;)\s*")


def _listed_after_route(text: str, start: int, found: list) -> bool:
    """The next item of a list of routes after one noun («на дорогах Арыс-Темирлан,
    Арыс-Кабылсай»): the route found just before is joined to this one by a comma or «и»."""
    return bool(found) and bool(_LIST_GAP.fullmatch(text[found[-1][0][1] : start]))


def find_hyphened_route_ends(text: str, cp_index) -> list[tuple[tuple[int, int], list[NerSpan]]]:
    """Routes whose stops a bare hyphen joins, each with its ends as location spans: beside a
    route noun (quoted: one in its sentence), two stops or more the knowledge base or the
    checkpoints know, and no name the knowledge base or the checkpoints know as a whole.
    The shape alone would split «Усть-Каменогорск»; two known stops will not. Right beside a
    route noun, unquoted stops that are each a plain word (`_plain_stop`) or known are enough
    (loc55: «на дорогах Арыс-Темирлан, Карамурт-Аксукент», villages no table lists); a quoted
    pair still needs two known stops (the seeds' «ветки «Достык-Мойынты»» keeps its one place)."""
    out: list[tuple[tuple[int, int], list[NerSpan]]] = []
    if _GLUED_HYPHEN.search(text) is None:
        return out
    for m in HYPHENED.finditer(text):
        start, end = m.span(1)
        quoted = start > 0 and text[start - 1] in _QUOTE_OPEN and text[end : end + 1] in _QUOTE_CLOSE
        beside = _beside_route_noun(text, start, end) or _listed_after_route(text, start, out)
        if not (beside or (quoted and _noun_in_sentence(text, start, end))):
            continue
        whole = kb.find(m.group(1))
        if (whole and whole[0].end - whole[0].start == end - start) or any(
            c.start <= start and end <= c.end for c in cp_index.overlapping(start, end)
        ):
            continue
        parts = _stops(text, start, m.group(1).split("-"), cp_index)
        known = [p for p in parts if _BORDER.fullmatch(p[2]) or _known_stop(text, p[0], p[1], cp_index)]
        plain = all(p in known or _plain_stop(p[2]) for p in parts)
        if len(known) < 2 and not (plain and beside and not quoted):
            continue
        ends = []
        for a, b, part in parts:
            border = _BORDER.fullmatch(part)
            if border:
                a += border.start("kk")
                b = a + len(border.group("kk"))
            elif _is_point(part):
                continue
            ends.append(NerSpan("location", a, b, text[a:b]))
        out.append(((start, end), ends))
    return out


def _offset(route: str, part: str, found: list[NerSpan], route_start: int) -> int:
    """Where to look for `part` in `route`: after the last end found in this route."""
    last = max((s.end - route_start for s in found if s.start >= route_start), default=0)
    return min(last, len(route))


def _route_spans(text: str) -> list[tuple[int, int]]:
    if not _may_hold_a_route(text):
        return []
    return [(m.start(1), m.end(1)) for m in ROUTE.finditer(text) if _beside_route_noun(text, m.start(1), m.end(1))]


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SPACE_OR_DASH_RUN = re.compile(r"[\s\-–—]+")


def _a_corridor(s) -> bool:
    """«Север-Юг», «Восток – Запад» read by the model as a place or person on their own (no
    route noun beside them, or a stop too short for a route's): cardinal points name a
    corridor, not a place (loc31)."""
    if s.type not in ("location", "person"):
        return False
    parts = [p for p in _SPACE_OR_DASH_RUN.split(s.text) if p]
    return len(parts) >= 2 and all(_is_point(p) for p in parts)


def route_places(text: str, spans: list, ctx) -> list:
    """The pass: a place or person read across a route («Мойынты–Балхаш», «Восток–Запад»)
    gives way to the route's ends; an end a checkpoint or body holds stays theirs."""
    spans = [s for s in spans if not _a_corridor(s)]
    routes = _route_spans(text)
    hyphened = find_hyphened_route_ends(text, ctx.cp_index)
    if not routes and not hyphened:
        return spans

    def across(s) -> bool:
        """A person inside a route, or a place or body running over its dash («дорога
        «Күрті–Қонаев»» is no body; nor is «Жаркент-Хоргос» one place)."""
        inside = any(a <= s.start and s.end <= b for a, b in routes)
        dashed = s.type in ("location", "organization") and bool(_DASH_IN.search(s.text))
        hyphen = any(
            s.start < b and a < s.end and "-" in text[max(s.start, a) : min(s.end, b)] for (a, b), _ in hyphened
        )
        quoted_whole = any(a - 1 <= s.start and s.end <= b + 1 for (a, b), _ in hyphened)  # «“A-B-C”» as a body
        return (inside and (s.type == "person" or dashed)) or (
            hyphen and (s.type in ("person", "location") or (s.type == "organization" and quoted_whole))
        )

    out = [s for s in spans if not across(s)]
    for end in [*find_route_ends(text), *(e for _, ends in hyphened for e in ends)]:
        if ctx.cp_index.overlapping(end.start, end.end):
            continue
        if any(s.start < end.end and end.start < s.end for s in out):
            continue
        out.append(end)
        ctx.names[(end.start, end.end)] = _end_name(text, end)
    return sorted(out, key=lambda s: (s.start, s.end))


def _end_name(text: str, end: NerSpan) -> str:
    """An end's name as written, but a country at a road's end («граница РФ», «ҚХР шекарасы»)
    by its name in the text's language (Россия, Қытай), as the linker names countries."""
    found = kb.find(end.text)
    if len(found) != 1 or found[0].form.row.kind != "country" or found[0].end - found[0].start != len(end.text):
        return end.text
    row = found[0].form.row
    return row.name_kk if kazakh_context(text, end.start, end.end) else row.name_ru
