"""store.db.queries and store.db.entity_reads on hand-made stores: keyset paging equals one ordered scan,
filters select what they say, details carry what the reader screens show."""

from __future__ import annotations

import shutil

import pytest

from store.db import entity_reads, queries, search_reads
from store.db import store as db
from store.db.queries import ArticleFilter
from store.model import Article, Extraction, Mention
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
        art = Article(
            file=f"{i}.txt",
            path=f"/{i}.txt",
            title=f"Статья {i:03d}",
            body=body,
            raw=body,
            date=date,
            source="A" if i % 2 else "B",
            language="ru" if i % 3 else "kk",
        )
        s = body.index("Хоргос")
        items.append(
            (art, Extraction(mentions=[Mention("checkpoint", "Хоргос", "Хоргос", s, s + 6)] if i % 4 == 0 else []))
        )
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
        assert art["body"][m["start"] : m["end"]] == m["surface"]
    assert queries.article(store, "nope") is None


def test_entity_detail_and_list(store):
    assert entity_reads.count_entities(store) == 7
    assert [e["name"] for e in entity_reads.entity_page(store, "", "checkpoint")] == ["Хоргос", "Достык"]
    assert [e["name"] for e in entity_reads.entity_page(store, "khorg")] == ["Хоргос"]  # through its Latin name
    (eid,) = store.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()
    ent = entity_reads.entity(store, eid)
    assert ent["months"] == [("2025-08", 1), ("2025-09", 0), ("2025-10", 1)]
    assert {a["sentence"] for a in ent["articles"]} == {
        "Қорғас шекара бекетінде кезек азайды.",
        "Пропускная способность пункта пропуска Хоргос вырастет с 200 до 1600 транспортных средств в сутки.",
    }
    assert {r["name"] for r in ent["related"]} >= {"Олжас Бектенов", "Жетісу"}
    cp = entity_reads.checkpoint(store, eid)
    assert cp["record"]["border"] == "China" and cp["record"]["names_latin"] == ["Khorgos", "Qorgas"]
    assert [f["date"] for f in cp["facts"]] == ["2025-12", "2025-10-08"]
    assert cp["directives"][0]["by"] == "Олжас Бектенов"


# The queries these functions replaced (one SQL statement each), as the reference.
OLD_ENTITY_ARTICLES = (
    'SELECT a.id, a.date, a.source, a.title, a.body, m.field, min(m.start) AS start, m."end"'
    " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
    " GROUP BY a.id ORDER BY a.date DESC, a.rowid DESC LIMIT ?"
)
OLD_RELATED = (
    "SELECT e.id, e.type, e.name, count(DISTINCT m2.article_id) AS shared"
    " FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id != m1.entity_id"
    " JOIN entities e ON e.id = m2.entity_id"
    " WHERE m1.entity_id = ? GROUP BY e.id ORDER BY shared DESC, e.article_count DESC LIMIT 30"
)


@pytest.fixture(scope="module")
def mixed_path(tmp_path_factory):
    """300 articles: a common entity (in 2 of 3), a rare one (in 1 of 50), both sometimes
    named twice, in the title too, dates with ties and gaps."""
    items = []
    for i in range(300):
        date = None if i % 23 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 3:02d}"
        title = f"Хоргос {i}" if i % 7 == 0 else f"Статья {i}"
        body = f"Начало {i}. Про пункт Хоргос и Достык. Снова Хоргос. Конец."
        mentions = []
        if i % 3:
            if i % 7 == 0:
                mentions.append(Mention("checkpoint", "Хоргос", "Хоргос", 0, 6, "title"))
            for k in (body.index("Хоргос"), body.rindex("Хоргос")):
                mentions.append(Mention("checkpoint", "Хоргос", "Хоргос", k, k + 6))
        if i % 50 == 1:
            k = body.index("Достык")
            mentions.append(Mention("checkpoint", "Достык", "Достык", k, k + 6))
        items.append(
            (
                Article(
                    file=f"{i}.txt",
                    path=f"/{i}.txt",
                    title=title,
                    body=body,
                    raw=body,
                    date=date,
                    source="A" if i % 2 else "B",
                ),
                Extraction(mentions=mentions),
            )
        )
    return write_store(tmp_path_factory.mktemp("mixed") / "mixed.db", items)


