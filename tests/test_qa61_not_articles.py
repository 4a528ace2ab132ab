"""qa61: a folder of saved news with the scraper's script, a checksum list and a table of
fetched pages beside the articles stored each of them as an article (read as plain text:
anything that decodes is), so a post's page listed a script's docstring among its
stories. Those extensions are now rejected in one line; any other, or none, is read."""

from __future__ import annotations

import json

import pytest

from store.model import RawDoc, RejectedDoc
from store.reading.read import read_path

STORY = "Пункт пропуска «Сартобе» закроют на ремонт с 1 марта, сообщили в пограничной службе."


@pytest.mark.parametrize(
    ("name", "body", "why"),
    [
        ("fetch.py", '"""Fetch the pages."""\nimport json\n', ".py file (source code)"),
        ("pages.sha256", "3f7a9c0e1b2d  page_01.txt\n", ".sha256 file (a checksum list)"),
        ("index.tsv", "page_01.txt\thttps://example.kz/a\n", ".tsv file (a data table)"),
        ("settings.YAML", "sites: [example.kz]\n", ".yaml file (a settings file)"),
    ],
)
def test_files_kept_beside_the_articles_are_rejected_in_one_line(tmp_path, name, body, why):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    (doc,) = read_path(p)
    assert isinstance(doc, RejectedDoc)
    assert doc.reason.startswith(why) and "\n" not in doc.reason


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story", "story.text"])
def test_a_story_under_any_other_name_is_read(tmp_path, name):
    p = tmp_path / name
    p.write_text(STORY, encoding="utf-8")
    (doc,) = read_path(p)
    assert isinstance(doc, RawDoc) and "Сартобе" in doc.text


def test_an_ingest_of_the_folder_stores_the_story_alone(tmp_path, capsys):
    from store import cli

    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "fetch.py").write_text("import json\nprint('fetched')\n", encoding="utf-8")
    code = cli.main(["ingest", str(folder), "--db", str(tmp_path / "s.db"), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code == 1  # something was rejected (README: exit status)
    assert "rejected: fetch.py: .py file (source code), not an article" in err
    cli.main(["stats", "--db", str(tmp_path / "s.db"), "--json"])
    assert json.loads(capsys.readouterr().out)["articles"] == 1
