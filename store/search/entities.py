"""Entities for a query: the store's alias index, and the knowledge-base rows it names
(linked to the store's entities, or on their own with 0 articles: store.search.search_kb)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import lru_cache

from store.db import search_reads as reads
from store.lang import names
from store.search import memo
from store.search.alias_index import MIN_ENTITY_SCORE, AliasIndex
from store.search.initials import INITIAL_DISAGREES, initial_agrees, named_by_surname, split_initials
from store.search.name_begun import names_begun_first
from store.search.patronymic import holds_both, split_patronymic
from store.search.search_kb import (
    is_abbreviation,
    kb_index,
    kb_rows,
    latin_abbreviations,
    linked_entities,
    names_the_person,
)
from store.search.word_lookup import entities_with_word


def search_entities(
    store, query: str, type_: str | None = None, limit: int = 20, index: AliasIndex | None = None
) -> list[dict]:
    """Entities whose aliases match `query` in any script, best first, and the
    knowledge-base rows it names (linked to the store's entities, or on their own
    with 0 articles when no article names them yet: search_kb)."""
    index = index or AliasIndex.for_store(store)
    conn = store.conn
    state = (str(store.path), reads.change_marks(conn))
    memo_key = _memo_key(index, state, query, type_, limit)
    kept = _recalled(memo_key)
    if kept is not None:
        return kept
    hits = index.match(query, type_, limit)
    out = entity_results(conn, hits)
    _merge(out, _kb_results(conn, query, type_, state))
    if type_ in (None, "person"):
        by_patronymic = _by_patronymic(store, query, limit, index, state)
        _merge(out, by_patronymic)
        _persons_first(out, by_patronymic)
        _merge(out, _by_initials(store, query, limit, index))
    _add_lone_owners(conn, index, out, limit)
    owners = _surname_owners(out)
    # at equal scores an entity holding the query as typed first (as_typed), then a
    # stored entity before a bare knowledge-base row, one the knowledge base confirms
    # first, a surname's one full-named owner before it; otherwise the index's order stays
    holding = _holding_as_typed(conn, query, out) if not owners else set()  # a bare surname stands for its owner
    out.sort(
        key=lambda r: (
            -r["score"],
            r["id"] not in holding,
            r["id"] < 0,
            "kb_id" not in r,
            r["id"] not in owners,
        )
    )
    out = names_begun_first(_without_noise_beside_exact(out), query)[:limit]
    _own_posts(conn, out)
    _ours_before_theirs(out)
    _remember(memo_key, out)
    return out


def as_typed(text: str) -> str:
    """A name as a user may type it, to tell which of equally scored entities holds the
    query itself among its stored aliases: case, «ё» and spacing aside, letters kept
    (no folding across scripts). Two entities may match a query at 100 through the
    index's fold: «Huoerguosi» stored as an alias of one «Хоргос» entity and «Huo'erguosi»
    of the post the knowledge base confirms, «Мангыстауская область» of its own entity
    and «Мангистауская область» of another. The one holding what was typed is the one
    asked for; the knowledge base's confirmation only ordered them before."""
    return " ".join(text.lower().replace("ё", "е").split())


def _holding_as_typed(conn, query: str, results: list[dict]) -> set:
    """The ids of the entities that hold the query as typed (as_typed) among their stored
    aliases, read under the query's key: a result's "matched" is one alias an entity (at
    a tie of 100 it may be another spelling: «Мангистауская область» for an entity stored
    with «Mangystauskaya oblast» too) or a knowledge-base row's name it was linked by
    («Druzhba» for a post holding the row's «Достык»), so it does not tell. A bare
    knowledge-base row (no article names it) holds no stored alias: it keeps its place
    after the store's entities. Read only when two results tie at the top (one indexed
    lookup, at most 64 rows)."""
    top = max((r["score"] for r in results), default=0.0)
    if sum(r["score"] == top for r in results) < 2:
        return set()
    typed = as_typed(query)
    return {eid for eid, alias in reads.aliases_of_key(conn, names.fold(query)) if as_typed(alias) == typed}


