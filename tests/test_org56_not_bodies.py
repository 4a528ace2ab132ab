"""org56: the list of terms that are never a body (store/data/not_bodies.csv) and the two
passes that keep false bodies out, on made-up sentences (the third, caps_surname_tails, was
removed at stop 48: bench/README «Stop 48, passes70»)."""

import csv
from importlib import resources

import pytest

from store.extract.ner import NerSpan
from store.extract.passes.known_not_bodies import is_known_term, known_not_bodies
from store.extract.passes.outpost_names import outpost_names


class _Ctx:
    names: dict = {}


def _rows():
    text = resources.files("store").joinpath("data/not_bodies.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_term_has_a_kind_a_meaning_and_a_source():
    for row in _rows():
        assert row["term"].strip() and row["kind"].strip() and row["meaning"].strip(), row
        assert len(row["source"]) > 10, row["term"]


@pytest.mark.parametrize(
    "name",
    [
        "Ro-Ro",
        "RO-RO",
        "Ро-Ро",
        "ро-ро",
        "БАКАД",
        "ЦА",
        "ДФЭ",
        "TEU",
        "МАПП",
        "Carnet TIR",
        "Евразийского экономического пространства",
    ],
)
def test_listed_terms_in_any_spelling(name):
    assert is_known_term(name)


@pytest.mark.parametrize("name", ["ТОО «БАКАД Строй»", "ЦАРЭС", "КТЖ", "Ro-Ro Logistics", "Министерство транспорта"])
def test_a_body_holding_a_term_is_not_one(name):
    assert not is_known_term(name)


def test_known_terms_leave_bodies_and_other_types():
    text = "Паромы Ro-Ro компании «Каспий Лайн» и ЦА"
    spans = [
        NerSpan("organization", 7, 12, "Ro-Ro"),
        NerSpan("organization", 22, 34, "«Каспий Лайн»"),
        NerSpan("location", 37, 39, "ЦА"),
    ]
    assert known_not_bodies(text, spans, _Ctx()) == spans[1:]


def test_outpost_name_before_or_after_its_noun():
    ru = "Бойцы заставы «Тастобе» и ТОО «Тастобе»"
    spans = [NerSpan("organization", 14, 23, "«Тастобе»"), NerSpan("organization", 30, 39, "«Тастобе»")]
    assert outpost_names(ru, spans, _Ctx()) == spans[1:]
    kk = "«Тастобе» заставасы"
    assert outpost_names(kk, [NerSpan("organization", 0, 9, "«Тастобе»")], _Ctx()) == []


def test_a_post_after_its_kind_word_but_not_standing_alone():
    after = 'пункта фитосанитарного контроля "Ак-Тилек"'
    span = NerSpan("organization", after.index('"'), len(after), '"Ак-Тилек"')
    assert outpost_names(after, [span], _Ctx()) == []
    alone = "Правление «Атамекен»"
    span = NerSpan("organization", 9, 19, "«Атамекен»")
    assert outpost_names(alone, [span], _Ctx()) == [span]
