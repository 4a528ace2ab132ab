"""The coordinated-places grammar must not depend on where objects lie in memory (order64).

yargy kept a chart state only when `hash(state)` was new, so two different states with
colliding hashes lost the second; the collisions depend on the objects' addresses, and in
about 1.5 % of processes «Лесного, Речного и Верх-Озёрского сельских поселений» gave no
places (place84's full-suite runs met it twice). The test makes every state's hash collide,
which is the failing process made certain."""

from __future__ import annotations

from yargy import parser as yargy_parser

from store.extract.grammars.coordinated_places import coordinated_lists

TEXT = "Погранзона охватывает Лесного, Речного и Верх-Озёрского сельских поселений территорию."


def test_a_list_is_read_whatever_the_states_hashes(monkeypatch):
    monkeypatch.setattr(yargy_parser.State, "__hash__", lambda self: 0)  # every state collides
    (found,) = coordinated_lists(TEXT)
    assert [w.text for w in found.adjectives] == ["Лесного", "Речного", "Верх-Озёрского"]
    assert found.head.text == "поселений" and [w.text for w in found.between] == ["сельских"]


def test_a_list_over_a_region_noun_too(monkeypatch):
    monkeypatch.setattr(yargy_parser.State, "__hash__", lambda self: 0)
    (found,) = coordinated_lists("Дожди прошли в Карагандинской и Павлодарской областях.")
    assert [w.text for w in found.adjectives] == ["Карагандинской", "Павлодарской"] and found.head.text == "областях"
