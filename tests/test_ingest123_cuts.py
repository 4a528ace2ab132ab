"""ingest123's cut (issue 15, stop 53) answers as the code it replaces.

gapped._kazakh_parts reads an order's commas one by one only where a verbal noun in the
accusative («күшейтуді») stands right before a comma and a space (`_KZ_GAP_NEEDLE`), and asks for
the addressee after a comma only when that noun ends the words before it. The old function (kept
here) gives the same parts over generated texts and their sentences, and over random strings of
Kazakh gapped orders' pieces; a gate without the spaces before the comma fails it.
"""

from __future__ import annotations

import re

import pytest

from store.extract.directives import gapped
from tests.exactness import cased_texts, random_strings


@pytest.fixture(scope="module")
def whats() -> list[str]:
    sentences = [s for t in cased_texts(123, 20) for s in re.split(r"(?<=[.!?])\s+|\n+", t)]
    pieces = ["ІІМ-ге ", "бақылауды күшейтуді", ", ал ", ", ", " ,", " , ", ",\t", ",\u00a0", "Қаржы министрлігіне "]
    pieces += ["тексеруді қысқартуды", "тапсырды", "ҰҚК-ге ", "Көлік министрлігіне ", "әкімдіктерге ", "жөндеуді"]
    pieces += ["КҮШЕЙТУДІ", "Уды", "ды", "ді", " ", "ал ", "МКК-ден ", "салуды", "2025 жылға дейін ", "Үкіметке "]
    pieces += ["ІІМ-ге бақылауды күшейтуді, ал Қаржы министрлігіне тексеруді қысқартуды тапсырды"]
    return [*sentences, *random_strings(123, pieces, 1500, most=7)]


def _old_kazakh_parts(what: str) -> list | None:
    """gapped._kazakh_parts before ingest123: every comma read, the addressee after it asked first."""
    pieces, cuts = [], 0
    for m in gapped._KZ_GAP.finditer(what):
        before = what[cuts : m.start()].split()
        found = gapped._kz_opening_addressee(what[m.end() :])
        if before and gapped._KZ_ACCUSATIVE_NOUN.search(before[-1]) and found:
            pieces.append((cuts, m.start(), m.end(), found))
            cuts = m.end()
    if not pieces:
        return None
    head = what[: pieces[0][1]]
    out: list = [(head[: len(head) - 2], None)]
    for k, (_, _, start, (to, skip)) in enumerate(pieces):
        end = pieces[k + 1][1] if k + 1 < len(pieces) else len(what)
        body = what[start + skip : end].strip(" ,")
        if k + 1 < len(pieces):
            body = body[: len(body) - 2]
        when = gapped.KZ_WHEN.search(body)
        if when:
            body = " ".join(body.replace(when.group(), " ").split())
        out.append((to, body, " ".join(when.group().split()).lower() if when else None))
    return out


def test_kazakh_parts_as_over_every_comma(whats):
    found = 0
    for what in whats:
        new = gapped._kazakh_parts(what)
        assert new == _old_kazakh_parts(what), what
        found += new is not None
    assert found > 100


def test_a_narrower_gate_misses_parts(whats, monkeypatch):
    monkeypatch.setattr(gapped, "_KZ_GAP_NEEDLE", re.compile(r"[уюУЮ](?:ды|ді),\s"))
    assert any(gapped._kazakh_parts(w) != _old_kazakh_parts(w) for w in whats)
