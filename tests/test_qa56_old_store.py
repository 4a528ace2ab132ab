"""qa56: a store built by an older version (qa52's, same schema, older rules) gives no
sign of it, and ingesting the same files into it again changes nothing: each article is a
duplicate, never read again. The README said only «an older store is migrated»; it now
says a migration changes the tables, not what was read, and how to have the current
rules read the stored articles again (`borderdocs reextract`, rex56, tested in
test_rex56_reextract.py). This shows the behaviour it states, on made-up text."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from store import cli

TEXT = (
    "Придуманный переход закрыт\n\n"
    "Министр транспорта Иван Придумов сообщил, что пункт пропуска Хоргос закрыт на ремонт.\n"
)


def _mentions(db: str) -> int:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_ingesting_again_reads_nothing_and_a_new_store_reads_all(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    old, new = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    assert cli.main(["ingest", str(src), "--db", old, "-j", "1"]) == 0
    assert _mentions(old) > 0
    with closing(sqlite3.connect(old)) as conn, conn:  # what an older version's rules had not found
        conn.execute("DELETE FROM mentions")
    capsys.readouterr()
    assert cli.main(["ingest", str(src), "--db", old, "-j", "1"]) == 0
    assert "0 ingested, 1 already stored, 0 duplicates," in capsys.readouterr().err
    assert _mentions(old) == 0  # not read again: the README's «reads none of them»
    assert cli.main(["ingest", str(src), "--db", new, "-j", "1"]) == 0
    assert _mentions(new) > 0


def test_the_readme_says_so():
    from pathlib import Path

    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "A migration changes the tables, not what was read" in readme
    assert "ingesting the same files into it again reads none of them" in readme
    assert "`borderdocs reextract` reads them again by the current rules" in readme
