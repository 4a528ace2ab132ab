"""A Kazakh body span run on into its representative's name gives the person (ent76)."""

from store.extract.ner import NerSpan
from store.extract.passes.kazakh_role_led_bodies import kazakh_role_led_bodies


def _pass(text: str, body: str) -> list:
    start = text.index(body)
    return kazakh_role_led_bodies(text, [NerSpan("organization", start, start + len(body), body)], None)


def test_a_representative_after_the_body_is_the_person():
    text = "Агенттік өкілі Ерболат Сұлтанов бекеттегі кезек туралы айтты."
    [span] = _pass(text, "Агенттік өкілі Ерболат Сұлтанов")
    assert (span.type, span.text) == ("person", "Ерболат Сұлтанов")


def test_a_deputy_head_after_a_genitive_body_is_the_person():
    text = "Басқарма басшысының орынбасары Мадина Жұмабаева жаңа кесте жариялады."
    [span] = _pass(text, "Басқарма басшысының орынбасары Мадина Жұмабаева")
    assert (span.type, span.text) == ("person", "Мадина Жұмабаева")


def test_a_body_without_a_name_stays_a_body():
    text = "Кеден комитетінің өкілі бекетке келді."
    [span] = _pass(text, "Кеден комитетінің өкілі")
    assert span.type == "organization"


def test_an_initial_and_a_surname_after_the_post_are_the_person():
    text = "Басқарма өкілі Б. Есімов жүргізушілерге кеңес берді."
    [span] = _pass(text, "Басқарма өкілі Б. Есімов")
    assert (span.type, span.text) == ("person", "Б. Есімов")


def test_a_body_span_over_a_person_already_read_is_dropped():
    text = "Басқарма өкілі Есімов Бекзат жүргізушілерге кеңес берді."
    body, person = "Басқарма өкілі Есімов", "Есімов Бекзат"
    spans = [
        NerSpan("organization", text.index(body), text.index(body) + len(body), body),
        NerSpan("person", text.index(person), text.index(person) + len(person), person),
    ]
    assert [(s.type, s.text) for s in kazakh_role_led_bodies(text, spans, None)] == [("person", person)]
