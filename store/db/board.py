"""The explorer's checkpoint board: one row per crossing of the gazetteer.

The board has one row per crossing of the gazetteer (about a hundred), mentioned or
not, so it is built whole: two grouped queries (the newest fact of each kind per
checkpoint, the article count of each linked checkpoint) merged with the gazetteer
in Python, then sorted and filtered in Python. The other cross-cutting views, every
directive and the facts of all checkpoints, are paged: store.db.directive_reads and
store.db.fact_reads. Plain dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

from datetime import date

from store.db import across_reads, capacity_sorts, deadlines, entity_reads, status_reads
from store.db.connection import Store
from store.db.queries import row_dicts
from store.db.status_reads import CONFLICT_SEP, PAST, QUEUE_LATER, queue_after
from store.lang.statuses import status_label


def _gazetteer():
    """store.lang.gazetteer, imported when a read first needs it: the explorer's first
    paint (the Articles tab) imports this module but shows no checkpoint row."""
    from store.lang import gazetteer

    return gazetteer


# A checkpoint no article gives a status for shows its gazetteer status, said to be
# that (and undated): the gazetteer leaves `status` empty for a working crossing.
GAZETTEER_STATUS = {
    "": "working (gazetteer)",
    "planned": "planned (gazetteer)",
    "closed": "closed (gazetteer)",
    "simplified": "simplified (gazetteer)",
}
BOARD_KINDS = ("status", "capacity", "deadline", "queue")
# The sorts whose own order runs from the biggest or newest down (a list's arrow is «▼»
# for them): counts and dates, and capacity, whose value is the negated figure
# (_capacity_value: the biggest throughput first).
BIGGEST_FIRST = frozenset({"articles", "status_date", "queue_date", "capacity"})
# Sort keys of the board, in the order the sort key cycles through them.
BOARD_SORTS = (
    "name",
    "border",
    "kind",
    "region",
    "status",
    "status_date",
    "capacity",
    "deadline",
    "queue_date",
    "articles",
)
BOARD_FIELDS = [
    "id",
    "name",
    "border",
    "kind",
    "region",
    "status",
    "status_date",
    "status_words",
    "queue_after_status",  # a queue reported after a «closed» status (queue_after), since stop 38
    "status_past",  # a «to close» whose day is behind today (status_reads.closure_past), since stop 39
    "status_conflict",  # «closed / working»: that day's reports contradict (status_reads.conflict), since stop 39
    "capacity",
    "capacity_sort",
    "deadline",
    "deadline_date",
    "deadline_past",  # the deadline's last day is behind today (store.db.deadlines), since stop 38
    "queue",
    "queue_date",
    "articles",
    "entity_id",
    # since stop 42 (across74): a facing post's newest halting status (across_reads.across_marks)
    "across_post",
    "across_status",
    "across_date",
]


# ---------------------------------------------------------------- board


def short_status(label: str, width: int) -> str:
    """A status label too long for its column at 80 columns: «simplified (gaz.)», not
    «simplified (gazette…»; «reconstruction», not «under reconstructio…» (the status
    gave its 20th cell to a deadline that says «2025 past»); «past closure, queue» for
    «to close (past), queue later» (was «to close past+queue»: a «+» a reader had to
    decode, board73); «closed / reconstr.» for a conflict. With a facing post's mark
    («⇄CN closed») our own status comes first, then the mark, abbreviated when it must be
    («⇄CN cl.»), then the count of our labels left out: «commiss. ⇄CN closed», «closed +1
    ⇄CN cl.» in 19 cells, where the column cut «commissioned ⇄CN c…» (ux89)."""
    label = label.replace(" (gazetteer)", " (gaz.)")
    if len(label) <= width:
        return label
    own, mark, across = label.partition(ACROSS)
    if mark:  # the mark goes whole when it can; ours, the gazetteer's default, yields «(gaz.)» first
        own = own.replace(" (gaz.)", "")
    own = own.replace("to close" + PAST + QUEUE_LATER, "past closure, queue").replace(
        "under reconstruction", "reconstruction"
    )
    if len(own + mark + across) <= width:
        return own + mark + across
    if mark or CONFLICT_SEP in own:
        own = own.replace("reconstruction", "reconstr.").replace("commissioned", "commiss.")
    marks = [mark + across, mark + _short_across(across)] if mark else [""]
    return _counted_conflict(own, marks, width)


# A facing post's status in a cell too narrow for it whole: «⇄CN cl.» (ux89).
ACROSS_SHORT = {"closed": "cl.", "limited": "lim.", "to close": "to cl."}


def _short_across(across: str) -> str:
    """«CN cl.» for «CN closed»: the country code stays, the status is abbreviated."""
    code, _, status = across.partition(" ")
    return f"{code} {ACROSS_SHORT.get(status, status)}"


def _counted_conflict(own: str, marks: list[str], width: int) -> str:
    """Our status and a facing post's mark (`marks`: whole, then abbreviated; [""] when
    there is none) in `width` cells: all our labels whole with the mark whole, then
    abbreviated; then, for a conflict, the labels that fit whole, the most halting (or the
    filtered one) first, and how many more there are: «closed +2» in 19 cells, «closed /
    to close +1» in 25, where «closed / to close …» and «closed / to close / reop…» said a
    label and a half (ux87). The reports themselves are on the line under the list and
    the checkpoint's page. Nothing fits: the whole, for the column to cut."""
    labels = own.split(CONFLICT_SEP)
    for keep in range(len(labels), 0, -1):
        shown = CONFLICT_SEP.join(labels[:keep]) + (f" +{len(labels) - keep}" if keep < len(labels) else "")
        for mark in marks:
            if len(shown + mark) <= width:
                return shown + mark
    return own + marks[0]  # not even «closed +2» fits: the column cuts it


