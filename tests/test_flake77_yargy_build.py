"""The coordinated-places grammar must be built the same wherever yargy's objects lie (flake77).

yargy's rule transformations memoize a visit by `id(item)` and keep only the result, and
its squash step visits rules it makes and drops at once: a later rule placed where a
dropped one lay got the dropped one's result. In the processes whose parser build met
that, the slot of lowercase adjectives before the head held another rule, and «Лесного,
Речного и Верх-Озёрского сельских поселений» gave no list
(tests/test_passes.py::test_pass_table[coordinated_places-21] failed in one full-suite
run). The test gives yargy's memo the ids of an allocator that always puts a new object
where the last freed one of its type lay: the failing process made certain."""

from __future__ import annotations

import weakref
from collections import defaultdict

from yargy.rule import transformators

from store.extract.grammars import coordinated_places as cp

ROWS = {
    "Погранзона охватывает Лесного, Речного и Верх-Озёрского сельских поселений территорию.": (
        ["Лесного", "Речного", "Верх-Озёрского"],
        ["сельских"],
        "поселений",
    ),
    "Дожди прошли в Карагандинской и Павлодарской областях.": (["Карагандинской", "Павлодарской"], [], "областях"),
}


class ReusingIds:
    """`id` as addresses are when every new object takes the block the last freed object
    of its type left: live objects never share one, a dead one's goes to the next new one."""

    def __init__(self) -> None:
        self.given: dict[int, tuple[weakref.ref, int]] = {}
        self.freed: dict[type, list[int]] = defaultdict(list)
        self.count = 0
        self.reused = 0

    def __call__(self, obj) -> int:
        entry = self.given.get(id(obj))
        if entry is not None and entry[0]() is obj:
            return entry[1]
        kind = type(obj)
        if self.freed[kind]:
            key = self.freed[kind].pop()
            self.reused += 1
        else:
            self.count += 1
            key = self.count
        try:
            ref = weakref.ref(obj, lambda _, key=key, kind=kind: self.freed[kind].append(key))
        except TypeError:  # no weak reference to it: its own id
            return id(obj)
        self.given[id(obj)] = (ref, key)
        return key


def _lists_built_with(monkeypatch, ids) -> dict[str, tuple]:
    monkeypatch.setattr(transformators, "id", ids, raising=False)  # the name yargy's memo looks up
    cp._parser.cache_clear()
    try:
        cp._parser()
    finally:
        monkeypatch.undo()
    try:
        out = {}
        for text in ROWS:
            found = cp.coordinated_lists(text)
            out[text] = tuple(([w.text for w in f.adjectives], [w.text for w in f.between], f.head.text) for f in found)
        return out
    finally:
        cp._parser.cache_clear()  # the next reader builds its own, with the real ids


def test_the_grammar_reads_its_lists_when_freed_ids_are_reused(monkeypatch):
    ids = ReusingIds()
    got = _lists_built_with(monkeypatch, ids)
    # the stand-in reached yargy's memo, and gave new objects ids that freed ones had held
    assert ids.count + ids.reused > 100 and ids.reused > 0
    assert got == {text: (want,) for text, want in ROWS.items()}
