"""loc61: place spans cut right — an adjective that agrees with the place after it is part of
its name («на Северном Кавказе»), a region and a city are named whole («Алматинской и
Жамбылской областях», «г. Шымкента», «Шымкент қаласында»), and a state named only inside a
compound border adjective («казахстанско-кыргызской границе», «қазақ-өзбек шекарасы») or by
a nationality adjective («казахстанские перевозчики») is no place, as dev's reference reads
them (four of its five articles with such a state alone leave it out). Made-up sentences in
the shapes of border-news reports."""

import pytest

from tests.extracting import bodies, places


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ограничения на въезд грузовиков ввели на Северном Кавказе.", "Северный Кавказ"),
        ("Туристы с Северного Кипра прилетели в Актау на выходные.", "Северный Кипр"),
    ],
)
def test_an_agreeing_adjective_stays_in_the_name(extractor, text, expected):
    found = places(extractor, text)
    assert expected in found
    assert not any(name.startswith("Северн") and name != expected for name in found)


def test_two_places_side_by_side_are_still_split(extractor):
    """The split the adjective rule narrows: two nouns in different cases stay two places."""
    found = places(extractor, "Ярмарку в Старгороде Одессу покажут по телевизору.")
    assert {"Старгород", "Одесса"} <= found


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Контроль на постах усилили в Туркестанской и Жамбылской областях.",
            {"Туркестанская область", "Жамбылская область"},
        ),
        ("Совещание по пробкам у границы прошло в г. Шымкенте.", {"Шымкент"}),
        ("Тараз қаласында шекара бекеттерінің жұмысы талқыланды.", {"Тараз"}),
        ("Ақтөбе облысының әкімдігі кезекті азайтуды уәде етті.", {"Ақтөбе облысы"}),
        ("Перевозчики из Ошской и Баткенской областей ждут открытия поста.", {"Ошская область", "Баткенская область"}),
    ],
)
def test_regions_and_cities_are_named_whole(extractor, text, expected):
    assert expected <= places(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Пост на казахстанско-кыргызской границе закрыли на ремонт до весны.",
        "Қазақ-өзбек шекарасындағы бекеттерде кезек азайды.",
        "Казахстанские перевозчики пожаловались на простои у поста.",
    ],
)
def test_a_state_named_only_by_an_adjective_is_no_place(extractor, text):
    found = places(extractor, text)
    assert not found & {"Казахстан", "Кыргызстан", "Қазақстан", "Өзбекстан", "Киргизия"}


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Ауыл тұрғындары Атырау – Орал жолын жөндеуді сұрады.", {"Атырау", "Орал"}),
        ("Ауыл тұрғындары Шымкент – Тараз жолын жөндеуді талап етті.", {"Шымкент", "Тараз"}),
        ("Көлік министрі Павлодар облысындағы көпірді аралады.", {"Павлодар облысы"}),
        ("Аудан тұрғындары Павлодар – Омбы жолына шағымданды. Жолды жөндеу күзге қалды.", {"Павлодар"}),
    ],
)
def test_a_kazakh_common_noun_opening_a_sentence_is_no_place(extractor, text, kept):
    found = places(extractor, text)
    assert kept <= found
    assert not found & {"Ауыл", "Көлік", "Аудан"}


def test_a_name_holding_the_common_noun_stays(extractor):
    """The rule takes a lone word only: a body whose name opens with it is untouched."""
    found = bodies(extractor, "Көлік министрлігі бекеттерді жөндеу жоспарын бекітті.", language="kk")
    assert "Көлік министрлігі" in found


def test_a_renamed_town_in_kazakh_spelling_is_a_place(extractor):
    """«Қапшағай», the Kazakh spelling of the variant «Капшагай» of Қонаев, as the Russian one is."""
    assert "Қапшағай" in places(extractor, "Жүк көліктері Талдықорған мен Қапшағай арасында тұрып қалды.")
    assert "Қапшағай су қоймасы" in places(extractor, "Қапшағай су қоймасында жаңа айлақ салынады.")
