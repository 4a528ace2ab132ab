"""places_in_quoted_names: a place inside the quotes of a body's own name is a word of that
name; a place that qualifies a body outside its quotes stays a place. Sentences written for
these tests."""

from store.extract.ner import NerSpan
from store.extract.passes.places_in_quoted_names import places_in_quoted_names


def _span(text: str, kind: str, words: str) -> NerSpan:
    start = text.index(words)
    return NerSpan(kind, start, start + len(words), words)


def _kept(text: str, spans: list[NerSpan]) -> list[tuple[str, str]]:
    return [(s.type, s.text) for s in places_in_quoted_names(text, spans, None)]


def test_a_town_in_a_zones_quoted_name_goes():
    text = "Склад открыли в СЭЗ «Хоргос – Восточные ворота» весной."
    spans = [_span(text, "organization", "СЭЗ «Хоргос – Восточные ворота»"), _span(text, "location", "Хоргос")]
    assert _kept(text, spans) == [("organization", "СЭЗ «Хоргос – Восточные ворота»")]


def test_a_town_in_a_nested_quoted_firm_name_goes():
    text = "Договор подписало АО «НК «Актобе Логистика»» вчера."
    spans = [_span(text, "organization", "АО «НК «Актобе Логистика»»"), _span(text, "location", "Актобе")]
    assert _kept(text, spans) == [("organization", "АО «НК «Актобе Логистика»»")]


def test_a_place_qualifying_a_body_outside_its_quotes_stays():
    text = "Об этом сообщили в акимате Алакольского района."
    spans = [_span(text, "organization", "акимате Алакольского района"), _span(text, "location", "Алакольского района")]
    assert len(_kept(text, spans)) == 2


def test_a_quoted_town_outside_any_body_stays():
    text = "Фуры стоят у поста «Хоргос», а СЭЗ «Восточные ворота» работает."
    spans = [_span(text, "location", "Хоргос"), _span(text, "organization", "СЭЗ «Восточные ворота»")]
    assert len(_kept(text, spans)) == 2
