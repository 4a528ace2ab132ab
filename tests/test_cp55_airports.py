"""cp55: an airport named as a border post. The land matcher never reads airports (their
names are the cities'); a page that tells of border control in an airport names a post of
the Border Service all the same. Made-up sentences in the shapes of news items about
travellers stopped at passport control; an airport in a sentence about no border (an
alarm, a runway closed) is no post, and the city after the noun stays a place."""

from __future__ import annotations

from store.extract.checkpoint_airports import find_airports
from store.model import Article


def refs(text: str) -> list[tuple[str, str]]:
    return [(a.surface, a.ref) for a in find_airports(text)]


def test_border_guards_in_the_airport_of_a_city():
    text = "Двое иностранцев с чужими паспортами задержаны пограничниками в аэропорту Алматы."
    assert refs(text) == [("аэропорту", "airport-almaty")]


def test_the_genitive_of_the_city_and_its_old_name():
    assert refs("На паспортном контроле аэропорта Шымкента выявлен поддельный документ.") == [
        ("аэропорта", "airport-shymkent")
    ]
    assert refs("В аэропорту Алма-Аты при пересечении государственной границы задержан турист.") == [
        ("аэропорту", "airport-almaty")
    ]


def test_the_quoted_name_after_international():
    text = 'В международном аэропорту "Астана" пограничный наряд не пропустил пассажира через границу.'
    assert refs(text) == [("аэропорту", "airport-astana")]


def test_kazakh_airport_with_border_service():
    text = "Ақтау әуежайында шекара қызметі жалған төлқұжатпен келген жолаушыны ұстады."
    assert refs(text) == [("әуежайында", "airport-aktau")]


def test_an_airport_in_a_sentence_about_no_border_is_no_post():
    assert refs("В аэропорту Астаны объявили тревогу из-за шутки пассажира. Пограничники не участвовали.") == []
    assert refs("Аэропорт Шымкента закроют на ремонт полосы, сообщили в пограничной службе.") == [
        ("Аэропорт", "airport-shymkent")
    ]


def test_a_text_without_a_border_word_is_not_read():
    assert refs("Аэропорт Караганды принял первый рейс из Стамбула.") == []


def test_the_extractor_stores_the_post_and_keeps_the_city(extractor):
    body = (
        "Трое граждан с поддельными паспортами задержаны пограничниками в аэропорту Алматы"
        " при прохождении паспортного контроля."
    )
    ex = extractor.extract(Article(file="a.txt", path="a.txt", title="", body=body, raw=body))
    cps = [(m.name, m.ref) for m in ex.mentions if m.type == "checkpoint"]
    places = [m.name for m in ex.mentions if m.type == "location"]
    assert cps == [("Аэропорт Алматы", "airport-almaty")]
    assert "Алматы" in places
