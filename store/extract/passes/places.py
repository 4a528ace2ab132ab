"""Passes that find or retype places: coordinated regions over one noun («Алматинская и
Жамбылская области»), dictionary places the model missed, two places glued in one span or
one glued to a role word («Аким Актау»), the place an organization's name ends with, and
persons or places read the other way («Олжас Бектенов» as a place).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract import needles
from store.extract.naming import PATRONYMIC, PROPER, PROPER_PERSON, SURNAME, normalized_name
from store.extract.ner import NerSpan
from store.extract.passes.filters import overridden
from store.extract.passes.place_lists import find_coordinated_places as find_coordinated_places
from store.extract.roles import is_role_word
from store.extract.spans import Named, coverage_mask, derived_named, in_quotes, mapped, with_derived
from store.lang import kb
from store.lang.morphology import inflect, match_case
from store.lang.normalize import from_dictionary, key, parses, surname_forms
from store.lang.persons import given_names
from store.lang.places import in_vowel_yot, place_nominative

# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_WORD_AND_CAPITALIZED_LAST = re.compile(r"(\S+)\s+([А-ЯЁ][\w-]*)$")
_QUOTE_MARK = re.compile('[«"“„»”]')
_NON_SPACE_RUN = re.compile(r"\S+")
_FIRST_WORD_AND_SPACE = re.compile(r"(\S+)\s+")


def _place_tail(text: str, s: NerSpan) -> NerSpan | None:
    """The place an organization's name ends with, as a mention of its own:
    «Департамент культуры Москвы», «Совет Федерации РФ», «суд Лос-Анджелеса»."""
    m = _WORD_AND_CAPITALIZED_LAST.search(s.text)
    if not m or _QUOTE_MARK.search(s.text) or in_quotes(text, s):
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


def _an_adjective_agreeing(word_parses: list, noun_parses: list) -> bool:
    """«Северном Кавказе», «Северном Кипре»: the first word is an adjective in the noun's
    case, number and gender, so the two words are one name, though the dictionary also
    knows the first as a place of its own («Северн», a river, in the instrumental)."""
    nouns = {(p.tag.case, p.tag.number, p.tag.gender) for p in noun_parses}
    return any(p.tag.POS == "ADJF" and (p.tag.case, p.tag.number, p.tag.gender) in nouns for p in word_parses)


def _split_glued_places(spans: list[NerSpan]) -> list[NerSpan]:
    """«узнают в Старгороде Одессу»: two places side by side that share no case are two
    places («Республики Казахстан» share one: the nominative plural and singular), unless
    the first is an adjective agreeing with the second («на Северном Кавказе»)."""
    out = []
    for s in spans:
        if s.type != "location":
            out.append(s)  # asked before the words are found (stop 51, ingest117): most spans are no place
            continue
        words = list(_NON_SPACE_RUN.finditer(s.text))
        if len(words) != 2 or not all(w.group()[:1].isupper() for w in words):
            out.append(s)
            continue
        first_parses = parses(words[0].group())
        first = [p for p in first_parses if p.tag.POS == "NOUN"]
        second = [p for p in parses(words[1].group()) if p.tag.POS == "NOUN"]
        if _an_adjective_agreeing(first_parses, second):
            out.append(s)
            continue
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
    m = _FIRST_WORD_AND_SPACE.match(s.text)
    if not m or not is_role_word(m.group(1)):
        return s
    start = s.start + m.end()
    return NerSpan("location", start, s.end, s.text[m.end() :]) if start < s.end else None


# loc47: «Из Костаная в Огнеупорный …» opening a sentence: the model took the capitalized
# preposition into the place («Изы Костаная» once normalized)
_OPENING_PREPOSITION = re.compile(r"(?:Из|В|Во|На|С|Со|От|До|По|Под|За|Через|Из-под)\s+(?=[А-ЯЁ])")


def _without_opening_preposition(s: NerSpan) -> NerSpan:
    """A place span that opens with a capitalized Russian preposition is the place after it."""
    if s.type != "location":
        return s
    m = _OPENING_PREPOSITION.match(s.text)
    return NerSpan("location", s.start + m.end(), s.end, s.text[m.end() :]) if m else s


def surname_not_place_span(text: str, s: NerSpan, family_names: set[str]) -> NerSpan:
    """A one-word «place» the dictionary knows only as a person's name is that person:
    «по Кафке», «в стихию Пруста», «из картины Гойя»; so is the surname of a full name
    the text gives («с Бертом Кемпфертом» … «с Кемпфертом»). A word that is a place as
    well («Пушкин», «Королёв»), a street named after someone («проспект Вернадского») and
    a place one is in («саммит в Крюне») keep the model's reading."""
    full_name, several, surnames, a_name = _word_reading(s.text)
    if full_name or _official_after_a_body(text, s):
        return NerSpan("person", s.start, s.end, s.text)
    if several or _STREET_OR_IN.search(text[max(0, s.start - 30) : s.start]):
        return s
    if family_names and surnames & family_names:
        return NerSpan("person", s.start, s.end, s.text)
    if a_name:
        return NerSpan("person", s.start, s.end, s.text)
    return s


