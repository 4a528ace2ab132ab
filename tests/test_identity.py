"""The one identity key (store.lang.identity): what it folds, what it keeps apart, and
that extraction and the store use the same function. Made-up names only."""

import pytest

from store.db import entities
from store.lang import identity, normalize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Фёдор Крылатов", "ФЕДОР  крылатов"),  # case, ё, spacing
        ("ТОО «Синий Лог»", 'ТОО "Синий Лог"'),  # quote styles
        ("Усть - Озёрный", "Усть-Озерный"),  # dash spacing
        ("Усть–Озерный", "Усть-Озерный"),  # en dash
        ("Бек\u200bтемиров", "Бектемиров"),  # invisible characters
    ],
)
def test_key_folds_what_never_tells_names_apart(a, b):
    assert identity.key(a) == identity.key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Крылатов", "Крылатова"), ("Синий Лог", "Синий Лук"), ("Жұмагелдиев", "Жумагелдиев")],
)
def test_key_keeps_different_names_apart(a, b):
    assert identity.key(a) != identity.key(b)


def test_persons_fold_kazakh_letters_to_russian():
    assert identity.entity_key("person", "Ғалымжан Қожабеков") == identity.entity_key("person", "Галымжан Кожабеков")
    assert identity.entity_key("person", "Әсет Өмірұлы") == "асет омиру" + "лы"
    assert identity.entity_key("person", "Нұрбек Үсенов") == identity.entity_key("person", "НУРБЕК УСЕНОВ")


def test_bodies_and_places_keep_kazakh_letters():
    """Their Kazakh and Russian names are different words; only the KB links them."""
    assert identity.entity_key("location", "Қарасу") != identity.entity_key("location", "Карасу")
    assert identity.entity_key("organization", "«Қазтемір»") == identity.key("Қазтемір")


def test_one_key_for_extraction_and_store():
    assert normalize.key is identity.key
    assert entities.entity_key is identity.entity_key


def test_russian_spelling_names_the_entity():
    assert entities.name_rank("Кайрат Жумабеков") < entities.name_rank("Қайрат Жұмабеков")
    assert entities.name_rank("Пётр Орлов") < entities.name_rank("Петр Орлов")
