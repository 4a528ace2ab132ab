"""Local bodies and courts named by their territory that the model never proposed (org88,
issue 15): an akimat or maslikhat named by its city in the genitive with no «города» («с
акиматом Шымкента»), a court named by its city or region («Суд г. Астаны», «… экономический суд
города Шымкента»), a Kazakh body opening with its place before a reach word («Жамбыл облыстық
соты»). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import bodies, kazakh_bodies, persons


@pytest.mark.parametrize(
    "text,name",
    [
        ("Перевозчики провели встречу с акиматом Уральска по поводу стоянки.", "акимат Уральска"),
        ("Жалобу водителей рассмотрели в акимате Павлодара на прошлой неделе.", "акимат Павлодара"),
        ("Бюджет на дорогу утвердил маслихат Семея.", "маслихат Семея"),
        ("Суд г. Астаны отклонил жалобу экспедитора.", "Суд г. Астаны"),
        ("Решение суда города Алматы водитель обжаловал.", "суд города Алматы"),
        ("Иск перевозчика рассмотрит суд Жамбылской области.", "суд Жамбылской области"),
    ],
)
def test_a_body_named_by_its_city_or_region(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("territorial_bodies",))


def test_a_republican_citys_akimat_is_one_body_with_or_without_gorod(extractor):
    # bodies.csv: «Акимат Шымкента», «Шымкент әкімдігі» are variants of akimat-city-shymkent
    text = "Перевозчики встретились с акиматом Шымкента. В акимате города Шымкента пообещали участок."
    assert bodies(extractor, text) == {"Акимат города Шымкента"}
    assert kazakh_bodies(extractor, "Шымкент әкімдігі жолды жөндейді. Шымкент қаласының әкімдігі хабарлады.") == {
        "Шымкент қаласының әкімдігі"
    }


def test_a_court_read_up_to_its_head_runs_on_over_its_territory(extractor):
    text = "Специализированный межрайонный административный суд города Шымкента оштрафовал брокера."
    name = "Специализированный межрайонный административный суд города Шымкента"
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("territorial_bodies",))


def test_a_body_read_as_a_persons_name_is_the_body(extractor):
    text = "Акимат Костаная ответил перевозчикам: стоянку у поста расширят."
    assert "Акимат Костаная" in bodies(extractor, text)
    assert "Акимат Костаная" not in persons(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Аким Павлодара провёл встречу с водителями.",  # the akim is a person's role, no body
        "Дело передали в суд Верховного собрания не сразу.",  # no city after «суд»
        "Груз отправили в суд Кордая не сразу.",  # a post's town, not a city of the table
    ],
)
def test_no_body_without_a_known_city(extractor, text):
    assert not any(n.lower().startswith(("аким ", "суд")) for n in bodies(extractor, text))


def test_the_akims_role_stays_a_persons(extractor):
    text = "Аким Павлодара Арман Сейткалиев посетил пункт пропуска."
    assert "Арман Сейткалиев" in persons(extractor, text)
    assert not any("Павлодар" in n for n in bodies(extractor, text))


@pytest.mark.parametrize(
    "text,name",
    [
        ("Жамбыл облыстық соты тасымалдаушының шағымын қарады.", "Жамбыл облыстық соты"),
        ("Павлодар қалалық соты жүргізушіні ақтады.", "Павлодар қалалық соты"),
    ],
)
def test_a_kazakh_body_opening_with_its_place_before_the_reach(extractor, text, name):
    assert name in kazakh_bodies(extractor, text)


def test_a_word_no_place_of_that_reach_does_not_open_the_name(extractor):
    found = kazakh_bodies(extractor, "Кеше облыстық соты тасымалдаушының шағымын қарады.")
    assert not any(n.startswith("Кеше") for n in found)
