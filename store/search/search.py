"""One search box for entities and articles (`search`), and its true total (`search_total`).

Entities come from the alias index (store.search.alias_index, any script, fuzzy) and
the knowledge base (store.search.search_kb); articles from FTS over lemmas
(store.search.articles). A query of a name and topic words is split
(store.search.search_topics). The names callers used from this module before it was
split are still importable from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rapidfuzz import fuzz

from store.db import search_reads as reads
from store.lang import names
from store.lang.fts_terms import any_word
from store.sanitize import clean_line
from store.search import search_topics
from store.search.alias_index import ENTITY_TYPES, AliasIndex
from store.search.articles import (
    ARTICLE_TOP_SCORE,
    article_results,
    fallback_expression,
    fill_snippets,
    fts_expression,
    fts_ranked,
    phrases,
    search_articles,
    snippet,
    spelled_rows,
)
from store.search.entities import (
    abbreviation_results,
    entity_results,
    kept_entities,
    may_score,
    remembered,
    search_entities,
)
from store.search.han_names import han_names_as_russian
from store.search.layout import any_layout_reading, layout_reading
from store.search.memo import Memo, store_state
from store.search.misread_names import case_form_read_as_word, misread_words, named_by_common_word
from store.search.name_spellings import name_spellings, name_spellings_any_query
from store.search.posts import post_holders
from store.search.related import with_related
from store.search.search_kb import cyrillic_names, kb_rows_by_id
from store.search.story_counts import counted_once
from store.search.table import format_table
from store.search.variants import (
    hyphened_kinds_apart,
    initials_apart,
    joined_names_apart,
    one_script_words,
    query_variants,
    strip_case_ending,
    without_hyphened_endings,
)

__all__ = [
    "ENTITY_TYPES",
    "AliasIndex",
    "article_results",
    "format_table",
    "fts_expression",
    "fts_ranked",
    "prefix_search",
    "query_variants",
    "search",
    "search_articles",
    "search_entities",
    "search_total",
    "snippet",
    "strip_case_ending",
]


def search(
    store,
    query: str,
    type: str | None = None,
    limit: int = 20,
    index: AliasIndex | None = None,
    snippets: bool = True,
) -> list[dict]:
    """Entities and articles for one query, best first, in the design brief's shape
    {"kind", "type", "id", "name", "matched", "score"} (entities add "articles", and
    "kb_id" when the knowledge base knows them; articles add "date" and "source").
    Strong entity matches (>= 75) come before the best article; type="article" gives
    only articles, an entity type only those entities, and type="entity" every entity
    and no article (what the TUI paints first, before the article half comes).

    A query of a name and topic words (search_topics) gives the named entity first,
    then its articles ranked by the topic words; any query also searches article text
    under the other spellings of the entities it matched (store.search.name_spellings).

    snippets=False leaves an article's "matched" empty: a caller that shows a snippet
    for a few rows only (the TUI's search screen, those on screen) does not pay for
    reading the bodies and cutting them all (~2 ms of a keystroke at 100,000 articles);
    it cuts those it shows with cut_snippets.

    The results of the last SEARCHES_KEPT searches are kept while the store is
    unchanged (backspace in the TUI asks again for a text searched a moment ago)."""
    query = _cleaned(query)
    if not query:
        return []
    head = _head_before_letter(store, query, limit, index)
    if head:
        return search(store, head, type, limit, index, snippets)
    key = (*store_state(store.conn), id(index), query, type, limit, snippets)
    kept = _SEARCHES.get(key)
    if kept is None:
        kept = counted_once(store, _search(store, query, type, limit, index, snippets))
        _SEARCHES.put(key, [dict(r) for r in kept])
        return kept
    return [dict(r) for r in kept]  # copies in and out: a caller's edits change nothing kept


def _head_before_letter(store, query: str, limit: int, index: AliasIndex | None) -> str:
    """The words before a last word of one letter («khorgos о» → «khorgos»), searched
    instead of the whole text; "" when the query is to be searched as typed.

    One letter after a name is a word not typed yet: as a prefix it matches nearly every
    article of the entity, so ranking by it says nothing, while it cost the most of any
    key (the whole text looked up as a name, bm25's document count for «о*»: ~10 ms at
    100,000 articles). The page stays the name's until the word has two letters, and
    the name's search is usually kept from the key before (the memo below). A letter
    after a person's name may be an initial («Бектенов О» against «Бектенов Р»), so
    a head whose first entity is a person is not cut; neither is a head of one or two
    letters («а б» is the prefix «аб», _is_prefix_query). Nor is a head that is not a
    whole alias: a kind word or the start of many names («Аэропорт Ш», «Port of B») is
    told apart by the letter after it, the first letter of the name itself."""
    words = query.split()
    if len(words) < 2 or len(words[-1]) != 1 or not words[-1].isalpha():
        return ""
    head = " ".join(words[:-1])
    if _is_prefix_query(head):
        return ""
    named = search(store, head, "entity", limit, index)
    if not named or named[0]["score"] < EXACT_NAME or named[0].get("type") == "person":
        return ""
    return head


SEARCHES_KEPT = 64
_SEARCHES = Memo(SEARCHES_KEPT)


def _search(
    store, query: str, type: str | None, limit: int, index: AliasIndex | None, snippets: bool = True
) -> list[dict]:
    """search() of a cleaned, non-empty query, not kept."""
    if _one_letter_run(query):
        return []
    if _is_prefix_query(query):
        return prefix_search(store, query, type, limit, index)
    index = index or AliasIndex.for_store(store)
    entity_type = type if type in ENTITY_TYPES else None
    entities, focus = _entities_and_focus(store, query, entity_type, limit, index)
    reading = _mistyped_layout(store, query, entities, focus, entity_type, limit, index)
    if reading:
        return search(store, reading, type, limit, index, snippets)
    if _folds_to_prefix(query) and not _names_whole(query, entities):
        return prefix_search(store, query, type, limit, index)
    results: list[dict] = []
    pending: dict = {}  # snippets are cut for the articles kept only
    if type in (None, "article"):
        results += _articles(store, query, focus, entities, limit, pending)
    if type != "article":
        results += [e for e in entities if not focus or e["id"] not in {f["id"] for f in focus.entities}]
    results.sort(key=lambda r: (-r["score"], r["kind"] != "entity"))
    if focus and type != "article":
        results = focus.entities + results
    results = with_related(store, query, results, type)[:limit]
    if snippets:
        fill_snippets(store.conn, results, pending)
    else:
        for r in results:
            if r["kind"] == "article" and r["id"] in pending:
                r[TO_CUT] = pending[r["id"]]
    return results


# An article result of a search with snippets=False: what its snippet would be cut from,
# for cut_snippets (not a field of the search's JSON: the CLI always cuts them).
TO_CUT = "snippet_to_cut"


def cut_snippets(store, results: list[dict]) -> None:
    """Cut, in place, the snippets a search with snippets=False left to cut, of these
    results only: the TUI's search screen shows the rows a screen holds (~0.05 ms a
    snippet, and a body's read), not the 30 a keystroke asks for (~2 ms at 100,000
    articles). "matched" and "hit" are then as a search with snippets gives them."""
    pending = {r["id"]: r.pop(TO_CUT) for r in results if r.get("kind") == "article" and TO_CUT in r}
    if pending:
        fill_snippets(store.conn, results, pending)


def read_ahead(
    store,
    results: list[dict],
    limit: int = 20,
    stop: Callable[[], bool] | None = None,
    stop_articles: Callable[[], bool] | None = None,
) -> None:
    """Read what the next keystrokes will likely need, from a search's results, while
    the user has not typed them yet (the TUI calls this when a search is done and no
    key waits): a name followed by a topic word («khorgos» then «khorgos о») ranks the
    named entity's articles (search_topics.entity_article_set: ~5 ms for a name in
    12,500 of 100,000 articles), so the entities these results name well (as
    search_topics.split_query would choose them) have their articles read into its
    memo, and their other spellings ranked in article text (_rank_spellings_ahead).
    Taken from the results, not searched again: a guess costs nothing when the
    articles are kept already, and a wrong guess only reads a set no search asks for.
    `limit`: the results the caller's searches ask for (the spellings' ranking is kept by it).
    `stop()`, asked after each step (the articles, then each script's spellings: 1-6 ms of
    CPU each at 100,000 articles), leaves the rest unread: a key typed meanwhile waits for
    one step, not for all (what was read stays in the memos; a search that needs the rest
    reads it itself). The articles' read asks `stop()` between its pieces too (1,000
    articles each, reads.RowidRead): a read stopped there is kept half done, and the
    search that needs it goes on from there (search_topics.entity_article_set).
    `stop_articles()`, when given, is asked between those pieces instead of `stop()`: the
    TUI lets a key that types on after the query (a topic word begun after the name) wait
    for the rest of the read, which that word's next letters need (stop 43, tui76)."""
    try:
        for _ in _read_ahead_steps(store, results, limit, stop if stop_articles is None else stop_articles):
            if stop is not None and stop():
                return
    except reads.ReadStopped:
        return


