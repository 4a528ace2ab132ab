"""docs61: `stats` of a store with no articles printed «articles 0  (? .. ?)»; now «articles
0», and a store whose articles have no date says «(no dates)». The date range is unchanged
when there are dates."""

from __future__ import annotations

from store.cli import main
from store.cli.commands import _date_range
from store.db import store as db


def test_an_empty_store_has_no_date_range(tmp_path, capsys):
    path = tmp_path / "empty.db"
    db.open_store(path, write=True, create=True).close()
    assert main(["stats", "--db", str(path)]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("articles"))
    assert line.split() == ["articles", "0"], line


def test_the_range_with_dates_and_without():
    assert _date_range({"articles": 5, "date_min": "2019-05-20", "date_max": "2025-10-08"}) == (
        "  (2019-05-20 .. 2025-10-08)"
    )
    assert _date_range({"articles": 2, "date_min": None, "date_max": None}) == "  (no dates)"


def test_the_sample_store_keeps_its_range(sample_store_path, capsys):
    assert main(["stats", "--db", str(sample_store_path)]) == 0
    assert "articles       5  (2019-05-20 .. 2025-10-08)" in capsys.readouterr().out
