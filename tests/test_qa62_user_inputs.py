"""qa62: what a new user's folder holds, ingested headless through the CLI.

Gzip-compressed dumps and pages were rejected as «binary file (gzip archive)»; a dump's
date written as a Unix timestamp (seconds, milliseconds, a string of digits, MongoDB's
{"$date": …}) gave no date; a JSON file nested past Python's recursion limit was rejected
with the exception's name; and `borderdocs search нур жолы` without quotes was a usage error.
The sentences are written for these tests."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from store import cli

QUEUE = "У пункта пропуска «Бахты» скопилось 140 фур, сообщили в пограничной службе. Водители ждут вторые сутки."
TRUCKS = "Автомобильный пункт пропуска «Майкапчагай» с понедельника принимает грузовики круглосуточно."


def _ingest(tmp_path, capsys, folder) -> tuple[int, str, list[dict]]:
    db = str(tmp_path / "s.db")
    code = cli.main(["ingest", str(folder), "--db", db, "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    cli.main(["export", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return code, err, sorted(rows, key=lambda r: r["file"])


def _record(title: str, text: str, **fields) -> str:
    return json.dumps({"title": title, "text": text, **fields}, ensure_ascii=False) + "\n"


def test_compressed_dump_page_and_text_are_read_as_what_they_hold(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    with gzip.open(folder / "feed.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(_record("Очередь у Бахты", QUEUE) + _record("Майкапчагай круглосуточно", TRUCKS))
    page = f"<html><head><meta charset='utf-8'></head><body><article><h1>Фуры у Бахты</h1><p>{QUEUE}</p></article></body></html>"
    (folder / "page.html").write_bytes(gzip.compress(page.encode()))  # saved still compressed, under its own name
    (folder / "note.txt.gz").write_bytes(gzip.compress(TRUCKS.encode("cp1251")))
    code, err, rows = _ingest(tmp_path, capsys, folder)
    assert code == 0 and err == ""
    assert [r["file"] for r in rows] == ["feed.jsonl.gz:1", "feed.jsonl.gz:2", "note.txt.gz", "page.html"]
    assert rows[0]["title"] == "Очередь у Бахты" and rows[3]["title"] == "Фуры у Бахты"
    assert "Майкапчагай" in rows[2]["body"]


def test_a_bad_archive_is_one_line_and_the_batch_goes_on(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(QUEUE, encoding="utf-8")
    (folder / "twice.txt.gz.gz").write_bytes(gzip.compress(gzip.compress(QUEUE.encode())))
    (folder / "bomb.txt.gz").write_bytes(gzip.compress(b"x" * (33 << 20)))
    (folder / "cut.txt.gz").write_bytes(gzip.compress((QUEUE * 30).encode())[:80])
    whole = gzip.compress("".join(_record(f"Запись {i}", f"{TRUCKS} Выпуск {i}.") for i in range(3)).encode())
    (folder / "cut.jsonl.gz").write_bytes(whole[:-12])  # its trailer lost
    code, err, rows = _ingest(tmp_path, capsys, folder)
    lines = err.splitlines()
    assert code == 1
    assert "rejected: bomb.txt.gz: gzip archive unpacks to more than the read limit of 32.0 MB" in lines
    assert "rejected: cut.txt.gz: gzip archive is cut short (its end is missing)" in lines
    assert any(line.startswith("rejected: cut.jsonl.gz: gzip archive is cut short") for line in lines)
    assert "rejected: twice.txt.gz.gz: compressed twice (a gzip archive inside a gzip archive)" in lines
    assert "Traceback" not in err and len(lines) == 4
    assert "story.txt" in [r["file"] for r in rows]


@pytest.mark.parametrize(
    ("date", "day"),
    [
        (1735671600, "2025-01-01"),  # 2024-12-31 19:00 UTC is past midnight in Astana
        (1735671600000, "2025-01-01"),  # milliseconds
        ("1735671600", "2025-01-01"),
        ({"$date": "2025-02-03T10:00:00Z"}, "2025-02-03"),
        ({"$date": {"$numberLong": "1738576800000"}}, "2025-02-03"),
        ("2025-03-04", "2025-03-04"),
        (12, None),  # not a plausible timestamp
        (True, None),
    ],
)
def test_a_dump_date_as_a_timestamp_is_the_day_in_kazakhstan(tmp_path, capsys, date, day):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "d.jsonl").write_text(_record("Очередь у Бахты", QUEUE, published=date), encoding="utf-8")
    code, _, rows = _ingest(tmp_path, capsys, folder)
    assert code == 0 and rows[0]["date"] == day


def test_json_nested_past_the_parser_is_rejected_by_what_it_is(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (folder / "d.jsonl").write_text(_record("Бахты", QUEUE) + '{"a":' * 50_000 + "1" + "}" * 50_000 + "\n")
    code, err, rows = _ingest(tmp_path, capsys, folder)
    assert code == 1 and len(rows) == 1
    assert "rejected: deep.json: invalid JSON: nested too deeply to be a record" in err.splitlines()
    assert "rejected: d.jsonl:2: invalid JSON: nested too deeply to be a record" in err.splitlines()
    assert "RecursionError" not in err


def test_search_words_need_no_quotes(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Фуры у Бахты\n\n{QUEUE}", encoding="utf-8")
    _ingest(tmp_path, capsys, folder)
    db = str(tmp_path / "s.db")
    assert cli.main(["search", "--db", db, "--json", "пункт", "пропуска"]) == 0
    unquoted = capsys.readouterr().out
    assert cli.main(["search", "--db", db, "--json", "пункт пропуска"]) == 0
    assert unquoted == capsys.readouterr().out and json.loads(unquoted)


def test_a_long_ingest_into_a_log_says_how_far_it_is(tmp_path, capsys, monkeypatch):
    from store.cli import progress

    monkeypatch.setattr(progress, "LOG_EVERY", 0.0)  # every file, as a run past 30 s does every 30 s
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):  # a dump is a task of its own (plain files go eight to a task)
        (folder / f"{i}.jsonl").write_text(_record(f"Бахты {i}", f"{QUEUE} Сообщение {i}."), encoding="utf-8")
    code = cli.main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1"])
    lines = capsys.readouterr().err.splitlines()
    assert code == 0
    shapes = [re.fullmatch(r"progress: (\d)/3 files, [\d.]+/s, ETA \d+:\d\d", line) for line in lines[:-1]]
    assert [m and m[1] for m in shapes] == ["1", "2"]
    assert lines[-1].startswith("3 files: 3 ingested")


def test_a_short_ingest_into_a_log_prints_its_summary_alone(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(QUEUE, encoding="utf-8")
    assert cli.main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("1 file: 1 ingested")


def test_the_help_says_what_each_exit_status_means(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "Exit status: 0 all good; 1 something was rejected (ingest) or nothing found (search, show); 2 " in text
    assert ".gz" in text  # ingest's line: compressed files are read


def test_a_store_inside_the_folder_it_ingests_is_not_read_as_an_article(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(QUEUE, encoding="utf-8")
    (tmp_path / "news.db.txt").write_text(TRUCKS, encoding="utf-8")  # an article whatever its name
    assert cli.main(["ingest", ".", "--db", "news.db", "--jobs", "1"]) == 0
    assert cli.main(["search", "--db", "news.db", "bakhty"]) == 0  # writes news.db.search-index beside it
    capsys.readouterr()
    assert cli.main(["ingest", ".", "--db", "news.db", "--jobs", "1"]) == 0  # run again: nothing rejected
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("2 files: 0 ingested, 2 already stored, 0 duplicates, 0 rejected")


def test_a_file_reached_through_a_link_and_its_own_folder_keeps_its_own_path(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "2025-03").mkdir(parents=True)
    (folder / "2025-03" / "bakhty.txt").write_text(QUEUE, encoding="utf-8")
    (folder / "0-latest").symlink_to("2025-03")  # sorts before the folder it points to
    (folder / "elsewhere").mkdir()
    (folder / "elsewhere" / "truck.txt").write_text(TRUCKS, encoding="utf-8")
    (folder / "2025-03" / "b-link").symlink_to(folder / "elsewhere")
    _, _, rows = _ingest(tmp_path, capsys, folder)
    assert sorted(r["path"] for r in rows) == [
        str(folder / "2025-03" / "bakhty.txt"),
        str(folder / "elsewhere" / "truck.txt"),
    ]


def test_an_empty_folder_says_no_files_were_found(tmp_path, capsys):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / ".cache").mkdir()
    (tmp_path / "in" / ".cache" / "a.txt").write_text(QUEUE, encoding="utf-8")
    assert cli.main(["ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--jobs", "1"]) == 0
    summary, note = capsys.readouterr().err.splitlines()
    assert summary.startswith("0 files: 0 ingested")
    assert note.startswith(f"note: no files found under {tmp_path / 'in'} (") and "«.»" in note


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_wide_json_lines_dump_with_a_bom_is_read_line_by_line(tmp_path, capsys, encoding):
    folder = tmp_path / "in"
    folder.mkdir()
    text = _record("Очередь у Бахты", QUEUE) + _record("Майкапчагай круглосуточно", TRUCKS).replace("\n", "\r\n")
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
    (folder / "export.jsonl").write_bytes(bom + text.encode(encoding))
    code, err, rows = _ingest(tmp_path, capsys, folder)
    assert code == 0 and err == ""
    assert [r["title"] for r in rows] == ["Очередь у Бахты", "Майкапчагай круглосуточно"]


def test_a_dump_with_no_record_is_one_line(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "blank.jsonl").write_text("\n  \n\n", encoding="utf-8")
    (folder / "none.jsonl.gz").write_bytes(gzip.compress(b""))
    code, err, rows = _ingest(tmp_path, capsys, folder)
    assert code == 1 and rows == []
    assert sorted(err.splitlines()) == [
        "rejected: blank.jsonl: no records in JSON-lines file",
        "rejected: empty.jsonl: empty file",
        "rejected: none.jsonl.gz: empty file",
    ]


@pytest.mark.parametrize("field", ["timestamp", "createdAt", "date_unixtime"])
def test_a_timestamp_under_other_exporters_names_is_the_date(tmp_path, capsys, field):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "d.jsonl").write_text(_record("Очередь у Бахты", QUEUE, **{field: 1741600800}), encoding="utf-8")
    _, _, rows = _ingest(tmp_path, capsys, folder)
    assert rows[0]["date"] == "2025-03-10"
