"""Queries that name something and say what about it: «нур жолы очередь», «Altynkol railway».

A whole query of a name and topic words matches no alias well, and its words as FTS
lemmas find articles but never the entity. So the query is split: the longest run of
words that matches an alias well is the name, the rest are topic words. The entity
comes first, then its articles (those with a mention of it) ranked by the topic words
(FTS over lemmas restricted to those articles), the snippet showing the topic words.

The other spellings a query's article search also looks for are store.search.name_spellings'.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from rapidfuzz import fuzz

from store.db import search_reads as reads
from store.lang import kb, names
from store.lang.fts_terms import all_words, index_phrases, phrase_term, query_options, word_term
from store.lang.lemmas import words as words_of
from store.lang.topic_translations import phrase_at
from store.search.articles import RANK_BUDGET, by_content, own_ranked_as_topic
from store.search.function_words import is_function_word, trimmed
from store.search.memo import Memo, store_state
from store.search.role_words import is_post_word
from store.search.search_kb import kb_index, kind_group
from store.search.topic_words import is_unheld_latin_word, ordinary_word, topic_flags

SPAN_MIN_SCORE = 88.0  # a run of words names something when an alias matches it this well
SPLIT_BELOW = 90.0  # a whole query matching this well is a name: no split
SPAN_TIE = 3.0  # entities this close to the span's best come along
MAX_SPAN_ENTITIES = 3
MAX_WORDS = 6  # longer queries are read as text, not as a name with topics
MAX_FOCUS_ARTICLES = 5000
# topic matches scored per query among a named entity's articles (bm25 costs ~2.3 µs a match
# and lemma; this runs at every keystroke of «name topic»): the newest FOCUS_BUDGET / lemmas
FOCUS_BUDGET = 2_000


@dataclass
class Focus:
    """A query read as a name (span) and topic words (rest)."""

    span: str
    rest: list[str]
    entities: list[dict] = field(default_factory=list)


def split_query(query: str, find_entities, topic: list[bool] | None = None) -> Focus | None:
    """The longest run of words whose best entity scores >= SPAN_MIN_SCORE, with those
    entities; None for one word or when no run names anything. Of runs as long (see
    _run_rank): the leftmost with a word that is no ordinary Russian word, a name
    («Ержанов Минфин», «Kosak Pavlodar»: the user names what they are after first);
    failing that, the best-matching run of ordinary words: in «дороги Уральск»
    «дороги» scores 92 as a word of «Китайские железные дороги», but «Уральск» is a
    name, and in «дороги Курган» the mound's word matches a whole name (100).
    `find_entities(text)` returns entity results best first. `topic`: which words are
    topic words (store.search.topic_words); a run holding one is not looked up."""
    words = query.split()
    if len(words) > MAX_WORDS and not any(topic or ()):
        return None  # a long name typed whole («Пограничные войска Службы … Узбекистан») is text, not a name + topics
    topic = topic or [False] * len(words)
    if len(words) < 2 or _candidate_words(words, topic) > MAX_WORDS:
        return None
    seen: dict[str, list[dict]] = {}
    # first a run with a word that can name something; then any run: «temirbaba
    # turkmenistan border» is the post and two topic words, though «turkmenistan border»
    # alone matches the Turkmen border service
    for naming_only in (True, False):
        for n in range(min(len(words), MAX_WORDS) - 1, 0, -1):
            best: tuple | None = None
            for start in range(len(words) - n + 1):
                if best and best[0][0]:
                    break  # a run holding a name ranks by its start alone: no later one beats it (_run_rank)
                run = words[start : start + n]
                span = " ".join(run)
                if not _worth_matching(span) or not any(map(can_name, run)) and (naming_only or _only_kind_words(run)):
                    continue
                if any(topic[start : start + n]) or trimmed(run) != run:
                    continue  # a name begins and ends with no function word («с Китаем»)
                if span not in seen:
                    seen[span] = find_entities(span)
                chosen = span_entities(seen[span], span if _letters(span) < 3 else "")
                if chosen and _border_words_lose(run, chosen[0]["score"], seen, find_entities):
                    continue
                rank = _run_rank(run, chosen[0], start) if chosen else None
                if rank and (best is None or rank > best[0]):
                    best = (rank, Focus(span, words[:start] + words[start + n :], chosen))
            if best:
                focus = _name_left_over(words, best[1], topic, seen, find_entities) or best[1]
                focus = _with_first_word(focus, seen, find_entities)
                return _with_person_beside(focus, words, len(focus.span.split()), seen, find_entities)
    return None


def _with_person_beside(focus: Focus, words: list[str], n: int, seen: dict, find_entities) -> Focus:
    """The focus with the person a word outside its run names by the surname, or the post
    it names whole (_named_post), added after its own entities: in «глава Росгранстроя
    Безлобенко» the body's word comes first and wins (the first name typed, _run_rank),
    yet the surname after it is what the user is after as likely: both are shown, as
    _with_first_word does. A post the word names whole goes before a run that names its
    entities only partly (under EXACT_SCORE): in «темір жол Алтынкөл» the run «темір
    жол» is two words of the railway bodies' names (96), the post's name is whole. Only words
    the morphology does not know as ordinary ones (a surname, a name) are looked up,
    PERSON_LOOKUPS at most, and not one that no person or post can score
    SPAN_MIN_SCORE for (the lookup's `may_score`, when it has one: «rail» typed after
    «khorgos» names only a railway body well, and its whole lookup was 2.5–5 ms of
    the key)."""
    if focus.entities[0].get("type") == "person":
        return focus
    start, end = _span_at(words, focus.span, n)
    outside = [w for i, w in enumerate(words) if not start <= i < end]
    outside += _unmatched_in_run(words[start:end], str(focus.entities[0].get("matched") or ""))
    candidates = [w for w in outside if can_name(w) and not ordinary_word(w) and _letters(w) >= 3]
    have = {e["id"] for e in focus.entities}
    may_score = getattr(find_entities, "may_score", None)
    for word in candidates[:PERSON_LOOKUPS]:
        if word not in seen and may_score is not None and not may_score(word, _BESIDE_TYPES, SPAN_MIN_SCORE):
            continue  # no person or post can be its best entity at SPAN_MIN_SCORE: looked up, it adds none
        if word not in seen:
            seen[word] = find_entities(word)
        hit = next(iter(span_entities(seen[word])), None)
        surname = hit is not None and hit.get("type") == "person" and _by_surname(word, hit)
        if hit and hit["id"] not in have and (surname or _named_post(hit)):
            if _named_post(hit) and focus.entities[0]["score"] < EXACT_SCORE:
                return Focus(focus.span, focus.rest, [hit] + focus.entities)  # a post named whole, a run named partly
            return Focus(focus.span, focus.rest, focus.entities + [hit])
    return focus


def _unmatched_in_run(run: list[str], matched: str) -> list[str]:
    """The run's words after its first that no word of the alias it matched resembles
    (ratio under 85): in «глава КГД Айжанов» the run «КГД Айжанов» names the revenue
    committee (91: the abbreviation whole, a word more), and the surname in it, which the
    committee's name does not hold, is looked up as a word beside the run is."""
    held = names.fold(matched).split()
    out = []
    for word in run[1:]:
        folded = names.fold(word)
        if folded and not any(fuzz.ratio(folded, h) >= 85 for h in held):
            out.append(word)
    return out


