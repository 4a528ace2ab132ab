"""Orders told as a list after a colon, inline («поручил: А — …; Б — …») or one a line
(«1) …»), and a deadline told in the sentence after an order (facts52). Made-up text in the
shapes of real pages."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def _orders(extractor, body):
    return [(d.by, d.to, d.what, d.when) for d in directives(extractor, body)]


def test_every_item_of_an_inline_list_is_an_order(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание по работе границы. "
        "Он поручил: Министерству транспорта — ускорить ремонт подъездной дороги; "
        "Министерству финансов — установить досмотровые комплексы до конца года; "
        "акиматам приграничных областей — оборудовать площадки отдыха для водителей."
    )
    found = _orders(extractor, body)
    assert [(to, what) for _by, to, what, _when in found] == [
        ("Министерство транспорта", "ускорить ремонт подъездной дороги"),
        ("Министерство финансов", "установить досмотровые комплексы до конца года"),
        ("акиматы приграничных областей", "оборудовать площадки отдыха для водителей"),
    ]
    assert {by for by, *_ in found} == {"Олжас Бектенов"}
    assert [when for *_x, when in found] == [None, "до конца года", None]


def test_every_line_of_a_numbered_list_is_an_order(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание.\n\n"
        "По итогам совещания Бектенов поручил:\n"
        "1) Министерству финансов обеспечить круглосуточную работу постов;\n"
        "2) Министерству транспорта подготовить план расширения стоянок;\n"
        "3) Пограничной службе увеличить число кабин паспортного контроля.\n\n"
        "Совещание прошло в Доме правительства."
    )
    found = _orders(extractor, body)
    assert [what for _by, _to, what, _when in found] == [
        "обеспечить круглосуточную работу постов",
        "подготовить план расширения стоянок",
        "увеличить число кабин паспортного контроля",
    ]
    assert found[0][1] == "Министерство финансов" and {by for by, *_ in found} == {"Олжас Бектенов"}


def test_items_with_no_addressee_take_the_sentences(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. "
        "Бектенов поручил Министерству транспорта следующее: расширить въезд к посту; открыть вторую полосу."
    )
    found = _orders(extractor, body)
    assert [(to, what) for _by, to, what, _w in found] == [
        ("Министерство транспорта", "расширить въезд к посту"),
        ("Министерство транспорта", "открыть вторую полосу"),
    ]


def test_a_colon_after_no_list_is_the_narrative_order(extractor):
    body = "Премьер-министр Олжас Бектенов провел совещание. Он поручил: ускорить работу постов на границе."
    [(_by, _to, what, _when)] = _orders(extractor, body)
    assert what == "ускорить работу постов на границе"


def test_the_deadline_in_the_next_sentence_is_the_orders(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. "
        "Он поручил Министерству финансов открыть дополнительные полосы. Срок — до 15 ноября 2025 года."
    )
    [(_by, _to, _what, when)] = _orders(extractor, body)
    assert when == "до 15 ноября 2025 года"


def test_a_next_sentence_that_sets_no_term_gives_no_deadline(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. "
        "Он поручил Министерству финансов открыть дополнительные полосы. До 15 ноября на посту работали две смены."
    )
    [(_by, _to, _what, when)] = _orders(extractor, body)
    assert when is None


def test_a_term_with_no_preposition_after_the_order_is_its_time(extractor):
    body = (
        "Вице-премьер Роман Скляр провел совещание. "
        "Скляр поручил Министерству транспорта подготовить расчеты по стоянкам. "
        "Срок исполнения поручения – 20 октября 2024 г. Доклады он ждет еженедельно."
    )
    [(_by, _to, _what, when)] = _orders(extractor, body)
    assert when == "20 октября 2024 г."


def test_a_quoted_name_inside_the_order_stays_whole(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел совещание. "
        "Он поручил Министерству финансов перевести пункт пропуска «Калжат» на круглосуточную работу."
    )
    [(_by, _to, what, _when)] = _orders(extractor, body)
    assert what == "перевести пункт пропуска «Калжат» на круглосуточную работу"