def _read_ahead_steps(store, results: list[dict], limit: int, stop: Callable[[], bool] | None) -> Iterator[None]:
    """read_ahead's reads, one a step (a yield after each)."""
    hits = sorted((r for r in results if r.get("kind") == "entity"), key=lambda r: -r["score"])
    named = search_topics.span_entities(hits)
    if not named:
        return
    search_topics.entity_article_set(store.conn, [e["id"] for e in named], stop)
    yield
    yield from _rank_spellings_ahead(store.conn, named, limit)


def _rank_spellings_ahead(conn, named: list[dict], limit: int) -> Iterator[None]:
    """Rank the names these entities go by in article text, as _articles does for a
    query that names them with a topic word after (spellings() there), for a topic word
    of any script: the first such key paid it (1-3 ms at 100,000 articles; the name alone
    named other entities, or ranked none), then kept (articles.spelled_rows). One
    script's list a step."""
    named = named[:3]
    for spellings in name_spellings_any_query(conn, named, _kb_names(named)):
        expr, lemmas = phrases(spellings)
        if expr:
            spelled_rows(conn, expr, len(lemmas), limit)
            yield


class _RunFinder:
    """The entities of a run of a query's words (search_topics.split_query's lookups, at
    limit 5), and whether a word can name an entity of some types well (`may_score`:
    split_query's lookup of a word beside the name for a surname or a post is skipped
    when no person or post can come first)."""

    def __init__(self, store, entity_type: str | None, index: AliasIndex) -> None:
        self.store, self.entity_type, self.index = store, entity_type, index

    def __call__(self, span: str) -> list[dict]:
        return search_entities(self.store, span, self.entity_type, RUN_LIMIT, self.index)

    def may_score(self, word: str, types: tuple[str, ...], least: float) -> bool:
        return may_score(self.store, word, types, least, RUN_LIMIT, self.entity_type, self.index)


