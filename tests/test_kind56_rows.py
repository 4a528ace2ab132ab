"""Checkpoints, issue 15 (kind56): the two halves of one crossing are of one kind in the
gazetteer, so a pair named together («Малик» – «Сырдарья») gets one kind whichever half the
text names. The Uzbek customs committee opens «Малик» – «Сирдарё» and «Оқолтин» – «Целинный»
to people on foot and in light cars only, as the Kazakh side says of Сырдарья and Целинный
(docs/gazetteer.md, kind56). Made-up sentences."""

from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer


def _rows():
    """Every working foreign row with the working Kazakh rows it faces."""
    for cp in gazetteer.foreign():
        if cp.status:
            continue
        for other in map(gazetteer.get, cp.faces):
            if other and not other.foreign and not other.status:
                yield cp, other


def test_the_two_halves_of_a_crossing_share_a_kind_unless_one_is_the_mixed_place():
    odd = [(a.id, a.kind, b.id, b.kind) for a, b in _rows() if a.kind != b.kind and "mixed" not in (a.kind, b.kind)]
    assert odd == []


def test_the_uzbek_halves_of_the_passenger_crossings_are_passenger():
    for ref in ("uz-malik", "uz-ok-oltin", "uz-gishtkuprik"):
        assert gazetteer.get(ref).kind == "passenger", ref


def test_a_pair_named_without_kind_words_resolves_to_passenger_rows():
    text = "Утром открылись пункты пропуска «Сырдарья» – «Малик» и «Целинный» – «Ок Олтин»."
    spans = find_checkpoints(text)
    assert [s.ref for s in spans] == ["syrdarya", "uz-malik", "tselinny", "uz-ok-oltin"]
    assert {gazetteer.get(s.ref).kind for s in spans if s.kind is None} == {"passenger"}


def test_a_kind_word_beside_the_uzbek_half_still_wins():
    spans = find_checkpoints("Через автомобильный пункт пропуска «Малик» проехали легковые машины.")
    assert [(s.ref, s.kind) for s in spans] == [("uz-malik", "road")]