def may_score(
    store,
    query: str,
    types: tuple[str, ...],
    least: float,
    limit: int,
    searched: str | None = None,
    index: AliasIndex | None = None,
) -> bool:
    """Can search_entities(query, searched, limit) give an entity of one of `types` a
    score of `least` or more? False only when neither the alias index nor the knowledge
    base scores an entity or row of those types so well (AliasIndex.may_reach: every
    pass the search may run, scoring those types' keys only): every result of
    search_entities comes from one of the two (a row's results take its type and score;
    a surname's owner takes a person's score, which had to reach `least` itself), or
    from a patronymic or initials, or a name no letter of which folds (for those: True).

    search_topics asks it before looking a word beside a name up for a surname or a
    post: the two scorings without the results' SQL and the rows' links («rail» after
    «khorgos»: ~4 ms whole, on a word that names no one). Kept per store state."""
    types = tuple(t for t in types if searched in (None, t))
    if not types:
        return False
    if not names.fold(query) or split_patronymic(query) or split_initials(query):
        return True
    index = index or AliasIndex.for_store(store)
    key = (id(index), *memo.store_state(store.conn), query, types, least)
    return _MAY_SCORE.recall(key, lambda: _scored_so(index, query, types, least))


_MAY_SCORE = memo.Memo(64)


def _scored_so(index: AliasIndex, query: str, types: tuple[str, ...], least: float) -> bool:
    """may_score's two scorings: the store's index (as search_entities asks it), then the
    knowledge base's (as _kb_rows_named asks it), each a bound over every pass its search
    may run (AliasIndex.may_reach): the search's limit and type only decide which of those
    passes run, so the bound needs neither."""
    return index.may_reach(query, types, least) or kb_index()[0].may_reach(query, types, least)


PATRONYMIC_SCORE = 97.0  # at most, a person found by the query without its patronymic
BOTH_NAMES_SCORE = 99.0  # a person with a name holding the given name and the patronymic whole
GIVEN_NAME_SCORE = 95.0  # a person of that given name when no name of anyone holds the patronymic


def _persons_first(out: list[dict], persons: list[dict]) -> None:
    """A query with a patronymic asks for a person: what else it matches by its given name
    («Нурсултан» is also Нур-Султан, the city's former name) goes under the persons found."""
    if not persons:
        return
    below = max(r["score"] for r in persons) - 0.1
    for r in out:
        if r.get("type") != "person" and r["score"] > below:
            r["score"] = round(below, 2)


def _by_patronymic(store, query: str, limit: int, index: AliasIndex, state: tuple) -> list[dict]:
    """The persons a query with a patronymic names (store.search.patronymic): found by
    its other two words, or, beside the given name alone, holding both in a name (a
    knowledge-base row's or a stored alias)."""
    split = split_patronymic(query)
    if split is None:
        return []
    patronymic, rest = split
    if len(rest) == 2:
        found = search_entities(store, " ".join(rest), "person", limit, index)
        return [dict(r, score=min(r["score"], PATRONYMIC_SCORE)) for r in found]
    given = rest[0]
    out: list[dict] = []
    for pos, row in enumerate(kb_rows()):
        if row.type == "person" and any(holds_both(n, given, patronymic) for n in row.names):
            out += _row_results(store.conn, pos, query, BOTH_NAMES_SCORE, state)
    with_both = set(entities_with_word(index, names.fold(patronymic), "person"))
    with_both &= set(entities_with_word(index, names.fold(given), "person"))
    hits = [(eid, aid, BOTH_NAMES_SCORE) for eid, aid in entities_with_word(index, names.fold(patronymic)).items()]
    out += entity_results(store.conn, [h for h in hits if h[0] in with_both])
    return out or _of_given_name(store, given, limit, index)


def _by_initials(store, query: str, limit: int, index: AliasIndex) -> list[dict]:
    """The persons a query of initials and a surname names (store.search.initials): the
    surname searched alone among persons named so by their surname (not their given name),
    those whose given name the initial does not begin a little lower, none above an exact
    match of the whole query."""
    split = split_initials(query)
    if split is None:
        return []
    initial, surname = split
    out = []
    for r in search_entities(store, surname, "person", limit, index):
        if not named_by_surname(r["name"], surname):
            continue
        agrees = initial_agrees(initial, r["name"])
        score = min(r["score"], INITIALS_SCORE) - (0.0 if agrees else INITIAL_DISAGREES)
        if score >= MIN_ENTITY_SCORE:
            out.append(dict(r, score=round(score, 1)))
    return out


