"""org98: three shapes of bodies the extractor missed or misnamed, from sentences written here
(none copied from a page or from eval; bench/data/org98_fresh.json holds the whole fresh set).

(1) A company's plural name in an oblique case («Казахстанских железных дорог»), linked to its
row; its lower-case twin is the railways themselves, and a plural noun before it («Вагоны …»)
is no part of its name. (2) A Kazakh chain of a ministry and its committee stays one body,
linked to the committee's row. (3) A maslikhat or akimat named by its territory's adjective and
level («Алматинского городского маслихата», «Панфилов аудандық мәслихатының») is a body,
named in the nominative and one name with the article's other names of it."""

import pytest

from store.extract.extractor import Extractor
from store.extract.territorial_groups import local_body, territory_of
from store.lang import kb
from tests.notes import body_organizations


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str) -> list[tuple[str, str | None]]:
    return body_organizations(extractor, body, "Новости")


@pytest.mark.parametrize(
    "place,level,row",
    [
        ("Алматинский", "city", "city-almaty"),
        ("Алматинский", "region", "obl-almaty"),
        ("Панфилов", "district", "dist-panfilov"),
        ("Қарағанды", "region", "obl-karaganda"),
        ("Семейский", "city", "city-semey"),
        ("Зайсанский", "district", "dist-zaisan"),
    ],
)
def test_a_place_word_names_the_territory_of_its_level(place, level, row):
    assert territory_of(place, level) == row


def test_a_stem_two_territories_share_names_none():
    assert territory_of("Кос", "district") is None  # too short a stem to say
    assert local_body("Сельский акимат") is None  # a level word with no place is no territory


def test_two_names_of_a_city_maslikhat_are_one_territory():
    assert local_body("Алматинский городской маслихат") == local_body("Маслихат города Алматы")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Депутаты Алматинского городского маслихата обсудили дорогу к границе.", "Алматинский городской маслихат"),
        ("Письмо ушло Бескарагайскому районному акимату.", "Бескарагайский районный акимат"),
        ("Панфилов аудандық мәслихатының депутаттары жолды жөндеуге қаражат бөлді.", "Панфилов аудандық мәслихаты"),
        ("Мақтаарал аудандық әкімдігіне жаңа тапсырма берілді.", "Мақтаарал аудандық әкімдігі"),
    ],
)
def test_a_local_body_by_its_territorys_adjective_and_level(extractor, text, name):
    assert [n for n, _ in bodies(extractor, text)] == [name]


def test_two_forms_of_one_maslikhat_are_one_name(extractor):
    text = "Сессию провёл маслихат Жамбылской области. В Жамбылском областном маслихате уточнили сроки."
    assert {n for n, _ in bodies(extractor, text)} == {"маслихат Жамбылской области"}


def test_an_adjective_of_no_known_place_makes_no_body(extractor):
    assert bodies(extractor, "Депутаты Зеленоглазого городского маслихата спорили.") == []


def test_the_plural_railway_name_links_to_its_company(extractor):
    found = bodies(extractor, "Руководство Казахстанских железных дорог и KTZ Express встретилось в Хоргосе.")
    assert {row for _, row in found} == {"ktz", "ktz-express"}


def test_railways_in_lower_case_are_no_body(extractor):
    assert bodies(extractor, "Зерно везут по казахстанским железным дорогам до самой границы.") == []
    assert kb.row_of_printed("organization", "Казахстанские железные дороги").id == "ktz"


def test_a_plural_noun_before_a_company_is_no_part_of_its_name(extractor):
    found = bodies(extractor, "Цистерны Узбекских железных дорог стоят на станции Сарыагаш.")
    assert found == [("Узбекские железные дороги", "uz-railway")]


def test_a_kazakh_ministry_and_its_committee_are_one_linked_body(extractor):
    found = bodies(extractor, "Көлік министрлігінің Азаматтық авиация комитеті рейстерді тексерді.")
    assert [row for _, row in found] == ["committee-civil-aviation"]


def test_a_regional_department_by_its_region_for_which_links(extractor):
    found = bodies(extractor, "Ақтөбе облысы бойынша Төтенше жағдайлар департаменті су тасқынына дайындалды.")
    assert [row for _, row in found] == ["emergency-department@obl-aktobe"]


def test_a_body_acting_on_another_is_no_chain_with_it(extractor):
    found = bodies(extractor, "Павлодар облысы әкімдігінің Кәсіпкерлік басқармасы жаңа көрме орталығын ашты.")
    assert [n for n, _ in found] == ["Павлодар облысы әкімдігінің Кәсіпкерлік басқармасы"]


def test_a_lower_case_unit_after_its_body_is_still_its_unit(extractor):
    found = bodies(extractor, "Көлік министрлігі транзиттік тасымалдау департаменті жаңа кесте жариялады.")
    assert [n for n, _ in found] == ["Көлік министрлігі транзиттік тасымалдау департаменті"]


def test_a_parents_oblique_name_and_its_quoted_unit_are_two_linked_bodies(extractor):
    found = bodies(extractor, "Структура Казахстанских железных дорог «Қазтеміртранс» закупила вагоны.")
    assert [row for _, row in found] == ["ktz", "kaztemirtrans"]
