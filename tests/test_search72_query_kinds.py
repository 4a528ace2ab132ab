"""search72: a topic of two words read as one phrase across languages, a body's
abbreviation beside a person's full name, fuzzy look-alikes beside a name typed whole,
and a Kazakh verb that asked for the short noun it is made of. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from store.lang.fts_terms import all_words, terms_of
from store.lang.kazakh_stems import kazakh_stem, query_keys
from store.lang.topic_translations import phrase_translations
from tests.story_dumps import article_titles, ingest_stories, search_json

CAPACITY_KK = "Бақты бекетінің қабілеті"
APART_RU = "Новая техника на «Бахты»"
CAPACITY_RU = "Майкапшагай: пропускная способность"
CLEARANCE_KK = "Майқапшағайда ресімдеу жылдамдады"
CAMERAS_RU = "Камеры на «Майкапшагае»"
HOURS_KK = "Бақты бекетінің жаңа кестесі"
SENT = "Өтініш жолданды"
ROAD = "Бекетке баратын жол"
STORIES = [
    {
        "title": CAPACITY_KK,
        "text": "Бақты бекетінің өткізу қабілеті тәулігіне алты жүз көлікке жетті.",
        "date": "2026-10-01",
    },
    {
        "title": APART_RU,
        "text": "На посту «Бахты» сменили пропускной режим. Начальник поста сказал, что новая техника "
        "доказала свою способность работать в метель.",
        "date": "2026-10-02",
    },
    {
        "title": CAPACITY_RU,
        "text": "Пропускная способность поста «Майкапшагай» за год выросла на треть.",
        "date": "2026-10-03",
    },
    {
        "title": CLEARANCE_KK,
        "text": "Майқапшағай бекетінде кедендік ресімдеу енді жарты сағат алады.",
        "date": "2026-10-04",
    },
    {
        "title": CAMERAS_RU,
        "text": "На посту «Майкапшагай» установили камеры у въезда для досмотра машин.",
        "date": "2026-10-05",
    },
    {
        "title": HOURS_KK,
        "text": "Бақты бекетінің жұмыс режимі қыста өзгереді: бекет таңғы тоғыздан кешкі алтыға дейін ашық.",
        "date": "2026-10-06",
    },
    {
        "title": SENT,
        "text": "Тасымалдаушылардың өтініші облыс әкімдігіне жолданды.",
        "date": "2026-10-07",
    },
    {
        "title": ROAD,
        "text": "Бекетке баратын жол қыста тазаланады. Жолдың бойында жаңа белгілер қойылды.",
        "date": "2026-10-08",
    },
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s72"), STORIES)


_search = search_json


# -- a topic of two words is one phrase ------------------------------------------------


def test_a_topic_phrase_is_one_term_of_its_translations():
    expr, lemmas = all_words("пропускная способность")
    assert len(terms_of(expr)) == 1
    assert '"өткізу"+"қабілет"' in expr
    assert lemmas == ["пропускной", "способность"]


def test_a_single_topic_word_asks_for_the_rows_phrases():
    assert ("жүк", "көлік") in phrase_translations(["грузовик"])


def test_a_russian_phrase_finds_the_kazakh_page_and_not_the_words_apart(store_path, capsys):
    titles = article_titles(capsys, store_path, "пропускная способность")
    assert {CAPACITY_KK, CAPACITY_RU} <= set(titles)
    assert APART_RU not in titles


def test_a_kazakh_phrase_finds_the_russian_page(store_path, capsys):
    assert CAPACITY_RU in article_titles(capsys, store_path, "өткізу қабілеті")


def test_an_inflected_phrase_is_the_same_topic(store_path, capsys):
    assert CAPACITY_KK in article_titles(capsys, store_path, "пропускной способности")


def test_working_hours_cross_languages(store_path, capsys):
    assert HOURS_KK in article_titles(capsys, store_path, "режим работы")


def test_a_post_and_a_topic_phrase_rank_the_page_about_it_first(store_path, capsys):
    """The post's newest page is about cameras; the Kazakh one is about customs
    clearance there: «Майкапшагай таможенное оформление» gives the clearance first."""
    articles = _search(capsys, store_path, "Майкапшагай таможенное оформление", "-t", "article")
    assert articles[0]["name"] == CLEARANCE_KK


def test_the_snippet_shows_the_translated_phrase(store_path, capsys):
    found = {r["name"]: r["matched"] for r in _search(capsys, store_path, "пропускная способность", "-t", "article")}
    assert "қабілеті" in found[CAPACITY_KK]


# -- a Kazakh verb made of a short noun ---------------------------------------------------


def test_a_verb_made_of_a_short_noun_does_not_ask_for_it():
    assert kazakh_stem("жол") not in query_keys("жолданды")
    assert kazakh_stem("қол") not in query_keys("қолданды")


def test_a_name_ending_like_a_case_still_meets_its_bare_form():
    assert kazakh_stem("қазақстан") in query_keys("қазақстанға")
    assert kazakh_stem("өскемен") in query_keys("өскеменнен")


def test_the_verb_query_finds_no_road_page(store_path, capsys):
    titles = article_titles(capsys, store_path, "жолданды")
    assert SENT in titles
    assert ROAD not in titles


# -- a body's abbreviation beside a person's full name ----------------------------------

PERSON_STORIES = [
    {
        "title": "Осмотр поста",
        "text": "Руководитель ДГД по Жамбылской области Серик Оспанов осмотрел пост «Кордай» и поручил открыть ещё две полосы.",
        "date": "2026-10-07",
    },
    {
        "title": "Декларации",
        "text": "Департамент государственных доходов (ДГД) по Жамбылской области напомнил о сроках сдачи деклараций.",
        "date": "2026-10-08",
    },
    {
        "title": "Встреча со студентами",
        "text": "Серик Оспанов встретился со студентами колледжа и рассказал о профессии таможенника.",
        "date": "2026-10-09",
    },
]


@pytest.fixture(scope="module")
def person_store(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s72p"), PERSON_STORIES)


@pytest.mark.parametrize("query", ["ДГД Серик Оспанов", "Серик Оспанов ДГД", "ДГД Оспанов"])
def test_a_body_beside_a_persons_name_gives_both_and_the_page_naming_both(person_store, capsys, query):
    results = _search(capsys, person_store, query)
    types = {r["type"] for r in results if r["kind"] == "entity"}
    assert {"organization", "person"} <= types
    assert next(r for r in results if r["kind"] == "article")["name"] == "Осмотр поста"


# -- fuzzy look-alikes beside a name typed whole ---------------------------------------

POST_STORIES = [
    {"title": "Қорғаста кезек", "text": "Қорғас бекетінде кезек азайды.", "date": "2026-10-10"},
    {"title": "Кордай: новый навес", "text": "На посту «Кордай» построили новый навес.", "date": "2026-10-11"},
]


@pytest.fixture(scope="module")
def post_store(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s72c"), POST_STORIES)


def test_a_name_typed_whole_lists_no_look_alike_of_another(post_store, capsys):
    names = [r["name"] for r in _search(capsys, post_store, "Қорғас") if r["kind"] == "entity"]
    assert any("Хоргос" in n or "Қорғас" in n for n in names)
    assert not any("Кордай" in n for n in names)


def test_a_mistyped_name_still_finds_its_look_alikes(post_store, capsys):
    names = [r["name"] for r in _search(capsys, post_store, "Кордаи") if r["kind"] == "entity"]
    assert any("Кордай" in n for n in names)
