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


def test_an_opening_date_with_no_preposition_is_a_deadline():
    found = _deadlines("Обновлённый пункт «Тажен» откроется 20 апреля, сообщили в комитете.")
    assert [d for _, d in found] == ["2026-04-20"]
    assert found[0][0].startswith("откроется 20 апреля")


def test_a_finishing_verb_before_a_month_and_year_is_a_deadline():
    found = _deadlines("Строительство нового терминала на пункте «Тажен» закончат в июле 2027 года.")
    assert [d for _, d in found] == ["2027-07"]


def test_an_opening_already_past_is_no_deadline():
    assert _deadlines("Обновлённый пункт «Тажен» открылся 20 апреля.") == []


def test_kazakh_times_with_no_deyin_before_a_future_verb_are_deadlines():
    assert [d for _, d in _deadlines("«Тәжен» бекеті 20 сәуірде ашылады.")] == ["2026-04-20"]
    assert [d for _, d in _deadlines("«Тәжен» бекетіндегі жұмыстар 2027 жылдың соңында аяқталады.")] == ["2027"]
    assert [d for _, d in _deadlines("«Тәжен» бекеті 2027 жылдың шілдесінде ашылады.")] == ["2027-07"]


def test_kazakh_times_before_a_past_verb_are_no_deadlines():
    assert _deadlines("«Тәжен» бекеті 20 сәуірде ашылды.") == []
