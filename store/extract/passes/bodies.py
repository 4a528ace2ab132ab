"""Passes that find state bodies by their shape: a capitalized body head and the genitive
field after it («Министерство цифрового развития»), lowercase ministries, bodies named by a
state's adjective («российское посольство»), a body noun before a place («правительства
РК»), and an organization's genitive tail joined to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from store.extract.naming import SURNAME, is_first_name
from store.extract.needles import from_first, matches_from, may_hold
from store.extract.ner import NerSpan
from store.extract.passes.filters import names_a_work
from store.extract.spans import ByStart
from store.lang import kb
from store.lang.normalize import parses, phrase_nominative
from store.lang.wordlists import words

# «в правительстве Казахстана»: the government of a named country is an organization.
_BODY_NOUNS = {"правительство", "парламент", "посольство", "сенат", "мажилис", "кабмин", "консульство"}


# «российское посольство», «китайское правительство», «казахстанский МИД»: a state's
# body named by the state's adjective is the same entity as «Посольство России».
_STATE_ADJECTIVES = {
    "российск": "России",
    "казахстанск": "Казахстана",
    "китайск": "Китая",
    "кыргызск": "Кыргызстана",
    "киргизск": "Кыргызстана",
    "кыргызстанск": "Кыргызстана",
    "узбекск": "Узбекистана",
    "узбекистанск": "Узбекистана",
    "туркменск": "Туркменистана",
    "таджикск": "Таджикистана",
    "белорусск": "Беларуси",
    "украинск": "Украины",
    "американск": "США",
    "германск": "Германии",
    "немецк": "Германии",
    "французск": "Франции",
    "британск": "Великобритании",
    "турецк": "Турции",
    "японск": "Японии",
    "монгольск": "Монголии",
    "иранск": "Ирана",
    "азербайджанск": "Азербайджана",
    "грузинск": "Грузии",
    "армянск": "Армении",
    "афганск": "Афганистана",
    "пакистанск": "Пакистана",
    # names72: the states countries.csv gained at stops 42–43
    "индийск": "Индии",
    "латвийск": "Латвии",
    "литовск": "Литвы",
    "польск": "Польши",
    "итальянск": "Италии",
}


def state_adjective_stems() -> tuple[str, ...]:
    """The stems of the states' adjectives this pass reads («российск», «кыргызск»)."""
    return tuple(_STATE_ADJECTIVES)


def state_genitives() -> frozenset[str]:
    """The states in the genitive, as they follow a body they own («погранслужба России»):
    those the adjectives name and every country of the knowledge base (countries.csv)."""
    return frozenset(_STATE_ADJECTIVES.values()) | kb.country_genitives()


_STATE_BODIES = {
    "посольств": "Посольство",
    "консульств": "Консульство",
    "генконсульств": "Генконсульство",
    "правительств": "Правительство",
    "парламент": "Парламент",
    "мид": "МИД",
    "кабмин": "Кабмин",
}


_NATIONAL_BODY = re.compile(
    r"(?<![\w-])(?P<adj>" + "|".join(sorted(_STATE_ADJECTIVES, key=len, reverse=True)) + r")"
    r"(?:ое|ий|ая|ого|ому|ом|им|ым|ой|ую|ие|их)\s+(?P<body>"
    + "|".join(sorted(_STATE_BODIES, key=len, reverse=True))
    + r")(?:о|а|у|ом|е|ы|ов|ам|ами|ах)?(?![\w-])",
    re.IGNORECASE,
)

# Every match of _NATIONAL_BODY holds one of each (needles.may_hold).
ADJECTIVE_WORDS, BODY_WORDS = tuple(_STATE_ADJECTIVES), tuple(_STATE_BODIES)
# _NATIONAL_BODY's matches found from an adjective's first letter (needles.from_first, stop 51,
# ingest117): `re` skips to those letters instead of trying the look back at every position.
_NATIONAL_BODY_FROM_FIRST = from_first(_NATIONAL_BODY, "".join(sorted({a[0] for a in _STATE_ADJECTIVES})))


