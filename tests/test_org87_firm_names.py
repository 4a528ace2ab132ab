"""org87: a firm named by a name and a borrowed business word («Ерназар Логистик», «Сарыагаш
Транс Сервис») is an organization whatever type the model gave it, named with its last word
in the nominative and the words before it as printed (organizations._firm_by_last_word,
naming._firm_nominative). Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.extract.naming import firm_word_nominative
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def mentions(extractor, body: str) -> set[tuple[str, str]]:
    return {(m.type, m.name) for m in titled_mentions(extractor, body, "Новости")}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Ерназар Логистик построит сухой порт.", "Ерназар Логистик"),
        ("Склад у границы построит Сарыагаш Транс Сервис.", "Сарыагаш Транс Сервис"),
        ("Договор подписан с Сарыагаш Транс Сервисом.", "Сарыагаш Транс Сервис"),
        ("Компания Казлогистик Групп получила кредит.", "Казлогистик Групп"),
    ],
)
def test_a_firm_ending_in_a_business_word_is_a_body_named_as_printed(extractor, body, name):
    assert ("organization", name) in mentions(extractor, body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # test_passes' former rows of companies_after_nouns: with that pass off, still bodies
        ("Груз до склада доставила компания Жибек Жолы Карго.", "Жибек Жолы Карго"),
        ("Склады арендованы у фирмы Сарыагаш Логистик.", "Сарыагаш Логистик"),
    ],
)
def test_the_business_word_alone_makes_the_firm(body, name):
    without = Extractor(disabled=("companies_after_nouns",))
    assert ("organization", name) in mentions(without, body)


def test_a_person_with_a_patronymic_stays_no_firm(extractor):
    found = mentions(extractor, "Водитель Ерлан Серикович Транс ждал на посту.")
    assert not any(t == "organization" for t, _ in found), found


@pytest.mark.parametrize(
    ("word", "nominative"),
    [("Логистик", "Логистик"), ("Сервиса", "Сервис"), ("Групп", "Групп"), ("Холдингом", "Холдинг"), ("Алматы", None)],
)
def test_firm_word_nominative(word, nominative):
    assert firm_word_nominative(word) == nominative
