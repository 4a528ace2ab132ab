"""The surname a person span leaves out after a patronymic: «Ерсұлтан Бахытұлы Өмірзақов».

In Kazakh text the model often ends the person at the patronymic («Ерсұлтан Бахытұлы») and
leaves the surname after it unread, so the store keeps a given name and a patronymic that
joins nobody. A person span whose last word is a patronymic («-ұлы», «-қызы», «-улы»,
«-кызы», «-вич», «-вна») is extended over the next word when that word is capitalized and
has a surname's ending (naming.SURNAME: «-ов», «-ева», «-ин» …) and no span holds it.

Why: per68's held-out sentences printed «Ерсұлтан Бахытұлы Өмірзақов» in a Kazakh article as
«Ерсұлтан Бахытұлы»; per69's fresh Kazakh sentences in that shape did the same.
"""

from __future__ import annotations

import re

from store.extract.naming import PATRONYMIC, SURNAME
from store.extract.ner import NerSpan

_NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)(?![\w-])")


def _extended(text: str, s: NerSpan, starts: set[int]) -> NerSpan | None:
    """The span over the surname after its closing patronymic, or None (see module doc)."""
    words = s.text.split()
    if len(words) != 2 or not PATRONYMIC.search(words[-1]):
        return None
    m = _NEXT_WORD.match(text, s.end)
    if m is None or m.start(1) in starts or not SURNAME.search(m.group(1)):
        return None
    return NerSpan("person", s.start, m.end(1), text[s.start : m.end(1)])


def surnames_after_patronymics(text: str, spans: list, ctx) -> list:
    """The pass: such a person span takes the surname after it."""
    starts = {s.start for s in spans}
    return [(_extended(text, s, starts) or s) if s.type == "person" else s for s in spans]
