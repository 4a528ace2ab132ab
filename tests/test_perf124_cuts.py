"""perf124's cuts (issue 15, stop 54) answer as the code they replace.

- platforms_not_bodies._without_case tries its Kazakh-ending pattern only on a name holding one of
  the marks that open every ending (`_CASE_MARKS`), and `_is_platform` keeps its answer by name.
- outlet_shapes.byline_outlet splits a header line only where a slash or a bar stands in it.

Each old function is kept here; old and new give the same answers over the lines and words of dev,
factRu and generated texts in three casings and over random strings of the patterns' pieces, and a
gate missing one of its marks fails the comparison.
"""

from __future__ import annotations

import pytest

from store.extract.passes import platforms_not_bodies as pnb
from store.extract.passes.known_not_bodies import fold, platform_names, platform_spellings
from store.reading import outlet_shapes as shapes
from store.reading import outlets
from tests.exactness import ODD_CASE_LETTERS, cased_texts, random_strings


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """The lines of dev, factRu and 20 generated articles in three casings."""
    return [line for t in cased_texts(124, 20) for line in t.splitlines()]


def _names(lines: list[str]) -> list[str]:
    """Word runs of one to three words of the lines (what a span's name looks like) and random
    names of platforms' spellings, endings, marks and odd letters."""
    words = [w for line in lines[::7] for w in line.split()]
    runs = [" ".join(words[i : i + n]) for n in (1, 2, 3) for i in range(0, len(words), 5 * n)]
    pieces = [*platform_spellings()[:20], "-да", "'тан", "’ның", "-ДАҒЫ", "-", "'", "’", "тан", " ", "«", "»"]
    pieces += ["Telegram", "TELEGRAM", "Instagram-", "YouTube'", "2GIS", "ден", *ODD_CASE_LETTERS]
    return runs + random_strings(124, pieces, 3000, most=5)


def _old_without_case(name: str) -> str:
    m = pnb._CASE_TAIL.match(name.strip())
    return m.group(1) if m else name


def test_platform_gate_and_cache_answer_as_before(lines):
    names = _names(lines)
    with_ending = [n for n in names if _old_without_case(n) != n]
    assert len(with_ending) > 100  # the strings reach the pattern's matches
    platforms = sum(1 for n in names if fold(_old_without_case(n)) in platform_names())
    assert platforms > 50
    for name in names:
        assert pnb._without_case(name) == _old_without_case(name), name
        assert pnb._is_platform(name) == (fold(_old_without_case(name)) in platform_names()), name
    # a gate missing one of the marks skips a match
    short = pnb._CASE_MARKS[:-1]
    assert any(_old_without_case(n) != n and not any(m in n for m in short) for n in names)


def _old_byline_outlet(header: list[str]) -> str | None:
    """outlet_shapes.byline_outlet before perf124: every line split."""
    from store.reading.credits import bare_name

    for line in header[:6]:
        parts = shapes._BYLINE_PARTS.split(line.strip())
        if len(line) > shapes._BYLINE_LEN or len(parts) != 2 or sum(1 for p in parts if bare_name(p)) != 1:
            continue
        name = next(p for p in parts if not bare_name(p)).strip(' «»"“”')
        if not shapes._site_like(name) or shapes._NOT_BYLINE_OUTLETS.match(name):
            continue
        words = name.split()
        if len(words) == 1:
            if outlets.known_or_domain(name):
                return outlets.known_or_domain(name)
            continue
        if all(w[:1].isupper() for w in words) or any(shapes._PAPER_WORD.match(w) for w in words):
            return name
    return None


_BYLINE_PIECES = ["Марат Ибраев", "Асель Нурова", " / ", " | ", "/", "|", " ", "\t", "Индустриальная Караганда"]
_BYLINE_PIECES += ["Liter.kz", "Tengrinews.kz", "Астана", "Фото", "Уральская неделя", "«Казправда»", "автор"]
_BYLINE_PIECES += ["Марат Ибраев / Индустриальная Караганда", "Liter.kz | Асель Нурова", "Асель Нурова/Orda.kz"]


def test_byline_gate_answers_as_before(lines):
    drawn = random_strings(124, _BYLINE_PIECES, 3000, most=4)
    groups = [lines[i : i + 6] for i in range(0, len(lines), 6)] + [drawn[i : i + 3] for i in range(0, 3000, 3)]
    found = 0
    for header in groups:
        old = _old_byline_outlet(header)
        assert shapes.byline_outlet(header) == old, header
        found += old is not None
    assert found > 20  # the strings reach bylines
