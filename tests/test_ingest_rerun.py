"""A re-run over a folder passes over the files the store holds unchanged (ingest78): it
hashes their bytes instead of decoding and parsing them, and says and logs of them what a
parse would have let it say. A changed file is read again, a copy under another name is
still a duplicate, a dump with new lines still gives them. Every sentence is written here."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from store.ingest import file_stamps, ingest

STORIES = {
    "жайсан.txt": (
        "Жайсан: очередь выросла\n\nНа пункте пропуска «Жайсан» в Актюбинской области к утру "
        "собралось около шестидесяти грузовиков, сообщили в пограничной службе.\n"
    ),
    "бахты.txt": (
        "Бахты закрыт на ремонт\n\nПункт пропуска «Бахты» на границе с Китаем закрыт на два дня "
        "из-за ремонта дороги, сообщили в департаменте госдоходов области Абай.\n"
    ),
    "тасқала.txt": (
        "Тасқала өткізу пункті\n\n«Тасқала» өткізу пунктінде кезек азайды, деп хабарлады "
        "Батыс Қазақстан облысының мемлекеттік кірістер департаменті.\n"
    ),
}
NEW_STORY = (
    "Алаколь: новый терминал\n\nНа пункте пропуска «Алаколь» открыли второй терминал для "
    "грузовиков, сообщили в акимате Жетысуской области.\n"
)


def folder_of(tmp_path, stories=STORIES):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in stories.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def log_rows(db) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute("SELECT file, status, reason, article_id FROM ingest_log ORDER BY id").fetchall()


def test_a_rerun_parses_nothing_and_says_what_a_parse_would_have(tmp_path, parses):
    folder = folder_of(tmp_path)
    (folder / "копия.txt").write_bytes((folder / "бахты.txt").read_bytes())  # the same bytes, another name
    db = tmp_path / "s.db"
    first = ingest([folder], db, jobs=1)
    assert (first.ingested, first.duplicates, first.already_stored) == (3, 1, 0)
    parses.clear()
    logged = len(log_rows(db))
    again = ingest([folder], db, jobs=1)
    assert parses == []
    assert (again.ingested, again.duplicates, again.already_stored, again.rejected) == (0, 1, 3, [])
    rows = log_rows(db)[logged:]
    assert sorted((f, s, r) for f, s, r, _ in rows) == [
        ("бахты.txt", "duplicate", "already stored from this file"),
        ("жайсан.txt", "duplicate", "already stored from this file"),
        ("копия.txt", "duplicate", "already in the store"),
        ("тасқала.txt", "duplicate", "already stored from this file"),
    ]
    assert all(aid for *_, aid in rows)


def test_a_changed_file_is_read_again_and_an_unchanged_one_touched_is_not(tmp_path, parses):
    folder = folder_of(tmp_path)
    db = tmp_path / "s.db"
    ingest([folder], db, jobs=1)
    (folder / "жайсан.txt").write_text(NEW_STORY, encoding="utf-8")
    (folder / "бахты.txt").write_bytes((folder / "бахты.txt").read_bytes())  # new time, same bytes
    parses.clear()
    again = ingest([folder], db, jobs=1)
    assert parses == ["жайсан.txt"]
    assert (again.ingested, again.already_stored) == (1, 2)
    parses.clear()
    third = ingest([folder], db, jobs=1)  # the new bytes are stamped in their turn
    assert parses == [] and third.already_stored == 3


def test_a_stamp_whose_article_is_gone_is_not_trusted(tmp_path, parses):
    folder = folder_of(tmp_path, {"бахты.txt": STORIES["бахты.txt"]})
    db = tmp_path / "s.db"
    ingest([folder], db, jobs=1)
    key = file_stamps.key(str(folder / "бахты.txt"))
    with closing(sqlite3.connect(db)) as conn, conn:
        stamp = json.loads(conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()[0])
        stamp["docs"][0][1] = "0123456789abcdef"  # an article the store does not hold
        conn.execute("UPDATE meta SET value=? WHERE key=?", (json.dumps(stamp), key))
    parses.clear()
    again = ingest([folder], db, jobs=1)
    assert parses == ["бахты.txt"] and again.already_stored == 1


def test_a_file_with_a_rejected_record_is_read_again_and_rejected_again(tmp_path, parses):
    folder = tmp_path / "news"
    folder.mkdir()
    records = [
        {"title": "Бахты закрыт", "text": STORIES["бахты.txt"].split("\n\n", 1)[1]},
        {"title": "Пустая запись", "text": ""},
    ]
    (folder / "сводка.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "s.db"
    first = ingest([folder], db, jobs=1)
    assert (first.ingested, len(first.rejected)) == (1, 1)
    again = ingest([folder], db, jobs=1)
    assert (again.already_stored, len(again.rejected)) == (1, 1)  # as before: said again, not hidden


def test_a_dump_with_lines_appended_gives_its_new_records(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    dump = folder / "лента.jsonl"
    line = lambda name: json.dumps({"text": STORIES[name]}, ensure_ascii=False) + "\n"  # noqa: E731
    dump.write_text(line("жайсан.txt") + line("бахты.txt"), encoding="utf-8")
    db = tmp_path / "s.db"
    assert ingest([folder], db, jobs=1).ingested == 2
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(line("тасқала.txt"))
    again = ingest([folder], db, jobs=1)
    assert (again.ingested, again.already_stored) == (1, 2)


def test_two_workers_pass_over_stored_files_too(tmp_path):
    folder = folder_of(tmp_path)
    db = tmp_path / "s.db"
    assert ingest([folder], db, jobs=2).ingested == 3
    with closing(sqlite3.connect(db)) as conn, conn:
        stamps = conn.execute("SELECT count(*) FROM meta WHERE key LIKE ?", (file_stamps.KEY_PREFIX + "%",)).fetchone()
    assert stamps == (3,)
    again = ingest([folder], db, jobs=2)
    assert (again.ingested, again.already_stored, again.duplicates) == (0, 3, 0)


def test_a_stamp_is_for_the_bytes_and_the_name_it_was_made_for():
    seen = file_stamps.Fingerprint("ab" * 20, 10, 1)
    value = file_stamps.encode("бахты.txt", seen, [("бахты.txt", "0123456789abcdef")])
    assert file_stamps.recorded_docs(value, "бахты.txt", seen) == [("бахты.txt", "0123456789abcdef")]
    other_bytes = file_stamps.Fingerprint("cd" * 20, 10, 1)
    assert file_stamps.recorded_docs(value, "бахты.txt", other_bytes) is None
    assert file_stamps.recorded_docs(value, "ссылка.txt", seen) is None
    assert file_stamps.recorded_docs("not json", "бахты.txt", seen) is None


def test_the_stamp_is_written_with_its_document_in_one_transaction(tmp_path):
    """A kill before the commit leaves neither the document's row nor its file's stamp: the
    next run reads the file again."""
    from store.db import store as db
    from store.ingest.worker import Result
    from store.ingest.writer import Summary, Writer

    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        writer = Writer(store, Summary(), None, None)
        stamp = (file_stamps.KEY_PREFIX + "made-up", "{}")
        writer.pending.append(Result("/made/up/бахты.txt", "бахты.txt", "rejected", "made-up", stamp=stamp))
        writer.commit()
        assert store.conn.execute("SELECT count(*) FROM meta WHERE key=?", (stamp[0],)).fetchone() == (0,)
        writer.pending.append(Result("/made/up/бахты.txt", "бахты.txt", "duplicate", article_id="0" * 16, stamp=stamp))
        assert store.conn.execute("SELECT count(*) FROM meta WHERE key=?", (stamp[0],)).fetchone() == (0,)
        writer.commit()
        assert store.conn.execute("SELECT value FROM meta WHERE key=?", (stamp[0],)).fetchone() == ("{}",)
    finally:
        store.close()
