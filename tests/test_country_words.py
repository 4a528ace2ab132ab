"""One table of country words for post titles and post queries (store/lang/country_words.py)."""

import pytest

from store.lang.country_words import country_named, country_of_word
from store.lang.office_holders import holders_of
from store.search.posts import _country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("российской", "Россия"),
        ("ресейдің", "Россия"),
        ("рф", "Россия"),
        ("кр", "Кыргызстан"),
        ("қр", "Казахстан"),
        ("қхр", "Китай"),
        ("uzbekistan", "Узбекистан"),
        ("түрікменстан", "Туркменистан"),
        ("кран", None),  # an abbreviation counts only as a whole word
        ("министр", None),
    ],
)
def test_a_word_names_its_country(word, country):
    assert country_of_word(word) == country


def test_a_phrase_names_its_first_country_else_kazakhstan():
    assert country_named("премьер-министр республики узбекистан") == "Узбекистан"
    assert country_named("глава правительства") == "Казахстан"


def test_givers_and_queries_read_the_same_words():
    """«President of Russia» picks Russia's post in a query and in a giver's title alike."""
    assert _country(["president", "of", "russia"]) == ("Россия", ["president"])
    assert {h.country for h in holders_of("президент russia")} <= {"Россия"}
