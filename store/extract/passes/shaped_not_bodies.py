"""Shapes the model reads as bodies that are none, found by counting what the pipeline
printed as organizations over ~800 saved fresh pages (issue 15, org40).

`shaped_not_bodies` takes out an organization span that is, by its shape:

- a post, not its body: «Премьер-министр», «Аким Астаны» (a role word first, no body's
  head noun after it);
- a headline in capitals: «ЖОЛ ҚАТЫНАСЫ ҚАЛЫПҚА КЕЛЕДІ», «ВКО ОТКРЫЛСЯ ЖЕЛЕЗНОДОРОЖНЫЙ
  ТАМОЖЕННЫЙ ПЕРЕХОД» (three Cyrillic words or more, all in capitals, two of them long
  words, and no body's head noun: an abbreviation chain such as «КГД МФ РК» stays, and so
  does a firm quoted or before its legal form);
- a district's or region's centre in Kazakh, a place: «Жылыой ауданының орталығы»;
- a Kazakh headline that is a clause ending in its verb: «Екі облыста жол жабылды» (in a
  text of one short line, where kazakh_stray_bodies, which reads a clause only amid
  enough Kazakh words around it, does not look);
- a route between places or posts: «Атырау-Астрахань», «Бақты-Аягөз» (every part a place
  the knowledge base or the gazetteer knows, joined by dashes);
- a post's border control unit named by the post: «"Сырым" шекаралық бақылау бөлімшесі»
  (the post, which the reference counts as a checkpoint; org43);
- a Kazakh site's rubric: «Облыс жаңалықтары» 'regional news' (a head noun «жаңалықтары»
  'news' or «хабарлары» 'reports' closing two or three words; per60);
- a code of letters and digits in one word: a line's service or a train («AE19», «ТК-105»;
  fix52), not the carrier that runs it (a group of states, «G20», has one letter);
- a name ending in its year: an event, an operation or an exercise («Шекара-2026», «Астана
  Транзит-2026»), or in a version: a programme («ДКБ 2.0»; org91);
- a legal form alone before the quoted name it is the form of: «LLP» of «LLP «Caspian …»»,
  «JSC», «ТОО» (the model reads a Latin one as a body of its own beside the quoted one; org99).

Each shape was a handful of the ~700 distinct names printed over those pages; none was a
body. A body's head noun anywhere in the span keeps it (see _BODY_HEAD). A Kazakh clause
read as a body («… шекараларын бекітті») is kazakh_stray_bodies' (kazakh_bodies.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.passes.kazakh_bodies import _FINITE_VERB
from store.extract.roles import is_role_word
from store.lang import gazetteer, kb
from store.lang.lemmas import readings
from store.lang.morphology import from_dictionary, parses

# The head nouns (Russian and Kazakh) and legal forms a body's name carries somewhere.
_BODY_HEAD = re.compile(
    r"(?i)министерств|комитет|департамент|управлени|служб|агентств|акимат|компани|корпораци|"
    r"ассоциаци|союз|палат|банк|фонд|совет(?!ник)|центр|инспекци|таможн|прокуратур|полици|парти|"
    r"администраци|правительств|кабинет|организаци|штаб|отряд|войск|"
    r"министрлі|комитеті|департаменті|басқарма|қызмет|әкімдіг|компания|қауымдастығ|палата|"
    r"кеңес|агенттіг|бөлім|үкімет|парламент|мажилис|мәжіліс|сенат|прокуратура|әкімшілі|"
    r"(?<![\w-])(?:АҚ|ЖШС|ТОО|АО|ООО|ОАО|ПАО|ЗАО|РГП|ГП|ФГКУ|НК|ҰК)(?![\w-])"
)

# «… ауданының орталығы»: the centre of a district (or region, rural okrug, town): a place.
_CENTRE_OF = re.compile(
    r"(?:ауданының|облысының|округінің|қаласының|елдімекенінің|облыс|аудан)\s+орталығы$",
    re.IGNORECASE,
)

_DASHES = re.compile(r"\s*[-–—]\s*")

# A firm's legal form after its name («NORD STROY GROUP ЖШС», «КАЗ ЖОЛ ҚҰРЫЛЫС АҚ»).
_LEGAL_FORM_AFTER = re.compile(r"[»\"“”]?[ \t]*(?:ЖШС|ЖШҚ|АҚ|ТОО|АО|ҰК|ЖАҚ)(?![\w-])")


def shaped_not_bodies(text: str, spans: list, ctx) -> list:
    """The organization spans whose shape names no body (see module doc), taken out."""
    return [s for s in spans if not (s.type == "organization" and _no_body(text, s))]


def _a_firm(text: str, s) -> bool:
    """Quoted whole, or followed by a legal form: a firm's name, which may be anything (a
    headline that opens with a quoted word is no firm: «“ДОСТЫҚТА” БОЛҒАН …»; unlike
    spans.in_quotes, the end of the text closes no quote)."""
    quoted = s.start > 0 and text[s.start - 1] in '«"“„' and text[s.end : s.end + 1] in ("»", '"', "”", "“")
    return quoted or bool(_LEGAL_FORM_AFTER.match(text, s.end))


def _no_body(text: str, s) -> bool:
    """True for a span that is a post, a headline in capitals (unless a firm's: quoted or
    before a legal form), a district's centre or a route between places (module doc), and
    carries no body's head noun."""
    name = " ".join(s.text.split())
    shape = _shape_of_name(name)
    if shape is not None:
        return shape
    words = name.split()
    return (
        _a_legal_form_before_its_name(text, s, name)
        or _a_post_centre_or_route(name)
        or (_a_headline_in_capitals(words) and not _a_firm(text, s))
        or (_a_word_of_a_headline_in_capitals(text, s, words) and not _a_firm(text, s))
        or (_a_heading_word_alone(text, s, words) and not _a_firm(text, s))
        or _a_named_route(text, s, parts=_DASHES.split(name))
        or _a_headline_clause(text, s, words)
        or (_a_rubric(words) and not _a_firm(text, s))
        or (_a_facility_by_kind(name) and not _a_firm(text, s))
    )


