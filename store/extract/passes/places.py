"""Passes that find or retype places: coordinated regions over one noun («Алматинская и
Жамбылская области»), dictionary places the model missed, two places glued in one span or
one glued to a role word («Аким Актау»), the place an organization's name ends with, and
persons or places read the other way («Олжас Бектенов» as a place).
"""

from __future__ import annotations

import re

from store.extract.grammars.coordinated_places import coordinated_lists
from store.extract.naming import PROPER, PROPER_PERSON, SURNAME, normalized_name
from store.extract.ner import NerSpan
from store.extract.passes.filters import overridden
from store.extract.roles import is_role_word
from store.extract.spans import ByStart, coverage_mask, derived_named, in_quotes, mapped, with_derived
from store.lang import kb
from store.lang.normalize import from_dictionary, key, parses, surname_forms
from store.lang.persons import given_names
from store.lang.places import place_nominative
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
            f = r.inflect({"nomn", "sing", gender})
            if not f:
                break
            adj = "-".join(x[:1].upper() + x[1:] for x in f.word.split("-"))
            name = " ".join([adj] + mids + [head])
            end = found.head.end if w is last else w.end
            out.append((NerSpan("location", w.start, end, text[w.start : end]), name))
    return out


def _place_tail(text: str, s: NerSpan) -> NerSpan | None:
    """The place an organization's name ends with, as a mention of its own:
    «Департамент культуры Москвы», «Совет Федерации РФ», «суд Лос-Анджелеса»."""
    m = re.search(r"(\S+)\s+([А-ЯЁ][\w-]*)$", s.text)
    if not m or re.search('[«"“„»”]', s.text) or in_quotes(text, s):
        return None  # «Эхо Москвы», «Единая Россия»: a title, not a body of a place
    if any(PROPER_PERSON & set(p.tag.grammemes) for p in parses(m.group(1))[:2]):
        return None  # «Университет Джорджа Вашингтона»
    ps = parses(m.group(2))
    if not ps or "Geox" not in ps[0].tag.grammemes:
        return None
    if not any("Geox" in p.tag.grammemes and p.tag.case in ("gent", "loct") for p in ps):
        return None
    start = s.start + m.start(2)
    return NerSpan("location", start, s.end, text[start : s.end])


_CAPITALIZED_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*(?![\w-])")


