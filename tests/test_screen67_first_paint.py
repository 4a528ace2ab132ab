"""screen67: what the explorer's first paint waited for.

The Articles list draws its rows only when its count is in, and the count of the listed
articles (`dup_of IS NULL`: no index holds them) read every row of the table, bodies and
all: 0.36-0.47 s on the 100,000-article store, most of the first screen's time. The count
is now the articles less the copies, both read from indexes, where the filter's other
conditions are plain columns; it must give the same number as the plain count, copies or
not. `--version` looks the release up only when it is asked for (importlib.metadata was
imported by every launch while the parser was built)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from store.db import queries
from store.db import store as db
from store.db.rows import ArticleQuery
from tests.test_tui_helpers import sample_articles, write_store

FILTERS = [
    ArticleQuery(),
    ArticleQuery(source="kazakhstan"),
    ArticleQuery(source="50%_\\"),  # LIKE's own characters, escaped
    ArticleQuery(language="ru"),
    ArticleQuery(language="kk"),
    ArticleQuery(date_from="2025-08", date_to="2025-09"),
    ArticleQuery(date_to="2025"),
    ArticleQuery(words="пункт"),
    ArticleQuery(words="  "),
]


def plain_count(store, filt) -> int:
    """The count as it was: every listed article under the whole condition."""
    where, params = filt.where()
    return store.conn.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]


@pytest.fixture(scope="module")
def store_with_copies(tmp_path_factory):
    """The sample store with its second and third articles marked copies of the first."""
    path = write_store(tmp_path_factory.mktemp("s67") / "s.db", sample_articles())
    store = db.open_store(path, write=True)
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
    assert len(ids) >= 4
    with store.conn:
        store.conn.execute("UPDATE articles SET dup_of = ? WHERE id IN (?, ?)", (ids[0], ids[1], ids[2]))
    yield store
    store.close()


@pytest.mark.parametrize("filt", FILTERS, ids=lambda f: f.describe() or repr(f.words) or "all")
def test_the_count_is_the_plain_count(store_with_copies, filt):
    assert queries.count_articles(store_with_copies, filt) == plain_count(store_with_copies, filt)


def test_copies_are_left_out_of_the_count(store_with_copies):
    total = store_with_copies.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert queries.count_articles(store_with_copies) == total - 2
    assert queries.count_copies(store_with_copies, ArticleQuery()) == 2
    first = store_with_copies.conn.execute("SELECT id FROM articles ORDER BY rowid LIMIT 1").fetchone()[0]
    entity = store_with_copies.conn.execute(
        "SELECT entity_id FROM mentions WHERE article_id = ? LIMIT 1", (first,)
    ).fetchone()[0]
    by_entity = ArticleQuery(entity_id=entity)  # a subquery's condition: counted as before
    assert queries.count_articles(store_with_copies, by_entity) == plain_count(store_with_copies, by_entity)


def test_the_unfiltered_count_reads_no_table_row(store_with_copies):
    """The first paint's count: SQLite's plan reads indexes only (a «SCAN articles» with no
    index read every row: 0.4 s at 100,000 articles)."""
    statements: list[str] = []
    conn = store_with_copies.conn
    conn.set_trace_callback(statements.append)
    try:
        queries.count_articles(store_with_copies, ArticleQuery())
    finally:
        conn.set_trace_callback(None)
    (sql,) = [s for s in statements if "count(*)" in s]
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    scans = [step for step in plan if step.startswith("SCAN articles")]
    assert scans and all("INDEX" in step for step in scans), plan


def test_version_is_looked_up_only_when_asked():
    probe = (
        "import sys, tui.cli, store.cli.parser as p\n"
        "tui.cli.build_parser(); p.build_parser()\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    for argv in (["-m", "tui.cli", "--version"], ["-m", "store.cli", "--version"]):
        done = subprocess.run([sys.executable, *argv], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        name = "borderdocs-tui" if "tui.cli" in argv else "borderdocs"
        line = done.stdout.strip()
        assert line.startswith(name + " ") and len(line) > len(name) + 1 and "\n" not in line