# A company's legal form, Latin or Cyrillic, and the opening quote of the name it is the form of
_LEGAL_FORM_ALONE = re.compile(r"(?:LLP|LLC|JSC|Ltd|LTD|ТОО|АО|ООО|ОАО|ПАО|ЗАО|АҚ|ЖШС|ЖШҚ|ЖАҚ)")
_OPENING_QUOTE = re.compile(r"[ \t]*[«\"“„]")


def _a_legal_form_before_its_name(text: str, s, name: str) -> bool:
    """A span that is a legal form and nothing else, right before an opening quote: the
    form of the company the quotes name, which is found on its own («LLP «Caspian …»»)."""
    return bool(_LEGAL_FORM_ALONE.fullmatch(name) and _OPENING_QUOTE.match(text, s.end))


# A place's kind of facility in Russian, by its lemma: a port, a station, a terminal
_FACILITY_KINDS = frozenset("порт аэропорт морпорт вокзал автовокзал терминал станция".split())


@lru_cache(maxsize=8192)
def _a_facility_by_kind(name: str) -> bool:
    """org87: «Морской порт Курык принял паром», «Международный аэропорт принял рейс»: the
    model reads a facility named by its kind alone — common adjectives pymorphy2's dictionary
    has, then a port's, station's or terminal's noun — as a body. No name stands in it (the
    firm is «Морской торговый порт Актау», «АО …»; a place's adjective «Актауский» is not in
    the dictionary as a common word, and a quoted name is a firm's: _a_firm)."""
    words = [w.strip(".,:;!?") for w in name.split()]
    if not 2 <= len(words) <= 3 or any(w[:1].isupper() for w in words[1:]):
        return False
    last = readings(words[-1].lower())
    if not last or last[0].normal_form not in _FACILITY_KINDS:
        return False
    for w in words[:-1]:
        rs = readings(w.lower())
        if not rs or not rs[0].is_known or rs[0].tag.POS != "ADJF" or "Geox" in rs[0].tag:
            return False
    return True


# «жаңалықтары» 'news (of …)', «хабарлары» 'reports': the head of a Kazakh site's rubric
_RUBRIC_HEAD = re.compile(r"(?:жаңалықтар|жаңалықтары|хабарлары)", re.IGNORECASE)


def _a_rubric(words: list[str]) -> bool:
    """«Облыс жаңалықтары» 'regional news', «Әлем жаңалықтары»: up to three words ending in
    a rubric's head noun, a section of a news site, not a body (an outlet so named is
    quoted, and stays: _a_firm)."""
    return 2 <= len(words) <= 3 and bool(_RUBRIC_HEAD.fullmatch(words[-1].strip(".,:!?")))


