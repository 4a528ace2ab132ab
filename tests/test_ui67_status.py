"""ui67: a checkpoint's status that newer news contradicts, and orders that read true.

ui66's walk left a post whose newest status said «closed» years before queues were
reported there, a gazetteer «status working» printed above facts saying reconstruction,
the board sorted by status alphabetically, deadlines sorted as text on Facts, and
`stats` counting checkpoints other than the board's. Every note here is made up."""

from __future__ import annotations

import json

import pytest

from store.db import board, fact_reads, status_reads
from store.db.store import open_store
from store.model import Article, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui import drawn, make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.screens.checkpoint_screen import CheckpointScreen

SIZE = (80, 24)
SHUT = "Пост Хоргос временно закрыт из-за выдуманного ремонта дороги."
QUEUED = "На посту Хоргос выстроилась очередь из 300 фур длиной 12 километров."
DOSTYK = "У поста Достык стояли 40 машин, а через неделю пункт закрыт на карантин."
TAZHEN = "На посту Тажен идёт реконструкция, а грузовики ждут по шесть часов."
KALZHAT = "Калжат введён в эксплуатацию; второй терминал обещали в первом полугодии 2026 года."
VISIT = "Министр осмотрел пост Хоргос, где второй терминал обещали в первом полугодии 2026 года."
SYRYM = "У поста Сырым очередь, а новый терминал на посту Бахты построят к 2028 году."


