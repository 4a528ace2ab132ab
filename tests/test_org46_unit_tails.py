"""A regional unit is exported under its whole printed name, territorial tail included
(issue 15, org46): made-up sentences in the shapes of regional press releases."""

import pytest

from tests.extracting import bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Сотрудники Пограничного управления по Курганской области задержали двоих.",
            "Пограничное управление по Курганской области",
        ),
        (
            "Как пояснили в Инспекции транспортного контроля по Павлодарской области, фуру остановили.",
            "Инспекция транспортного контроля по Павлодарской области",
        ),
        ("Пассажира задержали сотрудники Департамента полиции на транспорте.", "Департамент полиции на транспорте"),
        ("Проверку провели сотрудники УФСБ по Челябинской области.", "УФСБ по Челябинской области"),
        ("Об этом сообщили в ДГД по городу Таразу.", "ДГД по городу Таразу"),
        ("Письмо подписал замначальника департамента МВД на транспорте.", "департамент МВД на транспорте"),
    ],
)
def test_the_unit_runs_on_over_its_territory(extractor, text, name):
    assert name in bodies(extractor, text)


def test_without_the_pass_the_parent_name_is_cut_short(extractor):
    text = "Сотрудники Пограничного управления по Курганской области задержали двоих."
    assert "Пограничное управление по Курганской области" not in bodies(extractor, text, off=("territorial_tails",))


def test_a_phrase_after_po_that_names_no_territory_is_not_taken(extractor):
    found = bodies(extractor, "Заявление распространил МИД по итогам встречи министров.")
    assert not any("по итогам" in n for n in found)


def test_a_district_police_unit_is_a_body(extractor):
    assert "Отдел полиции Урджарского района" in bodies(
        extractor, "Отдел полиции Урджарского района провел рейд на трассе."
    )


@pytest.mark.parametrize(
    "text,name",
    [
        ("Средства на ремонт моста выделил акимат Зайсанского района.", "акимат Зайсанского района"),
        ("Об этом сообщили в акимате города Аркалык.", "акимат города Аркалык"),
        ("Проверку начала прокуратура Костанайской области.", "прокуратура Костанайской области"),
        ("Прокуратура Костанайской области начала проверку.", "Прокуратура Костанайской области"),
        ("Губернатор дал акимату района Байтерек несколько поручений.", "акимат района Байтерек"),
    ],
)
def test_a_local_body_is_named_by_its_territory(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("territorial_bodies",))


def test_akimats_in_general_are_no_body(extractor):
    assert bodies(extractor, "Акиматы областей получили поручение правительства.") == set()


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "По словам начальника департамента полиции Павлодарской области, дело раскрыто.",
            "департамент полиции Павлодарской области",
        ),
        (
            "Рассказал руководитель инспекции транспортного контроля Костанайской области.",
            "инспекция транспортного контроля Костанайской области",
        ),
    ],
)
def test_a_lowercase_unit_with_its_region_in_the_genitive_is_a_body(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("lowercase_units",))


def test_a_lowercase_unit_without_a_named_region_is_no_body(extractor):
    assert bodies(extractor, "Сотрудники департамента полиции области провели рейд.") == set()