def whole_name_first(query: str, focus: Focus | None, whole: dict | None) -> Focus | None:
    """The split's focus with the whole text's best entity first when that entity's
    matched name holds every word of the query (each begins or resembles a word of it)
    and the split's run leaves a word out: «DGD Zhambyl» split into «DGD», naming the
    Kazakh abbreviation МКД whole (100), and the topic word «Zhambyl», while «ДГД по
    Жамбылской области» (84), holding both words, is the body the user named. Only when
    the words the run left are names themselves: in «аким Караганда» the run is the
    city and «аким» a topic word, though «Акимат Карагандинской области» holds both."""
    if focus is None or not focus.entities or whole is None or whole["id"] in {e["id"] for e in focus.entities}:
        return focus
    typed = names.fold(query).split()
    if len(focus.span.split()) >= len(typed) or whole["score"] < MIN_WHOLE_SCORE:
        return focus
    if not all(can_name(w) and not ordinary_word(w) and not is_post_word(w) for w in focus.rest):
        return focus  # «аким Караганда»: the rest is a role or topic word, the run the name meant
    held = names.fold(str(whole.get("matched") or "")).split()
    if not all(any(_word_held(t, h) for h in held) for t in typed):
        return focus
    return Focus(focus.span, focus.rest, [whole] + focus.entities)


MIN_WHOLE_SCORE = 75.0  # a whole-text match this strong is a name, not a look-alike


def _word_held(typed: str, word: str) -> bool:
    return fuzz.ratio(typed, word) >= 85 or (len(typed) >= 4 and word.startswith(typed))


def _named_post(hit: dict) -> bool:
    """A post the word names whole: in «трасса Алматы – Хоргос» the city comes first and
    wins the run, yet the post at the road's end is what a user of border news is after
    as likely (the same lookup as a surname's, no more)."""
    return hit.get("type") == "checkpoint" and hit["score"] >= EXACT_SCORE


PERSON_LOOKUPS = 2  # words outside the name's run looked up for a surname (~1.5 ms each at a million aliases)
_BESIDE_TYPES = ("person", "checkpoint")  # what a word beside the name is looked up for (a surname, a post's name)


def warm_beside(index) -> None:
    """Build, on the store's alias index and the knowledge base's, the tables that let
    the `may_score` of a word beside a name skip the swapped-letters pass no key can reach
    (AliasIndex.warm_whole_words): the explorer's warm-up calls it, not a key."""
    for each in (index, kb_index()[0]):
        each.warm_whole_words(_BESIDE_TYPES)


def _span_at(words: list[str], span: str, n: int) -> tuple[int, int]:
    """Where the span's words are in the query (start, end); (0, 0) when not a run of n."""
    for start in range(len(words) - n + 1):
        if " ".join(words[start : start + n]) == span:
            return start, start + n
    return 0, 0


def _candidate_words(words: list[str], topic: list[bool]) -> int:
    """How many words can carry a name (can_name: no function, kind or border word, no
    country) and are no topic words. A query written as a user speaks («ремонт дороги у
    пункта пропуска Бугристое в июле», «trucks waiting at Nur Zholy checkpoint on the
    China border») is longer than MAX_WORDS with such words, yet holds no more words a
    name can be read from than a short one."""
    return sum(1 for w, t in zip(words, topic, strict=False) if not t and can_name(w))


def _with_first_word(focus: Focus, seen: dict, find_entities) -> Focus:
    """The focus with what its run's first word names exactly added after the run's own
    entities: in «Хоргос таможня очередь» the run «Хоргос таможня» names the Chinese
    customs house (88) and the post «Хоргос», the first word exactly (100), was in no
    result; in «khorgos customs post queue» the run names the customs house exactly and
    the post was missing as well. The user typed that name first; which of the two
    readings they meant is not known, so both are shown, the run's first. Not when
    the rest of the run is kind words: «Алматы облысы» is the region, not the city."""
    run = focus.span.split()
    first = run[0]
    if len(run) < 2 or not can_name(first) or not _worth_matching(first) or _letters(first) < 3:
        return focus
    if all(kind_group(w) for w in run[1:]):  # «Алматы облысы»: a place of that kind, not the city
        return focus
    if focus.entities[0].get("type") in _NOT_SHADOWING:  # «nur zholy грузовик»: the post is named
        return focus
    if first not in seen:
        seen[first] = find_entities(first)
    have = {e["id"] for e in focus.entities}
    exact = [e for e in span_entities(seen[first]) if e["score"] >= EXACT_SCORE and e["id"] not in have]
    if not exact:
        return focus
    return Focus(focus.span, focus.rest, focus.entities + exact)


EXACT_SCORE = 100.0  # the first word of a run is a whole alias
# a run naming a post or a person names what its first word would (a post's, a
# person's own words); a body's or a place's run can hide it («Хоргосская таможня»),
# so only those cost the first word's lookup (~1.5 ms at a million aliases)
_NOT_SHADOWING = frozenset({"checkpoint", "person"})


