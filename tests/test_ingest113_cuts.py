"""ingest113's cuts of the NER and mentions rows (issue 15) decide what the code before them
decided: razdel's sentences found by store/extract/sentence_split.py and the NER's tokens read
a run at a time (store/extract/ner_tokens.py) are razdel's own, offsets included, on every dev
and factRu text (whole and line by line), bench/make_corpus.py's generated titles and bodies,
and random strings of the pieces razdel's rules read."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
from razdel import sentenize

from store.extract import chunking
from store.extract.sentence_split import sentence_bounds
from tests.conftest import FACTRU_TEXTS, generated_parts

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted((ROOT / "eval" / "corpus" / "dev").iterdir())
_FACTRU = sorted(FACTRU_TEXTS.glob("*.txt"))


@cache
def _texts() -> tuple[str, ...]:
    """Each dev and factRu file whole and each of its lines, the generated titles and bodies
    whole and each of their lines."""
    read = [p.read_text(encoding="utf-8", errors="replace") for p in _DEV + _FACTRU if p.is_file()]
    read += [text for spec, body, _ in generated_parts(113, 200) for text in (spec.title, body)]
    return tuple(read + [line for text in read for line in text.split("\n") if line])


def _razdel(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.stop) for s in sentenize(text)]


def test_sentence_bounds_are_razdels_on_real_and_generated_texts():
    texts = _texts()
    assert len(texts) > 2_000
    for text in texts:
        assert sentence_bounds(text) == _razdel(text), text[:200]


# What razdel's sentence rules read: endings, quotes, brackets, smileys, abbreviations (head,
# tail, pairs), initials, bullets, dashes before lowercase words, spaces and line breaks.
_PIECES = (
    ".",
    ". ",
    "!",
    "?",
    "…",
    "?!",
    ";",
    "»",
    "«",
    '"',
    "'",
    "„",
    "”",
    "“",
    "’",
    ")",
    "(",
    "]",
    "[",
    "}",
    ":)",
    ";-)",
    "=((",
    ":-(((",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "-",
    "—",
    "–",
    "т.",
    "г.",
    "т. е.",
    "т.д.",
    "и т.",
    "т. к.",
    "А.",
    "Б. ",
    "Н.Назарбаев",
    "1.",
    "2)",
    "8.1.",
    "a)",
    "б)",
    "IV.",
    "§",
    "руб.",
    "млн.",
    "ул.",
    "Ул.",
    "им.",
    "проф.",
    "Москва",
    "москва",
    "ООО",
    "KZ",
    "12",
    "3",
    "x",
    "к.",
    "др.",
    "н.э.",
    "см.",
    " в ",
    "В ",
    "в",
    ",",
    ":",
    "'s",
    "Dr.",
    "st.",
    "e.g.",
    "т.н.",
    "dzh.",
    "Дж.",
    "дж.",
    "Вс.",
    "ed.",
    "Ed.",
    "и. о.",
    "к.т.н.",
    "л.д.",
    "ед. ч.",
    "Т. Е.",
)
# A list's bullets («1.», «2)», «а)», «IV.», «§ 3.») are joined to what follows while the
# sentence so far is at most 20 characters of bullets: strings of them around that length.
_BULLETS = ("1", "2.", "12", ".", ")", " ", "а", "б)", "e", "f.", "IV", "XL", "§", "8.1.", "Ж", "г", "ж.")


@pytest.mark.parametrize("seed", range(3))
def test_sentence_bounds_are_razdels_on_random_strings(seed):
    rng = random.Random(seed)
    for _ in range(8_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        assert sentence_bounds(text) == _razdel(text), repr(text)


@pytest.mark.parametrize("seed", range(2))
def test_sentence_bounds_are_razdels_on_bullets_near_razdels_length_limit(seed):
    rng = random.Random(seed)
    for _ in range(6_000):
        text = "".join(rng.choice(_BULLETS) for _ in range(rng.randint(6, 22)))
        text += rng.choice((". Текст", ") Далее", ". текст", "."))
        assert sentence_bounds(text) == _razdel(text), repr(text)


def test_sentence_spans_of_a_long_text_split_piece_by_piece_as_razdel():
    text = "\n".join(_texts()[:40])
    size = 2_000
    expected = [(lo + a, lo + b) for lo, hi in chunking.chunk_bounds(text, size) for a, b in _razdel(text[lo:hi])]
    assert chunking.sentence_spans(text, size) == expected


def _razdel_tokens(text: str) -> list[tuple[int, int, str]]:
    from razdel import tokenize as razdel_tokenize

    return [(t.start, t.stop, t.text) for t in razdel_tokenize(text)]


def test_tokens_read_a_run_at_a_time_are_razdels_on_real_and_generated_texts():
    from store.extract import ner_tokens

    ner_tokens._RUNS.clear()
    for text in _texts():
        tokens = ner_tokens.tokenize(text)
        assert [tuple(t) for t in tokens] == _razdel_tokens(text), text[:200]
        assert tokens == ner_tokens.tokenize_by_atoms(text)
    assert all(type(t) is ner_tokens.Token for t in tokens)


# The characters razdel's token rules look at: every mark of the dash, underscore, decimal and
# fraction rules, smileys, endings, letters of other scripts, spaces of several kinds.
_TOKEN_PIECES = ["а", "Жу", "ab", "X", "7", "42", " ", " ", "\n", "\t", "  ", "-", "–", "—", "‑", "−", "_", ".",
                 ",", "/", "\\", ":", ";", "=", "(", ")", "!", "?", "…", "*", "«", "»", "Δ", "β", "№", "%",
                 "yahoo", "Yahoo", "ә", "\u00a0", "\u2009"]  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_tokens_read_a_run_at_a_time_are_razdels_on_random_strings(seed):
    """Runs met before (the per-process table warm) and afresh (cleared every 500 strings)
    give the same tokens; a run's neighbours of every type around its marks."""
    from store.extract import ner_tokens

    rng = random.Random(seed)
    for n in range(8_000):
        if n % 500 == 0:
            ner_tokens._RUNS.clear()
        text = "".join(rng.choice(_TOKEN_PIECES) for _ in range(rng.randint(0, 16)))
        assert [tuple(t) for t in ner_tokens.tokenize(text)] == _razdel_tokens(text), repr(text)


