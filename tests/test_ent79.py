"""ent79: countries of the transit routes the knowledge base lacked (Italy, Georgia, Belarus,
Germany, Poland), a Russian surname on a country's or people's stem in a person's slot, a
person in a short Kazakh article named the Kazakh way. Sentences written for these tests, not
taken from any evaluation set."""

import pytest

from store.extract.extractor import Extractor
from tests.extracting import of_type, typed_names


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


found = typed_names


@pytest.mark.parametrize(
    "text,country",
    [
        ("Италияның жүк көліктері Бақты арқылы өтті.", "Италия"),
        ("Германияға астық жөнелтілді.", "Германия"),
        ("Польшадан келген жүк көліктері шекарада тұр.", "Польша"),
        ("Делегация Италии осмотрела новый терминал.", "Италия"),
    ],
)
def test_a_transit_partner_in_a_case_form_is_the_country(extractor, text, country):
    language = "ru" if "Делегация" in text else "kk"
    assert country in of_type(found(extractor, text, language), "location")


@pytest.mark.parametrize(
    "text,surname",
    [
        ("Депутат Узбеков выступил на брифинге.", "Узбеков"),
        ("Министр Казахов подписал новый приказ.", "Казахов"),
        ("Узбеков сообщил, что очередь на посту сократилась.", "Узбеков"),
    ],
)
def test_a_surname_in_a_persons_slot_is_the_person(extractor, text, surname):
    got = found(extractor, text, "ru")
    assert surname in of_type(got, "person")
    assert not {n for n in of_type(got, "location") if n.startswith(surname[:4])}


def test_a_country_after_a_verb_stays_the_place(extractor):
    got = found(extractor, "Транзит через Казахстан вырос, сообщил министр.", "ru")
    assert "Казахстан" in of_type(got, "location")


def test_a_lone_surname_in_a_short_kazakh_article_keeps_its_spelling(extractor):
    got = found(extractor, "Бруни мырза келді.", "kk")
    assert "Бруни" in of_type(got, "person")
    assert not of_type(got, "location")


def test_a_town_after_a_preposition_before_a_verb_stays_the_place(extractor):
    got = found(extractor, "Грузовой поезд из Чунцина прибыл на станцию Достык.", "ru")
    assert not {n for n in of_type(got, "person") if n.startswith("Чунцин")}