def _name_left_over(words: list[str], focus: Focus, topic: list[bool], seen: dict, find_entities) -> Focus | None:
    """The query's other name, when the longest run is not the one the user is after:
    in «Озинки Саратовская область» the region's two words outlast the post's one, and
    in «Сауранбаев министр транспорта» a ministry's two; the words left before the run,
    holding a name (a word the morphology does not know as an ordinary one) and naming
    something themselves, are the name, as the first of two names is elsewhere
    (_run_rank). The words after the run are taken so only when the run holds no
    name («министр транспорта Сауранбаев»; a person's surname is a name, _run_rank).
    None when no such words name anything."""
    n = len(focus.span.split())
    start = next(i for i in range(len(words) - n + 1) if " ".join(words[i : i + n]) == focus.span)
    run_names = not all(map(ordinary_word, words[start : start + n])) or focus.entities[0].get("type") == "person"
    sides = [(0, start)] + ([] if run_names else [(start + n, len(words))])
    for lo, hi in sides:
        rest = words[lo:hi]
        if not rest or any(topic[lo:hi]) or not any(map(can_name, rest)) or all(map(_settlement_word, rest)):
            continue  # «Сырым ауылы»: a word for a village says what the name is, it names no other thing
        span = " ".join(rest)
        if not _worth_matching(span):
            continue
        ordinary = all(map(ordinary_word, rest))
        if ordinary and len(rest) > 1:
            continue
        if span not in seen:
            seen[span] = find_entities(span)
        chosen = span_entities(seen[span], span if _letters(span) < 3 else "")
        # words the morphology knows name only a person they are the surname of
        # («Токаев ЕАЭС саммит»: «Токаев» read as «токай»)
        if chosen and (not ordinary or (chosen[0].get("type") == "person" and _by_surname(span, chosen[0]))):
            return Focus(span, words[:lo] + words[hi:], chosen)
    return None


# kinds of places and the entity types they name: a name before one of them
# («Жайсаң бекетінен», «Бахты станциясы») names a place of that type; a body's kind
# word («Комитет …») is part of its name
_PLACE_KINDS = {
    "checkpoint": ("checkpoint",),
    "station": ("checkpoint", "location"),
    "region": ("location",),
    "district": ("location",),
}


def place_kind_types(query: str) -> tuple[str, ...]:
    """The entity types the query's last word names as a kind of place, inflected too
    («бекетінен» → checkpoint); () when it is no such word."""
    words = query.split()
    group = kind_group(words[-1]) if len(words) >= 2 else None
    return _PLACE_KINDS.get(group[0], ()) if group else ()


def split_named_kind(query: str, find_entities, whole: dict) -> Focus | None:
    """The split of «name + kind words» when the whole text's best entity (`whole`) is
    of another type than the kind names and the name alone names one of that type
    better: «Жайсаң бекетінен» (from the Zhaisan post) matched an article's phrase
    stored as a body, «Жайсаң бекетінен облыс орталығы», at 94 (a query that begins a
    long alias scores so), while «Жайсаң» names the post at 100. «Кеген ауданынан»
    stays the district its whole text matched, not the post «Кеген» names. None when
    a word left is no kind word or the name does no better."""
    types = place_kind_types(query)
    if not types or whole.get("type") in types:
        return None
    focus = split_query(query, find_entities)
    if focus is None or not focus.entities or not all(kind_group(w) for w in focus.rest):
        return None
    best = focus.entities[0]
    return focus if best.get("type") in types and best["score"] > whole["score"] else None


def split_named_better(query: str, find_entities, whole: list[dict]) -> Focus | None:
    """The split of a query whose whole text matched well (SPLIT_BELOW or more, under
    an exact name) when a run of it names a person better still: «Маликов КГД» matched
    the revenue committee's long name at 90 (КГД written out, the surname a word
    more), and the person the surname names at 94 came after the committee's other
    spellings (67), or not on the page at all. Only a person named so: a body's run («ҰҚК» of «ҰҚК Шекара қызметінің»,
    «Border Service» of «Border Service of Kazakhstan») scores over the whole text's
    inflected or translated long name, which is still the better reading."""
    if whole[0].get("type") == "person":
        return None  # the whole text names a person already («Нурланом Абеновым»): its runs are not looked up
    focus = split_query(query, find_entities)
    if focus is None or not focus.entities:
        return None
    best = focus.entities[0]
    if best.get("type") != "person" or best["score"] <= whole[0]["score"] or not _by_surname(focus.span, best):
        return None
    return focus


def named_beside_settlement(query: str, find_entities, whole: dict) -> Focus | None:
    """The split of a place's or post's name beside a word for a village («Сырым ауылы»,
    «ауыл Сырым»), when the whole text matched only that word as a name: «Ауыл» and
    «Аул» are posts on the Russian border, and «ауылы» matched them at 97 while the
    village's name, our post Сырым, was not on the page."""
    words = query.split()
    if len(words) < 2 or not _settlement_word(str(whole.get("name") or "")):
        return None
    if not any(map(_settlement_word, words)):
        return None
    focus = split_query(query, find_entities)
    if focus is None or not focus.entities or all(map(_settlement_word, focus.span.split())):
        return None
    return focus


def named_among_context(query: str, find_entities, whole: dict) -> Focus | None:
    """The split of a post's or a person's name among words that only say where: the
    countries and the border («Kazakhstan Khorgos», «Khorgos Kazakhstan China»,
    «Kazakhstan-China border Khorgos», «Хоргос checkpoint Kazakhstan»). The whole text matched a body's long English
    name holding those words and the post's («China-Kazakhstan Khorgos International
    Border Cooperation Center», 91–95) over SPLIT_BELOW, so it was never split, and the
    post it names was in no result. When every word that can carry a name (can_name)
    stands in one run and that run names a post or a person better than the whole text
    did, the run is the name and the other words are topic words. `whole`: the whole
    text's best entity."""
    words = query.replace("-", " ").split()
    naming = [i for i, w in enumerate(words) if can_name(w)]
    if len(words) < 2 or not naming or len(naming) == len(words) or len(words) > MAX_WORDS:
        return None
    lo, hi = naming[0], naming[-1] + 1
    if hi - lo != len(naming):
        return None  # two names apart: the split of split_query's kind, not this one
    if any(_kind_of_another(w) for w in words[:lo] + words[hi:]):
        return None  # «Кеген ауданынан» is the district, not the post «Кеген» names
    span = " ".join(words[lo:hi])
    if not _worth_matching(span):
        return None
    chosen = span_entities(find_entities(span), span if _letters(span) < 3 else "")
    if not chosen or chosen[0].get("type") not in _NAMED_AMONG_CONTEXT or chosen[0]["score"] <= whole["score"]:
        return None
    return Focus(span, words[:lo] + words[hi:], chosen)