@lru_cache(maxsize=4096)
def _word_reading(written: str) -> tuple[bool, bool, frozenset[str], bool]:
    """What surname_not_place_span reads from a span's words alone, kept by them (each is a
    function of the words and of tables loaded once): a full name of a person; several words or
    a dot; the surnames the word could be (empty when the dictionary or the place table knows it
    as a place); a word the dictionary knows only as a person's name. name_sets asks it of
    2,838 spans of 122 texts over the 341 generated articles (stop 51, ingest119)."""
    full_name = _full_name_of_a_person(written)
    several = " " in written.strip() or "." in written
    ps = [p for p in parses(written) if from_dictionary(p)]
    surnames = (
        frozenset()
        if any("Geox" in p.tag.grammemes for p in ps) or place_nominative(written)
        else frozenset(surname_forms(written))
    )
    a_name = bool(ps) and all(PROPER_PERSON & set(p.tag.grammemes) and "Geox" not in p.tag.grammemes for p in ps)
    return full_name, several, surnames, a_name


# a role word, then one to four lower-case words (the body it heads, in the genitive), then the span
_ROLE_AND_BODY_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё-]{3,})((?:\s+[а-яё-]+){1,4})\s+$")
_OV_SURNAME = re.compile(r"[а-яё](?:ов|ев|ёв|ова|ева|ёва)$")


def _official_after_a_body(text: str, s: NerSpan) -> bool:
    """«Директор логистического центра Сапаров сообщил»: a surname-shaped word after a role
    word and the body it heads, which no place table knows, is the official; the model reads
    «центра X» as a place (per66's person probe: «Оспанов» was stored as a town, «Ибраев» as
    «Ибраи»). A place of that shape («Саратов») is known to the dictionary or the tables."""
    word = s.text.strip()
    if " " in word or not word[:1].isupper() or not _OV_SURNAME.search(word):
        return False
    m = _ROLE_AND_BODY_BEFORE.search(text, max(0, s.start - 80), s.start)
    if not m or not is_role_word(m.group(1)):
        return False
    if place_nominative(word) or kb.row_of_printed("location", word) is not None:
        return False
    return not any("Geox" in p.tag.grammemes for p in parses(word))


# Russian nouns of a settlement's kind written before its name: «село Дарьинское», «в ауле
# Кызылсай», «Поселок Шынгырлау»
# and «станица» (loc68: «Станица Илекская» lost its adjective-shaped name to the filter of
# derived adjectives; after the noun the name agrees with it and is kept)
_SETTLEMENT_NOUN = (
    r"(?:[Сс]ел[оаеу]|[Пп]ос[её]л(?:ок|ка|ке|ку)|[Аа]ул(?:а|е|у)?|[Дд]еревн[яиюе]|[Сс]таниц(?:а|ы|е|у|ей))"
)


