"""The bodies kb32 added to store/data/bodies.csv (issue 15): the rest of Kazakhstan's ministries
and the committees of the ministries that touch borders and trade, regional units by template,
national companies and operators, the neighbours' bodies and the field's international bodies.
Made-up sentences in the shapes border news prints, in each script; none is taken from an
evaluation set."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def rows(text: str) -> list[str]:
    return [m.form.row.id for m in kb.find(text)]


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


def test_russian_names_of_new_rows_link_in_any_case():
    text = "Проверку провели Роспотребнадзор, Комитет по регулированию естественных монополий и Национальной гвардии."
    assert rows(text) == ["rospotrebnadzor", "committee-monopolies", "national-guard"]


def test_kazakh_names_take_their_case_endings():
    text = "Ғылым және жоғары білім министрлігінің өкілі Ұлттық ұланның бөлімшесіне барды."
    assert rows(text) == ["ministry-science", "national-guard"]


def test_latin_names_and_abbreviations():
    text = "TRACECA and the Asian Infrastructure Investment Bank met Azerbaijan Railways in Baku."
    assert rows(text) == ["traceca", "aiib", "azerbaijan-railways"]


def test_a_longer_abbreviation_wins_over_the_shorter_one_inside_it():
    assert rows("Доклад ЕЭК ООН о дорогах и решение ЕЭК о пошлинах.") == ["unece", "eec"]


def test_the_uzbek_security_service_and_its_border_troops_are_two_rows():
    assert rows("По данным СГБ Узбекистана, ПВ СГБ усилили охрану.") == ["uz-sgb", "uz", "uz-border"]


def test_a_former_name_links_to_the_row_that_holds_it():
    assert rows("Приказ Министерства информации и общественного развития Республики Казахстан.") == ["ministry-culture"]
    assert rows("Служба национальной безопасности Республики Узбекистан сообщила.") == ["uz-sgb"]


def test_an_airport_is_a_body_only_by_its_company_name():
    assert rows("Рейс задержали в международном аэропорту Алматы.") == ["city-almaty"]
    assert "airport-almaty-jsc" in rows("АО «Международный аэропорт Алматы» сообщило о задержке.")


def test_a_regional_unit_by_template_is_one_body(extractor):
    found = orgs(extractor, "Дело возбудил Департамент экономических расследований по Жамбылской области в среду.")
    assert "Департамент экономических расследований по Жамбылской области" in found


def test_a_neighbours_body_in_kazakh_text(extractor):
    assert orgs(extractor, "«Туркмендемирёллары» агенттігінің басшысы Ақтауға келді.") == {"Туркмендемирёллары"}


def test_a_kazakh_ministry_is_named_by_its_kazakh_name(extractor):
    text = "Ғылым және жоғары білім министрлігінің өкілі мәлімдеді."
    assert orgs(extractor, text) == {"Ғылым және жоғары білім министрлігі"}