_NAMED_AMONG_CONTEXT = frozenset({"checkpoint", "person"})


def _kind_of_another(word: str) -> bool:
    """Is the word a kind of place other than a post («ауданы», «region»)? It says which
    of the namesakes is meant; a post's own kind word («checkpoint», «станция») does not
    take the name from the post."""
    group = kind_group(word)
    return group is not None and group[0] not in ("checkpoint", "station")


def person_beside_whole(query: str, find_entities, whole: list[dict]) -> Focus | None:
    """The body and the person of «КГД Айжанов»: a body's abbreviation and a surname,
    no role word. The whole text matched the revenue committee at 91 (the abbreviation
    whole, a word more), over SPLIT_BELOW, so it was never split and the person came
    only as a look-alike of the whole text (82), under any stronger match a large store
    holds. A query word the whole text's matched name does not hold, that the
    morphology does not know as an ordinary word and that names a person by the
    surname, is that person: the body first (the first reading), the person at once
    after, and the articles naming both first (every query word is a topic word, so
    a page with the body's word and the surname ranks over one with either). Only the
    first PERSON_LOOKUPS such words are looked up, and not one no person can score
    SPAN_MIN_SCORE for (the lookup's `may_score`). None when no word names a person so."""
    best = whole[0]
    words = query.split()
    if best.get("type") == "person" or best["score"] >= EXACT_SCORE or not 2 <= len(words) <= MAX_WORDS:
        return None
    held = names.fold(str(best.get("matched") or "")).split()
    loose = [w for w in words if not any(fuzz.ratio(names.fold(w), h) >= 85 for h in held)]
    candidates = [w for w in loose if can_name(w) and not ordinary_word(w) and _letters(w) >= 3]
    may_score = getattr(find_entities, "may_score", None)
    for word in candidates[:PERSON_LOOKUPS]:
        if may_score is not None and not may_score(word, ("person",), SPAN_MIN_SCORE):
            continue
        hit = next(iter(span_entities(find_entities(word))), None)
        if hit and hit.get("type") == "person" and hit["id"] != best["id"] and _by_surname(word, hit):
            return Focus(" ".join(w for w in words if w != word), words, [best, hit])
    return None


def body_beside_person(query: str, find_entities, whole: list[dict]) -> Focus | None:
    """The person and the body of «ДГД Марат Сейткалиев»: a first name and a surname
    beside a body's abbreviation, no role word. The whole text matched the person (90,
    two words of three; 100 with the name first, its alias begun), and no split was
    tried, so the body was in no result and the pages where the two meet did not lead.
    The query's words the matched name does not hold (BODY_WORDS at most, no ordinary
    word: «Оспанов таможня» is a topic), read together, naming a body or a post at
    SPAN_MIN_SCORE (the lookup's `may_score` first) make a focus of the person (the
    first reading) and those entities; every query word is a topic word, as in
    person_beside_whole. None otherwise."""
    best = whole[0]
    words = query.split()
    if best.get("type") != "person" or not 2 <= len(words) <= MAX_WORDS:
        return None
    held = names.fold(str(best.get("matched") or "")).split()
    loose = [w for w in words if not any(fuzz.ratio(names.fold(w), h) >= 85 for h in held)]
    if not 1 <= len(loose) <= BODY_WORDS or not all(can_name(w) and not ordinary_word(w) for w in loose):
        return None
    span = " ".join(loose)
    may_score = getattr(find_entities, "may_score", None)
    if _letters(span) < 2 or (may_score is not None and not may_score(span, _BODY_TYPES, SPAN_MIN_SCORE)):
        return None
    hits = [e for e in span_entities(find_entities(span), span if _letters(span) < 3 else "") if e["id"] != best["id"]]
    if not hits or hits[0].get("type") not in _BODY_TYPES:
        return None
    bodies = [e for e in hits if e.get("type") in _BODY_TYPES]
    return Focus(" ".join(w for w in words if w not in loose), words, [best, *bodies])


BODY_WORDS = 2  # «ДГД», «ПС КНБ»: a body's abbreviation beside a person's full name
_BODY_TYPES = ("organization", "checkpoint")


def person_in_name(focus: Focus | None, find_entities) -> Focus | None:
    """A split whose name run of several words names a body or place, read again for a
    surname in it that names a person better (split_named_better): in «Маликов КГД
    проверка» the run «Маликов КГД» matched the revenue committee's long name (90),
    as the whole of «Маликов КГД» does. The person's run is the name, the rest of the
    run joins the topic words. `focus` itself otherwise."""
    if focus is None or not focus.entities or len(focus.span.split()) < 2:
        return focus
    best = focus.entities[0]
    if best.get("type") == "person" or best["score"] >= EXACT_SCORE:
        return focus
    inner = split_named_better(focus.span, find_entities, focus.entities)
    return Focus(inner.span, inner.rest + focus.rest, inner.entities) if inner else focus


EXACT_SCORE = 100.0  # a run that is an alias letter for letter is not read again


def _by_surname(span: str, person: dict) -> bool:
    """Does the run name the person by the surname (the last word of the name), not
    by a first name? «Ūlan» of «Ūlan audanu» (a district, mistyped) is
    the first name of «Улан Абиков», no reading of the district's name."""
    words = names.fold(person.get("name", "")).split()
    typed = names.fold(span).split()
    if len(words) < 2:
        return False  # a one-word «person» («Азаттык», a radio's name read so) names no one by a surname
    if not typed:
        return True
    return fuzz.ratio(typed[-1], words[-1]) >= fuzz.ratio(typed[-1], words[0])


