"""org56: the list of terms that name no body (store/data/not_bodies.csv, each row sourced) and
the pass that keeps an outpost's name out of the bodies, on made-up sentences (its two other
passes, known_not_bodies and caps_surname_tails, were removed at stop 48: bench/README «Stop 48,
passes70»)."""

import csv
from importlib import resources

from store.extract.ner import NerSpan
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
