"""Where an article writes a name: the first capitalized word that is a form of it.

A page found through the entity it names (a query's name and topic words, no topic
word on the page) had its opening lines as the snippet, which may not name the entity
at all («итоги месяца … отдельно говорили о посте Таскала»). The snippet is cut
around the name instead: in the case form the page writes («Майкапшагаю»), in the
page's script or letters («Қалжат» for «Калжат», «Khorgos» for «Хоргос»), found by the
search key both fold to (store.lang.names.fold) but for a case ending.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.names import fold

MIN_STEM = 3  # a folded name word shorter than this is matched whole
ENDING = 2  # letters a case form may add after the stem («Майкапшага|ю», «Таскал|е»)


def first_name_in(body: str, named: list[str]) -> tuple[int, int] | None:
    """(start, end) in `body` of the first capitalized word that is a form of the
    anchor word of any of the `named` names (their longest word: «Жибек» of «Жибек
    жолы»), None when none is written. One pass over the body's words: linear."""
    as_written = _written_stems(tuple(named)).search(body)
    if as_written is not None:  # the name in the letters it is stored in: one regex search
        return as_written.span()
    stems = name_stems(named)
    if not stems:
        return None
    heads = tuple({stem[:2] for stem in stems})
    for m in _capitals_opening(frozenset(stem[:1] for stem in stems)).finditer(body):
        key = fold(m.group())
        if key.startswith(heads) and any(_a_form(key, stem) for stem in stems):
            return m.span()
    return None


@lru_cache(maxsize=256)
def _capitals_opening(firsts: frozenset[str]) -> re.Pattern:
    """A pattern of the words opening with a capital whose fold key begins with one of
    `firsts` («К», «Қ», «K» for «k»): the regex engine skips every other word, and only
    these are folded (a page of capitalized words cost 1.5 ms, folded one by one)."""
    capitals = "".join(c for c in _CAPITALS if fold(c)[:1] in firsts)
    if not capitals:
        return re.compile(r"(?!x)x")  # matches nothing
    return re.compile(r"(?<!\w)[" + re.escape(capitals) + r"][\w-]*")


_CAPITALS = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜŞÇĞİŁ"


@lru_cache(maxsize=256)
def _written_stems(named: tuple[str, ...]) -> re.Pattern:
    """A pattern of the names' anchor words as written but their last letter, then up to
    ENDING + 1 letters, capitalized and whole («Майкапшага» of «Майкапшагай»: «Майкапшагаю»):
    the common case, found without folding a word."""
    stems = set()
    for name in named:
        words = re.findall(r"\w+", name)
        if words:
            anchor = max(words, key=len)
            anchor = anchor[:1].upper() + anchor[1:]
            stems.add(anchor[:-1] if len(anchor) > MIN_STEM else anchor)
    if not stems:
        return re.compile(r"(?!x)x")  # matches nothing
    alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")\w{0," + str(ENDING + 1) + r"}(?!\w)")


def name_stems(named: list[str]) -> set[str]:
    """The folded stems of the names' anchor words: the key but its last letter, the
    part a name's Russian case forms share (a key under MIN_STEM + 1 letters whole)."""
    out = set()
    for name in named:
        words = [w for w in fold(name).split() if w]
        if not words:
            continue
        anchor = max(words, key=len)
        out.add(anchor[:-1] if len(anchor) > MIN_STEM else anchor)
    return out


def _a_form(key: str, stem: str) -> bool:
    """Is a folded word the stem and a case ending of up to ENDING letters?"""
    return key.startswith(stem) and len(key) - len(stem) <= ENDING + 1
