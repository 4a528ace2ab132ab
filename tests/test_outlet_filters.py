"""The article's own outlet and its closing teaser line are no source of its entities."""

from store.extract.extractor import PassContext
from store.extract.ner import NerSpan
from store.extract.passes.filters import not_the_outlet, outlet_forms, teaser_names
from store.extract.spans import ByStart


def _ctx(source: str = "") -> PassContext:
    return PassContext(cps=[], cp_index=ByStart([]), source=source)


def _span(text: str, word: str, type_: str = "organization") -> NerSpan:
    start = text.index(word)
    return NerSpan(type_, start, start + len(word), word)


def test_outlet_forms_cover_name_domain_stem_and_initials():
    assert {"ozen.kz", "ozen"} <= outlet_forms("OZEN.KZ")
    assert "кж" in outlet_forms("Кешкі жаңалық")
    assert "vesti" in outlet_forms("Новости Vesti")
    assert outlet_forms("") == frozenset()


def test_the_outlets_domain_stem_is_dropped_but_a_cited_outlet_stays():
    text = "OZEN сообщает: по данным Хабар 24, Комитет госдоходов продлил работу поста."
    spans = [_span(text, "OZEN"), _span(text, "Хабар 24"), _span(text, "Комитет госдоходов")]
    kept = [s.text for s in not_the_outlet(text, spans, _ctx("ozen.kz"))]
    assert kept == ["Хабар 24", "Комитет госдоходов"]


def test_the_outlet_cited_by_its_full_name_stays_a_body():
    text = "Как передает Ozen.kz со ссылкой на пресс-службу, пост закрыт."
    spans = [_span(text, "Ozen.kz")]
    assert not_the_outlet(text, spans, _ctx("Ozen.kz")) == spans


def test_initials_of_the_outlet_name_are_the_outlet():
    text = "Как сообщили КЖ в пограничной службе, очередь выросла."
    assert not_the_outlet(text, [_span(text, "КЖ")], _ctx("Кешкі жаңалық")) == []


def test_without_a_source_nothing_is_dropped():
    text = "OZEN пишет о границе."
    spans = [_span(text, "OZEN")]
    assert not_the_outlet(text, spans, _ctx()) == spans


def test_a_body_named_only_in_the_closing_teaser_is_dropped():
    text = "На посту выросла очередь грузовиков.\n\nРанее в ДТК рассказали, как изменится график."
    spans = [_span(text, "ДТК")]
    assert teaser_names(text, spans, _ctx()) == []


def test_a_body_the_story_names_too_stays():
    text = "ДТК продлил работу поста.\n\nРанее в ДТК рассказали, как изменится график."
    teaser_span = NerSpan("organization", text.rindex("ДТК"), text.rindex("ДТК") + 3, "ДТК")
    assert teaser_names(text, [teaser_span], _ctx()) == [teaser_span]


def test_a_dated_closing_paragraph_is_part_of_the_story():
    text = "Очередь выросла.\n\nРанее, 3 мая, в ДТК рассказали о новом графике."
    spans = [_span(text, "ДТК")]
    assert teaser_names(text, spans, _ctx()) == spans


def test_a_kazakh_closing_teaser_counts_too():
    text = "Бекетте кезек көбейді.\n\nБұған дейін Кедендік бақылау комитеті жаңа тәртіп туралы айтқан."
    spans = [_span(text, "Кедендік бақылау комитеті")]
    assert teaser_names(text, spans, _ctx()) == []
