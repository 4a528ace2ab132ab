"""Kazakh orders told as an obligation laid on a body, the Russian «Правительство должно
…»: «Үкімет осы мәселені түбегейлі шешуге тиіс, – деді Мемлекет басшысы». The body opens
the sentence in the nominative, the content is a verbal noun in the dative before «тиіс»;
the giver is the speaker the quote's attribution names later in the paragraph, else the
giver of an order told just before. «Жүргізушілер … сақтауға тиіс» (no body) orders nobody.
"""

from __future__ import annotations

import re

from store.extract.directives.kazakh_clauses import kz_addressee
from store.extract.directives.posts import WORD
from store.extract.directives.speech import speaker_span
from store.model import Directive

KZ_OBLIGED = re.compile(r"(?<![\w-])тиіс(?![\w-])", re.I)

_DATIVE_VERBAL_NOUN = re.compile(r"[уюУЮ](?:ға|ге)$")


def kz_obligation(text: str, a: int, b: int, mentions, previous: str | None, giver_in) -> Directive | None:
    """The order an obligation sentence text[a:b] lays on a body, or None. `giver_in(lo, hi)`
    reads a giver in text[lo:hi] (kazakh.py's, for the attribution)."""
    sent = text[a:b]
    ob = KZ_OBLIGED.search(sent)
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    k = sum(1 for o, _ in words if o < ob.start())  # the word «тиіс»
    if k < 2 or not _DATIVE_VERBAL_NOUN.search(words[k - 1][1]):
        return None
    first = next((i for i, (_, w) in enumerate(words) if re.match(r"\w", w)), k)
    np = kz_addressee(sent, a, words, first, min(k - 1, first + 4), mentions, "nomn", None)
    if np is None or np[0] != first:
        return None  # the body must open the sentence: it is the subject
    span = speaker_span(text, b) if not re.search(r"[-–—]\s*деді", sent[ob.end() :]) else (a + ob.end(), b)
    found = giver_in(*span) if span else None
    by = found[0] if found else previous
    if by is None:
        return None
    verb = words[k - 1][1]
    what = " ".join([*(w for _, w in words[np[1] : k - 1]), verb[:-2]])  # «шешуге» → «шешу»
    return Directive(by=by, to=np[2], what=what, when=None, sentence=sent.strip())
