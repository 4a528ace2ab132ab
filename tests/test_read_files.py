"""Files as they are on real disks: links and loops, FIFOs and devices, sizes over the
read limit, UTF-8 with a few damaged bytes, hostile file names."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

import store.reading.read as read_mod
from store.model import RawDoc, RejectedDoc
from store.reading.read import decode_report, discover, iter_path, read_path

RU = "Пункт пропуска «Хоргос» работает в штатном режиме, сообщили в Комитете государственных доходов.\n" * 3


def finishes(fn, seconds: float = 10.0):
    """fn's result, asserting it returns within `seconds` (a blocked open would hang the test)."""
    out: list = []
    t = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"{fn} blocked"
    return out[0]


def test_symlink_loop_neither_hangs_nor_multiplies_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(RU, encoding="utf-8")
    os.symlink(tmp_path / "a", tmp_path / "a" / "b" / "loop")  # a/b/loop -> a
    os.symlink(tmp_path / "a", tmp_path / "again")  # the same directory under another name
    os.symlink(tmp_path / "a" / "b" / "x.txt", tmp_path / "x-link.txt")  # the same file again
    files = finishes(lambda: discover([tmp_path]))
    assert [f.name for f in files] == ["x.txt"]


def test_directory_links_are_followed(tmp_path):
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "y.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "in").mkdir()
    os.symlink(real, tmp_path / "in" / "linked")
    assert [f.name for f in discover([tmp_path / "in"])] == ["y.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_rejected_by_type_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert discover([tmp_path]) == [fifo]  # found, so it is reported rather than silently skipped
    (doc,) = finishes(lambda: read_path(fifo))
    assert isinstance(doc, RejectedDoc) and doc.reason == "not a regular file (a named pipe (FIFO))"
    os.mkfifo(tmp_path / "pipe.jsonl")  # JSON-lines files are streamed: the same check first
    (doc,) = finishes(lambda: list(iter_path(tmp_path / "pipe.jsonl")))
    assert isinstance(doc, RejectedDoc) and "named pipe" in doc.reason


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_device_is_rejected_by_type():
    (doc,) = finishes(lambda: read_path("/dev/null"))
    assert isinstance(doc, RejectedDoc) and doc.reason == "not a regular file (a character device)"


def test_broken_link_says_so(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    (doc,) = read_path(tmp_path / "dangling.txt")
    assert isinstance(doc, RejectedDoc) and doc.reason == "broken symbolic link"


def test_file_over_the_read_limit_is_rejected_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(read_mod, "MAX_READ_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("слово " * 1000, encoding="utf-8")
    monkeypatch.setattr(read_mod, "open_regular", lambda p: pytest.fail("a file over the limit was opened"))
    (doc,) = read_path(big)
    assert isinstance(doc, RejectedDoc) and "above the read limit" in doc.reason


def test_jsonl_record_over_the_limit_is_skipped_and_the_next_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(read_mod, "MAX_READ_BYTES", 2000)
    monkeypatch.setattr(read_mod, "_LINE_CHUNK", 100)  # the skip reads the long line in many pieces
    good = json.dumps({"title": "Хоргос", "text": RU[:300]}, ensure_ascii=False)
    huge = json.dumps({"title": "Огромная", "text": "а" * 10_000}, ensure_ascii=False)
    p = tmp_path / "dump.jsonl"
    p.write_text("\n".join([good, huge, good.replace("Хоргос", "Достык")]) + "\n", encoding="utf-8")
    docs = list(iter_path(p))
    assert [(type(d).__name__, d.file) for d in docs] == [
        ("RawDoc", "dump.jsonl:1"),
        ("RejectedDoc", "dump.jsonl:2"),
        ("RawDoc", "dump.jsonl:3"),
    ]
    assert (
        docs[1].reason.startswith("record is")
        and docs[1].file.endswith(":2")
        and "above the read limit" in docs[1].reason
    )
    assert docs[2].meta["title"] == "Достык"


def test_a_few_bad_bytes_in_utf8_are_replaced_and_reported(tmp_path):
    data = RU.encode("utf-8")
    data = data[:40] + b"\xff" + data[40:120] + b"\xc3\x28" + data[120:]
    text, warning = decode_report(data)
    assert "Пункт пропуска «Хоргос»" in text and text.count("\ufffd") == 2
    assert warning == "2 invalid UTF-8 sequences replaced by U+FFFD"
    p = tmp_path / "damaged.txt"
    p.write_bytes(data)
    (doc,) = read_path(p)
    assert isinstance(doc, RawDoc) and doc.warnings == [warning]


def test_cp1251_is_still_decoded_as_cp1251():
    text, warning = decode_report(RU.encode("cp1251"))
    assert text == RU and warning is None


def test_file_name_with_an_escape_sequence_is_shown_escaped(tmp_path):
    p = tmp_path / "evil\x1b]52;c;aGk=\x07name\x1b[31m.txt"
    p.write_text(RU, encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.file == "evil\\x1b]52;c;aGk=\\x07name\\x1b[31m.txt" and doc.path == str(p)


def test_file_name_that_is_not_utf8_is_ingested_and_shown_escaped(tmp_path):
    """A cp1251-encoded file name (common on old Windows archives) reaches the store and the
    terminal as \\xNN escapes: nothing is dropped and nothing fails to encode."""
    from store.db.store import open_store
    from store.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + "Привет".encode("cp1251") + b".txt"
    with open(raw, "wb") as f:
        f.write(RU.encode("utf-8"))
    summary = ingest([folder], tmp_path / "s.db", jobs=1)
    assert summary.ingested == 1 and not summary.rejected
    store = open_store(tmp_path / "s.db")
    try:
        ((file, path),) = store.conn.execute("SELECT file, path FROM articles").fetchall()
    finally:
        store.close()
    assert file == "\\xcf\\xf0\\xe8\\xe2\\xe5\\xf2.txt" and path.endswith(file)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(tmp_path, encoding):
    p = tmp_path / "wide.txt"
    p.write_bytes(RU.encode(encoding))
    (doc,) = read_path(p)
    assert isinstance(doc, RawDoc) and "Пункт пропуска «Хоргос»" in doc.text


def test_nul_padded_text_is_read_with_a_warning(tmp_path):
    """Not taken for UTF-16 (the NULs are in blocks, on both sides); since qa74 the text the
    NULs pad is read, with a warning (it was rejected as «not decodable as text»)."""
    p = tmp_path / "nul.txt"
    p.write_bytes(b"\x00" * 100 + RU.encode() + b"\x00" * 100)
    (doc,) = read_path(p)
    assert isinstance(doc, RawDoc) and doc.text.startswith("Пункт пропуска «Хоргос»")
    assert doc.warnings == ["200 NUL bytes removed (zero bytes inside a text file)"]
