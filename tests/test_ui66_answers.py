"""ui66: the three questions of the explorer's users, answered at 80 columns.

A walk through a real store as a logistics analyst would (which posts are rebuilt and by
when; where trucks queue and how long; who ordered whom what, and by when) found the
answer hidden at 80 columns: a deadline years gone listed as one ahead, a queue's figure
cut off the end of its words, «by when» of an order shown nowhere, the headless directives
counting other things than tab 4, and ↓ doing nothing in a filter box. Every note here
is made up."""

from __future__ import annotations

import json
from datetime import date

import pytest

from store.db import board, deadlines, queue_words
from store.db.store import open_store
from store.model import Article, Directive, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui import drawn, make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.screens.entity_screen import EntityScreen

SIZE = (80, 24)
REBUILT = (
    "Реконструкцию пункта пропуска Тажен обещали закончить до конца 2019 года. "
    "Калжат после ремонта заработает к концу 2099 года."
)
QUEUED = "У поста Нур жолы колонна фур растянулась почти на 35 километров."
PROMISED = "Второй терминал на посту Хоргос обещали открыть до конца 2019 года."
ORDERED = "Министр Арман Придуманов поручил комитету в недельный срок разобрать очередь у поста."
ORDERED_AGAIN = "Арман Придуманов поручил комитету в недельный срок разобрать очередь у поста."


