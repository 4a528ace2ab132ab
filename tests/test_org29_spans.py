"""Where a body's name begins and ends (issue 15, org29): made-up sentences in the shapes
real border news prints, run through the whole extractor. None is taken from an
evaluation set."""

import pytest

from store.extract.extractor import Extractor
from store.extract.linking import _guillemets, _unit_name
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


def test_a_comma_tail_the_model_glued_on_is_cut_off(extractor):
    found = orgs(
        extractor,
        "Как пояснили в Комитете технического регулирования и метрологии Министерства торговли и интеграции, проверки идут.",
    )
    assert found == {"Комитет технического регулирования и метрологии Министерства торговли и интеграции"}


def test_a_name_that_lists_its_own_parts_after_a_comma_keeps_them(extractor):
    text = "Комитет по международным отношениям, обороне и безопасности Сената одобрил закон."
    assert "Комитет по международным отношениям, обороне и безопасности Сената" in orgs(extractor, text)


def test_a_kazakh_text_cites_an_outlet_by_its_verb_or_its_correspondent(extractor):
    assert "24kg" in orgs(extractor, "Шекарада кезек азайды, деп хабарлайды 24kg.")
    assert "Orda-news" in orgs(extractor, "Бұл туралы Orda-news тілшісіне ведомство хабарлады.")


def test_a_name_running_on_past_the_reporting_verbs_clause_is_no_outlet(extractor):
    found = orgs(extractor, "Кезек азайды, деп хабарлайды Ұлттық қауіпсіздік комитетінің баспасөз қызметі.")
    assert "Ұлттық" not in found


def test_a_states_initials_are_no_body(extractor):
    assert "КР" not in orgs(extractor, "Делегацию возглавил заместитель министра транспорта КР Асан Усенов.")


def test_a_quoted_name_before_a_kazakh_legal_form_is_the_body(extractor):
    found = orgs(extractor, "Жүктер «Балқаш тас жолы» ЖШҚ қоймасына жеткізілді.")
    assert "Балқаш тас жолы" in found and "ЖШҚ" not in found


def test_a_body_printed_only_by_its_latin_name_is_shown_as_printed(extractor):
    assert "QazAvtoJol" in orgs(extractor, "Глава QazAvtoJol Серик Ахметов осмотрел дорогу.")


def test_straight_quotes_find_a_form_written_with_guillemets(extractor):
    found = orgs(extractor, 'На посту СЭЗ "Хоргос - Восточные ворота" усилили досмотр.')
    assert found == {"СЭЗ «Хоргос – Восточные ворота»"}


def test_guillemets_keep_every_offset():
    text = 'АО "НК "КазАвтоЖол" и “Казпочта”'
    out = _guillemets(text)
    assert len(out) == len(text) and out == "АО «НК «КазАвтоЖол» и «Казпочта»"


def test_a_regional_unit_named_by_its_bodys_words_is_named_in_the_nominative():
    assert _unit_name("Пограничном управлении ФСБ России по Оренбургской области") == (
        "Пограничное управление ФСБ России по Оренбургской области"
    )
    assert _unit_name("Департамента государственных доходов по ЗКО") == "Департамент государственных доходов по ЗКО"


def test_the_table_knows_the_carriers_union_in_any_of_its_forms(extractor):
    text = "Союз международных автомобильных перевозчиков «КазАТО» обратился в министерство. В КазАТО ждут ответа."
    assert orgs(extractor, text) == {"Союз международных автомобильных перевозчиков «КазАТО»"}


def test_the_kyrgyz_border_service_is_one_body_in_kazakh_whatever_its_form(extractor):
    text = (
        "Қырғыз Республикасының Мемлекеттік шекара қызметі кезек туралы хабарлады. "
        "Қырғызстанның шекара қызметінің мәліметінше, бекетте 300 көлік тұр."
    )
    assert orgs(extractor, text) == {"Қырғыз Республикасының Мемлекеттік шекара қызметі"}


def test_a_chinese_customs_house_is_a_body_of_china(extractor):
    assert "Урумчийская таможня" in orgs(extractor, "Урумчийская таможня сократила прием зерна из Казахстана.")


def test_an_abbreviation_with_a_kazakh_common_noun_glued_on_is_the_abbreviation(extractor):
    text = "Мемлекеттік кірістер комитеті (МКК) мәлімдеді. МКК өкілдері тексеріс жүргізді."
    assert orgs(extractor, text) == {"Мемлекеттік кірістер комитеті"}


def test_a_kind_word_with_a_kazakh_case_word_run_on_is_no_body(extractor):
    assert orgs(extractor, "Комитет сапарға шығатындарға жолды алдын ала жоспарлауға кеңес берді.") == set()


def test_the_state_revenue_bodies_abbreviation_is_the_committees_in_a_kazakh_text(extractor):
    text = "Пошта операторы көлік құралдарының тізімін ОГД-ға брондау күнінен он күн бұрын жібереді."
    assert orgs(extractor, text) == {"ОГД"}