INITIALS_SCORE = 99.0  # at most: the whole query, initials and all, matching a stored name exactly comes first


def _of_given_name(store, given: str, limit: int, index: AliasIndex) -> list[dict]:
    """The persons with the given name as a whole word of their name, when nobody's name
    holds the patronymic too (few names are printed with one: «Нурсултан Абишевич» is
    Назарбаев, whose rows hold none)."""
    key = names.fold(given)
    found = search_entities(store, given, "person", limit, index)
    found = [r for r in found if key in names.fold(str(r.get("name") or "")).split()]
    # a little apart, in the order the given name ranks them (most articles first at a tie)
    return [dict(r, score=round(GIVEN_NAME_SCORE - 0.01 * n, 2)) for n, r in enumerate(found)]


def _own_posts(conn, results: list[dict]) -> None:
    """A stored checkpoint's own gazetteer row as its `kb_id`. The knowledge base's
    name lookup gives every entity named «Хоргос» the row the query named (ours),
    though the store keeps our post and the two Chinese ones opposite as three
    entities, each linked to its row; the row tells them apart (search_table.about)."""
    ids = [r["id"] for r in results if r.get("type") == "checkpoint" and r["id"] > 0]
    refs = reads.checkpoint_refs(conn, ids)
    for r in results:
        if r.get("type") == "checkpoint" and r["id"] in refs:
            r["kb_id"] = refs[r["id"]]


def _without_noise_beside_exact(results: list[dict]) -> list[dict]:
    """The results less the fuzzy matches under NOISE_BESIDE_EXACT when one is the query
    letter for letter (EXACT_MATCH). «қорғас» listed Кордай and Карасу (66.7: two letters
    of six replaced, «коргас»/«кордай» once folded) after the three Хоргос posts, and
    «Қордай» listed Хоргос: just over MIN_ENTITY_SCORE, which keeps such a match for
    a query that names nothing exactly (a typo may be all the user has), but beside
    the name the user typed whole it is another name. A sorted list, order kept."""
    if not results or results[0]["score"] < EXACT_MATCH:
        return results
    return [r for r in results if r["score"] >= NOISE_BESIDE_EXACT]


EXACT_MATCH = 100.0
NOISE_BESIDE_EXACT = 75.0  # one letter of four replaced; two of eight


def _ours_before_theirs(results: list[dict]) -> None:
    """At an equal score, Kazakhstan's post before a neighbour's: «Қорғас» names our
    Хоргос and the two Chinese posts of that name alike, and the index then orders them
    by id, which is the order an ingest happened to store them in. A user of this tool
    asking for a name both sides share means ours first. Only the posts of a run of
    equal scores trade places among the places they hold; a neighbour's post that scores
    higher (its own name typed, «Жимунай») and every other hit keep theirs."""
    start = 0
    for end in range(1, len(results) + 1):
        if end < len(results) and results[end]["score"] == results[start]["score"]:
            continue
        at = [i for i in range(start, end) if results[i].get("type") == "checkpoint"]
        posts = sorted((results[i] for i in at), key=_a_neighbours_post)  # stable: ours, then theirs
        for i, post in zip(at, posts, strict=True):
            results[i] = post
        start = end


def _a_neighbours_post(result: dict) -> bool:
    """True for a checkpoint whose gazetteer row is another state's post."""
    if result.get("type") != "checkpoint" or not result.get("kb_id"):
        return False
    from store.lang import gazetteer

    row = gazetteer.get(result["kb_id"])
    return row is not None and row.foreign