def shown_status(row: dict) -> str:
    """A row's status as the board and `board` print it: every label of a day whose
    reports contradict, «closed / working» (`status_conflict`, conflict_labels); «to close
    (past)» when the closure's day is behind today (`status_past`); «…, queue later» when a
    queue was reported after a «closed» or a past closure (`queue_after_status`); else the
    status."""
    if row.get("status_conflict"):
        return CONFLICT_SEP.join(conflict_labels(row)) + _across_note(row)
    shown = row["status"] + (PAST if row.get("status_past") else "")
    return (shown + QUEUE_LATER if row.get("queue_after_status") else shown) + _across_note(row)


def conflict_labels(row: dict) -> list[str]:
    """The labels of a day whose reports contradict, the most halting first, but the label
    the board is filtered by (`status_filter`, set by board_rows) first of all: a user who
    asked for «reopened» read «closed +2» in the cell of the one post that was (ux89)."""
    labels = row["status_conflict"].split(CONFLICT_SEP)
    first = row.get("status_filter")
    if first in labels:
        labels.remove(first)
        labels.insert(0, first)
    return labels


ACROSS = " ⇄"  # before the facing post's country and status: «working ⇄RU closed»


def _across_note(row: dict) -> str:
    """« ⇄RU closed»: the facing post's newest status when it halts traffic
    (across_reads.across_marks), whatever its age, as our own status is shown: facts80
    stores a closure of the neighbour's side on the neighbour's post, which has no row
    here, and our row read «working» alone. Where ours says «working» later than theirs
    «closed until the 15th», the closure may still hold: the page tells the dates."""
    if not row.get("across_status") or row["status"] in status_reads.HALTED:
        return ""  # ours shut too: the crossing reads shut already
    return f"{ACROSS}{row['across_code']} {row['across_status']}"


def _status(fact: dict | None, gazetteer_status: str) -> str:
    """The status a board row shows: the label of the newest status an article reports
    (its words stay in `status_words`), else its words when no label reads them, else
    the gazetteer's status, marked as such."""
    if fact:
        return status_label(fact["text"]) or fact["text"]
    return GAZETTEER_STATUS.get(gazetteer_status, f"{gazetteer_status} (gazetteer)")


