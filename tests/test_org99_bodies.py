"""org99: territorial units of national bodies as the press prints them, from sentences written
here (none copied from a page or from eval; bench/data/org99_fresh.json holds the whole fresh set).

A regional unit's Russian name with the state after its parent's initials («… КНБ РК по …») or
a republican city in the bare dative («ДГД по Шымкенту») is the unit's row, as its other names
are; a body the model cut at a city's «г.» («Управление … транспорта г» | «. Шымкент») is
whole again, the city after the point inside it. A neighbour's regional directorate («Пограничное
управление ФСБ России по Оренбургской области») is a unit of its body; a Latin legal form before a
quoted name («LLP «…»») is no body beside the company, and a Kazakh one after the quotes («"Нұр Логистика" ЖШС»)
leaves the name as printed; a brand its row's name holds («COSCO») needs no country named on the page."""

import pytest

from store.lang import kb
from tests.extracting import bodies


@pytest.mark.parametrize(
    "printed,row",
    [
        ("Департамент Пограничной службы КНБ РК по Алматинской области", "border-department@obl-almaty"),
        ("Департамент Пограничной службы КНБ по Алматинской области", "border-department@obl-almaty"),
        ("ДГД по Шымкенту", "dgd@city-shymkent"),
        ("Департамент государственных доходов по городу Астане", "dgd@city-astana"),
        ("ДГД по Алматы", "dgd@city-almaty"),
        ("Управление государственных доходов по Уральску", "ugd@city-uralsk"),
    ],
)
def test_a_unit_printed_so_is_its_row(printed, row):
    found = kb.row_of_printed("organization", printed)
    assert found is not None and found.id == row


def test_a_state_after_initials_is_not_added_to_a_bare_abbreviation():
    assert kb.row_of_printed("organization", "ДГД РК по Шымкенту") is None  # no press form: not invented


def test_a_body_cut_at_its_citys_abbreviation_is_whole(extractor):
    text = "Управление пассажирского транспорта г. Шымкент объявило о новом маршруте."
    assert "Управление пассажирского транспорта г. Шымкент" in bodies(extractor, text)
    assert "Управление пассажирского транспорта г" in bodies(extractor, text, off=("territorial_tails",))


def test_a_cut_before_a_word_that_is_no_city_stays(extractor):
    text = "Управление пассажирского транспорта г. Новости дня опубликовало расписание."
    assert not any(n.endswith("Новости") for n in bodies(extractor, text))


def test_a_neighbours_regional_directorate_is_a_unit_of_its_body():
    row = kb.row_of_printed("organization", "Пограничное управление ФСБ России по Оренбургской области")
    assert row is not None and (row.id, row.parent, row.country) == ("fsb-border@ru-orenburg", "fsb-border", "Россия")
    assert kb.row_of_printed("organization", "Пограничное управление ФСБ России по Алтайскому краю").id == (
        "fsb-border@ru-altai-krai"
    )
    assert kb.row_of_printed("organization", "Пограничная служба ФСБ России").id == "fsb-border"  # the parent stays


def test_no_directorate_of_a_neighbours_body_in_our_regions():
    assert kb.row_of_printed("organization", "Пограничное управление ФСБ России по Жамбылской области") is None


@pytest.mark.parametrize("form", ["LLP", "JSC"])
def test_a_latin_legal_form_before_the_quoted_name_is_no_body(extractor, form):
    found = bodies(extractor, f"{form} «Caspian Logistics Group» подписало соглашение с портом.")
    assert "Caspian Logistics Group" in found and form not in found


def test_without_the_rule_the_model_reads_the_legal_form_as_a_body(extractor):
    text = "LLP «Caspian Logistics Group» подписало соглашение."
    assert "LLP" in bodies(extractor, text, off=("shaped_not_bodies",))


def test_a_chinese_brand_the_name_holds_needs_no_country_on_the_page(extractor):
    assert "COSCO" in bodies(extractor, "Контейнеры COSCO прибыли в Хоргос.")


def test_initials_a_neighbours_body_shares_are_no_word_of_its_name():
    from store.extract.linking import _a_word_of_its_own_name

    abbreviations = {(f.row.id, f.text): f for f in kb.forms() if f.role == "abbreviation"}
    assert _a_word_of_its_own_name(abbreviations[("cosco", "COSCO")])
    assert not _a_word_of_its_own_name(abbreviations[("gacc", "ГТУ")])  # still needs China named on the page


@pytest.mark.parametrize(
    "text,name",
    [
        ("«Нұр Логистика» ЖШС келісімге қол қойды.", "Нұр Логистика"),
        ("«Қазақтелеком» АҚ пен «Нұр Логистика» ЖШС келісімге қол қойды.", "Қазақтелеком"),
    ],
)
def test_a_kazakh_legal_form_after_the_quotes_leaves_the_name_as_printed(extractor, text, name):
    found = bodies(extractor, text)
    assert name in found and not any("»" in n or n.endswith(("АҚ", "ЖШС", "Логистик")) for n in found)