# The entities of the last few queries, kept for the same query asked again while the
# store is unchanged. A keystroke's search asks for several texts: the whole query and,
# for «name topic», the name run (search_topics.split_query). The TUI then asks for the
# whole search of the same text (entities first, articles after), and the CLI for its
# total: with one slot the name run pushed the whole query out and both were scored
# again. Keyed by (index, store path, change marks, query, type, limit): exact, since a
# write changes the marks. Copies go in and out, so a caller's edits change nothing kept.
MEMO_SIZE = 64
MEMO_MAX_LIMIT = 200  # a count's 100,000 entities (search_total) are not kept
_MEMO: OrderedDict = OrderedDict()
_MEMO_LOCK = threading.Lock()  # TUI workers search from their own threads


def remembered(store, index: AliasIndex, parts: tuple, limit: int, run) -> list[dict]:
    """`run()`'s results, kept in the memo under (index, store state, *parts): a prefix's
    entities (store.search.search.prefix_search) are asked twice a keystroke by the TUI
    (entities first, then the whole search), and finding them costs 2–25 ms at a
    million aliases. Lists for a limit above MEMO_MAX_LIMIT are not kept."""
    key = None
    if limit <= MEMO_MAX_LIMIT:
        key = (id(index), str(store.path), reads.change_marks(store.conn), *parts, limit)
    kept = _recalled(key)
    if kept is None:
        kept = run()
        _remember(key, kept)
    return kept


def kept_entities(
    store, query: str, type_: str | None, limit: int, index: AliasIndex | None = None
) -> list[dict] | None:
    """What search_entities(store, query, type_, limit, index) gives when it is kept in
    the memo (for the store as it is now), None when it is not: looked up, never searched."""
    index = index or AliasIndex.for_store(store)
    return _recalled(_memo_key(index, (str(store.path), reads.change_marks(store.conn)), query, type_, limit))


def _memo_key(index: AliasIndex, state: tuple, query: str, type_: str | None, limit: int) -> tuple | None:
    """search_entities' memo key (None: a list too long to keep)."""
    return (id(index), *state, query, type_, limit) if limit <= MEMO_MAX_LIMIT else None


def _recalled(key: tuple | None) -> list[dict] | None:
    """A copy of the entities kept for this key, or None."""
    if key is None:
        return None
    with _MEMO_LOCK:
        kept = _MEMO.get(key)
        if kept is None:
            return None
        _MEMO.move_to_end(key)
    return [dict(r) for r in kept]


def _remember(key: tuple | None, results: list[dict]) -> None:
    """Keep a copy of these entities, dropping the least recently asked beyond MEMO_SIZE."""
    if key is None:
        return
    with _MEMO_LOCK:
        _MEMO[key] = [dict(r) for r in results]
        _MEMO.move_to_end(key)
        while len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)


def clear_memo() -> None:
    """Forget every kept query, and every other search memo (store.search.memo: whole
    searches, an entity's articles): benchmarks timing the work itself call this."""
    with _MEMO_LOCK:
        _MEMO.clear()
    memo.clear_all()


def _surname_owners(results: list[dict]) -> set[int]:
    """The full-named people a bare surname among these results stands for, each
    raised to the surname's score (and ranked before it at that score).

    An article often names a person in full once and by the surname after; when the
    surname alone was stored as a person of its own, a query of the surname (or a typo
    of it) scores that bare entry highest, and the person the user means, «Имя
    Фамилия», a few points lower (the query covers one of its two words). When exactly
    one person among the results has the surname as a whole word of the name, that
    person is who the surname names; with two or more it could be any of them, and the
    order is left alone."""
    people = [r for r in results if r["type"] == "person"]
    named = {r["id"]: names.fold(r["name"]).split() for r in people}
    owners: set[int] = set()
    for bare in people:
        words = named[bare["id"]]
        if len(words) != 1:
            continue
        full = [r for r in people if len(named[r["id"]]) > 1 and words[0] in named[r["id"]]]
        if len(full) == 1:
            owner = full[0]
            if owner["score"] < bare["score"]:
                owner["score"] = bare["score"]
            owners.add(owner["id"])
    return owners


OWNER_LOOKUPS = 2  # bare surnames per query whose owner is looked for in the whole index
OWNER_KEYS_MOST = 32  # a surname in more keys than this is too common to name one person