def _article(n: int, body: str, day: str) -> Article:
    return Article(file=f"s{n}.txt", path=f"/in/s{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)


def _facts(body: str, name: str, *facts: Fact) -> Extraction:
    return Extraction(mentions=[mention(body, "checkpoint", name, name)], facts=list(facts))


@pytest.fixture(scope="module")
def status_path(tmp_path_factory):
    return write_store(
        tmp_path_factory.mktemp("ui67") / "status.db",
        [
            (
                _article(1, SHUT, "2021-06-12"),
                _facts(SHUT, "Хоргос", Fact("khorgos", "status", "временно закрыт", SHUT, None)),
            ),
            (
                _article(2, QUEUED, "2025-11-14"),
                _facts(
                    QUEUED, "Хоргос", Fact("khorgos", "queue", "очередь из 300 фур длиной 12 километров", QUEUED, None)
                ),
            ),
            (
                _article(3, DOSTYK, "2025-12-01"),
                _facts(
                    DOSTYK,
                    "Достык",
                    Fact("dostyk", "queue", "40 машин", DOSTYK, "2025-11-24"),
                    Fact("dostyk", "status", "закрыт", DOSTYK, None),
                ),
            ),
            (
                _article(4, TAZHEN, "2024-06-11"),
                _facts(TAZHEN, "Тажен", Fact("tazhen", "status", "идёт реконструкция", TAZHEN, None)),
            ),
            (
                _article(5, TAZHEN, "2025-08-07"),
                _facts(TAZHEN, "Тажен", Fact("tazhen", "queue", "ждут по шесть часов", TAZHEN, None)),
            ),
            (
                _article(6, KALZHAT, "2026-03-01"),
                _facts(
                    KALZHAT,
                    "Калжат",
                    Fact("kalzhat", "status", "введён в эксплуатацию", KALZHAT, None),
                    Fact("kalzhat", "deadline", "в первом полугодии 2026 года", KALZHAT, "2026-H1"),
                ),
            ),
            (
                _article(7, SYRYM, "2026-10-03"),
                _facts(
                    SYRYM,
                    "Сырым",
                    Fact("syrym", "queue", "очередь", SYRYM, None),
                    Fact("bakhty", "deadline", "к 2028 году", SYRYM, "2028"),
                ),
            ),
            (
                _article(8, VISIT, "2026-10-03"),
                _facts(
                    VISIT,
                    "Хоргос",
                    Fact("khorgos", "event", "осмотрел пост", VISIT, None),
                    Fact("khorgos", "deadline", "в первом полугодии 2026 года", VISIT, "2026-H1"),
                ),
            ),
        ],
    )


# ---------------------------------------------------------------- a status older than the news


def test_a_queue_is_later_news_only_beside_a_closed_status_both_dated():
    closed = {"text": "временно закрыт", "date": "2021-06-12"}
    assert status_reads.queue_after(closed, {"text": "очередь", "date": "2025-11-14"}) == "2025-11-14"
    assert status_reads.queue_after(closed, {"text": "очередь", "date": "2021-06"}) is None  # its month: not later
    assert status_reads.queue_after(closed, {"text": "очередь", "date": None}) is None
    assert status_reads.queue_after({"text": "закрыт", "date": None}, {"text": "очередь", "date": "2025-11"}) is None
    rebuilt = {"text": "идёт реконструкция", "date": "2021-06-12"}  # a post under works still lets traffic through
    assert status_reads.queue_after(rebuilt, {"text": "очередь", "date": "2025-11-14"}) is None


def test_the_board_keeps_the_status_and_says_a_queue_came_later(status_path, capsys, monkeypatch):
    store = open_store(status_path)
    try:
        rows = {r["id"]: r for r in board.board_rows(store)}
    finally:
        store.close()
    assert rows["khorgos"]["status"] == "closed" and rows["khorgos"]["queue_after_status"] == "2025-11-14"
    assert rows["dostyk"]["status"] == "closed" and rows["dostyk"]["queue_after_status"] is None  # queue before
    assert rows["tazhen"]["queue_after_status"] is None

    code, out, _ = run_cli(capsys, monkeypatch, "board", "--db", status_path, "--reported")
    lines = {line.split()[0]: line for line in out.splitlines()[1:-1]}
    assert code == 0 and "closed, queue later  2021-06-12" in lines["Хоргос"]
    assert "queue later" not in lines["Достык"]
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", status_path, "--json")
    assert {r["id"]: r["queue_after_status"] for r in json.loads(out)}["khorgos"] == "2025-11-14"


def test_show_says_whose_status_is_whose(status_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", status_path, "хоргос")
    flat = " ".join(out.split())
    assert "· listed as open" in flat and "status open" not in flat  # the gazetteer's, said to be its list's
    assert "status reported: closed 2021-06-12 (временно закрыт) · queue reported later, 2025-11-14" in flat


async def test_the_tui_board_and_the_posts_page_say_it_too(status_path):
    app = make_app(status_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 4)  # by status: Достык (closed), Хоргос (closed, queue later)
        await settle(pilot)
        rows = [line for line in screen_text(app).splitlines() if line.startswith(("Достык", "Хоргос"))]
        assert rows[0].startswith("Достык") and "closed, queue later" in rows[1]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        page = await drawn(pilot, "queue reported later")
        assert "status   closed 2021-06-12 · queue reported later, 2025-11-14" in page
        assert "listed   open in the gazetteer" in page


# ---------------------------------------------------------------- orders


def test_the_board_sorts_statuses_from_shut_to_working(status_path, capsys, monkeypatch):
    store = open_store(status_path)
    try:
        rows = board.board_rows(store, sort="status")
        back = board.board_rows(store, sort="status", reverse=True)
    finally:
        store.close()
    reported = [r["status"] for r in rows if r["status_words"]]
    assert reported == ["closed", "closed", "under reconstruction", "commissioned"]
    assert [r["id"] for r in rows[:2]] == ["dostyk", "khorgos"]  # the one with a later queue after
    assert [r["status"] for r in back if r["status_words"]] == reported[::-1]
    assert all(not r["status_words"] for r in rows[4:]) and all(not r["status_words"] for r in back[4:])
    with pytest.raises(SystemExit):
        run_cli(capsys, monkeypatch, "board", "--help")
    assert "sorted by status: closed, to close, limited, under reconstruction" in " ".join(
        capsys.readouterr().out.split()
    )


def test_facts_sort_a_deadline_by_the_last_day_of_its_period(status_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", status_path)
    dates = [line[:10].strip() for line in out.splitlines()[1:-1]]
    # 2028 (to 2028-12-31), 2026-10-03, 2026-H1 gone by (to 2026-06-30; cut to «26-H1 past»
    # since tui72, «H1 past» since qa70: «2026 past» said the whole year was over), 2026-03-01 …
    assert dates[:6] == ["2028", "2026-10-03", "2026-10-03", "26-H1 past", "26-H1 past", "2026-03-01"], dates
    store = open_store(status_path)
    try:
        whole = fact_reads.fact_page(store, limit=100)
        paged, previous = [], None
        for page in range(7):  # two rows a page, each page sought from the last row of the one before
            previous = fact_reads.fact_list_page(store, None, None, page, 2, previous)
            paged += previous
    finally:
        store.close()
    assert [r["id"] for r in paged] == [r["id"] for r in whole]


def test_stats_says_what_its_checkpoints_count(status_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "stats", "--db", status_path)
    line = next(line for line in out.splitlines() if line.startswith("checkpoints"))
    assert "named in articles" in line and "the board lists all" in line
    _, out, _ = run_cli(capsys, monkeypatch, "stats", "--db", status_path, "--json")
    stats = json.loads(out)
    assert stats["gazetteer_checkpoints"] > stats["checkpoints_linked"] > 0


def test_the_boards_preview_says_the_later_queue_too(status_path):
    from tui.widgets.preview import checkpoint_preview

    store = open_store(status_path)
    try:
        row = next(r for r in board.board_rows(store) if r["id"] == "khorgos")
    finally:
        store.close()
    card = checkpoint_preview(row).plain
    assert "closed «временно закрыт»  (2021-06-12)" in card and "queue later, 2025-11-14" in card


def test_a_posts_page_sorts_its_deadlines_as_tab_5_does(status_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", status_path, "хоргос")
    facts = [line.split()[:3] for line in out.splitlines() if line.startswith(("  20", "  26-H1"))]
    # «2026-H1» (to 2026-06-30, gone by: «26-H1 past» since tui72) sorted above 2026-10-03 as text
    assert facts[:3] == [
        ["2026-10-03", "event", "осмотрел"],
        ["26-H1", "past", "deadline"],
        ["2025-11-14", "queue", "очередь"],
    ]
