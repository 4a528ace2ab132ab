"""Pieces the exact-cut tests share (ingest110 … ingest120): the texts they compare old and new
code over, random strings of a pattern's pieces, razdel's own join answer, and the check that a
needle gate holds for every character `re` equates with a needle's letter. One copy each, so a
test file says only which code it compares."""

from __future__ import annotations

import functools
import random
import re
import sys
from collections.abc import Iterable

from razdel.segmenters.sentenize import SentSplit
from razdel.segmenters.sentenize import sentenize as _razdel_sentenize
from razdel.segmenters.sokr import HEAD_PAIR_SOKRS, HEAD_SOKRS, INITIALS, PAIR_SOKRS, SOKRS

from tests.conftest import FACTRU_TEXTS, ROOT, exact_count, generated_parts, make_corpus_module

# Letters whose case `re` folds in odd ways under IGNORECASE (İ ı ſ, the Kelvin sign, the old
# Cyrillic variants U+1C80–1C88): the random strings of every exact-cut test mix them in.
ODD_CASE_LETTERS = ("İ", "ı", "ſ", "\u212a", *(chr(c) for c in range(0x1C80, 0x1C89)))


def cased_texts(seed: int, n: int = 300) -> tuple[str, ...]:
    """dev and factRu (when present) as files, `n` generated articles' titles, bodies and pages
    (world `seed`), each also upper- and lower-cased: what a gate on letters must hold over."""
    files = sorted((ROOT / "eval" / "corpus" / "dev").iterdir()) + sorted(FACTRU_TEXTS.glob("*.txt"))
    read = [p.read_text(encoding="utf-8", errors="replace") for p in files if p.is_file()]
    read += [text for spec, body, page in generated_parts(seed, n) for text in (spec.title, body, page)]
    return tuple(read + [t.upper() for t in read] + [t.lower() for t in read])


def random_strings(seed: int, pieces: list[str], n: int, most: int = 10) -> list[str]:
    """`n` strings of up to `most` of `pieces` each, drawn with `seed`."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def razdel_joins(left: str, mark: str, right: str, buffer: str) -> bool:
    """razdel's own answer: does its sentenizer join `left` + `mark` + `right` (the sentence so
    far being `buffer`)?"""
    split = SentSplit(left, mark, right)
    split.buffer = buffer
    return bool(_razdel_sentenize.join(split))


def assert_equated_letters_fold(
    gates: Iterable[tuple[Iterable[str], re.Pattern[str]]], odd_case: re.Pattern[str]
) -> None:
    """Every character `re` matches with a needle's letter under IGNORECASE lowers to that letter
    or matches `odd_case` (a line holding one is searched whole), so a gate on the lower-cased
    line never skips a match; and each needle is in the pattern it guards, as written."""
    gates = [(tuple(words), rx) for words, rx in gates]
    letters = set("".join(w for words, _rx in gates for w in words))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    any_letter = re.compile("[" + re.escape("".join(sorted(letters))) + "]", re.I)
    checked = 0
    for m in any_letter.finditer(every):
        c = m[0]
        for letter in letters:
            if re.fullmatch(re.escape(letter), c, re.I):
                checked += 1
                assert c.lower() == letter or odd_case.match(c), (hex(ord(c)), letter)
    assert checked > len(letters)
    for words, rx in gates:
        low = rx.pattern.lower().replace("\\(", "(").replace("\\)", ")")
        assert all(w in low for w in words), rx.pattern


@functools.cache
def every_code_point() -> str:
    """All code points, surrogates too, as one string: a sweep over them is one `findall`, which
    runs in C, where a loop asking `fullmatch` of each character costs seconds."""
    return "".join(map(chr, range(sys.maxunicode + 1)))


def equated_with(letter: str) -> set[str]:
    """The characters `re` matches with `letter` under IGNORECASE (over every code point)."""
    return set(re.findall(re.escape(letter), every_code_point(), re.IGNORECASE))


def lowering_to(letters: Iterable[str]) -> dict[str, set[str]]:
    """For each of `letters`, the code points whose str.lower() is that letter."""
    out: dict[str, set[str]] = {x: set() for x in letters}
    for c in every_code_point():
        low = c.lower()
        if low in out:
            out[low].add(c)
    return out


# razdel's abbreviations, each pair as written («т.п», «и.о»; one of its pairs has three parts), in a fixed
# order, and the parts of its pairs («т» and «п» of «т.п»): the pieces of the sentence-join tests' strings
RAZDEL_SOKRS = sorted({*HEAD_SOKRS, *SOKRS, *INITIALS, *(".".join(p) for p in (*PAIR_SOKRS, *HEAD_PAIR_SOKRS))})
RAZDEL_PAIR_PARTS = sorted({part for p in (*PAIR_SOKRS, *HEAD_PAIR_SOKRS) for part in p})


def generated_txt(tmp_path_factory, name: str, seed: int, n: int = 150):
    """A folder of `n` generated .txt articles of seed `seed` (bench/make_corpus.py, in this process;
    the first quarter of them in the suite)."""
    out = tmp_path_factory.mktemp(name)
    make_corpus_module().make_corpus(exact_count(n), out, seed=seed, formats=("txt",))
    return out