def named_by_adjective(query: str, find_entities, whole: dict | None) -> Focus | None:
    """«Osh region», «Ош облысы», «Talas oblast»: a name and a word for a kind of place,
    where the store names the place by an adjective made of the name and its own kind
    word («Ошская область»). The name alone begins that entity's name (85, a word it
    begins), under the span score, so no split finds it, and the whole text matches a
    region with a name alike and the same kind word better («Шу облысы», 90). The
    entity of the kind's type whose name begins with the name and holds a word of the
    query's kind group is the place meant; None when the whole text's best begins so
    itself (then it is that place) or no entity does."""
    words = query.split()
    types = place_kind_types(query)
    group = kind_group(words[-1]) if types else None
    name = words[:-1]
    if not group or group[0] not in _ADJECTIVE_KINDS or not 1 <= len(name) <= 2 or not all(map(can_name, name)):
        return None
    key = names.fold(" ".join(name))
    stem = _adjective_stem(key)
    if len(stem.replace(" ", "")) < _MIN_ADJECTIVE_STEM or (whole and _begins(whole, stem, group)):
        return None
    # the stem is looked up as typed: «almal» begins «Алмалинская», «almala» does not
    found = find_entities(" ".join(name)) + (find_entities(stem) if stem != key else [])
    hits = [h for h in found if h.get("type") in types and _begins(h, stem, group)]
    return Focus(" ".join(name), words[-1:], hits[:1]) if hits else None


_ADJECTIVE_KINDS = ("region", "district")  # kinds a Russian name puts after an adjective («Ошская область»)
_MIN_ADJECTIVE_STEM = 3  # «Ош»: two letters begin too many names


def _adjective_stem(key: str) -> str:
    """The part of a folded name its Russian adjective begins with: a last vowel gives
    way to the suffix («almaty» → «almat» of «Алматинская», «kyzylorda» → «kyzylord»)."""
    return key[:-1] if key[-1:] in "aeiouy" and len(key) > _MIN_ADJECTIVE_STEM else key


def _begins(hit: dict, stem: str, group: tuple[str, ...]) -> bool:
    """Does the entity's name begin with the folded `stem` and hold a word of `group`?"""
    name = hit.get("name", "")
    return names.fold(name).startswith(stem) and any(kind_group(w) == group for w in name.split()[1:])


def _run_rank(run: list[str], best: dict, start: int) -> tuple:
    """How a run that names something compares with others as long (higher first):
    runs holding a name (a word the morphology does not know as an ordinary word, or
    a run whose best entity is a person) leftmost first; runs of ordinary words only
    by their best score (`best`: the run's best entity), then leftmost. A surname the
    morphology reads as an ordinary word («Токаев» as the genitive plural of «токай»,
    «Маликов» of «малик») still names the person it matches: in «Токаев Жапаров» the
    first name typed wins, as in «Жапаров Токаев»."""
    if all(_settlement_word(w) for w in run) and best["score"] < EXACT_SCORE:
        return (False, -1.0, -start)  # «Сырым ауылы»: the village's name, not the word for a village
    naming = not all(map(ordinary_word, run)) or best.get("type") == "person"
    return (naming, 0.0 if naming else best["score"], -start)


# words for a village or settlement (Kazakh in its possessive and case forms, Russian, English):
# beside a name they say what the name is («Сырым ауылы», «село Казталовка»), though «Ауыл» and
# «Аул» are posts' names too and match the word better than an ordinary word's run matches its own
_SETTLEMENT = re.compile(r"^(?:ауыл\w*|аул[аеуы]?|сел[оаеу]|селосы\w*|поселок|поселка|поселке|кент|кенті\w*|village)$")


def _settlement_word(word: str) -> bool:
    return bool(_SETTLEMENT.match(word.lower().replace("ё", "е").strip("«»\"'.,()")))


def _only_kind_words(run: list[str]) -> bool:
    """A run of kind words only («region», «облысы», «ауданы»): it names a kind of place,
    not one place, though it matches the word in every region's name (94): in «Osh
    region» the split took «region» for the name and Akmola region came first."""
    return all(kind_group(w) for w in run)


def span_entities(hits: list[dict], short: str = "") -> list[dict]:
    """The entities a run of words names, from its hits best first: the best when it
    scores >= SPAN_MIN_SCORE, and those within SPAN_TIE of it (MAX_SPAN_ENTITIES at most).
    `short`: a run of two letters, which names only what is spelt so, letter for letter
    in its own script («Шу»): its fold is shared by too much («ща», «of» on Russian keys,
    folds as «США» does)."""
    if short:
        hits = [h for h in hits if _spelt(h.get("matched", "")) == _spelt(short)]
    if not hits or hits[0]["score"] < SPAN_MIN_SCORE:
        return []
    floor = max(SPAN_MIN_SCORE, hits[0]["score"] - SPAN_TIE)
    return [h for h in hits if h["score"] >= floor][:MAX_SPAN_ENTITIES]


def _spelt(text: str) -> str:
    return text.strip().lower().replace("ё", "е")


def split_before_search(query: str, find_entities, index) -> Focus | None:
    """The split of a query of a name and topic words only, found before (and instead
    of) the whole text's alias search: a run of the other words names something well,
    and every word left is a topic word (store.search.topic_words), so the whole text
    matches no alias well and is not scored. None otherwise (the caller searches the
    whole text first, as for any query)."""
    words = query.split()
    if not 2 <= len(words) <= MAX_WORDS:
        return None  # a longer one may be a body's long name: its whole text is searched first
    topic = topic_flags(words, index)
    flags = [t for w, t in zip(words, topic, strict=False) if not is_function_word(w)]
    if all(flags) or not any(flags):
        return None
    focus = split_query(query, find_entities, topic)
    if focus is None or sum(not is_function_word(w) for w in focus.rest) != sum(flags):
        return None  # the name's run left a word that is neither a topic word nor a function word
    return focus


def long_query_topics(query: str, index) -> list[bool] | None:
    """The topic flags of a query longer than MAX_WORDS, for split_query to leave its topic
    words out of the runs it looks up (a shorter query is split as before, without them).
    A Latin word no alias holds counts as a topic word here («trucks waiting at …»)."""
    words = query.split()
    if len(words) <= MAX_WORDS:
        return None
    return [t or is_unheld_latin_word(w, index) for w, t in zip(words, topic_flags(words, index), strict=False)]


