"""qa108, a new user's session on stop 53's code: what the CLI said of a folder users bring
(a scraper's manifest among the pages, the summary at 80 columns, a folder given again from
another directory). Own file names and sentences; no store is built."""

from store.ingest.reject_lines import SHOWN_PER_FILE, RejectLines


def _lines(calls):
    said = []
    lines = RejectLines(lambda file, reason: said.append(f"{file}: {reason}"))
    for file, reason in calls:
        lines(file, reason)
    lines.finish()
    return said


def test_a_manifests_records_are_named_a_few_times_then_counted():
    calls = [(f"crawl.manifest.jsonl:{n}", "record has no text") for n in range(1, 301)]
    calls.insert(5, ("empty.txt", "empty file"))
    said = _lines(calls)
    assert said[:SHOWN_PER_FILE] == [f"crawl.manifest.jsonl:{n}: record has no text" for n in (1, 2, 3)]
    assert "empty.txt: empty file" in said
    assert said[-1] == "crawl.manifest.jsonl: 297 more records like these: record has no text"
    assert len(said) == SHOWN_PER_FILE + 2


def test_files_are_never_held_back_and_few_records_are_all_named():
    files = [(f"page{n}.html", "empty file") for n in range(10)]
    records = [("posts.jsonl:2", "invalid JSON: column 3"), ("posts.jsonl:7", "record has no text")]
    said = _lines(files + records)
    assert len(said) == 12
    assert not any("more" in line for line in said)


def test_details_that_differ_are_summed_up_by_their_kind():
    calls = [(f"dump.jsonl:{n}", f"invalid JSON: Expecting value (column {n})") for n in range(1, 6)]
    calls.append(("other.jsonl:9", "invalid JSON: Expecting value (column 1)"))
    said = _lines(calls)
    assert "dump.jsonl: 2 more records like these: invalid JSON" in said
    assert "other.jsonl:9: invalid JSON: Expecting value (column 1)" in said
    assert len(said) == 5


def test_the_ingest_summary_of_records_wraps_at_words_on_an_80_column_terminal(monkeypatch):
    """«284 files, 300 articles: … (46.1 articles/s)» is 88 columns: the terminal cut it
    mid-word («(46.1 a» / «rticles/s)»); into a pipe it stays one line."""
    import io
    import os
    import shutil
    import sys

    from store.cli.commands import _summary_lines

    told = "284 files, 300 articles: 300 ingested, 0 duplicates, 0 rejected in 6.5 s (46.1 articles/s)"

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((80, 24)))
    monkeypatch.setattr(sys, "stderr", Terminal())
    lines = _summary_lines(told, "/tmp/s.db").split("\n")
    assert all(len(line) < 80 for line in lines)
    assert lines[-1] == "-> /tmp/s.db"
    assert " ".join(part.strip() for part in lines[:-1]) == told
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _summary_lines(told, "/tmp/s.db") == f"{told} -> /tmp/s.db"


def test_a_file_stored_by_a_relative_path_is_known_from_another_folder(tmp_path, monkeypatch):
    """`ingest sample_data` from the checkout, then `ingest /abs/…/sample_data` from
    elsewhere said «5 duplicates»: the stored «sample_data/a.txt» named no file there."""
    from store.ingest.writer import _same_file

    (tmp_path / "home" / "news").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    article = tmp_path / "home" / "news" / "a.txt"
    article.write_text("текст", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "elsewhere")
    assert _same_file("news/a.txt", str(article))
    assert _same_file("./news/a.txt", str(article))
    assert not _same_file("news/b.txt", str(article))  # another file's name
    assert not _same_file("other/a.txt", str(article))
    (tmp_path / "elsewhere" / "news").mkdir()
    (tmp_path / "elsewhere" / "news" / "a.txt").write_text("текст", encoding="utf-8")
    assert not _same_file("news/a.txt", str(article))  # names another file from here: a copy


def _record(title: str) -> str:
    import json

    text = f"Пограничники сообщили, что на посту «{title}» в среду стояло сорок фур. Движение открыто."
    return json.dumps({"title": title, "text": text}, ensure_ascii=False)


