"""FTS5 expressions of a query's words, the same for the search and the Articles tab's
word filter, with Kazakh stem-final consonant alternation folded in.

A Kazakh stem ending in к, қ or п voices it before a vowel-initial ending: «кезек»
'queue' is «кезегі» 'its queue', «тарақ» → «тарағы», «кітап» → «кітабы». The index
holds lemmas (store.lang.lemmas), and pymorphy2's Russian guesses keep such forms
apart («кезек» and «кезегі» are two tokens), so a query of one form missed articles
with the other. The folding is on the query side only: a word of either form asks for
the bare stem's lemma OR any lemma starting with the voiced stem («кезег»*: кезегі,
кезегінде, кезегін…). Stores keep the lemmas they were written with; nothing to rebuild.

Only words pymorphy2's Russian dictionary does not know are folded (a Russian «урок»
or «дорога» keeps its exact lemma), and only stems of four letters or more (a shorter
voiced prefix, «жүг»*, would catch unrelated words).

Since schema 12 the index holds Kazakh stems (store.lang.kazakh_stems) for every word of
a Kazakh article and for every word with a Kazakh letter anywhere (`index_text`), so a
query word also asks for its Kazakh stem and the stem's variants: «көліктерді» finds
«көлік», «көлігі», «көліктердің». The lemma stays among the options: a store indexed
before keeps being searched as it was, and Russian pages hold lemmas.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import lemma_table
from store.lang.kazakh import KAZAKH_LETTERS
from store.lang.kazakh_stems import kazakh_stem, query_keys
from store.lang.lemmas import analyzer, lemma, lemmatize, words
from store.lang.topic_translations import Form, phrase_at, phrase_translations, translations

_VOICED = {"к": "г", "қ": "ғ", "п": "б"}
_HARD = {v: k for k, v in _VOICED.items()}
# a vowel-initial ending after the voiced consonant: the possessive -ы/-і (-ым, -ың,
# -ымыз…) and the case endings that follow it (-ын, -ына, -ында, -ынан, -ымен…)
_VOICED_FORM = re.compile("^(?P<stem>[а-яәғқңөұүһі]{3,})(?P<cons>[гғб])(?P<ending>[ыі][а-яәғқңөұүһі]{0,6})$")
_MIN_STEM = 4


def quoted(text: str) -> str:
    """One FTS5 phrase of `text` (user text is never FTS syntax)."""
    return '"' + text.replace('"', '""') + '"'


def bare_stem(word: str) -> str | None:
    """The stem ending in к/қ/п that a lowered Kazakh word is or voices («кезегі» →
    «кезек», «кезек» → «кезек»), or None for a word with no such stem."""
    if len(word) >= _MIN_STEM and word[-1] in _VOICED:
        stem = word
    else:
        m = _VOICED_FORM.match(word)
        if m is None:
            return None
        stem = m["stem"] + _HARD[m["cons"]]
    if len(stem) < _MIN_STEM or analyzer().word_is_known(word):
        return None
    return stem


_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)


def index_text(text: str, kazakh: bool) -> str:
    """The words of `text` as the full-text index holds them: Kazakh stems for the words
    of a Kazakh article (`kazakh`) and for words with a Kazakh letter, the lemma for
    the others. A text of neither costs what lemmatize costs (one regex search)."""
    if not kazakh and KAZAKH_LETTERS.search(text) is None:
        return lemmatize(text)
    return " ".join(map(_kazakh_index_word if kazakh else _russian_index_word, words(text)))


def _index_word(word: str, kazakh: bool) -> str:
    if (kazakh and _CYRILLIC.search(word)) or KAZAKH_LETTERS.search(word):
        return kazakh_stem(word.lower())
    return lemma(word)


# `_index_word` kept per word form, one memo for each kind of article: a Kazakh page's words
# went through two regex searches, a lowering and two cache probes each, every occurrence
# (ingest98: ~20 % of the lemmas stage over dev + factRu + 400 generated texts). The answer is
# a pure function of the word and the flag (kazakh_stem and lemma are), so the memo is exact;
# `map` over a cached function costs no Python frame a word, as `lemmatize` does.
@lru_cache(maxsize=100_000)
def _kazakh_index_word(word: str) -> str:
    return _index_word(word, True)


@lru_cache(maxsize=100_000)
def _russian_index_word(word: str) -> str:
    return _index_word(word, False)


def index_phrases(text: str) -> list[str]:
    """The index's phrases `text` may be stored as: its lemmas (a Russian page, or any
    page of a store indexed before schema 12), its Kazakh words' stems (a Russian page
    since 12), all its words' stems (a Kazakh page), once each."""
    forms = (lemmatize(text), index_text(text, False), index_text(text, True))
    return [p for p in dict.fromkeys(forms) if p]