def _dictionary_places(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """Places the model passes over, mostly inside quoted titles («форум
    "Интернет-предпринимательство в России"», «чемпионат Европы»): a capitalized word
    outside every span whose likeliest dictionary reading is a geographic noun."""
    out, covered = [], coverage_mask(text, spans)
    for w in _CAPITALIZED_WORD.finditer(text):
        if any(covered[w.start() : w.end()]):
            continue
        ps = parses(w.group())
        if (
            ps
            and ps[0].tag.POS == "NOUN"
            and "Geox" in ps[0].tag.grammemes
            and from_dictionary(ps[0])
            and not any(PROPER_PERSON & set(p.tag.grammemes) for p in ps)
        ):  # «Венеры»: a goddess and a name too
            out.append(NerSpan("location", w.start(), w.end(), w.group()))
    return out


def _split_glued_places(spans: list[NerSpan]) -> list[NerSpan]:
    """«узнают в Старгороде Одессу»: two places side by side that share no case are two
    places («Республики Казахстан» share one: the nominative plural and singular)."""
    out = []
    for s in spans:
        words = list(re.finditer(r"\S+", s.text))
        if s.type != "location" or len(words) != 2 or not all(w.group()[:1].isupper() for w in words):
            out.append(s)
            continue
        first = [p for p in parses(words[0].group()) if p.tag.POS == "NOUN"]
        second = [p for p in parses(words[1].group()) if p.tag.POS == "NOUN"]
        geo = [p for p in second if from_dictionary(p) and "Geox" in p.tag.grammemes]
        common_noun = any(from_dictionary(p) and not PROPER & set(p.tag.grammemes) for p in first)
        if common_noun or not first or not geo or {p.tag.case for p in first} & {p.tag.case for p in second}:
            out.append(s)
            continue
        a, b = words
        out += [
            NerSpan("location", s.start + a.start(), s.start + a.end(), a.group()),
            NerSpan("location", s.start + b.start(), s.start + b.end(), b.group()),
        ]
    return out


def _named_place_elsewhere(s: NerSpan, text: str, place_names: set[str]) -> NerSpan:
    """«Старгород», «Корсуни»: a one-word «person» the article names as a place elsewhere
    («в Старгороде», «древняя Корсунь») is that place."""
    if " " in s.text.strip():
        return s
    as_place = NerSpan("location", s.start, s.end, s.text)
    if key(s.text) in place_names or key(normalized_name(as_place, None, text)) in place_names:
        return as_place
    return s


_STREET_OR_IN = re.compile(
    r"(?:\b(?:улиц\w*|ул\.|проспект\w*|пр-т\w*|пр\.|переул\w*|бульвар\w*|площад\w*|шоссе|набережн\w*|имени|им\.)"
    r"|(?:^|\s)(?:в|во))\s+$",
    re.IGNORECASE,
)


def _full_name_of_a_person(name: str) -> bool:
    """«Олжас Бектенов» read as a place: a given name of our list and a surname-shaped word
    after it are a person, unless the knowledge base holds the two words as a place."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    return words[0].lower() in given_names() and bool(SURNAME.search(words[1])) and not kb.find(name)


def _without_role_word(s: NerSpan) -> NerSpan | None:
    """«Аким Актау назвал …»: a role word the model took into a place's name is no part of
    it; the place is the rest (None when nothing is left)."""
    if s.type != "location":
        return s
    m = re.match(r"(\S+)\s+", s.text)
    if not m or not is_role_word(m.group(1)):
        return s
    start = s.start + m.end()
    return NerSpan("location", start, s.end, s.text[m.end() :]) if start < s.end else None


def surname_not_place_span(text: str, s: NerSpan, family_names: set[str]) -> NerSpan:
    """A one-word «place» the dictionary knows only as a person's name is that person:
    «по Кафке», «в стихию Пруста», «из картины Гойя»; so is the surname of a full name
    the text gives («с Бертом Кемпфертом» … «с Кемпфертом»). A word that is a place as
    well («Пушкин», «Королёв»), a street named after someone («проспект Вернадского») and
    a place one is in («саммит в Крюне») keep the model's reading."""
    if _full_name_of_a_person(s.text):
        return NerSpan("person", s.start, s.end, s.text)
    if " " in s.text.strip() or "." in s.text or _STREET_OR_IN.search(text[max(0, s.start - 30) : s.start]):
        return s
    ps = [p for p in parses(s.text) if from_dictionary(p)]
    if (
        family_names
        and not any("Geox" in p.tag.grammemes for p in ps)
        and not place_nominative(s.text)
        and surname_forms(s.text) & family_names
    ):
        return NerSpan("person", s.start, s.end, s.text)
    if ps and all(PROPER_PERSON & set(p.tag.grammemes) and "Geox" not in p.tag.grammemes for p in ps):
        return NerSpan("person", s.start, s.end, s.text)
    return s


def pass_split_glued_places(text, spans, ctx):
    return _split_glued_places(mapped(spans, _without_role_word))


# «с.Хунчи», «г. Токмок», «пос.Жанатурмыс», «ст. Мойынты»: a settlement after its kind's
# abbreviation; not after a number («2020 г. Казахстан» is a year)
_SETTLEMENT_WORD = "[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+"
_ABBREVIATED_SETTLEMENT = re.compile(
    rf"(?<![\w./])(?<!\d )(?:г|с|пос|ст)\.\s?({_SETTLEMENT_WORD}(?:-{_SETTLEMENT_WORD})*)(?![\w-])"
)


def _abbreviated_settlements(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """`spans` with the settlements written after «г.», «с.», «пос.», «ст.» that no span
    covers yet: the model skips a name glued to the abbreviation or calls it a person,
    and the kind says it is a place."""
    found = [NerSpan("location", m.start(1), m.end(1), m.group(1)) for m in _ABBREVIATED_SETTLEMENT.finditer(text)]
    if not found:
        return spans
    # a one-word person the model read there is the settlement («с.Талдыбулак»)
    at = {(f.start, f.end) for f in found}
    kept = [s for s in spans if not (s.type == "person" and (s.start, s.end) in at)]
    covered = coverage_mask(text, kept)
    return kept + [f for f in found if not any(covered[f.start : f.end])]


def pass_dictionary_places(text, spans, ctx):
    return _abbreviated_settlements(text, spans + _dictionary_places(text, spans))


def pass_surname_not_place(text, spans, ctx):
    return mapped(spans, lambda s: surname_not_place_span(text, s, ctx.family_names) if s.type == "location" else s)


def pass_named_place_elsewhere(text, spans, ctx):
    return mapped(spans, lambda s: _named_place_elsewhere(s, text, ctx.place_names) if s.type == "person" else s)


def pass_place_tails(text, spans, ctx):
    def derive(s):
        place = _place_tail(text, s) if s.type == "organization" else None
        if place is None or overridden(place, ctx.cp_index):
            return None
        return derived_named(place, lambda p: normalized_name(p, None))

    return with_derived(spans, derive)
