"""`cut_words`: a paragraph the page cut off mid-word («…едут из Казахстана в Рос») ends in
the stub of a place's name, which the model reads as a place of its own («Рос»).

Why: scraped leads and teasers are cut at a character count, not at a word (dev's one such
page gave the false place «рос»). A stub is told by three things together: it is the last
word of a prose paragraph that has no closing punctuation; no knowledge-base name is the
whole word; and some knowledge-base place's name begins with it and runs on. An acronym
(«…сообщили в ГПС») is no stub: it is written whole. A real place
ending an unpunctuated paragraph keeps its span: its own name is in the knowledge base
(«…въехали в Алматы»), or no known name begins with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import kb

# what may follow the stub up to the paragraph's end: spaces, an ellipsis the cut printed
_TO_PARAGRAPH_END = re.compile(r"[ \t]*(?:…|\.\.\.)?[ \t]*(?:\n|$)")
_PROSE = 120  # characters: a paragraph this long with a sentence in it is prose, not a title
_SENTENCE_END = re.compile(r"[.!?…]\s")
_STUB_TYPES = ("location", "organization")


def cut_words(text: str, spans: list, ctx) -> list:
    """The pass: a place, or a body the model took it for («Кит…»), that is the cut-off stub
    of a known place's name is dropped."""
    return [s for s in spans if not (s.type in _STUB_TYPES and _a_stub(text, s))]


def _a_stub(text: str, s) -> bool:
    word = s.text.strip()
    if not word.isalpha() or word.isupper() or not _TO_PARAGRAPH_END.match(text, s.end):
        return False
    start = text.rfind("\n", 0, s.start) + 1
    paragraph = text[start : s.end]
    if len(paragraph) < _PROSE or not _SENTENCE_END.search(paragraph):
        return False
    return not _a_whole_name(word) and _begins_a_place(word.lower())


def _a_whole_name(word: str) -> bool:
    return any(m.start == 0 and m.end == len(word) for m in kb.find(word))


def _begins_a_place(stub: str) -> bool:
    """Some place of the knowledge base has a name running on past `stub` («рос» → «россия»)."""
    return any(name.startswith(stub) and len(name) > len(stub) for name in _place_names())


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    return tuple({f.text.lower() for f in kb.forms() if f.row.type == "location"})
