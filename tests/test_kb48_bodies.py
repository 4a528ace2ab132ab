"""The bodies kb48 added to store/data/bodies.csv (issue 15, breadth): the emergency committee of
the interior ministry as it was before 2020, the road-quality centre, development institutions,
the donors and international bodies border projects name, Russia's customs directorates and the
customs houses on the Kazakh border, and a former name printed without its state. Made-up
sentences in the shapes border news prints; none is taken from an evaluation set or a page."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def rows(text: str) -> list[str]:
    return [m.form.row.id for m in kb.find(text)]


def test_the_emergency_committee_by_its_abbreviation_and_name():
    assert rows("Заместитель председателя КЧС МВД РК выехал на место.") == ["committee-emergency"]
    assert rows("По данным КЧС, подтоплены два села.") == ["committee-emergency"]
    assert rows("Комитет по чрезвычайным ситуациям Министерства внутренних дел РК сообщил.") == ["committee-emergency"]
    # the ministry of 2020 keeps its own abbreviation
    assert rows("В МЧС РК сообщили о паводках.") == ["ministry-emergency"]


def test_an_abbreviation_glued_to_another_by_a_hyphen_is_found():
    assert rows("Проект программы ЕС-ПРООН по границам.") == ["undp"]


def test_an_abbreviation_in_lower_case_is_no_body():
    assert rows("Он учился в сту и стал рабочим.") == []


def test_international_bodies_by_their_abbreviations_in_both_scripts():
    text = "Доклад ЮНКТАД, миссия ФАО, семинар ОЭСР, UNDP and USAID, the FIATA congress."
    assert rows(text) == ["unctad", "fao", "oecd", "undp", "usaid", "fiata"]


def test_russian_customs_houses_and_directorates_in_any_case():
    text = "Сотрудники Оренбургской таможни и Приволжского таможенного управления проверили фуры, пресс-служба СТУ."
    assert rows(text) == ["ru-orenburg-customs", "ru-volga-customs", "ru-siberia-customs"]


def test_a_former_name_is_found_without_its_state():
    assert rows("Приказ Министерства информации и общественного развития о СМИ.") == ["ministry-culture"]


def test_company_names_without_their_legal_form():
    assert rows("Вагоны «КТЖ – Грузовые перевозки» ушли на Достык.") == ["ktz-freight"]
    assert rows("Сотрудники Национального центра качества дорожных активов взяли пробы.") == ["nckda"]
    assert rows("Кредит выдал Банк развития Казахстана.") == ["dbk"]


def test_a_bare_kazakh_common_word_is_no_fund():
    assert rows("Ауылды дамыту жоспары мен даму бағдарламасы.") == []


def test_the_emergency_committee_is_one_body_in_an_article(extractor):
    text = "Председатель КЧС МВД РК провёл совещание. По данным КЧС, паводок прошёл."
    assert names_found(extractor, text) == {"КЧС МВД РК"}


def test_undp_is_an_organization_beside_the_european_union(extractor):
    text = "Пограничники прошли обучение по программе ЕС-ПРООН в Бишкеке."
    assert "ПРООН" in names_found(extractor, text)
