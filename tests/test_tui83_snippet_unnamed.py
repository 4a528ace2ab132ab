"""tui83: a page known not to write the names it was found through (a _NO_NAME kept for its
body and names) is cut by the query's words at once: first_name_in is not asked again at
each letter of a topic word typed after the name, and the snippets are those cut_snippet
cuts without any memo."""

from __future__ import annotations

import pytest

from store.search import articles, memo


@pytest.fixture
def name_finds(monkeypatch):
    """The bodies' lengths first_name_in was asked to search, a list a test reads."""
    memo.clear_all()
    asked: list[int] = []
    real = articles.first_name_in

    def spy(body, named):
        asked.append(len(body))
        return real(body, named)

    monkeypatch.setattr(articles, "first_name_in", spy)
    yield asked
    memo.clear_all()


def _pages(store) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in store.conn.execute("SELECT rowid, id, body FROM articles ORDER BY rowid")]


def _fill(store, pages, lemmas: list[str], named: list[str]) -> list[dict]:
    results = [{"kind": "article", "id": aid} for _, aid, _ in pages]
    pending = {aid: (rowid, lemmas, [], named) for rowid, aid, _ in pages}
    articles.fill_snippets(store.conn, results, pending)
    return results


def _snippet(result: dict) -> tuple:
    hit = result.get("hit")
    return result.get("matched"), tuple(hit) if hit is not None else None


def test_a_page_known_not_to_write_the_name_is_not_searched_for_it_again(sample_store, name_finds):
    pages = _pages(sample_store)
    assert len(pages) == 5
    named = ["Несуществующий Пост"]  # written by none of the sample pages
    _fill(sample_store, pages, ["граница"], named)
    assert len(name_finds) == 5
    for lemmas in (["пункт"], ["пункт", "пропуск"], ["очередь"]):
        got = _fill(sample_store, pages, lemmas, named)
        assert len(name_finds) == 5  # no page searched for the name again
        want = [articles.cut_snippet(body, lemmas, names=[]) for _, _, body in pages]
        assert [_snippet(r) for r in got] == want


def test_a_page_that_writes_the_name_is_still_cut_around_it(sample_store, name_finds):
    pages = _pages(sample_store)
    rowid, aid, body = pages[0]
    word = next(w for w in body.split() if w[:1].isupper() and len(w) > 5 and w.isalpha())
    named = [word]
    first = _fill(sample_store, pages, ["граница"], named)
    again = _fill(sample_store, pages, ["очередь"], named)
    assert _snippet(first[0]) == _snippet(again[0])
    want = articles.cut_snippet(body, ["очередь"], names=[], named=named)
    assert _snippet(again[0]) == want
    memo.clear_all()
    # the pages that do not write it: cut by the words, as without the memo
    cold = _fill(sample_store, pages, ["очередь"], named)
    assert [_snippet(r) for r in cold] == [_snippet(r) for r in again]
