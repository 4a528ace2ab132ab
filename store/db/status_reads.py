"""A checkpoint's reported status read beside newer news about it.

The board and a checkpoint's page show the newest status an article states. Нур жолы
read «closed 2021-06-12» although queues were reported there in 2025: the newest status
was years older than the newest queue. A status is never read into a queue (a queue can
form because a post closed), so the status stays what its article says and the queue
report later than it is shown beside it: «closed, queue later» on the board, «closed
2021-06-12 · queue reported later, 2025-11-14» on a page.

A closure announced («закроют 12 марта», «жабық болады») is dated by its day; once that day
is behind today the post is no longer «to close»: it reads «to close (past)», so a reader
does not wait for a closure that has happened, and a queue reported after that day is shown
beside it as after «closed». Two status reports of one day that contradict (one says the
post is shut, another that it lets traffic through) are both shown, «closed / working»:
the board took whichever was stored last.
"""

from __future__ import annotations

from datetime import date

from store.db import deadlines
from store.db.connection import Store
from store.lang.statuses import status_label

# The statuses that say a post lets nothing through. A queue reported at the post after
# such a status is newer news, shown beside it («closed, queue later»); the row keeps the
# status the newest status fact states (no status is read into a queue).
HALTED = ("closed", "to close")
QUEUE_LATER = ", queue later"
PAST = " (past)"
# Two reports of one day contradict when one says the post lets nothing through and the
# other that it lets traffic through; «to close», «planned» or «under reconstruction»
# beside «working» is no contradiction (a post works while it is rebuilt or until it closes).
SHUT = ("closed",)
OPEN = ("working", "reopened", "commissioned", "limited")
CONFLICT_SEP = " / "
SAME_DAY_REPORTS = 10  # the reports of one day read for a conflict: bounded at any store size


def queue_after(status: dict | None, queue: dict | None) -> str | None:
    """The date of the newest queue report when it is later than a «closed» status (Нур
    жолы: «closed 2021-06-12» on the board while queues were reported there in 2025-10 and
    2025-11), or later than a «to close» status's own day (`day`, the closure's). Both must
    be dated; a queue dated by its month only is later once its month is («2021-06» is not
    later than «2021-06-12»): the dates compare as text. A closure to come with no day of
    its own («закроют … в следующем году») is dated by its article only, the day it was
    announced: a queue after that is a queue at a post still open (board73, Сырым)."""
    if not status or not queue or not queue.get("date"):
        return None
    label = status_label(status["text"]) or status["text"]
    if label not in HALTED:
        return None
    since = status.get("day") if label == "to close" else status.get("date")
    return queue["date"] if since and queue["date"] > since else None


def closure_past(status: dict | None, today: date | None = None) -> bool:
    """Whether a «to close» status's day (`day`: the closure's, the sentence's own date,
    facts68) is behind `today` (default the machine's day): «закроют 12 марта» read in
    April is a closure that happened, not one to come. A closure without a day of its own
    never is: its `date` is then its article's, the day it was announced, and «закроют в
    следующем году» read past its article's day said «to close (past)» (board73, Сырым)."""
    if not status or not status.get("day"):
        return False
    if status_label(status["text"]) != "to close":
        return False
    return deadlines.has_passed(status["day"], today)


def conflict(store: Store, checkpoint_id: str, status: dict | None) -> list[dict]:
    """The status reports of the newest status's day when they contradict (SHUT beside
    OPEN), each label once, the most halting first (status_order): [{status, words,
    reports}]; [] when they agree or the status is undated (undated reports have no day
    in common)."""
    if not status or not status.get("date"):
        return []
    rows = store.conn.execute(
        "SELECT text FROM facts WHERE checkpoint_id = ? AND kind = 'status' AND dated = ? ORDER BY id DESC LIMIT ?",
        (checkpoint_id, status["date"], SAME_DAY_REPORTS),
    ).fetchall()
    by_label: dict[str, dict] = {}
    for (text,) in rows:
        label = status_label(text) or text
        entry = by_label.setdefault(label, {"status": label, "words": text, "reports": 0})
        entry["reports"] += 1
    if not (set(by_label) & set(SHUT) and set(by_label) & set(OPEN)):
        return []
    return sorted(by_label.values(), key=lambda e: status_order(e["status"]))


# Statuses in the order of how much a post lets through, from nothing to all (the board's
# sort by status); words no label reads come after.
STATUS_ORDER = (
    "closed",
    "to close",
    "limited",
    "under reconstruction",
    "planned",
    "commissioned",
    "reopened",
    "working",
)


def status_order(label: str) -> int:
    """A label's place in STATUS_ORDER; words no label reads after every label."""
    return STATUS_ORDER.index(label) if label in STATUS_ORDER else len(STATUS_ORDER)


def reported_status(store: Store, checkpoint_id: str | None, today: date | None = None) -> dict | None:
    """A checkpoint page's «reported» line: the newest status an article states (its
    label, words and date: the fact's own, else its article's), `queue_after`, `past`
    (closure_past) and `conflict` (the day's contradicting reports); None when no article
    gives one. The page shows it apart from the gazetteer's status, which is the list of
    crossings', not news."""
    if not checkpoint_id:
        return None
    status, queue = (_newest(store, checkpoint_id, kind) for kind in ("status", "queue"))
    if not status:
        return None
    return {
        "status": status_label(status["text"]) or status["text"],
        "words": status["text"],
        "date": status["date"],
        "queue_after": queue_after(status, queue),
        "past": closure_past(status, today),
        "conflict": conflict(store, checkpoint_id, status),
    }


def _newest(store: Store, checkpoint_id: str, kind: str) -> dict | None:
    """{text, date, day}: `date` the fact's own date else its article's (facts.dated),
    `day` its own only (None when the sentence gives none)."""
    row = store.conn.execute(
        "SELECT text, dated, date FROM facts WHERE checkpoint_id = ? AND kind = ? ORDER BY dated DESC, id DESC LIMIT 1",
        (checkpoint_id, kind),
    ).fetchone()
    return {"text": row[0], "date": row[1], "day": row[2]} if row else None


def reported_line(reported: dict, words: bool = False) -> str:
    """A page's reported status in words: «closed 2021-06-12 · queue reported later,
    2025-11-14», «to close 2026-03-12 (past)», «conflicting reports (2) 2026-03-12: closed
    · working» (`words`: each with the article's words, «closed (закрыт)», as `show`
    prints it). The words are data: the caller cleans them for its screen."""
    day = reported.get("date") or "undated"
    if reported.get("conflict"):
        parts = [_with_words(e["status"], e["words"], words) for e in reported["conflict"]]
        count = sum(e["reports"] for e in reported["conflict"])
        return f"conflicting reports ({count}) {day}: " + " · ".join(parts)
    out = f"{reported['status']} {day}" + (PAST if reported.get("past") else "")
    if words and reported["words"] != reported["status"]:
        out += f" ({reported['words']})"
    if reported.get("queue_after"):
        out += f" · queue reported later, {reported['queue_after']}"
    return out


def _with_words(label: str, text: str, words: bool) -> str:
    return f"{label} ({text})" if words and text != label else label
