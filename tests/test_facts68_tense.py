"""A closure to come is not a closed post, and a closure on certain days every week is the post's
hours (facts68): «жабық болады», «будет закрыт 12 июня» read «to close» with the day the text
gives; «по воскресеньям закрыт», «демалыс күндері жабық болады» read «working». Sentences written
for these tests."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _statuses(text: str, date: str | None = "2026-06-01") -> list[tuple[str, str | None, str | None]]:
    found = find_facts(text, find_checkpoints(text), date)
    return [(f.text, status_label(f.text), f.date) for f in found if f.kind == "status"]


def _labels(text: str) -> set[str | None]:
    return {label for _t, label, _d in _statuses(text)}


# 1. the future, Kazakh and Russian, with the day the closure falls on or begins
def test_kazakh_zhabyq_bolady_is_a_closure_to_come_with_its_day():
    assert _statuses("«Қалжат» бекеті 2026 жылғы 9 қыркүйекте жабық болады.") == [
        ("жабық болады", "to close", "2026-09-09")
    ]


def test_kazakh_future_without_a_year_takes_the_articles_year():
    assert _statuses("«Бақты» бекеті 4 тамызда уақытша жабылады.") == [("уақытша жабылады", "to close", "2026-08-04")]


def test_kazakh_closure_to_come_from_a_day_on_is_dated_by_its_start():
    found = _statuses("«Сырым» бекеті 7 шілдеден бастап жабылады.")
    assert [(label, date) for _t, label, date in found] == [("to close", "2026-07-07")]


def test_kazakh_stays_closed_is_a_closure_to_come():
    assert _labels("«Әлімбет» бекеті жөндеу кезінде жабық тұрады.") == {"to close"}


def test_russian_future_closures_carry_their_day():
    assert _statuses("Пункт «Кайрак» будет закрыт 21 июля.") == [("будет закрыт", "to close", "2026-07-21")]
    assert [(label, date) for _t, label, date in _statuses("Пункт «Аксай» закроется с 9 августа на ремонт.")] == [
        ("to close", "2026-08-09")
    ]


def test_a_closures_last_day_is_not_its_date():
    assert _statuses("Пункт «Кайрак» будет закрыт до 21 июля.")[0][1:] == ("to close", None)


# 2. the past and present stay «closed»
def test_a_closure_told_in_the_past_stays_closed():
    assert _labels("«Қайрақ» бекеті кеше жабылды.") == {"closed"}
    assert _labels("Пункт «Кордай» закрыли на ремонт.") == {"closed"}
    assert status_label("жабық болды") == "closed"


# 3. habitual: certain days every week are the hours it works
def test_russian_weekly_closures_are_working_hours():
    assert _statuses("Пункт «Бахты» по воскресеньям закрыт.") == [("по воскресеньям закрыт", "working", None)]
    assert _labels("Пункт «Таскала» не работает по выходным.") == {"working"}
    assert _labels("Пункт «Жайсан» закрывается по субботам и воскресеньям.") == {"working"}


def test_kazakh_weekly_closures_are_working_hours():
    assert _statuses("«Жайсан» бекеті демалыс күндері жабық болады.") == [
        ("демалыс күндері жабық болады", "working", None)
    ]
    assert _labels("«Сарыағаш» бекеті әр жексенбіде жабылады.") == {"working"}


def test_a_weekly_closure_leaves_another_closure_in_the_sentence():
    labels = _labels("Пункт «Кайрак» по выходным не работает, а с 9 августа его закроют на ремонт.")
    assert labels == {"working", "to close"}


def test_a_single_coming_weekend_is_no_habit():
    assert _labels("В эти выходные пункт «Аксай» будет закрыт.") == {"to close"}
