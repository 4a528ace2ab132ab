"""Whether a deadline an article reported has passed, for the views that show it.

A deadline is stored as the words of the article and a date at the precision the words
give: «2025» (by the end of the year), «2026-H1» (a half-year), «2021-Q1» (a quarter),
«2025-12» (a month) or «2025-12-31» (a day). The board listed «Тажен · under
reconstruction · 2025» in December 2026 exactly as it listed «2028»: a deadline long
gone read as one still ahead («which posts are rebuilt and by when»). A deadline has
passed once the last day its precision allows is behind today; the board says
«2025 past».
"""

from __future__ import annotations

import calendar
import re
from datetime import date

PAST = "past"
_PERIOD = re.compile(r"(\d{4})(?:-(?:H([12])|Q([1-4])|(\d\d)(?:-(\d\d))?))?")


def last_day(deadline_date: str | None) -> date | None:
    """The last day a deadline's date allows (the year's, half-year's, quarter's,
    month's or the day itself), None for a date in no form above."""
    m = _PERIOD.fullmatch(deadline_date or "")
    if not m:
        return None
    year, half, quarter, month, day = m.groups()
    if half:
        last_month = 6 * int(half)
    elif quarter:
        last_month = 3 * int(quarter)
    elif month:
        last_month = int(month)
    else:
        last_month = 12
    if not 1 <= last_month <= 12:
        return None
    if day:
        try:
            return date(int(year), last_month, int(day))
        except ValueError:
            return None
    return date(int(year), last_month, calendar.monthrange(int(year), last_month)[1])


def has_passed(deadline_date: str | None, today: date | None = None) -> bool:
    """Whether the deadline's last day is before `today` (default: the machine's day)."""
    end = last_day(deadline_date)
    return end is not None and end < (today or date.today())


def shown(row: dict) -> str | None:
    """A board row's deadline cell: its date (its words when no date was read),
    «… past» after it when it has passed (`deadline_past`, set by the board)."""
    value = row.get("deadline_date") or row.get("deadline")
    if value and row.get("deadline_past"):
        return f"{value} {PAST}"
    return value


def fact_date(fact: dict, today: date | None = None) -> str | None:
    """A fact's date as a checkpoint's page prints it: a deadline gone by says so,
    «2025 past» (tab 3's word), so «deadline · До конца года» of a 2025 story does not read
    as the end of this year."""
    when = fact.get("date")
    if fact.get("kind") == "deadline" and has_passed(when, today):
        return f"{when} {PAST}"
    return when


def shorten(text: str, width: int) -> str:
    """A deadline cell too long for its column: a day's date keeps its month, «2025-12»;
    a passed one says «past» after what of its period is still true (_short_past); words
    with no date read say «undated» («биылғы …», «this year's …» of an undated article,
    told neither when nor that no one knows when). A cell that fits stays as it is."""
    if len(text) <= width:
        return text
    if text.endswith(" " + PAST):
        return _short_past(text[: -len(PAST) - 1], width)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text[:7]
    return text if re.match(r"\d{4}\b", text) else "undated"


def _short_past(deadline_date: str, width: int) -> str:
    """A passed deadline in fewer cells, keeping its year and never naming a period that
    has not passed: the year when the deadline ran to the year's end («2025-12-31 past» →
    «2025 past»); else its half or quarter after the year's last two digits
    («2026-H1 past» → «26-H1 past» in the facts' 10 cells, «26H1 past» in the board's 9: both
    said «H1 past», no year, and «2026 past» read in December 2026 said the whole year was
    over; tui72);
    else the year once all of it is behind today («2025-06 past» → «2025 past»); else «past»."""
    end = last_day(deadline_date)
    if end is None:
        return PAST
    year = deadline_date[:4]
    if (end.month, end.day) == (12, 31):
        return f"{year} {PAST}"
    part = _period_part(deadline_date)
    for short in (f"{year[2:]}-{part}", f"{year[2:]}{part}") if part else ():
        if len(short) + len(PAST) + 1 <= width:
            return f"{short} {PAST}"
    if has_passed(year) and len(year) + len(PAST) + 1 <= width:
        return f"{year} {PAST}"
    return PAST


def _period_part(deadline_date: str) -> str | None:
    """The half or quarter of a deadline («H1», «Q3»); None for a month or a day: «26-05»
    reads as the 26th of May to a reader of «26.05»."""
    part = deadline_date[5:]
    return part if re.fullmatch(r"[HQ]\d", part) else None
