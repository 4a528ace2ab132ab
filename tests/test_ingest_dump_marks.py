"""A JSON-lines dump that grows is read from where the store left it (jsonl83): the lines
appended since are parsed, the ones before are counted as a parse would count them, a file
rewritten or cut shorter is read whole, a line still being written is read again when
complete, a compressed dump is read whole as before, and a kill or a second ingest at once
leaves a mark that is true. Every record is written here."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing

import pytest

from store.ingest import TEST_SLEEP_ENV, dump_marks, ingest
from store.ingest.writer import TEST_COMMIT_EVERY_ENV
from store.reading import parse as parse_module

from .test_faults import BORDERDOCS, count_articles, integrity

POSTS = ["Хоргос", "Нур Жолы", "Кордай", "Жайсан", "Бахты", "Майкапчагай", "Алаколь", "Калжат", "Тасқала", "Сырым"]


def record(i: int) -> dict:
    """A made-up report, different for every i."""
    post = POSTS[i % len(POSTS)]
    return {
        "title": f"Сводка №{i}: {post}",
        "text": f"На пункте пропуска «{post}» утром {i % 28 + 1} декабря в очереди стояли {i + 7} "
        f"грузовиков, сообщили в пограничной службе. Оформление заняло около {i % 50 + 10} минут.",
    }


def line(rec: dict) -> str:
    return json.dumps(rec, ensure_ascii=False) + "\n"


def counts(summary) -> tuple:
    return summary.ingested, summary.already_stored, summary.duplicates, sorted(summary.rejected)


def mark_of(db, dump) -> dump_marks.Mark | None:
    with closing(sqlite3.connect(db)) as conn, conn:
        row = conn.execute("SELECT value FROM meta WHERE key=?", (dump_marks.key(str(dump)),)).fetchone()
    return dump_marks.decode(row[0]) if row else None


def read_whole(tmp_path, dump, db):
    """What a run that reads the whole dump (the store's mark dropped) says: the counts
    the mark must reproduce."""
    copy = tmp_path / "whole.db"
    with closing(sqlite3.connect(db)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("DELETE FROM meta WHERE key LIKE ?", (dump_marks.KEY_PREFIX + "%",))
    return ingest([dump], copy, jobs=1)


def test_appended_lines_are_parsed_once_and_the_rest_counted_as_stored(tmp_path, parses):
    dump = tmp_path / "лента.jsonl"
    dump.write_text("".join(line(record(i)) for i in range(5)), encoding="utf-8")
    db = tmp_path / "s.db"
    assert counts(ingest([dump], db, jobs=1)) == (5, 0, 0, [])
    assert mark_of(db, dump).offset == dump.stat().st_size
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(line(record(5)) + line(record(6)))
    parses.clear()
    again = ingest([dump], db, jobs=1)
    assert parses == ["лента.jsonl:6", "лента.jsonl:7"]
    assert counts(again) == (2, 5, 0, [])
    parses.clear()
    third = ingest([dump], db, jobs=1)
    assert parses == [] and counts(third) == (0, 7, 0, [])
    assert counts(read_whole(tmp_path, dump, db)) == counts(third)
    with closing(sqlite3.connect(db)) as conn, conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (7,)


def test_duplicates_and_rejected_records_are_said_as_a_whole_read_says_them(tmp_path, parses):
    dump = tmp_path / "dump.jsonl"
    rows = [record(1), record(2), record(1), {"title": "без текста", "text": ""}, "not an object"]
    dump.write_text("".join(line(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([dump], db, jobs=1)
    assert counts(first)[:3] == (2, 0, 1) and len(first.rejected) == 3
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(line(record(3)))
    parses.clear()
    again = ingest([dump], db, jobs=1)
    assert parses == ["dump.jsonl:8"]  # the rejected lines are read again, not parsed (still rejected)
    assert counts(again) == (1, 2, 1, sorted(first.rejected))
    assert counts(read_whole(tmp_path, dump, db)) == (0, 3, 1, sorted(first.rejected))
    assert counts(ingest([dump], db, jobs=1)) == (0, 3, 1, sorted(first.rejected))


def test_a_rejected_line_read_again_is_stored_once_it_can_be(tmp_path, monkeypatch):
    """A rejection may not recur (a timeout; a newer version reads the record): the lines a
    mark remembers as rejected are read again every run."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text(line(record(1)) + line(record(2)), encoding="utf-8")
    db = tmp_path / "s.db"
    real = parse_module.parse
    monkeypatch.setattr(parse_module, "parse", lambda doc: 1 / 0 if doc.file == "dump.jsonl:2" else real(doc))
    first = ingest([dump], db, jobs=1)
    assert counts(first)[:2] == (1, 0) and [f for f, _ in first.rejected] == ["dump.jsonl:2"]
    assert mark_of(db, dump).rejected == ((2, len(line(record(1)).encode())),)
    monkeypatch.setattr(parse_module, "parse", real)
    assert counts(ingest([dump], db, jobs=1)) == (1, 1, 0, [])
    assert mark_of(db, dump).rejected == ()


def test_a_mark_remembers_at_most_max_rejected_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(dump_marks, "MAX_REJECTED", 1)
    monkeypatch.setattr("store.ingest.tasks.DOCS_PER_TASK", 1)  # a span a line
    dump = tmp_path / "dump.jsonl"
    rows = [record(1), {"text": ""}, record(2), {"text": ""}, record(3)]
    dump.write_text("".join(line(r) for r in rows), encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([dump], db, jobs=1)
    assert counts(first)[:2] == (3, 0) and len(first.rejected) == 2
    mark = mark_of(db, dump)
    assert (mark.lines, len(mark.rejected)) == (3, 1)  # not over the second rejected line
    assert counts(ingest([dump], db, jobs=1)) == (0, 3, 0, sorted(first.rejected))


def test_a_rewritten_or_truncated_dump_is_read_whole(tmp_path, parses):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(line(record(i)) for i in range(4)), encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([dump], db, jobs=1)
    # rewritten: the first record changed, then one more: not resumed at the old offset
    dump.write_text("".join(line(record(i)) for i in (10, 1, 2, 3, 4)), encoding="utf-8")
    parses.clear()
    rewritten = ingest([dump], db, jobs=1)
    assert len(parses) == 5 and counts(rewritten) == (2, 3, 0, [])
    # cut shorter than the mark: read whole (what is left is stored already)
    dump.write_text("".join(line(record(i)) for i in (10, 1)), encoding="utf-8")
    parses.clear()
    cut = ingest([dump], db, jobs=1)
    assert len(parses) == 2 and counts(cut) == (0, 2, 0, [])
    assert mark_of(db, dump).offset == dump.stat().st_size


def test_a_line_still_being_written_is_read_again_when_complete(tmp_path, parses):
    dump = tmp_path / "dump.jsonl"
    whole = line(record(3))
    dump.write_text(line(record(1)) + line(record(2)) + whole[:40], encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([dump], db, jobs=1)
    assert counts(first)[:2] == (2, 0) and [f for f, _ in first.rejected] == ["dump.jsonl:3"]
    assert mark_of(db, dump).offset == len((line(record(1)) + line(record(2))).encode())
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(whole[40:])
    parses.clear()
    assert counts(ingest([dump], db, jobs=1)) == (1, 2, 0, [])
    assert parses == ["dump.jsonl:3"]


def test_a_last_record_without_its_newline_is_stored_and_counted_as_today(tmp_path, parses):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(line(record(1)) + line(record(2)).rstrip("\n"), encoding="utf-8")
    db = tmp_path / "s.db"
    assert counts(ingest([dump], db, jobs=1)) == (2, 0, 0, [])
    parses.clear()
    assert counts(ingest([dump], db, jobs=1)) == (0, 2, 0, [])
    assert parses == ["dump.jsonl:2"]  # not covered by the mark: read again, found stored


def test_a_compressed_dump_is_not_marked_and_still_read_whole(tmp_path, parses):
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress("".join(line(record(i)) for i in range(3)).encode()))
    db = tmp_path / "s.db"
    assert counts(ingest([dump], db, jobs=1)) == (3, 0, 0, [])
    assert mark_of(db, dump) is None
    parses.clear()
    assert counts(ingest([dump], db, jobs=1)) == (0, 3, 0, [])
    assert len(parses) == 3


def test_a_utf16_dump_is_not_marked(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes("".join(line(record(i)) for i in range(2)).encode("utf-16"))
    db = tmp_path / "s.db"
    assert counts(ingest([dump], db, jobs=1)) == (2, 0, 0, [])
    assert mark_of(db, dump) is None
    assert counts(ingest([dump], db, jobs=1)) == (0, 2, 0, [])


def test_two_workers_mark_the_dump_too(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(line(record(i)) for i in range(30)), encoding="utf-8")
    db = tmp_path / "s.db"
    assert counts(ingest([dump], db, jobs=2)) == (30, 0, 0, [])
    assert mark_of(db, dump).offset == dump.stat().st_size
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(line(record(30)))
    assert counts(ingest([dump], db, jobs=2)) == (1, 30, 0, [])


def test_a_mark_under_another_name_or_damaged_is_not_trusted(tmp_path, parses):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(line(record(1)), encoding="utf-8")
    db = tmp_path / "s.db"
    ingest([dump], db, jobs=1)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE meta SET value='{' WHERE key=?", (dump_marks.key(str(dump)),))
    parses.clear()
    assert counts(ingest([dump], db, jobs=1)) == (0, 1, 0, [])
    assert parses == ["dump.jsonl:1"]
    link = tmp_path / "другое.jsonl"
    link.symlink_to(dump)
    parses.clear()
    ingest([link], db, jobs=1)
    assert parses == ["другое.jsonl:1"]


def _dump(tmp_path, n: int):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(line(record(i)) for i in range(n)), encoding="utf-8")
    return dump


def _check_mark_is_true(db, dump) -> None:
    """Every record the mark covers is stored (and counted so), none after it is counted."""
    mark = mark_of(db, dump)
    if mark is None:
        return
    with closing(sqlite3.connect(db)) as conn, conn:
        stored = conn.execute("SELECT file FROM articles").fetchall()
    numbers = {int(f.rsplit(":", 1)[1]) for (f,) in stored}
    assert set(range(1, mark.lines + 1)) <= numbers
    assert mark.stored == mark.lines and mark.records == mark.lines
    assert mark.offset == sum(len(line(record(i)).encode()) for i in range(mark.lines))


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_kill_mid_ingest_leaves_a_true_mark_and_a_rerun_finishes(tmp_path, sig):
    dump = _dump(tmp_path, 40)
    db = tmp_path / "s.db"
    env = {**os.environ, TEST_COMMIT_EVERY_ENV: "3", TEST_SLEEP_ENV: "dump.jsonl=0.15"}
    proc = subprocess.Popen([*BORDERDOCS, "ingest", str(dump), "--db", str(db), "-j", "2", "-q"], env=env)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                mark = mark_of(db, dump) if db.exists() else None
            except sqlite3.OperationalError:
                mark = None
            if mark is not None and mark.lines >= 6:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before it was killed"
        proc.send_signal(sig)
    finally:
        proc.wait(timeout=60)
    assert integrity(db) == "ok"
    _check_mark_is_true(db, dump)
    covered, stored = mark_of(db, dump).lines, count_articles(db)
    assert 6 <= covered <= stored < 40
    again = ingest([dump], db, jobs=2)  # the records stored after the mark are read again, found stored
    assert counts(again) == (40 - stored, stored, 0, [])
    assert count_articles(db) == 40
    _check_mark_is_true(db, dump)
    assert mark_of(db, dump).lines == 40


def test_a_line_told_by_no_number_stops_the_mark_before_it(tmp_path, parses):
    """A line of spaces that are not ASCII holds no record, and its rejection names the dump,
    not the line: the mark cannot say which line it was, so it stays before it; what each
    run says is still what a whole read says."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text(line(record(1)) + "\u00a0\u00a0\n" + line(record(2)), encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([dump], db, jobs=1)
    assert counts(first) == (2, 0, 0, [("dump.jsonl", "no records in JSON-lines file")])
    assert (mark_of(db, dump) or dump_marks.Mark("dump.jsonl")).lines < 2
    again = ingest([dump], db, jobs=1)
    assert counts(again) == counts(read_whole(tmp_path, dump, db)) == (0, 2, 0, first.rejected)


def test_two_ingests_of_one_dump_at_once_stay_true(tmp_path):
    dump = _dump(tmp_path, 30)
    db = tmp_path / "s.db"
    env = {**os.environ, TEST_COMMIT_EVERY_ENV: "4"}
    procs = [
        subprocess.Popen(
            [*BORDERDOCS, "ingest", str(dump), "--db", str(db), "-j", "1", "-q"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert count_articles(db) == 30 and integrity(db) == "ok"
    _check_mark_is_true(db, dump)
    assert mark_of(db, dump).lines == 30
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(line(record(30)))
    assert counts(ingest([dump], db, jobs=1)) == (1, 30, 0, [])