RUN_LIMIT = 5  # entities asked of a run of the query's words


def _cleaned(query: str) -> str:
    """The query as search() searches it."""
    query = han_names_as_russian(clean_line(query or ""))  # «霍尔果斯»: Chinese characters fold to nothing
    return hyphened_kinds_apart(without_hyphened_endings(initials_apart(one_script_words(query))))


def name_run_ahead(store, query: str, results: list[dict], limit: int = 20, index: AliasIndex | None = None) -> None:
    """Look up ahead what the split of a topic word typed after `query` looks up first:
    the name's run of words at RUN_LIMIT (split_query's `find`), when `query` (less a
    one-letter word begun after it: «khorgos о») was searched whole as a name — its
    whole-text hits at `limit`, as search_entities' memo keeps them, reach SPLIT_BELOW
    (a query split before its whole text is searched, «khorgos очередь», and one whose
    whole text matched nothing so well, «khorgos оч», look up nothing) — and these
    results name something. «khorgos оч», the first key whose word is split off, paid
    that lookup itself: ~0.7 ms of its ~2.2 ms entity step at 100,000 articles
    (bench/README.md «Stop 47, tui87»). The same call the split makes, under the same
    memo key (the store's state is in it: after a write it is a miss, looked up again),
    so the split's results are those it finds without this; a guess no key uses costs
    the lookup, made while no key waits."""
    words = _cleaned(query).split()
    if len(words) > 1 and len(words[-1]) == 1:
        words = words[:-1]
    name = " ".join(words)
    hits = sorted((r for r in results if r.get("kind") == "entity"), key=lambda r: -r["score"])
    if not name or not search_topics.span_entities(hits):
        return
    index = index or AliasIndex.for_store(store)
    whole = kept_entities(store, name, None, limit, index)  # a split query's whole text is not searched
    if whole and whole[0]["score"] >= search_topics.SPLIT_BELOW:
        _RunFinder(store, None, index)(name)