def board_rows(
    store: Store,
    sort: str = "name",
    reverse: bool = False,
    border: str | None = None,
    kind: str | None = None,
    today: date | None = None,
    status: str | None = None,
) -> list[dict]:
    """Every gazetteer checkpoint (filtered by border, kind and status label: has_status)
    with its newest status, capacity, deadline (`deadline_past` when its last day is before
    `today`, default the machine's) and queue report and its article count, sorted by `sort`.
    Empty values sort last whichever the direction, so a reversed sort still starts
    with the checkpoints that have something to say."""
    latest = _latest_facts(store)
    marks = across_reads.across_marks(store)
    linked = {
        r["id"]: r
        for r in row_dicts(
            store,
            "SELECT c.id, c.entity_id, coalesce(e.article_count, 0) AS articles"
            " FROM checkpoints c LEFT JOIN entities e ON e.id = c.entity_id",
        )
    }
    shared = shared_names()
    out = []
    for cp in _gazetteer().all():
        if (border and cp.border != border) or (kind and cp.kind != kind):
            continue
        facts = latest.get(cp.id, {})
        link = linked.get(cp.id, {})
        newest = facts.get("status")
        out.append(
            {
                "id": cp.id,
                "name": cp.name_ru,
                "label": _kind_label(cp.name_ru, cp.kind, shared),
                "border": cp.border,
                "kind": cp.kind,
                "region": cp.region,
                "status": _status(newest, cp.status),
                "status_words": newest["text"] if newest else None,
                "status_date": newest["date"] if newest else None,
                "queue_after_status": queue_after(newest, facts.get("queue")),
                "status_past": status_reads.closure_past(newest, today),
                "status_conflict": _conflict(store, cp.id, newest),
                "capacity": (facts.get("capacity") or {}).get("text"),
                "capacity_sort": capacity_sorts.capacity_sort((facts.get("capacity") or {}).get("text")),
                "deadline": (facts.get("deadline") or {}).get("text"),
                "deadline_date": (facts.get("deadline") or {}).get("date"),
                "deadline_past": deadlines.has_passed((facts.get("deadline") or {}).get("date"), today),
                "queue": (facts.get("queue") or {}).get("text"),
                "queue_date": (facts.get("queue") or {}).get("date"),
                "articles": _stories(store, link),
                "entity_id": link.get("entity_id"),
                **_across_fields(marks.get(cp.id)),
            }
        )
    if status:  # the label asked for leads a conflict's cell (conflict_labels); not exported
        out = [dict(r, status_filter=status) for r in out if has_status(r, status)]
    return sort_board(out, sort, reverse)


# The labels `board --status` and the board's `u` filter by, in the order the sort by
# status lists them (and `u` cycles through them).
BOARD_STATUSES = status_reads.STATUS_ORDER


def has_status(row: dict, label: str) -> bool:
    """Whether a board row reads status `label` (one of BOARD_STATUSES) in its status
    cell: the label of its newest reported status, or the gazetteer's when no article
    states one («closed (gazetteer)» is closed, a crossing listed as working is working);
    any label of a day whose reports contradict («closed / to close / reopened» is among
    the closed, the to-close and the reopened: which held, the reports do not say); a
    «to close (past)» is a «to close», as its cell reads. A facing post's mark («working
    ⇄RU closed») is the neighbour's, not this row's. Sorted by status the board groups
    rows so; a user asking «only those under reconstruction» had to scroll to the group
    (ux87)."""
    if row.get("status_conflict"):
        return label in row["status_conflict"].split(CONFLICT_SEP)
    return row["status"].removesuffix(" (gazetteer)") == label


def _across_fields(mark: dict | None) -> dict:
    """The row's across_* fields from a facing post's halting status, or None each."""
    mark = mark or {}
    return {
        "across_post": mark.get("post"),
        "across_status": mark.get("status"),
        "across_date": mark.get("date"),
        "across_code": mark.get("code"),
    }


def _conflict(store: Store, checkpoint_id: str, status: dict | None) -> str | None:
    """«closed / working»: the labels of the newest status's day when its reports
    contradict (status_reads.conflict), the most halting first; else None."""
    found = status_reads.conflict(store, checkpoint_id, status)
    return CONFLICT_SEP.join(e["status"] for e in found) or None


