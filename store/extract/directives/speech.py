"""The speaker of direct speech told after it: «… тапсырамын. Келесі отырысқа дейін
аяқтаңыздар, – деді Үкімет басшысы», «— Поручаю …, — сказал он». A first-person order
(«тапсырамын», «поручаю») names no giver in its own sentence; the attribution closing the
quote, later in the same paragraph, does.
"""

from __future__ import annotations

import re

# A dash, then a verb of saying: the words after it name the speaker.
_ATTRIBUTION = re.compile(
    r"[-–—]+\s*(?:деді|деп\s+(?:атап\s+өтті|мәлімдеді|түйіндеді|айтты|ескертті|жазды)|"
    r"(?:сказал|заявил|отметил|подчеркнул|добавил|резюмировал)[аи]?|приводятся\s+слова)(?![\w-])",
    re.I,
)

# «тапсырамын», «тапсырдым», «жүктеймін», «поручаю», «ставлю (задачу)»: the speaker orders
FIRST_PERSON = re.compile(r"(?:мын|мін|дым|дім)$|^(?:поручаю|ставлю)$", re.I)


def speaker_span(text: str, pos: int, reach: int = 600) -> tuple[int, int] | None:
    """(start, end) of the words naming the speaker in the first attribution after `pos`
    within its paragraph, up to that sentence's end; None when the paragraph has none."""
    end = text.find("\n", pos)
    end = min(len(text) if end < 0 else end, pos + reach)
    m = _ATTRIBUTION.search(text, pos, end)
    if m is None:
        return None
    stop = re.compile(r"[.!?]").search(text, m.end(), end)
    return m.end(), stop.start() if stop else end