_SETTLEMENT_NOUN_BEFORE_NAME = re.compile(rf"{_SETTLEMENT_NOUN}\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


# loc67: a road's or a place's kind opening a sentence, which the model glues to the first
# name after it («Автодорога Астана — …», «Магистраль Шымкент — …», «Город Жаркент», «Регион
# Жетысу»; «Станица» is a settlement's noun above since loc68), and a river's or pass's noun
# («Река Урал», «Перевал Кордай»: named bare mid-sentence, «у реки Или» → «Или»); «район» stays,
# a district is named with it («район Байзак»)
_KIND_NOUN_BEFORE_NAME = re.compile(
    r"(?:[Тт]расс[аеуы]|[Аа]вто(?:трасс|дорог|магистрал)\w*|[Дд]орог[аиеу]|[Мм]агистрал[ьи]|[Шш]оссе"
    r"|[Гг]ород|[Рр]егион|[Рр]ек[аиеу]|[Пп]еревал)\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])"
)


# plc100: a town's standing opening a sentence, glued by the model to the name after it as a
# place («Райцентр Кеген», «Мегаполис Алматы») or read with it as a person («Облцентр
# Талдыкорган»); and a border outpost named after its village («Застава Нарынкол»,
# «Погранпост Нарынкол»): the name after the noun is the place
_STANDING_NOUN_BEFORE_NAME = re.compile(
    r"(?:[Рр]айцентр|[Оо]блцентр|[Мм]егаполис|(?:[Пп]огран)?[Зз]астав[аеуы]|[Пп]огранпост)\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ])"
)


def _standing_noun_before_a_place(text: str) -> re.Match | None:
    """A standing noun opening `text` before a name the dictionary knows as no person's
    («Застава Ильича» is a Moscow square named after a man: the two words stay one name; the
    guesser's person readings of an unknown Kazakh name, «Нарынкол», do not count)."""
    m = _STANDING_NOUN_BEFORE_NAME.match(text)
    rest = text[m.end() :].split() if m else []
    if not rest or any(p.is_known and PROPER_PERSON & set(p.tag.grammemes) for p in parses(rest[0])[:2]):
        return None
    return m


def _without_settlement_noun(s: NerSpan) -> NerSpan | None:
    """«Село Шынгырлау» read as one place: the settlement's kind word is no part of its
    name (the reference and the knowledge base name «Шынгырлау»); nor is a road's kind or
    «Город»/«Регион» («Автодорога Астана» is the road's first town). «Поселок Жаныбек» read
    as a person is the place after the noun (loc67), as is «Облцентр Талдыкорган» (plc100)."""
    if s.type not in ("location", "person"):
        return s
    m = _SETTLEMENT_NOUN_BEFORE_NAME.match(s.text) or _standing_noun_before_a_place(s.text)
    if not m and s.type == "location":
        m = _KIND_NOUN_BEFORE_NAME.match(s.text)
    if not m or (s.type == "person" and len(s.text[m.end() :].split()) != 1):
        return s
    return NerSpan("location", s.start + m.end(), s.end, s.text[m.end() :])


_PLURAL_PLACE_NOUN = re.compile(r"\s+(?:район|област|округ)(?:ах|ов|ам|ами|ы|ей|ям|ями|и)$")


def _without_plural_noun_tail(s: NerSpan) -> NerSpan:
    """«в приграничных с Российской Федерацией районах»: a plural place noun the model ran
    on to after a name that is a noun already («Федерацией») is the start of a list, not
    part of the place; after adjectives («Бурлинском и Жанибекском районах») it is their noun
    and stays."""
    m = _PLURAL_PLACE_NOUN.search(s.text) if s.type == "location" else None
    if not m:
        return s
    before = s.text[: m.start()].split()[-1]
    if any(p.tag.POS == "ADJF" for p in parses(before)):
        return s
    return NerSpan("location", s.start, s.start + m.start(), s.text[: m.start()])


# «Кызылсай Алимбетовского сельского округа»: a village, then the rural district it lies in
_VILLAGE_OF_A_RURAL_DISTRICT = re.compile(
    r"^([А-ЯЁ][\w-]+)\s+([А-ЯЁ][а-яё-]+(?:ого|его)\s+(?:сельского|поселкового)\s+округа)$"
)


def _village_and_its_district(spans: list[NerSpan]) -> list[NerSpan]:
    """«аул Кызылсай Алимбетовского сельского округа», one span to the model, is two places:
    the village and its rural district (named in the nominative downstream)."""
    out = []
    for s in spans:
        m = _VILLAGE_OF_A_RURAL_DISTRICT.match(s.text) if s.type == "location" else None
        if not m:
            out.append(s)
            continue
        out += [NerSpan("location", s.start + m.start(i), s.start + m.end(i), m.group(i)) for i in (1, 2)]
    return out


_JOINED_PAIR = re.compile(r"^(\w+)\s?[-–—]\s?(\w+)$")


def _a_known_place(word: str) -> bool:
    found = kb.find(word)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end == len(word)


def _pair_of_places(s: NerSpan) -> list[NerSpan]:
    """«границы Кыргызстан-Узбекистан», «трасса Ташкент–Шымкент», one place to the model:
    two places the knowledge base knows, joined by a dash, are two places."""
    m = _JOINED_PAIR.match(s.text) if s.type == "location" else None
    if not m or not (_a_known_place(m.group(1)) and _a_known_place(m.group(2))):
        return _route_of_places(s)
    return [NerSpan("location", s.start + m.start(i), s.start + m.end(i), m.group(i)) for i in (1, 2)]


# «Туркменбаши–Гарабогаз–граница» (a road's name): words joined by en or em dashes
_ROUTE_PART = re.compile(r"[^\s–—]+")


def _route_of_places(s: NerSpan) -> list[NerSpan]:
    """«дороги Туркменбаши–Гарабогаз–граница Казахстана», whose first part the model took
    for one place: a road named by three stops or more, joined by en or em dashes, is its
    capitalized stops, each a place (the common noun «граница» is none); one of them must
    be a place the knowledge base knows."""
    if s.type != "location" or s.text.count("–") + s.text.count("—") < 2 or " " in s.text:
        return [s]
    parts = list(_ROUTE_PART.finditer(s.text))
    places = [p for p in parts if p.group()[:1].isupper()]
    if len(places) < 2 or not any(_a_known_place(p.group()) for p in places):
        return [s]
    return [NerSpan("location", s.start + p.start(), s.start + p.end(), p.group()) for p in places]


def pass_split_glued_places(text, spans, ctx):
    """Each span through the five fixes in turn (a fix's None drops it), then the village and
    its district, glued places, a place and an official, a pair or a route of places parted.

    One walk of the spans, each taken through the fixes one after another, instead of one
    `mapped` round a fix (stop 51, ingest117): each fix reads its span alone, so the order of
    the calls changes nothing. A span neither a place nor a person is left as every fix and
    every later step leaves it (each returns such a span as it is)."""
    fixed = []
    for s in spans:
        if s.type in ("location", "person"):
            s = _without_role_word(s)
            s = _without_settlement_noun(s) if s is not None else None
            s = _without_plural_noun_tail(s) if s is not None else None
            s = _without_opening_preposition(s) if s is not None else None
            s = with_region_word(text, s) if s is not None else None
            if s is None:
                continue
        fixed.append(s)
    out = []
    for s in _split_glued_places(_village_and_its_district(fixed)):
        if s.type != "location":
            out.append(s)
            continue
        out += [part for whole in _place_and_official(text, s) for part in _pair_of_places(whole)]
    return out


# «области Абай», «областью Улытау»: the word a region of 2022 is named with in Russian
_REGION_WORD_BEFORE = re.compile(r"(?<![\w-])област(?:ь|и|ью|ей)[ \t]+$")


def with_region_word(text: str, s: NerSpan) -> NerSpan:
    """«акимата области Абай»: the model read the region's name alone, and «Абай» is then the
    poet's name, not the region the text names (dev's reference: «область Абай»). A place
    span after «области» whose words with it are a region the knowledge base knows whole is
    the region, the word included, named «область X» as the reference writes it (loc67).
    pass_person_or_place asks it too: a region's name the model read as a person («акимата
    области Абай») becomes a place there, after this pass (loc68)."""
    if s.type != "location" or not text[max(0, s.start - 1) : s.start].isspace():
        return s
    m = _REGION_WORD_BEFORE.search(text, max(0, s.start - 12), s.start)
    if not m:
        return s
    whole = text[m.start() : s.end]
    if not any(f.form.row.kind == "region" and f.start == 0 and f.end == len(whole) for f in kb.find(whole)):
        return s
    return Named("location", m.start(), s.end, whole, "область " + s.text.strip())


def _place_and_official(text: str, s: NerSpan) -> list[NerSpan]:
    """«Аким Карабутака Серик Тлеубаев осмотрел …»: the model read a role's town and the
    official after it as one place (loc67, on a saved page: «Карабутак Серик Тлеубаев»). A
    place span right after a role word whose last two words are a given name of our list
    and a surname-shaped word is the town and a person."""
    if s.type != "location":
        return [s]
    words = list(_WORD_IN_SPAN.finditer(s.text))
    if len(words) < 3:
        return [s]
    given, surname = words[-2].group(), words[-1].group()
    if given.lower() not in given_names() or not SURNAME.search(surname) or not _after_role_word(text, s.start):
        return [s]
    place_end = s.start + words[-3].end()
    person_start = s.start + words[-2].start()
    return [
        NerSpan("location", s.start, place_end, text[s.start : place_end]),
        NerSpan("person", person_start, s.end, text[person_start : s.end]),
    ]


_WORD_IN_SPAN = re.compile(r"\S+")
_LAST_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _after_role_word(text: str, start: int) -> bool:
    """Does a role word («Аким», «акима») stand right before `start`?"""
    m = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and is_role_word(m.group(1))


# «с.Хунчи», «г. Токмок», «пос.Жанатурмыс», «ст. Мойынты», «село Дарьинское», «села Отеген
# батыр» (named after a «батыр» or «би»): a settlement after its kind's abbreviation or
# word; not after a number («2020 г. Казахстан» is a year). «а.» is Kazakh «ауыл» (a village) in
# Russian and Kazakh addresses («а. Карасу», «а.Жамбыл»; place83), «пгт» an urban-type settlement;
# lower case only: «А. Иванов» is an initial
_SETTLEMENT_WORD = "[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+"
_ADJECTIVE_END = re.compile(r"(?:[ыиоа]е|[ое]го|[ое]му|[ыио]м|[ыио]й|[ая]я|[уюо]ю)$")
_ABBREVIATED_SETTLEMENT = re.compile(
    rf"(?<![\w./])(?<!\d )(?:(?:г|с|а|пос|ст|пгт)\.\s?|пгт\s|(?P<noun>{_SETTLEMENT_NOUN})\s+)"
    rf"(?P<name>{_SETTLEMENT_WORD}(?:-{_SETTLEMENT_WORD})*(?:\s(?:батыр|би)(?=[\s,.;:]|$))?)(?![\w-])"
)

# found from the letters a match opens with, г, с, а, п and the nouns' С, П, А, Д, д (needles.from_first:
# the look backs it opened with were tried at every position; 0.12 -> 0.08 ms a generated article)
_ABBREVIATED_SETTLEMENT_FROM_FIRST = needles.from_first(_ABBREVIATED_SETTLEMENT, "гсапСПАДд")


def _settlement_adjective(word: str, noun: str) -> str | None:
    """«село Дарьинское», «в селе Дарьинском», «посёлок Заречный»: a settlement named by an
    adjective agrees with its kind's noun; its name is the nominative in that noun's
    gender (None when the word is no adjective). The filter of derived adjectives
    («Достыкское») would otherwise drop it.

    Of a dictionary's two readings of one oblique form, «-ский» and «-ской» («в посёлке
    Заводском»: заводский, заводской, equally likely), the masculine name is the «-ской» one:
    the stressed ending is the settlement's («посёлок Заводской»; stop 39 named it
    «Заводский»); where the dictionary knows one reading («Октябрьском») that one is kept."""
    if not _ADJECTIVE_END.search(word):
        return None
    gender = "neut" if noun[:3].lower() == "сел" else "femn" if noun[:1].lower() in "дс" else "masc"
    cases = _noun_cases(noun)
    forms = [
        form
        for p in parses(word)
        if p.tag.POS == "ADJF" and p.tag.number != "plur" and p.tag.case in cases
        for form in [inflect(p, {"nomn", "sing", gender})]
        if form
    ]
    if not forms:
        return None
    stressed = [f for f in forms if f.endswith("ской") and f[:-2] + "ий" in forms]
    return match_case(word, (stressed or forms)[0])


def _after_nominative_kind(word: str, noun: str) -> str | None:
    """«Посёлок Береке», «село Шынгырлау»: after the kind's noun in the nominative the name
    is written in its own form (the guesser would read «Береке» as an oblique «Берека»)."""
    return word if noun.lower().replace("ё", "е") in _NOMINATIVE_KINDS else None


_NOMINATIVE_KINDS = ("село", "поселок", "аул", "деревня", "станица")


def _noun_cases(noun: str) -> set[str]:
    """The cases a settlement's kind noun may stand in («аула»: genitive; «села»: genitive,
    or nominative and accusative plural)."""
    return {p.tag.case for p in parses(noun) if p.tag.POS == "NOUN"}


def _own_form_beside_oblique_kind(word: str, noun: str) -> str | None:
    """«аула Сырым», «посёлка Береке», «в ауле Сырым» (plc100): a name after its kind's noun
    in an oblique case that no reading puts in the noun's case is written in its own form, as
    a Kazakh village's name is (the dictionary would read «Сырым» as «сырой», «Береке» as a
    case of «Берека»). A word one reading puts in the noun's case («в посёлке Николаевке»,
    «в селе Кегене») is that case of its name and keeps the usual nominative."""
    if noun.lower().replace("ё", "е") in _NOMINATIVE_KINDS:
        return None
    cases = _noun_cases(noun)
    return None if any(p.tag.case in cases for p in parses(word)) else word


def _own_form_in_vowel_yot(word: str) -> str | None:
    """«в поселке Мерей», «с. Сарыкемей»: after a settlement's kind a name ending in a vowel
    and «й» that is no town of the dictionary is written in its nominative (its oblique
    forms end «-я», «-ю», «-е»); the dictionary would read «Мерей» as a case of «меря»."""
    if any("Geox" in p.tag.grammemes for p in parses(word)):
        return None
    return in_vowel_yot(word)


def _abbreviated_settlements(text: str, spans: list[NerSpan], names: dict) -> list[NerSpan]:
    """`spans` with the settlements written after «г.», «с.», «пос.», «ст.» or the words
    «село», «посёлок», «аул», «деревня» that no span covers yet: the model skips a name
    glued to the abbreviation or calls it a person, and the kind says it is a place. A
    name that is an adjective agreeing with the word gets its nominative in `names`."""
    found = []
    for m in needles.matches_from(_ABBREVIATED_SETTLEMENT_FROM_FIRST, text):
        found.append(NerSpan("location", m.start("name"), m.end("name"), m.group("name")))
        noun = m.group("noun")
        name = (
            noun
            and (
                _after_nominative_kind(m.group("name"), noun)
                or _settlement_adjective(m.group("name"), noun)
                or _own_form_beside_oblique_kind(m.group("name"), noun)
            )
        ) or _own_form_in_vowel_yot(m.group("name"))
        if name:
            names[(m.start("name"), m.end("name"))] = name
    if not found:
        return spans
    # a one-word person the model read there is the settlement («с.Талдыбулак»), and so is a
    # shorter place inside it («Отеген» of «села Отеген батыр»)
    at = {(f.start, f.end) for f in found}
    kept = [s for s in spans if not (s.type == "person" and (s.start, s.end) in at) and not _inside_longer(s, found)]
    covered = coverage_mask(text, kept)
    return kept + [f for f in found if not any(covered[f.start : f.end])]


def _inside_longer(s: NerSpan, found: list[NerSpan]) -> bool:
    return s.type in ("person", "location") and any(
        f.start <= s.start and s.end <= f.end and f.end - f.start > s.end - s.start for f in found
    )


def pass_abbreviated_settlements(text, spans, ctx):
    return _abbreviated_settlements(text, spans, ctx.names)


def pass_surname_not_place(text, spans, ctx):
    return mapped(spans, lambda s: surname_not_place_span(text, s, ctx.family_names) if s.type == "location" else s)


# what joins two items of one list: a comma, «и», Kazakh «және», «мен/пен/бен»
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:и\s+|а\s+также\s+)?|\s(?:и|және|мен|пен|бен)\s+)\s*", re.IGNORECASE)