def test_the_run_table_starts_again_past_its_size(monkeypatch):
    from store.extract import ner_tokens

    monkeypatch.setattr(ner_tokens, "RUNS_KEPT", 5)
    text = "Один два три четыре пять шесть семь-восемь 1.5 м/с"
    for _ in range(3):
        assert [tuple(t) for t in ner_tokens.tokenize(text)] == _razdel_tokens(text)
        assert len(ner_tokens._RUNS) <= 5 + len(text.split()) + 2


def _bio_before(tokens, tag_ids, tags_vocab) -> list:
    """ner_batch._spans before ingest113: slovnet's walk over every token."""
    from slovnet.bio import bio_spans

    return list(bio_spans(tokens, [tags_vocab.decode(t) for t in tag_ids]))


@pytest.mark.parametrize(
    "items",
    [
        ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"],
        ["B-X", "O", "I-X", "I-Y", "B", "X-Z", "I", "B-Y", "O-Z"],
    ],
)
def test_bio_spans_walked_over_the_tokens_not_o_are_slovnets_on_random_tags(items):
    """Every mix of tags: runs of O, an I after O, an I of another type, a tag with no type,
    a part that is neither B, I nor O; tags as int64 as the CRF's backtrack gives them."""
    import numpy as np
    from slovnet.vocab import Vocab

    from store.extract import ner_batch
    from store.extract.ner_tokens import Token

    vocab = Vocab(items)
    rng = np.random.default_rng(len(items))
    for _ in range(4_000):
        n = int(rng.integers(0, 30))
        tokens = [Token(3 * i, 3 * i + 2, "ab") for i in range(n)]
        weights = rng.dirichlet(np.ones(len(items)))
        tags = rng.choice(len(items), size=n, p=weights).astype(np.int64)
        assert ner_batch._spans(tokens, tags, vocab) == _bio_before(tokens, tags, vocab)


def test_bio_spans_of_the_models_tags_on_real_and_generated_texts():
    from store.extract import ner_batch
    from store.extract.ner import NerModel
    from store.extract.ner_tokens import tokenize

    model = NerModel()
    infer = model._tagger.infer
    texts = [t for t in _texts()[:600] if t.strip()]
    tags = ner_batch.viterbi(*_emissions(infer, texts), infer.model.head.crf.transitions.array)
    vocab = infer.decoder.tags_vocab
    found = 0
    for text, tag_ids in zip(texts, tags, strict=True):
        tokens = tokenize(text)
        spans = ner_batch._spans(tokens, tag_ids, vocab)
        assert spans == _bio_before(tokens, tag_ids, vocab)
        found += len(spans)
    assert found > 1_000


def _emissions(infer, texts: list[str]):
    from store.extract import ner_batch
    from store.extract.ner_tokens import tokenize

    emissions, masks = [], []
    for text in texts:
        batch = infer.encoder.input([ner_batch._encoded(infer.encoder, [t.text for t in tokenize(text)])])
        emissions.append(infer.model(batch.word_id, batch.shape_id, batch.pad_mask))
        masks.append(~batch.pad_mask)
    return ner_batch._stacked(emissions, masks)


def test_the_embedding_gathered_once_a_word_is_slovnets_bit_for_bit():
    """FastNER._embedded against slovnet's own WordShapeEmbedding, on padded batches of two
    texts (a worker's batches) and alone, over real and generated texts and their lines."""
    from store.extract import ner_batch
    from store.extract.ner import NerModel
    from store.extract.ner_tokens import tokenize

    infer = NerModel()._tagger.infer
    slow = infer.model._model.emb
    texts = [t for t in _texts()[:800] if t.strip()]
    for at in range(0, len(texts), 2):
        items = [ner_batch._encoded(infer.encoder, [t.text for t in tokenize(text)]) for text in texts[at : at + 2]]
        batch = infer.encoder.input(items)
        ours = infer.model._embedded(batch.word_id, batch.shape_id)
        theirs = slow(batch.word_id, batch.shape_id)
        assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
        assert ours.tobytes() == theirs.tobytes()


def test_a_body_heads_plural_reading_kept_per_word_is_the_one_read_afresh():
    """naming._plural_noun's memo answers what the function answers afresh for every word of
    the real and generated texts (and their lowercase and title-case forms), and the names the
    memo serves (`_one_states_body`) come out the same."""
    import re

    from store.extract import naming

    found = set()
    for text in _texts()[:1500]:
        found.update(re.findall(r"\w+", text))
    found |= {w.lower() for w in found} | {w.title() for w in found}
    naming._plural_noun.cache_clear()
    plural = 0
    for word in sorted(found):
        kept = naming._plural_noun(word)
        assert kept == naming._plural_noun.__wrapped__(word), word
        assert naming._plural_noun(word) is kept
        plural += kept is not None
    assert plural > 20
    for name in ("правительства КР", "таможенные органы Казахстана", "акиматы областей", "министерства РК и КР"):
        kept = naming._one_states_body(name)
        naming._plural_noun.cache_clear()
        assert naming._one_states_body(name) == kept
