"""qa45: `borderdocs search` fits its table to the terminal (it printed ~150-cell lines
that wrapped at 80 columns), keeping a post's kind and side and an article's snippet when
there is room."""

from __future__ import annotations

from store.cli import main
from store.cli.search_table import search_table
from store.cli.table import cells

HITS = [
    {
        "kind": "entity",
        "type": "checkpoint",
        "id": 1,
        "name": "Алашанькоу",
        "matched": "Алашанькоу",
        "score": 100.0,
        "articles": 9,
        "kb_id": None,
    },
    {
        "kind": "entity",
        "type": "organization",
        "id": 2,
        "name": "Восточно-Казахстанская областная таможня",
        "matched": "ВКО таможня",
        "score": 94.0,
        "articles": 0,
        "kb_id": "made-up-customs",
    },
    {
        "kind": "article",
        "type": "article",
        "id": 3,
        "name": "На придуманном переходе выстроилась очередь из сорока машин",
        "matched": "…на придуманном переходе выстроилась очередь из сорока машин, сообщили в ведомстве…",
        "score": 75.0,
        "date": "2025-01-02",
        "source": "Example.kz",
    },
]


def test_every_line_fits_eighty_columns_with_what_each_hit_is():
    table = search_table(HITS, total=12, width=80)
    lines = table.splitlines()
    assert all(cells(line) <= 80 for line in lines)
    assert lines[0].split() == ["type", "name", "about"]
    assert "0 articles · made-up-customs" in table and "2025-01-02 Example.kz" in table
    assert lines[-1] == "first 3 of 12"


def test_a_wide_terminal_adds_the_score_and_the_matched_words():
    table = search_table(HITS, width=160)
    assert table.splitlines()[0].split() == ["score", "type", "name", "about", "matched"]
    assert "100.0" in table and "…на придуманном переходе выстроилась" in table
    assert all(cells(line) <= 160 for line in table.splitlines())


def test_article_text_is_no_markup_and_no_escape():
    hostile = [dict(HITS[2], name="[b]x[/b] \x1b[31mred", matched="[link=http://e]y[/link]")]
    table = search_table(hostile, width=200)
    assert "\x1b" not in table and "[b]x[/b]" in table and "[link=http://e]y[/link]" in table


def test_the_command_prints_the_fitted_table(sample_store_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["search", "dostyk", "--db", str(sample_store_path)]) == 0
    out = capsys.readouterr().out
    assert "Достык" in out and all(cells(line) <= 80 for line in out.splitlines())
    assert search_table([]) == "no results"


def test_short_names_leave_a_posts_side_whole_at_80_columns():
    hit = {
        "kind": "entity",
        "type": "checkpoint",
        "id": 7,
        "name": "Пост",
        "matched": "Пост",
        "score": 99.0,
        "articles": 8,
        "kb_id": None,
    }
    lines = search_table([hit, dict(hit, id=8, name="Другой пост")], width=80).splitlines()
    assert lines[0].index("about") == len("checkpoint") + 2 + len("Другой пост") + 2  # as wide as they are
    assert all(cells(line) <= 80 for line in lines)
