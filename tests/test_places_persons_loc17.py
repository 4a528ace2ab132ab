"""Places and persons on made-up sentences: district adjectives in the nominative, settlements
after their kind's word, places listed beside places, Kazakh plurals and cases that are no
names, initials before a Kazakh-cased surname, a Kazakh post before a name."""

import pytest

from store.extract.ner import NerSpan
from store.extract.passes.kazakh_persons import initialed_names
from store.extract.passes.persons import _adjective_before_a_name, _looks_like_a_name_in_kazakh_text, person_words
from store.extract.passes.places import (
    _abbreviated_settlements,
    _listed_among_places,
    _without_plural_noun_tail,
    _without_settlement_noun,
)
from store.lang.normalize import phrase_nominative
from store.lang.places import in_vowel_yot


def _span(text: str, type_: str, words: str) -> NerSpan:
    i = text.index(words)
    return NerSpan(type_, i, i + len(words), words)


@pytest.mark.parametrize(
    "oblique,nominative",
    [
        ("Кобдинского района", "Кобдинский район"),
        ("Кобдинском районе", "Кобдинский район"),
        ("Бердинского района", "Бердинский район"),
        ("Мартукского района", "Мартукский район"),
        ("Кобдинской области", "Кобдинская область"),
        ("Луговского района", "Луговской район"),  # the dictionary's own «-ской» stays
    ],
)
def test_district_adjective_takes_its_unstressed_ending(oblique, nominative):
    assert phrase_nominative(oblique) == nominative


def test_settlement_after_its_kind_word():
    text = "Дорогу в село Светлое и в аул Каражар отремонтировали, а в поселке Заречном нет."
    names: dict = {}
    spans = _abbreviated_settlements(text, [], names)
    assert {s.text for s in spans} == {"Светлое", "Каражар", "Заречном"}
    assert sorted(names.values()) == ["Заречный", "Каражар", "Светлое"]


def test_year_is_no_settlement_and_capital_kind_word_is_cut():
    assert _abbreviated_settlements("В 2020 г. Казахстан открыл пост.", [], {}) == []
    text = "Село Каражар стоит на реке."
    cut = _without_settlement_noun(_span(text, "location", "Село Каражар"))
    assert cut.text == "Каражар"


def test_plural_place_noun_after_a_noun_is_cut_but_not_after_adjectives():
    text = "в приграничных с Российской Федерацией районах и в Бурлинском и Жанибекском районах"
    assert _without_plural_noun_tail(_span(text, "location", "Российской Федерацией районах")).text == (
        "Российской Федерацией"
    )
    kept = _span(text, "location", "Жанибекском районах")
    assert _without_plural_noun_tail(kept) is kept


def test_word_listed_among_places_is_a_place():
    text = "Газ дошел до аулов Коскудык, Таскудык и Сарыбулак."
    spans = [
        _span(text, "location", "Коскудык"),
        _span(text, "person", "Таскудык"),
        _span(text, "person", "Сарыбулак"),
    ]
    assert [s.type for s in _listed_among_places(spans, text)] == ["location"] * 3


def test_surname_beside_a_place_stays_a_person():
    text = "В Алматы и Петров приехал вовремя."
    spans = [_span(text, "location", "Алматы"), _span(text, "person", "Петров")]
    assert [s.type for s in _listed_among_places(spans, text)] == ["location", "person"]


def test_place_adjective_before_a_noun_is_no_person():
    text = "Тропа ведет к Кунгейского Алатау."
    assert _adjective_before_a_name(_span(text, "person", "Кунгейского Алатау")).type == "location"
    text = "Выступил Жириновский Владимир."
    assert _adjective_before_a_name(_span(text, "person", "Жириновский Владимир")).type == "person"


@pytest.mark.parametrize("words", ["Сарбаздар Отанына", "Ақжолдықтар"])
def test_kazakh_plural_or_cased_common_noun_is_no_person(words):
    text = f"{words} шекара аймағында болды, ауыл тұрғындары жиналды."
    assert not _looks_like_a_name_in_kazakh_text(text, 0, len(words))


def test_kazakh_given_name_ending_like_a_plural_is_still_a_name():
    text = "Мұхтар Оразбаев ауылға барып, тұрғындармен кездесті."
    assert _looks_like_a_name_in_kazakh_text(text, 0, len("Мұхтар Оразбаев"))


def test_kazakh_post_before_a_name_is_cut_and_the_surname_kept():
    text = "Кеше аудан әкімі Нажмадин Шамұратов ауылдарды аралап, тұрғындармен кездесті."
    span = person_words(text, _span(text, "person", "аудан әкімі Нажмадин Шамұратов"))
    assert span.text == "Нажмадин Шамұратов"


def test_initial_and_kazakh_cased_surname():
    text = "Жиында хатшы К.Жақыповпен бірге әкім Б.Ахметова және Қ. Тоқаевтың өкілі сөйледі."
    assert [name for _, name in initialed_names(text)] == ["К. Жақыпов", "Б. Ахметова", "Қ. Тоқаев"]
    assert initialed_names("Секретарь К.Жакыпов выступил.") == []  # a Russian text is the model's


@pytest.mark.parametrize("word,kept", [("Боралдай", "Боралдай"), ("Кобдинской", None), ("Семее", None)])
def test_place_in_vowel_and_yot_is_written_in_the_nominative(word, kept):
    assert in_vowel_yot(word) == kept


def test_district_named_by_a_noun_after_the_word_district():
    from store.extract.passes.places import _districts_named_by_a_noun

    text = "Рейд прошел в районе Талдыкөл, а потом в районе Хоргоса."
    names: dict = {}
    spans = _districts_named_by_a_noun(
        text, [_span(text, "location", "Талдыкөл"), _span(text, "location", "Хоргоса")], names
    )
    assert [s.text for s in spans] == ["районе Талдыкөл", "Хоргоса"]
    assert list(names.values()) == ["район Талдыкөл"]


def test_district_adjectives_joined_by_commas_alone():
    from store.extract.passes.place_lists import comma_lists

    text = "Рейды прошли в районе Талдыкөл, Бурлинском, Кобдинском, Жанибекском районах."
    assert [name for _, name in comma_lists(text)] == ["Бурлинский район", "Кобдинский район", "Жанибекский район"]
    assert comma_lists("Встретились Иванов, Петров, Сидоров районах.") == []
    assert comma_lists("Бурлинском, " * 3000 + "Жанибекском районах")[-1][1] == "Жанибекский район"


def test_place_named_after_a_batyr_or_bi_keeps_the_title():
    from store.extract.passes.kazakh_places import _ONE

    text = "Мектеп Қабанбай батыр ауылында ашылды, жол Төле би кентіне дейін барады."
    spans = _abbreviated_settlements("Клуб в селе Абылай батыр открыли.", [], {})
    assert [s.text for s in spans] == ["Абылай батыр"]
    assert [m.group(1) for m in _ONE.finditer(text)] == ["Қабанбай батыр", "Төле би"]
