"""Bad input named, nothing lost (bad63): four cases docs61 found. A text whose lines are in
two encodings, a UTF-16 JSON-lines dump with no BOM, junk bytes behind a UTF-16 BOM, and a
0-byte file given to a reading command. Every sentence here is written for the test."""

from __future__ import annotations

import codecs
import json
import sqlite3

import pytest

from store import cli
from store.ingest.dump_marks import markable
from store.model import RawDoc, RejectedDoc
from store.reading.decoding import decode_report, too_little_text, wide_encoding
from store.reading.read import iter_path, read_path

UTF8_LINE = "Пункт пропуска «Хоргос» с понедельника принимает грузовые машины круглосуточно."
CP1251_LINE = "На КПП «Нур Жолы» очередь из фур растянулась на три километра, сообщили в ДГД."
LAST_LINE = "Легковые машины проходят границу без задержек, добавили пограничники."


def ingest(capsys, *args: str) -> tuple[int, str]:
    code = cli.main(["ingest", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# 1. a text with a UTF-8 line and a cp1251 line


def test_each_line_is_read_in_its_own_encoding_and_the_other_lines_are_named():
    data = (UTF8_LINE + "\n").encode() + (CP1251_LINE + "\n").encode("cp1251") + (LAST_LINE + "\n").encode()
    text, warning = decode_report(data)
    assert text == f"{UTF8_LINE}\n{CP1251_LINE}\n{LAST_LINE}\n"
    assert warning == "line 2 not UTF-8, read as cp1251 (the rest as UTF-8)"


def test_many_cp1251_lines_are_counted_after_the_first_ten():
    lines = [UTF8_LINE.encode()] + [f"{CP1251_LINE} №{i}".encode("cp1251") for i in range(12)]
    text, warning = decode_report(b"\n".join(lines))
    assert text is not None and text.count(CP1251_LINE) == 12 and UTF8_LINE in text
    assert warning == "lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more not UTF-8, read as cp1251 (the rest as UTF-8)"


def test_a_cp1251_file_and_a_damaged_utf8_file_read_as_before():
    whole = f"{CP1251_LINE}\n{LAST_LINE}\n"
    assert decode_report(whole.encode("cp1251")) == (whole, None)  # no UTF-8 line: one code page
    damaged = (UTF8_LINE * 20).encode() + b"\xff" + ("\n" + LAST_LINE * 20).encode()
    text, warning = decode_report(damaged)  # one bad byte among valid UTF-8 is damage, not cp1251
    assert text is not None and UTF8_LINE in text and "\ufffd" in text
    assert warning == "1 invalid UTF-8 sequence replaced by U+FFFD"


def test_ingest_of_a_mixed_file_stores_both_lines_readable_and_warns(tmp_path, capsys):
    (tmp_path / "mixed.txt").write_bytes(
        (UTF8_LINE + "\n\n").encode() + (CP1251_LINE + "\n\n").encode("cp1251") + (LAST_LINE + "\n").encode()
    )
    code, said = ingest(capsys, str(tmp_path / "mixed.txt"), "--db", str(tmp_path / "s.db"))
    assert code == 0, said
    assert "warning: mixed.txt: line 3 not UTF-8, read as cp1251 (the rest as UTF-8)" in said
    assert cli.main(["export", "--db", str(tmp_path / "s.db")]) == 0
    article = json.loads(capsys.readouterr().out)["articles"][0]
    assert "Нур Жолы" in article["body"] and "Легковые машины" in article["body"]


# 2. a UTF-16 JSON-lines dump without a BOM

RECORDS = [
    {"title": "Хоргос работает", "text": UTF8_LINE},
    {"title": "Очередь на Нур Жолы", "text": CP1251_LINE},
]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_dump_without_a_bom_reads_every_record_and_no_phantom_line(tmp_path, encoding):
    path = tmp_path / "dump.jsonl"
    path.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode(encoding))
    docs = list(iter_path(path))
    assert [type(d) for d in docs] == [RawDoc, RawDoc], [getattr(d, "reason", "") for d in docs]
    assert [d.file for d in docs] == ["dump.jsonl:1", "dump.jsonl:2"]
    assert "Нур Жолы" in docs[1].text
    assert not markable(str(path))  # its byte offsets are not its lines': never resumed by them


def test_wide_encoding_tells_the_byte_order_and_leaves_utf8_alone():
    line = json.dumps(RECORDS[0], ensure_ascii=False) + "\n"
    assert wide_encoding(line.encode("utf-16-le")) == "utf-16-le"
    assert wide_encoding(line.encode("utf-16-be")) == "utf-16-be"
    assert wide_encoding(codecs.BOM_UTF16_LE + line.encode("utf-16-le")) == "utf-16"
    assert wide_encoding(line.encode()) is None


# 3. junk behind a UTF-16 BOM


def test_junk_bytes_behind_a_utf16_bom_are_rejected_with_a_reason(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\x00\xd8\x00\xdc\x80\x81\x82\xff\xfe\xfa")  # 12 bytes: 4 characters of no script
    [doc] = read_path(path)
    assert isinstance(doc, RejectedDoc)
    assert doc.reason == "too little text (4 characters, no word in Cyrillic or Latin letters)"


def test_a_short_text_with_a_word_is_still_an_article():
    assert too_little_text("Хоргос") is None
    assert too_little_text("ABCD") is None
    assert too_little_text("\u8180\uff82 ") is not None
    assert too_little_text("\u8180" * 80) is None  # a long text in another script is not this junk


# 4. a 0-byte file given to a reading command


@pytest.mark.parametrize(
    "command", [["stats"], ["board"], ["facts"], ["directives"], ["export"], ["search", "Хоргос"], ["show", "Хоргос"]]
)
def test_a_reading_command_leaves_a_0_byte_file_alone(tmp_path, capsys, command):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert cli.main([*command, "--db", str(empty)]) == 2
    err = capsys.readouterr().err
    assert f"{empty}: not a borderdocs store (an empty 0-byte file;" in err and err.count("\n") == 1
    assert empty.stat().st_size == 0 and not (tmp_path / "empty.db-wal").exists()


def test_a_reading_command_does_not_fill_an_sqlite_file_with_no_tables(tmp_path, capsys):
    bare = tmp_path / "bare.db"
    sqlite3.connect(bare).execute("PRAGMA user_version=7").connection.close()
    assert cli.main(["stats", "--db", str(bare)]) == 2
    assert "not a borderdocs store (an SQLite database with no tables)" in capsys.readouterr().err
    assert not sqlite3.connect(bare).execute("SELECT name FROM sqlite_master").fetchall()


def test_the_tui_refuses_a_0_byte_file_too(tmp_path):
    from tui.cli import build_app

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    said = build_app(["--db", str(empty)])
    assert isinstance(said, str) and "not a borderdocs store (an empty 0-byte file;" in said
    assert empty.stat().st_size == 0


def test_ingest_makes_a_store_in_a_0_byte_file(tmp_path, capsys):
    (tmp_path / "note.txt").write_text(f"Хоргос работает\n\n{UTF8_LINE}\n")
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    code, said = ingest(capsys, str(tmp_path / "note.txt"), "--db", str(empty))
    assert code == 0, said
    assert cli.main(["stats", "--db", str(empty)]) == 0
