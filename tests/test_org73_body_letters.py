"""org73: a body's own letters inside its name are no place (passes/body_letters_not_places.py).
Sentences written for these tests."""

from store.extract.extractor import Extractor
from store.extract.ner import NerSpan
from store.extract.passes.body_letters_not_places import body_letters_not_places
from store.model import Article


def _span(text: str, kind: str, words: str) -> NerSpan:
    start = text.index(words)
    return NerSpan(kind, start, start + len(words), words)


def test_a_units_letters_inside_its_name_are_taken_out():
    text = "Акимат района и ДГД по Жамбылской области провели рейд."
    spans = [
        _span(text, "location", "ДГД"),
        _span(text, "organization", "ДГД по Жамбылской области"),
        _span(text, "location", "Жамбылской области"),
    ]
    kept = body_letters_not_places(text, spans, None)
    assert [(s.type, s.text) for s in kept] == [
        ("organization", "ДГД по Жамбылской области"),
        ("location", "Жамбылской области"),
    ]


def test_a_place_inside_a_bodys_name_stays():
    text = "Проверку провел КГД МФ РК вместе с акиматом."
    spans = [_span(text, "organization", "КГД МФ РК"), _span(text, "location", "РК")]
    assert body_letters_not_places(text, spans, None) == spans


def test_letters_standing_alone_are_left_to_other_passes():
    text = "В ДГД ответили на запрос."
    spans = [_span(text, "location", "ДГД")]
    assert body_letters_not_places(text, spans, None) == spans


def test_the_extractor_names_the_unit_once_and_its_region():
    text = "Акимат Алматинской области и ДЭР по Жамбылской области провели совместный рейд."
    art = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    found = {(m.type, m.name) for m in Extractor().extract(art).mentions}
    assert ("organization", "ДЭР по Жамбылской области") in found
    assert ("location", "Жамбылская область") in found
    assert not any(kind == "location" and name == "ДЭР" for kind, name in found)
