"""Word lists kept as data files: store/lang/lexicon/NAME.txt, one entry a line (an entry
may hold a space: «европейский союз»), lines starting with `#` are the header saying what
the list is and why. Each list is read once per process."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicon/NAME.txt; a missing list is an error at import, not an empty set."""
    text = files("store.lang").joinpath(f"lexicon/{name}.txt").read_text(encoding="utf-8")
    return frozenset(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))
