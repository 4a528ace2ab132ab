"""Articles for a query: FTS5 over the lemmas of title and body (store.lang.lemmas), in
bm25 order; the FTS table is contentless, so the snippet is cut from the body here."""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import itemgetter

from store.db import search_reads as reads
from store.lang.fts_terms import all_words, any_word, index_phrases, stem_keys, terms_of
from store.lang.kazakh_stems import kazakh_stem
from store.lang.lemmas import lemma
from store.lang.topic_translations import phrase_words, translations
from store.sanitize import clean_line
from store.search.function_words import is_function_word
from store.search.memo import Memo, store_state
from store.search.misread_names import common_word_of_name, holding_names
from store.search.name_in_text import first_name_in

ARTICLE_TOP_SCORE = 75.0  # the best article's score: strong entity matches (>= 75) rank above it


def fts_expression(query: str) -> tuple[str, list[str]]:
    """An FTS5 MATCH expression of the query's lemmas, each quoted (user text is never
    FTS syntax; a Kazakh stem's voiced form meets its bare one: store.lang.fts_terms),
    and the lemmas."""
    return all_words(query)


# bm25 costs ~2.3 µs per match and query lemma at 150,000 articles (FTS5 reads each
# match's positions and its row of column sizes), so ranking a name found in 2,500
# articles took 6 ms of a 10 ms budget, and «пункт пропуска» (in most articles) 50–110 ms.
# Only the most recently stored RANK_BUDGET / lemmas matches are ranked (a reverse walk
# of the doclists finds where they start, well under 1 ms); bm25's idf is still over the
# whole table, so they keep their global order. A store of fewer matches ranks them all.
RANK_BUDGET = 1_000


