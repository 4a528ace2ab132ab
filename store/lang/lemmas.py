"""Lemmatize text for full-text search, the same way at ingest and at query time.

FTS5 matches whole tokens, and Russian inflects: «пункт пропуска», «пунктов
пропуска», «пунктами пропуска» share no token. Indexing and querying the lemmas
(pymorphy2's first normal form, cached per word form) makes them meet. The
analyzer loads lazily: ~0.3 s, paid by the first call only. Most words of news are in
a table shipped with the package (store/lang/lemma_table.py): their lemma is a lookup,
not a parse, in every process from its first article on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import lemma_table

_WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
_morph = None


def analyzer():
    """The process's one pymorphy2 analyzer (shared with extraction: loading it twice costs memory)."""
    global _morph
    if _morph is None:
        import pymorphy2

        _fit_pymorphy2_to_python311()
        _morph = pymorphy2.MorphAnalyzer(path=_dictionary_path())
        _plain_grammemes(_morph)
    return _morph


def _plain_grammemes(morph) -> None:
    """A tag's `POS`, `case`, `gender`… as plain strings. pymorphy2 wraps each in a str
    subclass made afresh at every access, whose `==` (in Python) raises on a grammeme its
    category does not hold, a typo check: the rules read those attributes ~600 times an
    article and compare them ~1,200 times, about twice the CPU of plain strings (0.64 against
    0.30 µs an access and comparison). The values are the same strings; only a comparison
    with a misspelt grammeme, which would raise, answers False instead. None was met over
    dev, factRu, 409 saved pages and sample_data (perf47, 2026-12-05: every comparison recorded)."""
    morph.TagClass.typed_grammemes = False


def _fit_pymorphy2_to_python311() -> None:
    """pymorphy2 reads its units' parameters with inspect.getargspec, gone in Python
    3.11; read them with getfullargspec instead. (yargy.morph does the same on import,
    but importing yargy costs a search process ~30 ms.)"""
    import inspect

    from pymorphy2.units.base import BaseAnalyzerUnit

    def parameter_names(unit_class) -> list[str]:
        if unit_class.__init__ is object.__init__:
            return []
        return sorted(inspect.getfullargspec(unit_class.__init__).args[1:])

    BaseAnalyzerUnit._get_param_names = classmethod(parameter_names)


def _dictionary_path() -> str | None:
    """Where the Russian dictionary is, found by its package: without a path pymorphy2
    scans every installed distribution's entry points for it (0.15 s of a 0.24 s load)."""
    try:
        import pymorphy2_dicts_ru
    except ImportError:
        return None  # pymorphy2 looks for it itself
    return pymorphy2_dicts_ru.get_path()


_CYRILLIC = re.compile("[а-я]")


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The normal form of one word (lower case, ё → е); non-Cyrillic words are only lowered."""
    return _folded_lemma(word.lower().replace("ё", "е"))


@lru_cache(maxsize=200_000)
def _folded_lemma(w: str) -> str:
    """The normal form of a lowered word: cached apart from `lemma` so that «Пункт»,
    «ПУНКТ» and «пункт» cost pymorphy2 one parse, not three; a word of the shipped table
    (store/lang/lemma_table.py) costs none."""
    if not _CYRILLIC.search(w):
        return w
    known = lemma_table.lookup(w)
    if known is not None:
        return known
    return parsed_lemma(w)


def parsed_lemma(w: str) -> str:
    """The normal form of a lowered word as pymorphy2 gives it (what the table holds)."""
    return readings(w)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=50_000)
def readings(w: str) -> list:
    """pymorphy2's readings of a lowered word (ё as е), shared by the lemmas and the
    name rules (store/lang/morphology.py: parses): most words the rules read were
    lemmatized first, and a parse is the costliest step of either."""
    return analyzer().parse(w)


def lemmatize(text: str) -> str:
    """Text as space-separated lemmas, in order (hyphenated words stay whole). The words
    go through the cached `lemma` by `map` (no Python frame per word: a third of the cost
    of a generator over match objects, for the same string)."""
    return " ".join(map(lemma, _WORD.findall(text)))


def words(text: str) -> list[str]:
    return _WORD.findall(text)
