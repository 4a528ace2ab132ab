"""Kazakh case endings on knowledge-base names that have no Kazakh letter (issue 15,
kbforms27): «Сенаттың», «Иранға», «КГД-ға», «Бас прокуратураның» are the rows' names in a
Kazakh text; a Russian word that opens like one («Сенатора», «Семейный») is not. Every
sentence here is made up."""

from __future__ import annotations

from tests.extracting import kb_rows


def test_a_body_named_alike_in_both_languages_takes_a_kazakh_case():
    text = "Сенаттың депутаттары заң жобасын қарады, Сенатта талқылау ұзаққа созылды."
    assert kb_rows(text) == [("senate", "Сенаттың"), ("senate", "Сенатта")]


def test_a_country_with_no_kazakh_letter_takes_a_kazakh_case():
    text = "Делегация Иранға барып, кейін Иранмен жаңа келісімге қол қойды."
    assert kb_rows(text) == [("ir", "Иранға"), ("ir", "Иранмен")]


def test_a_russian_abbreviation_takes_a_kazakh_ending_after_a_hyphen_or_an_apostrophe():
    text = "Кәсіпкерлер КГД-ға шағымданды, ал КНБ'ның өкілі жауап берді."
    assert kb_rows(text) == [("kgd", "КГД-ға"), ("knb", "КНБ'ның")]


def test_a_kazakh_name_without_a_kazakh_letter_takes_its_ending_on_the_last_word():
    text = "Бас прокуратураның мәліметінше, тексеру биыл аяқталады деп күтілуде."
    assert kb_rows(text) == [("prosecutor-general", "Бас прокуратураның")]


def test_a_possessive_and_its_case_are_read():
    text = "Депутаттар Сенатының шешімін күтіп отыр, ол туралы бүгін хабарланды."
    assert kb_rows(text) == [("senate", "Сенатының")]


def test_a_latin_name_takes_a_kazakh_ending_after_a_hyphen():
    text = "Kazakhstan Temir Zholy-ның өкілі жаңа вагондар туралы айтып берді."
    assert kb_rows(text) == [("ktz", "Kazakhstan Temir Zholy-ның")]


def test_a_plain_ending_counts_only_in_a_kazakh_passage():
    # «-да», «-та» are Russian letters: in a Russian sentence they make no Kazakh case
    assert kb_rows("В письме стояло «КГД-да» и подпись, больше ничего не сказано.") == []
    assert kb_rows("Тексеру КГД-да жүргізіліп, нәтижесі келесі аптада белгілі болады.") == [("kgd", "КГД-да")]


def test_russian_words_that_open_like_a_name_are_not_read_as_it():
    assert kb_rows("Сенатский бюджет и семейный бюджет выросли.") == []
    assert kb_rows("Семейный бюджет вырос, как и семейные расходы.") == []
    assert kb_rows("Парламентом принят закон, Сенат одобрил его.") == [("senate", "Сенат")]


def test_an_ending_outside_the_list_is_not_a_case():
    # «-дық» derives an adjective («Ирандық» 'Iranian'): not the country
    assert kb_rows("Ирандық жүк көліктері шекарада тұр, олардың жүргізушілері күтуде.") == []