def fts_ranked(conn, expr: str, n_lemmas: int, limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best `limit` matches of `expr`, best first: among all the
    matches, or among the newest ones when the query is broad (see RANK_BUDGET)."""
    window = max(limit, RANK_BUDGET // max(n_lemmas, 1))
    # the newest `window` matches with their bm25 in one walk down the doclists, ranked
    # here (ties: the older first, as SQLite's sort gave them): finding the window's edge
    # first and ranking above it in SQL walked the same matches twice
    newest = reads.fts_newest_scored(conn, expr, window)
    return heapq.nsmallest(limit, newest, key=_BY_RANK)  # sorted(...)[:limit], without sorting all


_BY_RANK = itemgetter(1, 0)  # bm25, then the older first


def search_articles(
    store,
    query: str,
    limit: int = 20,
    spellings: Callable[[], list[str]] | None = None,
    pending: dict | None = None,
    ranked: list[tuple[int, float]] | None = None,
    names_read_as_words: list[str] | None = None,
    named: list[str] | None = None,
) -> list[dict]:
    """Articles whose title or body holds every lemma of the query, in bm25 order (for a
    very common query, among the newest matches: RANK_BUDGET), each with a snippet around
    the first matching word form. `spellings`: gives the names the entities the query
    names go by in other scripts and spellings (store.search.name_spellings), any of
    which an article may hold instead; asked only when the query's own matches leave
    room. Those articles come next, and only then, when no article holds every lemma,
    those holding any («Жібек жолы»: a Russian page's «Жибек жолы» is the name, a page
    with «жол» alone is not). `pending`: see article_results. `ranked`: the (rowid,
    bm25) rows the query's own full-text ranking gives, when a caller has them already
    (search_topics.focused_and_own_rows, see own_ranked_as_topic). `names_read_as_words`:
    the query's name words pymorphy2 reads as common words (store.search.misread_names):
    a row is kept only when it holds a capitalized form of each. `named`: see article_results."""
    expr, lemmas = fts_expression(query)
    if not lemmas:
        return []
    conn, n_lemmas = store.conn, len(lemmas)
    rows = list(ranked) if ranked is not None else fts_ranked(conn, expr, n_lemmas, limit)
    whole = bool(rows) or ranked is not None  # the caller's rows hold the fallback already
    if spellings is not None and len(rows) < limit:
        alt_expr, alt_lemmas = phrases(spellings())
        if alt_expr:
            rows = _more(rows, spelled_rows(conn, alt_expr, len(alt_lemmas), limit), limit)
            lemmas = lemmas + alt_lemmas
    if not whole and n_lemmas > 1 and len(rows) < limit:
        rows = _more(rows, fts_ranked(conn, any_word(fallback_expression(query, expr)), n_lemmas, limit), limit)
    if names_read_as_words:
        rows = holding_names(conn, rows, names_read_as_words)
    return article_results(conn, rows, lemmas, pending=pending, names=names_read_as_words, named=named)


def fallback_expression(query: str, expr: str) -> str:
    """The expression whose any word a query falls back to when no article holds every
    lemma: the query's without its function words («в КГД»: a page holding «в» only
    is no hit, and its bm25, a word in nearly every article, showed as score 0.0), or
    `expr` when nothing else is left."""
    kept = [w for w in query.split() if not is_function_word(w)]
    if not kept or len(kept) == len(query.split()):
        return expr
    return fts_expression(" ".join(kept))[0] or expr


def _more(rows: list[tuple[int, float]], more: list[tuple[int, float]], limit: int) -> list[tuple[int, float]]:
    """`rows`, then those of `more` not among them, `limit` at most."""
    seen = {r[0] for r in rows}
    return (rows + [r for r in more if r[0] not in seen])[:limit]


def own_ranked_as_topic(conn, query: str, topic_expr: str) -> int | None:
    """The query's lemma count (fts_ranked's window is cut by it) when its own ranking
    (search_articles': every lemma, else any) is the topic expression's over the whole table, else None.

    That holds when the query's lemmas outside the topic expression, in order, leave it
    exactly («khorgos о»: the name «khorgos», typed in Latin, is in no article's lemmas,
    and «о» is the topic) and none of those outside lemmas is in any article: then every
    lemma together matches nothing, the fallback «"khorgos" OR "о"» matches the topic's
    articles, and its bm25 of each is the topic's (a phrase absent from a row adds 0.0
    to the sum). One statement can then rank both (search_topics.ranked_with_own)."""
    expr, lemmas = fts_expression(query)
    phrases = terms_of(expr)
    topic_phrases = set(topic_expr.split(" OR "))
    outside = [p for p in phrases if p not in topic_phrases]
    if not outside or " OR ".join(p for p in phrases if p in topic_phrases) != topic_expr:
        return None
    if any(reads.fts_matches_any(conn, p) for p in outside):
        return None
    return len(lemmas)


def spelled_rows(conn, expr: str, n_lemmas: int, limit: int) -> list[tuple[int, float]]:
    """fts_ranked of a name's other spellings, kept per store state (_SPELLED): a
    Latin name followed by topic words («khorgos оч», «khorgos оче», …) ranks the same
    spellings on every key (~1 ms at 100,000 articles), only the topic words change.

    Ranked as the set of phrases, in one fixed order (_phrase_set): name_spellings
    puts the query's own script last, so the name alone («khorgos») and the name
    with a Cyrillic topic word («khorgos оч») list the same spellings in two orders,
    and the first key of the topic word ranked them again (1-6 ms of the process's
    first name + topic query in the TUI, whose keystrokes have ~16 ms). An OR of
    phrases matches the same rows in any order, and bm25 sums over its phrases."""
    expr = _phrase_set(expr)
    return _SPELLED.recall((*store_state(conn), expr, n_lemmas, limit), lambda: fts_ranked(conn, expr, n_lemmas, limit))


def _phrase_set(expr: str) -> str:
    """An OR of quoted phrases (`phrases`) in sorted order, each once; any other
    expression as it is (a phrase's lemmas are lower-case, so « OR » only joins)."""
    parts = expr.split(" OR ")
    if not all(len(p) > 1 and p[0] == p[-1] == '"' for p in parts):
        return expr
    return " OR ".join(sorted(set(parts)))


_SPELLED = Memo(16)


def phrases(names_: list[str]) -> tuple[str, list[str]]:
    """An FTS5 expression matching any of these names as a phrase of lemmas."""
    phrases = [p for p in dict.fromkeys(p for n in names_ for p in index_phrases(n)) if p]
    expr = " OR ".join('"' + p.replace('"', '""') + '"' for p in phrases)
    return expr, list(dict.fromkeys(w for p in phrases for w in p.split()))


def article_results(
    conn,
    rows: list[tuple[int, float]],
    lemmas: list[str],
    top: float = ARTICLE_TOP_SCORE,
    pending: dict | None = None,
    names: list[str] | None = None,
    named: list[str] | None = None,
) -> list[dict]:
    """Result dicts of (rowid, bm25) rows, scored relative to the best (`top`), with
    date and outlet, and a snippet around the first word of `lemmas` (`names`, `named`:
    see cut_snippet), "hit" its [start, end] in the snippet when a word was found.

    With a `pending` dict the bodies are not read and "matched" is left empty: each
    article's (rowid, lemmas, names, named) is filed there under its id for fill_snippets, so a caller
    that keeps only some of the results cuts snippets for those only (a search keeps
    `limit` of up to twice as many articles; a snippet costs ~0.2 ms)."""
    if not rows:
        return []
    best = min(r[1] for r in rows)
    floor = _ranked_floor(rows, top)
    rowids = [r[0] for r in rows]
    arts = reads.article_heads_by_rowid(conn, rowids) if pending is not None else reads.articles_by_rowid(conn, rowids)
    out = []
    for rowid, rank in rows:
        if rowid not in arts:
            continue
        aid, title, body, date, source = arts[rowid] if pending is None else (*arts[rowid][:2], "", *arts[rowid][2:])
        score = floor + (top - floor) * (rank / best) if best < 0 and rank < 0 else top * UNRANKED_AT
        score = max(score, LEAST_RANKED)
        if pending is not None:
            pending.setdefault(aid, (rowid, lemmas, names, named))  # the first list to hold an article keeps it
        result = {
            "kind": "article",
            "type": "article",
            "id": aid,
            "name": title or "",
            "matched": "",
            "score": round(score, 1),
            "date": date,
            "source": source,
        }
        if pending is None:
            _put_snippet(result, cut_snippet(body or "", lemmas, names=names, named=named))
        out.append(result)
    return settle_article_ties(out)


def _put_snippet(result: dict, cut: tuple[str, tuple[int, int] | None]) -> None:
    """An article result's "matched" snippet, and its "hit" span when a word was found
    (a reader marks the word by it; the text itself stays plain: no markup in it)."""
    result["matched"] = cut[0]
    if cut[1] is not None:
        result["hit"] = list(cut[1])


UNRANKED_AT = 0.8  # an unranked row's score (a focus entity's article no topic word matched), x top
# the least score an article is shown with: bm25 gives nearly 0 to a page matching only
# words most articles hold (FTS5's idf floor), and a share of the best that rounds to
# 0.0 read as «not matched» beside a page that is 75.0; 0.1 says «matched, ranked last»
LEAST_RANKED = 0.1


def _ranked_floor(rows: list[tuple[int, float]], top: float) -> float:
    """The score a ranked row (bm25 under 0) starts from. Alone, bm25's share of the best
    (0 up): as before. Beside unranked rows (a focus entity's articles no topic word
    matches, scored UNRANKED_AT x top) ranked rows take the band above them: after
    search_topics.shared_first moved the pages naming both a person and a body ahead, a
    page on the person with the query's topic word kept a small share of the shifted best
    and fell under the body's pages that match no word of the query. The order is then
    the one a user can read off: both named, then a topic word on either, then neither."""
    if not any(rank >= 0 for _, rank in rows):
        return 0.0
    return top * UNRANKED_AT + 0.1  # one shown decimal over the unranked rows: never tied with them


def settle_article_ties(results: list[dict]) -> list[dict]:
    """Articles best score first; of equal score the newest by date first (undated
    last), then by id (a hash of title and body). Not by rowid: with two ingest workers
    the same files are stored in another order from run to run, and equal-score
    articles would trade places between two stores of the same articles."""
    results.sort(key=lambda r: r["id"])
    results.sort(key=lambda r: r.get("date") or "", reverse=True)  # stable, reverse too
    results.sort(key=lambda r: -r["score"])
    return results


def by_content(keys: dict[int, tuple[str | None, str]], rowids: list[int]) -> list[int]:
    """Rowids in the order settle_article_ties gives articles of equal score: newest
    date first, undated last, then by id. `keys`: search_reads.article_order_keys."""
    out = sorted(rowids, key=lambda r: keys.get(r, (None, ""))[1])
    out.sort(key=lambda r: keys.get(r, (None, ""))[0] or "", reverse=True)
    return out


# Snippets cut, by the store's state and what each was cut from (fill_snippets). The TUI's
# search screen cuts those of its first screen at every key: a key whose search is kept (a
# backspace, a text typed again: store.search.search's memo) cut the same ones again, and a
# letter typed on a topic word after a name («khorgos оч», «оче», …) cut again the pages
# found through the name, whose snippet is the name's place whatever the topic word
# (cut_snippet): ~0.1 ms a page at 100,000 articles, 9 of a screen's 13 on those keys.
SNIPPETS_KEPT = 1024
_SNIPPETS = Memo(SNIPPETS_KEPT)
Cut = tuple[str, tuple[int, int] | None]  # a snippet and its hit's place in it (cut_snippet)
_NO_NAME = "no name"  # kept for (a body, names) the body does not write: its cut is by the words


def fill_snippets(conn, results: list[dict], pending: dict) -> None:
    """Cut the snippets article_results left pending, for the article results kept, as
    cut_snippet cuts them. A cut made before from the same body (the store unchanged) is
    taken from _SNIPPETS, the body not read again: one around a name the page writes is
    kept by the body and the names alone (the query's words do not move it), one by the
    words by the body and every list it was cut with."""
    wanted = {r["id"]: pending[r["id"]] for r in results if r["kind"] == "article" and r["id"] in pending}
    if not wanted:
        return
    state = store_state(conn)
    keys = {aid: _snippet_keys(state, *cut_from) for aid, cut_from in wanted.items()}
    cuts: dict[str, Cut] = {}
    unnamed: set[str] = set()  # pages known not to write their names: cut by the words at once
    for aid, key_pair in keys.items():
        kept = _kept_cut(*key_pair)
        if kept is _NO_NAME:
            unnamed.add(aid)
        elif isinstance(kept, tuple):
            cuts[aid] = kept
    missing = [aid for aid in wanted if aid not in cuts]
    if missing:
        bodies = reads.article_bodies_by_rowid(conn, [wanted[aid][0] for aid in missing])
        for aid in missing:
            rowid, lemmas, names, named = wanted[aid]
            body = bodies.get(rowid) or ""
            cuts[aid] = _cut_keeping(body, lemmas, names, None if aid in unnamed else named, *keys[aid])
    for r in results:
        if r["kind"] == "article" and r["id"] in cuts:
            _put_snippet(r, cuts[r["id"]])


def _snippet_keys(state: tuple, rowid: int, lemmas, names, named) -> tuple[tuple | None, tuple | None]:
    """The memo keys of a cut around the name (None without names) and of a cut by the
    words; (None, None) for a word list that is no list of texts (never kept)."""
    words = (tuple(lemmas or ()), tuple(names or ()), tuple(named or ()))
    if not all(isinstance(w, str) for ws in words for w in ws):
        return None, None
    return ((*state, rowid, "named", words[2]) if named else None), (*state, rowid, *words)


def _kept_cut(by_name: tuple | None, by_words: tuple | None) -> Cut | str | None:
    """The cut kept for a page: around its name, else (the page known not to write it, or
    no name) by its words; None when it is to be cut, _NO_NAME when it is to be cut by
    its words (the page known not to write its names, no cut by these words kept)."""
    if by_name is not None:
        kept = _SNIPPETS.get(by_name)
        if kept is None:
            return None
        if kept != _NO_NAME:
            return kept
        by_words_kept = _SNIPPETS.get(by_words) if by_words is not None else None
        return _NO_NAME if by_words_kept is None else by_words_kept
    return _SNIPPETS.get(by_words) if by_words is not None else None


def _cut_keeping(body: str, lemmas, names, named, by_name: tuple | None, by_words: tuple | None) -> Cut:
    """cut_snippet's cut, kept under the key it depends on. `named` None: the page is
    known not to write its names (_NO_NAME kept under `by_name`, the same body and names:
    first_name_in's answer again), so it is not looked for (tui83: ~75 µs a page of
    «khorgos очередь» found through the post and not writing it, at every letter of the
    topic word, while the cut by the words changes with them)."""
    span = first_name_in(body, named) if named else None
    if span is not None:
        cut = _cut_around(body, span)
        if by_name is not None:
            _SNIPPETS.put(by_name, cut)
        return cut
    if by_name is not None:
        _SNIPPETS.put(by_name, _NO_NAME)
    cut = cut_snippet(body, lemmas, names=names)  # the name is not written: by the words
    if by_words is not None:
        _SNIPPETS.put(by_words, cut)
    return cut


_WORD = re.compile(r"\w+(?:-\w+)*")


def snippet(body: str, lemmas: list[str], width: int = 160, names: list[str] | None = None) -> str:
    """cut_snippet's text (see there)."""
    return cut_snippet(body, lemmas, width, names)[0]


def cut_snippet(
    body: str, lemmas: list[str], width: int = 160, names: list[str] | None = None, named: list[str] | None = None
) -> tuple[str, tuple[int, int] | None]:
    """About `width` characters of the body around the query's best word in it, and
    where that word stands in the text (start, end), None when no word was found.

    The best word is the name the article was found through (`named`: the entities'
    names, in the first case form or spelling the page writes, store.search.name_in_text):
    of «очередь на хоргосе» the user looks for the post, and a page's first «очередь»
    may stand far from it in a paragraph on another post. With no name written, it is
    the first word of the query's rarest lemma on the page, the one it writes fewest
    times before it has written each (_best_wanted), then the longest (of «пункт пропуска
    ремонт», «ремонт», not the «пункт» a border page repeats: a document frequency would
    cost a doclist read), a lemma's
    translation counting as it («кезегі» for «очередь»: the article was found so,
    store.lang.topic_translations). `names`: the query's names read as common words
    (misread_names.misread_words): a word of their common lemma counts only as the
    capitalized name («сырую нефть» before «поста Сырым» is not the hit). Without a
    name or any query word the snippet is the page's opening lines, unmarked."""
    span = first_name_in(body, named) if named else None
    if span is None:
        hit = _best_wanted(body, lemmas, names)
        span = hit.span() if hit is not None else None
    return _cut_around(body, span, width)


def _cut_around(body: str, span: tuple[int, int] | None, width: int = 160) -> Cut:
    """cut_snippet's text around the body's `span` and where it stands in it (the opening
    lines, unmarked, for None)."""
    if span is None:
        return _cut(body, 0, _closing(body, 0, 0, width)), None
    start = _opening(body, span[0], width)
    end = _closing(body, start, span[1], width)
    text = _cut(body, start, end)
    return text, _hit_in(text, body, start, span)


def _hit_in(text: str, body: str, start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the body's `span` stands in the snippet `text` cut from `start`: after «…»
    and the cleaned text before it (clean_line may fold or escape characters)."""
    at = (1 if start else 0) + len(clean_line(body[start : span[0]] + "x")) - 1
    word = body[span[0] : span[1]]
    return (at, at + len(word)) if text[at : at + len(word)] == word else None


def _best_wanted(body: str, lemmas: list[str], names: list[str] | None):
    """The first body word (a match) of the rarest wanted lemma the body holds: the one
    it writes fewest times (a word most border pages hold, «пункт», «пропуск», repeats
    on the page too, what the user added to it mostly does not), of those the longest
    (see cut_snippet). Counted up to where the page has written as many lemmas as the
    query has, and at most RARITY_SPAN characters past the first: a 9,000-character page
    read to its end cost 0.6 ms a snippet (the first word alone, 0.04), and a word written
    before the last one first appears is the more frequent. Only words sharing a 3-letter
    prefix with a wanted lemma are lemmatized."""
    own = {lem for lem in lemmas if not is_function_word(lem)} or set(lemmas)  # «очередь на»: not the first «на»
    enough = len(own)  # the query's own lemmas: that many found, the counts so far decide
    wanted, stems, prefixes = wanted_forms(tuple(lemmas))
    if not prefixes:
        return None
    first: dict[str, re.Match] = {}
    counts: dict[str, int] = {}
    stop_at = len(body)
    for m, past in _words_from(body, prefixes):
        if past(stop_at):
            break
        w = m.group().lower().replace("ё", "е")
        if w.startswith(prefixes) and _wanted_word(w, wanted, stems) and not common_word_of_name(m.group(), names):
            which = _wanted_lemma(w, wanted)
            if not first:
                stop_at = m.start() + RARITY_SPAN
            first.setdefault(which, m)
            counts[which] = counts.get(which, 0) + 1
            if len(first) >= enough:
                break
        if m.start() > stop_at:
            break
    if not first:
        return None
    rarest = min(first, key=lambda lem: (counts[lem], -len(lem), first[lem].start()))
    return first[rarest]


RARITY_SPAN = 1_500  # characters past the first query word that _best_wanted counts in


def _words_from(body: str, prefixes: tuple[str, ...]) -> Iterator[tuple[re.Match, Callable[[int], bool]]]:
    """The body's words (_WORD's matches) that _best_wanted looks at, each with `past(stop_at)`:
    whether the scan of every word would have stopped before it (a word past `stop_at` came
    between). Every word, when the body's lowered text is not as long as the body (a letter
    that lowers to two, «İ»); else only the words beginning, in any case, like one of the
    `prefixes` (_prefixed_words: a superset of those the scan keeps, which it checks again
    the same way): ~5 of a page's ~200 words, the scan's Python step per word was most of a
    snippet's ~0.12 ms at 100,000 articles (tui80)."""
    if len(body.lower()) != len(body):
        for m in _WORD.finditer(body):
            yield m, _never
        return
    for begun in _prefixed_words(prefixes).finditer(body):
        word = _WORD.match(body, begun.start())
        if word is None:  # (a prefix match always starts a word: the look-behinds)
            continue

        def past(stop_at: int, at: int = word.start()) -> bool:
            # the scan stops after the first word past stop_at: this one, unless one began before it
            return at > stop_at and _WORD_START.search(body, stop_at + 1, at) is not None

        yield word, past