def _add_lone_owners(conn, index: AliasIndex, results: list[dict], limit: int) -> None:
    """Add the one full-named person a bare surname among the results stands for, when
    no full-named person with it is among them (then _surname_owners ranks him).

    A typo reaches the bare surname («Тулпаров») a little better than the full name:
    both compare the typed word to the same surname, but the full name's score is cut
    for the first name the query does not cover, so at a weak match (~65–70) the full
    name falls under MIN_ENTITY_SCORE or out of the scored candidates, and the person
    the user means is missing. Looked up by the surname as a whole word of the index's
    keys (word_lookup.entities_with_word), not by scoring again."""
    people = [r for r in results[:limit] if r["type"] == "person" and r["id"] > 0]
    words = {r["id"]: names.fold(r["name"]).split() for r in people}
    lookups = 0
    for bare in people:
        word = words[bare["id"]]
        if len(word) != 1 or any(len(w) > 1 and word[0] in w for w in words.values()):
            continue
        if lookups == OWNER_LOOKUPS:
            break
        lookups += 1
        found = entities_with_word(index, word[0], "person", OWNER_KEYS_MOST)
        found.pop(bare["id"], None)
        known = reads.entities_by_id(conn, list(found))
        full = [e for e, (_, name, _) in known.items() if _is_full_name_with(names.fold(name).split(), word[0])]
        if len(full) == 1:
            owner = entity_results(conn, [(full[0], found[full[0]], bare["score"])])
            results.extend(owner)
            words.update({r["id"]: names.fold(r["name"]).split() for r in owner})


def _is_full_name_with(words: list[str], surname: str) -> bool:
    """Is this name of two or more words one with `surname` as a whole word?"""
    return len(words) > 1 and surname in words


def entity_results(conn, hits: list[tuple[int, int, float]], begun: str = "") -> list[dict]:
    """Result dicts of (entity id, alias id, score) hits, with each entity's article count.
    `begun`: the folded letters a prefix query typed (see _settle_ties)."""
    if not hits:
        return []
    eids = [h[0] for h in hits]
    aids = [h[1] for h in hits]
    ents = reads.entities_by_id(conn, eids)
    aliases = reads.alias_texts(conn, aids)
    out: list[dict] = []
    ties: list[tuple] = []
    for hit in hits:
        eid, aid, score = hit[:3]
        own = hit[3:4]  # whether the alias is the entity's own name, where the hit says
        if eid not in ents:
            continue  # deleted since the index was built
        type_name, name, count = ents[eid]
        out.append(
            {
                "kind": "entity",
                "type": type_name,
                "id": eid,
                "name": name,
                "matched": aliases.get(aid, name),
                "score": score,
                "articles": count or 0,
            }
        )
        ties.append((score, tuple(own), count or 0))
    return _settle_ties(out, ties, begun)


def _settle_ties(out: list[dict], ties: list[tuple], begun: str = "") -> list[dict]:
    """Entities next to each other that rank alike (`ties`: score, own name, articles) put
    in the order of their names. The index orders them by id last, and ids follow the
    order articles were stored in, which with several ingest workers is the order they
    finished in: two entities sharing an alias («Көлік министрлігі» for «Министерство
    транспорта» and «Министерство транспорта РК») swapped places from one ingest of the
    same files to the next. Only equal neighbours move, so a caller's order stays.

    `begun` (a one- or two-letter query, folded): of equal neighbours, those whose matched
    name begins with it come first, then those with a later word so begun. The user types
    a name from its start: «Хо» is the post Хоргос before the «МЦПС «Хоргос»» of as many
    articles, which the name order put first."""
    start = 0
    for end in range(1, len(out) + 1):
        if end < len(out) and ties[end] == ties[start]:
            continue
        if end - start > 1:
            out[start:end] = sorted(out[start:end], key=lambda r: _tie_order(r, begun))
        start = end
    return out


def _tie_order(result: dict, begun: str) -> tuple:
    """Equal neighbours' order: begun by the typed letters first (when given), then by name.
    A person's every word counts as a start (the surname is typed first as often as the
    given name)."""
    later = bool(begun) and result["type"] != "person" and not names.fold(str(result["matched"])).startswith(begun)
    return (later, result["name"], result["type"], result["matched"])