# The checks that read the name alone, kept by the name: a body is named again and again in
# an article and across articles (half the organization spans of dev, factRu and 150 saved
# pages repeat a name), and its head noun's case-insensitive search was most of this pass's
# time (issue 15, perf56). Pure functions of the name, so the answers are the same.
@lru_cache(maxsize=8192)
def _shape_of_name(name: str) -> bool | None:
    """True for a post's unit or a code, False for an empty name or one with a body's head,
    None when the rest of _no_body decides."""
    if name and _a_posts_unit(name):
        return True
    if not name or _BODY_HEAD.search(name):
        return False
    if _A_CODE.fullmatch(name) or _A_YEARS_EVENT.fullmatch(name) or _A_VERSION.fullmatch(name):
        return True
    return None


# org91: a name that ends in its year is an event's, an operation's or an exercise's: «Шекара-2026»
# (оқу-жаттығуы), «Граница-2026», «Астана Транзит-2026», «Керуен 2026», «Caspian Logistics Summit
# 2026». A body carries no year in its name (none of bodies.csv does); a body's head noun keeps
# the span (_shape_of_name tests it first: «Оргкомитет «Экспо-2017»»).
# and one ending in a version, a programme's or a product's: «ДКБ 2.0», «Цифровой Казахстан 2.0»
_A_VERSION = re.compile(r"[«\"“„]?[^\W\d_][\w.-]*(?:[ \t][^\W\d_][\w.-]*){0,4}[ \t]+\d\.\d[»\"”]?")
_A_YEARS_EVENT = re.compile(
    r"[«\"“„]?[^\W\d_][\w.]*(?:[ \t-][^\W\d_][\w.]*){0,4}[ \t]*[-–—]?[ \t]*(?:19|20)\d\d[»\"”]?"
)


@lru_cache(maxsize=8192)
def _a_post_centre_or_route(name: str) -> bool:
    """A post (a role word first), a district's centre or a route between places (a name with
    no body's head; see _no_body)."""
    return is_role_word(name.split()[0]) or bool(_CENTRE_OF.search(name)) or _a_route(name)


# the noun of a train, a bus line or a route right after a name: Kazakh «пойызы», «бағыты»,
# «рейсі», «автобусы», Russian «поезд», «маршрут», «рейс», «направление»
_ROUTE_NOUN_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:\w+[ \t]+)?(?:пойыз|поезд|бағыт|рейс|автобус|маршрут|направлени|электричк)",
    re.IGNORECASE,
)


def _a_named_route(text: str, s, parts: list[str]) -> bool:
    """«№ 37 «Астана-Маңғыстау» жолаушылар пойызы» ('the Astana–Mangystau passenger train'):
    two or more capitalized names joined by dashes, with a train's or a route's noun right
    after them, name a line, not a body — whether or not the knowledge base knows every
    end (kz55: «Маңғыстау» alone is a region, a peninsula and a station, no form of its
    own)."""
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    return bool(_ROUTE_NOUN_AFTER.match(text, s.end))


# «AE19», «ТК-105»: a service's or train's code (two or three capitals, then digits)
_A_CODE = re.compile(r"[A-ZА-ЯЁ]{2,3}-?\d{2,4}")


# «"Сырым" шекаралық бақылау бөлімшесі»: the border control unit at a post, named by the post.
_POSTS_UNIT = re.compile(
    r"[«\"“]?(?P<post>[^«»\"“”]+?)[»\"”]?\s+(?:шекаралық\s+бақылау\s+|шекара\s+)?(?:бөлімшес|бөлім)\w*",
    re.IGNORECASE,
)


def _a_posts_unit(name: str) -> bool:
    """A post's border control unit, named by the post the gazetteer knows: the post the
    reference counts, no body of its own (dev's reference; org43)."""
    m = _POSTS_UNIT.fullmatch(name)
    return bool(m) and m.group("post").strip().lower() in _post_names()


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_WORD_CHAR = re.compile(r"\w")


def _a_headline_in_capitals(words: list[str]) -> bool:
    """Three Cyrillic words or more, every one in capitals, at least two of five letters or
    more: a headline the model took for a name (an abbreviation chain has short words; a
    firm's Latin name in capitals is a name, but a Latin «I» typed for the Kazakh «І» inside
    a Cyrillic word, «ЕКI», is no Latin word)."""
    lettered = [w for w in words if _WORD_CHAR.search(w)]
    return (
        len(lettered) >= 3
        and not any(re.fullmatch(r"[\W\dA-Za-z]+", w) for w in lettered)
        and all(w.isupper() for w in lettered)
        and sum(len(re.sub(r"\W", "", w)) >= 5 for w in lettered) >= 2
    )


