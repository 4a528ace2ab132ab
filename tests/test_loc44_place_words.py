"""Places a word beside the name decides (issue 15, loc44): a currency's state, a river
or lake, Kazakh lists of rivers and lakes, and «Ескі»/«Жаңа» opening a Kazakh
place's name. Every sentence here is made up."""

from __future__ import annotations

from store.extract.ner import NerSpan
from store.extract.passes.place_words import _a_currencys_state
from tests.extracting import mentions, places


def test_a_currencys_state_is_no_place(extractor):
    assert places(extractor, "Экспорт превысил 120 млн долларов США за полгода.") == set()
    text = "Тауар айналымы 90 млн АҚШ долларынан асты."
    assert "АҚШ" not in places(extractor, text) | mentions(extractor, text, "organization")


def test_a_state_named_for_itself_stays_a_place(extractor):
    assert "США" in places(extractor, "Делегация из США приехала в Жамбылскую область.")
    assert not _a_currencys_state("Делегация из США", NerSpan("location", 13, 16, "США"))


def test_a_river_or_lake_after_its_noun_is_a_place(extractor):
    assert "Или" in places(extractor, "Туристы сплавлялись по реке Или до самого моста.")
    assert {"Зайсан", "Иртыш"} <= places(extractor, "Рыбаки вышли на озеро Зайсан, а река Иртыш вскрылась.")


def test_a_kazakh_list_of_rivers_or_lakes_names_each(extractor):
    assert places(extractor, "Ең ірі салалары – Ор, Сақмар және Елек өзендері.") >= {"Ор", "Сақмар", "Елек"}
    assert places(extractor, "Сасықкөл мен Қошқаркөл көлдерінде балық көп.") == {"Сасықкөл", "Қошқаркөл"}


def test_old_or_new_opens_a_kazakh_places_name(extractor):
    assert "Ескі Иқан ауылдық округі" in places(extractor, "Жиын Ескі Иқан ауылдық округі аумағында өтті.")
    assert "Ескі Сауран" in places(extractor, "Разъезд Ескі Сауран елді мекені болып аталды.")


def test_a_chain_of_towns_on_a_road_is_its_towns(extractor):
    assert {"Андижан", "Иркештам", "Кашгар"} <= places(extractor, "Маршрут Андижан-Ош-Иркештам-Кашгар строят вместе.")


def test_a_district_named_after_rayon_in_the_genitive_is_the_district(extractor):
    text = "Туда вошли города Семей и Курчатов, района Ақсуат, Абайского и Урджарского районов."
    assert {"район Ақсуат", "Абайский район", "Урджарский район"} <= places(extractor, text)
    assert places(extractor, "Машины стоят в районе Алматы.") == {"Алматы"}
