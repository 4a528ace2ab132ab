"""What qa108's new-user session left (stop 53, qa110): an old `.doc` said with what to do,
the ingest dialog naming what it ingests, a Markdown note's heading as its title, and the
Kazakh «кезегі … көлікке жетті» read as a queue as the Russian «очередь достигла …» is."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.model import RawDoc, RejectedDoc
from store.reading.parse import parse
from store.reading.read import read_path
from tui.cli import ingesting_note

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
NOTE = (
    "# Заметки\n\n"
    "На пункте пропуска «Хоргос» 3 декабря очередь грузовиков выросла до 120 машин, "
    "сообщили в пограничной службе.\n\n"
    "## Подробности ##\n\n"
    "Водители ждут оформления по шесть часов.\n"
)


def test_an_old_word_file_is_said_with_what_to_do(tmp_path):
    """qa108: «an old Office document …, not an article», no next step as a `.docx` has."""
    doc = tmp_path / "справка.doc"
    doc.write_bytes(OLE2 + b"\x00" * 504 + "Пункт пропуска".encode("utf-16-le"))
    [got] = read_path(doc)
    assert isinstance(got, RejectedDoc)
    assert got.reason == (
        "an old Office document (.doc, .xls, .ppt) or Outlook message is not supported: "
        "save it as text (.txt) or a web page (.html) and ingest that"
    )


def test_the_ingest_dialog_names_what_it_ingests(tmp_path):
    """qa108: «Ingesting 1 path(s)…» said neither which nor what; one PATH is named as given."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    assert ingesting_note([str(folder)]) == f"Ingesting folder {folder}…"
    assert ingesting_note([str(folder / "a.txt")]) == f"Ingesting file {folder / 'a.txt'}…"
    assert ingesting_note([str(folder), str(tmp_path)]) == "Ingesting 2 paths…"
    assert ingesting_note(["."]).startswith("Ingesting folder /")  # «.» names nothing: its full path
    assert "\\u202e" in ingesting_note([str(tmp_path / "x\u202etxt.exe")])  # a bidi mark shown, not obeyed


def test_a_markdown_notes_heading_is_its_title(tmp_path):
    """qa108: «# Заметки» was dropped as a row of hashtags and the first sentence was the title;
    the later heading's marks are taken off, its words kept in the body."""
    md = tmp_path / "notes.md"
    md.write_text(NOTE, encoding="utf-8")
    [doc] = read_path(md)
    assert isinstance(doc, RawDoc) and doc.raw == NOTE
    article = parse(doc)
    assert article.title == "Заметки"
    assert "Подробности" in article.body and "#" not in article.body
    assert "120 машин" in article.body


def test_the_same_lines_in_a_text_file_are_read_as_before(tmp_path):
    """Only a Markdown name makes «#» a heading: in a `.txt` the line is still a hashtag row."""
    txt = tmp_path / "notes.txt"
    txt.write_text(NOTE, encoding="utf-8")
    [doc] = read_path(txt)
    assert isinstance(doc, RawDoc) and not doc.meta
    assert parse(doc).title != "Заметки"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-12-05")]


def test_a_kazakh_queue_reaching_a_count_is_a_queue():
    """qa108: «кезегі 90 көлікке жетті» was a `count`; «кезегі» is «кезек» with к → г."""
    kk = "Қорғас бекетінде жүк көліктерінің кезегі 90 көлікке жетті, деп хабарлады шекара қызметі."
    ru = "На пункте пропуска «Хоргос» очередь достигла 90 машин, сообщила пограничная служба."
    assert kinds(kk) == [("queue", "90 көлікке")]
    assert kinds(ru) == [("queue", "90 машин")]