def find_national_bodies(text: str) -> list[tuple[NerSpan, str]]:
    out = []
    if not (may_hold(text, BODY_WORDS) and may_hold(text, ADJECTIVE_WORDS)):
        return out  # every match holds a state's adjective and a body's noun (needles.may_hold)
    for m in matches_from(_NATIONAL_BODY_FROM_FIRST, text):
        name = f"{_STATE_BODIES[m.group('body').lower()]} {_STATE_ADJECTIVES[m.group('adj').lower()]}"
        end = m.end("_end")
        out.append((NerSpan("organization", m.start(), end, text[m.start() : end]), name))
    return out


# «Министерству цифрового развития, обороны и аэрокосмической промышленности следует …»:
# a state body's head noun, capitalized, and the genitive phrase that names its field.
_BODY_HEAD_WORDS = ("Министерств", "Комитет", "Агентств", "Департамент", "Управлени", "Ведомств", "Отдел", "Инспекци")
# «\b(?:Министерств|…)[а-яё]{0,3}\b» with each word first and its boundary looked back at after
# it (a word character is what the boundary rules out before it): `re` then skips to the words'
# capitals in C instead of trying every position.
_BODY_HEAD_FIRST = "|".join(w + r"(?<!\w" + w + ")" for w in _BODY_HEAD_WORDS)
_BODY_HEAD = re.compile(rf"(?:{_BODY_HEAD_FIRST})[а-яё]{{0,3}}\b")


# «по итогам встречи», «по словам министра»: adverbial phrases, not a body's field
_PO_PHRASES = words("po_phrases")


_WORD_AT = re.compile(r"\s*(,\s*|\s+)?([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|[А-ЯЁ]{2,})")


