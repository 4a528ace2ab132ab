"""e2e111: in a Kazakh order a post's holder («әкімі Берік Уәли») is no part of the region's unit
named right after them, and the unit an akim orders, named by its fields alone and in lower case
(«… әкімі жолаушылар көлігі және автомобиль жолдары басқармасына»), is a body. Sentences written
for the test."""

from store.extract.extractor import PassContext
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_bodies import kazakh_body_chains
from store.extract.spans import ByStart

_LEAD = "Бүгін жүргізушілер шекарада ұзақ күтті, кезек әлі де бар. "


def _names(text: str, spans: list | None = None) -> list[str]:
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    out = kazakh_body_chains(text, spans or [], ctx)
    return [ctx.names.get((s.start, s.end), s.text) for s in out if s.type == "organization"]


def _person(text: str, name: str) -> NerSpan:
    at = text.index(name)
    return NerSpan("person", at, at + len(name), name)


def test_a_name_after_a_post_stays_out_of_the_unit_after_it():
    text = _LEAD + "Облыс әкімі Берік Уәли Абай облысы бойынша мемлекеттік кірістер департаментіне хат жолдады."
    names = _names(text, [_person(text, "Берік Уәли")])
    assert names == ["Абай облысы бойынша мемлекеттік кірістер департаменті"]


def test_a_name_with_no_post_before_it_is_read_as_before():
    text = _LEAD + "Кеше Берік Уәли Абай облысы бойынша мемлекеттік кірістер департаментіне хат жолдады."
    assert _names(text, [_person(text, "Берік Уәли")]) != ["Абай облысы бойынша мемлекеттік кірістер департаменті"]


def test_fields_joined_by_and_after_a_post_name_the_unit():
    text = _LEAD + "Облыс әкімі жолаушылар көлігі және автомобиль жолдары басқармасына есеп беруді тапсырды."
    assert _names(text) == ["жолаушылар көлігі және автомобиль жолдары басқармасы"]


def test_one_field_or_no_post_gives_no_unit():
    assert _names(_LEAD + "Облыс әкімі жер қатынастары басқармасына тапсырма берді.") == []
    assert _names(_LEAD + "Жүргізушілер жолаушылар көлігі және жолдары басқармасына шағымданды.") == []
