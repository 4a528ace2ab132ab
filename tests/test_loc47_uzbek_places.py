"""Places on an Uzbek page, Cyrillic and Latin (issue 15, loc47): the states by their Uzbek
names with case endings, and places named by an Uzbek place noun after the name. Every
sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.passes.uzbek_places import find_uzbek_places, uzbek_text
from tests.extracting import places


def names(text: str) -> list[str]:
    return [name for _, name in find_uzbek_places(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Қозоғистоннинг чегара постида навбат бор.", ["Қозоғистон"]),
        ("Юклар Ўзбекистондан Хитойга ташилмоқда.", ["Ўзбекистон", "Хитой"]),
        ("Сирдарё вилоятининг Боёвут туманида янги йўл очилди.", ["Сирдарё вилояти", "Боёвут тумани"]),
        ("Пост «Оқтош» қишлоғида жойлашган.", ["Оқтош"]),
        ("Бунга Тошкент вилоятидаги таъмир сабаб бўлди.", ["Тошкент вилояти"]),
        ("Qozogʻistonga yuk tashish koʻpaydi.", ["Qozogʻiston"]),
        ("Sirdaryo viloyatining Boyovut tumanida post quriladi.", ["Sirdaryo viloyati", "Boyovut tumani"]),
        # any of the apostrophes Uzbek Latin is typed with; the name as printed
        ("O'zbekiston va Qozog`iston chegarasida navbat bor.", ["O'zbekiston", "Qozog`iston"]),
        ("Post Oqtosh qishlogʻi hududida joylashgan.", ["Oqtosh"]),
        ("Post «Yangi Hayot» qishlogʻida joylashgan.", ["Yangi Hayot"]),  # two words, quoted
    ],
)
def test_uzbek_places(text, expected):
    assert names(text) == expected


def test_derived_words_are_no_places():
    # 'Kazakhstani' (a person's or a thing's origin), not the state
    assert names("Qozogʻistonlik haydovchilar navbatda turibdi.") == []


@pytest.mark.parametrize(
    "text, uzbek",
    [
        ("Ўзбекистон ва Қозоғистон чегарасидаги ўтказиш пунктларида тирбандлик кўп.", True),
        ("Oʻzbekiston va Qozogʻiston chegarasidagi postlarda yoʻllar taʼmirlanmoqda, navbat koʻp.", True),
        ("Қазақстан мен Өзбекстан шекарасында кезек бар.", False),  # Kazakh
        ("На границе Казахстана и Узбекистана образовалась очередь.", False),
    ],
)
def test_uzbek_text(text, uzbek):
    assert uzbek_text(text) is uzbek


def test_an_uzbek_page_names_its_places_in_uzbek(extractor):
    text = "Наманган вилоятининг Поп туманида Ўзбекистонни Қирғизистон билан боғлайдиган йўл қурилмоқда, дея хабар берди ЎзА."
    assert {"Наманган вилояти", "Поп тумани", "Ўзбекистон", "Қирғизистон"} <= places(extractor, text)
