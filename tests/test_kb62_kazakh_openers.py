"""Kazakh sentence openers the model glued to a knowledge-base place (kb62, found by
bench/kb_extract_recall.py): a plural common noun capitalised because it opens the
sentence («Тасымалдаушылар», 'carriers'), and a pronoun with its noun («Бұл мәселе», 'this
question') or an adjective with a plural noun («Жаңа ережелер», 'new rules') read as a
place. A name takes no plural. Every sentence here is made up."""

from __future__ import annotations

from store.lang.kazakh import a_plural_noun
from tests.extracting import persons, places

_MORE = " Бұл туралы жүргізушілер қауымдастығы хабарлады. Шекарадағы кезек тәулік бойы сақталды."


def test_a_plural_noun_opening_the_sentence_is_no_persons_name(extractor):
    text = "Жүргізушілер Семейге түнде жетті." + _MORE
    assert "Семей" in places(extractor, text)
    assert not {p for p in persons(extractor, text) if "Жүргізушілер" in p}


def test_a_plural_noun_is_no_word_of_a_two_word_region(extractor):
    text = "Өтініштер Алтай аймағына жолданды." + _MORE
    assert "Алтай аймағы" in places(extractor, text)
    assert not {p for p in places(extractor, text) if "Өтініштер" in p}


def test_a_two_word_region_keeps_both_words(extractor):
    assert "Баян Өлгей аймағы" in places(extractor, "Баян Өлгей аймағына жүк жөнелтілді." + _MORE)


def test_a_pronoun_and_its_noun_are_no_place(extractor):
    found = places(extractor, "Бұл мәселе Ақтауда өткен кеңесте талқыланды." + _MORE)
    assert "Ақтау" in found and "Бұл мәселе" not in found


def test_words_ending_in_a_plural_noun_are_no_place(extractor):
    found = places(extractor, "Жаңа тарифтер көктемде енгізіледі." + _MORE)
    assert not {p for p in found if "тарифтер" in p}


def test_short_words_and_given_names_are_not_read_as_plurals():
    assert a_plural_noun("Тасымалдаушылар") and a_plural_noun("Сұрақтар")
    assert not a_plural_noun("Сардар") and not a_plural_noun("Омар")
