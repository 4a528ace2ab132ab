"""names71: a name before a Kazakh honorific, «Темір жолы» as the railway, Chinese towns in a
Russian case. Sentences written for these tests, not taken from any evaluation set."""

import pytest

from store.extract.extractor import Extractor
from store.lang.places import oblique_forms, place_nominative
from tests.extracting import typed_names


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


found = typed_names


def persons(got: set[tuple[str, str]]) -> set[str]:
    return {name for type_, name in got if type_ == "person"}


def places(got: set[tuple[str, str]]) -> set[str]:
    return {name for type_, name in got if type_ == "location"}


@pytest.mark.parametrize(
    "text,name",
    [
        ("Жиынға Италия өкілі Россини мырза қатысып, жүк тасымалы туралы айтты.", "Россини"),
        ("Журналистер Гарсиа ханымға бекеттегі кезек туралы сұрақ қойды.", "Гарсиа"),
        ("Сидоров мырзаның айтуынша, кезек екі есе қысқарды.", "Сидоров"),
        ("Министр Канада елшісі Томпсон мырзаны қабылдады.", "Томпсон"),
    ],
)
def test_a_surname_before_a_kazakh_honorific_is_a_person_without_it(extractor, text, name):
    got = persons(found(extractor, text))
    assert name in got
    assert not [p for p in got if "мырза" in p.lower() or "ханым" in p.lower()]


def test_an_address_to_the_hall_names_no_one(extractor):
    got = persons(found(extractor, "Құрметті мырзалар мен ханымдар! Жиынды бастаймыз."))
    assert not got


def test_a_place_before_the_honorific_is_no_person(extractor):
    got = found(extractor, "Жиында Алматы мырзалары мен ханымдары бас қосты.")
    assert ("person", "Алматы") not in got


def test_the_railway_is_no_place(extractor):
    got = places(found(extractor, "Темір жолы бойынша жолаушылар саны биыл азайды."))
    assert not [p for p in got if p.lower().startswith("темі")]


def test_the_town_temir_stays_a_place(extractor):
    assert {"Темир", "Темір"} & places(found(extractor, "Темірде жаңа мектеп ашылды, деп хабарлады аудан әкімдігі."))


@pytest.mark.parametrize(
    "text,town",
    [
        ("Первая фура с казахстанской мукой дошла к Сианю за неделю.", "Сиань"),
        ("В Сиане заработал новый склад для казахстанского зерна.", "Сиань"),
        ("На ярмарке в Чэнду казахстанские фермеры показали мёд.", "Чэнду"),
        ("Контейнерный состав из Чунцина миновал Алтынколь.", "Чунцин"),
        ("В Шэньчжэне прошли переговоры о новых поставках.", "Шэньчжэнь"),
    ],
)
def test_a_chinese_town_in_a_russian_case_gets_its_nominative(extractor, text, town):
    assert town in places(found(extractor, text))


def test_a_town_in_nj_has_both_declensions_and_russian_towns_keep_theirs():
    assert {"сианя", "сиане", "сианю", "сианем"} <= set(oblique_forms("сиань"))
    assert "тюмени" in oblique_forms("тюмень")
    assert place_nominative("Тяньцзиню") == "Тяньцзинь"
    assert place_nominative("Тюмени") == "Тюмень"


def test_a_given_name_before_the_surname_stays_and_a_glued_opener_goes(extractor):
    assert "Джон Смит" in persons(found(extractor, "Брифингте Джон Смит мырза жаңа ережелерді түсіндірді."))
    got = persons(found(extractor, "Тілшілер Гарсиа ханымға бекеттегі кезек туралы сұрақ қойды."))
    assert "Гарсиа" in got and not [p for p in got if "Тілші" in p]


def test_a_town_in_nj_the_list_lacks_gets_its_nominative_from_the_dative(extractor):
    got = places(found(extractor, "Колонна фур дошла к Цзинаню за девять дней."))
    assert "Цзинань" in got
    assert not [p for p in got if p.endswith("ню")]
