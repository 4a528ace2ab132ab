"""Chinese names in Kazakh text, where a case ending follows the given name, and a person
span that runs on into an abbreviation (store/lang/chinese_names.py, the person passes).
Made-up text."""

from __future__ import annotations

from types import SimpleNamespace

from store.extract.ner import NerSpan
from store.extract.passes.kazakh_bodies import _a_persons_name
from store.extract.passes.kazakh_case_surnames import kazakh_case_surnames
from store.extract.passes.persons import person_words
from store.lang.chinese_names import chinese_name


def _span(text: str, name: str) -> NerSpan:
    i = text.index(name)
    return NerSpan("person", i, i + len(name), name)


def test_a_case_ending_after_a_palladius_given_name_goes():
    assert chinese_name(["Чжоу", "Сяньлинмен"]) == "Чжоу Сяньлин"
    assert chinese_name(["Ли", "Минге"]) == "Ли Мин"
    assert chinese_name(["Ван", "Цзяньгоның"]) == "Ван Цзяньго"


def test_a_bare_chinese_name_stays_as_printed():
    assert chinese_name(["Чжан", "Вэйдун"]) == "Чжан Вэйдун"
    assert chinese_name(["Ма", "Сяньвей"]) == "Ма Сяньвей"  # «е» for Palladius «э»


def test_kazakh_russian_and_place_pairs_are_no_chinese_name():
    for pair in ("Ресей Федерациясымен", "Ерлан Байжановтың", "Қытай Халық", "Жаңа Зеландиямен", "Орта Азиямен"):
        assert chinese_name(pair.split()) is None, pair
    assert chinese_name(["Чжоу", "Сяньлин", "Мин"]) is None  # two words only


def test_the_person_pass_keeps_a_chinese_name_in_kazakh_text():
    text = "Кездесуден кейін облыс әкімі көрші округтің хатшысы Чжоу Сяньлинмен келіссөз жүргізді."
    kept = person_words(text, _span(text, "Чжоу Сяньлинмен"))
    assert kept is not None and kept.text == "Чжоу Сяньлинмен"


def test_the_name_is_given_without_the_case_ending():
    text = "Кездесуден кейін облыс әкімі көрші округтің хатшысы Чжоу Сяньлинмен келіссөз жүргізді."
    ctx = SimpleNamespace(names={})
    s = _span(text, "Чжоу Сяньлинмен")
    assert kazakh_case_surnames(text, [s], ctx) == [s]
    assert ctx.names[(s.start, s.end)] == "Чжоу Сяньлин"


def test_a_chinese_name_is_a_person_to_the_body_chains():
    assert _a_persons_name("Чжан Вэйдун")
    assert not _a_persons_name("Қытай Халық")


def test_a_person_span_ends_before_an_abbreviation():
    text = "Сапар барысында министр орынбасары Ерлан Байжанов ҚХР Шыңжаң өлкесінің басшыларымен кездесті."
    s = person_words(text, _span(text, "Ерлан Байжанов ҚХР Шыңжаң"))
    assert s is not None and s.text == "Ерлан Байжанов"


def test_a_surname_in_capitals_stays_in_the_name():
    text = "Құжатқа елдің басшысы Ерлан БАЙЖАНОВ қол қойды деп хабарлады баспасөз қызметі."
    s = person_words(text, _span(text, "Ерлан БАЙЖАНОВ"))
    assert s is not None and s.text == "Ерлан БАЙЖАНОВ"
