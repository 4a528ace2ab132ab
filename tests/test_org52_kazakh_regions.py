"""A Kazakh body chain that opens a sentence with a region's two-word name keeps the whole
region (issue 15, org52): «Батыс Қазақстан облысы бойынша …» was cut to «Қазақстан облысы
бойынша …», a region nobody has. Made-up sentences in the shape of Kazakh press releases."""

import pytest

from tests.extracting import kazakh_bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Батыс Қазақстан облысы бойынша Мемлекеттік кірістер департаменті бекетте кезек жоқ екенін айтты.",
            "Батыс Қазақстан облысы бойынша Мемлекеттік кірістер департаменті",
        ),
        (
            "Шығыс Қазақстан облысы бойынша полиция департаментінің мәліметінше, жол ашық.",
            "Шығыс Қазақстан облысы бойынша полиция департаменті",
        ),
        (
            "Солтүстік Қазақстан облысының әкімдігі жөндеуге қаражат бөлді.",
            "Солтүстік Қазақстан облысының әкімдігі",
        ),
    ],
)
def test_a_sentence_opening_region_stays_whole(extractor, text, name):
    found = kazakh_bodies(extractor, text)
    assert name in found
    assert not any(n.startswith("Қазақстан облыс") for n in found)


def test_a_sentence_word_that_opens_no_place_still_stays_out(extractor):
    # «Кеше» (yesterday) opens no place: the chain begins at the body's own name
    found = kazakh_bodies(extractor, "Кеше Көлік министрлігі жаңа ереже бекітті.")
    assert "Көлік министрлігі" in found
    assert not any(n.startswith("Кеше") for n in found)
