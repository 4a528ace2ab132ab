"""dir105: a Kazakh passive's dative addressee written before the instruction it follows
(«Әкімдіктерге Премьер-министр … тапсырмасымен … міндеттелді»), undeclined abbreviations
right after «поручил» («поручил КНБ и МИД») and a term given as a span in the next sentence
(«На исполнение отведено два месяца») reach the directive. Sentences written for the test."""

import re

from store.extract.directives import find_directives
from store.extract.directives.order_lists import time_after
from store.model import Mention


def _orders(text: str, name: str = "Олжас Бектенов") -> list[tuple[str | None, str | None]]:
    at = text.index(name.split()[0])
    by = Mention(type="person", name=name, surface=text[at : at + len(name)], start=at, end=at + len(name))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]  # one per sentence
    return [(d.to, d.when) for d in find_directives(text, [by], spans, "2026-11-20")]


def test_a_dative_before_the_instruction_is_the_passive_orders_addressee():
    text = (
        "Энергетика министрлігіне Премьер-министр Олжас Бектеновтің тапсырмасымен "
        "«Қайрақ» бекетінде фитосанитарлық бақылауды күшейту жүктелді."
    )
    assert _orders(text) == [("Энергетика министрлігі", None)]


def test_undeclined_abbreviations_after_the_verb_are_its_addressees():
    text = "Премьер-министр Олжас Бектенов поручил КНБ и МИД обсудить с узбекской стороной работу пункта «Жибек жолы»."
    assert _orders(text) == [("Комитет национальной безопасности и Министерство иностранных дел", None)]


def test_a_span_in_the_next_sentence_is_the_orders_term():
    text = (
        "Премьер-министр Олжас Бектенов поручил Министерству энергетики подвести свет к пункту пропуска «Бахты». "
        "На выполнение отводится полтора месяца."
    )
    assert _orders(text) == [("Министерство энергетики", "полтора месяца")]


def test_a_sentence_without_an_allotted_span_gives_no_term():
    assert time_after("На исполнение поручения приехали два министра.") is None
    assert time_after("На совещание отведено два часа.") is None