def _listed_among_places(spans: list, text: str) -> list:
    """«аулов Кемерши, Жанатан, Булактыколь», «Исатай, Курмангазы и Махамбет»: a one-word
    «person» listed between places, joined to one by a comma or «и», is a place too, unless
    it is shaped like a surname or is a known given name (a list may name people and towns
    side by side only in a way that keeps their shapes apart)."""
    out = list(spans)
    surnames: set[str] | None = None  # the last words of the article's full names, once asked
    for i, s in enumerate(out):
        if s.type != "person" or isinstance(s, Named) or " " in s.text.strip():
            continue
        word = s.text.strip()
        if SURNAME.search(word) or PATRONYMIC.search(word) or word.lower() in given_names():
            continue
        if surnames is None:
            surnames = _full_names_last_words(out)
        if _a_surname_of(word, surnames):
            continue  # «По словам Вуяновича, Черногория …» after «Филип Вуянович»: the man, no town
        neighbours = [(out[i - 1], s) if i else None, (s, out[i + 1]) if i + 1 < len(out) else None]
        if any(
            pair
            and "location" in (pair[0].type, pair[1].type)
            and _LIST_JOIN.fullmatch(text[pair[0].end : pair[1].start])
            for pair in neighbours
        ):
            out[i] = NerSpan("location", s.start, s.end, s.text)
    return out


