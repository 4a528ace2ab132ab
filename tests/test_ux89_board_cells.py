"""ux89: stop 45's leftovers on the board's status cell. Filtered by status (`u`,
`board --status`), a post whose day of reports contradicts showed its most halting label
first, so a user asking for «reopened» read «closed +2»; and a status beside a facing
post's mark was cut by the 19-cell column («commissioned ⇄CN c…»). Every note here is
made up."""

from __future__ import annotations

import dataclasses
import json

import pytest

from store.db import board
from store.model import Article, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store

SHUT = "Пост Алаколь временно закрыт из-за выдуманной проверки."
SOON = "Пост Алаколь закроют ради выдуманного ремонта."
BACK = "Пост Алаколь возобновил работу, сообщили выдуманные инспекторы."
OURS_OPEN = "Пост Калжат введён в эксплуатацию после выдуманного ремонта."
THEIRS_SHUT = "Китайский пост напротив Калжата закрыт на выдуманную дезинфекцию."


def _status(n: int, body: str, name: str, cp: str, words: str, day: str) -> tuple[Article, Extraction]:
    named = dataclasses.replace(mention(body, "checkpoint", name, name), ref=cp)
    article = Article(file=f"y{n}.txt", path=f"/in/y{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)
    return article, Extraction(mentions=[named], facts=[Fact(cp, "status", words, body, None)])


@pytest.fixture(scope="module")
def ux89_path(tmp_path_factory):
    day = "2026-02-02"
    items = [
        _status(1, SHUT, "Алаколь", "alakol", "временно закрыт", day),
        _status(2, SOON, "Алаколь", "alakol", "закроют", day),
        _status(3, BACK, "Алаколь", "alakol", "возобновил работу", day),
        _status(4, OURS_OPEN, "Калжат", "kalzhat", "введён в эксплуатацию", "2025-12-13"),
        _status(5, THEIRS_SHUT, "Калжат", "cn-dulata", "закрыт", "2025-12-20"),
    ]
    return write_store(tmp_path_factory.mktemp("ux89") / "store.db", items)


def _line(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(name))


# ---------------------------------------------------------------- the filtered label first


@pytest.mark.parametrize(
    ("label", "cell"), [("closed", "closed +2"), ("to close", "to close +2"), ("reopened", "reopened +2")]
)
def test_board_status_shows_the_label_asked_for_first(ux89_path, capsys, monkeypatch, label, cell):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", ux89_path, "--status", label, columns=80)
    assert _line(out, "Алаколь")[18:].startswith(cell + "  "), out


def test_the_json_keeps_the_conflict_as_it_was(ux89_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", ux89_path, "--status", "reopened", "--json")
    (row,) = [r for r in json.loads(out) if r["id"] == "alakol"]
    assert row["status_conflict"] == "closed / to close / reopened"  # the most halting first, as documented
    assert "status_filter" not in row  # the display's order is not a field


def test_without_a_filter_the_most_halting_label_leads():
    row = {"status": "working", "status_conflict": "closed / to close / reopened"}
    assert board.conflict_labels(row) == ["closed", "to close", "reopened"]
    assert board.conflict_labels(dict(row, status_filter="reopened")) == ["reopened", "closed", "to close"]
    assert board.conflict_labels(dict(row, status_filter="working")) == ["closed", "to close", "reopened"]


async def test_the_tui_board_cell_and_line_follow_u(ux89_path):
    app = make_app(ux89_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"u" * 7)  # closed, to close, limited, reconstruction, planned, commissioned, reopened
        await settle(pilot)
        text = screen_text(app)
        assert app.screen.board_source.status == "reopened", text
        assert _line(text, "Алаколь").split()[1:3] == ["reopened", "+2"], text
        # the line under the list gives every label, the asked-for one first
        assert "status reopened / closed / to close" in text, text


# ---------------------------------------------------------------- a facing post's mark in 19 cells


@pytest.mark.parametrize(
    ("label", "width", "cell"),
    [
        ("commissioned ⇄CN closed", 19, "commiss. ⇄CN closed"),  # was cut by the column: «commissioned ⇄CN c…»
        ("commissioned ⇄CN closed", 25, "commissioned ⇄CN closed"),
        ("closed / working ⇄CN closed", 19, "closed +1 ⇄CN cl."),  # ours first, the mark abbreviated, the rest counted
        ("closed / working ⇄CN closed", 25, "closed / working ⇄CN cl."),
        ("closed / to close / reopened ⇄CN closed", 25, "closed +2 ⇄CN closed"),
        ("under reconstruction ⇄KG limited", 19, "reconstr. ⇄KG lim."),
        ("reopened ⇄CN to close", 19, "reopened ⇄CN to cl."),
        ("working (gazetteer) ⇄RU closed", 19, "working ⇄RU closed"),
        ("limited ⇄KG limited", 19, "limited ⇄KG limited"),
    ],
)
def test_a_status_with_a_facing_posts_mark_fits_its_cell(label, width, cell):
    assert board.short_status(label, width) == cell
    assert len(cell) <= width


def test_the_cli_and_the_tui_print_the_same_cell(ux89_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", ux89_path, "--reported", columns=80)
    kalzhat = _line(out, "Калжат")
    assert "commiss. ⇄CN closed" in kalzhat and "…" not in kalzhat, out


async def test_the_tui_board_at_80_columns_keeps_the_mark_whole(ux89_path):
    app = make_app(ux89_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"u" * 6)  # commissioned: Калжат is below the first screen by name
        await settle(pilot)
        kalzhat = _line(screen_text(app), "Калжат")
        assert "commiss. ⇄CN closed" in kalzhat and "…" not in kalzhat, kalzhat


# ---------------------------------------------------------------- the deadline sort's line at 60 columns


async def test_the_deadline_sorts_line_at_60_columns_keeps_its_hint_beside(ux89_path):
    app = make_app(ux89_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 7)  # name → … → deadline
        await settle(pilot)
        assert app.screen.board_source.sort == "deadline"
        line = _status_text(app)
        assert line == "103 checkpoints · by deadline: ahead first  (s S b k u)", line
        await pilot.press("S")
        await settle(pilot)
        assert _status_text(app) == "103 checkpoints · by deadline: past first  (s S b k u)"
        await pilot.resize_terminal(80, 24)  # room for the longer words again
        await settle(pilot)
        assert _status_text(app) == "103 checkpoints · by deadline: past, then ahead  (s S b k u)"


def _status_text(app) -> str:
    return str(app.screen.query_one("#checkpoints-status").render()).strip()
