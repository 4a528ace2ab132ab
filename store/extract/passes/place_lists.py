"""Regions and districts named in lists over one noun: adjectives coordinated by commas
and «и» («Алматинская и Жамбылская области», read by the yargy grammar in
store/extract/grammars/coordinated_places.py) and adjectives joined by commas alone before a
plural noun («в Бурлинском, Таскалинском, Казталовском районах»).
"""

from __future__ import annotations

import re

from store.extract.grammars.coordinated_places import coordinated_lists
from store.extract.ner import NerSpan
from store.extract.spans import ByStart
from store.lang.morphology import inflect
from store.lang.normalize import parses
from store.lang.wordlists import words

# Place nouns a coordinated list of regions stands over (lowercase head nouns).
_COORD_NOUNS = words("coordinated_place_nouns")


def _adj_reading(word: str):
    """The singular adjective reading of a capitalized word («Тульской»), or None."""
    for p in parses(word)[:4]:
        if (
            p.tag.POS == "ADJF"
            and p.tag.number == "sing"
            and p.tag.case in ("gent", "datv", "loct", "ablt", "nomn", "accs")
        ):
            return p
    return None


def find_coordinated_places(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """Each region of a coordinated list (store/extract/grammars/coordinated_places.py),
    with its nominative name («Тульская область»).

    A lowercase head must be a place noun (область, район, край …); a capitalized one
    (Европы, Кореи) must be a place the dictionary or the model knows.
    """
    out: list[tuple[NerSpan, str]] = []
    places = ByStart([s for s in spans if s.type == "location"])
    for found in coordinated_lists(text):
        *_, last = found.adjectives
        tail = (last, *found.between, found.head)
        if any(text[x.end : y.start] != " " for x, y in zip(tail, tail[1:], strict=False)):
            continue  # the head follows the last adjective in the same line, one space a word
        ps = parses(found.head.text)[:3]
        if not ps or ps[0].tag.POS != "NOUN":
            continue
        if any(parses(w.text)[:3][0].tag.POS not in ("ADJF", "PRTF") for w in found.between):
            continue
        noun, noun_w = ps[0], found.head.text
        if noun_w[:1].isupper():
            nstart = found.head.start
            known = "Geox" in noun.tag.grammemes or places.any_overlap(nstart, nstart + 1)
            if not known or noun.tag.number != "sing":
                continue
        elif noun.normal_form not in _COORD_NOUNS:
            continue
        readings = [_adj_reading(w.text) for w in found.adjectives]
        if any(r is None for r in readings) or len(found.adjectives) < 2:
            continue
        gender = noun.tag.gender or "femn"
        head = noun.normal_form if noun_w[:1].islower() else (noun.inflect({"nomn", "sing"}) or noun).word
        mids = []
        for w in found.between:
            q = next((p for p in parses(w.text)[:4] if p.tag.POS in ("ADJF", "PRTF")), None)
            f = q.inflect({"nomn", "sing", gender}) if q else None
            mids.append(f.word if f else w.text)
        if noun_w[:1].isupper():
            head = head[:1].upper() + head[1:]
        for w, r in zip(found.adjectives, readings, strict=False):
            f = inflect(r, {"nomn", "sing", gender})  # «Кобдинском» → «Кобдинский», not pymorphy's «-ской»
            if not f:
                break
            adj = "-".join(x[:1].upper() + x[1:] for x in f.split("-"))
            name = " ".join([adj] + mids + [head])
            end = found.head.end if w is last else w.end
            out.append((NerSpan("location", w.start, end, text[w.start : end]), name))
    taken = [span for span, _ in out]
    return out + [x for x in comma_lists(text) if not any(x[0].start < t.end and t.start < x[0].end for t in taken)]


_ADJ_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*"
_PLURAL_NOUN = re.compile(
    r"(?<![\w-])(район(?:ах|ов|ы|ам|ами)|област(?:ях|ей|и|ям|ями)"
    r"|(?:сельск|поселков)(?:их|ие|им|ими)\s+округ(?:ах|ов|а|ам|ами))(?![\w-])"
)
# one item read backwards from a position: the adjective and what separates it from the next
_ITEM_BEFORE = re.compile(rf"(?<![\w-])({_ADJ_WORD})(\s*,\s*|\s+)$")
MAX_ITEMS = 16  # a list is read from its last items: each noun costs a bounded look back


def comma_lists(text: str) -> list[tuple[NerSpan, str]]:
    """«в Бурлинском, Таскалинском, Казталовском районах»: district or region adjectives
    joined by commas alone before one plural noun (the grammar wants «и» before the last).
    Each is its own «… район» or «… область». Read backwards from the noun, item by item,
    while the words are adjectives in the noun's case; two at least make a list."""
    out: list[tuple[NerSpan, str]] = []
    if "район" not in text and "област" not in text and "округ" not in text:
        return out  # every match holds one of them (case-sensitive): no scan tried at every position
    for n in _PLURAL_NOUN.finditer(text):
        noun = parses(n.group(1).split()[0])[0]
        head, gender = _plural_head(n.group(1))
        items, pos = [], n.start()
        while len(items) < MAX_ITEMS:
            m = _ITEM_BEFORE.search(text, max(0, pos - 60), pos)
            if not m or ("," in m.group(2)) != bool(items):
                break  # the last adjective stands right before the noun, the others before a comma
            reading = _adj_reading(m.group(1))
            if reading is None or not _agrees(reading, noun, head):
                break
            items.append((m.start(1), m.end(1), reading))
            pos = m.start(1)
        if len(items) < 2:
            continue
        for i, (start, end, reading) in enumerate(items):
            form = inflect(reading, {"nomn", "sing", gender})
            if form:
                end = n.end() if i == 0 else end
                out.append((NerSpan("location", start, end, text[start:end]), f"{form[:1].upper()}{form[1:]} {head}"))
    return sorted(out, key=lambda x: x[0].start)


def _plural_head(noun: str) -> tuple[str, str]:
    """The singular name noun of a list's plural noun, and its gender: «районах» → район,
    «областей» → область, «сельские округа» → сельский округ («поселковых» → поселковый)."""
    if noun.startswith("район"):
        return "район", "masc"
    if noun.startswith("област"):
        return "область", "femn"
    return ("сельский округ" if noun.startswith("сельск") else "поселковый округ"), "masc"


def _agrees(reading, noun, head: str) -> bool:
    """Does a listed adjective stand in the case of its noun? A rural district's list
    («входящих в Суюндукский, Балкудыкский сельские округа») puts singular adjectives in the
    accusative before a plural noun, which reads alike with the nominative for these
    masculine things; «сельских» is genitive, locative or accusative plural alike."""
    if not head.endswith("округ"):
        return reading.tag.case == noun.tag.case
    cases = {p.tag.case for p in parses(noun.word)[:6] if p.tag.number == "plur"}
    if "accs" in cases or "nomn" in cases:
        cases |= {"nomn", "accs"}
    return reading.tag.case in cases
