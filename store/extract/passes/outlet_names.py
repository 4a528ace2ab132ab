"""Pass `cited_outlet_names`: an outlet a Russian or Kazakh text cites by its Latin name
(«передает корреспондент агентства Kazinform») and also prints in Cyrillic («Казинформ»
on a credit line the reader kept out of the body: the page is searched after the text) is
named by the Cyrillic spelling printed.

Why: the reference names an outlet the way the text prints it, and where a Cyrillic text
prints both spellings it takes the Cyrillic one (dev d016: «Казинформ», with «Kazinform»
only tolerated). A Latin name printed alone stays as printed: nothing says the reader
would call it otherwise. The outlets and their spellings are store/data/outlets.csv's
(read here: the reading layer's copy is not for extraction to import).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.extract.needles import whole_word

_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile("[a-z]", re.IGNORECASE)
# Every character _CYRILLIC and _LATIN match (under IGNORECASE `re` also equates the old letter
# forms U+1C80–U+1C86 with в д о с т ъ ы, and İ ı ſ K with i s k; tests/test_ingest110_cuts.py checks
# every code point), as case-sensitive runs: a text's letters counted by its runs' lengths, not
# as a list of single letters folded one by one (0.27 -> 0.10 ms a generated body; ingest110).
_CYRILLIC_RUN = re.compile("[а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ\u1c80-\u1c86]+")
_LATIN_RUN = re.compile("[a-zA-Z\u0130\u0131\u017f\u212a]+")


def _letters(run: re.Pattern, text: str) -> int:
    """How many characters of `text` the run's class holds: `len(_CYRILLIC.findall(text))` for
    _CYRILLIC_RUN, `len(_LATIN.findall(text))` for _LATIN_RUN."""
    return sum(map(len, run.findall(text)))


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SCHEME_AND_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")
_KZ_DOMAIN_END = re.compile(r"\.kz$")
_NON_ALNUM_RUN = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def _fold(name: str) -> str:
    """Case, «ё», punctuation and spaces ignored, as store.reading.outlets folds an outlet's name.
    Kept by the name (a pure function of it): the pass folds every body span's name, and
    bodies are named again and again (gate75: three substitutions a name, 0.01 ms a text)."""
    s = name.lower().replace("ё", "е").strip()
    s = _SCHEME_AND_WWW.sub("", s)
    s = _KZ_DOMAIN_END.sub("", s)
    return _NON_ALNUM_RUN.sub("", s)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, ...]]:
    """fold(any spelling of an outlet) → the outlet's Cyrillic spellings, longest first."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        names = [s.strip() for s in [row["name"], *row["aliases"].split("|")] if s.strip()]
        cyrillic = tuple(sorted((s for s in names if _CYRILLIC.search(s)), key=len, reverse=True))
        if cyrillic:
            for s in [*names, *row["domains"].split("|")]:
                if s.strip():
                    out.setdefault(_fold(s), cyrillic)
    return out


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """fold(every name and alias of outlets.csv): an outlet's name is printed as it is
    (a Russian case rule reads «Устинка LIVE» as a genitive and cuts it: fix52)."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return frozenset(_fold(n) for r in rows for n in [r["name"], *r["aliases"].split("|")] if n.strip())


def cited_outlet_names(text: str, spans: list, ctx) -> list:
    """Rename each organization span that is an outlet's Latin name to the Cyrillic
    spelling of that outlet the text prints first (see the module doc)."""
    cited = []
    for s in spans:
        if s.type != "organization":
            continue
        name = ctx.names.get((s.start, s.end)) or s.text
        # a case rule cuts only Cyrillic words: a Latin name is left to the rules below
        if (s.start, s.end) not in ctx.names and _CYRILLIC.search(s.text) and _fold(s.text) in _outlet_names():
            ctx.names[(s.start, s.end)] = name = " ".join(s.text.split())  # «Устинка LIVE», not «Устинк LIVE»
        if _CYRILLIC.search(name) or "." in name:
            continue  # a site cited by its domain is named so («Kazpravda.kz», not its paper's title)
        spellings = _spellings().get(_fold(name), ())
        if spellings:
            cited.append((s, spellings))
    # counted only when an outlet is cited: two findall lists over every article cost 0.18 ms of 20
    if not cited or _letters(_CYRILLIC_RUN, text) <= _letters(_LATIN_RUN, text):
        return spans  # a Latin-script text names its outlets in Latin
    for s, spellings in cited:
        printed = _printed_cyrillic(text, spellings) or _printed_cyrillic(getattr(ctx, "page", ""), spellings)
        if printed:
            ctx.names[(s.start, s.end)] = printed
    return spans


def _printed_cyrillic(text: str, spellings: tuple[str, ...]) -> str | None:
    """The spelling of `spellings` the text prints first as a whole name (the longer of
    two at one place), or None; part of a compound is not it («Рамблер-Новости» is no
    «Рамблер»: factRu book_3688)."""
    best: tuple[int, int, str] | None = None
    for spelling in spellings:
        m = whole_word(spelling).search(text)  # (?<![\w-])spelling(?![\w-]), skipping in C (gate75)
        if m and (best is None or (m.start(), -len(spelling)) < (best[0], best[1])):
            best = (m.start(), -len(spelling), spelling)
    return best[2] if best else None
