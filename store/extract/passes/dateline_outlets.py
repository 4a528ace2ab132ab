"""A wire dateline's outlet is no part of the body named right after it (read by `org_spans`).

Wire copy opens «АСТАНА, 12 марта. КАЗИНФОРМ – Комитет государственных доходов сообщил …»: the
model reads the outlet, the dash and the body as one name («КАЗИНФОРМ – Комитет государственных
доходов»), which matches no reference and hides the body (e2e112's own dumps; the same opening
with «Министерство транспорта РК» the model parts by itself). The outlet is told by three things
together: it is the span's first word, written in capitals; a spaced dash follows it; and the
span stands right after the dateline's place in capitals (and its date), at a line's start. The
span then keeps what follows the dash. The outlet is the page's wire, read by the page's outlet
rules; a name in capitals inside a sentence («ТОО – …») is left alone.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

# the span's opening: an outlet in capitals (a dot or hyphen inside: «КАЗ-ТАГ»), a spaced dash
_GLUED = re.compile(r"(?P<outlet>[A-ZА-ЯЁ][A-ZА-ЯЁ.-]{2,})[ \t]+[-–—][ \t]+(?=\S)")
# a line's start up to the span: the place in capitals, then a date, parted by commas or stops
_DATE = r"\d{1,2}[ \t]+[а-яё]+(?:[ \t]+\d{4}(?:[ \t]+года?)?)?[.,]?[ \t]*"
_DATELINE = re.compile(rf"(?:^|\n)[ \t]*[A-ZА-ЯЁ][A-ZА-ЯЁ -]{{2,}}[.,][ \t]*(?:{_DATE})?$")


def without_dateline_outlet(text: str, s, ctx):
    """The organization span `s` with the dateline's outlet cut off its front (module doc); a
    name a rule gave the span moves with it, cut the same way."""
    m = _GLUED.match(s.text) if s.type == "organization" else None
    if not m or not _DATELINE.search(text, 0, s.start):
        return s
    cut = NerSpan(s.type, s.start + m.end(), s.end, s.text[m.end() :])
    name = ctx.names.pop((s.start, s.end), None)
    if name is not None:
        glued = _GLUED.match(name)
        ctx.names[(cut.start, cut.end)] = name[glued.end() :] if glued else name
    return cut
