"""org73: a body's own letters inside its name are no place (passes/body_letters_not_places.py).
Sentences written for these tests."""

from store.extract.extractor import Extractor
from store.extract.ner import NerSpan
from store.extract.passes.body_letters_not_places import body_letters_not_places
from store.lang.identity import entity_key
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


def _orgs(text: str) -> list[tuple[str, str]]:
    art = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return [(m.surface, m.name) for m in Extractor().extract(art).mentions if m.type == "organization"]


def test_letters_printed_more_often_than_the_name_keep_their_own_name():
    text = (
        "Национальная компания «Қазақстан темір жолы» открыла новый маршрут. В КТЖ пояснили, что поезд "
        "пойдет раз в неделю. Билеты КТЖ начнет продавать в мае."
    )
    orgs = _orgs(text)
    assert [name for surface, name in orgs if surface == "КТЖ"] == ["КТЖ", "КТЖ"]
    assert all(name != "КТЖ" for surface, name in orgs if surface != "КТЖ")
    # the store still files both names under the one row
    assert {entity_key("organization", name) for _, name in orgs} == {"kb:ktz"}


def test_letters_printed_as_often_as_the_name_take_the_name():
    text = "Министерство финансов Республики Казахстан сообщило о новых правилах. В МФ РК уточнили сроки."
    names = {name for _, name in _orgs(text)}
    assert names == {"Министерство финансов Республики Казахстан"}
