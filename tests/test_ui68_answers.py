"""ui68: the explorer's answers — a closure announced and now past, two reports of one day
that contradict, a checkpoint header that keeps «formerly» at 80×24, and a short page
saved twice under two titles. Every note here is made up."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest

from store.db import board, duplicates, status_reads
from store.db.store import open_store
from store.model import Article, Extraction, Fact
from tests.notes import run_cli
from tests.test_tui import drawn, make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.screens.checkpoint_screen import CheckpointScreen

SIZE = (80, 24)
ALAKOL_SOON = "Переход Алаколь обещают закрыть 12 марта ради выдуманного ремонта путей."
ALAKOL_QUEUE = "У перехода Алаколь снова стоят 80 выдуманных грузовиков."
KORDAI_SHUT = "Пост Кордай временно закрыт из-за выдуманной проверки."
KORDAI_OPEN = "Пост Кордай работает в штатном режиме, уверяют выдуманные инспекторы."
TAZHEN_LATER = "Пост Тажен закроют весной 2099 года, когда откроют выдуманный новый терминал."
BAKHTY_WORKS = "Пост Бахты работает в штатном режиме."
BAKHTY_REBUILT = "На посту Бахты идёт реконструкция второго выдуманного терминала."


def _article(n: int, body: str, day: str) -> Article:
    return Article(file=f"u{n}.txt", path=f"/in/u{n}.txt", title=f"Заметка {n}", body=body, raw=body, date=day)


def _facts(body: str, name: str, *facts: Fact, kind: str | None = None) -> Extraction:
    named = dataclasses.replace(mention(body, "checkpoint", name, name), ref=facts[0].checkpoint, kind=kind)
    return Extraction(mentions=[named], facts=list(facts))


@pytest.fixture(scope="module")
def answers_path(tmp_path_factory):
    return write_store(
        tmp_path_factory.mktemp("ui68") / "answers.db",
        [
            (
                _article(1, ALAKOL_SOON, "2026-03-01"),
                _facts(
                    ALAKOL_SOON, "Алаколь", Fact("alakol", "status", "закроют", ALAKOL_SOON, "2026-03-12"), kind="rail"
                ),
            ),
            (
                _article(2, ALAKOL_QUEUE, "2026-04-02"),
                _facts(
                    ALAKOL_QUEUE, "Алаколь", Fact("alakol", "queue", "80 выдуманных грузовиков", ALAKOL_QUEUE, None)
                ),
            ),
            (
                _article(3, KORDAI_SHUT, "2026-11-20"),
                _facts(KORDAI_SHUT, "Кордай", Fact("kordai", "status", "временно закрыт", KORDAI_SHUT, None)),
            ),
            (
                _article(4, KORDAI_OPEN, "2026-11-20"),
                _facts(KORDAI_OPEN, "Кордай", Fact("kordai", "status", "работает в штатном режиме", KORDAI_OPEN, None)),
            ),
            (
                _article(5, TAZHEN_LATER, "2026-11-01"),
                _facts(TAZHEN_LATER, "Тажен", Fact("tazhen", "status", "закроют", TAZHEN_LATER, "2099-03")),
            ),
            (
                _article(6, BAKHTY_WORKS, "2026-10-05"),
                _facts(
                    BAKHTY_WORKS, "Бахты", Fact("bakhty", "status", "работает в штатном режиме", BAKHTY_WORKS, None)
                ),
            ),
            (
                _article(7, BAKHTY_REBUILT, "2026-10-05"),
                _facts(BAKHTY_REBUILT, "Бахты", Fact("bakhty", "status", "идёт реконструкция", BAKHTY_REBUILT, None)),
            ),
        ],
    )


def _rows(path, **kw) -> list[dict]:
    store = open_store(path)
    try:
        return board.board_rows(store, **kw)
    finally:
        store.close()


# ---------------------------------------------------------------- a closure announced, its day gone by


def test_a_closure_is_past_once_its_day_is_behind_today():
    soon = {"text": "закроют", "date": "2026-03-12", "day": "2026-03-12"}
    assert status_reads.closure_past(soon, date(2026, 3, 13))
    assert not status_reads.closure_past(soon, date(2026, 3, 12))  # the day itself: not yet behind
    assert not status_reads.closure_past({"text": "закроют", "date": None, "day": None}, date(2030, 1, 1))
    assert not status_reads.closure_past({"text": "временно закрыт", "day": "2026-03-12"}, date(2030, 1, 1))
    assert status_reads.closure_past({"text": "жабық болады", "day": "2026-03"}, date(2026, 4, 1))


def test_the_board_says_a_past_closure_and_the_queue_after_it(answers_path, capsys, monkeypatch):
    rows = {r["id"]: r for r in _rows(answers_path, today=date(2026, 12, 6))}
    alakol, tazhen = rows["alakol"], rows["tazhen"]
    assert alakol["status"] == "to close" and alakol["status_past"] and alakol["queue_after_status"] == "2026-04-02"
    assert board.shown_status(alakol) == "to close (past), queue later"
    assert board.short_status(board.shown_status(alakol), 19) == "past closure, queue"
    assert not tazhen["status_past"] and board.shown_status(tazhen) == "to close"  # its day still ahead
    before = {r["id"]: r for r in _rows(answers_path, today=date(2026, 3, 1))}["alakol"]
    assert not before["status_past"]

    code, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--reported", "--json")
    by_id = {r["id"]: r for r in json.loads(out)}
    assert code == 0 and by_id["alakol"]["status_past"] is True and by_id["tazhen"]["status_past"] is False


def test_show_says_the_closure_day_has_passed(answers_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", answers_path, "алаколь")
    flat = " ".join(out.split())
    assert "status reported: to close 2026-03-12 (past) (закроют) · queue reported later, 2026-04-02" in flat
    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", answers_path, "алаколь", "--json")
    reported = json.loads(out)["reported_status"]
    assert reported["past"] is True and reported["conflict"] == []


# ---------------------------------------------------------------- two reports of one day


def test_two_reports_of_one_day_that_contradict_are_both_shown(answers_path, capsys, monkeypatch):
    rows = {r["id"]: r for r in _rows(answers_path)}
    assert rows["kordai"]["status_conflict"] == "closed / working"
    assert board.shown_status(rows["kordai"]) == "closed / working"
    assert rows["bakhty"]["status_conflict"] is None  # works while rebuilt: no contradiction
    assert rows["alakol"]["status_conflict"] is None

    _, out, _ = run_cli(capsys, monkeypatch, "show", "--db", answers_path, "кордай")
    flat = " ".join(out.split())
    assert (
        "status reported: conflicting reports (2) 2026-11-20: closed (временно закрыт) · working (работает в штатном режиме)"
        in flat
    )
    _, out, _ = run_cli(capsys, monkeypatch, "board", "--db", answers_path, "--reported", "--csv")
    assert "closed / working" in out


def test_sorted_by_status_a_conflict_follows_the_closed_and_a_past_closure_too(answers_path):
    order = [r["id"] for r in _rows(answers_path, sort="status", today=date(2026, 12, 6)) if r["status_words"]]
    # nothing reported plainly closed here: the conflict ranked with «closed», then the past
    # closure (it has happened; a queue after it), then the closure still to come, then the rest
    assert order == ["kordai", "alakol", "tazhen", "bakhty"]
    back = [r["id"] for r in _rows(answers_path, sort="status", reverse=True, today=date(2026, 12, 6))]
    assert [i for i in back if i in order] == order[::-1]


# ---------------------------------------------------------------- the page at 80×24


async def test_the_checkpoint_page_keeps_formerly_and_says_past_and_conflict(answers_path):
    app = make_app(answers_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3", *"s" * 4)  # by status: Кордай (closed / working), Алаколь (past)
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CheckpointScreen)
        page = await drawn(pilot, "formerly")
        assert "kind     road · as named rail 1" in page
        assert "border   Китай · region область Жетісу" in page
        assert "status   to close 2026-03-12 (past) · queue reported later, 2026-04-02" in page
        assert "formerly Достык" in page
        await pilot.press("escape")
        await settle(pilot)
        kordai = [line for line in screen_text(app).splitlines() if line.startswith("Кордай")]
        assert kordai and "closed / working" in kordai[0]
        await pilot.press("up", "enter")
        await settle(pilot)
        page = await drawn(pilot, "conflicting")
        assert "status   conflicting reports (2) 2026-11-20: closed · working" in page


# ---------------------------------------------------------------- a short page saved twice


SHORT = "В пункте пропуска Кайрак к вечеру скопилось 90 выдуманных фур, пишут водители."


def _short(n: int, title: str, body: str, day: str | None) -> Article:
    return Article(file=f"p{n}.txt", path=f"/in/p{n}.txt", title=title, body=body, raw=body, date=day)


@pytest.fixture(scope="module")
def short_path(tmp_path_factory):
    none = Extraction(mentions=[])
    return write_store(
        tmp_path_factory.mktemp("ui68") / "short.db",
        [
            (_short(1, "Кайрак: фуры к вечеру", SHORT, "2026-11-20"), none),
            (_short(2, "У Кайрака очередь", SHORT.replace(",", " —").upper(), "2026-11-20"), none),
            (_short(3, "Кайрак: очередь без даты", SHORT, None), none),
            (_short(4, "Кайрак: завтрашняя сводка", SHORT, "2026-11-21"), none),
            (_short(5, "Кайрак: другая цифра", SHORT.replace("90", "95"), "2026-11-20"), none),
            (_short(6, "Срочно", "Новость дополняется.", "2026-11-20"), none),
            (_short(7, "Срочно ещё", "Новость дополняется.", "2026-11-20"), none),
        ],
    )


def test_a_short_page_saved_twice_is_one_story(short_path):
    store = open_store(short_path)
    try:
        head = dict(store.conn.execute("SELECT title, coalesce(dup_of, id) FROM articles").fetchall())
    finally:
        store.close()
    first = head["Кайрак: фуры к вечеру"]
    assert head["У Кайрака очередь"] == first  # the same words, another title, case and dashes
    assert head["Кайрак: очередь без даты"] != first  # undated: its day unknown, so kept apart
    assert head["Кайрак: завтрашняя сводка"] != first  # the same words the next day: another report
    assert head["Кайрак: другая цифра"] != first
    assert head["Срочно"] != head["Срочно ещё"]  # too few words to be one story


def test_the_short_key_and_its_anchor_stay_apart_from_long_bodies():
    assert duplicates.body_key("Новость дополняется.") is None
    key = duplicates.body_key("Пост «Кайрак»: 90 фур, пишут водители!")
    assert key == duplicates.body_key("пост кайрак 90 фур — пишут водители")
    assert len(duplicates.shingles(SHORT)) < duplicates.MIN_SHINGLES
    assert duplicates.SHORT_ANCHOR > 0xFFFFFFFF  # above every shingle hash