def _stories(store: Store, link: dict) -> int:
    """The linked checkpoint's articles as its page counts them: each story once, less the
    near-duplicate copies and second extracts of one page its lists fold (the column said
    6 over a page of «5 articles (+1 copy)»; entity_reads.story_count). The extracts stay in
    for a checkpoint in more than BOARD_FOLD_MAX articles: the board counts every post at
    once, and reading them for posts in 700–2,000 articles made the first board of the
    100,000-article bench store take 0.44 s instead of 3 ms."""
    articles = link.get("articles", 0)
    if not articles:
        return 0
    return entity_reads.story_count(store, link["entity_id"], articles, fold_max=BOARD_FOLD_MAX)


BOARD_FOLD_MAX = entity_reads.LIST_FOLD_MAX


# Sorted by status, the order of how much a post lets through, from nothing to all: by
# label the board read «closed, commissioned, limited, planned, reopened, to close, under
# reconstruction»: the rebuilt posts came last. Words no label reads come after the labels.
STATUS_ORDER = status_reads.STATUS_ORDER


def sort_board(rows: list[dict], sort: str, reverse: bool = False) -> list[dict]:
    """Rows by `sort` (one of BOARD_SORTS), empty values last; ties by name. Sorted by
    status, in STATUS_ORDER (a «closed, queue later» after the other closed ones), the
    statuses an article reports (dated or not: `status_words`) before the gazetteer's,
    which come in the same order. Sorted by deadline, the deadlines still ahead come first («by when»: the
    board opened on «2020 past», «2024 past», «2025 past» above «2026-H2», «2028»), then
    those gone by (`deadline_past`), each from the earliest."""
    key = "deadline_date" if sort == "deadline" else sort

    def empty_value(r: dict) -> bool:
        return r.get(key) in (None, "") or (key == "status" and not r.get("status_words"))

    full = [r for r in rows if not empty_value(r)]
    empty = [r for r in rows if empty_value(r)]
    default_desc = key in ("articles", "status_date", "queue_date")  # numbers and dates: biggest first
    value = {"capacity": _capacity_value, "deadline_date": _deadline_value, "status": _status_value}.get(
        key, lambda r: _sort_value(r[key])
    )
    full.sort(key=lambda r: (value(r), r["name"], r["kind"]), reverse=default_desc != reverse)
    empty.sort(key=lambda r: (r["name"], r["kind"]))
    if key == "status":  # the gazetteer's statuses in the same order, each by name
        empty.sort(key=lambda r: _status_value(r)[0], reverse=reverse)
    # sorted by a report's date, a report with no date still comes before no report at all
    # (`--sort queue_date` listed «53 көлік (undated)» among the crossings with no queue)
    reported = DATED_BY.get(key)
    if reported:
        empty = [r for r in empty if r.get(reported)] + [r for r in empty if not r.get(reported)]
    return full + empty


DATED_BY = {"queue_date": "queue", "status_date": "status_words", "deadline_date": "deadline"}


def shared_names() -> set[str]:
    """The Russian names two rows of the gazetteer share. A road and a rail crossing at
    one place are two rows of one name (Алимбет, Бахты, Жаныбек, Жайсан, Шарбакты), and
    at 80 columns, where the board hides the kind, they looked like one row twice; their
    `label` says the kind: «Алимбет (road)», «Алимбет (rail)»."""
    seen: dict[str, int] = {}
    for cp in _gazetteer().all():
        seen[cp.name_ru] = seen.get(cp.name_ru, 0) + 1
    return {name for name, n in seen.items() if n > 1}


def _kind_label(name: str, kind: str | None, shared: set[str]) -> str:
    """«Сырдарья (rail)» for a name two of our rows share, else the name."""
    return f"{name} ({kind})" if kind and name in shared else name


def post_label(kb_id: str | None, name: str) -> str:
    """The name the board gives post `kb_id` («Сырдарья (rail)» where a road and a rail
    crossing share the name), for a page's title: the board's ⏎ opened «Сырдарья (rail)»
    under the title «Сырдарья», and the road's page read the same (ux85, ux86). A neighbour's
    post with its country's code, «Хоргос (CN)», as its search hit and our row's «⇄CN» say it:
    China's road and rail posts were titled «Хоргос» as ours is (ux89). `name` for an id the
    gazetteer does not hold."""
    post = _gazetteer().get(kb_id) if kb_id else None
    if post is None:
        return name
    if post.foreign:
        return post.label
    return _kind_label(post.name_ru, post.kind, shared_names())


