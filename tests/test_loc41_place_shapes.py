"""Place shapes the saved real pages showed read wrongly (issue 15, loc41): a chain of known
places glued by hyphens after a route noun (read by `route_places`) and a one-word place in its
nominative that the naming made plural. Every sentence here is made up."""

from __future__ import annotations

from store.extract.ner import NerSpan
from store.extract.passes.singular_places import _keeps_its_form, _printed_plural
from tests.extracting import places


def test_a_chain_of_known_places_after_a_route_noun_is_its_places(extractor):
    assert places(extractor, "Контейнеры везут по маршруту Китай-Европа-Китай.") == {"Китай", "Европа"}
    assert places(extractor, "Паромы ходят по линии Актау-Баку-Актау.") == {"Актау", "Баку"}


def test_a_nominative_place_is_not_made_plural(extractor):
    assert places(extractor, "Дорога идёт через перевалы Тюек, Барлаун и Карамойнок.") == {
        "Тюек",
        "Барлаун",
        "Карамойнок",
    }
    assert places(extractor, "Поезд пришёл из китайского города Сиань.") == {"Сиань"}
    assert places(extractor, "Нефтяные городки Доссор и Кульсары стоят у трассы.") >= {"Доссор", "Кульсары"}


def test_after_a_genitive_preposition_the_plural_town_stays():
    text = "Ехали до Мытищ"
    span = NerSpan("location", 9, 14, "Мытищ")
    assert not _keeps_its_form(text, span, "Мытищи")
    text = "Станция Берекет"
    assert _keeps_its_form(text, NerSpan("location", 8, 15, "Берекет"), "Берекеты")
    assert not _keeps_its_form(text, NerSpan("location", 8, 15, "Берекет"), "Берекет")


def test_a_plural_towns_genitive_takes_the_nominative_the_text_prints(extractor):
    text = "Колонну развернули в сторону Зарянок Самарской области. Пункт «Зарянки» открыт."
    assert "Зарянки" in places(extractor, text) and "Зарянок" not in places(extractor, text)


def test_a_kazakh_state_abbreviation_inside_a_bodys_name_is_no_place(extractor):
    assert not places(extractor, "Бұл туралы ҚР ҰҚК Шекара қызметі хабарлады.")
    assert places(extractor, "Грузовики едут из РФ в РК.") == {"Россия", "Казахстан"}


def test_a_kazakh_state_name_opening_a_bodys_name_is_no_place(extractor):
    text = "Бұл туралы Қазақстан Республикасы Ұлттық қауіпсіздік комитеті Шекара қызметі хабарлады."
    assert not places(extractor, text)


def test_a_soft_sign_place_keeps_its_nominative_beside_its_oblique_case():
    text = "Князь принял крещение в Корсуни. Древняя Корсунь стоит у моря."
    assert _printed_plural(text, NerSpan("location", 41, 48, "Корсунь")) is None
    text = "Поток ушёл в сторону Озинок. Пункт «Озинки» открыт."
    assert _printed_plural(text, NerSpan("location", 21, 27, "Озинок")) == "Озинки"