def _entities_and_focus(store, query: str, entity_type: str | None, limit: int, index: AliasIndex):
    """The whole text's entities and the query's split into a name and topic words.

    A name followed or preceded by topic words only («Хоргос очередь»: ordinary words
    no alias holds, store.search.topic_words) is split first and the whole text is not
    searched as an alias (it matches none well): the named entity and its articles make
    the page, as the issue asks, and the whole-text scoring (5–8 ms at a million
    aliases) is saved. Any other query is searched whole first, and split when nothing
    matches it as a whole well."""

    find = _RunFinder(store, entity_type, index)

    focus = _not_a_common_word(query, search_topics.split_before_search(query, find, index))
    focus = search_topics.person_in_name(focus, find)
    if focus is not None:
        return [], focus
    entities = _case_forms_below_words(query, search_entities(store, query, entity_type, limit, index))
    if not entities or entities[0]["score"] < search_topics.SPLIT_BELOW:
        topic = search_topics.long_query_topics(query, index)
        focus = search_topics.person_in_name(search_topics.split_query(query, find, topic), find)
        focus = search_topics.whole_name_first(query, focus, entities[0] if entities else None)
        apart = joined_names_apart(query) if focus is None else ""
        if apart:  # «Dostyk-Alashankou»: two posts' names glued by a dash
            focus = search_topics.split_query(apart, find)
    elif entities[0]["score"] < EXACT_NAME and search_topics.place_kind_types(query):
        focus = search_topics.split_named_kind(query, find, entities[0])
    elif entities[0]["score"] < EXACT_NAME:
        focus = search_topics.split_named_better(query, find, entities)
        focus = focus or search_topics.person_beside_whole(query, find, entities)
    focus = _body_beside_person(query, find, entities, focus)
    if focus is None and entities and entities[0]["score"] < EXACT_NAME:
        focus = search_topics.named_among_context(query, find, entities[0])
    if focus is None and entities and entities[0]["score"] < EXACT_NAME:
        focus = search_topics.named_beside_settlement(query, find, entities[0])
    if focus is None and (not entities or entities[0]["score"] < EXACT_NAME):
        focus = search_topics.named_by_adjective(query, find, entities[0] if entities else None)
    return entities, _not_a_common_word(query, focus)


READ_AS_WORD = 70.0  # a name matched by a case form the query writes as a common word: under the best article (75)


def _case_forms_below_words(query: str, entities: list[dict]) -> list[dict]:
    """The entities, those matched only through a case form of their name that the query
    writes as a common word (misread_names.case_form_read_as_word: «таскали ящики», the
    alias «Таскали» of «Таскала», 100 as the word, 78.6 as the whole) scored at most
    READ_AS_WORD: the pages holding the words come first, the entity stays listed as a guess."""
    if not any(case_form_read_as_word(query, e) for e in entities[:3]):
        return entities
    for e in entities:
        if e["score"] > READ_AS_WORD and case_form_read_as_word(query, e):
            e["score"] = READ_AS_WORD
    return sorted(entities, key=lambda e: -e["score"])  # stable: the order of equals kept


