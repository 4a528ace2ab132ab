"""org104: a firm's name glued of a stem and a business tail («Евразтранзит», «Шымкентпиво»),
in no knowledge-base row, that the model reads as a place or a person, is a firm named in the
nominative; so is a listed town followed by a capitalized trade noun («Костанай Мука»). Made-up words and spans through the pass's span function and the naming alone (no
model): each well under 1 s."""

import pytest

from store.extract.naming import firm_compound_nominative, normalized_name
from store.extract.ner import NerSpan
from store.extract.passes.organizations import _firm_by_last_word


@pytest.mark.parametrize(
    "word,name",
    [
        ("Евразтранзита", "Евразтранзит"),
        ("Казфосфатснабом", "Казфосфатснаб"),
        ("Шымкентпиво", "Шымкентпиво"),
        ("Павлодартранс", "Павлодартранс"),
        ("Туранбанком", "Туранбанк"),
    ],
)
def test_a_glued_firm_word_gives_its_nominative(word, name):
    assert firm_compound_nominative(word) == name


@pytest.mark.parametrize(
    "word",
    [
        "Транса",  # the tail alone, no stem of its own
        "Иртышстрое",  # «строй» declines its own way: no guess at its nominative
        "Оренбурга",
        "Кенжебаева",
        "ЕАЭС",
        "Евразтранзит-сервис",
    ],
)
def test_a_bare_tail_a_town_a_surname_or_letters_are_no_glued_firm(word):
    assert firm_compound_nominative(word) is None


@pytest.mark.parametrize("kind", ["location", "person"])
def test_a_glued_firm_the_model_typed_otherwise_becomes_a_firm(kind):
    span = NerSpan(kind, 6, 19, "Евразтранзита")
    assert _firm_by_last_word(span).type == "organization"


def test_a_listed_body_glued_so_becomes_a_body_too():
    span = NerSpan("location", 0, 8, "Минтранс")  # a row of bodies.csv, not a place
    assert _firm_by_last_word(span).type == "organization"


def test_places_and_names_that_are_no_firms_stay():
    for word in ("Кавказа", "Актобе", "Костанай Область", "Бидай Алтын", "Нур Жолы"):
        assert _firm_by_last_word(NerSpan("location", 0, len(word), word)).type == "location"


@pytest.mark.parametrize("name", ["Костанай Мука", "Павлодар Молоко"])
def test_a_listed_town_and_a_trade_noun_are_a_firm(name):
    assert _firm_by_last_word(NerSpan("location", 0, len(name), name)).type == "organization"


def test_a_glued_bank_is_named_in_the_nominative():
    full = "Председатель правления Туранбанка Ержан Касымов заявил о займах."
    span = NerSpan("organization", 23, 33, "Туранбанка")
    assert normalized_name(span, None, full) == "Туранбанк"


def test_a_quoted_firm_ending_in_finance_keeps_its_first_word_as_printed():
    full = "Об этом рассказал председатель правления банка «Сапа Финанс» Ерлан Мусин."
    start = full.index("Сапа")
    span = NerSpan("organization", start, start + 11, "Сапа Финанс")
    assert normalized_name(span, None, full) == "Сапа Финанс"  # not «Сап Финанс», «сапа» read as a genitive
