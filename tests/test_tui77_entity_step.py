"""tui77: three cheaper ways to the same entity step of a «name + partial word» keystroke (stop 43).

- names.fold keeps its answers per text (a keystroke folds the same strings again and again);
- a small alias index (the knowledge base's) counts its rare trigrams in one bincount;
- a small alias index keeps its keys decoded (keys_of).

Each must answer exactly what the path it shortcuts answers: fold against its unkept
function, the counts and keys against the loop and the decoding, and the whole search
(entities alone, and entities with articles) against a search with both index shortcuts
off, for the texts the TUI probe types after a name; for the dev and public queries and
a partial word typed after each, every call of the two shortcut methods their searches
make against the slow path's answer to the same call (tui82: the whole search run twice
for ~650 texts was the suite's slowest test, 16 s alone, 27-87 s in the suite).
"""

from __future__ import annotations

import csv
import inspect
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


def query_texts() -> list[str]:
    """The dev and public queries as typed (each file's first column; a file not on this
    machine is skipped)."""
    out: list[str] = []
    for path in [REPO / "eval" / "queries" / "dev.tsv", *PUBLIC]:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                out += [r[0] for r in csv.reader(fh, delimiter="\t") if r and r[0] != "query"]
    return out


def _queries() -> list[str]:
    """The dev and public queries (their first column), each also with two letters cut
    and with a word begun after it."""
    out = [q for t in query_texts() for q in (t, t[: max(2, len(t) - 2)], f"{t} очер", f"{t} rai")]
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


def _searches(store, texts: list[str], cleared: bool = True) -> list:
    index = engine.AliasIndex.for_store(store)
    out = []
    clear_memo()
    for text in texts:
        if cleared:
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
    texts = _probe_texts(name) + _WRITTEN
    fast = _searches(sample_store, texts)
    monkeypatch.setattr(alias_index, "FEW_KEYS", 0)
    monkeypatch.setattr(alias_index, "KEY_TEXTS_MAX", -1)
    slow = _searches(sample_store, texts)
    assert len(fast) == len(texts) > 20
    for a, b in zip(fast, slow, strict=True):
        assert a == b, a[0]
    assert any(r for _, ents, _, _ in fast for r in ents)  # the texts find entities: the check is not empty


def _source(fn) -> str:
    try:
        return inspect.getsource(fn)
    except OSError:  # made, not written (a dataclass's __init__): no shortcut in it
        return ""


def test_the_small_index_paths_are_two_methods():
    """The two shortcuts are read in `shared_counts` and `_key_texts` alone, and
    `_key_texts` only by `keys_of`: a search's every other step is the same code on both
    sides, so a search whose every call of those two methods answers as the slow path
    answers is the slow search (what the next test checks per call)."""
    source = Path(alias_index.__file__).read_text(encoding="utf-8")
    methods = {n: _source(f) for n, f in vars(alias_index.AliasIndex).items() if inspect.isfunction(f)}
    assert [n for n, src in methods.items() if "FEW_KEYS" in src] == ["shared_counts"]
    assert [n for n, src in methods.items() if "KEY_TEXTS_MAX" in src] == ["_key_texts"]
    assert [n for n, src in methods.items() if "_key_texts()" in src] == ["keys_of"]
    # nowhere else in the module but their definitions
    assert source.count("FEW_KEYS") - methods["shared_counts"].count("FEW_KEYS") == 1
    assert source.count("KEY_TEXTS_MAX") - methods["_key_texts"].count("KEY_TEXTS_MAX") == 1


def test_every_query_s_index_calls_answer_as_the_slow_paths(sample_store, monkeypatch):
    """The dev and public queries (each also cut by two letters and with «очер»/«rai»
    typed after it: ~650 texts): every `shared_counts` and `keys_of` call their searches
    make (entities alone at 30, entities and articles, persons at 5; memos kept across
    the texts, as in the explorer: the calls a memo spares were made, and checked, for an
    earlier text) answers what the loop and the decoding answer for the same arguments on
    the same index. With the test above this is the whole search's equality, at a third of
    the cost of running every search twice (16 s of the suite's slowest test, tui82)."""
    texts = _queries()
    calls: dict[tuple, tuple] = {}  # (index, method, arguments) -> the fast path's answer
    real_counts, real_keys = alias_index.AliasIndex.shared_counts, alias_index.AliasIndex.keys_of

    def shared_counts(self, tris):
        out = real_counts(self, tris)
        calls.setdefault((id(self), "shared_counts", tris.tobytes()), (self, tris.copy(), out.copy()))
        return out

    def keys_of(self, kids):
        out = real_keys(self, kids)
        calls.setdefault((id(self), "keys_of", kids.tobytes()), (self, kids.copy(), list(out)))
        return out

    monkeypatch.setattr(alias_index.AliasIndex, "shared_counts", shared_counts)
    monkeypatch.setattr(alias_index.AliasIndex, "keys_of", keys_of)
    searched = _searches(sample_store, texts, cleared=False)  # a call a memo spares was made (and kept) before
    monkeypatch.undo()
    assert len(searched) == len(texts) > 400
    assert any(r for _, ents, _, _ in searched for r in ents)
    monkeypatch.setattr(alias_index, "FEW_KEYS", 0)
    monkeypatch.setattr(alias_index, "KEY_TEXTS_MAX", -1)
    took = {"shared_counts": 0, "keys_of": 0}
    for (_, method, _), (index, arg, fast) in calls.items():
        if method == "shared_counts":
            assert np.array_equal(index.shared_counts(arg), fast), arg
            took[method] += index.n_keys <= 65_536 and len(arg) > 1
        else:
            assert index.keys_of(arg) == fast, arg
            took[method] += index.n_keys <= 20_000
    assert took["shared_counts"] > 1000 and took["keys_of"] > 1000, took  # the shortcuts were taken, and checked