def _not_a_common_word(query: str, focus):
    """The focus, unless each entity it names was matched only through the common word
    its name is read as (misread_names.named_by_common_word): «сырые материалы» split as
    the post «Сырым» (89) and the topic «материалы» gave the post's pages first and the
    page on raw materials after them; unsplit, the words are searched as words."""
    if focus is not None and all(named_by_common_word(query, e) for e in focus.entities):
        return None
    return focus


def _body_beside_person(query: str, find, entities: list[dict], focus):
    """The focus with the body a person's name stands beside («ДГД Марат Сейткалиев»,
    «Серик Оспанов ДГД»): read off the whole text's person when nothing else was split,
    or off a split that named the person alone (the abbreviation left as a topic word)."""
    if focus is None:
        named = entities
    elif all(e.get("type") == "person" for e in focus.entities):
        named = focus.entities
    else:
        return focus
    if not named or named[0].get("type") != "person":
        return focus
    return search_topics.body_beside_person(query, find, named) or focus


EXACT_NAME = 100.0  # the whole text is an alias: a name with a kind word in it («Жамбыл облысы»)


def _articles(store, query: str, focus, entities: list[dict], limit: int, pending: dict) -> list[dict]:
    """The articles of a query: those of a named entity ranked by the topic words
    first (just under the top article score), then the query's own FTS matches."""
    conn = store.conn
    out: list[dict] = []
    own = None  # the query's own full-text rows, when the topic ranking's statement gave them
    if focus:
        rows, lemmas, own = search_topics.focused_and_own_rows(conn, focus, limit, query)
        topic_lemmas = lemmas or search_topics.topic_expression(focus.rest)[1]
        out = article_results(conn, rows, topic_lemmas, pending=pending, named=names_of(focus.entities))
    if _page_filled(out, limit):
        return out
    named = focus.entities if focus else _named(query, entities)

    def spellings() -> list[str]:
        return name_spellings(conn, named[:3], _kb_names(named[:3]), query)

    seen = {a["id"] for a in out}
    misread = misread_words(query, named)  # a case form («Таскалы») matches the name under 100
    found = search_articles(store, query, limit, spellings if named else None, pending, own, misread, names_of(named))
    more = [a for a in found if a["id"] not in seen]
    if out:  # the named entity's articles first
        for a in more:
            a["score"] = round(a["score"] * FOCUS_FILLS_AT, 1)
    return out + more


def names_of(entities: list[dict]) -> list[str]:
    """The names and matched aliases of entities, each once: what a snippet looks for
    on a page found through them when no query word is there (articles.cut_snippet)."""
    return list(dict.fromkeys(t for e in entities[:3] for t in (e.get("name"), e.get("matched")) if t))


def _named(query: str, entities: list[dict]) -> list[dict]:
    """The entities of an unsplit query whose other spellings are searched in article
    text: those matched well enough to be its name, not through the common word a name
    is read as (misread_names.named_by_common_word: «сырые материалы» and «Сырым»)."""
    return [e for e in entities if e["score"] >= search_topics.SPAN_MIN_SCORE and not named_by_common_word(query, e)]


FOCUS_FILLS_AT = 0.9  # the query's own FTS matches are scaled by this under a named entity's


def _page_filled(focused: list[dict], limit: int) -> bool:
    """Do the named entity's topic-ranked articles alone fill the page? Then the
    query's own FTS matches (3–9 ms at 100,000 articles) cannot reach it: each is scored
    at most FOCUS_FILLS_AT x the top article score and, at a tie, comes after them, so
    none would rank among the first `limit` articles."""
    floor = FOCUS_FILLS_AT * ARTICLE_TOP_SCORE
    return sum(a["score"] >= floor for a in focused) >= limit


LAYOUT_MIN_SCORE = 88.0  # the reading names something this well to replace the query («Кгиеы» for «Rubts»: 81)


