"""A database, an image, an archive or a program in a folder is not an article (read77): each is
told by its leading bytes before any decoding and rejected in one line that names it, while the
texts that read today (UTF-16 with a BOM, a text with a few NULs, a PDF's advice) read as before,
and a store inside the folder it ingests does not ingest itself. Every sentence is written here."""

from __future__ import annotations

import json
import sqlite3
import struct

import pytest

from store import cli
from store.model import RawDoc, RejectedDoc
from store.reading.file_kinds import binary_kind
from store.reading.read import iter_path, read_path

NEWS = (
    "Очередь у «Майкапчагая»\n\n"
    "На пункте пропуска «Майкапчагай» с утра ждут оформления около сорока грузовиков, "
    "сообщили в департаменте пограничной службы. Легковые машины проходят без задержек.\n"
)
OTHER_NEWS = (
    "Досмотр на «Бахты»\n\n"
    "На посту «Бахты» усилили досмотр автобусов, идущих в Китай, рассказали таможенники. "
    "Пассажиров просят заранее заполнить декларации.\n"
)


def ingest(capsys, folder, db, *flags: str) -> tuple[int, str]:
    code = cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "1", *flags])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def sqlite_of_sentences(path, *, wal: bool = False) -> sqlite3.Connection:
    """A database whose pages are mostly Cyrillic sentences between a few NUL bytes: the shape
    that decoded as a text once its NULs were removed."""
    con = sqlite3.connect(path)
    if wal:
        con.execute("pragma journal_mode=wal")
    con.execute("create table notes(body text)")
    con.executemany("insert into notes values (?)", [(f"{NEWS} Запись {i}.",) for i in range(40)])
    con.commit()
    return con


def test_a_sqlite_database_of_sentences_is_rejected_by_its_header(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    sqlite_of_sentences(folder / "notes.db").close()
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    code, said = ingest(capsys, folder, tmp_path / "s.db")
    assert code == 1, said  # as for any rejected file
    assert "rejected: notes.db: a SQLite database, not an article" in said
    assert "NUL" not in said and "1 ingested" in said, said
    doc = read_path(folder / "notes.db")[0]
    assert isinstance(doc, RejectedDoc) and doc.reason == "a SQLite database, not an article"


def _pe() -> bytes:
    return b"MZ" + b"\x90" * 58 + struct.pack("<I", 64) + b"PE\x00\x00" + b"\x4c\x01" * 20


# Each header followed by Cyrillic prose: without the header, most would decode as text.
KINDS = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
    (b"GIF89a\x10\x00\x10\x00", "a GIF image"),
    (b"RIFF\x40\x00\x00\x00WEBPVP8 ", "a WebP image"),
    (b"\x00\x00\x00\x18ftypheic", "a HEIC or AVIF image"),
    (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", "a video (MP4 or QuickTime)"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x21", "an MP3 recording"),
    (b"PK\x05\x06" + b"\x00" * 18, "an empty ZIP archive"),
    (b"\x7fELF\x02\x01\x01\x00", "a program (ELF executable)"),
    (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", "a program (Mach-O executable)"),
    (_pe(), "a program (Windows executable or DLL)"),
    # an old Office file (OLE2) is said with what to do since qa110 (tests/test_qa110_user_left.py)
    (b"\x37\x7f\x06\x82\x00\x2d\xe2\x18", "a SQLite write-ahead log (-wal)"),
    (b"borderdocs alias index\n\x10\x00\x00\x00\x00\x00\x00\x00", "a borderdocs search index (.search-index)"),
]


@pytest.mark.parametrize("head, what", KINDS, ids=[what for _, what in KINDS])
def test_each_known_binary_file_is_named_whatever_its_name(tmp_path, head, what):
    path = tmp_path / "saved.txt"  # the name says text: the bytes decide
    path.write_bytes(head + NEWS.encode("utf-8") * 3)
    docs = read_path(path)
    assert len(docs) == 1 and isinstance(docs[0], RejectedDoc), docs
    assert docs[0].reason == f"{what}, not an article"


# Archives a user may have meant to ingest are told with the step to take (qa75), before the
# first-bytes naming above would call them only by what they are.
ARCHIVES = [
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "binary file (a 7-Zip archive) is not supported: unpack it and ingest its folder"),
    (b"Rar!\x1a\x07\x01\x00", "binary file (a RAR archive) is not supported: unpack it and ingest its folder"),
    (b"BZh91AY&SY", "binary file (bzip2-compressed) is not supported: decompress it and ingest what it holds"),
]


