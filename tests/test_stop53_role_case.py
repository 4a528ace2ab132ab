"""A role opening a sentence is written as mid-sentence: every part of a hyphened first word
lowered, as Kazakh pages capitalise both («Премьер-Министр Олжас Бектенов …» read as
«премьер-Министр» before stop 53's lead fix). Sentences made up here."""

import pytest

from store.extract.extractor import Extractor
from store.extract.roles import lower_opening
from tests.notes import person_roles


@pytest.mark.parametrize(
    "role,written",
    [
        ("Премьер-Министр", "премьер-министр"),
        ("Вице-Премьер", "вице-премьер"),
        ("Премьер-министр РК", "премьер-министр РК"),
        ("Министр транспорта", "министр транспорта"),
        ("КНБ-шы", "КНБ-шы"),
    ],
)
def test_a_role_opening_a_sentence_is_lowered_part_by_part(role, written):
    assert lower_opening(role) == written


def test_a_kazakh_capitalised_compound_post_before_the_name():
    roles = person_roles(
        Extractor(disabled=()), "Премьер-Министр Олжас Бектенов ІІМ-не патрульдерді көбейтуді тапсырды.", "Ақпарат"
    )
    assert roles.get("Олжас Бектенов") == "премьер-министр"
