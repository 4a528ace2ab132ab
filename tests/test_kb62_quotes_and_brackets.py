"""Knowledge-base places in two places of a page that hid them before kb62 (the probe
bench/kb_extract_recall.py counted them): at the start of a quote that is someone's
words, where a place was taken for a word of a quoted title, and before the Kazakh
«according to» word in brackets, where the model's body span held it. Every sentence
here is made up."""

from __future__ import annotations

from tests.extracting import bodies, places


def test_a_kazakh_place_in_a_where_case_opening_a_quote_is_the_place(extractor):
    text = "«Семейде бүгін жол ашылады», — деді жол қызметінің өкілі."
    assert "Семей" in places(extractor, text)


def test_a_place_opening_reported_speech_is_the_place(extractor):
    text = "«Костанай готов принять всех водителей», — сказал представитель ассоциации."
    assert "Костанай" in places(extractor, text)


def test_a_place_in_a_quoted_title_stays_part_of_the_title(extractor):
    # a newspaper's name: no speech after it and the place in the nominative
    text = "Газета «Вечерний Алматы» вчера опубликовала расписание автобусов."
    assert "Алматы" not in places(extractor, text)
    assert "Вечерний Алматы" in bodies(extractor, text)


def test_a_kazakh_title_with_the_place_in_the_nominative_stays_a_title(extractor):
    text = "«Алматы ақшамы» газеті жаңа кестені жариялады."
    assert "Алматы" not in places(extractor, text)


def test_a_place_before_the_according_to_word_in_brackets_is_the_place(extractor):
    text = "Жаңа тариф (Ақтаудың мәліметінше) наурыздан бастап қолданылады."
    assert "Ақтау" in places(extractor, text)
    assert not {b for b in bodies(extractor, text) if "Ақтау" in b}


def test_a_body_before_the_according_to_word_stays_the_body(extractor):
    text = "Жаңа тариф (Көлік министрлігінің хабарлауынша) наурыздан бастап қолданылады."
    assert "Көлік министрлігі" in bodies(extractor, text)