@pytest.mark.parametrize("head, reason", ARCHIVES, ids=["7-Zip", "RAR", "bzip2"])
def test_an_archive_is_named_with_what_to_do(tmp_path, head, reason):
    path = tmp_path / "saved.txt"
    path.write_bytes(head + NEWS.encode("utf-8") * 3)
    docs = read_path(path)
    assert len(docs) == 1 and isinstance(docs[0], RejectedDoc), docs
    assert docs[0].reason == reason


def test_another_stores_log_and_shared_memory_are_named(tmp_path, capsys):
    """Another store in the folder, open in WAL mode: its database, log and shared memory each
    get their own line (the store being written to is left out by name, see below)."""
    folder = tmp_path / "in"
    folder.mkdir()
    con = sqlite_of_sentences(folder / "old.db", wal=True)
    try:
        con.execute("insert into notes values ('ещё одна запись')")
        con.commit()
        (folder / "news.txt").write_text(NEWS, encoding="utf-8")
        code, said = ingest(capsys, folder, tmp_path / "s.db")
    finally:
        con.close()
    assert code == 1
    assert "rejected: old.db: a SQLite database, not an article" in said
    assert "rejected: old.db-wal: a SQLite write-ahead log (-wal), not an article" in said
    assert "rejected: old.db-shm: a SQLite shared-memory file (-shm), not an article" in said


def test_a_database_named_as_a_dump_is_not_split_into_lines(tmp_path):
    path = tmp_path / "export.jsonl"
    sqlite_of_sentences(path).close()
    docs = list(iter_path(path))
    assert [d.reason for d in docs if isinstance(d, RejectedDoc)] == ["a SQLite database, not an article"]
    assert not [d for d in docs if isinstance(d, RawDoc)]


def test_a_dump_and_a_compressed_database_still_read_as_before(tmp_path):
    import gzip

    dump = tmp_path / "posts.jsonl"
    dump.write_text(json.dumps({"title": "Бахты", "text": OTHER_NEWS}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [type(d) for d in iter_path(dump)] == [RawDoc]
    packed = tmp_path / "notes.db.gz"
    sqlite_of_sentences(tmp_path / "notes.db").close()
    packed.write_bytes(gzip.compress((tmp_path / "notes.db").read_bytes()))
    assert read_path(packed)[0].reason == "a SQLite database, not an article"


@pytest.mark.parametrize(
    "start",
    [
        "MZ-диаграмма очередей",
        "BZh на табло",
        "ID3 в отчёте",
        "GIF8 — так назван файл",
        "RIFF — формат контейнера WEBP",
    ],
)
def test_prose_that_begins_like_a_signature_is_still_text(start):
    assert binary_kind((start + " — " + NEWS).encode("utf-8")) is None


def test_what_read_before_reads_as_before(tmp_path):
    """UTF-16 with a BOM is full of NULs; a text with two stray NULs keeps its warning; a PDF
    and a Word file keep the advice on what to do."""
    import zipfile

    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(NEWS.encode("utf-16"))
    doc = read_path(utf16)[0]
    assert isinstance(doc, RawDoc) and "Майкапчагай" in doc.text and not doc.warnings
    few = tmp_path / "few.txt"
    few.write_bytes(OTHER_NEWS.replace("Пассажиров", "\x00\x00Пассажиров").encode("utf-8"))
    doc = read_path(few)[0]
    assert isinstance(doc, RawDoc) and doc.warnings == ["2 NUL bytes removed (zero bytes inside a text file)"]
    pdf = tmp_path / "отчёт.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert read_path(pdf)[0].reason.startswith("PDF is not supported: save it as text")
    docx = tmp_path / "справка.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    assert read_path(docx)[0].reason.startswith("a Word document (.docx) is not supported")


def test_a_store_inside_the_folder_it_ingests_does_not_ingest_itself(tmp_path, capsys):
    """`ingest DIR --db DIR/news.db`, run again after a search wrote the index beside the store,
    and with the store's path spelled another way: none of its files is read."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(NEWS, encoding="utf-8")
    (folder / "two.txt").write_text(OTHER_NEWS, encoding="utf-8")
    store = folder / "news.db"
    code, said = ingest(capsys, folder, store)
    assert code == 0 and "2 ingested" in said, said
    assert cli.main(["search", "Майкапчагай", "--db", str(store)]) == 0
    capsys.readouterr()
    assert (folder / "news.db.search-index").exists()
    for spelled in (store, folder / "sub" / ".." / "news.db"):
        code, said = ingest(capsys, folder, spelled)
        assert code == 0 and "rejected:" not in said and "2 already stored" in said, said