# words that say where or what kind, never whose: with a country they still match a body
# («turkmenistan border» → the Turkmen border service) but name nothing the user typed
_CONTEXT_WORDS = frozenset(
    "border borders frontier граница границе границы границу шекара шекарасы шекарада crossing post".split()
)


def _border_words_lose(run: list[str], score: float, seen: dict, find_entities) -> bool:
    """Does a run with border words at its ends («Khorgos border») name something only
    less well than its other words do alone («Khorgos»: the post at 100)? Then the
    border words belong to the topic, not to the name: a body's long name holding both
    words («… Khorgos International Border Cooperation Center», 91) is a worse reading
    of «Khorgos border crossing» than the post. A country stays with its border word
    («turkmenistan border» → the Turkmen border service): a country names no run."""
    lo, hi = 0, len(run)
    while lo < hi and run[lo].lower() in _CONTEXT_WORDS:
        lo += 1
    while hi > lo and run[hi - 1].lower() in _CONTEXT_WORDS:
        hi -= 1
    core = run[lo:hi]
    if len(core) == len(run) or not core or not any(map(can_name, core)):
        return False
    span = " ".join(core)
    if span not in seen:
        seen[span] = find_entities(span)
    better = span_entities(seen[span], span if _letters(span) < 3 else "")
    return bool(better) and better[0]["score"] > score


def can_name(word: str) -> bool:
    """Can this word carry a name? Not a border or kind word, not a country's name."""
    low = word.lower()
    if low in _CONTEXT_WORDS or kind_group(low) or is_function_word(low):
        return False
    return not any(m.form.row.kind == "country" for m in kb.find(word[:1].upper() + word[1:]))


def _worth_matching(span: str) -> bool:
    """A run worth looking up: at least 2 letters (not a figure, not «32»). A run of
    two («Шу», a town) names something only when an alias is spelt so (span_entities)."""
    return _letters(span) >= 2


def _letters(span: str) -> int:
    return sum(ch.isalpha() for ch in span)


def topic_expression(words: list[str]) -> tuple[str, list[str]]:
    """An FTS5 expression matching any topic word (its lemma, or any word of its kind
    group in three languages: «railway» also finds «железная дорога»), and the lemmas
    for the snippet. Words that are a topic phrase («таможенное оформление») are one
    part, the phrase's translations as phrases (store.lang.topic_translations)."""
    parts: list[str] = []
    lemmas: list[str] = []
    options = [query_options(w) for w in words]
    i = 0
    while i < len(words):
        n, phrases = phrase_at(options, i) if len(words) > 1 else (0, [])
        if n:
            parts.append(" OR ".join(phrase_term(f) for f in phrases))
            lemmas.extend(word_term(w)[0] for w in words[i : i + n])
            i += n
            continue
        word = words[i]
        i += 1
        forms = kind_group(word) or (word,)
        alts = []
        for form in forms:
            if len(words_of(form)) == 1:  # the term the query's own expression gives the word
                own, term = word_term(form)
                alts.append(term)
                lemmas.append(own)
                continue
            for lem in index_phrases(form):
                alts.append('"' + lem.replace('"', '""') + '"')
                lemmas.extend(lem.split())
        if alts:
            parts.append(" OR ".join(dict.fromkeys(alts)))
    return " OR ".join(parts), list(dict.fromkeys(lemmas))


@dataclass(frozen=True)
class ArticleSet:
    """A named entity's articles in the shapes each keystroke of «name topic» uses:
    reading them (4–5 ms for a name in 12,500 of 100,000 articles) and writing them as
    a list were most of such a keystroke's search, and the name stays while the
    topic words are typed, so the set is kept (_ARTICLE_SETS)."""

    rowids: list[int]  # as the store gave them
    newest: list[int]  # highest rowid first
    ascending: list[int]  # lowest rowid first, each once (what listed_between cuts)
    listed: str  # all of them as the list fts_scored_listed binds (reads.rowid_list), written with the set
    shown: list[int] = field(default_factory=list)  # the order those the topic words miss are listed in

    @property
    def lo(self) -> int:
        return self.newest[-1]

    @property
    def hi(self) -> int:
        return self.newest[0]

    @cached_property
    def members(self) -> frozenset[int]:
        """The set's rowids as a set, made once per set: ranked_with_own asks of each of the
        ~1,000 rows a topic word's key ranks whether it is the name's (0.05 ms a key at
        Хоргос's 5,000 rowids, where a bisect a row took 0.25 ms; the set 0.18 ms, once)."""
        return frozenset(self.ascending)

    def listed_between(self, lo: int, hi: int) -> str:
        """The list fts_scored_listed binds (reads.rowid_list) of the set's rowids in lo..hi.
        A topic word's matches are ranked among the newest FOCUS_BUDGET / lemmas only, a
        window of ~3% of a 100,000-article store's rowids for a common word, so ~150 of a
        name's 5,000 articles lie in it: binding all 5,000 made SQLite parse them and build
        its table of them at every keystroke (~0.6 of the query's ~3 ms for «о», tui65), and
        the rows outside lo..hi were never asked of it."""
        first, last = bisect_left(self.ascending, lo), bisect_right(self.ascending, hi)
        if first == 0 and last == len(self.ascending):
            return self.listed  # a word in fewer articles than the window: the whole set
        return reads.ascending_rowid_list(self.ascending[first:last])


_ARTICLE_SETS = Memo(16)  # by (store state, entity ids)
_READS_LEFT = Memo(4)  # the rowid reads a key stopped (reads.RowidRead), by the same key