def stem_keys(word: str) -> tuple[str, ...]:
    """The Kazakh index keys a query word's forms may be stored under: none for a word
    without Cyrillic letters, nor for a Russian word (no Kazakh letter, in the lemma
    table or pymorphy2's dictionary) that no Kazakh ending cuts («очереди»: its lemma
    alone, as before; «Алматы», «сауда», «талабы» are cut, and a Kazakh page holds the cut)."""
    if not _CYRILLIC.search(word):
        return ()
    low = word.lower().replace("ё", "е")
    if KAZAKH_LETTERS.search(low) is None and kazakh_stem(low) == low and _known(low):
        return ()
    return query_keys(low)


def _known(low: str) -> bool:
    """Is a lowered word Russian: in the shipped lemma table, or in pymorphy2's dictionary?"""
    return lemma_table.lookup(low) is not None or analyzer().word_is_known(low)


def word_term(word: str) -> tuple[str, str]:
    """(the word's own index form, an FTS5 term matching it): the quoted lemma, or a
    group of the lemma, the Kazakh stem keys and, for a Kazakh word with an alternating
    stem, the bare stem's lemma and the voiced stem as a prefix. The own form is the
    Kazakh stem for a word with a Kazakh letter or one pymorphy2 does not know, else
    the lemma (the snippet looks for it). A topic word of the domain asks for its
    translations' keys too («очередь» for «кезек» and the reverse:
    store.lang.topic_translations). The group has no spaces, so a caller may split an
    expression on them."""
    own = lemma(word)
    low = word.lower().replace("ё", "е")
    keys = stem_keys(word)
    options = [own, *keys]
    stem = bare_stem(low)
    if stem is not None:
        options.append(lemma(stem))
    phrases = phrase_translations(options)
    options += translations(options)
    quotes = [quoted(o) for o in dict.fromkeys(options)] + [phrase_term(f) for f in phrases]
    if stem is not None:
        quotes.append(quoted(stem[:-1] + _VOICED[stem[-1]]) + "*")
    if keys and (KAZAKH_LETTERS.search(low) or not _known(low)):
        own = keys[0]
    if len(quotes) == 1:
        return own, quotes[0]
    return own, "(" + "OR".join(quotes) + ")"


def phrase_term(form: Form) -> str:
    """An FTS5 phrase of index keys with no space in it («"жүк"+"көлік"»)."""
    return "+".join(quoted(key) for key in form)


def query_options(word: str) -> list[str]:
    """The index keys a query word may stand for: its lemma and its Kazakh stem keys."""
    return list(dict.fromkeys([lemma(word), *stem_keys(word)]))


def all_words(text: str) -> tuple[str, list[str]]:
    """An FTS5 expression requiring every word of `text` (any form), and the words'
    lemmas in order, once each. Plain phrases join by a space, as before; a group needs
    an explicit AND next to it (FTS5 does not read «(…) "x"» as AND). Words that are a
    topic phrase («пропускная способность») are one group of the phrase's translations
    as phrases (store.lang.topic_translations.phrase_at)."""
    terms: dict[str, str] = {}
    lemmas: list[str] = []
    found = words(text)
    options = [query_options(w) for w in found]
    i = 0
    while i < len(found):
        n, forms = phrase_at(options, i) if len(found) > 1 else (0, [])
        if n:
            owns = [word_term(w)[0] for w in found[i : i + n]]
            alts = [phrase_term(f) for f in dict.fromkeys([tuple(owns), *forms])]
            terms.setdefault(" ".join(owns), "(" + "OR".join(alts) + ")")
            lemmas += owns
            i += n
            continue
        own, term = word_term(found[i])
        terms.setdefault(own, term)
        lemmas.append(own)
        i += 1
    joiner = " AND " if any(t.startswith("(") for t in terms.values()) else " "
    return joiner.join(terms.values()), list(dict.fromkeys(lemmas))


def terms_of(expr: str) -> list[str]:
    """The terms of an all_words expression (its phrases and groups, without the ANDs)."""
    return [t for t in expr.split(" ") if t and t != "AND"]


def any_word(expr: str) -> str:
    """An all_words expression turned into one matching any of its terms."""
    return " OR ".join(terms_of(expr))
