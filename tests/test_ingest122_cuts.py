"""ingest122's cuts (issue 15, stop 53) answer as the code they replace.

- cited_outlets reads only the words whose first character opens a key of its table: the
  hits of the old loop over every word (kept here) over dev, factRu (when present), generated
  titles, bodies and pages in three casings, and random strings of the table's spellings and
  the pieces around them;
- the facts' queue lengths (_QUEUE_KM, _KM_QUEUE) are read only where «км», «километр» or
  «шақырым» is written: no sentence of the same texts, nor random strings of the patterns'
  pieces, without them has a length.
"""

from __future__ import annotations

import re

import pytest

from store.extract import facts
from store.extract.needles import may_hold
from store.extract.passes import cited_outlets
from tests.exactness import cased_texts, random_strings


@pytest.fixture(scope="module")
def texts() -> tuple[str, ...]:
    return cased_texts(122, 40)


def _old_hits(text: str, own: str) -> list[tuple[int, int, str]]:
    """cited_outlets._hits before ingest122: every word looked up by its first three characters."""
    table, out, end = cited_outlets._table(), [], -1
    for w in cited_outlets._WORD.finditer(text):
        if w.start() < end:
            continue
        for pattern, spelling, keys in table.get(w.group()[:3], ()):
            m = pattern.match(text, w.start())
            if m and not (own and own in keys):
                out.append((m.start(), m.end(), spelling))
                end = m.end()
                break
    return out


def test_cited_outlet_hits_as_over_every_word(texts):
    spellings = sorted(cited_outlets._spellings())
    pieces = [*spellings, *(s.lower() for s in spellings), *(s[:3] for s in spellings)]
    pieces += [" ", ".", "-", "/", "@", "«", "»", "у", "ом", "e", "2", "а", "\n", "İ", "ı"]
    strings = random_strings(122, pieces, 3000, most=6)
    found = 0
    for text in [*texts, *strings]:
        hits = cited_outlets._hits(text, "")
        assert hits == _old_hits(text, "")
        found += bool(hits)
    assert found > 150
    own = cited_outlets.key(spellings[0])
    assert cited_outlets._hits(spellings[0], own) == _old_hits(spellings[0], own) == []


def test_queue_lengths_need_a_kilometre_word(texts):
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t)]
    pieces = ["очередь", "кезек", "пробка", " ", "5", "на ", "растянулась ", "км", "КМ", "Км", "километров", "ШАҚЫРЫМ"]
    pieces += ["шақырым", "шақырымға созылған ", "тұр", "бес ", "несколько ", "-", ",", "«Кордай» "]
    pieces += ["очередь растянулась на 5 км", "2 шақырым кезек тұр", "5-километровая очередь", "кезек 3 шақырымға"]
    lengths = 0
    for sentence in [*sentences, *random_strings(1220, pieces, 3000, most=8)]:
        found = facts._km_lengths(sentence)
        if not may_hold(sentence, facts._KM_NEEDLES):
            assert found == []
        lengths += bool(found)
    assert lengths > 300