def _a_word_of_a_headline_in_capitals(text: str, s, words: list[str]) -> bool:
    """A span of long words in capitals cut out of a line that is a headline in capitals
    (org101): «ГРАНИЦЕ» of «ОЧЕРЕДИ НА ГРАНИЦЕ». The model reads a word of such a line as a
    name; the line is what shows it is a heading. An abbreviation (under five letters) or a
    name the knowledge base knows («КГД ПРЕДУПРЕЖДАЕТ …», «КАЗАВТОЖОЛ …») stays a body."""
    if not words or any(len(re.sub(r"\W", "", w)) < 5 or not w.isupper() for w in words):
        return False
    start = text.rfind("\n", 0, s.start) + 1
    end = text.find("\n", s.end)
    line = text[start : end if end != -1 else len(text)].split()
    if len(line) <= len(words) or not _a_headline_in_capitals(line):
        return False
    return not any(m.form.row.type == "organization" for m in kb.find(s.text))


def _a_heading_word_alone(text: str, s, words: list[str]) -> bool:
    """A single word in capitals standing alone on its line that the dictionary reads only as
    no noun: a section's head or a rubric («ОФИЦИАЛЬНО», «ВАЖНО», «СРОЧНО»; org101). A noun
    alone on a line may be a firm's name in capitals («СБЕРБАНК», «МЕГАФОН»), so it stays."""
    if len(words) != 1 or len(words[0]) < 5 or not words[0].isalpha() or not words[0].isupper():
        return False
    start = text.rfind("\n", 0, s.start) + 1
    end = text.find("\n", s.end)
    if text[start : end if end != -1 else len(text)].strip(" \t:.!") != s.text.strip():
        return False
    ps = parses(words[0])
    return bool(ps) and all(from_dictionary(p) and p.tag.POS != "NOUN" for p in ps)


def _a_headline_clause(text: str, s, words: list[str]) -> bool:
    """A Kazakh clause of two words or more ending in its finite verb and closing a text of
    one short line (a headline): «Жамбыл облысында жол жабылды». The span's own words are
    read first: the text's are split only for a span ending in a verb (gate75: the whole
    text was split for every body span, 0.02 ms a text; the same answers)."""
    if len(words) < 2 or any(q in s.text for q in '«»"“”') or not _FINITE_VERB.search(words[-1]):
        return False
    return "\n" not in text.strip() and len(text.split()) <= _HEADLINE_WORDS and not text[s.end :].strip(" .!?")


_HEADLINE_WORDS = 20


def _a_route(name: str) -> bool:
    """Two or more places or posts joined by dashes («Атырау-Астрахань»): a road or a
    train's route between them, no body. Quoted names are left alone."""
    if any(q in name for q in '«»"“”'):
        return False
    parts = [p for p in _DASHES.split(name) if p]
    if len(parts) < 2:
        return False
    return _covered_by_places(name, parts)


def _covered_by_places(name: str, parts: list[str]) -> bool:
    """Every part a place of the knowledge base or a post of the gazetteer, as written
    or inflected (the knowledge base's matcher reads the endings)."""
    places = [(m.start, m.end) for m in kb.find(name) if m.form.row.type == "location"]
    pos = 0
    for part in parts:
        start = name.index(part, pos)
        end = start + len(part)
        pos = end
        inside = any(a <= start and end <= b + 1 for a, b in places)
        if not inside and part.lower() not in _post_names():
            return False
    return True


def post_names() -> frozenset[str]:
    """Every name and spelling of a post, Kazakh or foreign, in lower case (outpost_names reads it too)."""
    return _post_names()


@lru_cache(maxsize=1)
def _post_names() -> frozenset[str]:
    """Every name and spelling of a post, Kazakh or foreign, in lower case."""
    out: set[str] = set()
    for cp in [*gazetteer.all(), *gazetteer.foreign()]:
        for n in (cp.name_ru, cp.name_kk, *cp.names_latin, *cp.former_names, *cp.variants):
            if n:
                out.add(n.lower())
    return frozenset(out)
