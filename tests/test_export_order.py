"""The export's article order does not depend on the order articles were written: an
ingest with two workers writes them as the workers finish, and two exports of the same
folder must be the same file to be compared line by line (store.db.export)."""

import pytest

from store.db import export
from store.db import store as db
from store.model import Article, Extraction


def _export_titles(tmp_path, name, order):
    s = db.open_store(tmp_path / f"{name}.db", write=True, create=True)
    try:
        for title, date in order:
            body = f"Текст статьи {title}."
            art = Article(file=f"{title}.txt", path=f"/news/{title}.txt", title=title, body=body, raw=body, date=date)
            with s.conn:
                db.write_article(s, art, Extraction(mentions=[]))
        return [r["title"] for r in export.iter_articles(s)]
    finally:
        s.close()


@pytest.mark.parametrize("seed", [0, 1])
def test_same_articles_in_any_write_order_export_alike(tmp_path, seed):
    rows = [("b", "2025-03-01"), ("a", "2025-03-01"), ("c", "2025-02-01"), ("d", None), ("e", "2025-03-01")]
    first = _export_titles(tmp_path, f"x{seed}", rows)
    second = _export_titles(tmp_path, f"y{seed}", list(reversed(rows)))
    assert first == second
    # newest first; within a date by path; undated last
    assert first == ["a", "b", "e", "c", "d"]
