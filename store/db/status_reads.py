"""A checkpoint's reported status read beside newer news about it.

The board and a checkpoint's page show the newest status an article states. Нур жолы
read «closed 2021-06-12» although queues were reported there in 2025: the newest status
was years older than the newest queue. A status is never read into a queue (a queue can
form because a post closed), so the status stays what its article says and the queue
report later than it is shown beside it: «closed, queue later» on the board, «closed
2021-06-12 · queue reported later, 2025-11-14» on a page.
"""

from __future__ import annotations

from store.db.connection import Store
from store.lang.statuses import status_label

# The statuses that say a post lets nothing through. A queue reported at the post after
# such a status is newer news, shown beside it («closed, queue later»); the row keeps the
# status the newest status fact states (no status is read into a queue).
HALTED = ("closed",)
QUEUE_LATER = ", queue later"


def queue_after(status: dict | None, queue: dict | None) -> str | None:
    """The date of the newest queue report when it is later than a «closed» status (Нур
    жолы: «closed 2021-06-12» on the board while queues were reported there in 2025-10 and
    2025-11). Both must be dated; a queue dated by its month only is later once its month
    is («2021-06» is not later than «2021-06-12»): the dates compare as text."""
    if not status or not queue or not status.get("date") or not queue.get("date"):
        return None
    if (status_label(status["text"]) or status["text"]) not in HALTED:
        return None
    return queue["date"] if queue["date"] > status["date"] else None


def reported_status(store: Store, checkpoint_id: str | None) -> dict | None:
    """A checkpoint page's «reported» line: the newest status an article states (its
    label, words and date: the fact's own, else its article's) and `queue_after`; None
    when no article gives one. The page shows it apart from the gazetteer's status,
    which is the list of crossings', not news."""
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
    }


def _newest(store: Store, checkpoint_id: str, kind: str) -> dict | None:
    row = store.conn.execute(
        "SELECT text, dated FROM facts WHERE checkpoint_id = ? AND kind = ? ORDER BY dated DESC, id DESC LIMIT 1",
        (checkpoint_id, kind),
    ).fetchone()
    return {"text": row[0], "date": row[1]} if row else None
