"""The first topic word typed after a name ranks none of the name's other spellings
(perf75): they are ranked as a set, whatever the query's script orders them by, and the
TUI's read-ahead ranks them after the name's results, before the topic word is typed.
The results are the same either way; only when the work is done changes."""

from __future__ import annotations

import asyncio
import time

import pytest

from store.search import articles
from store.search import search as engine
from store.search.alias_index import AliasIndex
from store.search.entities import clear_memo
from store.search.name_spellings import name_spellings, name_spellings_any_query
from tests.notes import counted_fts, store_of_openings
from tests.test_tui_helpers import search_screen_on, type_until_whole

NAME = "Каракемер"  # a made-up checkpoint; the store romanizes it «Karakemer»
BODIES = [
    "Каракемер за ночь пропустил почти двести фур, у шлагбаума стояла колонна.",
    "Каракемер перешёл на круглосуточную работу с понедельника.",
    "Каракемер закрыли на два часа из-за ремонта весов.",
]


@pytest.fixture
def ranked(tmp_path, monkeypatch):
    """A store of one checkpoint in three notes, and every FTS expression it ranks."""
    st = store_of_openings(tmp_path / "s.db", [("checkpoint", NAME, b) for b in BODIES])
    exprs = counted_fts(monkeypatch)
    clear_memo()
    yield st, exprs
    clear_memo()
    st.close()


def _spelling_runs(exprs: list[str]) -> list[str]:
    """The rankings of the name's spellings (an OR of its names in several scripts)."""
    return [e for e in exprs if "каракемер" in e and " OR " in e]


def _shown(results: list[dict]) -> list[tuple]:
    return [(r["kind"], r["name"], r["id"], r["score"]) for r in results]


def test_the_name_and_a_cyrillic_topic_word_after_it_rank_its_spellings_once(ranked):
    """«karakemer» lists the Latin spelling last, «karakemer шлаг» (a Cyrillic word in it)
    the Cyrillic ones last: the same names, ranked once."""
    st, exprs = ranked
    index = AliasIndex.build(st)
    engine.search(st, "karakemer", limit=30, index=index)
    found = engine.search(st, "karakemer шлаг", limit=30, index=index)
    assert len(_spelling_runs(exprs)) == 1
    assert found[0]["name"] == NAME and sum(r["kind"] == "article" for r in found) == 3


def test_the_order_of_the_spellings_changes_no_result(ranked):
    """Ranked in either order, the spellings give the same rows and scores."""
    st, _ = ranked
    names = ["Каракемер", "Қаракемер", "Karakemer"]
    one, lemmas = articles.phrases(names)
    other, _ = articles.phrases(names[::-1])
    assert one != other
    assert articles.fts_ranked(st.conn, one, len(lemmas), 30) == articles.fts_ranked(st.conn, other, len(lemmas), 30)
    assert articles.spelled_rows(st.conn, other, len(lemmas), 30) == articles.fts_ranked(st.conn, one, len(lemmas), 30)


def test_read_ahead_ranks_the_spellings_a_topic_word_will_need(ranked):
    st, exprs = ranked
    index = AliasIndex.build(st)
    expected = _shown(engine.search(st, "karakemer колон", limit=30, index=index))  # no read-ahead
    clear_memo()
    exprs.clear()
    named = engine.search(st, "karakemer", type="entity", limit=30, index=index)  # ranks no article
    assert exprs == []
    engine.read_ahead(st, named, 30)
    assert len(_spelling_runs(exprs)) == 1
    found = engine.search(st, "karakemer колон", limit=30, index=index)
    assert len(_spelling_runs(exprs)) == 1  # kept from the read-ahead
    assert _shown(found) == expected


def test_a_name_named_too_weakly_has_nothing_ranked_ahead(ranked):
    st, exprs = ranked
    named = engine.search(st, "karakemer", type="entity", limit=30, index=AliasIndex.build(st))
    engine.read_ahead(st, [{**named[0], "score": 60.0}], 30)
    assert exprs == []


def test_spellings_for_a_query_of_any_script_are_listed_once_each(ranked):
    st, _ = ranked
    kb_names = ["Каракемер", "Қаракемер", "Karakemer"]
    (every,) = name_spellings_any_query(st.conn, [], kb_names)  # three names: the same three for any query
    assert sorted(every) == sorted(name_spellings(st.conn, [], kb_names, "каракемер")) == sorted(kb_names)
    cut = name_spellings_any_query(st.conn, [], kb_names, most=2)  # cut to two: the query's script decides
    assert sorted(map(sorted, cut)) == sorted(
        sorted(name_spellings(st.conn, [], kb_names, q, most=2)) for q in ("karakemer", "каракемер", "қаракемер")
    )
    assert len(cut) == 3


