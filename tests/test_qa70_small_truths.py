"""qa70: small untruths qa69 met — a directive filter matching the JSON of the giver's
roles, and (below) the messages of ingest and the board."""

from __future__ import annotations

from store.db import directive_reads
from store.db.store import open_store
from tests.test_tui_views import views_path  # noqa: F401  (fixture)


def test_directive_words_are_looked_for_in_the_roles_text_not_their_json(views_path):
    store = open_store(views_path)
    try:
        assert directive_reads.count_directives(store, "премьер-министр") == 1  # the role's words still count
        for mark in ('"', "[", "]"):  # JSON's own characters: in no directive's text
            assert directive_reads.count_directives(store, mark) == 0, mark
            assert directive_reads.directive_page(store, mark) == []
    finally:
        store.close()


def test_a_passed_deadline_cut_to_its_column_names_no_period_still_running():
    from store.db.deadlines import shorten

    # not «2026 past», read in December 2026; with its year since tui72 («H1 past»: which year's?)
    assert shorten("2026-H1 past", 9) == "26H1 past"
    assert shorten("2026-Q3 past", 10) == "26-Q3 past"
    assert shorten("2025-12-31 past", 9) == "2025 past"  # ran to the year's end: the year is past
    assert shorten("2025-H2 past", 9) == "2025 past"
    assert shorten("2026-05-31 past", 10) == "past"
    assert shorten("2026-05 past", 9) == "past"
    assert shorten("2019 past", 9) == "2019 past"  # fits: as it is


def test_a_rejected_line_of_a_dump_is_named_once(tmp_path, capsys):
    from store.cli import main

    dump = tmp_path / "feed.jsonl"
    dump.write_text(
        '{"title": "Сырым", "text": "У поста «Сырым» стоят 30 фур, ждут досмотра с утра."}\n{oops\n[1, 2]\n',
        encoding="utf-8",
    )
    main(["ingest", str(dump), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    err = capsys.readouterr().err
    rejected = [line for line in err.splitlines() if line.startswith("rejected:")]
    assert any(line.startswith("rejected: feed.jsonl:2: invalid JSON") for line in rejected), err
    assert "rejected: feed.jsonl:3: not a JSON object" in rejected, err
    assert not any("line 2" in line or "line 3" in line for line in rejected), err


def test_sqlites_bare_cannot_open_is_told_with_the_cause(tmp_path):
    import sqlite3

    from store.db.opening import describe_error

    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode = 14  # SQLITE_CANTOPEN
    where = tmp_path / "gone" / "x.db"
    told = describe_error(where, error)
    assert told == f"{where}: cannot open the store file: No such file or directory"
    assert not where.parent.exists()


def test_a_store_where_no_file_can_be_made_is_one_line_with_the_cause(tmp_path, capsys):
    import os

    import pytest

    from store.cli import main

    where = "/sys/kernel/qa70-x.db"  # sysfs: the permission check passes for root, creating a file does not
    if not os.path.isdir("/sys/kernel") or os.path.exists(where):
        pytest.skip("no sysfs here")
    page = tmp_path / "p.txt"
    page.write_text("На посту «Сырым» очередь из 30 фур. Ожидание до трёх часов.", encoding="utf-8")
    code = main(["ingest", str(page), "--db", where, "--quiet", "--jobs", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1
    assert err[0].startswith(f"borderdocs: {where}: cannot") and "unable to open database file" not in err[0], err


def test_a_gz_name_on_plain_text_is_read_as_the_text_with_a_warning(tmp_path, capsys):
    """The bytes decide, as for a compressed page saved under .html: read, and said."""
    import json

    from store.cli import main

    (tmp_path / "page.txt.gz").write_text(
        "На посту «Майкапшагай» к вечеру собралось 35 фур. Ожидание до четырёх часов.\n", encoding="utf-8"
    )
    dump = {"title": "Бахты", "text": "На посту «Бахты» ночью стояли 12 фур. Досмотр шёл до утра."}
    (tmp_path / "feed.jsonl.gz").write_text(json.dumps(dump, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    code = main(["ingest", str(tmp_path / "page.txt.gz"), str(tmp_path / "feed.jsonl.gz"), "--db", db, "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "warning: page.txt.gz: named .gz but not compressed" in err
    assert "warning: feed.jsonl.gz:1: named .gz but not compressed" in err
    assert "damaged" not in err and "rejected:" not in err
    main(["export", "--format", "jsonl", "--db", db])
    bodies = [json.loads(line)["body"] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(bodies) == 2 and any("Майкапшагай" in b for b in bodies) and any("Бахты" in b for b in bodies)
