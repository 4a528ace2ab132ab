"""board73: the board's cells read as a user reads them — a closure announced with no day
of its own is neither past nor overrun by a later queue, a past closure with a queue after
it reads «past closure, queue» at 80 columns, a queue cell keeps its month whatever its
wording, and the tabs' footers keep «q Quit» and «f1 Help» at 60 columns. Every note here
is made up."""

from __future__ import annotations

import dataclasses
import json

import pytest

from store.model import Article, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store

TAZHEN_LATER = "Пост Тажен закроют на выдуманный ремонт в следующем году, а пока он работает круглые сутки."
TAZHEN_QUEUE = "У поста Тажен стоят 14 выдуманных автобусов."
ALAKOL_SOON = "Переход Алаколь закроют 12 марта ради выдуманной проверки путей."
ALAKOL_QUEUE = "У перехода Алаколь снова стоят около 300 выдуманных фур."
KORDAI_QUEUE = "На посту Кордай в очереди 900 выдуманных вагонов."


def _article(n: int, body: str, day: str) -> Article:
    return Article(file=f"b{n}.txt", path=f"/in/b{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)


def _facts(body: str, name: str, fact: Fact) -> Extraction:
    named = dataclasses.replace(mention(body, "checkpoint", name, name), ref=fact.checkpoint)
    return Extraction(mentions=[named], facts=[fact])


@pytest.fixture(scope="module")
def cells_path(tmp_path_factory):
    return write_store(
        tmp_path_factory.mktemp("board73") / "cells.db",
        [
            (  # the sentence gives a year, no day: the fact has no date of its own
                _article(1, TAZHEN_LATER, "2025-08-17"),
                _facts(TAZHEN_LATER, "Тажен", Fact("tazhen", "status", "закроют на ремонт", TAZHEN_LATER, None)),
            ),
            (
                _article(2, TAZHEN_QUEUE, "2025-09-18"),
                _facts(TAZHEN_QUEUE, "Тажен", Fact("tazhen", "queue", "14 автобусов", TAZHEN_QUEUE, "2025-09-18")),
            ),
            (
                _article(3, ALAKOL_SOON, "2025-03-01"),
                _facts(ALAKOL_SOON, "Алаколь", Fact("alakol", "status", "закроют", ALAKOL_SOON, "2025-03-12")),
            ),
            (
                _article(4, ALAKOL_QUEUE, "2025-06-15"),
                _facts(ALAKOL_QUEUE, "Алаколь", Fact("alakol", "queue", "около 300 фур", ALAKOL_QUEUE, "2025-06-15")),
            ),
            (
                _article(5, KORDAI_QUEUE, "2025-02-11"),
                _facts(KORDAI_QUEUE, "Кордай", Fact("kordai", "queue", "900 вагонов", KORDAI_QUEUE, "2025-02-11")),
            ),
        ],
    )


def _line(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if line.startswith(name))


def test_a_closure_with_no_day_of_its_own_is_still_to_come(cells_path, capsys, monkeypatch):
    """«закроют в следующем году» in an article of 2025-08-17: its date is the article's,
    the day it was announced; read past that day it said «to close (past), queue later»
    although the queue after it stood at a post still open."""
    code, out, _ = run_cli(capsys, monkeypatch, "board", "--db", cells_path, "--reported", "--json")
    tazhen = {r["id"]: r for r in json.loads(out)}["tazhen"]
    assert code == 0 and tazhen["status"] == "to close" and tazhen["status_date"] == "2025-08-17"
    assert tazhen["status_past"] is False and tazhen["queue_after_status"] is None
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", cells_path, "--reported")
    row = _line(out, "Тажен")
    assert "to close" in row and "past" not in row and "queue" not in row, row
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", cells_path, "тажен")
    flat = " ".join(out.split())
    assert "status reported: to close 2025-08-17 (закроют на ремонт)" in flat and "queue reported later" not in flat


def test_a_past_closure_with_a_later_queue_reads_plainly_at_80_columns(cells_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", cells_path, "--reported")
    assert "past closure, queue" in _line(out, "Алаколь") and "+" not in _line(out, "Алаколь")
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", cells_path, "--reported", "--json")
    alakol = {r["id"]: r for r in json.loads(out)}["alakol"]
    assert alakol["status_past"] is True and alakol["queue_after_status"] == "2025-06-15"


def test_a_queue_cell_keeps_its_month_whatever_its_wording_in_the_cli(cells_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", cells_path, "--reported")
    alakol, kordai = _line(out, "Алаколь"), _line(out, "Кордай")
    assert "300" in alakol and alakol.endswith("· 2025-06"), alakol  # words before the figure
    assert "900" in kordai and kordai.endswith("· 2025-02"), kordai  # the figure first


async def test_a_queue_cell_keeps_its_month_whatever_its_wording_in_the_explorer(cells_path):
    app = make_app(cells_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 8)  # by the queue's date: the queues on top
        await settle(pilot)
        rows = screen_text(app).splitlines()
        alakol = next(line for line in rows if line.startswith("Алаколь"))
        kordai = next(line for line in rows if line.startswith("Кордай"))
        assert "300" in alakol and "· 2025-06" in alakol, alakol
        assert "900" in kordai and "· 2025-02" in kordai, kordai


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("tab", ["3", "5"])
async def test_the_board_and_facts_footers_keep_quit_and_help(cells_path, tab, width):
    app = make_app(cells_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press(tab)
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "q Quit" in footer and "f1 Help" in footer, footer
        assert footer.rstrip().endswith("^p palette"), footer
