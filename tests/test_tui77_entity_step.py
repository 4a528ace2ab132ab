"""tui77: three cheaper ways to the same entity step of a «name + partial word» keystroke (stop 43).

- names.fold keeps its answers per text (a keystroke folds the same strings again and again);
- a small alias index (the knowledge base's) counts its rare trigrams in one bincount;
- a small alias index keeps its keys decoded (keys_of).

Each must answer exactly what the path it shortcuts answers: fold against its unkept
function, the counts and keys against the loop and the decoding, and the whole search
(entities alone, and entities with articles) against a search with both index shortcuts
off, for the texts the TUI probe types after a name, the dev and public queries, and
a partial word typed after each.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from store.lang import names
from store.search import alias_index
from store.search import search as engine
from store.search.entities import clear_memo
from store.search.search_kb import kb_index
from store.search.trigrams import trigrams, unique_ints
from store.search.variants import query_variants

REPO = Path(__file__).resolve().parent.parent
PUBLIC = [REPO.parent / "shared" / "eval" / "queries_public.tsv", Path("/work/shared/eval/queries_public.tsv")]

# what a user types after a name, letter by letter, as the TUI probe does (bench/search_tui_probe.py)
_TYPED_ON = [*" очередь", *["backspace"] * 8, *" railway"]

_WRITTEN = [
    "Хоргос",
    "khorgos",
    "Қорғас",
    "Нур Жолы очер",
    "алтынколь жд",
    "Бектенов О",
    "пункт пропуска «Достык»",
    "Dostyk-Alashankou",
    "Ж.Бектенов",
    "",
    "  ",
    "國務院",
    "Жетiсу облысы",
]


def _probe_texts(name: str) -> list[str]:
    texts, text = [], name
    for key in _TYPED_ON:
        text = text[:-1] if key == "backspace" else text + key
        texts.append(text)
    return texts


def _queries() -> list[str]:
    """The dev and public queries (their first column), each also with two letters cut
    and with a word begun after it."""
    out: list[str] = []
    for path in [REPO / "eval" / "queries" / "dev.tsv", *PUBLIC]:
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            rows = [r for r in csv.reader(fh, delimiter="\t") if r and r[0] != "query"]
        out += [q for r in rows for q in (r[0], r[0][: max(2, len(r[0]) - 2)], f"{r[0]} очер", f"{r[0]} rai")]
    return list(dict.fromkeys(out))


def test_fold_kept_answers_as_computed():
    texts = _WRITTEN + _probe_texts("khorgos") + _probe_texts("Нур Жолы") + [n.upper() for n in _WRITTEN]
    for text in texts + texts:  # the second time, from the kept answers
        assert names.fold(text) == names.fold.__wrapped__(text), text


def test_small_index_counts_trigrams_as_the_loop(monkeypatch):
    index, _ = kb_index()
    assert index.n_keys <= alias_index.FEW_KEYS  # the knowledge base's index takes the bincount
    for text in _WRITTEN + _probe_texts("khorgos"):
        tris = [trigrams(k) for k, _ in query_variants(text)]
        tris = [t for t in tris if len(t)]
        if not tris:
            continue
        both = unique_ints(np.concatenate(tris))
        fast = index.shared_counts(both).copy()  # the buffer is the next call's
        monkeypatch.setattr(alias_index, "FEW_KEYS", 0)
        slow = index.shared_counts(both).copy()
        monkeypatch.setattr(alias_index, "FEW_KEYS", 65_536)
        assert np.array_equal(fast, slow), text


def test_small_index_keys_read_as_decoded(monkeypatch):
    index, _ = kb_index()
    kids = np.arange(0, index.n_keys, 7, dtype=np.int64)
    kept = index.keys_of(kids)
    monkeypatch.setattr(alias_index, "KEY_TEXTS_MAX", -1)
    assert kept == index.keys_of(kids)
    assert kept[:3] == [index.key(int(k)) for k in kids[:3]]


def _searches(store, texts: list[str]) -> list:
    index = engine.AliasIndex.for_store(store)
    out = []
    for text in texts:
        clear_memo()  # each search computed, not kept from the other side's
        out.append(
            (
                text,
                engine.search(store, text, "entity", 30, index),
                engine.search(store, text, None, 30, index, snippets=False),
                engine.search(store, text, "person", 5, index),
            )
        )
    return out


@pytest.mark.parametrize("name", ["khorgos", "Достык"])
def test_search_answers_as_without_the_small_index_paths(sample_store, monkeypatch, name):
    texts = _probe_texts(name) + _WRITTEN + (_queries() if name == "khorgos" else [])
    fast = _searches(sample_store, texts)
    monkeypatch.setattr(alias_index, "FEW_KEYS", 0)
    monkeypatch.setattr(alias_index, "KEY_TEXTS_MAX", -1)
    slow = _searches(sample_store, texts)
    assert len(fast) == len(texts) > 20
    for a, b in zip(fast, slow, strict=True):
        assert a == b, a[0]
    assert any(r for _, ents, _, _ in fast for r in ents)  # the texts find entities: the check is not empty
