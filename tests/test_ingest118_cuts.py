"""Stop 51, ingest118: the paragraphs' sentence split (sentence_split) and the whole body's check
(fact_sentences._lines_are_whole) share one reading of razdel's rules and one delimiter scan
(issue 15). Each test compares with razdel itself over dev, factRu (when present), the samples,
generated articles and random strings of the pieces its rules read."""

from __future__ import annotations

import importlib
import random

import pytest
from razdel.segmenters.punct import DASHES, QUOTES
from razdel.segmenters.sentenize import BULLET_SIZE
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, PAIR_SOKRS

from store.extract import fact_sentences, sentence_split
from store.extract.sentence_split import DELIMITER, joined
from tests.conftest import exact_count, exactness_texts
from tests.exactness import RAZDEL_PAIR_PARTS, RAZDEL_SOKRS, razdel_joins

razdel_sentenize = importlib.import_module("razdel.segmenters.sentenize")
_RAZDEL = razdel_sentenize.sentenize  # razdel's segmenter object
_WINDOW = _RAZDEL.split.window


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    return [t for t in exactness_texts(tmp_path_factory.mktemp("gen118"), seed=118) if t]


def test_both_read_the_one_delimiter_scan():
    assert fact_sentences._DELIMITER is DELIMITER and sentence_split.DELIMITER is DELIMITER
    assert fact_sentences._WINDOW == _WINDOW == sentence_split._WINDOW


def _spans(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_delimiter_scan_finds_razdels_delimiters(texts):
    """The scan behind its look ahead finds what razdel's own split regex finds, groups included."""
    found = 0
    for text in texts:
        new = _spans(DELIMITER, text)
        assert new == _spans(_RAZDEL.split.re, text), text[:200]
        found += len(new)
    rng = random.Random(118)
    pieces = [*QUOTES, *DASHES, *razdel_sentenize.DELIMITERS, ":)", ";-(", "=)))", ":-", "…", ".", " ", "\n", "а", "1"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _spans(DELIMITER, text) == _spans(_RAZDEL.split.re, text), repr(text)
    assert found > exact_count(3_000), found  # a quarter of the floor on the suite's sample


def test_joined_is_razdels_join_at_every_delimiter(texts):
    """At every delimiter of every text, with sentences so far of several lengths (a bullet's and
    longer), given as a slice of the text and as a string of their own, joined is razdel's join."""
    asked = 0
    for text in texts:
        for m in DELIMITER.finditer(text):
            st, en = m.span()
            left, right, mark = text[max(0, st - _WINDOW) : st], text[en : en + _WINDOW], m.group(1)
            for back in (3, BULLET_SIZE, BULLET_SIZE + 1, st):
                begin = max(0, st - back)
                want = razdel_joins(left, mark, right, text[begin:st])
                assert joined(left, mark, right, text, begin, st) == want, (left, mark, right, back)
                buffer = text[begin:st]
                assert joined(left, mark, right, buffer, 0, len(buffer)) == want
                asked += 1
    assert asked > exact_count(12_000), asked  # a quarter of the floor on the suite's sample


_SOKRS, _PAIR_PARTS = RAZDEL_SOKRS, RAZDEL_PAIR_PARTS


def _piece(rng: random.Random) -> str:
    sokr = rng.choice(_SOKRS)
    return rng.choice(
        [
            sokr,
            sokr.upper(),
            sokr.capitalize(),
            rng.choice(["Астана", "пункт", "КПП", "Hello", "iPhone", "ǅem", "_x", "漢字", "Ω", "ß", "İ"]),
            rng.choice(["1", "25", "2024", "IV", "а", "б", "§", "a", "8.1", "-", "*", "•", "1)", "а)"]),
            rng.choice([*QUOTES, *DASHES, *razdel_sentenize.DELIMITERS, "(", "[", ":", ",", "…", "№"]),
            rng.choice([":)", ";-(", "=)))", ":-", "=("]),
            rng.choice(["А", "Б", "И", "Т", "я", "Я"]),
            rng.choice(_PAIR_PARTS),
            rng.choice(_PAIR_PARTS).upper(),
        ]
    )


def _blank(rng: random.Random) -> str:
    return rng.choice(["", " ", "  ", "\n", "\t", "\u00a0", "\n\n"])


def test_joined_on_random_windows():
    """Windows and sentences so far of razdel's abbreviations, initials, bullets, words in each case,
    figures, quotes, brackets, dashes, delimiters, smiles and blanks: every rule's verdict is razdel's."""
    rng = random.Random(1180)
    splits = 0
    for _ in range(60_000):
        left = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[-_WINDOW:]
        right = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[:_WINDOW]
        mark = rng.choice([".", ".", "!", "?", "…", ";", "»", '"', ")", "]", ":)", "?!"])
        buffer = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 6)))
        want = razdel_joins(left, mark, right, buffer)
        assert joined(left, mark, right, buffer, 0, len(buffer)) == want, (left, mark, right, buffer)
        assert fact_sentences._joins(left, mark, right, buffer) == want, (left, mark, right, buffer)
        splits += not want
    assert splits > 5_000, splits


def test_joined_on_every_pair_of_razdels_abbreviations():
    """Each of razdel's pairs («т.п», «a.m») split at its full stop, its second part in each case,
    after a blank or none, before a capitalised word or a figure: joined is razdel's join."""
    asked = 0
    for pair in sorted({*PAIR_SOKRS, *HEAD_PAIR_SOKRS}):
        for a, b in zip(pair, pair[1:], strict=False):
            for head in ("Слово ", "1 ", "", "в "):
                for tail in (b, b.upper(), b.capitalize()):
                    for right in (" " + tail + " Дом", tail + " 5", " " + tail, "  " + tail + ". Т"):
                        left = (head + a)[-_WINDOW:]
                        for buffer in (left, "x" * 30 + left):
                            want = razdel_joins(left, ".", right[:_WINDOW], buffer)
                            got = joined(left, ".", right[:_WINDOW], buffer, 0, len(buffer))
                            assert got == want, (left, right, buffer)
                            assert fact_sentences._joins(left, ".", right[:_WINDOW], buffer) == want
                            asked += 1
    assert asked > 1_000, asked
