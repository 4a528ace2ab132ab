"""dir103: orders numbered inline after one verb («поручил: 1) …; 2) …») and «дал ряд поручений:»
read as one directive an item; a past mention of such orders stays none; «дал указание …» and
«указал на необходимость …» are orders. Sentences written for the test (not the fresh set's)."""

import pytest

from store.extract.directives.order_lists import list_span
from store.extract.directives.russian import TRIGGER
from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_an_inline_numbered_list_gives_its_items_without_their_numbers():
    text = "Аким поручил: 1) до 5 мая починить шлагбаум; 2) покрасить навес. Потом уехал."
    start = text.index(":") + 1
    _lo, _hi, items = list_span(text, text.index(":"), start)
    assert [text[a:b].strip() for a, b in items] == ["до 5 мая починить шлагбаум", "покрасить навес"]


def test_a_list_a_line_an_item_is_still_read_by_lines():
    text = "Аким поручил:\n1) починить шлагбаум;\n2) покрасить навес.\nПотом уехал."
    _lo, _hi, items = list_span(text, text.index(":"), text.index(":") + 1)
    assert [text[a:b] for a, b in items] == ["починить шлагбаум;", "покрасить навес."]


@pytest.mark.parametrize(
    "sentence, opens",
    [
        ("Министр дал ряд поручений:", True),
        ("По итогам встречи дан ряд конкретных поручений:", True),
        ("Вице-премьер дала несколько поручений:", True),
        ("Министр дал оценку исполнению поручений.", False),
        ("Аким дал жесткое указание коммунальщикам", True),
        ("Президент указал на необходимость", True),
        ("Министр указал на недостатки", False),
    ],
)
def test_orders_counted_by_a_quantifier_open_an_order(sentence, opens):
    assert bool(TRIGGER.search(sentence)) is opens


def test_a_quantified_list_gives_each_item_its_addressee_and_time(extractor):
    body = (
        "Премьер-министр Олжас Бектенов дал ряд поручений: 1) Министерству финансов до 1 июня закупить "
        "новые сканеры; 2) акимату Туркестанской области отремонтировать подъезд к посту."
    )
    found = [(d.by, d.to, d.what, d.when) for d in directives(extractor, body)]
    assert found == [
        ("Олжас Бектенов", "Министерство финансов", "закупить новые сканеры", "до 1 июня"),
        ("Олжас Бектенов", "акимат Туркестанской области", "отремонтировать подъезд к посту", None),
    ]


def test_orders_only_mentioned_give_none(extractor):
    body = "Премьер-министр Олжас Бектенов ранее дал ряд поручений по развитию транзита."
    assert directives(extractor, body) == []


def test_an_instruction_and_a_stated_need_are_orders(extractor):
    body = (
        "Министр финансов Ерлан Жаксылыков дал указание таможенникам до 1 мая обновить сканеры. "
        "Он также указал на необходимость расширить стоянку у поста."
    )
    found = [(d.by, d.to, d.what, d.when) for d in directives(extractor, body)]
    assert found == [
        ("Ерлан Жаксылыков", "таможенники", "обновить сканеры", "до 1 мая"),
        ("Ерлан Жаксылыков", None, "расширить стоянку у поста", None),
    ]
