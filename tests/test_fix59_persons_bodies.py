"""fix59: persons and bodies misread on sentences the evening's helpers wrote — a post word
taken into the name at a sentence's start, a surname-first name with its patronymic split in
two, a section heading read as a person, a town named for a post read as a person, and a
police or inspection unit named by its region or station left out. Sentences made up here
(none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.bodies import find_lowercase_units
from tests.notes import person_roles, titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def mentions(extractor, body: str, title: str = "Новости района") -> list:
    return titled_mentions(extractor, body, title)


def persons(extractor, body: str, title: str = "Новости района") -> dict[str, str | None]:
    return person_roles(extractor, body, title)


def bodies(extractor, body: str) -> set[str]:
    return {m.name for m in mentions(extractor, body) if m.type == "organization"}


def test_a_post_word_opening_the_sentence_is_the_role(extractor):
    got = persons(extractor, "Аким Бауыржан Сейтжанов осмотрел новую дорогу к посту.")
    assert got == {"Бауыржан Сейтжанов": "аким"}


def test_a_post_word_before_a_lone_surname_is_the_role(extractor):
    assert persons(extractor, "Министр Тлеубаев ответил на вопросы водителей.") == {"Тлеубаев": "министр"}


def test_akim_as_a_given_name_stays_in_the_name(extractor):
    assert "Аким Иванов" in persons(extractor, "Аким Иванов пришёл на встречу как частное лицо.")


def test_a_kazakh_post_word_before_the_name_is_the_role(extractor):
    got = persons(extractor, "Әкім Нұрлан Жақсыбеков шекара бекетіне барды.", title="Облыс жаңалықтары")
    assert got == {"Нұрлан Жақсыбеков": "әкім"}


@pytest.mark.parametrize(
    "sentence,name",
    [
        ("Приказ подписал Сейтжанов Бауыржан Муратович.", "Бауыржан Муратович Сейтжанов"),
        ("Список утвердил Оразбаев Нұрлан Асқарұлы.", "Нұрлан Асқарұлы Оразбаев"),
    ],
)
def test_a_surname_first_name_with_a_patronymic_is_one_person(extractor, sentence, name):
    assert set(persons(extractor, sentence)) == {name}


def test_a_one_word_heading_line_is_no_person(extractor):
    body = "Санконтроль\nИнспекторы проверили двести вагонов за сутки.\nИтоги\nРабота продолжается."
    assert persons(extractor, body) == {}


def test_a_check_compound_is_no_person_or_place(extractor):
    got = mentions(extractor, "На складе усилен Фитоконтроль, сообщили специалисты.")
    assert not [m for m in got if m.type in ("person", "location") and "контрол" in m.name.lower()]


def test_a_town_named_for_a_post_is_no_person(extractor):
    got = mentions(extractor, "Жезкентом руководит новый аким.")
    assert not [m for m in got if m.type == "person"]
    assert "Жезкент" in {m.name for m in got if m.type == "location"}


def test_the_police_named_by_its_region_is_a_body(extractor):
    assert "Полиция Карагандинской области" in bodies(extractor, "Полиция Карагандинской области задержала угонщика.")


def test_a_railway_police_unit_is_named_with_its_station(extractor):
    got = bodies(extractor, "Сотрудники линейного отдела полиции на станции Алтынколь задержали пассажира.")
    assert "линейный отдел полиции на станции Алтынколь" in got


def test_an_inspection_named_by_its_adjective_and_region_is_a_body(extractor):
    got = bodies(extractor, "Ветеринарная инспекция Павлодарской области проверила партию скота.")
    assert "Ветеринарная инспекция Павлодарской области" in got


def test_the_police_inside_a_department_is_no_second_body():
    found = [
        name for _, name in find_lowercase_units("Об этом сообщили в департаменте полиции Костанайской области.", [])
    ]
    assert found == ["департамент полиции Костанайской области"]


def test_police_with_no_region_is_no_body(extractor):
    assert not bodies(extractor, "Сотрудники полиции задержали пассажира на вокзале.")


def test_a_post_and_its_town_with_no_name_is_no_person(extractor):
    got = mentions(extractor, "Аким Жезкента сообщил, что автобусы пойдут по новому графику.")
    assert not [m for m in got if m.type == "person"]
    assert "Жезкент" in {m.name for m in got if m.type == "location"}


def test_a_post_and_its_town_before_a_name_are_the_role(extractor):
    got = persons(extractor, "Аким Бейнеу Асхат Нуржанов ответил на жалобы водителей.")
    assert got == {"Асхат Нуржанов": "аким Бейнеу"}


def test_a_capitals_headline_word_with_a_post_inside_is_no_signer(extractor):
    assert persons(extractor, "Жители задали вопросы.", title="РАЗГОВОР С АКИМОМ") == {}


def test_a_post_before_an_unlisted_given_name_and_a_surname_is_the_role(extractor):
    got = persons(extractor, "Аким Айбын Кенжебеков открыл новую школу.")
    assert got == {"Айбын Кенжебеков": "аким"}


def test_a_post_word_before_a_patronymic_stays_a_given_name(extractor):
    assert "Аким Петрович Сидоров" in persons(extractor, "Аким Петрович Сидоров вышел на пенсию.")
