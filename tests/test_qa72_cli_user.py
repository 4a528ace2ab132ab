"""qa72: what a user of the headless `borderdocs` tripped on over a folder of scraped news.

- A checksum list under its usual name (SHA256SUMS, MD5SUMS: no extension) was stored as
  an article titled by its first line; its lines now say what it is, whatever its name.
- A rejected file was named without its folder: «rejected: index.html: empty file» in a
  saved site that holds hundreds of index.html. The line now names the folders between
  the file and the folder given to `ingest`.
- `board --help`, `facts --help`, `search --help` printed each option's choices as
  `{a,b,…}` beside it, lines of 120-160 characters at an 80-column terminal.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from store import cli

STORY = "На посту «Бахты» в сторону Китая к утру скопилось 40 фур, сообщили в погранслужбе."
HASH = "9f2c4e1a7b3d5f60" * 4  # 64 hex digits, as sha256sum prints


def _ingest(folder, db, capsys) -> tuple[int, list[str]]:
    code = cli.main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"])
    return code, capsys.readouterr().err.splitlines()


def _articles(db, capsys) -> int:
    cli.main(["stats", "--db", str(db), "--json"])
    return json.loads(capsys.readouterr().out)["articles"]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("SHA256SUMS", f"{HASH}  bakhty.txt\n{HASH[::-1]} *photo.jpg\n"),
        ("MD5SUMS", f"{HASH[:32]}  bakhty.txt\n"),
        ("checksums.txt", f"SHA256 (bakhty.txt) = {HASH}\n\nSHA256 (page 2.html) = {HASH}\n"),
        ("frozen_at.txt", f"Mon Nov 30 09:12:05 UTC 2026\n{HASH}  a.txt\n{HASH[::-1]}  b.txt\n"),  # `date; sha256sum *`
    ],
)
def test_a_checksum_list_under_any_name_is_rejected_and_the_story_kept(tmp_path, capsys, name, body):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "bakhty.txt").write_text(STORY, encoding="utf-8")
    (folder / name).write_text(body, encoding="utf-8")
    code, err = _ingest(folder, tmp_path / "s.db", capsys)
    assert code == 1
    assert f"rejected: {name}: a checksum list (lines of a hash and a file name), not an article" in err
    assert _articles(tmp_path / "s.db", capsys) == 1


@pytest.mark.parametrize(
    "text",
    [
        f"{HASH}  bakhty.txt\n{STORY}\n",
        f"Контрольная сумма снимка\n{HASH}  bakhty.txt\n",
        f"{STORY}\n{HASH}  bakhty.txt\n{HASH}  photo.jpg\n{STORY}\n",
    ],
)
def test_a_story_that_quotes_a_hash_is_still_a_story(tmp_path, capsys, text):
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "note.txt").write_text(text, encoding="utf-8")
    code, err = _ingest(folder, tmp_path / "s.db", capsys)
    assert code == 0, err
    assert _articles(tmp_path / "s.db", capsys) == 1


def test_a_rejected_file_is_named_with_its_folders_under_the_one_given(tmp_path, capsys):
    site = tmp_path / "site"
    (site / "2026" / "12-01").mkdir(parents=True)
    (site / "2026" / "12-02").mkdir(parents=True)
    (site / "2026" / "12-01" / "index.html").write_bytes(b"")
    (site / "2026" / "12-02" / "index.html").write_text(f"<html><body><p>{STORY}</p></body></html>", encoding="utf-8")
    (site / "telegram").mkdir()
    (site / "telegram" / "posts.jsonl").write_text('{"text": "' + STORY + '"}\n{"text": \n', encoding="utf-8")
    (site / "empty.txt").write_bytes(b"")
    code, err = _ingest(site, tmp_path / "s.db", capsys)
    assert code == 1
    assert "rejected: 2026/12-01/index.html: empty file" in err
    assert any(line.startswith("rejected: telegram/posts.jsonl:2: invalid JSON") for line in err), err
    assert "rejected: empty.txt: empty file" in err  # at the given folder's top: its name, as before


def test_a_file_given_by_itself_is_named_alone(tmp_path, capsys):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "blank.html").write_bytes(b"")
    code = cli.main(["ingest", str(deep / "blank.html"), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert code == 1
    assert "rejected: blank.html: empty file" in capsys.readouterr().err.splitlines()


@pytest.mark.parametrize(
    "command", ["board", "facts", "search", "show", "export", "ingest", "stats", "reextract", "directives"]
)
def test_help_fits_80_columns_and_lists_the_choices(monkeypatch, capsys, command):
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as done:
        cli.main([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    too_wide = [line for line in out.splitlines() if len(line) > 80]
    assert not too_wide, too_wide
    if command == "board":
        assert "--sort COLUMN" in out and "queue_date" in out and "Туркменистан" in out
    if command == "facts":
        assert "--kind KIND" in out and "alternative" in out
    if command in ("search", "show"):
        assert "--type T" in out and "organization" in out


def test_a_wrong_choice_still_lists_the_choices_in_one_message(tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["board", "--kind", "ferry", "--db", str(tmp_path / "none.db")])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'ferry'" in err and "'road'" in err and "Traceback" not in err


def test_csv_cells_a_spreadsheet_would_run_are_text_there_and_json_keeps_them(tmp_path, capsys):
    folder = tmp_path / "saved"
    folder.mkdir()
    headline = '=HYPERLINK("http://example.invalid","очередь")'
    (folder / "a.txt").write_text(f"{headline}\n\n{STORY}\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert _ingest(folder, db, capsys)[0] == 0
    assert cli.main(["export", "--format", "csv", "--db", str(db)]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["title"] == "'" + headline and row["date"] == ""
    assert cli.main(["facts", "--csv", "--db", str(db)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["title"] == "'" + headline for r in rows)
    assert {r["text"] for r in rows if r["kind"] == "queue"} == {"40 фур"}  # a plain cell as it was
    assert cli.main(["export", "--format", "jsonl", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == headline
