"""ingest105's cuts of the NER row (issue 15) decide what the code before them decided: the
CRF walked longest item first gives the tags the masked walk gives, on random and tied
scores and on the model's own emissions of every dev and factRu text and of
bench/make_corpus.py's generated articles (titles and bodies, stacked as a worker stacks
them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest

from store.extract import ner_batch, ner_crf
from tests.conftest import FACTRU_TEXTS, generated_parts

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").iterdir())
_FACTRU = sorted(FACTRU_TEXTS.glob("*.txt"))


@cache
def _generated() -> tuple[str, ...]:
    return tuple(text for spec, body, _ in generated_parts(105, 200) for text in (spec.title, body))


def _texts() -> list[str]:
    """Each dev and factRu file whole and its first line (a title's length), and the generated
    titles and bodies."""
    read = [p.read_text(encoding="utf-8", errors="replace") for p in _DEV + _FACTRU if p.is_file()]
    read += [t.split("\n", 1)[0] for t in read]
    return [t for t in read + list(_generated()) if t.strip()]


def _same(ours: list[np.ndarray], before: list[np.ndarray]) -> bool:
    return len(ours) == len(before) and all(
        a.dtype == b.dtype and a.tolist() == b.tolist() for a, b in zip(ours, before, strict=True)
    )


@pytest.mark.parametrize("seed", range(4))
def test_viterbi_by_length_gives_the_masked_walks_tags_on_random_and_tied_scores(seed):
    rng = np.random.default_rng(seed)
    for trial in range(500):
        batch, tokens, tags = int(rng.integers(1, 20)), int(rng.integers(1, 50)), 7
        counts = rng.integers(1, tokens + 1, size=batch)
        if trial % 2:
            counts[rng.integers(0, batch)] = tokens  # a stack is as long as its longest item
        mask = np.arange(tokens) < counts[:, None]
        if trial % 3 == 0:  # small integers: many ties, the first best must win in both
            emissions = rng.integers(-2, 3, size=(batch, tokens, tags)).astype(np.float32)
            transitions = rng.integers(-1, 2, size=(tags, tags)).astype(np.float32)
        else:
            emissions = rng.standard_normal((batch, tokens, tags)).astype(np.float32)
            transitions = rng.standard_normal((tags, tags)).astype(np.float32)
        assert _same(
            ner_crf.viterbi(emissions, mask, transitions), ner_crf._viterbi_masked(emissions, mask, transitions)
        )


def test_a_mask_not_padded_at_the_end_takes_the_masked_walk(monkeypatch):
    rng = np.random.default_rng(7)
    emissions = rng.standard_normal((3, 6, 7)).astype(np.float32)
    transitions = rng.standard_normal((7, 7)).astype(np.float32)
    mask = np.ones((3, 6), dtype=bool)
    mask[1, 2] = False  # a hole: not a padded stack
    monkeypatch.setattr(ner_crf, "_viterbi_by_length", lambda *a: pytest.fail("took the padded stacks' walk"))
    assert _same(ner_crf.viterbi(emissions, mask, transitions), ner_crf._viterbi_masked(emissions, mask, transitions))


@pytest.fixture(scope="module")
def model():
    from store.extract.ner import NerModel

    return NerModel()


def test_viterbi_by_length_gives_the_same_tags_on_the_models_own_stacks(model, monkeypatch):
    stacks: list[tuple] = []
    walk = ner_batch.viterbi

    def kept(emissions, mask, transitions):
        stacks.append((emissions.copy(), mask.copy(), transitions))
        return walk(emissions, mask, transitions)

    monkeypatch.setattr(ner_batch, "viterbi", kept)
    texts = _texts()
    for at in range(0, len(texts), 16):  # a worker's read-ahead: 8 articles' titles and bodies
        model.prepare(texts[at : at + 16])
    assert len(stacks) >= len(texts) // 16
    assert sum(e.shape[0] for e, _, _ in stacks) >= 400
    for emissions, mask, transitions in stacks:
        assert _same(
            ner_crf.viterbi(emissions, mask, transitions), ner_crf._viterbi_masked(emissions, mask, transitions)
        )
