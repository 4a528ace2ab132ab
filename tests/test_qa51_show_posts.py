"""qa51: `show "председатель КГД"` opened the chairman's page with his spellings and
articles but not the post it was found by (his one article names him without it); a
person hit linked to the people table now shows the row's posts, as a row no article
names did already. Made-up article text in the shape of a news item."""

from __future__ import annotations

import json

from store.cli import main
from store.lang import people

ARTICLE = (
    "Очереди на границе обсудили в Астане\n\n"
    "Жандос Дуйсембиев провёл совещание с перевозчиками о работе пунктов пропуска "
    "на границе с Китаем. Участники обсудили очереди грузовиков.\n"
)


def _store(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert main(["ingest", str(src), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    return db


def test_a_person_found_by_a_post_shows_the_rows_posts(tmp_path, capsys, monkeypatch):
    db = _store(tmp_path)
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["show", "председатель КГД", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    title = people.get("p-duisembiyev").posts[0].title
    assert out.startswith("Жандос Дуйсембиев — person · 1 article")
    assert f"posts: {title}" in out
    assert out.count("also written:") == 1  # the stored spellings, not the row's again

    assert main(["show", "председатель КГД", "--db", str(db), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)["record"]
    assert record["id"] == "p-duisembiyev" and [p["title"] for p in record["posts"]][0] == title


def test_a_person_found_by_name_shows_the_rows_posts_too(sample_store_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["show", "бектеновым", "--db", str(sample_store_path)]) == 0
    out = capsys.readouterr().out
    row = people.row_of_name("Олжас Бектенов")
    assert out.startswith("Олжас Бектенов — person")
    assert f"posts: {row.posts[0].title}" in out and out.count("also written:") == 1