KB_LIMIT = 4  # knowledge-base rows looked at per query
KB_SPARE = 2  # more matched, in place of those a row's least score (search_kb.KbRow.least) leaves out


def _kb_results(conn, query: str, type_: str | None, state: tuple = ()) -> list[dict]:
    """The knowledge-base rows the query names: each as the store's entities it links
    to (same type, named by one of its names), or as itself with 0 articles. A row
    never stored has a negative id (-1 - its position) and a `kb_id`. `state` (the
    store's path and change marks) keys the per-process cache of those links.

    Kept per query (_KB_RESULTS): they do not depend on the entity search's limit, and
    the TUI asks for one text at two limits on the key after it (the name at 30 for
    «khorgos », then at 5 as the name of «khorgos о»: 0.8 ms of the key that sets the
    search screen's p95). Copies go out: the caller rescores and reorders them."""
    kept = _KB_RESULTS.recall(
        (*memo.store_state(conn), query, type_), lambda: _kb_rows_named(conn, query, type_, state)
    )
    return [dict(r) for r in kept]


_KB_RESULTS = memo.Memo(64)


def _kb_rows_named(conn, query: str, type_: str | None, state: tuple) -> list[dict]:
    """_kb_results, not kept."""
    index, texts = kb_index()
    rows = kb_rows()
    out: list[dict] = []
    if not names.fold(query):  # «国务院»: no letter fold() knows, so no key to match
        kept = [pos for pos in _unfolded_positions().get(_bare(query), ()) if type_ in (None, rows[pos].type)]
        return [r for pos in kept for r in _row_results(conn, pos, query.strip(), 100.0, state)]
    looked = 0
    for pos, aid, score in index.match(query, type_, KB_LIMIT + KB_SPARE):
        row = rows[pos]
        if score < row.least and not _typo_of(query, texts[aid], score):  # a country matched loosely
            continue  # (a prefix, a longer name): it takes no row's place
        looked += 1
        if looked > KB_LIMIT:
            break
        key = names.fold(texts[aid])
        if not any(_abbreviation_agrees(query, n) for n in row.names if names.fold(n) == key):
            continue
        if not names_the_person(query, row):  # a person row only by its surname (search_kb)
            continue
        out += _row_results(conn, pos, texts[aid], score, state)
    return out


TYPO_LEAST = 90.0  # a name all but matched, with as many letters give or take one


def _typo_of(query: str, name: str, score: float) -> bool:
    """Is the query the name mistyped (a letter dropped, added or changed), not its start
    or a longer name holding it? A country's row needs 95 so that «Туркмен» (the start
    of Туркмения, 91) crowds no other row out; «kazakhstn» (94) is Казахстан mistyped and
    found nothing else as good (issue 16: the railways came first)."""
    if score < TYPO_LEAST:
        return False
    typed, key = names.fold(query).replace(" ", ""), names.fold(name).replace(" ", "")
    return abs(len(typed) - len(key)) <= 1


# A knowledge-base row no article names is shown for what matches it as a name: a typo
# keeps 70 and more («чибирь» → Сибирь 72.7, «Tslğar» → Талгар 72.7); between the index's
# floor (65) and 70 a topic word merely looks like a town («очереди» ~ «Зеренді», 66.7), and
# with no article behind the row nothing else tells them apart (bench/search_kb_queries.py
# seed 16: at 70, 10 of its 35,026 generated queries lose their row; at 75, 27 did).
ROW_ALONE_LEAST = 70.0


def _row_results(conn, pos: int, matched: str, score: float, state: tuple) -> list[dict]:
    """One knowledge-base row as results: the store's entities it links to (row.links
    at most), or the row itself with 0 articles and a negative id."""
    row = kb_rows()[pos]
    linked = _linked_entities(conn, row, state)
    if not linked:
        if score < ROW_ALONE_LEAST:
            return []  # a loose match of a row no article names is noise («очереди» ~ «Зеренді», 66.7)
        linked = [(-1 - pos, row.name, 0)]
    return [
        {
            "kind": "entity",
            "type": row.type,
            "id": eid,
            "name": name,
            "matched": matched,
            "score": score,
            "articles": count or 0,
            "kb_id": row.id,
        }
        for eid, name, count in linked[: row.links]
    ]


