"""Which words of a query are topic words («очередь», «поручение»), told before any
alias is scored.

A query of a name and topic words («Хоргос очередь») is split into the name and the
rest (store.search.search_topics). Whether the whole text names something is, in the
general case, only known by scoring it against every alias (~5–8 ms at a million
aliases). A word can be told to be a topic word more cheaply: an ordinary Russian word
(the morphology knows it, and not as a name, a place or an organization) that no alias
of the store or the knowledge base holds as a whole word. A query made of a name and
such words cannot match an alias as a whole well (each topic word would have to match
a word of the alias), so its whole-text alias search is skipped.

Conservative by design: Latin and Kazakh words, kind words («область», «станция»),
figures and any word an alias holds are never topic words, and such queries are
searched as a whole as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from store.lang import names
from store.lang.lemmas import analyzer, lemma
from store.search.patronymic import is_patronymic
from store.search.search_kb import kb_index, kind_group
from store.search.trigrams import ALPHABET, A, trigrams
from store.search.variants import adjective_nominatives, strip_case_ending

_RUSSIAN_WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)*$")
MIN_LETTERS = 3
# grammemes of a parse that names someone or something (OpenCorpora tags)
_NAMING_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
END = ALPHABET.index("$")  # the mark after a word's last letter in its trigrams
SCAN_CHUNK = 256  # keys decoded at a time while looking for a whole word


def topic_flags(words: list[str], index) -> list[bool]:
    """For each word, whether it is a topic word (see the module docstring). The last
    word may be one being typed: no topic word when it begins a word a name holds
    («Китайские желез…»: «желез» is a word, the genitive of «железа», and taken for a
    topic word the query named «Китай»)."""
    last = len(words) - 1
    return [is_topic_word(w, index, typing=i == last) for i, w in enumerate(words)]


def is_topic_word(word: str, index, typing: bool = False) -> bool:
    """An ordinary Russian word, known to the morphology as no name, that no alias of
    `index` (or of its second layer) and no knowledge-base name holds as a word (nor,
    `typing`, as the start of a word)."""
    low = word.lower()
    if len(low) < MIN_LETTERS or not _RUSSIAN_WORD.match(low) or kind_group(low):
        return False
    if is_patronymic(low):  # «Нурсултан Абишевич»: a part of a person's name, not what is asked about them
        return False
    if not _ordinary_word(low):
        return False
    # «беляевского» is no topic word when a name holds «беляевский», nor «прокуратуры»
    # when one holds «прокуратура» (its lemma: «Генеральной прокуратуры …» names the body)
    forms = (low, strip_case_ending(low), lemma(low), *adjective_nominatives(low))
    keys = {names.fold(form) for form in forms}
    if any(not key or " " in key for key in keys):
        return False
    layers = [index, getattr(index, "delta", None), kb_index()[0]]
    if any(holds_word(layer, key) for layer in layers if layer is not None for key in keys):
        return False
    return not (typing and any(holds_word(layer, names.fold(low), begun=True) for layer in layers if layer is not None))


def is_unheld_latin_word(word: str, index) -> bool:
    """A Latin word of 3 letters or more that no alias of `index` (or of its second
    layer) and no knowledge-base name holds as a word («trucks», «waiting»; not
    «Border», «Committee», «Kordai»), nor a kind word. The morphology knows no English,
    so this stands for is_topic_word where a long query is told from a long name: a
    body's name has every word in some alias, a sentence about it has words in none."""
    low = word.lower()
    if len(low) < MIN_LETTERS or not _LATIN_WORD.match(low) or kind_group(low):
        return False
    key = names.fold(low)
    layers = [index, getattr(index, "delta", None), kb_index()[0]]
    return bool(key) and not any(holds_word(layer, key) for layer in layers if layer is not None)


_LATIN_WORD = re.compile(r"^[a-z]+$")


def ordinary_word(word: str) -> bool:
    """A Russian word the morphology knows, its likeliest reading naming nothing
    («дороги», «курган»; not «Уральск», «Ержанов», nor any Latin or Kazakh word)."""
    low = word.lower()
    return bool(_RUSSIAN_WORD.match(low)) and _ordinary_word(low)


@lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """Does the morphology know the word, its likeliest reading naming nothing? (Kept:
    a query's words come again at each keystroke.)"""
    parse = analyzer().parse(word)[0]
    return bool(parse.is_known) and not (set(parse.tag.grammemes) & _NAMING_TAGS)


def holds_word(index, word: str, begun: bool = False) -> bool:
    """Does any key of the index hold the folded `word` as a whole word (`begun`: as
    the start of a longer word)? The postings of the word's padded trigrams
    intersected, rarest first (a key with the word has them all; the start of a word
    has those without the end mark), then the keys left checked until one holds it."""
    tris = trigrams(word)
    if begun:
        tris = tris[tris % A != END]  # no trigram ending at the word's end («ез$»)
        if len(word) < MIN_LETTERS:
            return False
    if not word or not len(tris) or not index.n_keys:
        return False
    starts = index.post_start
    lists = sorted((index.post_kid[starts[t] : starts[t + 1]] for t in tris.tolist()), key=len)
    kids = lists[0]
    for postings in lists[1:]:
        if not len(kids):
            return False
        at = np.minimum(np.searchsorted(postings, kids), len(postings) - 1)  # postings ascend
        kids = kids[postings[at] == kids]
    kids = kids.astype(np.int64)
    for lo in range(0, len(kids), SCAN_CHUNK):
        keys = index.keys_of(kids[lo : lo + SCAN_CHUNK])
        if any(_has(key, word, begun) for key in keys):
            return True
    return False


def _has(key: str, word: str, begun: bool) -> bool:
    """Does the key hold `word` (`begun`: a longer word beginning with it)?"""
    if not begun:
        return word in key.split()
    return any(w.startswith(word) and len(w) > len(word) for w in key.split())
