"""kazakh.is_role_word, cut at its endings' lengths instead of asking each noun (issue 15),
answers as the loop over the nouns did: every noun and stem with every ending, and random
words."""

from __future__ import annotations

import random

from store.lang import kazakh


def _reference(word: str, possessive: bool = False) -> bool:
    low = word.lower().strip(',.«»"')
    if low in kazakh.ROLE_NOUNS:
        return True
    for noun in kazakh.ROLE_NOUNS:
        if low.startswith(noun) and low[len(noun) :] in kazakh._AFTER_POSSESSIVE:
            return True
    return not possessive and any(low.startswith(s) and low[len(s) :] in kazakh._AFTER_STEM for s in kazakh._ROLE_STEMS)


def _words() -> list[str]:
    heads = sorted(kazakh.ROLE_NOUNS | kazakh._ROLE_STEMS)
    tails = sorted(kazakh._AFTER_POSSESSIVE | kazakh._AFTER_STEM | {"", "ы", "ов", "дар", "ның,"})
    out = [h + t for h in heads for t in tails]
    out += [w.capitalize() for w in out] + [f"«{w}»" for w in out[:50]] + ["Орынбасаров", "министрлігі", "", "н"]
    rng = random.Random(53)
    letters = "аеынітдқкгмбпсрзәө-"
    out += [
        rng.choice(heads)[: rng.randint(0, 8)] + "".join(rng.choice(letters) for _ in range(rng.randint(0, 4)))
        for _ in range(5000)
    ]
    return out


def test_role_words_as_before():
    for word in _words():
        for possessive in (False, True):
            assert kazakh.is_role_word(word, possessive) == _reference(word, possessive), (word, possessive)


def test_role_words_made_up():
    assert kazakh.is_role_word("Төрағасының")
    assert kazakh.is_role_word("Президенттің")
    assert not kazakh.is_role_word("Президенттің", possessive=True)
    assert not kazakh.is_role_word("Орынбасаров")
