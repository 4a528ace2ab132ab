"""A body no knowledge-base row knows, named once in full and then by a few of its words:
«Казахстанская ассоциация международных автоперевозчиков … Ассоциация перевозчиков просит …»,
«Союз транспортников и логистов Казахстана … Союз логистов направил …». The short form is how
the text refers back to the body, not another one: dev's references list such a body once, so
exported apart it was an extra (org90). A row's body is grouped by its row already
(store/extract/body_groups.py); this joins the rest by their words.

A short form (two words or more, no row) joins the one longer organization name of the article
that opens with the same head noun (past its adjectives; in Kazakh, ends with it) and holds all of
its words in order, one of the long name's words left out between them; word by word by their
stems (the cases differ: «перевозчиков» / «перевозчики») or inside a compound
(«автоперевозчиков»). With two such names it stays as printed.
"""

from __future__ import annotations

import re

from store.extract.body_groups import row_of

_WORD = re.compile(r"\w[\w-]*")
_STEM = 5


def one_name_per_short_form(mentions: list) -> None:
    """Give each short form the name of the one longer body of the article it abbreviates
    (in place)."""
    names = list(dict.fromkeys(m.name for m in mentions))
    if len(names) < 2:
        return
    words = {n: [w.lower() for w in _WORD.findall(n)] for n in names}
    target: dict[str, str] = {}
    for short in names:
        sw = words[short]
        if len(sw) < 2 or not short[:1].isupper() or _has_row(short, mentions):
            continue
        longer = [n for n in names if len(words[n]) > len(sw) and _short_form_of(words[n], sw)]
        if len(longer) == 1:
            target[short] = longer[0]
    for m in mentions:
        m.name = target.get(m.name, m.name)


def _has_row(name: str, mentions: list) -> bool:
    return any(row_of(m.surface) is not None for m in mentions if m.name == name)


def _short_form_of(long: list[str], short: list[str]) -> bool:
    """Is `short` the long name's head with some of its other words, one left out between them?
    The head is the first word but adjectives («Казахстанская ассоциация …»), or in Kazakh the
    last («… тасымалдаушылар қауымдастығы»; its last words are a short form, «Халықаралық
    шекаралас ынтымақтастық орталығы» of «„Қорғас“ халықаралық …»). A run of the long name's
    first words, or of a Russian name's last, is another body, not a short form: «Bank of America»
    of «Bank of America Merrill Lynch», «Совет Европы» of «Парламентская ассамблея Совета Европы»
    (factRu lists both)."""
    n = len(short)
    if long[:n] == short or not _holds_in_order(long, short):
        return False
    if _KAZAKH.search(" ".join(long)):  # head last: its last words are the head and its modifiers
        return _same_word(long[-1], short[-1])
    if long[-n:] == short:
        return False
    head = next((w for w in long if not _ADJECTIVE.search(w)), long[0])
    return _same_word(head, short[0])


_KAZAKH = re.compile(r"[әғқңөұүһі]")
# A Russian adjective's ending (the head noun comes after it).
_ADJECTIVE = re.compile(r"(?:ая|ое|ый|ий|ой|ые|ие|ого|ему|ую)$")


def _holds_in_order(long: list[str], short: list[str]) -> bool:
    """Are `short`'s words, each by its stem, words of `long` in the same order?"""
    i = 0
    for w in short:
        while i < len(long) and not _same_word(long[i], w):
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def _same_word(long_word: str, short_word: str) -> bool:
    """One word in two cases («перевозчиков», «перевозчики»: the first five letters), or the
    short word the end of a compound («автоперевозчиков»); a short word of four letters or
    fewer only as itself («союз», «союза»)."""
    if len(short_word) < _STEM:
        return long_word[: len(short_word)] == short_word and len(long_word) - len(short_word) <= 3
    stem = short_word[:_STEM]
    if long_word.startswith(stem):
        return True
    core = short_word[: max(_STEM, len(short_word) - 2)]
    return long_word.find(core) > 0