def _old_entity_articles(s, eid, limit):
    rows = queries.row_dicts(s, OLD_ENTITY_ARTICLES, (eid, limit))
    for r in rows:
        body = r.pop("body")
        text = body if r["field"] == "body" else r["title"]
        r["sentence"] = queries.sentence_around(text or "", r["start"], r["end"] or r["start"])
    return rows


@pytest.mark.parametrize("walk", [True, False])
def test_entity_articles_both_plans_equal_the_plain_join(mixed_path, monkeypatch, walk):
    s = db.open_store(mixed_path)
    monkeypatch.setattr(queries, "walks_date_index", lambda *a: walk)
    for name in ("Хоргос", "Достык"):
        (eid,) = s.conn.execute("SELECT id FROM entities WHERE name=?", (name,)).fetchone()
        for limit in (1, 5, 50, 1000):
            assert entity_reads.entity_articles(s, eid, limit) == _old_entity_articles(s, eid, limit)
    assert entity_reads.entity_articles(s, 10**6) == []
    s.close()


def test_entity_plan_follows_the_entity_share(mixed_path):
    s = db.open_store(mixed_path)
    common = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()[0]
    rare = s.conn.execute("SELECT id FROM entities WHERE name='Достык'").fetchone()[0]
    assert queries.walks_date_index(s, common, 50)  # 200 of 300: walk the date index
    assert not queries.walks_date_index(s, rare, 50)  # 6 of 300: through its mentions
    assert not queries.walks_date_index(s, common, 1000)  # a long list of a common one: the join
    assert not queries.walks_date_index(s, 10**6, 50)
    s.close()


@pytest.mark.parametrize("walk", [True, False])
def test_article_page_by_entity_is_the_same_with_either_plan(mixed_path, monkeypatch, walk):
    s = db.open_store(mixed_path)
    for name in ("Хоргос", "Достык"):
        (eid,) = s.conn.execute("SELECT id FROM entities WHERE name=?", (name,)).fetchone()
        for f in (ArticleFilter(entity_id=eid), ArticleFilter(entity_id=eid, source="A", date_from="2024-03")):
            where, params = f.where()
            full = [
                r[0]
                for r in s.conn.execute(
                    f"SELECT rowid FROM articles WHERE {where} ORDER BY date IS NULL, date DESC, rowid DESC", params
                )
            ]
            monkeypatch.setattr(queries, "walks_date_index", lambda *a: walk)
            paged, after = [], None
            while True:
                page = queries.article_page(s, f, after=after, limit=9)
                paged += [r["rowid"] for r in page]
                if len(page) < 9:
                    break
                after = (page[-1]["date"], page[-1]["rowid"])
            assert paged == full
            assert [r["rowid"] for r in queries.article_page(s, f, offset=4, limit=9)] == full[4:13]
            monkeypatch.undo()
    s.close()


def test_related_entities_equal_the_self_join(mixed_path, store):
    for st_path in (mixed_path, None):
        s = db.open_store(mixed_path) if st_path else store
        for (eid,) in s.conn.execute("SELECT id FROM entities").fetchall():
            related = entity_reads.related_entities(s, eid)  # since ux89 with each post's `kb_id` besides
            assert [{k: v for k, v in r.items() if k != "kb_id"} for r in related] == queries.row_dicts(
                s, OLD_RELATED, (eid,)
            )
        if st_path:
            s.close()


def test_a_filter_puts_names_with_a_word_it_begins_first(tmp_path):
    """«бек» (or `bek`) is typed for Бектенов, not for the «бек» inside Узбекистан, even
    when Узбекистан is named more often; the rest keep their order by mentions."""
    from tests.notes import store_of_openings

    notes = [("location", "Узбекистан", "Узбекистан открыл пост.")] * 3 + [
        ("person", "Олжас Бектенов", "Олжас Бектенов поручил."),
        ("checkpoint", "Капланбек", "Капланбек закрыт."),
    ]
    st = store_of_openings(tmp_path / "s.db", notes)
    try:
        for text in ("бек", "bek", "Бек"):
            assert [e["name"] for e in entity_reads.entity_page(st, text)] == [
                "Олжас Бектенов",
                "Узбекистан",
                "Капланбек",
            ], text
        assert [e["name"] for e in entity_reads.entity_page(st, "")][0] == "Узбекистан"
    finally:
        st.close()


