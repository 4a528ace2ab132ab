"""board59: since facts58 a capacity fact may be a lane count, places, booths or a daily limit
as well as what a post passes. The board's capacity answers «how much does it pass»: the
newest throughput first, another sort only when none is known, and then named («lanes: …»)
in the board, the fact list, the card and `borderdocs show`; `--json` keeps `capacity` and
adds `capacity_sort`."""

from __future__ import annotations

import json

from store.cli import main as cli_main
from store.db import board, capacity_sorts
from store.db.store import open_store
from store.model import Article, Extraction, Fact
from tests.test_tui import SIZE, make_app, screen_text, settle
from tests.test_tui_helpers import mention, write_store
from tui.widgets.fact_list import FactList

# My own sentences, shaped like the capacity reports facts58 reads.
THROUGHPUT = "Пункт Бахты пропускает до 900 машин в сутки."
LANES = "После ремонта на пункте Бахты будет 8 полос движения."
LIMIT = "Суточный лимит на пункте Бахты урезали до 300 единиц."


def test_each_sort_of_capacity_is_told_by_its_words():
    cases = {
        "до 900 машин в сутки": "throughput",
        "тәулігіне 700 көлік": "throughput",
        "8 полос движения": "lanes",
        "4 жолақ": "lanes",
        "12 кабин паспортного контроля": "booths",
        "30 орын дайындалды": "places",
        "стоянка на 200 мест": "places",
        "3 сканера": "equipment",
        "суточный лимит снижен до 300 единиц": "limit",
        "квота — 250 машин в день": "limit",
    }
    assert {text: capacity_sorts.capacity_sort(text) for text in cases} == cases
    assert capacity_sorts.shown("8 полос движения") == "lanes: 8 полос движения"
    assert capacity_sorts.shown("до 900 машин в сутки") == "до 900 машин в сутки"
    assert capacity_sorts.fact_text("count", "8 полос движения") == "8 полос движения"  # only capacity is named


def _store(tmp_path, reports):
    stored = []
    for i, (body, words, date) in enumerate(reports):
        ext = Extraction(
            mentions=[mention(body, "checkpoint", "Бахты", "Бахты")],
            facts=[Fact("bakhty", "capacity", words, body, None)],
        )
        art = Article(
            file=f"{i}.txt", path=f"/in/{i}.txt", title="Бахты", body=body, raw=body, date=date, language="ru"
        )
        stored.append((art, ext))
    return write_store(tmp_path / "c.db", stored)


def _row(db) -> dict:
    store = open_store(db)
    try:
        return {r["id"]: r for r in board.board_rows(store)}["bakhty"]
    finally:
        store.close()


def test_a_newer_lane_count_or_limit_never_hides_the_throughput(tmp_path):
    db = _store(
        tmp_path,
        [
            (THROUGHPUT, "до 900 машин в сутки", "2024-03-01"),
            (LANES, "8 полос движения", "2025-05-01"),
            (LIMIT, "Суточный лимит на пункте Бахты урезали до 300 единиц", "2025-06-01"),
        ],
    )
    row = _row(db)
    assert (row["capacity"], row["capacity_sort"]) == ("до 900 машин в сутки", "throughput")


def test_without_a_throughput_the_board_names_the_sort_it_shows(tmp_path, capsys):
    db = _store(tmp_path, [(LANES, "8 полос движения", "2025-05-01")])
    assert (_row(db)["capacity"], _row(db)["capacity_sort"]) == ("8 полос движения", "lanes")
    assert cli_main(["board", "--db", str(db), "--reported", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    rows = rows if isinstance(rows, list) else rows["rows"]
    bakhty = next(r for r in rows if r["id"] == "bakhty")
    assert bakhty["capacity"] == "8 полос движения" and bakhty["capacity_sort"] == "lanes"  # extended, not changed


def test_show_names_a_lane_count_it_extracted(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    body = "После реконструкции на пункте пропуска «Бахты» будет 8 полос движения."
    (folder / "a.txt").write_text(f"Бахты расширят\n\n{body}\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli_main(["ingest", str(folder), "--db", db]) == 0
    capsys.readouterr()
    assert cli_main(["show", "Бахты", "--type", "checkpoint", "--db", db]) == 0
    assert "capacity  lanes: 8 полос движения" in capsys.readouterr().out


async def test_the_fact_list_names_a_lane_count_at_80_columns(tmp_path):
    db = _store(
        tmp_path, [(LANES, "8 полос движения", "2025-05-01"), (THROUGHPUT, "до 900 машин в сутки", "2024-03-01")]
    )
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        assert app.screen.query_one(FactList).row_count == 2
        text = screen_text(app)
        assert "lanes: 8 полос движения" in text and "до 900 машин в сутки" in text
        assert "throughput" not in text  # what a post passes is printed as written


def test_sorted_by_capacity_the_biggest_throughput_leads_and_other_sorts_follow():
    rows = [
        {"name": "А", "kind": "road", "capacity": "до 90 машин в сутки"},
        {"name": "Б", "kind": "road", "capacity": "8 полос движения"},
        {"name": "В", "kind": "road", "capacity": "тәулігіне 1 100 көлік"},
        {"name": "Г", "kind": "road", "capacity": "до 2 тысяч человек в сутки"},
        {"name": "Д", "kind": "road", "capacity": None},
    ]
    names = [r["name"] for r in board.sort_board(rows, "capacity")]
    assert names == ["Г", "В", "А", "Б", "Д"]  # by the alphabet «до 2 тысяч» and «до 90» led «тәулігіне 1 100»
    assert [r["name"] for r in board.sort_board(rows, "capacity", reverse=True)][-1] == "Д"  # none stays last


def test_a_capacitys_figure_is_the_one_its_range_ends_at():
    assert capacity_sorts.figure("с 300 до 1 200 грузовиков в сутки") == 1200
    assert capacity_sorts.figure("до 2,5 тыс. машин в сутки") == 2500
    assert capacity_sorts.figure("тәулігіне 3 мың көлік") == 3000
    assert capacity_sorts.figure("без ограничений") is None
