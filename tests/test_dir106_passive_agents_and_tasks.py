"""dir106: a Russian passive order whose giver follows in the instrumental («… поручено
Премьер-министром Олжасом Бектеновым …»), «обязал» with accusative addressees, and Kazakh orders
told through the task noun («… міндетін қойды», «… тапсырмасын <кімге> <кім> берді») reach the
directive with their giver and addressee. Sentences written for the test, none of the fresh set's."""

import re

from store.extract.directives import find_directives
from store.model import Mention


def _orders(text: str, surface: str, name: str = "Олжас Бектенов") -> list[tuple[str, str | None, str | None]]:
    """(by, to, when) of each directive, the giver given as a person mention written `surface`."""
    at = text.index(surface)
    by = Mention(type="person", name=name, surface=surface, start=at, end=at + len(surface))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]  # one per sentence
    return [(d.by, d.to, d.when) for d in find_directives(text, [by], spans, "2026-11-20")]


def test_the_instrumental_after_a_passive_verb_is_its_giver():
    text = (
        "Министерству энергетики поручено Премьер-министром Олжасом Бектеновым до 1 мая "
        "провести свет к пункту пропуска «Бахты»."
    )
    assert _orders(text, "Олжасом Бектеновым") == [("Олжас Бектенов", "Министерство энергетики", "до 1 мая")]


def test_an_instrumental_giver_before_the_noun_is_no_addressee():
    text = "Премьер-министром Олжасом Бектеновым дано поручение Министерству финансов ускорить досмотр на «Кордае»."
    assert _orders(text, "Олжасом Бектеновым") == [("Олжас Бектенов", "Министерство финансов", None)]


def test_accusative_addressees_after_obliged_are_in_the_nominative():
    text = "Премьер-министр Олжас Бектенов обязал акимов областей и Пограничную службу навести порядок у постов."
    assert _orders(text, "Олжас Бектенов") == [("Олжас Бектенов", "акимы областей и Пограничная служба", None)]


def test_a_kazakh_task_set_before_its_addressee():
    text = "Премьер-министр Олжас Бектенов Қаржы министрлігі алдына «Қалжат» бекетінде кезекті азайту міндетін қойды."
    assert _orders(text, "Олжас Бектенов") == [("Олжас Бектенов", "Қаржы министрлігі", None)]


def test_a_kazakh_task_told_before_its_giver():
    text = "«Бақты» бекетіне жол салу тапсырмасын Көлік министрлігіне Премьер-министр Олжас Бектенов берді."
    assert _orders(text, "Олжас Бектенов") == [("Олжас Бектенов", "Көлік министрлігі", None)]
