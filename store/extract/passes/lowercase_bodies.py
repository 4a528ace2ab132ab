"""State bodies the press writes in lowercase, by the grammar of their names rather than one
name at a time: a service's head noun with the state it belongs to in the genitive
(«государственной погранслужбы Украины»), a bare head coordinated with a body the model
read («Министерство транспорта РК и пограничная служба»), a customs house named by its
region's adjective («самарская таможня», and capitalized: «Кашгарская таможня», org82; a
country's adjective is the country's customs at large, no body), and a lowercase unit whose
field runs into the body it belongs to («департамента пограничного контроля Погранслужбы КНБ Казахстана»).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.passes.bodies import state_adjective_stems, state_genitives
from store.extract.spans import ByStart
from store.lang.normalize import parses, phrase_nominative

# A border service or a government, lowercase, with «государственная» before it or not.
# «(?<![\w-])(?:государственн…\s+)?(?:пограничн…\s+|погран)служб…|(?<![\w-])правительств…» written
# with each opening word first and its look back after it (the three ways a match can open),
# so that `re` searches for the words in C instead of trying every position; the same matches.
_SERVICE_END = r"(?:пограничн(?:ая|ой|ую|ою)\s+|погран)служб(?:а|ы|е|у|ой|ою)(?![\w-])"
_SERVICE = re.compile(
    r"государственн(?<![\w-]государственн)(?:ая|ой|ую|ою)\s+"
    + _SERVICE_END
    + r"|(?:пограничн(?<![\w-]пограничн)(?:ая|ой|ую|ою)\s+|погран(?<![\w-]погран))служб(?:а|ы|е|у|ой|ою)(?![\w-])"
    r"|правительств(?<![\w-]правительств)(?:о|а|у|е|ом)(?![\w-])"
)
# The state a service belongs to, right after it: a country's genitive (from the same table
# as the national-body pass and the knowledge base's countries) or its initials.
_STATE_INITIALS = ("РК", "РФ", "КР", "КНР", "РУз")
_STATE_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted({*state_genitives(), *_STATE_INITIALS}, key=len, reverse=True)) + r")(?![\w-])"
)
# «… и пограничная служба», «совместно с пограничной службой»: joined to a body before it.
_COORDINATED = re.compile(r"(?:\s+и|,|\s+совместно\s+с|\s+вместе\s+с)\s+$")
# What may follow a bare service and still leave it bare (no capitalized name runs on).
_RUNS_ON = re.compile(r"\s+(?:[А-ЯЁA-Z«\"]|по\s)")

# org82: the adjective capitalized too («Кашгарская таможня ввела …», «в Хоргосской таможне»): the
# model reads a customs house the knowledge base lacks only now and then.
_CUSTOMS = re.compile(r"(?<![\w-])(?P<adj>[А-ЯЁа-яё][а-яё]+(?:ая|ой|ую))\s+таможн(?:я|и|е|ю|ей)(?![\w-])")
_COUNTRY_STEMS = state_adjective_stems()

# The words first, their look back after them (the same matches as «(?<![\w-])(?:…)»: `re`
# then searches for the words' first letters in C instead of trying every position).
_LOWER_UNIT = re.compile(r"(?:департамент(?<![\w-]департамент)|управлени(?<![\w-]управлени))[а-яё]{0,3}(?![\w-])")
_FIELD_WORD = re.compile(r"\s+([а-яё]+)")
_UNIT_NOMINATIVE = {"департамент": "Департамент", "управлени": "Управление"}


def find_lowercase_bodies(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """The lowercase bodies of the module doc, each with its name in the nominative."""
    index = ByStart(spans)
    found = [
        *_services(text, spans, index),
        *_customs_houses(text, index),
        *_units_of_bodies(text, spans, index),
        *_regional_units(text, spans, index),
    ]
    return [(s, name) for s, name in found if not _inside_a_body(index, s)]


def _services(text: str, spans: list[NerSpan], index: ByStart) -> list[tuple[NerSpan, str]]:
    out = []
    for m in _SERVICE.finditer(text):
        state = _STATE_AFTER.match(text, m.end())
        if state:
            end = state.end()
        elif _coordinated_with_a_body(text, spans, m.start()) and not _RUNS_ON.match(text, m.end()):
            end = m.end()
        else:
            continue
        if any(_read_otherwise(s, m.start(), end) for s in index.overlapping(m.start(), end)):
            continue  # the model read these words otherwise: keep its reading
        head = phrase_nominative(_spelled_out(" ".join(m.group().split())))
        name = head[:1].upper() + head[1:] + (" " + state.group().strip() if state else "")
        out.append((NerSpan("organization", m.start(), end, text[m.start() : end]), name))
    return out


_CLIPPED = re.compile(r"погранслужб(а|ы|е|у|ой|ою)")
_SPELLED = {"а": "пограничная служба", "ы": "пограничной службы", "е": "пограничной службе", "у": "пограничную службу"}


def _spelled_out(written: str) -> str:
    """«погранслужбы» → «пограничной службы»: the press's clipped word (which the
    dictionary does not know, so it would not decline) spelled out, its case kept."""
    return _CLIPPED.sub(lambda m: _SPELLED.get(m.group(1), "пограничной службой"), written)


def _read_otherwise(s: NerSpan, start: int, end: int) -> bool:
    """A span of the model's across the words, other than a place inside them («Украины»)."""
    return s.type != "location" and not (start <= s.start and s.end <= end)


def _coordinated_with_a_body(text: str, spans: list[NerSpan], start: int) -> bool:
    """Is a body the model or a rule read joined to the words at `start` by «и», a comma or
    «совместно с»?"""
    joint = _COORDINATED.search(text, max(0, start - 20), start)
    if not joint:
        return False
    return any(s.type == "organization" and 0 <= joint.start() - s.end <= 1 for s in spans)


