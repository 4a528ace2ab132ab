"""`borderdocs board`, `facts` and `directives`: the explorer's tabs 3, 5 and 4 headless,
on the hand-made store of the TUI view tests (fixed rows, so the figures are known)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from store.cli.table import Column, cells, fit, format_rows, shown_line
from tests.notes import run_cli
from tests.test_tui_views import views_path  # noqa: F401  (fixture)

run = run_cli


def test_board_at_80_columns_answers_status_deadline_queue(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--reported")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["checkpoint", "status", "date", "deadline", "last", "queue"]
    assert all(cells(line) <= 80 for line in lines)
    khorgos = next(line for line in lines if line.startswith("Хоргос"))
    # status 19 cells since ui66; words from the figure, cut, and the month always kept (board73)
    assert "working              2025-11-02" in khorgos and khorgos.endswith("кезек а… · 2025-10")
    dostyk = next(line for line in lines if line.startswith("Достык"))
    assert "working (gazetteer)" in dostyk and dostyk.endswith("…300 гр… · 2025-11")
    assert lines[-1] == "2 checkpoints"  # --reported: only the two articles name
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--reported", columns=200)
    assert "кезек азайды (2025-10-08)" in out  # the last column takes the rest of the line


def test_board_is_every_crossing_and_its_filters_narrow_it(views_path, capsys, monkeypatch):
    from store.lang import gazetteer

    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json")
    rows = json.loads(out)
    assert len(rows) == len(gazetteer.all())
    assert {"id", "name", "status", "status_words", "deadline_date", "queue", "articles"} <= set(rows[0])
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json", "--border", "Китай", "--kind", "rail")
    assert {(r["border"], r["kind"]) for r in json.loads(out)} == {("Китай", "rail")}
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json", "--sort", "articles")
    assert json.loads(out)[0]["id"] == "khorgos"  # named by three articles: the most


def test_wider_terminals_show_more_columns(views_path, capsys, monkeypatch):
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--reported", columns=160)
    header = out.splitlines()[0].split()
    assert header[:3] == ["checkpoint", "border", "kind"] and "capacity" in header and "art." in header


def test_facts_newest_first_filtered_by_kind(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "facts", "--db", views_path, "--kind", "queue")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["date", "checkpoint", "fact"]  # --kind: no «queue» on every row
    assert lines[1].startswith("2025-11-02  Достык") and "очередь из 300 грузовиков" in lines[1]
    assert lines[2].startswith("2025-10-08  Хоргос") and lines[-1] == "2 facts"
    _, out, _ = run(capsys, monkeypatch, "facts", "--db", views_path, "-n", "1")
    assert out.splitlines()[-1] == "first 1 of 4 facts"


def test_facts_csv_has_every_field(views_path, capsys, monkeypatch):
    from store.db.fact_reads import FACT_FIELDS

    _, out, _ = run(capsys, monkeypatch, "facts", "--db", views_path, "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == FACT_FIELDS and len(rows) == 4
    assert {r["kind"] for r in rows} == {"queue", "status", "capacity"}


def test_directives_with_words_and_json(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "directives", "--db", views_path, "бектенов")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["date", "by", "to", "what"]
    # dir75 widened «by» to 17 cells («Глава государства» whole); the what, after its deadline, is cut last
    assert lines[1].startswith("2025-08-07  Олжас Бектенов") and "навести поряд" in lines[1]
    assert lines[-1] == "1 directive"
    _, out, _ = run(capsys, monkeypatch, "directives", "--db", views_path, "--json", "таможня")
    assert json.loads(out) == []
    _, out, _ = run(capsys, monkeypatch, "directives", "--db", views_path, "таможня")
    assert out == "0 directives\n"


def test_json_and_csv_exclude_each_other(views_path, capsys, monkeypatch):
    with pytest.raises(SystemExit) as stop:
        run(capsys, monkeypatch, "facts", "--db", views_path, "--json", "--csv")
    assert stop.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_cells_are_one_line_cut_and_never_markup():
    rows = [{"a": "[bold]x[/bold]\u202eevil\nnext", "b": "Хоргос\x1b[31m"}]
    text = format_rows(rows, (Column("a", "a", 12), Column("b", "b")), width=40)
    body = text.splitlines()[1]
    assert "\u202e" not in body and "\x1b" not in body and len(text.splitlines()) == 2
    assert body.startswith("[bold]x[/bo…")


def test_wide_characters_take_two_cells():
    assert cells("霍尔果斯") == 8 and cells(fit("霍尔果斯口岸", 7)) == 7
    assert fit("Хоргос", 8) == "Хоргос  "


def test_shown_line_says_whether_the_list_is_capped():
    assert shown_line(50, 1786, "fact") == "first 50 of 1,786 facts"
    assert shown_line(1, 1, "directive") == "1 directive"
