"""The border news' topic words in Russian, Kazakh and English as one another's
translations (store/data/topic_words.csv: queue, closed, opened, repair, reconstruction,
capacity, deadline, driver), so a topic word finds its article in either language.

Why: the full-text index holds a Russian page's lemmas and a Kazakh page's stems, so
«нур жолы очередь» ranked the post's Russian pages (or its newest Kazakh one about
something else) over a Kazakh page about the queue there, «кезегі ұзарды»: the topic word
met no word of it. A query word whose lemma or Kazakh stem is one of a row's forms asks
for the row's other forms too (store.lang.fts_terms.word_term), and the snippet looks
for them (store.search.articles.snippet).

A row's forms are keyed as the index keys them: Russian and English by lemma
(store.lang.lemmas), Kazakh by stem (store.lang.kazakh_stems); a form's several
spellings («закрыт», «закрыли») are listed because the lemmatizer reads them apart.
A small, closed list by design: each row is a word the domain's queries use, checked
against a dictionary (the row's source).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from store.lang.kazakh_stems import kazakh_stem
from store.lang.lemmas import lemma

_COLUMNS = ("ru", "kk", "en")


@cache
def _key_groups() -> dict[str, frozenset[str]]:
    """Each form's index key → the index keys of every form of its row (its own too)."""
    text = files("store").joinpath("data/topic_words.csv").read_text(encoding="utf-8")
    groups: dict[str, frozenset[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        keys = frozenset(_key(form, column) for column in _COLUMNS for form in row[column].split("|") if form)
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


def _key(form: str, column: str) -> str:
    low = form.lower().replace("ё", "е")
    return kazakh_stem(low) if column == "kk" else lemma(low)


def translations(keys: Iterable[str]) -> list[str]:
    """The index keys of the words meaning what any of `keys` (a query word's lemma and
    Kazakh stems) means, `keys` themselves left out, in a stable order; [] for a word
    of no row."""
    own = list(keys)
    groups = _key_groups()
    found: set[str] = set()
    for key in own:
        found |= groups.get(key, frozenset())
    return sorted(found.difference(own))