def _full_names_last_words(spans: list) -> set[str]:
    """The last words, lower case, of the persons of two words or more the model read."""
    return {s.text.split()[-1].lower() for s in spans if s.type == "person" and len(s.text.split()) > 1}


def _a_surname_of(word: str, surnames: set[str]) -> bool:
    """Is `word` one of `surnames` in some case: «Вуяновича», «Вуяновичем» for «Вуянович»
    (the surname whole, then at most three letters of an ending)?"""
    low = word.lower()
    return any(low.startswith(n) and len(low) - len(n) <= 3 and len(n) >= 4 for n in surnames)


# «в районе Бәйтерек», «района Мақаншы»: a district named by a noun after the word «район»
_DISTRICT_WORD_BEFORE = re.compile(
    r"(?<![\w-])район(?:а|е|у|ом)?[ \t\u00a0]+$"
)  # on the same line (loc31: «район\nДля»)


# «в районе Алматы» may say «near Almaty»; «района Ақсуат, Абайского … районов», «жители района
# Ақсуат» name the district, whatever town shares its name (loc44: loc31's f44 lost «район Ақсуат»)
_NEAR = re.compile(r"районе\b")


def _a_known_town(name: str) -> bool:
    """A city or town the project knows by this name (its lexicon or the knowledge base)."""
    return bool(place_nominative(name)) or any(
        m.form.row.kind in ("city", "country", "region") and m.end - m.start == len(name) for m in kb.find(name)
    )


