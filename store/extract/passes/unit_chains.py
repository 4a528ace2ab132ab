"""A state body's unit described in lower case, read as a grammar, and two shapes that are no
body (issue 15, org37).

- `unit_chains`: «руководитель департамента полиции Алматинской области», «в управлении
  пассажирского транспорта и автомобильных дорог Алматинской области», «отдела внутренней
  политики города Караганды», «комитета ветеринарного контроля и надзора Минсельхоза
  Казахстана», «прокуратуры Кордайского района». The press writes a unit's head noun and its
  field without capitals, so the model reads only the region (a place) or the parent body in
  them. The grammar: a head noun of a unit (департамент, управление, отдел, инспекция,
  комитет, палата), its field in lower-case genitive words (with «и» between them),
  then what closes it: a region in the genitive («Алматинской области», «области Абай»,
  «города Караганды», «ЗКО», a known city such as «Караганды»), «по» and a region, the
  parent body read right after it for a department, administration or committee (capitalized,
  or a rule's lower-case service anchored by initials: «… пограничной службы ГКНБ»; a state
  after it runs on; a section of a body is the body, dev e004), or a state («… Казахстана»).
  «Отдел», «Инспекция», «Палата», «Прокуратура» are read capitalized too (the capitalized
  «Департамент», «Управление», «Комитет» are bodies.py's). An inspection made («провели
  инспекцию …») is no inspectorate: «инспекция» needs «по» and a region. A prosecutor's
  office («прокуратуры Кордайского района») needs no field. Anything else after the field
  (a verb, another preposition, a date, a comma, a person) ends the chain without a close,
  and then nothing is read: «управления транспортом», «отдела кадров» name no body. A unit
  inside a longer unit («отдела анализа рисков департамента таможенного контроля по …»)
  gives way to the longer one's head, as the reference names the department. The span is
  the unit, named with its head in the nominative and the rest as written; places inside
  stay places, bodies inside give way (the reference names the unit alone), but a body read
  from the unit's own head stays unless only the region differs («Департамент экологии» |
  «Жамбылской области»: the region's unit).

- `projects_not_bodies`: «Проект «Позитивная Караганда» редакция ведет …»: a quoted title
  after «проект» (any case, sentence-initial too) is a project, not a body; the titles-of-works
  filter reads only lower-case kinds.

- `posts_in_general`: «Приграничные КПП модернизируют»: adjectives before a post's kind in
  capitals are posts in general, no body.

Each takes (text, spans, context) and returns spans; a found span carries its name in
`context.names`.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.passes.bodies import state_genitives
from store.lang.normalize import parses
from store.lang.places import place_nominative

# A unit's head noun in any case (lower case; «Отдел», «Инспекция», «Палата», «Прокуратура»
# capitalized too: the capitalized «Департамент», «Управление», «Комитет» have their reader in
# bodies.py). The word first, its look back after it (see bodies._LOWER_MINISTRY).
_LOW_HEADS = ("департамент", "управлени", "отдел", "инспекци", "комитет", "палат", "прокуратур")
_CAP_HEADS = ("Отдел", "Инспекци", "Палат", "Прокуратур")
_HEAD = re.compile(
    r"(?:(?P<low>" + "|".join(w + r"(?<![\w-]" + w + ")" for w in _LOW_HEADS) + r")"
    r"|(?P<cap>" + "|".join(w + r"(?<![\w-]" + w + ")" for w in _CAP_HEADS) + r"))"
    r"(?P<ending>а|у|ом|е|ы|ов|я|ю|ей|ем|и|ой|ою)?(?![\w-])"
)
_NOMINATIVE = {
    "департамент": "департамент",
    "управлени": "управление",
    "отдел": "отдел",
    "инспекци": "инспекция",
    "комитет": "комитет",
    "палат": "палата",
    "прокуратур": "прокуратура",
}
_NO_FIELD = frozenset({"прокуратур"})  # a body by its region alone
_READ_BY_PO = frozenset({"департамент", "управлени"})  # with «по» and a region: bodies.find_lowercase_units
# The heads a parent body closes: a department, administration or committee of a body is the
# body the reference names («комитета ветеринарного контроля … Минсельхоза»); a section or an
# inspectorate of one is not, the reference names the body («… отдела … департамента …», dev e004).
_UNITS_OF_A_PARENT = frozenset({"департамент", "управлени", "комитет"})
# The endings each head takes (so «отделение», «палатка» are never heads).
_ENDINGS = {
    "департамент": {"", "а", "у", "ом", "е", "ы", "ов"},
    "управлени": {"е", "я", "ю", "ем", "и"},
    "отдел": {"", "а", "у", "ом", "е", "ы", "ов"},
    "инспекци": {"я", "и", "ю", "ей"},
    "комитет": {"", "а", "у", "ом", "е", "ы", "ов"},
    "палат": {"а", "ы", "е", "у", "ой", "ою"},
    "прокуратур": {"а", "ы", "е", "у", "ой", "ою"},
}
# «провели инспекцию хозяйств … области»: an inspection, not an inspectorate, unless «по» and a
# region close it («инспекция транспортного контроля по … области»).
_ACTION_TOO = frozenset({"инспекци"})

_FIELD_WORD = re.compile(r"[ \t]+([а-яё]+(?:-[а-яё]+)*)(?![\w-])")
_AND = re.compile(r"[ \t]+и(?![\w-])")
_NAME = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі][а-яёәғқңөұүһі]+)?"
# What closes a chain: a region in the genitive, «по» and a region, a region's initials.
_REGION_CLOSE = re.compile(
    rf"[ \t]+(?:{_NAME}(?:ской|ского|цкой|цкого)[ \t]+(?:области|района|округа)"
    rf"|(?:области|района|города|г\.)[ \t]*{_NAME}"
    rf"|по[ \t]+(?:{_NAME}(?:ской|ском|скому)[ \t]+(?:области|району)|области[ \t]+{_NAME}|городу[ \t]+{_NAME}"
    r"|[А-ЯЁ]{3})"
    r"|(?:ВКО|ЗКО|СКО|ЮКО))(?![\w-])"
)
_CITY = re.compile(rf"[ \t]+({_NAME})(?![\w-])")
_FULL_STATES = (
    "Республики Казахстан",
    "Кыргызской Республики",
    "Российской Федерации",
    "Республики Узбекистан",
    "Китайской Народной Республики",
)
_STATE = re.compile(
    r"[ \t]+(?:"
    + "|".join(sorted({*state_genitives(), *_FULL_STATES, "РК", "РФ", "КР", "КНР"}, key=len, reverse=True))
    + r")(?![\w-])"
)
_MAX_FIELD = 10  # words: a unit's field is a few words


def unit_chains(text: str, spans: list, ctx) -> list:
    """The lower-case units of the module doc as bodies (places inside them stay)."""
    out = list(spans)
    for m in _HEAD.finditer(text):
        stem = m.group("low") or m.group("cap").lower()
        if (m.group("ending") or "") not in _ENDINGS[stem]:
            continue
        if stem in _ACTION_TOO and _after_a_verb(text, m.start()):
            continue  # «провели инспекцию …»: the noun is the verb's object, an act
        end = _chain_end(text, m.end(), stem, out, ctx.names)
        if end is None:
            continue
        found = _placed(text, out, m.start(), end)
        if found is None:
            continue
        out = found
        head = _NOMINATIVE[stem]
        head = head[:1].upper() + head[1:] if m.group("cap") else head
        name = f"{head}{' '.join([''] + text[m.end() : end].split())}"
        ctx.names[(m.start(), end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))


def _chain_end(text: str, pos: int, stem: str, spans: list, names: dict) -> int | None:
    """Where the unit whose head ends at `pos` ends, or None when no close ends its field."""
    field = 0
    for _ in range(_MAX_FIELD):
        close = _close(text, pos, stem, spans, names)
        if close is not None and stem in _READ_BY_PO and text[pos:close].split()[0] == "по":
            return None  # bodies.find_lowercase_units reads these («департамента … по … области»)
        if close is not None and stem in _ACTION_TOO and not _by_po(text, pos, close):
            return None
        if close is not None:
            return close if field or stem in _NO_FIELD else None
        if field and (joined := _AND.match(text, pos)) and (w := _FIELD_WORD.match(text, joined.end())):
            if _genitive(w.group(1)):
                pos, field = w.end(), field + 1
                continue
        w = _FIELD_WORD.match(text, pos)
        if w is None or not _genitive(w.group(1)) or _HEAD.fullmatch(w.group(1)):
            return None  # no close; or another unit's head: the longer unit is read from there
        pos, field = w.end(), field + 1
    return None


def _by_po(text: str, pos: int, close: int) -> bool:
    """Is the close at `pos` «по» and a region?"""
    return text[pos:close].split()[0] == "по"


_WORD_BEFORE = re.compile(r"([А-Яа-яЁё]+)[ \t]+$")


def _after_a_verb(text: str, start: int) -> bool:
    """Is the word right before `start` a verb, a gerund or a short participle?"""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    ps = parses(m.group(1))[:1] if m else []
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS")


def _close(text: str, pos: int, stem: str, spans: list, names: dict) -> int | None:
    """The end of what closes a chain at `pos` (see _REGION_CLOSE), or None. A parent body in
    lower case closes it only when a rule named it and initials anchor it («пограничной службы
    ГКНБ»): lower-case words alone are as often a description («отдела контейнеров китайских
    железных дорог»)."""
    m = _REGION_CLOSE.match(text, pos)
    if m:
        return m.end()
    parent = next((s for s in spans if s.type == "organization" and 0 < s.start - pos <= 1), None)
    if (
        parent is not None
        and stem in _UNITS_OF_A_PARENT
        and text[pos : parent.start] == " "
        and (parent.text[:1].isupper() or ((parent.start, parent.end) in names and _anchored(parent.text)))
        and not _HEAD.match(parent.text.split()[0])
    ):
        # (a parent that is itself a unit, «… департамента таможенного контроля по …», is the body
        # the reference names: the sub-unit gives way to it)
        state = _STATE.match(text, parent.end)  # «… пограничной службы ГКНБ| Кыргызской Республики»
        return state.end() if state else parent.end
    m = _STATE.match(text, pos)
    if m:
        return m.end()
    m = _CITY.match(text, pos)
    if m and place_nominative(m.group(1)) and place_nominative(m.group(1)) != m.group(1):
        return m.end()  # «Караганды»: a known city in an oblique case
    return None


def _region_only(text: str, start: int, end: int) -> bool:
    """Is [start, end) just a region closing a chain? A body read from the unit's head without
    its region («Департамент экологии» | «Жамбылской области») is the unit of that region."""
    m = _REGION_CLOSE.match(text, start)
    return m is not None and m.end() == end


def _anchored(name: str) -> bool:
    """Does the name hold initials in capitals («ГКНБ», «РК»)?"""
    return any(len(w) > 1 and w.isupper() for w in name.split())


def _placed(text: str, spans: list, start: int, end: int) -> list | None:
    """`spans` with the unit [start, end) among them, or None when the model or a rule read
    the words otherwise (a body or person reaching out of them, or a body around them)."""
    keep = []
    for s in spans:
        if s.end <= start or s.start >= end:
            keep.append(s)
        elif start <= s.start and s.end <= end:
            if s.type == "organization" and s.start == start and not _region_only(text, s.end, end):
                return None  # the model, a rule or a row read a body from the same head: its name stays
            if s.type == "location":
                keep.append(s)  # the region stays a place of its own
            elif s.type == "person":
                return None
            # a body inside gives way: the unit is the body the text names
        else:
            return None
    return [*keep, NerSpan("organization", start, end, text[start:end])]


def _genitive(word: str) -> bool:
    """A noun or adjective (likely) in the genitive: the first reading must be one."""
    ps = parses(word)[:3]
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF", "PRTF") and any(p.tag.case == "gent" for p in ps)


# «проект «…»», «Проект «…»»: a project's quoted title.
_PROJECT_BEFORE = re.compile(r"(?<![\w-])[Пп]роект(?:а|у|ом|е|ы|ов)?[ \t]*[«\"“„]$")


def projects_not_bodies(text: str, spans: list, ctx) -> list:
    """The «bodies» that are a project's quoted title (see module doc), taken out."""
    return [
        s
        for s in spans
        if not (s.type == "organization" and _PROJECT_BEFORE.search(text, max(0, s.start - 12), s.start))
    ]


# «Приграничные КПП модернизируют»: adjectives before a post's kind in capitals («КПП», «МАПП»)
# are posts in general, no body (and no post of the gazetteer).
_POSTS_IN_GENERAL = re.compile(r"(?:[А-ЯЁа-яё]+(?:ые|ие|ых|их)[ \t]+){1,2}(?:КПП|МАПП|АПП|ДАПП|ЖДПП|ПП)")


def posts_in_general(text: str, spans: list, ctx) -> list:
    """The «bodies» that are adjectives and a post's kind (see above), taken out."""
    return [s for s in spans if not (s.type == "organization" and _POSTS_IN_GENERAL.fullmatch(s.text))]