def entity_article_set(conn, entity_ids: list[int], stop: Callable[[], bool] | None = None) -> ArticleSet:
    """The articles mentioning any of these entities (at most MAX_FOCUS_ARTICLES),
    kept while the store is unchanged. `stop()` is asked between the pieces the rowids
    are read in (reads.RowidRead): when it says so, reads.ReadStopped is raised, and the
    read left is kept for the next call, which goes on from where it stopped."""
    ids = tuple(e for e in entity_ids if isinstance(e, int) and e > 0)

    def read() -> ArticleSet:
        key = (*store_state(conn), ids)
        reading = _READS_LEFT.take(key) or reads.RowidRead(conn, list(ids), MAX_FOCUS_ARTICLES)
        try:
            rowids = reading.run(stop)
        except reads.ReadStopped:
            _READS_LEFT.put(key, reading)  # the next search of these entities goes on from there
            raise
        newest = sorted(rowids, reverse=True)  # distinct: one row an article
        ascending = newest[::-1]
        return ArticleSet(rowids, newest, ascending, reads.ascending_rowid_list(ascending), _shown_order(conn, newest))

    return _ARTICLE_SETS.recall((*store_state(conn), ids), read)


# A named entity's articles that the topic words miss are listed newest by date first
# (articles.by_content), not in the order they were stored (which two ingest workers
# change from run to run). Reading their dates costs 1.9 ms for 500 articles and 10 ms
# for 2,000 (100,000-article store, load 5), once per entity (the set is kept); an entity
# in more articles lists them newest stored first, as before.
SHOWN_BY_DATE_MOST = 500


def _shown_order(conn, newest: list[int]) -> list[int]:
    """The set's rowids in the order articles are listed when no topic word ranks them."""
    if len(newest) > SHOWN_BY_DATE_MOST:
        return newest
    return by_content(reads.article_order_keys(conn, newest), newest)


def focused_rows(conn, focus: Focus, limit: int) -> tuple[list[tuple[int, float]], list[str]]:
    """(rowid, bm25) of the focus entities' articles, those matching the topic words
    first (bm25 order), then the others newest by date first (ArticleSet.shown); and
    the topic lemmas."""
    rows, lemmas, _own = focused_and_own_rows(conn, focus, limit, "")
    return rows, lemmas


TITLED_RANKING_MAX = 2_000  # articles of a Latin/Kazakh-typed name ranked with its names in titles


def focused_and_own_rows(
    conn, focus: Focus, limit: int, query: str
) -> tuple[list[tuple[int, float]], list[str], list[tuple[int, float]] | None]:
    """focused_rows, and the rows the query's own full-text ranking gives
    (articles.search_articles' `ranked`) when one statement ranks both
    (articles.own_ranked_as_topic), else None: the query's own search then runs."""
    articles = entity_article_set(conn, [e["id"] for e in focus.entities])
    if not articles.rowids:
        return [], [], None
    expr, lemmas = topic_expression(focus.rest)
    ranked: list[tuple[int, float]] = []
    own = None
    if expr:
        # a Latin- or Kazakh-typed name is in no Russian title: ranked with the entity's
        # names in titles (with_name), the query's own ranking then runs apart — for a name
        # of up to TITLED_RANKING_MAX articles: that ranking is a MATCH over every article of
        # the name, on every key the explorer sends (5.5 ms at Хоргос's 12,500 articles, its
        # slowest key at stop 43's end); a bigger name takes the one-statement ranking
        titled = not _typed_in_russian(focus.span) and len(articles.rowids) <= TITLED_RANKING_MAX
        own_lemmas = own_ranked_as_topic(conn, query, expr) if query and not titled else None
        if own_lemmas is None:
            ranked = ranked_within(conn, expr, len(lemmas), articles, limit, with_name(expr, focus))
        else:
            ranked, own = ranked_with_own(conn, expr, len(lemmas), articles, limit, own_lemmas)
    seen = {r[0] for r in ranked}
    rest = [r for r in (articles.shown or articles.newest)[: limit + len(seen)] if r not in seen]
    rows = ranked + [(r, 0.0) for r in rest[: max(0, limit - len(ranked))]]
    return shared_first(conn, focus, rows, query), lemmas, own


def shared_first(conn, focus: Focus, rows: list[tuple[int, float]], query: str = "") -> list[tuple[int, float]]:
    """The rows with the articles naming a focus's person and something else of it
    («КГД Тлеубердин»: the committee and the person) first, each part in its order: a
    user naming two things is after the pages where they meet, and the topic words'
    ranking (the surname) put a short page on the person alone over the one where the
    chairman visits the post. The other things may be several readings of one name
    (two bodies «ДГД» abbreviates), any of which counts, and a page holding every word
    of the `query` counts too: the regional department a page names («ДГД по области
    Абай») is a third entity, not one the abbreviation's alias found. A focus of one
    entity, or of one name's readings (no person among them), is left as it is."""
    types = {e.get("type") for e in focus.entities}
    if len(focus.entities) < 2 or "person" not in types or len(types) < 2 or len(rows) < 2:
        return rows
    ids = [(e["id"], e.get("type") == "person") for e in focus.entities if isinstance(e["id"], int) and e["id"] > 0]
    persons = [eid for eid, person in ids if person]
    others = [eid for eid, person in ids if not person]
    if not persons or not others:
        return rows
    shared = set(entity_article_set(conn, persons).rowids) & (
        set(entity_article_set(conn, others).rowids) | _holding_every_word(conn, query, [r[0] for r in rows])
    )
    rest = [r for r in rows if r[0] not in shared]
    if not shared or not rest:
        return rows
    # bm25 is negative, lower is better (its scale follows the store's size): the shared
    # rows move below the others' best by that best and a margin, so they score over
    # every other row and keep their order among themselves
    best_other = min(rank for _, rank in rest)
    shift = best_other * (1 + SHARED_MARGIN) if best_other < 0 else -UNRANKED_SHIFT
    return [(rowid, rank + shift) for rowid, rank in rows if rowid in shared] + rest


def _holding_every_word(conn, query: str, rowids: list[int]) -> set[int]:
    """Those of `rowids` (a page of rows) whose text holds every word of `query`."""
    expr, lemmas = all_words(query) if query else ("", [])
    if not expr or len(lemmas) < 2:
        return set()
    return {rowid for rowid, _ in ranked_within(conn, expr, len(lemmas), rowids, len(rowids))}


SHARED_MARGIN = 0.1  # a shared article's bm25 goes this much past the best other one's
UNRANKED_SHIFT = 1e-9  # when no other row matched a topic word: any bm25 under 0 ranks first


