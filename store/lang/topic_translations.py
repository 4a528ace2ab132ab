"""The border news' topic words and phrases in Russian, Kazakh and English as one
another's translations (store/data/topic_words.csv: queue, closed, opened, repair,
reconstruction, capacity, deadline, driver, customs clearance, working hours, truck),
so a topic finds its article in either language.

Why: the full-text index holds a Russian page's lemmas and a Kazakh page's stems, so
«нур жолы очередь» ranked the post's Russian pages (or its newest Kazakh one about
something else) over a Kazakh page about the queue there, «кезегі ұзарды»: the topic word
met no word of it. A query word whose lemma or Kazakh stem is one of a row's forms asks
for the row's other forms too (store.lang.fts_terms.word_term), and the snippet looks
for them (store.search.articles.snippet).

A form may be a phrase («пропускная способность», «өткізу қабілеті»): a topic of two
words is one topic, and keyed on one of its words it asked for the other word in the
query's language as well, which the other language's page lacks. Two query words in a
row that are a phrase form ask for the row's phrases (each as an FTS5 phrase) and its
single words that are no part of a phrase («capacity»), not for the parts alone: a page
with «пропускной режим» and «способность» apart is not about capacity (`phrase_at`).
A single topic word («грузовик») asks for the row's phrases too («жүк көлігі»).

A row's forms are keyed as the index keys them: Russian and English by lemma
(store.lang.lemmas), Kazakh by stem (store.lang.kazakh_stems), a phrase word by word;
a form's several spellings («закрыт», «закрыли») are listed because the lemmatizer reads
them apart. A small, closed list by design: each row is a word the domain's queries use,
checked against a dictionary (the row's source).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files

from store.lang.kazakh_stems import kazakh_stem
from store.lang.lemmas import lemma

_COLUMNS = ("ru", "kk", "en")
MAX_PHRASE_WORDS = 3  # the longest phrase form looked for in a query

Form = tuple[str, ...]  # a form's index keys, one per word


@cache
def _rows() -> tuple[frozenset[Form], ...]:
    """Each row's forms, keyed."""
    text = files("store").joinpath("data/topic_words.csv").read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        forms = (_form(form, column) for column in _COLUMNS for form in row[column].split("|") if form.strip())
        rows.append(frozenset(forms))
    return tuple(rows)


def _form(form: str, column: str) -> Form:
    return tuple(_key(word, column) for word in form.split())


@cache
def _key_groups() -> dict[str, frozenset[str]]:
    """Each single-word form's index key → the keys of every single-word form of its row."""
    groups: dict[str, frozenset[str]] = {}
    for forms in _rows():
        keys = frozenset(f[0] for f in forms if len(f) == 1)
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


@cache
def _phrase_rows() -> dict[Form, frozenset[Form]]:
    """A key of a word or phrase form → every phrase form of the rows holding it."""
    out: dict[Form, frozenset[Form]] = {}
    for forms in _rows():
        phrases = frozenset(f for f in forms if len(f) > 1)
        if phrases:
            for form in forms:
                out[form] = out.get(form, frozenset()) | phrases
    return out


def _key(form: str, column: str) -> str:
    low = form.lower().replace("ё", "е")
    return kazakh_stem(low) if column == "kk" else lemma(low)


def translations(keys: Iterable[str]) -> list[str]:
    """The index keys of the single words meaning what any of `keys` (a query word's
    lemma and Kazakh stems) means, `keys` themselves left out, in a stable order; []
    for a word of no row."""
    own = list(keys)
    groups = _key_groups()
    found: set[str] = set()
    for key in own:
        found |= groups.get(key, frozenset())
    return sorted(found.difference(own))


def phrase_translations(keys: Iterable[str]) -> list[Form]:
    """The phrase forms of the rows a single query word (its keys) is a form of:
    «грузовик» → («жүк», «көлік»), («грузовой», «автомобиль»)."""
    rows = _phrase_rows()
    found: set[Form] = set()
    for key in keys:
        found |= rows.get((key,), frozenset())
    return sorted(found)


def phrase_at(options: Sequence[Sequence[str]], start: int) -> tuple[int, list[Form]]:
    """(n, forms) when the query words from `start` on (`options`: each word's index
    keys) begin with a phrase form of n words: the phrase forms of its rows and their
    single words that are no word of any of those phrases («capacity», not
    «способность»), the matched phrase first; (0, []) when none begins there."""
    rows = _phrase_rows()
    for n in range(min(MAX_PHRASE_WORDS, len(options) - start), 1, -1):
        for form in _combinations(options[start : start + n]):
            phrases = rows.get(form)
            if phrases:
                return n, [form, *sorted(phrases - {form}), *_whole_words(form, phrases)]
    return 0, []


def _combinations(options: Sequence[Sequence[str]]) -> list[Form]:
    """Every choice of one key per word (a few keys a word: a handful of tuples)."""
    out: list[Form] = [()]
    for keys in options:
        out = [form + (key,) for form in out for key in dict.fromkeys(keys)]
    return out


def _whole_words(form: Form, phrases: frozenset[Form]) -> list[Form]:
    """The single-word forms of `form`'s rows that are no word of a phrase of them."""
    parts = {word for phrase in phrases for word in phrase}
    singles: set[str] = set()
    for forms in _rows():
        if form in forms:
            singles |= {f[0] for f in forms if len(f) == 1}
    return [(w,) for w in sorted(singles - parts)]


def phrase_words(keys: Iterable[str]) -> list[str]:
    """The words of the phrases a query's keys hold whole, and of their rows' other
    phrases (the snippet looks for them): «пропускной», «способность» → «өткізу»,
    «қабілет» and the two themselves."""
    own = set(keys)
    found: set[str] = set()
    for form, phrases in _phrase_rows().items():
        if len(form) > 1 and own.issuperset(form):
            found |= {word for phrase in phrases for word in phrase}
    return sorted(found)