async def _typed_in_the_explorer(path, name: str, topic: str, ahead: bool) -> tuple[list, int]:
    """The whole results of `name` (pasted) + `topic` (typed) in a fresh explorer, the topic
    typed once the name's results are painted and the search thread has read ahead (or
    would have), and how many spellings rankings the topic's keys made."""
    from tui import searching

    exprs: list[str] = []
    read: list[bool] = []
    real, real_ahead = articles.fts_ranked, searching.read_ahead

    def read_ahead(store, results, reader=None, stop=None, stop_articles=None):
        if ahead:
            real_ahead(store, results, reader, stop, stop_articles)
        read.append(bool(results))  # (an empty text's results have nothing to read ahead for)

    clear_memo()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(articles, "fts_ranked", lambda c, e, n, lim: exprs.append(e) or real(c, e, n, lim))
        mp.setattr(searching, "read_ahead", read_ahead)
        async with search_screen_on(path) as (app, pilot, screen):
            screen.query_one("#search-input").value = name  # pasted: the name's own search alone
            t0 = time.perf_counter()
            while not any(read) and time.perf_counter() - t0 < 20:
                await asyncio.sleep(0.01)
            before = len(_spelling_runs(exprs))
            await type_until_whole(pilot, screen, topic)
            assert screen.full_seq == screen._seq
            return _shown(screen.last_results), len(_spelling_runs(exprs)) - before


async def test_the_explorer_ranks_the_spellings_before_the_topic_word(tmp_path):
    """In the explorer the name's spellings are ranked while the user has not typed the
    topic word yet; its keys rank none, and show what they showed without the read-ahead."""
    path = tmp_path / "s.db"
    # more notes than a page holds: the name's own search fills its page, ranking no spelling
    routine = [f"Каракемер: смена номер {n} прошла без задержек на досмотре." for n in range(1, 34)]
    store_of_openings(path, [("checkpoint", NAME, b) for b in BODIES + routine]).close()
    without, ranked_without = await _typed_in_the_explorer(path, "каракемер", " колон", ahead=False)
    with_ahead, ranked_with = await _typed_in_the_explorer(path, "каракемер", " колон", ahead=True)
    assert ranked_without == 1 and ranked_with == 0
    assert with_ahead == without and without[0][1] == NAME


def test_only_an_or_of_quoted_phrases_is_put_in_order():
    assert articles._phrase_set('"хоргос" OR "khorgos"') == '"khorgos" OR "хоргос"'
    assert articles._phrase_set('"a b" AND "c"') == '"a b" AND "c"'
    assert articles._phrase_set('("карак"OR"караг"*) OR "хоргос"') == '("карак"OR"караг"*) OR "хоргос"'


def test_the_warm_up_loads_the_parser_the_lemmatizers_table_leaves_unloaded(monkeypatch):
    """The warm-up's own lemmas are words of the shipped table, which never load pymorphy2;
    warm_parser does, so a topic word's first letters («оч») do not load it on their key."""
    from store.lang import lemmas
    from tui import searching

    monkeypatch.setattr(lemmas, "_morph", None)  # as in a fresh process (restored after)
    searching.warm_articles(None)
    assert lemmas._morph is None
    searching.warm_parser(None)
    assert lemmas._morph is not None
    assert lemmas.parsed_lemma("очереди") == "очередь"


async def test_the_explorer_loads_the_parser_while_nothing_is_typed(tmp_path, monkeypatch):
    """The search screen's warm-up, run while the user has typed nothing, leaves the parser
    loaded; a name typed meanwhile is still searched, and its topic key loads nothing."""
    from store.lang import lemmas

    path = tmp_path / "s.db"
    store_of_openings(path, [("checkpoint", NAME, b) for b in BODIES]).close()
    monkeypatch.setattr(lemmas, "_morph", None)
    async with search_screen_on(path) as (app, pilot, screen):
        t0 = time.perf_counter()
        while lemmas._morph is None and time.perf_counter() - t0 < 20:  # no key typed
            await asyncio.sleep(0.01)
        assert lemmas._morph is not None
        await type_until_whole(pilot, screen, "каракемер ко")
        assert screen.full_seq == screen._seq and screen.last_results[0]["name"] == NAME