def _mistyped_layout(store, query: str, entities: list[dict], focus, entity_type: str | None, limit: int, index) -> str:
    """The query read in the other keyboard layout («[jhujc» → «хоргос»), when as typed
    it named nothing (no split, no hit of EXACT_SCORE) and looks mistyped so
    (store.search.layout), and the reading names an entity better than the query did,
    or, with no entity at all either way, matches article text the query does not.
    "" otherwise: then the query is searched as typed. Only weak queries that look
    unlike their script pay for the second look; the reading's entities are found at
    the caller's `limit`, so its search then finds them in the memo (entities.remembered)."""
    if focus or _exact(entities):
        return ""
    reading = layout_reading(query) or _reading_of_nothing(store, query, entities)
    if not reading:
        return ""
    found, found_focus = _entities_and_focus(store, reading, entity_type, limit, index)
    best = entities[0]["score"] if entities else 0.0
    if found_focus or (found and found[0]["score"] >= LAYOUT_MIN_SCORE and found[0]["score"] > best):
        return reading
    if post_holders(reading):  # «ghtvmth-vbybcnh»: a post, which no alias holds
        return reading
    if entities or found or entity_type:
        return ""
    return reading if _has_articles(store.conn, reading) and not _has_articles(store.conn, query) else ""


NOTHING_BELOW = 75.0  # a query whose best entity scores under this found nothing a user would take


def _reading_of_nothing(store, query: str, entities: list[dict]) -> str:
    """The other layout's reading of a query that looks like its own script but found
    nothing as typed: no entity a user would take (NOTHING_BELOW) and no article.
    «rtuty» (Кеген typed on Latin keys) has the vowels of a Latin word, so
    store.search.layout does not offer it; yet it names nothing, and the reading is
    kept only when it names an entity well (LAYOUT_MIN_SCORE) or finds articles."""
    if entities and entities[0]["score"] >= NOTHING_BELOW:
        return ""
    reading = any_layout_reading(query)
    return reading if reading and not _has_articles(store.conn, query) else ""


def _has_articles(conn, text: str) -> bool:
    """Does any article hold the text's lemmas (the newest match only is read)?"""
    expr, lemmas = fts_expression(text)
    return bool(lemmas) and reads.fts_window_edge(conn, expr, 0) is not None


def _kb_names(results: list[dict]) -> list[str]:
    """The Cyrillic names of the knowledge-base rows behind these results."""
    by_id = kb_rows_by_id()
    return [n for r in results if r.get("kb_id") in by_id for n in cyrillic_names(by_id[r["kb_id"]])]


def _is_prefix_query(query: str) -> bool:
    """One or two letters typed (counted before folding: fold writes KTZ as «kc»)."""
    return sum(ch.isalnum() for ch in query) <= 2


def _folds_to_prefix(query: str) -> bool:
    """Three letters typed that fold to two or fewer («kho» → «ho», the start of «Хоргос»):
    too short for the trigram index, whose fuzzy hits for them are noise, so they are read
    as the start of a word like a two-letter query, unless they name something exactly."""
    return len(names.fold(query).replace(" ", "")) <= 2


def _exact(entities: list[dict]) -> bool:
    """Does the best hit match the query as a whole (an abbreviation: «ktz» → КТЖ)?"""
    return bool(entities) and entities[0]["score"] >= EXACT_SCORE


def prefix_search(store, query: str, type: str | None, limit: int, index: AliasIndex | None = None) -> list[dict]:
    """One or two letters, typed as a user starts a name: entities with a word that
    begins so, most articles first (no article search: every article would match)."""
    if type == "article":
        return []
    index = index or AliasIndex.for_store(store)
    prefix, entity_type = names.fold(query).replace(" ", ""), type if type in ENTITY_TYPES else None

    def find() -> list[dict]:
        hits = index.prefix_match(prefix, entity_type, limit)
        exact = abbreviation_results(store, query, entity_type)  # «МФ», «ЕС»: a whole name, first
        seen = {r["id"] for r in exact}
        return (exact + [r for r in entity_results(store.conn, hits, prefix) if r["id"] not in seen])[:limit]

    # The raw query is in the key: an abbreviation's match depends on its capitals.
    return remembered(store, index, ("prefix", prefix, query.strip(), entity_type), limit, find)


