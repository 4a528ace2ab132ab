"""store.queries on hand-made stores: keyset paging equals one ordered scan,
filters select what they say, details carry what the reader screens show."""
from __future__ import annotations

import pytest

from store import db, queries
from store.model import Article, Extraction, Mention
from store.queries import ArticleFilter
from tests.test_tui_helpers import store_path, write_store  # noqa: F401  (fixture)


@pytest.fixture
def store(store_path):
    s = db.open_store(store_path)
    yield s
    s.close()


@pytest.fixture(scope="module")
def paged_path(tmp_path_factory):
    """250 articles, some on the same date, some undated, to exercise keyset ties."""
    items = []
    for i in range(250):
        date = None if i % 17 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 5:02d}"
        body = f"Статья {i} про пункт пропуска Хоргос."
        art = Article(file=f"{i}.txt", path=f"/{i}.txt", title=f"Статья {i:03d}", body=body, raw=body, date=date,
                      source="A" if i % 2 else "B", language="ru" if i % 3 else "kk")
        s = body.index("Хоргос")
        items.append((art, Extraction(mentions=[Mention("checkpoint", "Хоргос", "Хоргос", s, s + 6)] if i % 4 == 0 else [])))
    return write_store(tmp_path_factory.mktemp("paged") / "paged.db", items)


def test_keyset_pages_equal_one_ordered_scan(paged_path):
    s = db.open_store(paged_path)
    full = s.conn.execute("SELECT rowid FROM articles ORDER BY date IS NULL, date DESC, rowid DESC").fetchall()
    paged, after = [], None
    while True:
        page = queries.article_page(s, after=after, limit=30)
        paged += [r["rowid"] for r in page]
        if len(page) < 30:
            break
        after = (page[-1]["date"], page[-1]["rowid"])
    assert paged == [r[0] for r in full]
    by_offset = queries.article_page(s, offset=120, limit=30)
    assert [r["rowid"] for r in by_offset] == paged[120:150]
    assert queries.count_articles(s) == 250
    s.close()


def test_filters(paged_path):
    s = db.open_store(paged_path)
    f = ArticleFilter(source="A", language="kk", date_from="2024-03", date_to="2024-06")
    rows = list(queries.article_rows(s, f, batch=7))
    assert rows and len(rows) == queries.count_articles(s, f)
    assert all(r["source"] == "A" and r["language"] == "kk" and "2024-03" <= r["date"] <= "2024-06-31" for r in rows)
    (eid,) = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()
    assert queries.count_articles(s, ArticleFilter(entity_id=eid)) == 63
    assert ArticleFilter(entity_id=eid, entity_name="Хоргос", source="A").describe() == "entity=Хоргос, outlet=A"
    s.close()


def test_article_detail(store):
    (aid,) = store.conn.execute("SELECT id FROM articles WHERE date='2025-08-07'").fetchone()
    art = queries.article(store, aid)
    assert [e["name"] for e in art["entities"]][:2] == ["Олжас Бектенов", "Хоргос"]
    assert next(e for e in art["entities"] if e["name"] == "Хоргос")["checkpoint_id"] == "khorgos"
    assert art["facts"][0]["text"] == "с 200 до 1600 транспортных средств в сутки"
    assert art["directives"][0]["when"] == "в месячный срок"
    for m in art["mentions"]:
        assert art["body"][m["start"]:m["end"]] == m["surface"]
    assert queries.article(store, "nope") is None


def test_entity_detail_and_list(store):
    assert queries.count_entities(store) == 7
    assert [e["name"] for e in queries.entity_page(store, "", "checkpoint")] == ["Хоргос", "Достык"]
    assert [e["name"] for e in queries.entity_page(store, "khorg")] == ["Хоргос"]  # through its Latin name
    (eid,) = store.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()
    ent = queries.entity(store, eid)
    assert ent["months"] == [("2025-08", 1), ("2025-09", 0), ("2025-10", 1)]
    assert {a["sentence"] for a in ent["articles"]} == {
        "Қорғас шекара бекетінде кезек азайды.",
        "Пропускная способность пункта пропуска Хоргос вырастет с 200 до 1600 транспортных средств в сутки."}
    assert {r["name"] for r in ent["related"]} >= {"Олжас Бектенов", "Жетісу"}
    cp = queries.checkpoint(store, eid)
    assert cp["record"]["border"] == "China" and cp["record"]["names_latin"] == ["Khorgos", "Qorgas"]
    assert [f["date"] for f in cp["facts"]] == ["2025-12", "2025-10-08"]
    assert cp["directives"][0]["by"] == "Олжас Бектенов"


def test_simple_search_fallback(store):
    kinds = {(r["kind"], r["name"]) for r in queries.simple_search(store, "Достык")}
    assert ("entity", "Достык") in kinds and ("article", "Достык: грузооборот вырос") in kinds
    assert queries.simple_search(store, "  ") == []