def test_a_json_list_cut_short_keeps_the_records_before_the_cut():
    """A scraper killed while writing its `.json` list: the whole file was rejected, the
    complete records before the cut with it."""
    from pathlib import Path

    from store.model import RawDoc, RejectedDoc
    from store.reading.json_records import json_docs

    text = "[\n  " + _record("Кордай") + ",\n  " + _record("Карасу") + ',\n  {"title": "Кольж'
    docs = json_docs(Path("scraped.json"), text, "json")
    kept = [d for d in docs if isinstance(d, RawDoc)]
    assert [d.meta["title"] for d in kept] == ["Кордай", "Карасу"]
    assert [d.file for d in kept] == ["scraped.json:1", "scraped.json:2"]
    (cut,) = [d for d in docs if isinstance(d, RejectedDoc)]
    assert cut.file == "scraped.json" and cut.reason.startswith("invalid JSON after record 2: ")


def test_json_that_is_no_list_of_records_is_still_rejected_whole():
    from pathlib import Path

    from store.model import RawDoc
    from store.reading.json_records import json_docs

    for text in ('{"title": "Кордай", "text": "Очередь', "[1, 2, ", "[" + _record("Кордай") + ", 7, "):
        docs = json_docs(Path("x.json"), text, "json")
        assert not any(isinstance(d, RawDoc) for d in docs), text
        assert len(docs) == 1 and docs[0].reason.startswith("invalid JSON: ")


def test_a_file_whose_stored_name_is_escaped_is_known_from_another_folder(tmp_path, monkeypatch):
    """The store keeps «bidi\\u202eevil.txt» escaped: its tail is compared in that form."""
    from store.ingest.writer import _same_file

    (tmp_path / "news").mkdir()
    article = tmp_path / "news" / "bidi\u202eevil.txt"
    article.write_text("текст", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "news")
    assert _same_file("news/bidi\\u202eevil.txt", str(article))