def _with_rule_orgs(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """Add the state bodies the model missed; a rule span wins over model spans inside it.

    The spans stay sorted, so each rule looks only at the spans near it (bisection)."""
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    keys = [(s.start, s.end) for s in spans]
    longest = max((s.end - s.start for s in spans), default=0)
    for m in _BODY_HEAD.finditer(text):
        end = _genitive_tail_end(text, m.end())
        if end == m.end():
            continue
        lo = bisect_right(keys, (m.start() - longest, float("inf")))
        hi = bisect_left(keys, (end, -1))
        end = _end_before_a_person(text, m.end(), end, [spans[i] for i in range(lo, hi)])
        if end == m.end():
            continue
        rule = NerSpan("organization", m.start(), end, text[m.start() : end])
        hi = bisect_left(keys, (rule.end, -1))
        near = [i for i in range(lo, hi) if spans[i].end > rule.start]  # the spans overlapping the rule
        inside = [i for i in near if rule.start <= spans[i].start and spans[i].end <= rule.end]
        if len(inside) < len(near):
            continue  # the model saw a different name here: keep its reading
        if any(
            spans[i].type == "organization" and spans[i].end - spans[i].start >= rule.end - rule.start for i in inside
        ):
            continue
        for i in reversed(inside):
            if spans[i].type != "location":  # a place inside the name is still a place (dev d019: «… Караганды»)
                del spans[i], keys[i]
        at = bisect_right(keys, (rule.start, rule.end))
        spans.insert(at, rule)
        keys.insert(at, (rule.start, rule.end))
        longest = max(longest, rule.end - rule.start)
    return spans


def _end_before_a_person(text: str, head_end: int, end: int, near: list[NerSpan]) -> int:
    """Where a body's genitive tail ends when the model read a person in it: before a given
    name in the nominative and a surname («Департамент государственных доходов Нурлан
    Сейтов сообщил»: the body, then its head; per67 saw the tail take the person, and only
    a person of the knowledge base came back). A body named after a person prints him in the
    genitive («Фонд … Нурсултана Назарбаева»), which no nominative given name opens."""
    for s in near:
        if s.type == "person" and head_end < s.start < end and _given_name_and_surname(s.text):
            return len(text[: s.start].rstrip()) if text[head_end : s.start].strip() else head_end
    return end


def _given_name_and_surname(name: str) -> bool:
    """«Нурлан Сейтов», «Айдана Ермекова»: a nominative given name on the list and a
    surname of the region's shape."""
    words = name.split()
    return len(words) == 2 and is_first_name(words[0]) and bool(SURNAME.search(words[1]))


# (the word first, its look back after it: `re` then searches for the word in C instead of trying
# the look back at every position; the same matches as «(?<![\w-])word…»)
_LOWER_MINISTRY = re.compile(r"министерств(?<![\w-]министерств)(?:о|а|у|ом|е)(?![\w-])")


def find_lowercase_ministries(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """«министерство обороны», «министерства энергетики Украины»: a ministry written in
    lowercase, named by its field, is that ministry (the press often writes it so)."""
    out = []
    index = ByStart(spans)
    for m in _LOWER_MINISTRY.finditer(text):
        end = _before_a_person(text, index, m.end(), _genitive_tail_end(text, m.end()))
        if end == m.end() or _pronoun_follows(text, m.end()):
            continue
        if any(not (m.start() <= s.start and s.end <= end) for s in index.overlapping(m.start(), end)):
            continue  # the model read the words differently: keep its reading
        name = phrase_nominative(" ".join(text[m.start() : end].split()))
        out.append((NerSpan("organization", m.start(), end, text[m.start() : end]), name[:1].upper() + name[1:]))
    return out + _lowercase_chambers(text, index)


def _before_a_person(text: str, index: ByStart, start: int, end: int) -> int:
    """The tail's end moved back to the first person the model read in it: «представитель
    министерства транспорта Узбекистана Нодира Салимова» names the ministry, then its
    spokeswoman (per67: the whole was one body and the woman was lost)."""
    people = [s.start for s in index.overlapping(start, end) if s.type == "person" and s.start >= start]
    if not people:
        return end
    return len(text[: min(people)].rstrip())


# «депутатов мажилиса»: the chamber has one name and no namesake, so lowercase it is still
# the body (the press writes it so); «сенат», «парламент», «правительство» alone may be anyone's.
_LOWER_CHAMBER = re.compile(r"мажилис(?<![\w-]мажилис)(?:а|у|ом|е)?(?![\w-])")  # word first (see above)


def _lowercase_chambers(text: str, index: ByStart) -> list[tuple[NerSpan, str]]:
    return [
        (NerSpan("organization", m.start(), m.end(), m.group()), "Мажилис")
        for m in _LOWER_CHAMBER.finditer(text)
        if not index.overlapping(m.start(), m.end())
    ]


# «департамента таможенного контроля по Жамбылской области», «управление миграционной службы
# по городу Алматы»: a state body's regional unit written in lowercase, its field in the
# genitive and the region after «по» (a region's adjective with «области», «области» with a
# name, a city, or a region's abbreviation such as «ЗКО»). org82: the same unit capitalized
# when it ends with a region of 2022 («Управление пассажирского транспорта и автомобильных дорог
# области Абай», «Департамент полиции области Абай»): the model reads «Абай» as the poet and
# «Жетісу» as a place and drops the body, while a region's adjective it reads into the name.
_LOWER_UNIT = re.compile(  # the words first (see _LOWER_MINISTRY)
    r"(?:[Дд]епартамент(?<![\w-][Дд]епартамент)|[Уу]правлени(?<![\w-][Уу]правлени)|[Ии]нспекци(?<![\w-][Ии]нспекци)"
    r"|[Оо]тдел(?<![\w-][Оо]тдел)|[Пп]олици(?<![\w-][Пп]олици))[а-яё]{0,3}(?![\w-])"
)
# What every _LOWER_UNIT match holds after its first letter: a text with none of them is
# not scanned (gate75: 166 of 1,168 dev, factRu, seeds and generated titles and bodies hold
# one; the scan tries its five words at every position, 0.06 ms a text).
_LOWER_UNIT_WORDS = ("епартамент", "правлени", "нспекци", "тдел", "олици")
_NEW_REGIONS = r"(?:Абай|Жетісу|Жетысу|Ұлытау|Улытау)"
_NEW_REGION_AFTER = re.compile(r"\s+" + _NEW_REGIONS + r"(?![\w-])")
# The region after «по», or (org46) a region's adjective and «области» ending the genitive field
# («департамента полиции Туркестанской области», «инспекции транспортного контроля
# Акмолинской области»).
_UNIT_REGION = re.compile(
    r"\s+по\s+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+област[а-яё]{1,2}|област[а-яё]{1,2}\s+[А-ЯЁӘҰҮ][а-яёәіңғүұқөһ]+"
    r"|городу\s+[А-ЯЁ][а-яё-]+|[А-ЯЁ]{3})(?![\w-])"
    r"|\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?ской\s+области$"
    # org55: a district's adjective and «района» end a unit's field too («отдела полиции
    # Аягозского района», sozmedia.kz 2023)
    r"|\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ского|цкого)\s+района$"
    # org55: the capital by its common noun («в департаменте полиции столицы», news.mail.ru 2026)
    r"|\s+столицы$"
    # org55: a city named after «города» ends it too («департамента полиции города Алматы»)
    r"|\s+города\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$"
    # fix59: a railway police unit by its station («отдела полиции на станции …»)
    r"|\s+на\s+станции\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$"
    # org66: a region of 2022 named after «области» ends the field too («управления
    # здравоохранения области Абай»): its name is no adjective, so nothing above read it
    r"|\s+области\s+" + _NEW_REGIONS + r"$"
)
_UNIT_NOMINATIVE = {"департамент": "департамент", "управлени": "управление", "инспекци": "инспекция", "отдел": "отдел"}
# A body's head in a section's field: the section («отдел») belongs to that body (dev e004).
_OUTER_BODY = re.compile(r"(?i)(?<![\w-])(?:департамент|управлени|комитет|министерств|акимат|агентств|служб)")
_CITY_AFTER = re.compile(r"\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")


def find_lowercase_units(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """A lowercase regional unit of a state body (see _LOWER_UNIT) is one body, named as
    written with its head in the nominative: the press writes these without a capital, and
    the model reads only the region in them. The police is named by its region alone
    («Полиция Жамбылской области», fix59), a railway unit by its station and the kind's
    adjective before it («линейного отдела полиции на станции …»)."""
    out: list[tuple[NerSpan, str]] = []
    if not any(w in text for w in _LOWER_UNIT_WORDS):
        return out
    index: ByStart | None = None  # built once a unit is found (gate75: most texts name none)
    last_end = -1
    for m in _LOWER_UNIT.finditer(text):
        if index is None:
            index = ByStart(spans)
        if m.start() < last_end:
            continue  # «департамента полиции … области»: the police is the unit's field, not a unit
        end = _genitive_tail_end(text, m.end())
        city = _CITY_AFTER.match(text, end) if text[:end].endswith(("городу", "города")) else None
        end = city.end() if city else end  # «по городу Приреченску»: a town the lexicon does not know
        new_region = _NEW_REGION_AFTER.match(text, end) if text[:end].endswith("области") else None
        end = new_region.end() if new_region else end  # «области Абай»: a region's name the field stops before
        if m.group()[:1].isupper() and not m.group().startswith("Полици") and new_region is None:
            continue  # a capitalized unit is the model's to read, except with a region of 2022 (org82, below)
        station = _AT_STATION.match(text, end)
        end = station.end() if station else end
        tail = text[m.end() : end]
        region = _UNIT_REGION.search(tail)
        police = m.group().lower().startswith("полици")
        named_before = m.group().startswith("инспекци") and _FIELD_ADJECTIVE.search(
            text, max(0, m.start() - 30), m.start()
        )
        field = tail.split(",", 1)[0]  # «… финансов, деньги выделены»: a comma ends a level unit's field
        level = None if region or police else _level_adjective_before(text, m, field)
        if level:  # «областного управления ветеринарии»: the level's adjective stands for the region
            end, tail = m.end() + len(field), field
        elif not region or not (police or named_before or tail[: region.start()].strip()):
            continue  # no field before «по» (nor an adjective naming it), or no region after it
        else:
            end = m.end() + region.end()  # the unit ends with its region (a name may follow)
            tail = text[m.end() : end]
        if any(s.type == "organization" and s.start < m.start() < s.end for s in index.overlapping(m.start(), end)):
            continue  # inside a longer body name the model found
        if any(s.type == "person" and not _the_region(new_region, s) for s in index.overlapping(m.start(), end)):
            continue  # «начальник отдела полиции города Ерлан Жаксылыков»: the name is a person's, not a town
        head = "полиция" if police else next(v for k, v in _UNIT_NOMINATIVE.items() if m.group().lower().startswith(k))
        if head == "отдел" and _OUTER_BODY.search(tail):
            continue  # «отдел … департамента …»: a section of the body the field names, not a body
        start, head = _kind_adjective_before(text, m.start(), head) if level is None else _with_level(text, level, m)
        if named_before:  # «Ветеринарная инспекция Жамбылской области»: the field is the adjective
            start = named_before.start()
            head = phrase_nominative(text[start : m.end()].lower())
        if text[start].isupper():
            head = head[:1].upper() + head[1:]  # «Полиция Жамбылской области» opening a sentence
        out.append((NerSpan("organization", start, end, text[start:end]), head + " " + " ".join(tail.split())))
        last_end = end
    return out


def _the_region(region: re.Match | None, s: NerSpan) -> bool:
    """Is the span the region's name the unit ends with («Абай», which the model reads as
    the poet), not a person after it?"""
    return region is not None and region.start() <= s.start and s.end <= region.end()


_AT_STATION = re.compile(r"\s+на\s+станции\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
# A kind's adjective before a unit's head («линейного отдела», «территориального департамента»)
_KIND_ADJECTIVE = re.compile(r"(?:линейн|территориальн)(?:ый|ого|ому|ым|ом|ое|ая|ой|ую|ых)\s+$", re.IGNORECASE)


# org66: the level of government a unit serves, as the adjective before its head («областного
# управления ветеринарии», «городской отдел пассажирского транспорта», «районного отдела
# образования»): it stands where the region's name would, so a unit with a lowercase field and
# no region after it is still one body. The field must be lowercase words only (a capital in it
# is a parent body or a place the other rules read) and not a place's noun («областного центра»
# never reaches here: «центр» is no unit head).
_LEVEL_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:областн|районн|городск)(?:ый|ого|ому|ым|ом|ое|ая|ой|ую|ых|ые|ым|ыми)\s+$", re.IGNORECASE
)
_LOWERCASE_FIELD = re.compile(r"(?:\s+(?:и\s+)?[а-яё]+(?:-[а-яё]+)*)+")


def _level_adjective_before(text: str, m: re.Match, tail: str) -> re.Match | None:
    """The level's adjective right before a unit's head whose field is lowercase words only
    (see _LEVEL_ADJECTIVE); None for any other unit, or one with no field."""
    if not tail.strip() or _LOWERCASE_FIELD.fullmatch(tail) is None or m.group()[:1].isupper():
        return None
    return _LEVEL_ADJECTIVE.search(text, max(0, m.start() - 20), m.start())


def _with_level(text: str, level: re.Match, head: re.Match) -> tuple[int, str]:
    """The unit's start and its two first words in the nominative («областного управления»
    → «областное управление»)."""
    return level.start(), phrase_nominative(text[level.start() : head.end()].lower())


# An inspection's field as its adjective («ветеринарной инспекции», «Фитосанитарная инспекция»)
_FIELD_ADJECTIVE = re.compile(r"(?<![\w-])[А-ЯЁа-яё]{4,}(?:ая|ой|ую)\s+$")


def _kind_adjective_before(text: str, start: int, head: str) -> tuple[int, str]:
    """The unit's start and head with the kind's adjective written before it taken in, in
    the nominative («линейный отдел»); the start and head as they were without one."""
    m = _KIND_ADJECTIVE.search(text, max(0, start - 20), start)
    if not m:
        return start, head
    return m.start(), phrase_nominative(text[m.start() : start].strip().lower() + " " + head).split()[0] + " " + head


def _pronoun_follows(text: str, pos: int) -> bool:
    m = _WORD_AT.match(text, pos)
    return bool(m) and any("Apro" in p.tag or p.tag.POS == "NPRO" for p in parses(m.group(2))[:1])


_TAIL_WORDS = 24  # a body's field is a few words: «министерства обороны, министерства обороны, …» is no name


def _genitive_tail_end(text: str, pos: int) -> int:
    """End of the genitive words after pos («цифрового развития, обороны и
    аэрокосмической промышленности», «транспорта РК», «по делам госслужбы»), with
    commas and «и» between them; at most _TAIL_WORDS words are read (every body head
    reading on to the text's end made a long list quadratic)."""
    start, end, after_po = pos, pos, False
    for _ in range(_TAIL_WORDS):
        m = _WORD_AT.match(text, pos)
        if not m or "\n" in m.group(0):
            return end
        w = m.group(2)
        if w == "и" and end == start:
            return end  # «министерства и ведомства»: a second noun, not a field
        if w in ("и", "по"):
            after_po = w == "по"
            pos = m.end()
            continue
        if not (_has_case(w, "datv" if after_po else "gent") or (w.isupper() and len(w) > 1)):
            return end
        if after_po and w.lower() in _PO_PHRASES:
            return end
        if names_a_work(text, w, m.end()):
            return end
        joined = (m.group(1) and "," in m.group(1)) or text[end : m.start(2)].strip() == "и"
        if joined and end == start:
            return end  # «в Комитете, правила …»: a field follows its head with no comma between
        if joined and not w.islower():
            return end  # «… РК и Комитета …»: a second body, not this one's field
        after_po = False
        end = pos = m.end()
    return end


def _has_case(w: str, case: str) -> bool:
    """Is `w` (likely) a noun or adjective in this case? The first reading must be one."""
    ps = parses(w)[:4]
    return (
        bool(ps)
        and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF")
        and any(p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in ps)
    )


def _join_org_tails(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """«Комитета государственных доходов» + «Министерства финансов» + «РК» is one
    organization: a span right after an organization, in the genitive or an
    abbreviation, is the organization's own tail."""
    out: list[NerSpan] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == "organization"
            and s.type in ("organization", "location")
            and text[prev.end : s.start] == " "
            and _is_genitive_tail(s.text)
        ):
            if _no_body_lead(prev.text) and s.type == "organization":
                out[-1] = s  # «Руководства страны» + «Министерства транспорта»: the ministry alone
            else:
                out[-1] = NerSpan("organization", prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(s)
    return out


_NOT_BODY_LEADS = words("not_body_leads")


def _no_body_lead(name: str) -> bool:
    """Does the span open with a word that names no body (leadership, an order, a post)?"""
    first = name.split()[0] if name.split() else ""
    ps = parses(first) if first else []
    return bool(ps) and ps[0].normal_form in _NOT_BODY_LEADS


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_RUSSIAN_WORD_AND_SPACE_AT_END = re.compile(r"([А-Яа-яЁё]+) $")


def _with_body_noun(text: str, s: NerSpan) -> NerSpan:
    """«правительства РК», «посольстве России»: a location in the genitive after a state
    body's noun names that body too (an organization; the place stays a mention)."""
    if s.type != "location":
        return s
    m = _RUSSIAN_WORD_AND_SPACE_AT_END.search(text[max(0, s.start - 20) : s.start])
    if not m or parses(m.group(1))[0].normal_form not in _BODY_NOUNS or not _is_genitive_tail(s.text):
        return s
    start = s.start - len(m.group(1)) - 1
    return NerSpan("organization", start, s.end, text[start : s.end])


def _is_genitive_tail(name: str) -> bool:
    first = name.split()[0]
    if first.isupper() and len(first) > 1:
        return True
    ps = parses(first)
    return bool(ps) and ps[0].tag.case == "gent" and ps[0].tag.POS in ("NOUN", "ADJF")


def pass_rule_orgs(text, spans, ctx):
    return _with_rule_orgs(text, spans)


def pass_body_nouns(text, spans, ctx):
    """A place after a state body's noun becomes that body; the place is set aside to
    come back as a mention of its own once the bodies' tails are joined."""
    bodies = [_with_body_noun(text, s) for s in spans]
    ctx.held += [s for s, b in zip(spans, bodies, strict=False) if b is not s]
    return bodies


def pass_org_tails(text, spans, ctx):
    return _join_org_tails(text, [_with_its_noun(text, s) for s in spans])


_NEXT_WORD = re.compile(r" ([а-яё]+)")


def _with_its_noun(text: str, s: NerSpan) -> NerSpan:
    """«Таразского пограничного| отряда»: a body span the model closed on an adjective runs
    on to the lowercase noun after it that the adjective agrees with."""
    if s.type != "organization" or not s.text.split():
        return s
    last = s.text.split()[-1]
    m = _NEXT_WORD.match(text, s.end)
    if not m or not last[:1].isalpha():
        return s
    adjs = [p for p in parses(last)[:2] if p.tag.POS == "ADJF"]
    if len(adjs) < len(parses(last)[:2]) or not adjs:
        return s
    noun = parses(m.group(1))
    if not noun or noun[0].tag.POS != "NOUN":
        return s
    agree = any(a.tag.case == noun[0].tag.case and a.tag.number == noun[0].tag.number for a in adjs)
    return NerSpan(s.type, s.start, m.end(), text[s.start : m.end()]) if agree else s
