"""org70: state bodies read by the grammar of their names (`body_names`): a head from a closed
set of body kinds in any case and letter case, its genitive field with «и» and «по» phrases, the
places after it; and what stays no body. Sentences made up here (none copied from a page or
from eval), read through the extractor and through `find_body_names`."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.body_names import find_body_names
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str) -> set[str]:
    return {m.name.lower() for m in titled_mentions(extractor, body, "Новости области") if m.type == "organization"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Новые весы для поста закуплены управлением строительства и дорожного хозяйства.",
            "управление строительства и дорожного хозяйства",
        ),
        (
            "Тарифы перевозчиков проверили сотрудники агентства по регулированию рынка перевозок.",
            "агентство по регулированию рынка перевозок",
        ),
        (
            "Обращение водителей направлено в палату предпринимателей Туркестанской области.",
            "палата предпринимателей туркестанской области",
        ),
        (
            "Представители ассоциации таможенных брокеров встретились с водителями у шлагбаума.",
            "ассоциация таможенных брокеров",
        ),
        (
            "Нарушений на стройке не нашли специалисты государственной инспекции по охране труда.",
            "государственная инспекция по охране труда",
        ),
        (
            "Проект обсуждался комитетом по развитию торговли и защите прав предпринимателей.",
            "комитет по развитию торговли и защите прав предпринимателей",
        ),
        (
            "Автобусы к границе пустил союз перевозчиков Кыргызстана.",
            "союз перевозчиков кыргызстана",
        ),
    ],
)
def test_a_body_named_by_its_field_is_read_whole(extractor, body, name):
    assert name in bodies(extractor, body)


def test_the_rule_is_the_body_names_pass():
    body = "Новые весы для поста закуплены управлением строительства и дорожного хозяйства."
    without = Extractor(disabled=("body_names",))
    assert "управление строительства и дорожного хозяйства" not in bodies(without, body)


@pytest.mark.parametrize(
    "text",
    [
        "Водитель потерял управление грузовой машины на обледеневшем спуске.",  # driving, no body
        "Всю ночь служба технической поддержки отвечала на звонки.",  # a function: nobody's service
        "С января вырос фонд заработной платы таможенников.",  # a sum of money
        "На посту стоял отряд специального назначения.",  # a unit, whose is not said
        "Благодаря управлению потоками машин очередь стала короче.",  # no genitive field
        "Сотрудники департамента уже направили запрос.",  # a head alone points back at a body
    ],
)
def test_generic_heads_stay_no_body(text):
    assert find_body_names(text, [], []) == []


def test_a_posts_own_service_is_no_body(extractor):
    found = bodies(extractor, "За сутки служба пограничного контроля КПП Алтынколь досмотрела 900 человек.")
    assert not any(name.startswith("служба") for name in found)


def test_the_verb_after_a_name_stays_out_of_it(extractor):
    found = bodies(extractor, "Прокуратура Жамбылской области начала проверку на посту.")
    assert found and not any("начал" in name for name in found)


def test_two_bodies_joined_by_and_stay_two(extractor):
    found = bodies(extractor, "План одобрили комитет транспортного контроля и министерство обороны.")
    assert "комитет транспортного контроля" in found and not any("и министерство" in name for name in found)


def test_the_rule_alone_names_the_head_in_the_nominative():
    text = "Письмо ушло в департамент статистики по Кызылординской области, ответа нет."
    found = find_body_names(text, [], [])
    assert [name for _, name in found] == ["департамент статистики по Кызылординской области"]


@pytest.mark.parametrize("text", ["Сообщила пресс-служба Минфина РК.", "Сообщила пресс - служба Минфина РК."])
def test_a_press_office_is_no_service_of_its_own(text):
    assert find_body_names(text, [], []) == []


def test_a_commission_with_its_adjective_and_what_it_handles_is_a_body(extractor):
    body = "Сроки обсудят на заседании межправительственной комиссии по транспортному сотрудничеству."
    assert "межправительственная комиссия по транспортному сотрудничеству" in bodies(extractor, body)


def test_a_service_with_an_adjective_but_nobodys_is_no_body():
    assert find_body_names("На трассе дежурила передвижная служба технической помощи.", [], []) == []


def test_a_unit_named_by_its_parent_alone_is_no_name_of_its_own():
    assert find_body_names("Груз проверили сотрудники управления Министерства транспорта.", [], []) == []
