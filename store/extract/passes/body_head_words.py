"""A word the model took for a place at the head of a Kazakh body's name
(«Мемлекеттік кірістер департаментінің Алматы облысы бойынша басқармасы»: «Мемлекеттік»,
'state', read as a place because it opens the sentence capitalized) is the body's word.

Why (plc101): the body's span is found later (kazakh_body_chains), and the model's place inside
it stood as an extra. Only a single word at the very start of the body goes, and only when
neither the knowledge base knows it as a place nor a rule named it: a region or a state that
opens a body's name («Алматы облысы әкімдігі», «Қазақстан …») is still a place (dev's
convention lists a region a body serves), and `states_in_body_names` decides the states. Asked
by that pass (the places a Kazakh body's name holds), not a pass of its own.
"""

from __future__ import annotations

from store.lang import kb
from store.lang.kazakh import KAZAKH_LETTERS


def _known_place(word: str) -> bool:
    """Does the knowledge base find a place in `word` (any case form it reads)?"""
    return any(m.form.row.type == "location" for m in kb.find(word))


def head_word_of_body(s, bodies, ctx) -> bool:
    """Is the place span `s` one unknown word opening a longer Kazakh body span?"""
    written = s.text.strip()
    if " " in written or (s.start, s.end) in ctx.names or not KAZAKH_LETTERS.search(written):
        return False
    if not any(o.start == s.start and o.end > s.end and KAZAKH_LETTERS.search(o.text) for o in bodies):
        return False
    return not _known_place(written)