def _districts_named_by_a_noun(text: str, spans: list, names: dict) -> list:
    """A district whose name is a noun written after «район» («районе Бәйтерек») is named
    «район Бәйтерек», as the knowledge base and the references write it: the bare noun
    would be the village or the man it is named after. Only a name written in its own form
    (apposition) counts: «в районе Хоргоса» and «в районе Алматы» (a known town) say
    «near» (only after «в районе»: «района Ақсуат» is the district). An adjective («районе
    Жанибекском») and a span a rule named are left alone."""
    out = []
    for s in spans:
        m = _DISTRICT_WORD_BEFORE.search(text, max(0, s.start - 12), s.start) if s.type == "location" else None
        if not m or " " in s.text.strip() or (s.start, s.end) in names or _ADJECTIVE_END.search(s.text):
            out.append(s)
            continue
        name = normalized_name(s, None, text)
        if name != s.text or (_NEAR.match(m.group()) and _a_known_town(name)):
            out.append(s)  # «в районе Хоргоса», «в районе Алматы»: near a town, not a district's name
            continue
        wider = NerSpan("location", m.start(), s.end, text[m.start() : s.end])
        names[(wider.start, wider.end)] = "район " + name
        out.append(wider)
    return out


def pass_named_place_elsewhere(text, spans, ctx):
    """A one-word «person» named as a place elsewhere in the article or listed among places;
    a district named by a noun after «район»."""
    spans = mapped(spans, lambda s: _named_place_elsewhere(s, text, ctx.place_names) if s.type == "person" else s)
    return _districts_named_by_a_noun(text, _listed_among_places(spans, text), ctx.names)


def pass_place_tails(text, spans, ctx):
    def derive(s):
        place = _place_tail(text, s) if s.type == "organization" else None
        if place is None or overridden(place, ctx.cp_index):
            return None
        return derived_named(place, lambda p: normalized_name(p, None))

    return with_derived(spans, derive)
