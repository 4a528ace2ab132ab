"""A press release saved as text from its PDF: the issuing body's letterhead in capitals
over «ПРЕСС-РЕЛИЗ», then the place and date line («г. Актау   «02» декабря 2026 г.»), then
the headline.

Read as an ordinary text, the letterhead's first line is taken for the headline and the
release names no outlet, though it says plainly who issued it: the letterhead is the
release's outlet, as a government portal's page belongs to the body heading it
(store.reading.page_outlet). Only the letterhead's shape counts — capitals only, at most
four lines right above the marker — so a story that quotes «пресс-релиз» is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.reading.dates import parse_date

_MARK = re.compile(
    r"(?i)^(?:пресс[-\s]?релиз|баспасөз\s+релизі|press[-\s]release|информационное\s+сообщение|ақпараттық\s+хабарлама)[.:!]?$"
)
_MAX_LETTERHEAD = 4
_MAX_DATE_LINE = 100
_LETTERS = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Release:
    """What a release's header says: who issued it, its date, where its headline starts."""

    issuer: str
    date: str | None
    headline_at: int  # the index in the lines of the first line under the header


def release_header(lines: list[str]) -> Release | None:
    """The letterhead, marker and date line opening a press release, or None for any other text."""
    at = next((i for i, ln in enumerate(lines[: _MAX_LETTERHEAD + 1]) if _MARK.match(ln.strip())), 0)
    if not at or not all(_capitals(ln) for ln in lines[:at]):
        return None
    after, date = at + 1, None
    if after < len(lines) and len(lines[after]) <= _MAX_DATE_LINE:
        date = parse_date(lines[after])
        after += 1 if date else 0
    return Release(" ".join(ln.strip() for ln in lines[:at]), date, after)


def _capitals(line: str) -> bool:
    """A letterhead line: letters, all of them capitals, a few words at most."""
    letters = "".join(_LETTERS.findall(line))
    return len(letters) >= 3 and letters.isupper() and len(line.split()) <= 8
