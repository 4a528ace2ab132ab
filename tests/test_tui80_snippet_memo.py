"""tui80: a snippet cut once is kept (store.search.articles.fill_snippets) by the store's
state and what it was cut from, so the explorer's keys whose search is kept (a backspace,
a text typed again) do not read the bodies and cut them again; a write to the store (by
this connection or another) cuts them anew. Every sentence here is made up for these tests."""

from __future__ import annotations

import sqlite3

import pytest

from store.db import search_reads
from store.db import store as db
from store.search import articles, memo
from store.search.search import cut_snippets, search
from tests.notes import write_note

FILLER = (
    "Во вторник в сельском клубе прошло собрание о ценах на сено, о ремонте школьной крыши "
    "и о посадке деревьев вдоль дороги, а в конце "
)


def _store(path, count: int = 4):
    st = db.open_store(path, write=True, create=True)
    for n in range(1, count + 1):
        body = FILLER + f"водители сказали, что у поста Жалаулы стояли {n + 10} фур с углём."
        with st.conn:
            write_note(st, n, body, [], title="Обзор", date=f"2024-06-{n:02d}", source="Листок")
    st.close()
    return path


@pytest.fixture
def bodies_read(monkeypatch):
    """How many bodies each fill_snippets read (a list of counts a call)."""
    memo.clear_all()
    calls: list[int] = []
    real = search_reads.article_bodies_by_rowid

    def spy(conn, rowids):
        calls.append(len(rowids))
        return real(conn, rowids)

    monkeypatch.setattr(search_reads, "article_bodies_by_rowid", spy)
    yield calls
    memo.clear_all()


def _cut(st, query: str) -> list[tuple]:
    results = search(st, query, limit=10, snippets=False)
    cut_snippets(st, results)
    return [(r["id"], r["matched"], r.get("hit")) for r in results if r["kind"] == "article"]


def test_a_kept_search_cut_again_reads_no_body_and_gives_the_same_snippets(tmp_path, bodies_read):
    st = db.open_store(_store(tmp_path / "s.db"))
    first = _cut(st, "фур углём")
    assert len(first) == 4 and all(hit for _, _, hit in first)
    assert bodies_read == [4]
    again = _cut(st, "фур углём")  # the search is kept (search's memo); the cuts now too
    assert again == first and bodies_read == [4]
    fresh = search(st, "фур углём", limit=10)  # the CLI's way: cut inside the search
    assert [(r["id"], r["matched"], r.get("hit")) for r in fresh if r["kind"] == "article"] == first
    st.close()


def test_other_words_cut_the_same_article_anew(tmp_path, bodies_read):
    st = db.open_store(_store(tmp_path / "s.db"))
    by_hay = _cut(st, "сено")
    by_meeting = _cut(st, "собрание")
    assert bodies_read == [4, 4]
    assert all(m[h[0] : h[1]] == "сено" for _, m, h in by_hay)
    assert all(m[h[0] : h[1]] == "собрание" for _, m, h in by_meeting)
    st.close()


def test_a_write_by_another_connection_cuts_the_snippets_anew(tmp_path, bodies_read):
    path = _store(tmp_path / "s.db")
    st = db.open_store(path)
    before = _cut(st, "фур углём")
    writer = sqlite3.connect(path)
    with writer:  # the same row, another body: the kept cut would show text the page no longer has
        writer.execute("UPDATE articles SET body = replace(body, 'Во вторник', 'В среду')")
    writer.close()
    after = _cut(st, "фур углём")
    assert bodies_read == [4, 4]
    assert [m.replace("В среду", "Во вторник") for _, m, _ in after] == [m for _, m, _ in before]
    assert all("В среду" in m for _, m, _ in after if not m.startswith("…"))
    st.close()


def test_a_write_by_the_same_connection_cuts_the_snippets_anew(tmp_path, bodies_read):
    st = db.open_store(_store(tmp_path / "s.db"), write=True)
    _cut(st, "фур углём")
    with st.conn:
        write_note(st, 9, FILLER + "у поста Жалаулы стояли 99 фур с углём.", [], title="Обзор", date="2024-06-20")
    after = _cut(st, "фур углём")
    assert bodies_read == [4, 5] and len(after) == 5
    st.close()


def test_the_memo_keeps_at_most_its_size(tmp_path, bodies_read, monkeypatch):
    monkeypatch.setattr(articles._SNIPPETS, "size", 3)
    st = db.open_store(_store(tmp_path / "s.db"))
    _cut(st, "фур углём")  # 4 cut, 3 kept
    assert len(articles._SNIPPETS._kept) == 3
    _cut(st, "фур углём")
    assert bodies_read == [4, 1]  # the one dropped is read again
    st.close()


def _fill(st, pending: dict) -> dict:
    results = [{"kind": "article", "id": aid, "matched": ""} for aid in pending]
    articles.fill_snippets(st.conn, results, pending)
    return {r["id"]: (r["matched"], tuple(r["hit"]) if "hit" in r else None) for r in results}


def test_a_page_cut_around_its_name_is_cut_once_whatever_the_words(tmp_path, bodies_read):
    """«жалаулы у», «жалаулы уг», «жалаулы угл»: a page found through the name has the
    name's place as its snippet at every letter; a page that does not write the name is
    cut by the words, anew for other words."""
    st = db.open_store(_store(tmp_path / "s.db", 2))
    rowid_of = dict(st.conn.execute("SELECT id, rowid FROM articles"))
    named, other = sorted(rowid_of)
    with st.conn:  # one page no longer writes the name
        st.conn.execute("UPDATE articles SET body = replace(body, 'Жалаулы', 'Майтобе') WHERE id = ?", (other,))
    bodies = dict(st.conn.execute("SELECT id, body FROM articles"))
    for n, prefix in enumerate(["у", "уг", "угл"]):
        lemmas = ["жалаулы", prefix]
        pending = {aid: (rowid_of[aid], lemmas, [], ["Жалаулы"]) for aid in (named, other)}
        cuts = _fill(st, pending)
        for aid in (named, other):
            assert cuts[aid] == articles.cut_snippet(bodies[aid], lemmas, names=[], named=["Жалаулы"])
        assert bodies_read[n] == (2 if n == 0 else 1)  # the named page's cut is kept, the other one's is not
    assert len(bodies_read) == 3
    st.close()


def test_cuts_typed_letter_by_letter_equal_a_fresh_cut_of_each_page(sample_store, bodies_read):
    """Every snippet of the sample store's searches typed a letter at a time, forward and
    back (memos kept, as in the explorer), equals cut_snippet of its page and the lists
    the search cut it with."""
    bodies = dict(sample_store.conn.execute("SELECT rowid, body FROM articles"))
    typed = [q[:n] for q in ("хоргос очередь", "khorgos railway", "достык ремонт") for n in range(4, len(q) + 1)]
    compared = 0
    for text in typed + typed[::-1]:
        results = search(sample_store, text, limit=30, snippets=False)
        lists = {r["id"]: r["snippet_to_cut"] for r in results if "snippet_to_cut" in r}
        cut_snippets(sample_store, results)
        for r in results:
            if r["id"] in lists:
                rowid, lemmas, names, named = lists[r["id"]]
                text_, hit = articles.cut_snippet(bodies[rowid], lemmas, names=names, named=named)
                assert (r["matched"], r.get("hit")) == (text_, list(hit) if hit else None), text
                compared += 1
    assert compared > 50