def _never(stop_at: int) -> bool:
    return False


_WORD_START = re.compile(r"(?<![\w])(?<!\w-)\w")  # where _WORD.finditer begins a word


@lru_cache(maxsize=64)
def _prefixed_words(prefixes: tuple[str, ...]) -> re.Pattern:
    """The starts of the words (as _WORD.finditer finds them) beginning like one of
    `prefixes` in any case, «е» standing for «ё» too (the scan lowers a word and reads «ё»
    as «е»)."""
    alternatives = "|".join(re.escape(p).replace("е", "[её]") for p in sorted(prefixes, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?<!\w-)(?:{alternatives})", re.IGNORECASE)


def _wanted_lemma(word: str, wanted: frozenset[str]) -> str:
    """Which wanted lemma a body word is a form of: its own lemma, else (a Kazakh stem or a
    stem key matched it) the longest wanted lemma it begins like, else the word itself."""
    own = lemma(word)
    if own in wanted:
        return own
    return max((lem for lem in wanted if word[:3] == lem[:3]), key=len, default=word)


@lru_cache(maxsize=64)
def wanted_forms(lemmas: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """What _best_wanted looks for, from a query's lemmas: the wanted lemmas (their
    translations and phrase words added), their Kazakh stems, and the 3-letter prefixes
    of both. Kept per lemma list: a search cuts up to `limit` snippets (20) for one
    list, and working it out again for each body cost ~0.1 ms of a search's ~0.9 ms
    of snippets at 100,000 articles (perf80). The sets are frozen: nothing a caller
    does changes what is kept. The prefixes are sorted: the same tuple whatever the set's order."""
    wanted = {lem for lem in lemmas if not is_function_word(lem)} or set(lemmas)  # «очередь на»: not the first «на»
    wanted.update(translations(wanted), phrase_words(wanted))
    # a Kazakh word pymorphy2 knows («талабы») is wanted by its Russian lemma («талаб»),
    # which the page's bare «талап» never has: the lemma's Kazakh stem is wanted too
    stems = {kazakh_stem(lem) for lem in wanted}
    prefixes = tuple(sorted({lem[:3] for lem in wanted | stems}))
    return frozenset(wanted), frozenset(stems), prefixes


def _closing(body: str, start: int, hit_end: int, width: int) -> int:
    """Where a snippet opened at `start` ends: `width` on, moved back to the end of a
    word (never half a word: «…для г»), and never before the hit's own end."""
    end = max(start + width, hit_end)
    if end >= len(body):
        return len(body)
    if body[end].isspace() or not body[end - 1].isalnum():
        return end
    space = body.rfind(" ", hit_end, end)
    return space if space > hit_end else end + _word_rest(body, end)


def _word_rest(body: str, at: int) -> int:
    """How many characters of the word running through `at` are left (bounded: a
    word longer than 40 letters is cut where it stands)."""
    m = re.match(r"\w{0,40}", body[at : at + 40])
    return len(m.group()) if m else 0


def _cut(body: str, start: int, end: int) -> str:
    """The body from `start` to `end` on one line, «…» where the body goes on either side."""
    return ("…" if start else "") + clean_line(body[start:end]) + ("…" if end < len(body) else "")


def _opening(body: str, at: int, width: int) -> int:
    """Where a snippet around the word at `at` opens: at the start of the word's sentence
    when that is at most half the width back (the page's first sentence was shown when
    the hit stood in the second, and the tail of the sentence before otherwise: «…и
    школы. На посту…»), else a third of the width back, at a word's start. The look
    back is bounded by the width: linear in it, whatever the body."""
    back = body[max(0, at - width // 2) : at]
    ends = [m.end() for m in _SENTENCE_END.finditer(back) if not _after_initial(back, m.start())]
    if ends:
        return at - len(back) + ends[-1]
    if at <= width // 2:  # the body's start is the hit sentence's start, no farther back than one would be
        return 0
    start = max(0, at - width // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < at else start
    return start


_SENTENCE_END = re.compile(r"[.!?…]+[»\"”)]*\s+|\n\s*")
_LAST_WORD = re.compile(r"(\w+)$")


def _after_initial(text: str, dot: int) -> bool:
    """Is the period at `dot` an initial's or a short abbreviation's («Б. Момышулы»,
    «г. Алматы», «ул. Абая»), not a sentence's end: the word before it is under 3 letters?"""
    m = _LAST_WORD.search(text, 0, dot)
    if m is None or text[dot] != ".":
        return False
    return len(m.group(1)) < 3 and not m.group(1).isdigit()


@lru_cache(maxsize=8192)
def _wanted_word(word: str, wanted: frozenset[str], stems: frozenset[str]) -> bool:
    """Is a lowered body word a form of a wanted lemma: its lemma, or a Kazakh stem of it?
    Kept per word and wanted sets (wanted_forms keeps those): a Kazakh word's stem keys were
    a quarter of a snippet's cut, and the pages of one query write the same words («кезек»,
    «кезекте»; tui80)."""
    return lemma(word) in wanted or kazakh_stem(word) in stems or not wanted.isdisjoint(stem_keys(word))
