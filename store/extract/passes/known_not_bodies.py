"""Pass `known_not_bodies`: a name store/data/not_bodies.csv lists is never a body (issue 15, org56).

Why: the model reads a short capital word or a Latin term standing where a body stands as one
(«Ro-Ro суда загружены», «Движение по БАКАД открыто», «Президенты стран ЦА встретились»).
These words name a kind of ship, a road, a region, a cargo unit, a document or the kind of a
post, and no text defines them as a body: round 1 (org55) met «ЦА», «БАКАД» and «Ro-Ro» as
false bodies on its worked set, and each is a term a reader of this domain meets on many sites.
The list is data with a source for every row; a term is matched on the whole name only, its case,
«ё», hyphens and spaces ignored, so a body whose name holds the word («ТОО «БАКАД Строй»») stays.
A term the text glosses on the spot is terms_not_bodies' (glossed_and_quoted.py).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

_NOT_LETTERS = re.compile(r"[\W_]+")


def _fold(name: str) -> str:
    """Case, «ё», quotes, hyphens and spaces ignored: «RO-RO», «Ro-Ro» and «Ро-Ро» are one term."""
    return _NOT_LETTERS.sub("", name.lower().replace("ё", "е"))


_WORD = re.compile(r"\w+")
_STEM = 6


def _stems(name: str) -> tuple[str, ...]:
    """A name of several words by the first letters of each, so that any case of it matches
    («Евразийского экономического пространства» is «Евразийское экономическое пространство»)."""
    return tuple(w[:_STEM] for w in _WORD.findall(name.lower().replace("ё", "е")))


# A platform's row (org101) is no body only where the text names it as a place: the pass
# platforms_not_bodies reads those rows, this one leaves them.
PLATFORM_KIND = "online platform"


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    text = resources.files("store").joinpath("data/not_bodies.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


def _spellings(platforms: bool) -> list[str]:
    """The terms and variants of the platform rows (True) or of every other row (False)."""
    rows = [r for r in _rows() if (r["kind"] == PLATFORM_KIND) == platforms]
    return [n for row in rows for n in [row["term"], *row["variants"].split("|")] if n]


@lru_cache(maxsize=1)
def platform_spellings() -> tuple[str, ...]:
    """Every listed platform's name and variants as the table prints them."""
    return tuple(_spellings(True))


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    """fold(name) of every listed platform's name and variants."""
    return frozenset(map(fold, platform_spellings()))


def fold(name: str) -> str:
    """A name as the table's terms are matched (see _fold)."""
    return _fold(name)


@lru_cache(maxsize=1)
def _terms() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """fold(term) for every one-word term and variant of store/data/not_bodies.csv, and the
    stems of every term of several words (a platform's row aside)."""
    names = _spellings(False)
    phrases = frozenset(_stems(n) for n in names if len(n.split()) > 1)
    return frozenset(f for f in map(_fold, names) if f), phrases


def is_known_term(name: str) -> bool:
    """Is the whole name a listed term (a ship's type, a road, a region, a unit …), no body?"""
    words, phrases = _terms()
    return _fold(name) in words or (len(name.split()) > 1 and _stems(name) in phrases)


def known_not_bodies(text: str, spans: list, ctx) -> list:
    """The organization spans whose text or normalized name is a listed term, taken out; a
    term the text defines in brackets («Центральной Азии (ЦА)») is terms_not_bodies' to judge."""
    return [s for s in spans if not (s.type == "organization" and _a_term(s, ctx) and not _defined(text, s.text))]


def _a_term(s, ctx) -> bool:
    name = ctx.names.get((s.start, s.end))
    return is_known_term(s.text) or (name is not None and is_known_term(name))


def _defined(text: str, term: str) -> bool:
    """Does the text print the term in brackets after what it stands for?"""
    return f"({term.strip()})" in text
