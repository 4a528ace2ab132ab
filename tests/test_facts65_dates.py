"""The deadline's date pattern reads its parts by name (facts65): these pin what each shape gives,
with sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _deadlines(text: str, date: str = "2026-02-10") -> list[tuple[str, str | None]]:
    facts = find_facts(text, find_checkpoints(text), date)
    return [(f.text, f.date) for f in facts if f.kind == "deadline"]


def test_each_date_shape_keeps_its_date():
    cases = {
        "Реконструкцию пункта «Сырым» завершат во втором полугодии 2027 года.": "2027-H2",
        "Реконструкцию пункта «Сырым» завершат в третьем квартале 2027 года.": "2027-Q3",
        "Реконструкцию пункта «Сырым» завершат до 20 августа 2027 года.": "2027-08-20",
        "Реконструкцию пункта «Сырым» завершат в декабре 2026 года.": "2026-12",
        "Реконструкцию пункта «Сырым» планируют завершить до 2028 года.": "2028",
        "Реконструкцию пункта «Сырым» завершат в следующем году.": "2027",
        "Реконструкцию пункта «Сырым» завершат до конца года.": "2026",
    }
    for text, want in cases.items():
        assert [d for _, d in _deadlines(text)] == [want], text


def test_a_yearless_date_after_do_takes_the_articles_year_and_says_so():
    found = _deadlines("Ремонт на пункте «Сырым» завершат до 15 марта.")
    assert [d for _, d in found] == ["2026-03-15"]
    assert "по дате статьи" in found[0][0]


def test_a_yearless_date_that_passed_is_next_years():
    assert [d for _, d in _deadlines("Ремонт на пункте «Сырым» завершат до 15 января.")] == ["2027-01-15"]
