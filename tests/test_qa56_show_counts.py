"""qa56: `borderdocs show khorgos` over dev + 409 saved pages said «Хоргос — checkpoint ·
23 articles» and, lower on the same page, «articles (newest 10 of 21)»: the header
counted the near-duplicate copies the list folds. It now says «21 articles (+2 copies)».
The notes are made up."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from store.db import store as db
from tests.notes import opening, run_cli, write_note


def _store(tmp_path) -> str:
    path = tmp_path / "s.db"
    st = db.open_store(path, write=True, create=True)
    with st.conn:
        for n in range(1, 5):
            write_note(
                st, n, f"Придуманов проверил переход номер {n}.", [opening("person", "Иван Придуманов", "Придуманов")]
            )
    st.close()
    with (
        closing(sqlite3.connect(path)) as conn,
        conn,
    ):  # notes 3 and 4 are copies of note 1 (the ingest's near-duplicates)
        first = conn.execute("SELECT id FROM articles WHERE file = '1.txt'").fetchone()[0]
        conn.execute("UPDATE articles SET dup_of = ? WHERE file IN ('3.txt', '4.txt')", (first,))
    return str(path)


def test_the_header_counts_the_stories_the_list_counts(tmp_path, capsys, monkeypatch):
    db_path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Придуманов", "--db", db_path, "--limit", "1")
    assert code == 0
    head = out.splitlines()[0]
    assert "2 articles (+2 copies)" in head, head
    assert "articles (newest 1 of 2):" in out


def test_one_copy_is_singular_and_none_says_nothing(tmp_path, capsys, monkeypatch):
    from store.cli.show import _counted

    assert _counted(3, 1) == "2 articles (+1 copy)"
    assert _counted(1, 0) == "1 article"