def _article(n: int, body: str, day: str) -> Article:
    return Article(file=f"u{n}.txt", path=f"/in/u{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)


@pytest.fixture(scope="module")
def answers_path(tmp_path_factory):
    first, second = REBUILT.split(". ")
    rebuilt = Extraction(
        mentions=[mention(REBUILT, "checkpoint", "Тажен", "Тажен"), mention(REBUILT, "checkpoint", "Калжат", "Калжат")],
        facts=[
            Fact("tazhen", "status", "идёт реконструкция", first, None),
            Fact("tazhen", "deadline", "до конца 2019 года", first, "2019"),
            Fact("kalzhat", "deadline", "к концу 2099 года", second, "2099"),
        ],
    )
    queued = Extraction(
        mentions=[mention(QUEUED, "checkpoint", "Нур жолы", "Нур жолы")],
        facts=[Fact("nur-zholy", "queue", "колонна фур растянулась почти на 35 километров", QUEUED, "2025-11-14")],
    )

    promised = Extraction(  # Хоргос: a post the hand-made store links to its page (test_tui_helpers)
        mentions=[mention(PROMISED, "checkpoint", "Хоргос", "Хоргос")],
        facts=[Fact("khorgos", "deadline", "до конца 2019 года", PROMISED, "2019")],
    )

    def ordered(body: str) -> Extraction:
        return Extraction(
            mentions=[mention(body, "person", "Арман Придуманов", "Арман Придуманов")],
            directives=[
                Directive("Арман Придуманов", "комитет", "разобрать очередь у поста", "в недельный срок", body)
            ],
        )

    return write_store(
        tmp_path_factory.mktemp("ui66") / "answers.db",
        [
            (_article(1, REBUILT, "2018-05-04"), rebuilt),
            (_article(2, QUEUED, "2025-11-14"), queued),
            (_article(3, ORDERED, "2025-08-06"), ordered(ORDERED)),
            (_article(5, PROMISED, "2019-02-01"), promised),
            (_article(4, ORDERED_AGAIN, "2025-08-07"), ordered(ORDERED_AGAIN)),
        ],
    )


# ---------------------------------------------------------------- a deadline gone by


def test_a_deadline_lasts_to_the_end_of_the_period_its_date_names():
    assert deadlines.last_day("2026-H1") == date(2026, 6, 30)
    assert deadlines.last_day("2021-Q1") == date(2021, 3, 31)
    assert deadlines.last_day("2024-02") == date(2024, 2, 29)
    assert deadlines.last_day("2025") == date(2025, 12, 31)
    assert deadlines.last_day("2025-12-15") == date(2025, 12, 15)
    assert deadlines.last_day("весной") is None and deadlines.last_day(None) is None
    assert deadlines.has_passed("2026-H1", today=date(2026, 7, 1))
    assert not deadlines.has_passed("2026", today=date(2026, 12, 6))  # «by the end of the year»: not yet


def test_the_board_marks_a_deadline_gone_by_and_not_one_ahead(answers_path, capsys, monkeypatch):
    store = open_store(answers_path)
    try:
        rows = {r["id"]: r for r in board.board_rows(store, today=date(2026, 12, 6))}
        then = {r["id"]: r for r in board.board_rows(store, today=date(2019, 6, 1))}
    finally:
        store.close()
    assert rows["tazhen"]["deadline_past"] and not rows["kalzhat"]["deadline_past"]
    assert not then["tazhen"]["deadline_past"]  # in 2019 it was still ahead

    code, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--reported")
    lines = {line.split()[0]: line for line in out.splitlines()[1:-1]}
    assert code == 0 and "2019 past" in lines["Тажен"] and "reconstruction" in lines["Тажен"]
    assert "2099" in lines["Калжат"] and "past" not in lines["Калжат"]
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--json")
    assert {r["id"]: r["deadline_past"] for r in json.loads(out)}["tazhen"] is True


async def test_the_tui_board_says_past_too(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 7)  # by deadline: name, border, kind, region, status, date, capacity, deadline
        await settle(pilot)
        assert "by deadline" in screen_text(app)
        rows = {line.split()[0]: line for line in screen_text(app).splitlines() if line.split()}
        assert "2019 past" in rows["Тажен"] and "2099" in rows["Калжат"] and "past" not in rows["Калжат"]


# ---------------------------------------------------------------- how long the queue is


def test_queue_words_too_long_begin_at_their_figure():
    assert queue_words.from_figure("фуры стоят почти на 35 км", 12) == "…35 км"
    assert queue_words.from_figure("179 транспортных средств", 12) == "179 транспортных средств"  # cut at the end
    assert queue_words.from_figure("выстроилась пробка у поста", 12) == "выстроилась пробка у поста"
    assert queue_words.from_figure("пробка на 5 км", 20) == "пробка на 5 км"  # fits: as it is


async def test_the_queues_figure_shows_at_80_columns_in_both_views(answers_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--reported")
    nur = next(line for line in out.splitlines() if line.startswith("Нур жолы"))
    assert "…35 кил" in nur and nur.endswith("· 2025-11")  # the figure and its month (board73)
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 8)  # by the queue's date
        await settle(pilot)
        nur = next(line for line in screen_text(app).splitlines() if line.startswith("Нур жолы"))
        assert "…35 кил" in nur and nur.rstrip().endswith("· 2025-11")  # figure and month both (board73)


def test_a_short_figure_keeps_its_month_in_the_tui_cell():
    from tui.widgets.board_list import COLUMNS
    from tui.widgets.columns import render_cells

    def row(queue: str) -> dict:
        return {"label": "Придуманный", "status": "working", "status_date": None, "deadline": None} | {
            "deadline_date": None,
            "queue": queue,
            "queue_date": "2025-11-14",
        }

    assert (
        render_cells(COLUMNS, row("колонна растянулась почти на 35 км"), 80).plain.rstrip().endswith("…35 км · 2025-11")
    )
    assert "пробка у по… · 2025-11" in render_cells(COLUMNS, row("пробка у поста выросла втрое"), 80).plain  # as before


# ---------------------------------------------------------------- by when, and how many


def test_the_cli_directives_say_by_when_at_80_columns_and_count_as_tab_4(answers_path, capsys, monkeypatch):
    code, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", answers_path)
    lines = out.splitlines()
    assert code == 0 and "when" not in lines[0].split()  # no room for the column at 80
    assert all("в недельный срок: разобрать" in line for line in lines[1:-1])
    assert lines[-1].startswith("2 reports of 1 directive (")  # qa73: the singular; tab 4: «1 directive · 2 reports»
    _, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", answers_path, columns=120)
    assert out.splitlines()[0].split()[3] == "when" and ": разобрать" not in out


async def test_tab_4_and_the_givers_page_say_by_when(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = screen_text(app)
        assert "1 directive," in text and "2× в недельный срок: разобра" in text
        await pilot.press("2")
        await settle(pilot)
        await pilot.press(*"Придуманов")
        await settle(pilot)
        await pilot.press("down")  # from the filter box down to its list
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
        assert "в недельный срок" in await drawn(pilot, "в недельный срок")


async def test_down_in_a_filter_box_goes_to_its_list(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "slash", *"комитет")
        await settle(pilot)
        assert app.focused is not None and app.focused.id == "directive-filter"
        await pilot.press("down")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "directive-list"
        await pilot.press("down")  # on the list ↓ moves as before
        assert app.focused.id == "directive-list"


def test_a_deadline_gone_by_says_past_in_the_facts_and_on_the_posts_page(answers_path, capsys, monkeypatch):
    assert deadlines.fact_date({"kind": "deadline", "date": "2026-H1"}, today=date(2026, 7, 1)) == "2026-H1 past"
    assert deadlines.fact_date({"kind": "status", "date": "2019"}) == "2019"  # a status's date is when it was said
    _, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", answers_path, "--kind", "deadline")
    lines = out.splitlines()
    assert lines[1].startswith("2099        Калжат") and lines[2].startswith("2019 past   ")
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", answers_path, "хоргос")
    assert "2019 past   deadline  до конца 2019 года" in out


async def test_the_posts_page_and_tab_5_say_past_too(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert any(line.startswith("2019 past  Тажен") for line in screen_text(app).splitlines())
        await pilot.press("3", *"s" * 7)  # by deadline: Калжат (2099 ahead), then Тажен, Хоргос (2019 past)
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert "2019 past · deadline · до конца 2019 года" in await drawn(pilot, "2019 past · deadline")


def test_stats_says_how_many_facts_the_lists_show(tmp_path, capsys, monkeypatch):
    """A fact of a near-duplicate copy is in the store's count, not in tab 5's: stats says both."""
    from store.db.store import open_store as open_rw

    body = "На посту Хоргос в очереди стоят 70 фур."
    items = [
        (
            _article(n, body, "2025-11-01"),
            Extraction(
                mentions=[mention(body, "checkpoint", "Хоргос", "Хоргос")],
                facts=[Fact("khorgos", "queue", "70 фур", body, None)],
            ),
        )
        for n in (1, 2)
    ]
    path = write_store(tmp_path / "dup.db", items)
    store = open_rw(path, write=True)
    with store.conn:  # the second note a copy of the first, as duplicates.py marks one
        store.conn.execute(
            "UPDATE articles SET dup_of = (SELECT min(id) FROM articles) WHERE id <> (SELECT min(id) FROM articles)"
        )
    store.close()
    _, out, _ = run_cli(capsys, monkeypatch, "stats", "--db", path)
    assert "facts          2  (1 listed; 1 in near-duplicate copies)" in out
    _, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", path)
    assert out.splitlines()[-1] == "1 fact"


def test_sorted_by_deadline_the_board_lists_those_ahead_first(answers_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--sort", "deadline", "--reported")
    names = [line.split()[0] for line in out.splitlines()[1:4]]
    assert names == ["Калжат", "Тажен", "Хоргос"]  # 2099 ahead; then 2019 past (ties by name)
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--sort", "deadline", "-r", "--reported")
    assert [line.split()[0] for line in out.splitlines()[1:4]] == ["Хоргос", "Тажен", "Калжат"]


def test_a_narrow_sorted_column_keeps_its_sort_mark():
    from tui.widgets.board_list import BoardSource

    header = BoardSource(sort="deadline").header(80).plain
    assert "deadline▲" in header and "deadline…" not in header
    assert "checkpoint ▲" in BoardSource().header(80).plain  # room enough: as it was


async def test_the_entities_status_line_names_the_way_down_to_the_list(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", *"Придум")
        await settle(pilot)
        assert "(t type, ↓ list, enter opens)" in screen_text(app)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen)
