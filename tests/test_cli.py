"""The `borderdocs` command as scripts use it: exit codes, JSON shapes, bad input."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from store import cli

from .conftest import SAMPLE_DATA, SHARED, copy_store


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_json_has_the_contract_shape(sample_store_path, capsys):
    code, out, _ = run(capsys, "export", "--db", sample_store_path, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["articles"]) == 5
    for a in doc["articles"]:
        assert {
            "id",
            "file",
            "path",
            "title",
            "date",
            "source",
            "dateline",
            "author",
            "language",
            "body",
            "entities",
            "checkpoints",
            "directives",
        } <= a.keys()
        for e in a["entities"]:
            assert e["type"] in ("person", "organization", "location", "checkpoint") and e["name"] and "latin" in e
        for c in a["checkpoints"]:
            assert {"name", "kind", "border", "region", "facts"} <= c.keys()
        for d in a["directives"]:
            assert {"by", "to", "what", "when", "sentence"} <= d.keys()


def test_export_jsonl_and_csv(sample_store_path, capsys):
    _, out, _ = run(capsys, "export", "--db", sample_store_path, "--format", "jsonl")
    lines = out.strip().splitlines()
    assert len(lines) == 5 and all(json.loads(x)["title"] for x in lines)
    _, out, _ = run(capsys, "export", "--db", sample_store_path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[0]["title"]


def test_seed_metadata_scores_full_marks(sample_store_path, capsys, tmp_path):
    """The scorer's own verdict on titles, dates, sources, languages and bodies."""
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists():
        pytest.skip("shared/eval not beside the checkout")
    _, out, _ = run(capsys, "export", "--db", sample_store_path)
    (tmp_path / "out.json").write_text(out, encoding="utf-8")
    res = subprocess.run(
        [
            sys.executable,
            scorer,
            "--gold",
            SHARED / "eval" / "seeds_gold.json",
            "--export",
            tmp_path / "out.json",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(res.stdout[: res.stdout.rindex("}") + 1])
    assert (r["title"], r["date"], r["source"], r["language"]) == (5, 5, 5, 5)
    assert r["body_ok"] == r["body_checks"]
    assert r["leaks"] == []


def test_stats(sample_store_path, capsys):
    code, out, _ = run(capsys, "stats", "--db", sample_store_path, "--json")
    stats = json.loads(out)
    assert code == 0 and stats["articles"] == 5 and stats["schema_version"] >= 1
    assert stats["entities"].get("checkpoint", 0) >= 5


def test_search_json_and_batch(sample_store_path, capsys, monkeypatch):
    code, out, _ = run(capsys, "search", "khorgos", "--db", sample_store_path, "--json")
    results = json.loads(out)
    assert code == 0 and results
    assert set(results[0]) >= {"kind", "type", "id", "name", "matched", "score"}
    assert any(r["name"] == "Хоргос" for r in results[:5])
    monkeypatch.setattr(sys, "stdin", io.StringIO("bektenov\n\nпункт пропуска\n"))
    code, out, _ = run(capsys, "search", "--batch", "-", "--db", sample_store_path)
    lines = [json.loads(x) for x in out.strip().splitlines()]
    assert [x["query"] for x in lines] == ["bektenov", "пункт пропуска"]
    assert any(r["name"] == "Олжас Бектенов" for r in lines[0]["results"][:5])
    assert any(r["kind"] == "article" for r in lines[1]["results"])


def test_search_readable_table(sample_store_path, capsys):
    code, out, _ = run(capsys, "search", "dostyk", "--db", sample_store_path)
    assert code == 0 and "Достык" in out


@pytest.fixture
def messy_dir(tmp_path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(
        (SAMPLE_DATA / "000_61c4dc5a9c2e3cb6.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (d / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "blank.txt").write_text("   \n\n \t \n", encoding="utf-8")
    (d / "paper.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    good_record = {
        "title": "Хоргос работает в штатном режиме",
        "text": "Пункт пропуска «Хоргос» работает в штатном режиме, сообщили в КГД. [bold]Очередь[/] "
        "сократилась.\x1b]52;c;aGVsbG8=\x07 Грузовики проходят без задержек.",
        "date": "2025-03-01",
        "source": "Inform.kz",
    }
    (d / "dump.jsonl").write_text(
        json.dumps(good_record, ensure_ascii=False) + "\n{not json\n" + json.dumps({"title": "без текста"}) + "\n",
        encoding="utf-8",
    )
    return d


def test_bad_input_is_reported_once_each_and_the_rest_is_stored(messy_dir, tmp_path, capsys):
    store = tmp_path / "m.db"
    code, _, err = run(capsys, "ingest", messy_dir, "--db", store, "-j", "1")
    assert code == 1
    rejected = [line for line in err.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 6, err
    assert "Traceback" not in err
    for name in ("binary.bin", "empty.txt", "blank.txt", "paper.pdf", "dump.jsonl:2", "dump.jsonl:3"):
        assert any(name in line for line in rejected), name
    with closing(sqlite3.connect(store)) as c, c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        assert c.execute("SELECT count(*) FROM ingest_log WHERE status='rejected'").fetchone()[0] == 6
        body = c.execute("SELECT body FROM articles WHERE file='dump.jsonl:1'").fetchone()[0]
    assert "\x1b" not in body and "\x07" not in body
    assert "[bold]Очередь[/]" in body


def test_ingest_twice_changes_nothing(sample_store_path, tmp_path, capsys):
    store = copy_store(sample_store_path, tmp_path / "again.db")
    with closing(sqlite3.connect(store)) as c:
        before = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    code, _, err = run(capsys, "ingest", SAMPLE_DATA, "--db", store, "-j", "1")
    assert code == 0
    assert "0 ingested, 5 already stored, 0 duplicates" in err
    with closing(sqlite3.connect(store)) as c, c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == before == 5
        ents = c.execute("SELECT count(*) FROM entities").fetchone()[0]
        dups = c.execute(
            "SELECT count(*) FROM (SELECT type, key FROM entities GROUP BY 1, 2 HAVING count(*) > 1)"
        ).fetchone()[0]
    assert ents > 0 and dups == 0


def test_parallel_ingest_matches_single_process(tmp_path, capsys):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run(capsys, "ingest", SAMPLE_DATA, "--db", one, "-j", "1")[0] == 0
    assert run(capsys, "ingest", SAMPLE_DATA, "--db", two, "-j", "2")[0] == 0
    with closing(sqlite3.connect(one)) as a, closing(sqlite3.connect(two)) as b:
        q = "SELECT id, title, date, source FROM articles ORDER BY id"
        assert a.execute(q).fetchall() == b.execute(q).fetchall()
        q = "SELECT type, name FROM entities ORDER BY type, name"
        assert a.execute(q).fetchall() == b.execute(q).fetchall()


def test_errors_are_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "search", "x", "--db", tmp_path / "missing.db")
    assert code == 2 and err.count("\n") == 1 and "no store here" in err
    code, _, err = run(capsys, "export", "--db", tmp_path / "missing.db")
    assert code == 2


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for cmd in ("ingest", "search", "export", "stats"):
        assert cmd in out


def test_jsonl_dump_spreads_over_workers_and_keeps_line_numbers(tmp_path, capsys):
    records = [
        {
            "title": f"Очередь на границе, день {i}",
            "text": f"На пункте пропуска «Жайсан» в день {i} скопилось {100 + i} грузовиков, сообщили в КГД.",
        }
        for i in range(1, 31)
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    store = tmp_path / "j.db"
    code, _, err = run(capsys, "ingest", dump, "--db", store, "-j", "2")
    assert code == 0, err
    with closing(sqlite3.connect(store)) as c, c:
        files = sorted(r[0] for r in c.execute("SELECT file FROM articles"))
    assert files == sorted(f"dump.jsonl:{i}" for i in range(1, 31))


def test_progress_bar_fits_the_terminal(monkeypatch, capsys):
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((40, 10)))
    bar = cli.ProgressBar(enabled=True)
    for done in (1, 50, 100):
        bar.update(done, 100, "some/very/long/path/to/an/article/file_name.txt")
    bar.clear()
    err = capsys.readouterr().err
    assert err and all(len(chunk) <= 39 for chunk in err.split("\r"))
