"""link110: a body's name no listed form matches, linked to the row it is spelt like across scripts
or with a slip (store.lang.kb_likeness), and not to a row whose name is only a part of it.
The names are link110's own sentences' (bench/data/link110_fresh.json) and the three the lead's
probe found unlinked."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from store.lang import kb_likeness as likeness
from tests.notes import body_organizations


@pytest.mark.parametrize(
    "name,row",
    [
        ("ТОО «Хоргос Гейтвей»", "khorgos-gateway"),  # a Latin name in Cyrillic: its consonants
        ("Компания «Кедентрансервис»", "kedentransservice"),  # a letter dropped, a kind word before
        ("Фонд «Самрук Казына»", "samruk-kazyna"),  # a space for the hyphen
        ("Samruk-Qazyna", "samruk-kazyna"),  # Kazakh Latin for the Cyrillic
        ("Казтемиртрас", "kaztemirtrans"),  # a letter dropped: a likeness, not an equal key
        ("Союз «Казлоджистикс»", "kazlogistics"),
        ("Достык Транс Терминал", "dostyk-trans-terminal"),
    ],
)
def test_a_spelling_unlike_every_form_is_linked_to_its_row(name, row):
    assert kb.row_of_printed("organization", name).id == row


@pytest.mark.parametrize(
    "name",
    [
        "Транстелеком Сервис",  # a row's whole name and a word more
        "Хоргос Логистик",
        "Казтранс Сервис",
        "Кедентранс Лизинг",
        "Казмунайгаз Переработка",
        "Достык Транзит",
    ],
)
def test_a_company_holding_a_rows_name_as_a_part_is_not_that_row(name):
    assert kb.row_of_printed("organization", name) is None


def test_a_longer_row_misspelt_is_not_taken_for_the_shorter_one():
    """«KTZ Express Shipping» holds «KTZ Express»: its slips go to its own row, never the shorter one's."""
    assert kb.row_of_printed("organization", "KTZ Express Shiping").id == "ktze-shipping"
    assert kb.row_of_printed("organization", "КТЖ Экспресс Шипинг").id == "ktze-shipping"


def test_a_territorial_unit_is_never_linked_by_likeness():
    """A unit and its parent or another region's unit differ by the words a likeness would blur."""
    assert likeness.row_alike("Департамент госдоходов по Алматинской облсти") is None
    assert likeness.row_alike("ДГД по городу Алматы") is None


def test_the_key_folds_scripts_quotes_legal_forms_and_spacing():
    assert likeness.key("ТОО «Самрук Казына»") == likeness.key("Samruk-Qazyna") == likeness.key("САМРУК-ҚАЗЫНА АҚ")


def test_a_place_is_left_to_the_forms():
    assert kb.row_of_printed("location", "Хоргос Гейтвей") is None


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def test_the_extractors_body_keeps_the_articles_name_and_gets_the_row(extractor):
    text = "ТОО «Хоргос Гейтвей» за месяц отправило в Китай почти триста контейнеров."
    assert body_organizations(extractor, text, "Новости") == [("Хоргос Гейтвей", "khorgos-gateway")]


def test_the_store_keys_a_likeness_by_its_row():
    """entity_key reads row_of_printed: «Хоргос Гейтвей» and «KTZE – Khorgos Gateway» are one entity."""
    from store.lang.identity import entity_key

    assert entity_key("organization", "Хоргос Гейтвей") == entity_key("organization", "KTZE – Khorgos Gateway")


def test_the_likeness_keys_read_back_from_the_cache_folder_are_the_built_ones():
    # stop 53: the keys are kept beside the knowledge base's tables (store/lang/kb_tables.py)
    from store.lang import kb_likeness

    named = kb_likeness._built_named_keys()
    assert kb_likeness._named_keys() == named
    assert kb_likeness._words_of_keys() == kb_likeness._built_words_of_keys(named)