def _one_letter_run(query: str) -> bool:
    """Letters each typed three times or more in a row and nothing else («жжжж», «aaa»,
    «ppppprrrr»): no name begins so, but fold() merges a doubled letter, so they would
    read as the prefix «ж» or «pr» and list every entity with a word so begun, the
    most-mentioned first (issue 16: КТЖ for «жжжж»)."""
    typed = "".join(ch.lower() for ch in query if ch.isalnum())
    if len(typed) < 3 or not typed.isalpha():  # «111» may be a number
        return False
    runs = [len(m.group(0)) for m in _SAME_LETTERS.finditer(typed)]
    return min(runs) >= 3


_SAME_LETTERS = re.compile(r"(.)\1*")


def _names_whole(query: str, entities: list[dict]) -> bool:
    """Does a query that folds to two letters or fewer name its best hit as a whole (an
    abbreviation: «ktz» → KTZ)? Not when it matched one short word of a longer name: «жжжж»
    folds to «j», the «ж» of «ж. д.» in the railways' names; «aaaa» to «a», an initial
    (issue 16: both gave a railway or a person first)."""
    if not _exact(entities):
        return False
    typed = names.fold(query).replace(" ", "")
    matched = names.fold(str(entities[0].get("matched") or "")).replace(" ", "")
    return fuzz.ratio(typed, matched) >= EXACT_SCORE


EXACT_SCORE = 90.0  # a whole alias matched, give or take a letter
TOTAL_CAP = 100_000  # entities counted at most (a one-letter prefix may match half the store)


def search_total(store, query: str, type: str | None = None, index: AliasIndex | None = None) -> int:
    """How many results `search` would give without a limit: the entities matched and
    every article matched (by the query's lemmas, the other spellings of what it names,
    or as an article of a named entity). For «first 20 of 1,786» in the CLI."""
    query = han_names_as_russian(clean_line(query or ""))  # «霍尔果斯»: Chinese characters fold to nothing
    query = hyphened_kinds_apart(without_hyphened_endings(initials_apart(one_script_words(query))))
    if not query or _one_letter_run(query):
        return 0
    head = _head_before_letter(store, query, TOTAL_CAP, index)
    if head:
        return search_total(store, head, type, index)
    if _is_prefix_query(query):
        return len(prefix_search(store, query, type, TOTAL_CAP, index))
    index = index or AliasIndex.for_store(store)
    entity_type = type if type in ENTITY_TYPES else None
    entities, focus = _entities_and_focus(store, query, entity_type, TOTAL_CAP, index)
    reading = _mistyped_layout(store, query, entities, focus, entity_type, TOTAL_CAP, index)
    if reading:
        return search_total(store, reading, type, index)
    if _folds_to_prefix(query) and not _names_whole(query, entities):
        return len(prefix_search(store, query, type, TOTAL_CAP, index))
    total = len(entities) if type != "article" else 0
    if focus and type != "article":
        total += len({f["id"] for f in focus.entities} - {e["id"] for e in entities})
    if type != "article":  # the holders, faced posts and a region's posts search() adds
        shown = (focus.entities if focus else []) + entities
        added = with_related(store, query, shown, type)
        total += len({r["id"] for r in added if r.get("kind") == "entity"} - {r["id"] for r in shown})
    if type not in (None, "article"):
        return total
    conn = store.conn
    rowids: set[int] = set()
    if focus:
        rowids.update(search_topics.entity_article_set(conn, [e["id"] for e in focus.entities]).rowids)
    expr, lemmas = fts_expression(query)
    if lemmas:
        found = reads.fts_rowids(conn, expr)
        fallback = any_word(fallback_expression(query, expr))
        rowids |= found or (reads.fts_rowids(conn, fallback) if len(lemmas) > 1 else set())
    named = focus.entities if focus else _named(query, entities)
    alt_expr, _ = phrases(name_spellings(conn, named[:3], _kb_names(named[:3]), query)) if named else ("", [])
    if alt_expr:
        rowids |= reads.fts_rowids(conn, alt_expr)
    return total + len(rowids)
