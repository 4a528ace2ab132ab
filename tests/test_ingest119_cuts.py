"""ingest119's cuts (stop 51, issue 15) decide what the code before them decided: kazakh_context's
window reading, kept by its arguments and counting words only until its floor is met, against
the reading as it was (kept here), and link_knowledge_base with each match's script worked out
once against the same pass asking `_script` afresh every time, on dev, factRu (when present),
the samples, bench/make_corpus.py's generated articles and random strings of the pieces."""

from __future__ import annotations

import random
import types
from functools import cache
from pathlib import Path

from store.extract import linking
from store.extract.spans import ByStart
from store.lang import kazakh
from store.lang.kazakh import KAZAKH_LETTERS
from tests.conftest import exactness_texts, generated_parts


def _kazakh_context_old(text: str, start: int, end: int) -> bool:
    """kazakh_context as it was at f8c51076 (no title mark is set in these tests)."""
    if not KAZAKH_LETTERS.search(text):
        return False
    window = text[max(0, start - 200) : end + 200]
    if not KAZAKH_LETTERS.search(window):
        return False
    words = window.split()
    return len(list(filter(KAZAKH_LETTERS.search, words))) >= max(3, len(words) // 5)


@cache
def _texts(gen_dir: Path) -> tuple[str, ...]:
    read = exactness_texts(gen_dir, 119)
    read += [t for spec, body, page in generated_parts(119, 200) for t in (spec.title, body)]
    return tuple(read + [t.upper() for t in read[:400]] + [t.lower() for t in read[:400]])


def _randoms(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["Астана", "қаласы", "шекара", "бекеті", "және", "в", "на", "границе", "ә", "і", "ң", " ", "  ", "\n"]
    pieces += ["", "-", "«", "»", "Қазақстан", "пункт", "өтті", "x", "Ұ", "\t", ".", "әкімі"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def test_kazakh_context_as_before(tmp_path):
    texts = list(_texts(tmp_path / "gen")) + _randoms(119, 20_000)
    assert sum(1 for t in texts if KAZAKH_LETTERS.search(t)) >= 300
    rng = random.Random(1190)
    asked = kazakh_words = 0
    for text in texts:
        n = len(text)
        points = {(0, 0), (0, n), (n, n), (-5, 3), (n - 1, n + 300), (10, -50), (-300, -250)}
        step = max(1, n // 40)
        points |= {(s, min(n, s + rng.randint(1, 40))) for s in range(0, n, step)}
        for start, end in sorted(points):
            old = _kazakh_context_old(text, start, end)
            assert kazakh.kazakh_context(text, start, end) == old, (text[:80], start, end)
            assert kazakh.kazakh_context(text, start, end) == old  # asked again: the kept answer
            asked += 1
            kazakh_words += old
    assert asked > 40_000 and kazakh_words > 1_000


def test_a_window_of_the_same_words_in_another_string_reads_alike():
    """The memo is keyed by the text's value: an equal string built afresh gets the same answer,
    and a text of other words at the same offsets does not get the first one's."""
    kk = "Қазақстан шекарасында жүк көліктері кезекте тұр. " * 20
    ru = "На границе Казахстана грузовики стоят в очереди. " * 20 + "ә"
    assert kazakh.kazakh_context(kk, 300, 310) is True
    assert kazakh.kazakh_context("".join(list(kk)), 300, 310) is True
    assert kazakh.kazakh_context(ru, 300, 310) is False


class _AskedAfresh:
    """linking._Scripts without its memory: `_script` asked at every call, as before the cut."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, m) -> str:
        return linking._script(self.text, m)


def _linked(texts, spans_of) -> list:
    out = []
    for text in texts:
        spans = spans_of(text)
        ctx = types.SimpleNamespace(cp_index=ByStart([]), names={}, kyrgyz=False, page="")
        got = linking.link_knowledge_base(text, spans, ctx)
        out.append((tuple(got), tuple(sorted(ctx.names.items()))))
    return out


def test_link_knowledge_base_names_as_when_asked_afresh(tmp_path, monkeypatch):
    texts = list(_texts(tmp_path / "gen"))
    new = _linked(texts, lambda t: [])
    monkeypatch.setattr(linking, "_Scripts", _AskedAfresh)
    old = _linked(texts, lambda t: [])
    assert new == old
    assert sum(len(spans) for spans, _ in new) > 2_000


def test_the_whole_extractor_as_when_asked_afresh(tmp_path, monkeypatch, extractor):
    """With the model's spans (dev and 40 generated articles), every mention and name alike."""
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import discover, read_path

    from tests.conftest import make_corpus_module

    make_corpus_module().make_corpus(40, tmp_path / "gen", seed=1191)
    dev = Path(__file__).resolve().parent.parent / "eval" / "corpus" / "dev"
    arts = [
        parse(d)
        for p in discover([tmp_path / "gen"]) + sorted(dev.glob("*.txt"))
        for d in read_path(p)
        if isinstance(d, RawDoc)
    ]

    def run() -> list[str]:
        return [repr(extractor.extract(a)) for a in arts]

    new = run()
    monkeypatch.setattr(linking, "_Scripts", _AskedAfresh)
    assert run() == new
    assert len(arts) >= 100
