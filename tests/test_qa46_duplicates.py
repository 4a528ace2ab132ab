"""qa46: a story stored twice (another outlet's reprint with its own first line and
title) is listed once — Articles, an entity's articles, search hits and facts — and each
copy's page says where else it is («also in»). Made-up articles, real ingest; the
schema-11 migration groups a store written before."""

import json
import sqlite3
from contextlib import closing

import pytest

from store.db import duplicates, entity_reads, fact_reads, queries
from store.db import store as db
from store.db.stats import collect_stats
from store.ingest import ingest
from store.search import search as engine

STORY = (
    "На пункте пропуска «Хоргос» скопилось 40 грузовиков, сообщили в пограничной службе области. "
    "Водители ждут оформления с раннего утра, а сотрудники таможни работают в усиленном режиме. "
    "В ведомстве пояснили, что очередь выросла из-за ремонта весовой площадки на въезде в пункт. "
    "Работы планируют завершить к концу недели, после чего пропускная способность вырастет вдвое. "
    "Перевозчикам советуют заранее подавать электронные декларации и следить за сообщениями ведомства. "
    "Напомним, что в прошлом месяце на этом направлении уже открыли две дополнительные полосы для легковых машин. "
    "По данным департамента, за первый квартал через пункт проехали почти двенадцать тысяч грузовых автомобилей, "
    "что на пятую часть больше, чем годом ранее. Большая часть грузов идёт транзитом в соседние страны региона, "
    "а обратно везут строительные материалы, одежду и бытовую технику для местных магазинов и рынков."
)
NEW_FIRST_LINE = "Об этом стало известно нашему корреспонденту в среду. " + STORY.split(". ", 1)[1]
REPRINT = "Корреспондент издания побывал на границе в среду. " + STORY  # a lead of its own, the story whole
OTHER = (
    "В Туркестанской области открыли новый склад для хранения зерна на сорок тысяч тонн. "
    "Строительство вели два года, в нём заняты жители трёх соседних сёл и районного центра. "
    "Аким района рассказал, что склад примет урожай уже этой осенью и снизит расходы фермеров на перевозку."
)
RECORDS = [
    {
        "title": "Очередь на Хоргосе выросла",
        "text": STORY,
        "date": "2025-03-01",
        "source": "Первое издание",
        "url": "https://one.example/a",
    },
    {
        "title": "Грузовики стоят у Хоргоса",
        "text": REPRINT,
        "date": "2025-03-02",
        "source": "Второе издание",
        "url": "https://two.example/b",
    },
    {"title": "Новый зерновой склад", "text": OTHER, "date": "2025-03-03", "source": "Первое издание"},
]


def _store(tmp_path, records, name="s"):
    src = tmp_path / f"{name}.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    path = tmp_path / f"{name}.db"
    assert ingest([src], path, jobs=1).ingested == len(records)
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return _store(tmp_path_factory.mktemp("dup"), RECORDS)


def _ids(store) -> dict[str, str]:
    return {t: i for i, t in store.conn.execute("SELECT id, title FROM articles")}


def test_the_rule_sees_a_new_first_line_and_not_another_story():
    assert duplicates.overlap(duplicates.shingles(STORY), duplicates.shingles(NEW_FIRST_LINE)) >= duplicates.OVERLAP
    assert duplicates.overlap(duplicates.shingles(STORY), duplicates.shingles(REPRINT)) >= duplicates.OVERLAP
    assert duplicates.overlap(duplicates.shingles(STORY), duplicates.shingles(OTHER)) == 0
    assert duplicates.overlap(duplicates.shingles("Хоргос открыт."), duplicates.shingles("Хоргос открыт.")) == 0


def test_one_title_needs_less_overlap_and_still_another_story_is_no_copy():
    teaser = STORY.rsplit(". ", 2)[0] + ". Ранее мы писали о новых правилах для перевозчиков на соседнем посту."
    a, b = duplicates.shingles(STORY), duplicates.shingles(teaser)
    assert duplicates.overlap(a, b) < duplicates.OVERLAP  # a last sentence swapped in a short story
    assert duplicates.same_story(a, b, titled=True) and not duplicates.same_story(a, b)
    assert not duplicates.same_story(a, duplicates.shingles(OTHER), titled=True)
    assert duplicates.title_key("«Хоргос» закроют!") == duplicates.title_key("ХОРГОС ЗАКРОЮТ")
    assert duplicates.title_key("Новости") is None  # too short a title to vouch for anything


