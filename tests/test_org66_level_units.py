"""org66: lowercase units named by their level of government («областного управления
ветеринарии», «городской отдел пассажирского транспорта») and akims' offices («аппарат акима
Жамбылской области»), read through the extractor and through `find_lowercase_units`, with
what must stay no body. Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.bodies import find_lowercase_units
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str, disabled: tuple[str, ...] = ()) -> set[str]:
    ex = extractor if not disabled else Extractor(disabled=disabled)
    return {m.name for m in titled_mentions(ex, body, "Новости района") if m.type == "organization"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Пробы мяса на посту отобрали специалисты областного управления ветеринарии.",
            "областное управление ветеринарии",
        ),
        (
            "По словам представителя областного департамента финансов, деньги на ремонт выделены.",
            "областной департамент финансов",
        ),
        (
            "Вечером городской отдел пассажирского транспорта пустил к вокзалу еще два автобуса.",
            "городской отдел пассажирского транспорта",
        ),
        (
            "В районном отделе занятости и социальных программ водителям обещали помочь.",
            "районный отдел занятости и социальных программ",
        ),
    ],
)
def test_a_unit_named_by_its_level_is_a_body(extractor, body, name):
    assert name in bodies(extractor, body)


def test_the_rule_is_the_lowercase_units_pass(extractor):
    body = "Пробы мяса на посту отобрали специалисты областного управления ветеринарии."
    assert "областное управление ветеринарии" not in bodies(extractor, body, disabled=("lowercase_units",))


@pytest.mark.parametrize(
    "body",
    [
        "Жалобу водителей переслали в городское управление, но ответа пока нет.",  # no field
        "Совещание прошло в здании областного управления после обеда.",  # no field either
        "Сотрудники областного управления КНБ задержали груз.",  # a capital in the field: other rules
    ],
)
def test_no_field_or_a_capital_in_it_gives_no_level_unit(body):
    assert not any(
        name.lower().startswith(("городское управление", "областное управление"))
        for _, name in find_lowercase_units(body, [])
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Проверку на трассе поручили провести аппарату акима Туркестанской области.",
            "аппарат акима Туркестанской области",
        ),
        ("В аппарате акима города Жаркента рассказали о новом автобусе до поста.", "аппарат акима города Жаркента"),
        ("Аппарат акима Райымбекского района направил запрос пограничникам.", "Аппарат акима Райымбекского района"),
    ],
)
def test_an_akims_office_named_by_its_territory_is_a_body(extractor, body, name):
    assert name in bodies(extractor, body)


def test_an_akims_office_keeps_its_place(extractor):
    body = "Проверку на трассе поручили провести аппарату акима Туркестанской области."
    places = {m.name for m in titled_mentions(extractor, body, "Новости района") if m.type == "location"}
    assert "Туркестанская область" in places


def test_an_office_with_no_territory_is_no_body(extractor):
    assert bodies(extractor, "Аппарат президента и аппарат акима обсудили расписание автобусов.") == set()


def test_the_akims_office_is_the_territorial_bodies_pass(extractor):
    body = "Проверку на трассе поручили провести аппарату акима Туркестанской области."
    assert "аппарат акима Туркестанской области" not in bodies(extractor, body, disabled=("territorial_bodies",))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Сессия маслихата Костанайской области одобрила расходы на дорогу к посту.", "маслихат Костанайской области"),
        ("Депутаты маслихата города Семей попросили продлить автобусный маршрут.", "маслихат города Семей"),
    ],
)
def test_a_maslikhat_named_by_its_territory_is_a_body(extractor, body, name):
    assert name in bodies(extractor, body)


def test_a_unit_of_a_new_region_ends_with_its_name(extractor):
    body = "В управлении туризма области Ұлытау напомнили туристам о пропусках в погранзону."
    assert "управление туризма области Ұлытау" in bodies(extractor, body)


def test_a_region_named_after_the_poet_is_no_person_in_a_unit(extractor):
    body = "Специалисты управления ветеринарии области Абай проверили скот у перехода."
    mentions = titled_mentions(extractor, body, "Новости района")
    assert "управление ветеринарии области Абай" in {m.name for m in mentions if m.type == "organization"}
    assert not [m for m in mentions if m.type == "person"]
