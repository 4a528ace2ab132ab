"""UTF-32 with no byte-order mark (hyg68; bad63 left it): a JSON-lines dump of it stored its
one record of ASCII letters with «483 NUL bytes removed» and rejected the others as «not
text» or «invalid JSON», and a `.txt` was «binary file». It is now told by its two NUL columns
of four and read whole, each record in full; a few bad units are replaced and counted in one
warning, a file of mostly bad units is rejected in one line, never guessed at. Every sentence
here is written for the test."""

from __future__ import annotations

import codecs
import json

import pytest

from store.ingest.dump_marks import markable
from store.model import RawDoc, RejectedDoc
from store.reading.decoding import decode_report, wide_encoding
from store.reading.read import iter_path, read_path

RECORDS = [
    {"title": "Очередь на Хоргосе", "text": "На пункте пропуска «Хоргос» стоят 300 фур, сообщили в ДГД."},
    {"title": "Nur Zholy open", "text": "The Nur Zholy checkpoint works as usual, the revenue committee said."},
    {"title": "Қалжат", "text": "Қалжат өткізу пунктінде кезек жоқ, деп хабарлады департамент."},
]
DUMP = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS)
NOTE = "Пункт пропуска «Майкапчагай» закрыт\n\nПункт пропуска закрыт на ремонт до 10 декабря, сообщили пограничники.\n"


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_a_utf32_dump_without_a_bom_reads_every_record(tmp_path, encoding):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(DUMP.encode(encoding))
    docs = list(iter_path(path))
    assert [type(d) for d in docs] == [RawDoc] * 3, [getattr(d, "reason", "") for d in docs]
    assert [d.file for d in docs] == ["dump.jsonl:1", "dump.jsonl:2", "dump.jsonl:3"]
    assert [d.meta.get("title") for d in docs] == [r["title"] for r in RECORDS]
    assert docs[2].text == RECORDS[2]["text"] and not any(d.warnings for d in docs)
    assert not markable(str(path))  # its byte offsets are not its lines': read whole, never resumed by them


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_a_utf32_text_file_without_a_bom_is_read(tmp_path, encoding):
    path = tmp_path / "note.txt"
    path.write_bytes(NOTE.encode(encoding))
    [doc] = read_path(path)
    assert isinstance(doc, RawDoc) and doc.text.startswith("Пункт пропуска «Майкапчагай» закрыт\n")
    assert "до 10 декабря" in doc.text and not doc.warnings


def test_wide_encoding_tells_utf32_from_utf16_and_utf8():
    line = json.dumps(RECORDS[0], ensure_ascii=False) + "\n"
    assert wide_encoding(line.encode("utf-32-le")) == "utf-32-le"
    assert wide_encoding(line.encode("utf-32-be")) == "utf-32-be"
    assert wide_encoding(codecs.BOM_UTF32_LE + line.encode("utf-32-le")) == "utf-32"
    assert wide_encoding(line.encode("utf-16-le")) == "utf-16-le"  # bad63's, unchanged
    assert wide_encoding(line.encode("utf-16-be")) == "utf-16-be"
    ascii_line = json.dumps(RECORDS[1]) + "\n"  # ASCII in UTF-16 has NULs in two of four columns too
    assert wide_encoding(ascii_line.encode("utf-16-le")) == "utf-16-le"
    assert wide_encoding(ascii_line.encode("utf-16-be")) == "utf-16-be"
    assert wide_encoding(line.encode()) is None


def test_a_utf32_text_with_a_cut_last_unit_is_read_and_the_damage_counted():
    text, warning = decode_report(NOTE.encode("utf-32-le") + b"\n")  # a tool's newline appended as one byte
    assert text is not None and text.startswith(NOTE)
    assert warning == "1 invalid UTF-32 unit replaced by U+FFFD"


def test_utf32_with_many_bad_units_is_rejected_in_one_line_not_guessed(tmp_path):
    """Every tenth unit a code point past U+10FFFF (10 % of the text, over the 2 % that is
    counted as damage): rejected in one line, not read in a code page with the NULs removed."""
    units = [ch.encode("utf-32-le") for ch in (NOTE * 3)[:200]]
    bad = bytes([0x41, 0x04, 0x20, 0x00])  # U+200441: no such code point
    path = tmp_path / "damaged.txt"
    path.write_bytes(b"".join(bad if i % 10 == 9 else u for i, u in enumerate(units)))
    [doc] = read_path(path)
    assert isinstance(doc, RejectedDoc) and "\n" not in doc.reason, doc


def test_ingest_stores_each_record_of_a_bomless_utf32_dump(tmp_path):
    from store.db import queries
    from store.db import store as db
    from store.ingest import ingest

    src = tmp_path / "dump.jsonl"
    src.write_bytes(DUMP.encode("utf-32-le"))
    summary = ingest([src], tmp_path / "s.db", jobs=1)
    assert summary.ingested == 3 and not summary.rejected
    store = db.open_store(tmp_path / "s.db")
    try:
        titles = {r[0] for r in store.conn.execute("SELECT title FROM articles")}
        assert titles == {r["title"] for r in RECORDS} and queries.count_articles(store) == 3
    finally:
        store.close()