def _capacity_value(row: dict) -> tuple:
    """Sorted by capacity, throughput comes first, biggest first, then the other sorts
    (lanes, limits…) by theirs: by the words, «96 машин в сутки» led «тәулігіне 1200 көлік»."""
    sort = row.get("capacity_sort") or capacity_sorts.capacity_sort(row["capacity"])
    figure = capacity_sorts.figure(row["capacity"])
    return (sort != capacity_sorts.THROUGHPUT, figure is None, -(figure or 0), _sort_value(row["capacity"]))


def _status_value(row: dict) -> tuple:
    """A status's place in STATUS_ORDER (the gazetteer's by its label: «closed (gazetteer)»
    with «closed»; a conflict by its most halting label, «closed / working» with «closed»;
    a past closure with «closed»: it has happened); within «closed»: the plain ones, then
    the conflicts, then those with a later queue beside them, then the past closures (a
    later queue last); then its words."""
    label = row["status"].removesuffix(" (gazetteer)")
    if row.get("status_conflict"):
        label = row["status_conflict"].split(CONFLICT_SEP)[0]
    rank = status_reads.status_order(label)
    past = bool(row.get("status_past"))
    if past:
        rank = status_reads.status_order("closed")
    flags = (past, bool(row.get("queue_after_status")), bool(row.get("status_conflict")))  # False first
    return rank, flags, _sort_value(shown_status(row))


def _deadline_value(row: dict) -> tuple:
    """The deadlines still ahead before those gone by, each from the earliest."""
    return bool(row.get("deadline_past")), _sort_value(row["deadline_date"])


def _sort_value(value):
    return value.casefold() if isinstance(value, str) else value


def _latest_facts(store: Store) -> dict[str, dict[str, dict]]:
    """{checkpoint id: {kind: {text, date}}}: the newest fact of each board kind about
    each gazetteer checkpoint (dated by the fact, else by its article: facts.dated).
    One seek on (checkpoint_id, kind, dated) per pair: a few hundred index lookups
    whatever the number of facts. Capacity is the newest *throughput* when the post has
    one (store.db.capacity_sorts): a newer lane count or daily limit is capacity of
    another sort, shown only when no throughput is known."""
    out: dict[str, dict[str, dict]] = {}
    for cp in _gazetteer().all():
        facts = newest_facts(store, cp.id)
        if facts:
            out[cp.id] = facts
    return out


def newest_facts(store: Store, checkpoint_id: str) -> dict[str, dict]:
    """{kind: {text, date, day}}: the newest fact of each board kind about one checkpoint;
    `date` is the fact's own date else its article's, `day` its own only (a closure's day:
    status_reads.closure_past)."""
    out: dict[str, dict] = {}
    sql = (
        "SELECT text, dated, date FROM facts WHERE checkpoint_id = ? AND kind = ? ORDER BY dated DESC, id DESC LIMIT ?"
    )
    for kind in BOARD_KINDS:
        rows = store.conn.execute(sql, (checkpoint_id, kind, CAPACITY_CANDIDATES if kind == "capacity" else 1))
        facts = [{"text": text, "date": dated, "day": day} for text, dated, day in rows]
        fact = capacity_sorts.pick(facts) if kind == "capacity" else (facts[0] if facts else None)
        if fact:
            out[kind] = fact
    return out


# How many of a post's newest capacity facts are looked through for a throughput: bounded,
# so a post with thousands of lane counts costs what it did (the board stays ≤ 0.3 s).
CAPACITY_CANDIDATES = 20


def borders() -> list[str]:
    """The borders of the gazetteer, in its order (the filter key cycles through them)."""
    return list(dict.fromkeys(cp.border for cp in _gazetteer().all() if cp.border))


def kinds() -> list[str]:
    """The checkpoint kinds of the gazetteer, in its order."""
    return list(dict.fromkeys(cp.kind for cp in _gazetteer().all() if cp.kind))
