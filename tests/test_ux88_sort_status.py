"""ux88: from ux87's walk (/work/scratch/ux87/findings.md). `borderdocs directives` had no
sort while the TUI's tab 4 sorts by any column; the board could be sorted by status but not
filtered by it («only those under reconstruction»); and a day of three contradicting
status reports was cut in its cell, «closed / to close …» at 80 columns, «closed / to
close / reop…» at 120. Every note and directive here is made up."""

from __future__ import annotations

import dataclasses

import pytest

from store.db import board
from store.db.store import open_store
from store.model import Article, Directive, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui_helpers import mention, write_store

SHUT = "Пост Алаколь временно закрыт из-за выдуманной проверки."
SOON = "Пост Алаколь закроют ради выдуманного ремонта."
BACK = "Пост Алаколь возобновил работу, сообщили выдуманные инспекторы."
REBUILT = "На посту Бахты идёт реконструкция второго выдуманного терминала."
WORKS = "Пост Кордай работает в штатном режиме."
ORDERS = (  # (day, giver, addressee, what, by when, checkpoint)
    ("2025-03-01", "Бекзат Придумов", "акимат", "убрать выдуманный мусор", "до конца года", None),
    ("2025-05-01", "Арман Выдуманов", None, "починить выдуманный шлагбаум", None, "kordai"),
    ("2025-04-01", "арман Сочинов", "министерство", "достроить придуманный терминал", "в месячный срок", None),
)


def _article(n: int, body: str, day: str) -> Article:
    return Article(file=f"x{n}.txt", path=f"/in/x{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)


def _status(n: int, body: str, name: str, cp: str, words: str, day: str) -> tuple[Article, Extraction]:
    named = dataclasses.replace(mention(body, "checkpoint", name, name), ref=cp)
    return _article(n, body, day), Extraction(mentions=[named], facts=[Fact(cp, "status", words, body, None)])


def _order(n: int, day: str, by: str, to: str | None, what: str, when: str | None, cp: str | None):
    body = f"{by} поручил {to or 'всем'} {when or ''} {what}."
    order = Directive(by, to, what, when, body, checkpoint=cp, checkpoints=(cp,) if cp else ())
    return _article(n, body, day), Extraction(mentions=[mention(body, "person", by, by)], directives=[order])


@pytest.fixture(scope="module")
def ux88_path(tmp_path_factory):
    day = "2026-02-02"
    items = [
        _status(1, SHUT, "Алаколь", "alakol", "временно закрыт", day),
        _status(2, SOON, "Алаколь", "alakol", "закроют", day),
        _status(3, BACK, "Алаколь", "alakol", "возобновил работу", day),
        _status(4, REBUILT, "Бахты", "bakhty", "идёт реконструкция", "2025-11-03"),
        _status(5, WORKS, "Кордай", "kordai", "работает в штатном режиме", "2025-10-01"),
        *(_order(10 + i, *order) for i, order in enumerate(ORDERS)),
    ]
    return write_store(tmp_path_factory.mktemp("ux88") / "store.db", items)


def _board(path, **kw) -> dict[str, dict]:
    store = open_store(path)
    try:
        return {r["id"]: r for r in board.board_rows(store, **kw)}
    finally:
        store.close()


# ---------------------------------------------------------------- a conflict in its cell


@pytest.mark.parametrize(
    ("width", "shown"),
    [
        (12, "closed +2"),
        (19, "closed +2"),  # the board's status at 80 columns
        (25, "closed / to close +1"),  # the TUI board's at 120
        (28, "closed / to close / reopened"),
    ],
)
def test_a_conflict_too_long_for_its_cell_says_whole_labels_and_how_many_more(width, shown):
    assert board.short_status("closed / to close / reopened", width) == shown


def test_a_two_label_conflict_keeps_its_abbreviations_and_others_are_unchanged():
    assert board.short_status("closed / under reconstruction", 19) == "closed / reconstr."
    assert board.short_status("closed / working", 19) == "closed / working"
    assert board.short_status("under reconstruction", 19) == "reconstruction"


def test_the_conflict_cell_at_80_and_120_columns(ux88_path, capsys, monkeypatch):
    for columns in (80, 120):
        _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", ux88_path, "--reported", columns=columns)
        alakol = next(line for line in out.splitlines() if line.startswith("Алаколь"))
        assert "closed +2" in alakol and "…" not in alakol, alakol
