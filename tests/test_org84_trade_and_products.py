"""org84: a place of trade or rest, a vehicle's make and a count of firms are no bodies
(`trade_and_products`), read through the extractor, with the bodies that must stay. Sentences
made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


@pytest.fixture(scope="module")
def without_pass():
    return Extractor(disabled=("trade_and_products",))


def bodies(extractor, body: str) -> set[str]:
    return {m.name.lower() for m in titled_mentions(extractor, body, "Новости") if m.type == "organization"}


@pytest.mark.parametrize(
    ("body", "not_a_body"),
    [
        # a place of trade or rest named by its kind, Russian: a compound, capitals, two words
        ("Переговоры с перевозчиками прошли в бизнес-центре «Нурлы Тау».", "нурлы тау"),
        ("Делегация остановилась в гостинице «Достык» и посетила ТЦ «Керуен».", "керуен"),
        ("Водители ждут на стоянке у торгового центра «Жибек Жолы».", "жибек жолы"),
        ("На базаре «Алтын Орда» изъяли контрабанду.", "алтын орда"),
        ("Водители ночуют в кафе «Жол Береке» у поста и в мотеле «Достар».", "береке"),
        ("Водители ночуют в кафе «Жол Береке» у поста и в мотеле «Достар».", "достар"),
        # Kazakh: the kind after the name, also after the second name of a pair
        ("Туристер «Хан Шатыр» мен «Бәйтерек» кешенін тамашалайды.", "бәйтерек"),
        # a vehicle's make after the vehicle, and the makes listed with it
        ("Грузовики КамАЗ и MAN стоят в очереди, а автобусы Yutong проходят вне очереди.", "man"),
        ("Грузовики КамАЗ и MAN стоят в очереди, а автобусы Yutong проходят вне очереди.", "yutong"),
        # a count of firms
        ("Қытай мен Қазақстанның 80 компаниясы көрмеге қатысты.", "компаниясы"),
    ],
)
def test_trade_make_or_count_is_no_body(extractor, without_pass, body, not_a_body):
    assert not any(not_a_body in n for n in bodies(extractor, body))
    # the model reads each as a body: without the pass it is printed
    assert any(not_a_body in n for n in bodies(without_pass, body))


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        # a maker that acts has no vehicle before it
        ("Yutong поставит в Казахстан 500 автобусов.", "yutong"),
        # a firm after a vehicle noun: a body's legal form keeps it
        ("Владелец машины ТОО «Ак Жол Транс» оштрафован на посту.", "ак жол транс"),
        # a firm whose name holds a kind, with its legal form or «компания» before it
        ("ТОО «Кафе Алатау» оштрафовано. Компания «Ресторан Сервис» открыла филиал.", "кафе алатау"),
        # the knowledge base's body stays whatever follows it
        ("«Қазақстан темір жолы» тепловоздары жаңартылды.", "қазақстан темір жолы"),
        # a body beside a count
        ("В АО «Казахтелеком» сообщили, что 25 компаний подключились к системе.", "казахтелеком"),
    ],
)
def test_bodies_stay(extractor, body, body_name):
    assert any(body_name in n for n in bodies(extractor, body))
