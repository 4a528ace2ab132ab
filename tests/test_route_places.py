"""Route ends as places, Kazakh double given names, and words the guesser calls names in
Kazakh text (issue 15, loc16). Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.passes.route_places import find_route_ends
from tests.extracting import mentions


def ends(text: str) -> list[str]:
    return [s.text for s in find_route_ends(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Поезда пошли по участку Ақсай–Береке длиной 90 км.", ["Ақсай", "Береке"]),
        ("Строится линия «Тасқала – Жаңатұрмыс» к северу от города.", ["Тасқала", "Жаңатұрмыс"]),
        ("Трасса Талды — Кенжебай закрыта на ремонт.", ["Талды", "Кенжебай"]),
        ("Жаңа Өріс – Бозайғыр бағытындағы жол ашылды.", ["Жаңа Өріс", "Бозайғыр"]),
        # a list of quoted routes after one route noun
        ("Строятся линии: «Ақтам – Сарыжол», «Көкбел – Ойтал».", ["Ақтам", "Сарыжол", "Көкбел", "Ойтал"]),
        # «тыс. км» ends no sentence: the route noun before it still counts
        ("Идёт стройка линий длиной 1,2 тыс. км: «Ақтам – Сарыжол» и другие.", ["Ақтам", "Сарыжол"]),
    ],
)
def test_route_ends(text, expected):
    assert ends(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Город укрепляет роль узла маршрута «Восток–Запад».",
        "Коридор «Солтүстік – Оңтүстік» бойынша жүк көбейді.",
        "Встреча Иванов – Петров прошла вчера.",  # no route noun: two names and a dash
    ],
)
def test_no_route_ends(text):
    assert ends(text) == []


def test_route_read_as_one_place_is_its_two_ends(extractor):
    places = mentions(extractor, "В мае открыли движение на участке Ақсай–Береке протяженностью 80 км.", "location")
    assert {"Ақсай", "Береке"} <= places
    assert not any("–" in p for p in places)


def test_cardinal_corridor_is_no_place(extractor):
    places = mentions(extractor, "Страна укрепляет позиции транзитного узла маршрута «Восток–Запад».", "location")
    assert not any("Восток" in p for p in places)


def test_kazakh_double_given_name(extractor):
    text = "Кеше облыс әкімі Ерлан-Болат Сейітқалиев ауданды аралады. Сейітқалиевтің айтуынша, жол жөнделеді."
    assert "Ерлан-Болат Сейітқалиев" in mentions(extractor, text, "person")


def test_guessed_name_is_no_person_in_kazakh_text(extractor):
    text = "Осылайша, облыстың жалпы ауданы көршілес ауданға беріледі. Жоба биыл аяқталады деп күтілуде."
    assert mentions(extractor, text, "person") == set()


def test_lone_surname_takes_the_given_name_before_it(extractor):
    text = (
        "Облыс әкімінің орынбасары Нұрболат Тілеуқабыл жиналысқа келді. "
        "Шекарадағы кезек азайды, - деді Нұрболат Тілеуқабыл жиын соңында."
    )
    found = mentions(extractor, text, "person")
    assert found == {"Нұрболат Тілеуқабыл"}


def test_kazakh_list_of_rural_districts_and_stations(extractor):
    text = (
        "Биыл Бозтал, Жаңа Көксу және Ескі Көксу ауылдық округтері аудан құрамына кірді. "
        "Теміржол бойындағы Ақбас, Сарыөзек стансаларында жұмыс жүріп жатыр."
    )
    places = mentions(extractor, text, "location")
    assert {"Бозтал", "Жаңа Көксу", "Ескі Көксу", "Ақбас", "Сарыөзек"} <= places
    assert mentions(extractor, text, "person") == set()


def test_role_word_is_no_part_of_a_place(extractor):
    places = mentions(extractor, "Аким Кульсары назвал сроки ремонта дороги.", "location")
    assert not any(p.lower().startswith("аким") for p in places)


def test_full_name_read_as_a_place_is_a_person():
    from store.extract.ner import NerSpan
    from store.extract.passes.places import surname_not_place_span

    text = "В поездке в область министр Ерлан Тасыбаев проверил пост."
    start = text.index("Ерлан")
    span = NerSpan("location", start, start + len("Ерлан Тасыбаев"), "Ерлан Тасыбаев")
    assert surname_not_place_span(text, span, set()).type == "person"


def test_settlement_after_its_abbreviation(extractor):
    text = "В 2021 г. Казахстан построил мост. Пост стоит около с.Талдыбулак, в 5 км от пос. Жаңасу."
    places = mentions(extractor, text, "location")
    assert "Талдыбулак" in places
    assert "Казахстан" in places  # a year's «г.» opens no settlement, and the country stays


def test_kazakh_rural_district_and_a_genitive_surname_before_a_village_noun(extractor):
    text = "Кеше аудан әкімі Ерғали Тұрсынбаевтың ауыл тұрғындарымен кездесуі Бозтөбе ауылдық округінде өтті."
    assert "Ерғали Тұрсынбаев" in mentions(extractor, text, "person")
    assert "Бозтөбе ауылдық округі" in mentions(extractor, text, "location")


def test_districts_listed_by_their_adjectives(extractor):
    text = "Три района области — Бурлинский, Теректинский и Сырымский — граничат с соседями."
    places = mentions(extractor, text, "location")
    assert {"Бурлинский район", "Теректинский район", "Сырымский район"} <= places