def test_a_saved_pages_assets_folder_is_left_out_of_the_walk(tmp_path):
    """A browser's «Save page, complete» writes `NAME_files/` beside `NAME.html`: its scripts,
    styles, images and an ad's frame were six `rejected:` lines and an article «ad»."""
    from store.reading.read import discover

    (tmp_path / "Кордай.html").write_text("<html><body><p>Очередь.</p></body></html>", encoding="utf-8")
    assets = tmp_path / "Кордай_files"
    assets.mkdir()
    for name in ("jquery.js", "style.css", "saved_resource.html"):
        (assets / name).write_text("x", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no page of that name beside it: a folder like any
    (tmp_path / "notes_files" / "a.txt").write_text("Текст.", encoding="utf-8")
    (tmp_path / "old.htm_files.txt").write_text("Текст.", encoding="utf-8")  # a file, not a folder
    found = sorted(p.relative_to(tmp_path).as_posix() for p in discover([tmp_path]))
    assert found == ["notes_files/a.txt", "old.htm_files.txt", "Кордай.html"]
    given = sorted(p.name for p in discover([assets]))  # a folder the user names is read
    assert given == ["jquery.js", "saved_resource.html", "style.css"]


def _mhtml(html_part: str, transfer: str) -> bytes:
    """An MHTML file as Chrome's «Webpage, single file» writes it: headers, a page, a style."""
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://example.kz/news/1",
        "MIME-Version: 1.0",
        'Content-Type: multipart/related; type="text/html"; boundary="----B--x----"',
        "",
        "",
        "------B--x----",
        html_part.split("\n\n", 1)[0],
        f"Content-Transfer-Encoding: {transfer}",
        "Content-Location: https://example.kz/news/1",
        "",
        html_part.split("\n\n", 1)[1],
        "------B--x----",
        "Content-Type: text/css",
        "Content-Location: https://example.kz/s.css",
        "",
        "body { color: red; }",
        "------B--x------",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


_PAGE = (
    "<html><head><title>Очередь на «Кордае»</title></head><body><article><h1>Очередь на «Кордае»</h1>"
    "<p>Тараз, 3 декабря 2026. На пункте пропуска «Кордай» в среду стояли сорок фур, водители ждали"
    " оформления около пяти часов, сообщили пограничники.</p></article></body></html>"
)


def test_a_page_saved_as_mhtml_is_read_as_the_page(tmp_path):
    """Chrome's «Webpage, single file» was stored as «From: <Saved by Blink>» over its markup in
    quoted-printable; now its HTML part is read as a saved page is (quoted-printable, base64,
    a declared code page)."""
    import base64
    import quopri

    from store.model import RawDoc
    from store.reading.read import read_path

    shapes = {
        "qp.mhtml": ("Content-Type: text/html\n\n" + quopri.encodestring(_PAGE.encode()).decode(), "quoted-printable"),
        "b64.mht": ("Content-Type: text/html\n\n" + base64.encodebytes(_PAGE.encode()).decode(), "base64"),
        "cp.mhtml": (
            'Content-Type: text/html; charset="windows-1251"\n\n' + base64.encodebytes(_PAGE.encode("cp1251")).decode(),
            "base64",
        ),
    }
    for name, (part, transfer) in shapes.items():
        (tmp_path / name).write_bytes(_mhtml(part, transfer))
        (doc,) = read_path(tmp_path / name)
        assert isinstance(doc, RawDoc), (name, doc)
        assert doc.meta.get("title") == "Очередь на «Кордае»", name
        assert "сорок фур" in doc.text and "=D0" not in doc.text and "color" not in doc.text, name


def test_an_mhtml_without_a_page_is_told_and_a_note_naming_mime_is_no_mhtml():
    from store.reading.mhtml import is_mhtml, mhtml_page

    data = _mhtml("Content-Type: text/css\n\nbody { color: red; }", "7bit")
    assert is_mhtml(data) and mhtml_page(data) is None
    assert not is_mhtml("MIME-Version: 1.0 в тексте заметки о почте".encode())


def test_a_safari_web_archive_is_named_with_what_to_do(tmp_path):
    from store.model import RejectedDoc
    from store.reading.read import read_path

    path = tmp_path / "Кордай.webarchive"
    path.write_bytes(b"bplist00\xd1\x01\x02_\x10\x0fWebMainResource" + bytes(range(256)) * 4)
    (doc,) = read_path(path)
    assert isinstance(doc, RejectedDoc)
    assert "Safari .webarchive" in doc.reason and doc.reason.endswith("a web page (.html) and ingest that")


def test_a_saved_email_is_read_under_its_subject(tmp_path):
    """A press release kept as it came (`.eml`) was stored titled «From: press@…», its headers
    and encoded text as the body."""
    import base64

    from store.model import RawDoc
    from store.reading.read import read_path

    text = "Тараз, 3 декабря 2026. На пункте пропуска «Кордай» в среду стояли сорок фур, сообщили пограничники."
    mail = "\r\n".join(
        [
            "From: press@example.kz",
            "To: desk@example.kz",
            "Subject: =?utf-8?B?" + base64.b64encode("Очередь на «Кордае»".encode()).decode() + "?=",
            "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="b1"',
            "",
            "--b1",
            'Content-Type: text/plain; charset="windows-1251"',
            "Content-Transfer-Encoding: base64",
            "",
            base64.encodebytes(text.encode("cp1251")).decode(),
            "--b1--",
            "",
        ]
    )
    path = tmp_path / "release.eml"
    path.write_bytes(mail.encode("ascii"))
    (doc,) = read_path(path)
    assert isinstance(doc, RawDoc), doc
    assert doc.meta["title"] == "Очередь на «Кордае»"
    assert doc.text == text
    note = tmp_path / "note.txt"  # a note that quotes headers is no mail: no MIME-Version first
    note.write_text("Заметка.\nFrom: press@example.kz\nSubject: очередь\nMIME-Version: 1.0\n", encoding="utf-8")
    (kept,) = read_path(note)
    assert kept.text.startswith("Заметка.")
