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
"""

from __future__ import annotations

import re

from store.lang.lemmas import analyzer, lemma, words

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


def word_term(word: str) -> tuple[str, str]:
    """(the word's lemma, an FTS5 term matching it): the quoted lemma, or for a Kazakh
    word with an alternating stem a group of its lemma, the bare stem's lemma and the
    voiced stem as a prefix. The group has no spaces, so a caller may split an
    expression on them."""
    own = lemma(word)
    stem = bare_stem(word.lower().replace("ё", "е"))
    if stem is None:
        return own, quoted(own)
    options = [quoted(o) for o in dict.fromkeys((own, lemma(stem)))]
    options.append(quoted(stem[:-1] + _VOICED[stem[-1]]) + "*")
    return own, "(" + "OR".join(options) + ")"


def all_words(text: str) -> tuple[str, list[str]]:
    """An FTS5 expression requiring every word of `text` (any form), and the words'
    lemmas in order, once each. Plain phrases join by a space, as before; a group needs
    an explicit AND next to it (FTS5 does not read «(…) "x"» as AND)."""
    terms: dict[str, str] = {}
    for word in words(text):
        own, term = word_term(word)
        terms.setdefault(own, term)
    joiner = " AND " if any(t.startswith("(") for t in terms.values()) else " "
    return joiner.join(terms.values()), list(terms)


def terms_of(expr: str) -> list[str]:
    """The terms of an all_words expression (its phrases and groups, without the ANDs)."""
    return [t for t in expr.split(" ") if t and t != "AND"]


def any_word(expr: str) -> str:
    """An all_words expression turned into one matching any of its terms."""
    return " OR ".join(terms_of(expr))