def test_lists_show_the_story_once_and_each_copy_names_the_other(store_path):
    store = db.open_store(store_path)
    try:
        ids = _ids(store)
        first, reprint = ids["Очередь на Хоргосе выросла"], ids["Грузовики стоят у Хоргоса"]
        assert queries.count_articles(store) == 2
        assert collect_stats(store)["articles"] == 3 and collect_stats(store)["near_duplicates"] == 1
        assert {r["title"] for r in queries.article_page(store)} == {
            "Очередь на Хоргосе выросла",
            "Новый зерновой склад",
        }
        assert [o["source"] for o in queries.article(store, first)["also_in"]] == ["Второе издание"]
        assert [o["id"] for o in queries.article(store, reprint)["also_in"]] == [first]
        assert queries.article(store, ids["Новый зерновой склад"])["also_in"] == []
        facts = fact_reads.fact_page(store, "queue", None, limit=50)
        assert [f["article_id"] for f in facts] == [first]
        assert fact_reads.count_facts(store, "queue") == 1
        hits = [h for h in engine.search(store, "грузовиков весовой площадки", type="article", limit=10)]
        assert [h["id"] for h in hits] == [first]
        khorgos = store.conn.execute(
            "SELECT entity_id FROM checkpoints WHERE id LIKE 'khorgos%' AND entity_id IS NOT NULL"
        ).fetchone()[0]
        assert [a["id"] for a in entity_reads.entity_articles(store, khorgos)] == [first]
        assert entity_reads.entity(store, khorgos)["copies"] == 1  # `show`: «articles» counts the story once
        own = store.conn.execute(
            "SELECT count(*) FROM facts WHERE article_id = ? AND checkpoint_id LIKE 'khorgos%'", (first,)
        ).fetchone()[0]
        everyone = store.conn.execute("SELECT count(*) FROM facts WHERE checkpoint_id LIKE 'khorgos%'").fetchone()[0]
        assert own >= 1 and everyone == 2 * own  # the reprint states the same facts
        assert entity_reads.checkpoint(store, khorgos)["fact_total"] == own  # the story's facts, once
    finally:
        store.close()


def test_the_first_does_not_depend_on_the_order_of_arrival(tmp_path, store_path):
    path = _store(tmp_path, list(reversed(RECORDS)), "reversed")
    rows = "SELECT id, dup_of FROM articles ORDER BY id"
    with closing(sqlite3.connect(path)) as a, closing(sqlite3.connect(store_path)) as b:
        assert a.execute(rows).fetchall() == b.execute(rows).fetchall()


def test_migration_groups_a_store_written_before(tmp_path, store_path):
    path = tmp_path / "v10.db"
    with closing(sqlite3.connect(store_path)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(path)) as c, c:  # back to schema 10: no anchors, no dup_of
        c.execute("DROP INDEX articles_dup_of")
        c.execute("DROP TABLE article_anchors")
        c.execute("ALTER TABLE articles DROP COLUMN dup_of")
        c.execute("UPDATE meta SET value='10' WHERE key='schema_version'")
    store = db.open_store(path, write=True)
    try:
        assert db.schema_version(store) == db.SCHEMA_VERSION >= 11
        rows = "SELECT id, dup_of FROM articles ORDER BY id"
        with closing(sqlite3.connect(store_path)) as b, b:
            assert store.conn.execute(rows).fetchall() == b.execute(rows).fetchall()
        assert queries.count_articles(store) == 2
    finally:
        store.close()


def test_a_template_filled_for_another_day_or_post_is_no_copy(tmp_path):
    """Yesterday's queue bulletin with new counts, or one press-release template filled in
    for another post, shares most word 5-grams under one title and is another report: the
    names and figures differ, so both stay listed and both give their facts."""
    tomorrow = STORY.replace("40 грузовиков", "75 грузовиков").replace("двенадцать тысяч", "тринадцать тысяч")
    other_post = STORY.replace("«Хоргос»", "«Нур Жолы»").replace("40 грузовиков", "25 грузовиков")
    a, b = duplicates.names_and_figures(STORY), duplicates.names_and_figures(tomorrow)
    assert not duplicates.same_marks(a, b) and not duplicates.same_marks(a, duplicates.names_and_figures(other_post))
    assert duplicates.same_marks(a, duplicates.names_and_figures(REPRINT))  # a reprint's lead adds a word or two
    bulletins = [
        {"title": "Очередь на границе", "text": text, "date": day, "source": "Ведомство"}
        for text, day in ((STORY, "2025-03-01"), (tomorrow, "2025-03-02"), (other_post, "2025-03-02"))
    ]
    with closing(sqlite3.connect(_store(tmp_path, bulletins))) as conn, conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL").fetchone()[0] == 0


def test_a_large_group_joins_each_copy_in_one_row(tmp_path):
    """The migration walks articles oldest first, so every later copy only points at the
    group's first: the group's other rows are not rewritten (linear, not quadratic)."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, body TEXT, date TEXT, title TEXT, dup_of TEXT)")
    rows = [(f"a{i:03}", STORY, f"2025-03-{1 + i % 28:02}", "Очередь на Хоргосе выросла", None) for i in range(60)]
    conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?)", rows)
    conn.execute("CREATE TABLE article_anchors (anchor INTEGER NOT NULL, article_id TEXT NOT NULL)")
    writes = []
    conn.set_trace_callback(
        lambda sql: writes.append(sql) if sql.startswith("UPDATE articles SET dup_of = '") else None
    )
    duplicates.link_all(conn)
    heads = {r[0] for r in conn.execute("SELECT coalesce(dup_of, id) FROM articles")}
    assert heads == {"a000"}  # the oldest (2025-03-01, smallest id) first
    assert len(writes) == 59  # one row written per copy
