"""ingest94's cuts (issue 15: ingest cost, every export identical) give what the code before
them gave.

- kb._openers: the items of one key of the matcher's index are made once a process
  (kb._key_openers) and a word's openers are those of its keys put together, where each new
  word built its own, a tuple and a pattern look-up a form. The code before is kept below
  and compared, item by item (form, later heads, pattern), on every word of the dev texts
  and factRu's, every key inflected, and random strings of the keys' pieces.
- Extractor.run_passes reads the clock once a pass (a pass's end is the next one's start):
  the spans are those of the passes run one after another, and every pass is timed.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from store.lang import kb

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt"))
# factRu's texts beside the checkout (or beside a worktree's folder), where there are any
_FACTRU = next(
    (fs for up in (ROOT.parent, ROOT.parent.parent) if (fs := sorted((up / "shared/eval/factru/texts").glob("*.txt")))),
    [],
)


def _old_openers(word: str) -> tuple:
    """kb._openers as ingest93 left it (4874cc34)."""
    index, longest_key = kb._matcher()
    if word[:3] not in kb._key_heads() and word[:2] not in index and word[:1] not in index:
        return ()
    later, prefixes = kb._later_heads(), kb._key_prefixes()
    shortest = max(1, len(word) - kb._LONGEST_ENDING)
    out = []
    for n in range(1, min(len(word), longest_key) + 1):
        start = word[:n]
        if start not in prefixes:
            break
        fs = index.get(start) if n >= shortest else None
        if fs:
            for f, needs in zip(fs, later.get(start) or ((),) * len(fs), strict=True):
                out.append((f, needs, None if needs else kb._compiled(f)))
    return tuple(out)


def _same(words) -> int:
    kb._openers.cache_clear()
    n = 0
    for w in words:
        low = w.lower()
        assert kb._openers(low) == _old_openers(low), w
        n += bool(_old_openers(low))
    return n


def test_openers_of_every_word_of_the_dev_and_factru_texts_as_before():
    texts = [p.read_text(encoding="utf-8") for p in _DEV + _FACTRU]
    assert len(texts) >= 60
    words = sorted({m.group(0) for t in texts for m in kb._TOKEN.finditer(t)})
    words += sorted({w[1:] for w in words if w.startswith("«")})
    assert len(words) > 4000  # dev alone (a clean clone has no factRu): 4,654
    assert _same(words) > 300  # words that open forms, not only the many that open none


def test_openers_of_every_key_inflected_as_before():
    index = kb._matcher()[0]
    endings = ("", "а", "ы", "ом", "ами", "ского", "ның", "ға", "сының", "ларының", "x" * 12)
    words = [k + e for k in index for e in endings] + [k[:-1] for k in index] + [k[:2] for k in index]
    assert _same(words) > len(index)


def test_openers_of_random_strings_of_the_keys_pieces_as_before():
    rng = random.Random(94)
    keys = sorted(kb._matcher()[0])
    pieces = [k[i:j] for k in keys[::5] for i, j in ((0, 2), (0, 3), (1, 4), (2, 6), (0, None))]
    pieces += list("аеыоиқңөұүі-«x")
    words = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 4))) for _ in range(20_000)]
    _same(words)


def test_a_keys_items_are_made_once_and_shared():
    index = kb._matcher()[0]
    key = max(index, key=lambda k: len(index[k]))  # the key of most forms («комитет» at stop 48)
    kb._openers.cache_clear()
    one, two = kb._openers(key), kb._openers(key + "ами")
    assert one and two and kb._key_openers(key) is kb._key_openers(key)
    made = kb._key_openers(key)
    assert all(item is mine for item, mine in zip(one[-len(made) :], made, strict=True))
    assert all(item is mine for item, mine in zip(two[-len(made) :], made, strict=True))


@pytest.fixture(scope="module")
def extractor():
    from store.extract.extractor import Extractor

    class NoModel:
        def prepare(self, texts):
            pass

        def spans(self, text):
            return []

    return Extractor(disabled=(), ner=NoModel())


def test_run_passes_gives_the_passes_spans_in_turn_and_times_each(extractor):
    from store.extract.extractor import PassContext
    from store.extract.ner import NerSpan
    from store.extract.spans import ByStart

    text = "Премьер-министр Олжас Бектенов посетил пункт пропуска «Хоргос» в Жетысуской области."
    spans = [NerSpan("person", 16, 30, text[16:30]), NerSpan("location", 65, 84, text[65:84])]

    def context():
        ctx = PassContext(cps=[], cp_index=ByStart([]), disabled=extractor.disabled)
        ctx.language = None
        return ctx

    by_hand, ctx = list(spans), context()
    for p in extractor.passes:
        by_hand = p.function(text, by_hand, ctx)
    extractor.timings.clear()
    got = extractor.run_passes(text, list(spans), context())
    assert got == by_hand and got
    assert set(extractor.timings) == {p.name for p in extractor.passes}
    assert all(v >= 0 for v in extractor.timings.values())