# entity_article_rowids before tui63: every mention joined to its article, then made distinct.
OLD_ENTITY_ARTICLE_ROWIDS = (
    "SELECT DISTINCT a.rowid FROM mentions m JOIN articles a ON a.id = m.article_id"
    " WHERE m.entity_id IN ({marks}) LIMIT ?"
)


def _old_article_rowids(conn, ids, most):
    sql = OLD_ENTITY_ARTICLE_ROWIDS.format(marks=",".join("?" * len(ids)))
    return [r[0] for r in conn.execute(sql, [*ids, most])]


def test_entity_article_rowids_are_the_joins_rowids_in_its_order(mixed_path):
    """The distinct articles first, looked up once each: the same rowids, in the same
    order, as joining every mention, for one entity, two, and any limit."""
    s = db.open_store(mixed_path)
    common = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()[0]
    rare = s.conn.execute("SELECT id FROM entities WHERE name='Достык'").fetchone()[0]
    for ids in ([common], [rare], [common, rare], [rare, common], [10**6]):
        for most in (1, 5, 50, 199, 200, 1000):
            assert search_reads.entity_article_rowids(s.conn, ids, most) == _old_article_rowids(s.conn, ids, most)
    s.close()


@pytest.mark.parametrize("piece", [1, 7, 50, 199, 200])
def test_entity_article_rowids_read_in_pieces_are_the_joins_rowids_in_its_order(mixed_path, monkeypatch, piece):
    """Read a piece at a time (tui74), the rowids are those of the join, in its order,
    whether a piece ends inside an entity's articles or on its last, for one entity or
    two that share articles."""
    monkeypatch.setattr(search_reads, "ARTICLE_ROWIDS_CHUNK", piece)
    s = db.open_store(mixed_path)
    common = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()[0]
    rare = s.conn.execute("SELECT id FROM entities WHERE name='Достык'").fetchone()[0]
    for ids in ([common], [rare], [common, rare], [rare, common], [common, common]):
        for most in (1, 5, 199, 200, 205, 1000):
            assert search_reads.entity_article_rowids(s.conn, ids, most) == _old_article_rowids(s.conn, ids, most)
    s.close()


def test_entity_article_rowids_ask_stop_between_pieces_only(mixed_path, monkeypatch):
    """stop() is asked after each piece that has one after it, never after the last, and
    a yes ends the read; each piece is one row."""
    monkeypatch.setattr(search_reads, "ARTICLE_ROWIDS_CHUNK", 40)
    s = db.open_store(mixed_path)
    common = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()[0]
    asked: list[int] = []
    fetched: list[int] = []

    class Counting:
        def execute(self, sql, params=()):
            rows = s.conn.execute(sql, params).fetchall()
            fetched.append(len(rows))
            return _OneRow(rows)

    whole = search_reads.entity_article_rowids(Counting(), [common], 1000, stop=lambda: asked.append(1) and False)
    assert len(whole) == 200 and set(fetched) == {1} and len(asked) == len(fetched) - 1 >= 3
    with pytest.raises(search_reads.ReadStopped):
        search_reads.entity_article_rowids(s.conn, [common], 1000, stop=lambda: True)
    s.close()


class _OneRow:
    def __init__(self, rows):
        self.rows = rows

    def fetchone(self):
        return self.rows[0]


def test_entity_article_rowids_skip_a_mention_of_no_article(mixed_path, tmp_path):
    """A mention whose article is missing (a damaged store) is not counted against the
    limit: the answer is still the first articles that exist."""
    path = tmp_path / "damaged.db"
    shutil.copy(mixed_path, path)
    s = db.open_store(path, write=True)
    common = s.conn.execute("SELECT id FROM entities WHERE name='Хоргос'").fetchone()[0]
    with s.conn:
        s.conn.execute(
            "INSERT INTO mentions (article_id, entity_id, field) VALUES ('0', ?, 'body')", (common,)
        )  # '0' sorts before every hash id: the first the index gives
    for most in (1, 5, 1000):
        got = search_reads.entity_article_rowids(s.conn, [common], most)
        assert got == _old_article_rowids(s.conn, [common], most) and None not in got
    assert len(search_reads.entity_article_rowids(s.conn, [common], 5)) == 5
    s.close()
