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
_KAZAKH_KIND_AFTER = re.compile(
    r"[ \t]+(?:(?:ақпараттық(?:-құқықтық)?|мобильді|мемлекеттік|электрондық|халықаралық)[ \t]+)?"
    r"(?:сыйлығ|жүйес|жүйе(?![\w])|қосымшас|бағдарламас|мешіт|қонақ[ \t]+үй|стадион|вокзал|сарай|"
    r"форум|көрмес|фестивал|байқау|жобас|стратегияс|тұжырымдамас|заң(?:ы|ын|ға|да)?(?![\w])|кодекс|орден|турнир|чемпионат|платформас)",
    re.IGNORECASE,
)

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
    headless = {name_key(n) for n in names.values() if _no_head(n)}
    if not headless:
        return spans
    titled = _titled_names(text, headless)
    return [s for s in spans if not (s.type == "organization" and _not_a_body(names[id(s)], titled))]


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


def _titled_names(text: str, wanted: set[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """The keys of every quoted name the text titles by a kind noun: Russian before the quote
    (in lower case, or capitalised where it opens a sentence), Kazakh after it. One scan of the
    quotes: linear in the text. Only the keys of `wanted` (the spans' names with no body's head,
    the only ones _not_a_body looks up) are read for a kind: the rest could change no answer
    (gate75: reading the kind at every quote was most of this scan's time)."""
    out = set()
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        if not inner or name_key(inner) not in wanted:
            continue
        if (_KAZAKH_KIND_AFTER.match(text, m.end()) or _kind_before(text, m.start())) and _nominative(inner):
            out.add(name_key(inner))
    return frozenset(out)


def _nominative(name: str) -> bool:
    """A title after its kind stands in the nominative whatever the kind's case («в гостинице
    «Нурлы Жол»»); a quoted name in the genitive after a kind is whose it is, a body's («в
    системе «Казахтелекома»», «турнир «Газпрома»»). Its first word decides: a dictionary word
    with no nominative reading, or a masculine noun's genitive in «-а»/«-я» (pymorphy2's guess
    for a name it does not know: «Казахконцерта» of «Казахконцерт»), is no title. A Latin or
    Kazakh word may be one (pymorphy2 guesses «Нурлы» a feminine genitive from its ending)."""
    first = _WORD.match(name)
    ps = parses(first.group(0)) if first else []
    if not ps:
        return True
    if from_dictionary(ps[0]):
        return any("nomn" in p.tag for p in ps)
    top, word = ps[0], first.group(0).lower() if first else ""
    return not ("gent" in top.tag and "masc" in top.tag and word in (top.normal_form + "а", top.normal_form + "я"))


def _kind_before(text: str, quote: int) -> bool:
    """Is the word right before the quote at `quote` a kind noun of _TITLE_KINDS, in lower case or
    opening its sentence? («в зале "Оркестрион"», «Премия «Алтын Сапа»») Read backwards from the
    quote: a regular expression anchored at the lead's end was tried at each of its starts."""
    end = quote
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and end - start < 30 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    if not word or (not word.islower() and not (word[1:].islower() and _opens_sentence(text, start))):
        return False
    return _lemma(word.lower()) in _TITLE_KINDS


def _opens_sentence(text: str, start: int) -> bool:
    """Is only blank, a quote, a bracket or a dash between `start` and the text's start, a line
    break or a sentence's end?"""
    j = start
    while j > 0 and text[j - 1] in ' \t«"„“(—–-':
        j -= 1
    return j == 0 or text[j - 1] in ".!?\n"


@lru_cache(maxsize=8192)
def _headed_by_a_kind(name: str) -> bool:
    """«Гостиница «Казахстан»», «Дворец Республики», «Сервис «Mygov»»: a kind noun first; or
    «Успенский собор», «Французская революция»: adjectives, then the kind noun last."""
    ws = _WORD.findall(name)
    if len(ws) < 2:
        return False
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
