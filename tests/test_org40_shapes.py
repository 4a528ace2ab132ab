"""Shapes the model reads as bodies that are none, found by counting the organizations the
pipeline printed over ~800 saved fresh pages (store/extract/passes/shaped_not_bodies.py,
org40): made-up names and sentences in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from store.extract.ner import NerSpan
from store.extract.passes.shaped_not_bodies import shaped_not_bodies
from store.model import Article


def kept(name: str) -> bool:
    span = NerSpan("organization", 0, len(name), name)
    return shaped_not_bodies(name, [span], None) == [span]


def kept_in(text: str, name: str) -> bool:
    start = text.index(name)
    span = NerSpan("organization", start, start + len(name), name)
    return shaped_not_bodies(text, [span], None) == [span]


@pytest.mark.parametrize(
    "name",
    [
        "Премьер-министр",  # a post
        "Аким Павлодара",
        "Глава государства",
        "Советник премьер-министра",
        "ОБЛЫСТАҒЫ ЖОЛДАР ЖӨНДЕЛЕДІ",  # a headline in capitals
        "ШЕКАРАДА ӨТКЕН ЕКI ТӘУЛІК",  # a Latin «I» for the Kazakh «І»
        "ВКО ОТКРЫЛИ НОВЫЙ ТАМОЖЕННЫЙ ТЕРМИНАЛ",
        "Бейнеу ауданының орталығы",  # a district's centre
        "Атырау-Астрахань",  # a route between places
        "Бақты – Аягөз",
    ],
)
def test_shapes_that_name_no_body_are_taken_out(name):
    assert not kept(name)


@pytest.mark.parametrize(
    "name",
    [
        "КГД МФ РК",  # an abbreviation chain in capitals
        "ПС КНБ РК",
        "КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ",  # a body's head noun keeps any shape
        "Министерство транспорта",
        "Посольство Кыргызской Республики",
        "Халықаралық шекаралық ынтымақтастық орталығы",  # a centre that is a body
        "Ақпарат және коммуникация басқармасы",
        "KTZE-Khorgos Gateway",  # dashes, but no place on either side
        "Хоргос – Восточные ворота",
        "Dostyk Trans Terminal",
    ],
)
def test_bodies_and_names_of_other_shapes_are_kept(name):
    assert kept(name)


def test_a_firm_quoted_or_before_its_legal_form_is_kept_whatever_its_shape():
    assert kept_in("Жобаны НОВЫЙ ЖОЛ ҚҰРЫЛЫС ЖШС жүргізеді.", "НОВЫЙ ЖОЛ ҚҰРЫЛЫС")
    assert kept_in("Подрядчик «АЛТЫН ЖОЛ СТРОЙ» сдал объект.", "АЛТЫН ЖОЛ СТРОЙ")
    assert not kept_in("Подрядчик сдал объект. АЛТЫН ЖОЛ СТРОЙ", "АЛТЫН ЖОЛ СТРОЙ")
    assert kept("NORD STROY GROUP")  # a Latin name in capitals: a firm's


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def entities(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


def test_a_district_centre_is_the_district_not_a_body(extractor):
    found = entities(extractor, "Жаңа мектеп Бейнеу ауданының орталығы маңында салынды.")
    assert ("location", "Бейнеу ауданы") in found
    assert not {n for t, n in found if t == "organization"}


def test_a_headline_in_capitals_is_no_body(extractor):
    assert entities(extractor, "ВКО ОТКРЫЛИ НОВЫЙ ТАМОЖЕННЫЙ ТЕРМИНАЛ") == set()


def test_a_headline_opening_with_a_quoted_word_is_no_firm():
    assert not kept_in("“ШЕКАРАДА” ӨТКЕН ЕКI ТӘУЛІК", "ШЕКАРАДА” ӨТКЕН ЕКI ТӘУЛІК")


@pytest.mark.parametrize("title", ["Екі ауданда көпір жабылды", "Маңғыстау облысында жол ашылды", "Жұмыстар аяқталды"])
def test_a_kazakh_headline_that_is_a_clause_is_no_body(extractor, title):
    article = Article(file="t.txt", path="t.txt", raw="", title=title, body="Бұл туралы облыстық басқарма хабарлады.")
    assert not [m for m in extractor.extract(article).mentions if m.field == "title" and m.type == "organization"]


def test_a_body_heading_a_kazakh_headline_stays(extractor):
    article = Article(
        file="t.txt", path="t.txt", raw="", title="Көлік министрлігі жолды жапты", body="Бұл туралы хабарланды."
    )
    assert ("organization", "Көлік министрлігі") in {(m.type, m.name) for m in extractor.extract(article).mentions}
