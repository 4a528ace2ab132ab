"""ingest119's cuts (stop 51, issue 15) decide what the code before them decided: kazakh_context's
window reading, kept by its arguments and counting words only until its floor is met, against
the reading as it was (kept here), and link_knowledge_base with each match's script worked out
once against the same pass asking `_script` afresh every time, on dev, factRu (when present),
the samples, bench/make_corpus.py's generated articles and random strings of the pieces."""

from __future__ import annotations

import random
import types
from pathlib import Path

import pytest

from store.extract import linking
from store.extract.spans import ByStart
from store.lang import kazakh
from store.lang.kazakh import KAZAKH_LETTERS
from tests.conftest import exact_count, exact_sample, exactness_texts, generated_parts


def _kazakh_context_old(text: str, start: int, end: int) -> bool:
    """kazakh_context as it was at f8c51076 (no title mark is set in these tests)."""
    if not KAZAKH_LETTERS.search(text):
        return False
    window = text[max(0, start - 200) : end + 200]
    if not KAZAKH_LETTERS.search(window):
        return False
    words = window.split()
    return len(list(filter(KAZAKH_LETTERS.search, words))) >= max(3, len(words) // 5)


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> tuple[str, ...]:
    """The module's texts, built once: its tests only read them."""
    read = exactness_texts(tmp_path_factory.mktemp("gen119"), 119)
    read += [t for spec, body, page in generated_parts(119, exact_count(200)) for t in (spec.title, body)]
    return tuple(read + [t.upper() for t in read[:400]] + [t.lower() for t in read[:400]])


def _randoms(seed: int, n: int) -> list[str]:
    """`n` strings of the pieces (in the suite, the first quarter of them)."""
    rng = random.Random(seed)
    pieces = ["Астана", "қаласы", "шекара", "бекеті", "және", "в", "на", "границе", "ә", "і", "ң", " ", "  ", "\n"]
    pieces += ["", "-", "«", "»", "Қазақстан", "пункт", "өтті", "x", "Ұ", "\t", ".", "әкімі"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 120))) for _ in range(exact_count(n))]


def test_kazakh_context_as_before(texts):
    texts = list(texts) + _randoms(119, 20_000)
    assert sum(1 for t in texts if KAZAKH_LETTERS.search(t)) >= exact_count(300)
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
    assert asked > exact_count(40_000) and kazakh_words > exact_count(1_000)


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


def test_link_knowledge_base_names_as_when_asked_afresh(texts, monkeypatch):
    texts = list(texts)
    new = _linked(texts, lambda t: [])
    monkeypatch.setattr(linking, "_Scripts", _AskedAfresh)
    old = _linked(texts, lambda t: [])
    assert new == old
    assert sum(len(spans) for spans, _ in new) > exact_count(2_000)


def test_the_whole_extractor_as_when_asked_afresh(tmp_path, monkeypatch, extractor):
    """With the model's spans (dev and 40 generated articles; a quarter of each in the suite),
    every mention and name alike."""
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import discover, read_path
    from tests.conftest import make_corpus_module

    make_corpus_module().make_corpus(exact_count(40), tmp_path / "gen", seed=1191)
    dev = Path(__file__).resolve().parent.parent / "eval" / "corpus" / "dev"
    arts = [
        parse(d)
        for p in discover([tmp_path / "gen"]) + exact_sample(sorted(dev.glob("*.txt")))
        for d in read_path(p)
        if isinstance(d, RawDoc)
    ]

    def run() -> list[str]:
        return [repr(extractor.extract(a)) for a in arts]

    new = run()
    monkeypatch.setattr(linking, "_Scripts", _AskedAfresh)
    assert run() == new
    assert len(arts) >= exact_count(100)


# --- surname_not_place_span: what a span's words alone decide, kept by them


def _surname_not_place_span_old(text: str, s, family_names: set[str]):
    """places.surname_not_place_span as it was at f8c51076."""
    from store.extract.ner import NerSpan
    from store.extract.passes import places as p

    if p._full_name_of_a_person(s.text) or p._official_after_a_body(text, s):
        return NerSpan("person", s.start, s.end, s.text)
    if " " in s.text.strip() or "." in s.text or p._STREET_OR_IN.search(text[max(0, s.start - 30) : s.start]):
        return s
    ps = [r for r in p.parses(s.text) if p.from_dictionary(r)]
    if (
        family_names
        and not any("Geox" in r.tag.grammemes for r in ps)
        and not p.place_nominative(s.text)
        and p.surname_forms(s.text) & family_names
    ):
        return NerSpan("person", s.start, s.end, s.text)
    if ps and all(p.PROPER_PERSON & set(r.tag.grammemes) and "Geox" not in r.tag.grammemes for r in ps):
        return NerSpan("person", s.start, s.end, s.text)
    return s


def test_surname_not_place_span_as_before(texts):
    """Every capitalised word, and every pair, of the texts as a «place» span, with the text's
    own family names, none, and the word's own surname forms (so that the surname rule fires)."""
    import re

    from store.extract.ner import NerSpan
    from store.extract.passes import places as p
    from store.lang.normalize import surname_forms

    texts = exact_sample(list(texts)[:1500], 2)  # every other of the suite's texts
    texts += _randoms(1192, 3000) + ["", " ", ".", "в Кафке", "проспект Вернадского", "центра Сапаров сообщил"]
    rng = random.Random(1193)
    asked = people = 0
    for text in texts:
        words = list(re.finditer(r"[^\s,;:()«»\"]+(?:\s+[^\s,;:()«»\"]+)?", text))[:60]
        words += list(re.finditer(r"\b[А-ЯЁӘҒҚҢӨҰҮҺІA-Z][\w.-]*", text))[:60]
        families = {w.group().lower() for w in words if rng.random() < 0.2}
        for w in words:
            s = NerSpan("location", w.start(), w.end(), w.group())
            for fam in (set(), families, set(surname_forms(w.group())) | {"x"}):
                old = _surname_not_place_span_old(text, s, fam)
                assert p.surname_not_place_span(text, s, fam) == old, (
                    w.group(),
                    text[max(0, w.start() - 40) : w.end()],
                )
                asked += 1
                people += old.type == "person"
    assert asked > exact_count(100_000) and people > exact_count(2_000)
