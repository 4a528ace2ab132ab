"""Articles of equal score are listed by their own content (newest date first, then a
hash of title and body), never by the order they were stored in: two ingest workers
store the same files in another order from run to run (issue 16)."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.search.articles import settle_article_ties
from store.search.search import search
from tests.notes import opening, write_note

# Made-up notes naming one made-up post; none holds the topic word, so all rank alike.
NOTES = [
    ("Пост Жаңатас-Кендір работал в обычном режиме.", "2024-03-02"),
    ("Через пост Жаңатас-Кендір прошли сорок машин.", "2025-01-15"),
    ("На посту Жаңатас-Кендір заменили шлагбаум.", ""),
    ("Пост Жаңатас-Кендір посетила делегация.", "2025-01-15"),
    ("Водители хвалят пост Жаңатас-Кендір.", ""),
]


def _store(path, order):
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        for n in order:
            body, date = NOTES[n]
            meta = {"date": date} if date else {}
            write_note(st, n, body, [opening("checkpoint", "Жаңатас-Кендір", body.split()[1])], **meta)
    return st


@pytest.mark.parametrize("query", ["Жаңатас-Кендір реконструкция", "Жаңатас-Кендір"])
def test_the_same_articles_stored_in_another_order_are_listed_alike(tmp_path, query):
    first = _store(tmp_path / "a.db", [0, 1, 2, 3, 4])
    second = _store(tmp_path / "b.db", [4, 2, 3, 0, 1])

    def shown(st):
        return [(r["kind"], r["name"], r["score"], r.get("date")) for r in search(st, query, None, 10)]

    assert shown(first) == shown(second)
    articles = [r for r in shown(first) if r[0] == "article"]
    assert len(articles) == 5


def test_equal_scores_go_newest_date_first_then_by_id_and_undated_last():
    def art(aid, score, date):
        return {"kind": "article", "id": aid, "score": score, "date": date}

    out = [art("c", 60.0, None), art("b", 60.0, "2025-01-15"), art("a", 60.0, "2025-01-15"), art("d", 70.0, None)]
    out.append(art("e", 60.0, "2026-02-01"))
    assert [r["id"] for r in settle_article_ties(out)] == ["d", "e", "a", "b", "c"]
