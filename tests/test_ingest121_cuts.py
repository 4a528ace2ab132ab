"""ingest121's cuts (issue 15, stop 52) answer as the code they replace.

- needles.folded keeps the copies of the last texts it folded (by value): the same copy for any
  text, asked once or again, in any order, and may_hold the same answers as with one kept copy;
"""

from __future__ import annotations

import pytest

from store.extract import needles
from tests.conftest import FACTRU_TEXTS, ROOT, generated_parts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """dev's and factRu's first texts (when present), 60 generated bodies and pages, as written."""
    files = sorted((ROOT / "eval" / "corpus" / "dev").glob("*.txt")) + sorted(FACTRU_TEXTS.glob("*.txt"))[:40]
    read = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    read += [text for _spec, body, page in generated_parts(121, 60) for text in (body, page)]
    assert len(read) > 150
    return read


def _old_folded(text: str) -> str:
    return " " + " ".join(text.lower().split()) + " "


def _old_may_hold(text: str, words: tuple[str, ...], kept: list) -> bool:
    if text != kept[0]:
        kept[0], kept[1] = text, None if needles._CASE_EXTRAS.search(text) else _old_folded(text)
    return kept[1] is None or any(w in kept[1] for w in words)


def test_folded_copies_are_the_texts_own(texts):
    needles._FOLDED.clear()
    parts = [t[i : i + n] for t in texts for i in range(0, len(t), 300) for n in (40, 60, 120)]  # one opens another
    parts += ["", " ", "\u00a0Пункт\tпропуска\n", "x" * (needles._FOLDED_LONGEST + 1)]
    for part in parts + parts[::-1] + parts:  # asked once, again, and after the kept copies restarted
        assert needles.folded(part) == _old_folded(part)
        assert len(needles._FOLDED) <= needles._FOLDED_KEPT
    assert "x" * (needles._FOLDED_LONGEST + 1) not in needles._FOLDED


def test_may_hold_answers_as_with_one_kept_copy(texts):
    needles._FOLDED.clear()
    needles._ASKED[:] = [None, None]
    kept: list = [None, None]
    sentences = [s for t in texts[:80] for s in t.split(".")][:1500] + ["Ѐ\u1c80стоят", " стоят", "СТОЯТ"]
    tuples = [("стоят", " тек "), ("закрыт", "не работа"), ("пункт",), ("бекет", "ашық"), ()]
    asks = 0
    for n, sentence in enumerate(sentences):
        for words in tuples[n % 3 :]:
            for text in (sentence, texts[n % 7]):  # a sentence and a whole text in turn, as the passes ask
                assert needles.may_hold(text, words) == _old_may_hold(text, words, kept)
                asks += 1
    assert asks > 10_000
