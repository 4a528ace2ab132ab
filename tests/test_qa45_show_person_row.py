"""qa45: `show` of a knowledge-base person no article names yet gives the row's posts, the
reason a search by post («аким ВКО») picked him, and his spellings; it said only «a
knowledge-base row (p-…) no stored article names yet»."""

from __future__ import annotations

import json

from store.cli import main
from store.cli.show import _term
from store.lang import people


def _show(capsys, monkeypatch, store, *args):
    monkeypatch.setenv("COLUMNS", "80")
    code = main(["show", *args, "--db", str(store)])
    return code, capsys.readouterr().out


def test_a_person_row_shows_its_posts_and_spellings(sample_store_path, capsys, monkeypatch):
    code, out = _show(capsys, monkeypatch, sample_store_path, "Ермек Кошербаев")
    assert code == 0
    assert "no stored article names yet" in out
    assert "posts: аким Восточно-Казахстанской области" in out
    assert "also written: Ермек Көшербаев" in out and "Yermek Kosherbayev" in out


def test_the_json_page_carries_the_row(sample_store_path, capsys, monkeypatch):
    code, out = _show(capsys, monkeypatch, sample_store_path, "Ермек Кошербаев", "--json")
    record = json.loads(out)["record"]
    row = people.get("p-kosherbayev")
    assert code == 0 and record["id"] == row.id and record["country"] == row.country
    assert [p["title"] for p in record["posts"]] == [p.title for p in row.posts]


def test_a_term_is_shown_when_the_table_has_one():
    dated = next(p for p in people.people() if any(post.took for post in p.posts))
    post = next(post for post in dated.posts if post.took)
    assert _term({"title": post.title, "took": post.took, "left": post.left or None}).startswith(f" ({post.took}–")
    assert _term({"title": "аким", "took": None, "left": None}) == ""
