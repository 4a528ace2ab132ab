"""The sanitizer: what stored text and keys never hold, and how file names are shown."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from store import cli
from store.db import store as db
from store.lang import names, normalize
from store.sanitize import (
    BIDI,
    CONTROLS,
    FORBIDDEN,
    INVISIBLE,
    clean_line,
    clean_text,
    display_name,
    one_line,
    strip_invisible,
)

from .conftest import SAMPLE_DATA

BRIEF_BIDI = ["\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]
BRIEF_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u180e", "\u00ad"]


@pytest.mark.parametrize("ch", BRIEF_BIDI + BRIEF_INVISIBLE + ["\x00", "\x1b", "\x7f", "\x85", "\x9b", "\ud800"])
def test_every_listed_character_is_removed_from_text(ch):
    assert clean_text(f"Хор{ch}гос") == "Хоргос"
    assert clean_line(f"Хор{ch}гос\n") == "Хоргос"


def test_what_text_keeps():
    text = "Қорғас\tӘ ұ і\nй (combining: e\u0301) «кавычки» [скобки] 中文 😀"
    assert clean_text(text) == text
    assert clean_text("a\r\nb\rc\u2028d\u2029e") == "a\nb\nc\nd\n\ne"


def test_escape_sequences_go_whole():
    assert clean_text("a\x1b]52;c;aGVsbG8=\x07b\x1b[31mc\x1b]8;;http://x\x1b\\d") == "abcd"


def test_the_tables_cover_the_brief():
    assert set(BRIEF_BIDI) <= set(BIDI) and set(BRIEF_INVISIBLE) <= set(INVISIBLE)
    assert "\n" not in CONTROLS and "\t" not in CONTROLS
    assert not FORBIDDEN.intersection(clean_text("".join(map(chr, range(0x0, 0x3000)))))


@pytest.mark.parametrize("ch", BRIEF_BIDI + BRIEF_INVISIBLE)
def test_keys_ignore_invisible_characters(ch):
    """names.fold (search keys), normalize.key (one name within an article) and the
    store's entity key all go through the same table."""
    assert names.fold(f"Хор{ch}гос") == names.fold("Хоргос") == "horgos"
    assert normalize.key(f"Олжас Бек{ch}тенов") == normalize.key("Олжас Бектенов")
    assert db.entity_key("person", f"Олжас Бек{ch}тенов") == db.entity_key("person", "Олжас Бектенов")
    assert strip_invisible(f"Хор{ch}гос") == "Хоргос"


def test_display_name_escapes_and_keeps_one_line():
    shown = display_name("news/\u202eтxt.exe\n\x1b[2Jbad\u200b.txt")
    assert shown == "news/\\u202eтxt.exe\\x0a\\x1b[2Jbad\\u200b.txt"
    assert not FORBIDDEN.intersection(shown) and "\n" not in shown
    assert display_name("Хоргос 2024.txt") == "Хоргос 2024.txt"


def test_display_name_of_undecodable_bytes():
    """A name that is not UTF-8 (cp1251 bytes on a UTF-8 file system) comes from
    os.fsdecode with surrogates; shown as its bytes, it encodes and prints."""
    raw = "Хоргос.txt".encode("cp1251")
    shown = display_name(raw)
    assert shown.startswith("\\xd5") and shown.endswith(".txt")
    shown.encode("utf-8")
    assert display_name(os.fsdecode(raw)) == shown
    assert one_line("line one\nline two") == "line one\\x0aline two"


@pytest.fixture
def hostile_store(tmp_path):
    """A store ingested from a sample article whose file name and text carry bidi,
    zero-width and escape characters."""
    src = tmp_path / "in"
    src.mkdir()
    text = (SAMPLE_DATA / "000_61c4dc5a9c2e3cb6.txt").read_text(encoding="utf-8")
    assert "KAZAKHSTAN TODAY - " in text and "Бектенов" in text
    text = text.replace("KAZAKHSTAN TODAY - ", "KAZAKHSTAN TODAY -\u202e\x1b]52;c;aGk=\x07 ", 1)
    text = text.replace("Бектенов", "Бек\u00adте\u200bнов\u2066")
    name = "evil\u202etxt.\x1b[31mname\u200b.txt"
    (src / name).write_text(text, encoding="utf-8")
    from store.ingest import ingest

    summary = ingest([src], tmp_path / "s.db", jobs=1)
    assert summary.ingested == 1, summary
    return tmp_path / "s.db"


def test_stored_text_is_clean(hostile_store):
    store = db.open_store(hostile_store)
    try:
        for table, column in [
            ("articles", "title"),
            ("articles", "body"),
            ("articles", "raw"),
            ("entities", "name"),
            ("entities", "key"),
            ("aliases", "alias"),
            ("aliases", "key"),
            ("mentions", "surface"),
        ]:
            for (value,) in store.conn.execute(f"SELECT {column} FROM {table}"):
                assert not FORBIDDEN.intersection(value or ""), (table, column, value)
        body = store.conn.execute("SELECT body FROM articles").fetchone()[0]
        assert "KAZAKHSTAN TODAY - " in body and "Бектенов" in body
    finally:
        store.close()


def export(capsys, db_path, fmt):
    code = cli.main(["export", "--db", str(db_path), "--format", fmt])
    out = capsys.readouterr().out
    assert code == 0
    return out


def test_exported_file_names_are_escaped(hostile_store, capsys):
    rec = json.loads(export(capsys, hostile_store, "json"))["articles"][0]
    assert rec["file"] == "evil\\u202etxt.\\x1b[31mname\\u200b.txt"
    assert rec["path"].endswith(rec["file"])
    row = next(csv.DictReader(io.StringIO(export(capsys, hostile_store, "csv"))))
    assert row["file"] == rec["file"]
    for line in export(capsys, hostile_store, "jsonl").splitlines():
        assert not FORBIDDEN.intersection(line)


def test_search_finds_the_name_through_invisible_characters(hostile_store, capsys):
    code = cli.main(["search", "Бек\u200bте\u00adнов", "--db", str(hostile_store), "--json", "--type", "person"])
    results = json.loads(capsys.readouterr().out)
    assert code == 0 and any(r["name"] == "Олжас Бектенов" for r in results), results
