"""Stop 51, ingest114: exact cuts in the facts and directives stages (issue 15). Each test compares
the new code with the code it replaced (kept here) over dev, factRu (when present), the samples and
generated articles, and over random strings of the pieces the code reads."""

from __future__ import annotations

import importlib
import random
import re

import pytest
from razdel.segmenters.punct import CLOSE_BRACKETS, DASHES, QUOTES
from razdel.segmenters.sentenize import BULLET_SIZE, SentSplit
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, HEAD_SOKRS, INITIALS, PAIR_SOKRS, SOKRS

from store.extract import fact_sentences
from store.extract.fact_sentences import _DELIMITER, _WINDOW, _joins, _lines_are_whole
from store.extract.spans import paragraph_sentences
from tests.conftest import exactness_texts

# the module (the package exports its segmenter under this name)
razdel_sentenize = importlib.import_module("razdel.segmenters.sentenize")

_RULES = [
    *("empty_side", "no_space_prefix", "lower_right", "delimiter_right", "sokr_left", "inside_pair_sokr"),
    *("initials_left", "list_item", "close_quote", "close_bracket", "dash_right"),
]


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[str]:
    return [t for t in exactness_texts(tmp_path_factory.mktemp("gen114"), seed=114) if t]


def _razdel_joins(left: str, mark: str, right: str, buffer: str) -> bool:
    split = SentSplit(left, mark, right)
    split.buffer = buffer
    return bool(razdel_sentenize.sentenize.join(split))


def test_the_rules_read_are_razdels():
    """_joins reads razdel 0.5.0's eleven rules in this order; another razdel must fail here first."""
    assert [r.name for r in fact_sentences._segmenter.rules] == _RULES
    assert [r.function for r in fact_sentences._segmenter.rules] == [getattr(razdel_sentenize, n) for n in _RULES]
    assert "." not in QUOTES and "." not in CLOSE_BRACKETS and "." in razdel_sentenize.BULLET_BOUNDS


def test_joins_is_razdels_join_at_every_delimiter(texts):
    """At every delimiter of every text, with the whole text's windows and sentences so far of
    several lengths (a bullet's and longer), _joins says what razdel's join says."""
    asked = fast = 0
    for text in texts:
        for m in _DELIMITER.finditer(text):
            st, en = m.span()
            left, right = text[max(0, st - _WINDOW) : st], text[en : en + _WINDOW]
            for back in (3, BULLET_SIZE, BULLET_SIZE + 1, 60, st):
                buffer = text[max(0, st - back) : st]
                asked += 1
                assert _joins(left, m.group(1), right, buffer) == _razdel_joins(left, m.group(1), right, buffer), (
                    left,
                    right,
                    buffer,
                )
            fast += m.group(1) == "."
    assert asked > 15_000 and fast > 2_500, (asked, fast)


# razdel's abbreviations, each pair as written («т.п», «и.о»; one of its pairs has three parts), in a fixed order
_SOKRS = sorted({*HEAD_SOKRS, *SOKRS, *INITIALS, *(".".join(p) for p in (*PAIR_SOKRS, *HEAD_PAIR_SOKRS))})

_PAIR_PARTS = sorted({part for p in (*PAIR_SOKRS, *HEAD_PAIR_SOKRS) for part in p})


def _piece(rng: random.Random) -> str:
    sokr = rng.choice(_SOKRS)
    return rng.choice(
        [
            sokr,
            sokr.upper(),
            sokr.capitalize(),
            rng.choice(["Астана", "пункт", "КПП", "Hello", "iPhone", "ǅem", "_x", "a_b", "漢字", "Ω", "ß", "İ"]),
            rng.choice(["1", "25", "2024", "IV", "а", "б", "§", "a", "8.1"]),
            rng.choice([*QUOTES, *DASHES, *razdel_sentenize.DELIMITERS, "(", "[", "{", ":", ",", "…", "*", "№"]),
            rng.choice([":)", ";-(", "=)))", ":-", "=("]),
            rng.choice(["А", "Б", "И", "Т", "я", "Я"]),
            rng.choice(_PAIR_PARTS).upper(),
            rng.choice(_PAIR_PARTS),
        ]
    )


def _blank(rng: random.Random) -> str:
    return rng.choice(["", " ", "  ", "\n", " \n", "\t", "\u00a0", "\n\n", "\r\n"])


def test_joins_on_random_windows():
    """Windows and sentences so far made of abbreviations (every razdel list), initials, words in
    each case, figures, bullets, quotes, brackets, dashes, delimiters, smiles and blanks of each kind."""
    rng = random.Random(114)
    fast = 0
    for _ in range(80_000):
        left = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[-_WINDOW:]
        right = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 3)))[:_WINDOW]
        mark = rng.choice([".", ".", ".", "!", "?", "…", ";", "»", '"', ")", ":)"])
        buffer = "".join(_blank(rng) + _piece(rng) for _ in range(rng.randint(0, 8)))
        new, old = _joins(left, mark, right, buffer), _razdel_joins(left, mark, right, buffer)
        assert new == old, (left, mark, right, buffer)
        fast += mark == "." and not old
    assert fast > 3_000, fast


def _old_lines_are_whole(text: str, sentences) -> bool:
    """fact_sentences._lines_are_whole before stop 51 (razdel's join at each checked delimiter)."""
    marks = [(m.start(), m.end(), m.group(1)) for m in _DELIMITER.finditer(text)]
    lines = []
    at = 0
    for line in re.finditer(r"[^\n]+", text):
        p0, p1 = line.span()
        first = at
        while at < len(marks) and marks[at][0] < p1:
            at += 1
        if at == first or text[marks[at - 1][1] : p1].strip():
            return False
        lines.append((p0, p1, first, at))
    ends = {b for _a, b in sentences}
    start = 0
    for n, (p0, p1, first, past) in enumerate(lines):
        for k in range(first, past):
            st, en, mark = marks[k]
            last = k == past - 1
            split = n < len(lines) - 1 if last else en in ends
            if last or st - p0 <= fact_sentences._NEAR or p1 - en < _WINDOW:
                if (
                    _razdel_joins(text[max(0, st - _WINDOW) : st], mark, text[en : en + _WINDOW], text[start:st])
                    == split
                ):
                    return False
            if split:
                start = en
    return True


def test_lines_are_whole_decides_as_before(texts):
    stitched = 0
    for text in texts:
        lines = paragraph_sentences(text)
        new = _lines_are_whole(text, lines)
        assert new == _old_lines_are_whole(text, lines)
        stitched += new
    assert stitched > 150
