"""qa45: a neighbour's post too long for the facts' checkpoint column keeps its country's
code («Гишткуп… (UZ)», not «Гишткуприк (U…»): the code says which side of the border the
fact is about, in `borderdocs facts` and the TUI's tab 5. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.cli import main
from store.cli.table import coded as cli_coded
from store.cli.table import fit
from store.model import Article, Extraction, Fact
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_store
from tui.text import coded as tui_coded

BODY = "На придуманном переходе скопилась очередь. Машины стоят второй день."


@pytest.mark.parametrize("coded", [lambda label, w: fit(cli_coded(label, w), w), tui_coded])
@pytest.mark.parametrize(
    ("label", "width", "shown"),
    [
        ("Гишткуприк (UZ)", 14, "Гишткупр… (UZ)"),
        ("Звериноголовское (RU)", 16, "Звериногол… (RU)"),
        ("Маштаково (RU)", 14, "Маштаково (RU)"),
    ],
)
def test_the_country_code_survives_the_cut(coded, label, width, shown):
    assert coded(label, width).rstrip() == shown


def test_a_post_of_ours_is_cut_as_before():
    assert tui_coded("Аэропорт Усть-Каменогорск", 14) == "Аэропорт Усть-Каменогорск"  # the cell cuts it


@pytest.fixture(scope="module")
def facts_path(tmp_path_factory):
    article = Article(file="q.txt", path="/in/q.txt", title="Очередь", body=BODY, raw=BODY, date="2025-06-01")
    facts = [
        Fact("ru-zverinogolovskoe", "queue", "около 40 фур", BODY),
        Fact("uz-gishtkuprik", "queue", "около 70 машин", BODY),
    ]
    return write_store(tmp_path_factory.mktemp("codes") / "store.db", [(article, Extraction(facts=facts))])


def test_the_facts_table_keeps_the_code(facts_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["facts", "--db", str(facts_path)]) == 0
    out = capsys.readouterr().out
    assert "Звериногол… (RU)" in out and "Гишткуприк (UZ)" in out


async def test_the_facts_tab_keeps_the_code_at_80_columns(facts_path):
    app = make_app(facts_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        text = screen_text(app)
    assert "Звериног… (RU)" in text and "Гишткупр… (UZ)" in text


def test_an_undated_fact_says_so(tmp_path, capsys, monkeypatch):
    article = Article(file="u.txt", path="/in/u.txt", title="Очередь", body=BODY, raw=BODY, date=None)
    facts = [Fact("uz-gishtkuprik", "queue", "около 70 машин", BODY)]
    path = write_store(tmp_path / "u.db", [(article, Extraction(facts=facts))])
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["facts", "--db", str(path)]) == 0
    (row,) = capsys.readouterr().out.splitlines()[1:-1]
    assert row.startswith("undated     Гишткуприк (UZ)")