def _customs_houses(text: str, index: ByStart) -> list[tuple[NerSpan, str]]:
    out: list[tuple[NerSpan, str]] = []
    if "таможн" not in text:
        return out  # _CUSTOMS is case-sensitive and holds the word: one substring search, not a scan
    for m in _CUSTOMS.finditer(text):
        adj = m.group("adj")
        if adj.lower().startswith(_COUNTRY_STEMS) or not _an_adjective(adj.lower()):
            continue  # «российская таможня»: the country's customs at large, no body
        if index.overlapping(m.start(), m.end()):
            continue
        name = phrase_nominative(" ".join(m.group().split()))
        out.append((NerSpan("organization", m.start(), m.end(), m.group()), name[:1].upper() + name[1:]))
    return out


def _an_adjective(word: str) -> bool:
    """A relative adjective of a place («самарская», «алматинской»), not a quality
    («новая», «бывшая»): pymorphy2 files the first under Qual-less adjectives made from a
    name (Geox is not reliable), so a quality word is what is left out."""
    ps = parses(word)[:2]
    return bool(ps) and ps[0].tag.POS == "ADJF" and "Qual" not in ps[0].tag and word.endswith(("ская", "ской", "скую"))


def _units_of_bodies(text: str, spans: list[NerSpan], index: ByStart) -> list[tuple[NerSpan, str]]:
    """«департамента пограничного контроля Погранслужбы КНБ Казахстана»: a lowercase unit,
    its field in lowercase genitive words, then the body it belongs to (a capitalized body
    span right after the field) is one body, the unit."""
    out = []
    bodies = [s for s in spans if s.type == "organization"]
    if "департамент" not in text and "управлени" not in text:
        return out  # _LOWER_UNIT is case-sensitive and holds one: 789 of 800 generated texts hold neither (ingest110)
    for m in _LOWER_UNIT.finditer(text):
        end = m.end()
        while (w := _FIELD_WORD.match(text, end)) and _genitive(w.group(1)):
            end = w.end()
        if end == m.end():
            continue  # no field: «департамент» alone points back at a body
        parent = next((s for s in bodies if 0 < s.start - end <= 1 and text[s.start : s.start + 1].isupper()), None)
        if parent is None:
            continue
        head = next(v for k, v in _UNIT_NOMINATIVE.items() if m.group().startswith(k))
        written = " ".join(text[m.end() : parent.end].split())
        out.append((NerSpan("organization", m.start(), parent.end, text[m.start() : parent.end]), f"{head} {written}"))
    return out


# The «и» that joins a unit's second field to its first («пассажирского транспорта и автомобильных дорог»).
_AND_FIELD = re.compile(r"\s+и(?=\s+[а-яё])")
_FIELD_WORD_HYPHENED = re.compile(r"\s+([а-яё]+(?:-[а-яё]+)?)(?![\w-])")  # «жилищно-коммунального»
_MIN_FIELD_WORDS = 2


def _regional_units(text: str, spans: list[NerSpan], index: ByStart) -> list[tuple[NerSpan, str]]:
    """«поручил управлению пассажирского транспорта и автомобильных дорог проверять …»: a
    regional akimat's department, lowercase, named by its field alone (two genitive words
    or more, two fields joined by «и»), with no body after it to belong to; its head in the
    nominative and the field as written. A unit whose field runs into a body is
    _units_of_bodies' one."""
    out = []
    if "департамент" not in text and "управлени" not in text:
        return out
    bodies = [s for s in spans if s.type == "organization"]
    for m in _LOWER_UNIT.finditer(text):
        end, words = _field_end(text, m.end())
        if words < _MIN_FIELD_WORDS or any(0 < s.start - end <= 1 for s in bodies) or _RUNS_ON.match(text, end):
            continue  # a body or a region («по Мангыстауской области») goes on: a longer name, read elsewhere
        if index.overlapping(m.start(), end):
            continue  # the model or a rule read these words: keep its reading
        head = next(v for k, v in _UNIT_NOMINATIVE.items() if m.group().startswith(k))
        written = " ".join(text[m.end() : end].split())
        out.append((NerSpan("organization", m.start(), end, text[m.start() : end]), f"{head} {written}"))
    return out


def _field_end(text: str, at: int) -> tuple[int, int]:
    """Where the genitive words after a unit's head end, and how many there are. A second
    field after «и» is taken when it is two words or more («… и автомобильных дорог»): one
    word after «и» is as often a second body («сотрудники управления полиции и прокуратуры»).
    The unit's place word («области», «города») is not its field."""
    end, words = _genitive_run(text, at)
    joint = _AND_FIELD.match(text, end) if words else None
    if joint:
        after, more = _genitive_run(text, joint.end())
        if more >= _MIN_FIELD_WORDS:
            end, words = after, words + more
    return end, words


_PLACE_WORD = re.compile(r"(?:област|город|район|округ|столиц)[а-яё]{0,3}$")  # «столицы»: the capital is a place


def _genitive_run(text: str, at: int) -> tuple[int, int]:
    """The genitive words from `at` on, up to a place word: where they end and how many."""
    end, words = at, 0
    while (w := _FIELD_WORD_HYPHENED.match(text, end)) and _genitive(w.group(1)) and not _PLACE_WORD.match(w.group(1)):
        end, words = w.end(), words + 1
    return end, words


def _genitive(word: str) -> bool:
    ps = parses(word)[:3]
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF") and any(p.tag.case == "gent" for p in ps)


def _inside_a_body(index: ByStart, s: NerSpan) -> bool:
    """Inside a longer body name the model or a rule found: that name stays."""
    return any(
        o.type == "organization" and o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
        for o in index.overlapping(s.start, s.end)
    )
