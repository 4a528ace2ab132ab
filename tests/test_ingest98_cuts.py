"""ingest98's cuts (issue 15: ingest cost, every export identical) give what the code before
them gave.

- fts_terms.index_text: the index form of a word of a Kazakh article, or of a text with a
  Kazakh letter, is kept per word form (`_kazakh_index_word` / `_russian_index_word`) where
  each occurrence went through `_index_word` again. The code before is kept below and
  compared on every dev and factRu file read both ways (a Kazakh article's and a Russian
  one's) and on random strings of the pieces the branches look at (Kazakh and Russian
  letters either case, ё, Latin, digits, hyphens).
- kazakh.is_role_word: cached by the word and the flag; the uncached code is kept below and
  compared on every word of the dev and factRu files and random role nouns with endings.
"""

from __future__ import annotations

import random
from pathlib import Path

from store.lang import fts_terms, kazakh
from store.lang.kazakh import KAZAKH_LETTERS
from store.lang.lemmas import lemmatize, words

ROOT = Path(__file__).resolve().parent.parent
_DEV = sorted(p for p in (ROOT / "eval" / "corpus" / "dev").iterdir() if p.is_file())
# factRu's texts beside the checkout (or beside a worktree's folder), where there are any
_FACTRU = next(
    (fs for up in (ROOT.parent, ROOT.parent.parent) if (fs := sorted((up / "shared/eval/factru/texts").glob("*.txt")))),
    [],
)


def _old_index_text(text: str, kazakh: bool) -> str:
    """fts_terms.index_text as main left it (907cf36f)."""
    if not kazakh and KAZAKH_LETTERS.search(text) is None:
        return lemmatize(text)
    return " ".join(fts_terms._index_word(w, kazakh) for w in words(text))


def test_index_text_of_every_dev_and_factru_file_as_before():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in _DEV + _FACTRU]
    assert len(texts) >= 75  # dev alone (a clean clone has no factRu): 79
    kazakh_letters = 0
    for t in texts:
        kazakh_letters += KAZAKH_LETTERS.search(t) is not None
        for flag in (True, False):
            assert fts_terms.index_text(t, flag) == _old_index_text(t, flag)
    assert kazakh_letters >= 5  # the memo's path is taken by texts, not only by the flag


def test_index_text_of_random_strings_as_before():
    rng = random.Random(98)
    pieces = list("әғқңөұүһіӘҒҚҢӨҰҮҺІабвгкпёЁжзиклмнопрстуыьАБВГКПЖЗabcXYZ019") + ["-", " ", "  ", "\n", "ұлы", "ның"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        for flag in (True, False):
            assert fts_terms.index_text(t, flag) == _old_index_text(t, flag), t


def test_the_memo_answers_a_word_again_without_the_rules():
    fts_terms._kazakh_index_word.cache_clear()
    assert fts_terms.index_text("көліктердің Көліктердің көліктердің", True) == "көлік көлік көлік"
    assert fts_terms._kazakh_index_word.cache_info().hits == 1  # keyed by the exact form


def _old_is_role_word(word: str, possessive: bool = False) -> bool:
    """kazakh.is_role_word as main left it (907cf36f), uncached."""
    low = word.lower().strip(',.«»"')
    if low in kazakh.ROLE_NOUNS:
        return True
    if any(
        low[:-n] in kazakh.ROLE_NOUNS and low[-n:] in kazakh._AFTER_POSSESSIVE for n in kazakh._AFTER_POSSESSIVE_LENGTHS
    ):
        return True
    return not possessive and any(
        low[:-n] in kazakh._ROLE_STEMS and low[-n:] in kazakh._AFTER_STEM for n in kazakh._AFTER_STEM_LENGTHS
    )


def test_is_role_word_of_every_word_and_random_strings_as_before():
    """kazakh.is_role_word is cached by (word, possessive): every word of the dev and factRu
    files, each asked twice (the second answer from the memo), and random strings of role
    nouns, endings and punctuation give the uncached answers, both flags, called both ways."""
    seen = set()
    for p in _DEV + _FACTRU:
        seen.update(p.read_text(encoding="utf-8", errors="replace").split())
    rng = random.Random(980)
    heads = sorted(kazakh.ROLE_NOUNS | kazakh._ROLE_STEMS)
    tails = sorted(kazakh._AFTER_POSSESSIVE | kazakh._AFTER_STEM | {"", "ы", "ов", "дар"})
    for _ in range(5000):
        w = rng.choice(heads) + rng.choice(tails)
        seen.add(
            rng.choice(["", "«", '"']) + (w.upper() if rng.random() < 0.2 else w) + rng.choice(["", ",", ".", "»"])
        )
    assert len(seen) > 10_000
    kazakh.is_role_word.cache_clear()
    hits = 0
    for _ in range(2):
        for w in sorted(seen):
            for flag in (False, True):
                assert kazakh.is_role_word(w, flag) == _old_is_role_word(w, flag), (w, flag)
                assert kazakh.is_role_word(w, possessive=flag) == _old_is_role_word(w, flag), (w, flag)
            assert kazakh.is_role_word(w) == _old_is_role_word(w), w
            assert kazakh.is_role_phrase([w]) == _old_is_role_word(w), w
            hits += _old_is_role_word(w)
    assert hits > 100