def abbreviation_results(store, query: str, type_: str | None = None) -> list[dict]:
    """The knowledge-base rows with `query` as an abbreviation (any letter case, or a
    Latin spelling: «МФ», «ЕС», «UN») or as a whole short name («Шу»), at score 100. For one- and two-letter queries,
    which are read as the start of a word (search.prefix_search) and never scored, so
    a two-letter abbreviation was found by nothing."""
    positions = _abbreviation_positions().get(query.strip().lower().replace("ё", "е"), ())
    if not positions:
        return []
    conn = store.conn
    state = (str(store.path), reads.change_marks(conn))
    rows = kb_rows()
    kept = [pos for pos in positions if type_ in (None, rows[pos].type)]
    return [r for pos in kept for r in _row_results(conn, pos, query, 100.0, state)]


@lru_cache(maxsize=1)
def _abbreviation_positions() -> dict[str, tuple[int, ...]]:
    """Each abbreviation of the knowledge base, and each name of two letters or fewer
    («Шу», «Şu»), in lower case → the positions of its rows."""
    found: dict[str, list[int]] = {}
    for pos, row in enumerate(kb_rows()):
        for name in row.names:
            if is_abbreviation(name) or sum(ch.isalnum() for ch in name) <= 2:
                found.setdefault(name.lower().replace("ё", "е"), []).append(pos)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


@lru_cache(maxsize=1)
def _unfolded_positions() -> dict[str, tuple[int, ...]]:
    """Each knowledge-base name that folds to nothing (a Chinese one: «国务院», «商务部»),
    without spaces and in lower case → the positions of its rows. Such a name has no key
    in the index, so a query that folds to nothing is looked up here, whole."""
    found: dict[str, list[int]] = {}
    for pos, row in enumerate(kb_rows()):
        for name in row.names:
            if not names.fold(name) and _bare(name):
                found.setdefault(_bare(name), []).append(pos)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def _bare(text: str) -> str:
    return "".join(text.split()).lower()


# The store's entities each knowledge-base row links to, for the store state they were
# read in: a row's names are folded and looked up once per process while nobody writes
# the store, not at every query that names it (a query's KB half was ~1 ms of SQL).
# One (state, links) pair, replaced whole: a thread never files links under another state.
_LINKS: list = [((), {})]


def _linked_entities(conn, row, state: tuple) -> list[tuple[int, str, int]]:
    if not state:
        return linked_entities(conn, row)
    cached = _LINKS[0]
    if cached[0] != state:
        cached = _LINKS[0] = (state, {})
    rows = cached[1]
    if row.id not in rows:
        rows[row.id] = linked_entities(conn, row)
    return rows[row.id]


_ABBR_MAX = 5


def _abbreviation_agrees(query: str, text: str) -> bool:
    """An abbreviation matches only itself in its own script: fold() makes WKO and ВКО
    one key, and СКО is one edit from ВКО, but they are different regions. (A Latin
    query finds a Cyrillic abbreviation through its generated Latin spellings.) A short
    name that is no abbreviation («Кеген», «Орда») takes typos like any other name."""
    q, t = query.strip(), text.strip()
    if len(q) > _ABBR_MAX or len(t) > _ABBR_MAX or " " in q or " " in t or not is_abbreviation(t):
        return True
    if q.isascii() and not t.isascii():
        return q.upper() in latin_abbreviations(t)
    return q.lower().replace("ё", "е") == t.lower().replace("ё", "е")


def _merge(results: list[dict], more: list[dict]) -> None:
    """Add `more` to `results`; an entity already there keeps the better score (and
    learns its knowledge-base id)."""
    by_id = {r["id"]: r for r in results}
    for r in more:
        old = by_id.get(r["id"])
        if old is None:
            results.append(r)
            by_id[r["id"]] = r
        else:
            if r["score"] > old["score"]:
                old["score"], old["matched"] = r["score"], r["matched"]
            if "kb_id" in r:
                old.setdefault("kb_id", r["kb_id"])
