"""Pass `kinds_not_bodies`: a name its kind noun calls a building, a venue, an event, an award,
a work or an information system is no body (issue 15, org68).

Why: precision. Counting what the pipeline printed as organizations on text nobody tuned it to
(factRu's worked half, org68's fresh sentences, made-up probes) showed the model reading as a
body whatever is capitalised or quoted where a body could stand, and three shapes of it that
the titles-of-works filter (filters._titles_a_work) does not reach:

- the kind noun opens the sentence, so it is capitalised: «Премия «Алтын Сапа» досталась …»,
  «Сервис «Mygov» начал …» (the filter reads only a kind in lower case, since mid-sentence a
  capital may open a body's own name);
- the kind is a building, a venue, a service or an event rather than a work: «в гостинице
  «Нурлы Жол»», «в зале "Оркестрион"», «Дворец Республики», «Успенский собор», «Французская
  революция» (lexicon/not_body_kinds.txt), or, in Kazakh, follows the quoted name: «"Алтын
  сапа" сыйлығы», «"Астана-1" ақпараттық жүйесі», «"Хазірет Сұлтан" мешіті»;
- the name is titled once and named again bare: «номинации «Производитель года»» and then
  «эксперты «Производителя года»», «альбом «Треугольник»» and then «из «Треугольника»». One
  text gives one name one sense, so every mention of a titled name is the title.

A name the knowledge base knows as a body, or one that carries a body's head noun
(«Комитет …», «… банк», a legal form; shaped_not_bodies._BODY_HEAD), stays: «приложение
Kaspi.kz» is the bank's. So does a quoted name in the genitive after a kind, which says whose
the thing is: «в системе «Казахтелекома»» (_nominative). An outlet's noun before a quote
(«газета», «портал») is not a kind here: the quoted name is the outlet (filters._OUTLET_NOUNS).
Not here either: a summit or a forum, whose quoted name is as often the group that meets
(«саммит «Большой восьмёрки»»; factRu's worked half lost a body to «саммит» when it was).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.passes.shaped_not_bodies import _BODY_HEAD
from store.lang import kb
from store.lang.normalize import from_dictionary, parses
from store.lang.wordlists import words

# Kinds whose quoted name after them is a title: works, events, documents (filters' list) and
# buildings, venues, services, awards, roads, events (this pass's list).
_PLACE_OR_THING_KINDS = words("not_body_kinds")
_TITLE_KINDS = words("work_nouns") | _PLACE_OR_THING_KINDS

# Kazakh kinds after a quoted name: «"Алтын сапа" сыйлығы», «"Кеден" ақпараттық жүйесі»,
# «"Шекара" мобильді қосымшасы», «"Нұрлы жол" мемлекеттік бағдарламасы». One modifier may stand
# between the quote and the kind.
# org91 added the modifiers «цифрлық», «автоматтандырылған», «бірыңғай», «интеллектуалды» («"Smart
# Port" цифрлық жүйесін») and the kinds a border page names after a quote: a service, a make, a
# hashtag, a campaign or an operation («"Мейірім" акциясы», «"Кеден-2026" шарасы»), a fair, a
# ferry, a train, a bridge, a corridor or a route («"Орта дәліз" бағыты»). Not a summit, whose
# quoted name is as often the group that meets, nor a terminal or a port, which are firms, nor a
# brand, which factRu's reference counts as its firm («бренд «Билайн»»).
_KAZAKH_KIND_AFTER = re.compile(
    r"[ \t]+(?:(?:ақпараттық(?:-құқықтық)?|мобильді|мемлекеттік|электрондық|халықаралық|цифрлық|"
    r"автоматтандырылған|бірыңғай|интеллектуалды)[ \t]+)?"
    r"(?:сыйлығ|жүйес|жүйе(?![\w])|қосымшас|бағдарламас|мешіт|қонақ[ \t]+үй|стадион|вокзал|сарай|"
    r"форум|көрмес|фестивал|байқау|жобас|стратегияс|тұжырымдамас|заң(?:ы|ын|ға|да)?(?![\w])|кодекс|орден|турнир|чемпионат|платформас|"
    r"сервис|маркас|хэштег|акциясы|акциясын|операциясы|операциясын|(?:іс-)?шарас|жәрмеңкес|паромы|паромын|"
    r"пойыз|поезы|поезын|көпір|дәліз|бағыты|бағытын|маршрут)",
    re.IGNORECASE,
)

# org91: up to three more quoted names listed before the Kazakh kind: «"Kaspi Travel" және "Aviata"
# сервистері», «"A", "B" мен "C" жүйелері»: the kind is every listed name's
_LISTED_QUOTES = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:мен|пен|бен|және|немесе)[ \t]+)[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]"
)


def _kazakh_kind_after(text: str, end: int) -> bool:
    """Is a Kazakh kind after the quote closing before `end`, or after the names listed with it?"""
    for _ in range(4):
        if _KAZAKH_KIND_AFTER.match(text, end):
            return True
        listed = _LISTED_QUOTES.match(text, end)
        if not listed:
            return False
        end = listed.end()
    return False


_OPENING_QUOTES = '«„“"'
_CLOSING_QUOTES = '»“”"'
_QUOTED = re.compile(r"[«„“\"]([^«»„“”\"\n]{1,80})[»“”\"]")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_STEM = 5


@lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, ...]:
    """A name by the first letters of each word, so that its cases meet («Производитель года»
    and «Производителя года», «Треугольник» and «Треугольника»)."""
    return tuple(w[:_STEM] for w in _WORD.findall(name.lower().replace("ё", "е")))


def kinds_not_bodies(text: str, spans: list, ctx) -> list:
    """The organization spans a kind noun calls a building, a venue, an event, an award, a work
    or a system (module doc), taken out. The text's quoted titles are read only when some span
    could be one (a name with no body's head noun): most texts name bodies by their heads."""
    names = {id(s): _bare(s.text) for s in spans if s.type == "organization"}
    if not any(_no_head(n) for n in names.values()):
        return spans
    titled, extents = _titled_names(text)
    return [s for s in spans if not (s.type == "organization" and _a_title(s, names[id(s)], titled, extents))]


def _a_title(s, name: str, titled: frozenset[tuple[str, ...]], extents: tuple[tuple[int, int], ...]) -> bool:
    return _not_a_body(name, titled) or _inside_a_title(s, name, extents)


def _inside_a_title(s, name: str, extents: tuple[tuple[int, int], ...]) -> bool:
    """A span that stops inside a titled quote («Нұрлы жол – Жібек» of «"Нұрлы жол – Жібек жолы"
    бағдарламасы»: the model cut the title at its last word) is part of the title, not a body
    (org91). Its key differs from the title's, so the test by key does not reach it."""
    return any(a <= s.start and s.end <= b for a, b in extents) and _no_head(name) and not _known_body(name)


def _bare(text: str) -> str:
    return " ".join(text.strip(_OPENING_QUOTES + _CLOSING_QUOTES + " ").split())


@lru_cache(maxsize=8192)
def _no_head(name: str) -> bool:
    """A name with no body's head noun or legal form: the only kind this pass may take out."""
    return bool(name) and not _BODY_HEAD.search(name)


def _not_a_body(name: str, titled: frozenset[tuple[str, ...]]) -> bool:
    if not _no_head(name) or not (name_key(name) in titled or _headed_by_a_kind(name)):
        return False
    return not _known_body(name)


def _titled_names(text: str) -> tuple[frozenset[tuple[str, ...]], tuple[tuple[int, int], ...]]:
    """The keys of every quoted name the text titles by a kind noun: Russian before the quote
    (in lower case, or capitalised where it opens a sentence), Kazakh after it; and where each
    such quote's words stand. One scan of the quotes: linear in the text."""
    out = set()
    extents = []
    titled_end = -1
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        listed = titled_end >= 0 and bool(_RUSSIAN_LISTED.fullmatch(text, titled_end, m.start()))
        titled_end = -1
        kind = "" if listed else _kind_before(text, m.start())
        if inner and (listed or _kazakh_kind_after(text, m.end()) or kind) and _nominative(inner):
            out.add(name_key(inner))
            extents.append(m.span(1))
            if listed or kind in _PLACE_OR_THING_KINDS:
                titled_end = m.end()
    return frozenset(out), tuple(extents)


# org93: what joins a quoted name listed after a titled one: «в системах «Веста» и «Аргус»», «в системе
# «ИСЖ» и «Меркурий»», «в реестрах «A» и «B»»: the Russian kind before the first is every listed name's,
# as the Kazakh kind after the last is (_LISTED_QUOTES). Before, only the first was titled. Only after
# a thing's kind (a system, a service, a building: not_body_kinds), not a work's or an award's: factRu's
# reference counts «Дизайн года» of «номинации «Производитель года» и «Дизайн года»» as a body (its jury).
_RUSSIAN_LISTED = re.compile(r"[ \t]*(?:,|и|или|а[ \t]+также)[ \t]*")


def _nominative(name: str) -> bool:
    """A title after its kind stands in the nominative whatever the kind's case («в гостинице
    «Нурлы Жол»»); a quoted name in the genitive after a kind is whose it is, a body's («в
    системе «Казахтелекома»», «турнир «Газпрома»»). Its first word decides: a dictionary word
    with no nominative reading, or a masculine noun's genitive in «-а»/«-я» (pymorphy2's guess
    for a name it does not know: «Казахконцерта» of «Казахконцерт»), is no title. A Latin or
    Kazakh word may be one (pymorphy2 guesses «Нурлы» a feminine genitive from its ending)."""
    first = _WORD.match(name)
    if first and len(first.group(0)) > 1 and first.group(0).isupper():
        return True  # letters do not decline (org93: «ИС ЭКСПОРТ» read as «Ис»'s plural genitive)
    ps = parses(first.group(0)) if first else []
    if not ps:
        return True
    if from_dictionary(ps[0]):
        return any("nomn" in p.tag for p in ps)
    top, word = ps[0], first.group(0).lower() if first else ""
    return not ("gent" in top.tag and "masc" in top.tag and word in (top.normal_form + "а", top.normal_form + "я"))


def _kind_before(text: str, quote: int) -> str:
    """The lemma of the word right before the quote at `quote` when it is a kind noun of _TITLE_KINDS, in lower case or
    opening its sentence («в зале "Оркестрион"», «Премия «Алтын Сапа»»), else "". Read backwards from the
    quote: a regular expression anchored at the lead's end was tried at each of its starts."""
    end = quote
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and end - start < 30 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    if not word or (not word.islower() and not (word[1:].islower() and _opens_sentence(text, start))):
        return ""
    lemma = _lemma(word.lower())
    return lemma if lemma in _TITLE_KINDS else ""


def _opens_sentence(text: str, start: int) -> bool:
    """Is only blank, a quote, a bracket or a dash between `start` and the text's start, a line
    break or a sentence's end?"""
    j = start
    while j > 0 and text[j - 1] in ' \t«"„“(—–-':
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


# org91: an information system's kind in letters before its name: «ИС «Астана-1»», «АИС «E-Transit»»,
# «ИАС «Е-Кезек»», Kazakh «АЖ «Кеден»» (ақпараттық жүйе); the model read the pair as a body.
_SYSTEM_LETTERS = frozenset({"ИС", "АИС", "ИАС", "ЕАИС", "ГИС", "АЖ", "ААЖ"})


@lru_cache(maxsize=8192)
def _headed_by_a_kind(name: str) -> bool:
    """«Гостиница «Казахстан»», «Дворец Республики», «Сервис «Mygov»»: a kind noun first; or
    «Успенский собор», «Французская революция»: adjectives, then the kind noun last."""
    ws = _WORD.findall(name)
    if len(ws) < 2:
        return False
    if ws[0] in _SYSTEM_LETTERS:
        return True
    if _lemma(ws[0].lower()) in _PLACE_OR_THING_KINDS:
        return True
    return _lemma(ws[-1].lower()) in _PLACE_OR_THING_KINDS and all(_adjective(w.lower()) for w in ws[:-1])


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    ps = parses(word)
    return ps[0].normal_form if ps else word


# a Russian adjective's ending in any case: «Успенский», «Французская», «мировой»
_ADJECTIVE_ENDING = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их)$")


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """An adjective by its ending or its first readings («Успенский» reads as a surname first)."""
    return bool(_ADJECTIVE_ENDING.search(word)) or any(p.tag.POS in ("ADJF", "PRTF") for p in parses(word)[:3])


@lru_cache(maxsize=4096)
def _known_body(name: str) -> bool:
    """Does the knowledge base know the whole name as a body («Морской порт Актау», «Kaspi.kz»)?"""
    return any(m.form.row.type == "organization" and m.end - m.start >= len(name) - 2 for m in kb.find(name))
