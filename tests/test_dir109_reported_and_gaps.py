"""dir109: orders told second hand («во исполнение поручения X <body> <future verb>»), «дал X
поручение», a term in the next sentence said as a span or in Kazakh, a person as a further
addressee with no dash, and a term per addressee with no dashes. Sentences written for the
test, none of the fresh set's."""

import re

from store.extract.directives import find_directives
from store.extract.directives.addressee_names import dative_person
from store.model import Mention


def _orders(text: str, surface: str, name: str = "Олжас Бектенов") -> list[tuple[str | None, str, str | None]]:
    """(to, what, when) of each directive, the giver given as a person mention written `surface`."""
    at = text.index(surface)
    by = Mention(type="person", name=name, surface=surface, start=at, end=at + len(surface))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]  # one per sentence
    found = find_directives(text, [by], spans, "2026-12-08")
    assert all(d.by == name for d in found)
    return [(d.to, d.what, d.when) for d in found]


def test_in_execution_of_an_order_the_body_that_will_act_is_the_addressee():
    text = "Во исполнение поручения Премьер-министра Олжаса Бектенова Комитет госдоходов откроет вторую полосу на «Кольжате»."
    [(to, what, _)] = _orders(text, "Олжаса Бектенова")
    assert to == "Комитет госдоходов"  # as written: no organization mention is given here
    assert what.startswith("Комитет госдоходов откроет")


def test_the_body_right_before_the_verb_after_a_time():
    text = "По поручению Премьер-министра Олжаса Бектенова весной пограничная служба обновит досмотровую технику."
    assert [to for to, _, _ in _orders(text, "Олжаса Бектенова")] == ["пограничная служба"]


def test_a_thing_done_by_the_order_is_no_addressee():
    text = "Новые весы по поручению Премьер-министра Олжаса Бектенова установят на посту «Кольжат»."
    assert [to for to, _, _ in _orders(text, "Олжаса Бектенова")] == [None]


def test_whom_said_inside_gave_an_order():
    text = "Олжас Бектенов дал Минтрансу поручение расширить подъезд к «Кольжату»."
    assert _orders(text, "Олжас Бектенов") == [("Министерство транспорта", "расширить подъезд к «Кольжату»", None)]


def test_a_term_in_the_next_sentence_as_a_span_or_in_kazakh():
    ru = "Олжас Бектенов поручил акиматам обустроить пункты обогрева. Срок — два месяца."
    assert _orders(ru, "Олжас Бектенов")[0][2] == "два месяца"
    kk = "Олжас Бектенов әкімдіктерге жылыту пункттерін ашуды тапсырды. Орындау мерзімі – ай соңына дейін."
    assert _orders(kk, "Олжас Бектенов")[0][2] == "ай соңына дейін"


def test_a_person_as_a_further_addressee_with_no_dash():
    text = "Олжас Бектенов поручил МЧС расчистить трассу, а Марату Карабаеву проверить мосты."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство по чрезвычайным ситуациям", "расчистить трассу", None),
        ("Марат Карабаев", "проверить мосты", None),
    ]


def test_a_term_per_addressee_with_no_dashes():
    text = "Олжас Бектенов поручил МЧС до 1 марта, а акиматам до 1 апреля открыть пункты обогрева."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство по чрезвычайным ситуациям", "открыть пункты обогрева", "до 1 марта"),
        ("акиматы", "открыть пункты обогрева", "до 1 апреля"),
    ]


def test_dative_person_reads_names_and_a_post_before_them_only():
    assert dative_person("министру транспорта Марату Карабаеву") == "министр транспорта Марат Карабаев"
    assert dative_person("водителям") is None
    assert dative_person("Пограничной службе") is None


def test_the_status_said_after_an_order_is_no_part_of_it():
    text = "Олжас Бектенов поручил КНБ укрепить ограждение, однако это поручение так и не выполнено."
    assert _orders(text, "Олжас Бектенов") == [("Комитет национальной безопасности", "укрепить ограждение", None)]