def with_name(topic: str, focus: Focus) -> str:
    """The expression whose bm25 ranks a name's articles by the topic words and by the
    typed name in their titles: `{title} : NAME OR TOPIC`. A topic alone ranked «очередь
    на хоргосе»'s page titled «Очередь на Хоргосе» 4th, under pages whose bodies say
    «очередь» more often. Every article of the set names the entity, so only titles
    are asked for the name: bm25 adds TITLE_WEIGHT times its hits there and nothing to
    a row whose title lacks it. It matches more rows than TOPIC (a title naming the
    post, no topic word): ranked_within keeps TOPIC's rows only. Not
    `TOPIC AND (NAME OR TOPIC)` (TOPIC's rows in one statement): bm25 then scored every
    topic phrase twice, 1.8 times the ranking's CPU for the same order on
    /work/scratch/search78's queries. The typed words only, not the entity's other names
    or case forms: those ranked titles naming the post without the topic higher and
    gained nothing there (bench/README.md, «Stop 42, search78»). A name typed in Latin or
    Kazakh letters («khorgos», «Қорғас») adds the names of the entities it matched
    (title_names): a Russian title prints «Хоргос», never the typed form. The topic
    alone when the span gives no words."""
    names = title_names(focus)
    return f"{{title}} : ({names}) OR {topic}" if names else topic


def title_names(focus: Focus) -> str:
    """The FTS expression of the name a title is asked for: the typed span's words; for
    a span not typed in Russian letters, OR the names of the entities it matched (at
    most three, each once: «khorgos» → «Хоргос» and the post's other readings)."""
    typed, _ = all_words(focus.span)
    if _typed_in_russian(focus.span):
        return typed
    parts = [typed] + [all_words(str(e.get("name") or ""))[0] for e in focus.entities[:3]]
    kept = list(dict.fromkeys(p for p in parts if p))
    return " OR ".join(f"({p})" for p in kept) if len(kept) > 1 else (kept[0] if kept else "")


_NOT_RUSSIAN = re.compile(r"[a-zA-ZәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _typed_in_russian(span: str) -> bool:
    """Is the span written in Russian letters only (no Latin, no Kazakh letter)?"""
    return _NOT_RUSSIAN.search(span) is None


def ranked_within(conn, expr: str, n_lemmas: int, articles, limit: int, scored: str = "") -> list[tuple[int, float]]:
    """(rowid, bm25) of the best `limit` matches of `expr` among these articles (an
    ArticleSet, or rowids), best first: the matches in their rowid range (only the
    newest FOCUS_BUDGET / lemmas of them when there are more, as articles.fts_ranked
    does) that are these articles, bm25 computed for those only, that of `scored`
    when given (with_name: `expr`'s rows are kept, the window is `expr`'s)
    (reads.fts_scored_listed). Not `rowid IN (…)`: FTS5 runs the MATCH once per listed
    rowid, which took three minutes for 5,000 articles and a word in all of 100,000."""
    if not isinstance(articles, ArticleSet):
        rowids = sorted(set(articles), reverse=True)
        articles = ArticleSet(rowids, rowids, rowids[::-1], reads.rowid_list(rowids))
    if not articles.rowids:
        return []
    lo, hi = _window(conn, expr, n_lemmas, articles, limit)
    listed = articles.listed_between(lo, hi)
    if scored:
        listed = _rows_of(conn, expr, lo, hi, listed)
    rows = reads.fts_scored_listed(conn, scored or expr, lo, hi, listed)
    return heapq.nsmallest(limit, rows, key=itemgetter(1))  # sorted(...)[:limit], ties in rowid order


def _rows_of(conn, expr: str, lo: int, hi: int, listed: str) -> str:
    """Those of the `listed` rows (lo..hi) `expr` matches, as a list: with_name's
    expression matches more rows (the name in a title, no topic word) that are not
    `expr`'s. Found first by the walk alone (no bm25), so only they are ranked, and
    nothing when there are none: ranking them all and dropping the extra rows after
    scored every title holding the name, 1,195 rows in 5.0 ms for «қорғас кез» (a
    begun word no article holds) on the 100,000-article store (bench/README.md, «Stop
    46, tui85»). A row's bm25 does not depend on the other rows asked: the same rows,
    scores and order."""
    matched = reads.fts_rowids_listed(conn, expr, lo, hi, listed)
    return reads.rowid_list(matched) if matched else "[]"


def _window(conn, expr: str, n_lemmas: int, articles: ArticleSet, limit: int) -> tuple[int, int]:
    """The rowid range ranked_within scores: the set's, cut to its newest FOCUS_BUDGET /
    lemmas matches of `expr`."""
    edge = reads.fts_window_edge(conn, expr, max(limit, FOCUS_BUDGET // max(n_lemmas, 1)), articles.lo, articles.hi)
    return (articles.lo if edge is None else edge + 1), articles.hi


def ranked_with_own(
    conn, expr: str, n_lemmas: int, articles: ArticleSet, limit: int, own_lemmas: int
) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """ranked_within, and articles.fts_ranked(expr, own_lemmas, limit) (the query's own
    ranking when own_ranked_as_topic holds), from one statement: the two asked apart
    each made bm25 count the topic word's documents over the whole table (~1.4 ms for
    «о», twice a key, tui65). Both lists as the two functions give them: the same rows,
    bm25 and order (ties: in rowid order here, the older first there)."""
    lo, hi = _window(conn, expr, n_lemmas, articles, limit)
    newer_than = reads.fts_window_edge(conn, expr, max(limit, RANK_BUDGET // max(own_lemmas, 1)))
    newer_than = 0 if newer_than is None else newer_than
    rows = reads.fts_scored_listed_or_newer(conn, expr, lo, hi, articles.listed_between(lo, hi), newer_than)
    members = articles.members
    within = [r for r in rows if lo <= r[0] <= hi and r[0] in members]
    newest = [r for r in rows if r[0] > newer_than]
    return heapq.nsmallest(limit, within, key=itemgetter(1)), heapq.nsmallest(limit, newest, key=_BY_RANK)


_BY_RANK = itemgetter(1, 0)  # articles.fts_ranked's order: bm25, then the older first
