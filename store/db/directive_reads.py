"""The explorer's Directives view: every directive, newest first, filtered by words.

Directives can run to tens of thousands of rows, so they are paged like the article
list: a keyset seek from the last row of the page before when the caller has it, an
OFFSET otherwise. Also the directives of one checkpoint (its page). Plain dicts go
out; nothing here imports a UI library.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import threading
from collections import OrderedDict

from store.db.connection import Store
from store.db.directive_sameness import group_reports, same_key
from store.db.migrate_v4 import has_directive_checkpoints
from store.db.migrate_v5 import decode, has_checkpoint_lists, naming_checkpoint
from store.db.queries import row_dicts
from store.lang.when_labels import short_when


def _gazetteer():
    """store.lang.gazetteer, imported when a read first needs it: the explorer's first
    paint (the Articles tab) imports this module but shows no checkpoint row."""
    from store.lang import gazetteer

    return gazetteer


DIRECTIVE_FIELDS = [
    "date",
    "by",
    "by_text",
    "post",
    "to",
    "what",
    "when",
    "checkpoint",
    "checkpoints",
    "article_id",
    "title",
    "source",
    "sentence",
    "reports",  # how many articles report this directive (directive_sameness), since stop 37
]


# ---------------------------------------------------------------- directives


# Kazakh letters as the Russian ones they are read as: «Тоқаев» finds «Токаев» and back.
_KAZAKH_AS_RUSSIAN = tuple(zip("қғңөұүһіә", "кгноуухиа", strict=True))


def ordered(row: dict, with_when: bool = False) -> str:
    """What was ordered, «3× » before it when three articles report it; `with_when`:
    by when, as its head, «3× в месячный срок: провести ревизию …», for a list too
    narrow for a «when» column (at 80 columns the question «who ordered whom what, and
    by when» lost its last part: the deadline showed from 100)."""
    what = row.get("what") or ""
    when = row.get("when") if with_when else None
    if when:  # abridged: «до 1 числа следующего месяца» took 30 of the 30 cells at 80 columns
        what = f"{short_when(when)}: {what}"
    n = row.get("reports") or 1
    return f"{n}× {what}" if n > 1 else what


def _fold(value: str | None) -> str:
    """Casefolded, Kazakh letters read as Russian. One str.replace per Kazakh letter
    present, not str.translate: on Cyrillic text translate looks every character up in
    a dict, 7x slower, and `show КГД` folded 280,000 directive texts at 100,000 articles."""
    folded = (value or "").casefold()
    for kazakh, russian in _KAZAKH_AS_RUSSIAN:
        if kazakh in folded:
            folded = folded.replace(kazakh, russian)
    return folded


def _has_all(text: str | None, words: str) -> bool:
    """Every word of `words` (folded, one a line) in `text` folded: one fold a row for
    all the words (a word a call folded a row once for each word it passed)."""
    folded = _fold(text)
    return all(word in folded for word in words.split("\n"))


def _with_fold(store: Store) -> sqlite3.Connection:
    """The connection with `bd_has_all` (Unicode casefold, Kazakh letters read as Russian:
    SQLite's lower() and LIKE fold ASCII only, and the texts are Cyrillic)."""
    conn = store.conn
    conn.create_function("bd_has_all", 2, _has_all, deterministic=True)
    conn.create_function("bd_post_names", 1, _post_names, deterministic=True)
    return conn


# the giver's roles as their words: `roles` is a JSON list, and its brackets, quotes and
# commas matched a search for «"» or «,» in every directive whose giver has a role (qa69)
_ROLES_TEXT = "coalesce((SELECT group_concat(value, ' ') FROM json_each(coalesce(e.roles, '[]'))), '')"


def _directive_where(words: str, conn: sqlite3.Connection | None = None) -> tuple[str, list]:
    """The filter of `directives WORD` and the Directives tab: every word in the giver,
    post, addressee, what, when or the names of the checkpoints its sentence names. The
    posts were left out, so `directives хоргос` printed 0 where `show хоргос` listed
    three directives about the post (qa73; search76): the page lists those naming it."""
    folded = [_fold(word) for word in words.split()]
    if not folded:
        return "1", []
    return (
        """bd_has_all(coalesce(d."by",'') || ' ' || coalesce(e.name,'') || ' ' ||"""
        f""" {_ROLES_TEXT} || ' ' || coalesce(d."to",'') || ' ' || coalesce(d.what,'') || ' ' ||"""
        f""" coalesce(d."when",'') || ' ' || bd_post_names({_posts_of(conn)}), ?)""",
        ["\n".join(folded)],
    )


def _posts_of(conn: sqlite3.Connection | None) -> str:
    """The column that lists a directive's checkpoints, in the schema this store has (none without a store)."""
    if conn is None:
        return "NULL"
    if has_checkpoint_lists(conn):
        return "d.checkpoint_ids"
    return "d.checkpoint_id" if has_directive_checkpoints(conn) else "NULL"


@functools.lru_cache(maxsize=4096)
def _post_names(ids: str | None) -> str:
    """Every name of the checkpoints in a directive's list (a JSON list of gazetteer ids,
    or one id in a schema-4 store), one string: «Хоргос Қорғас Khorgos …». Kept per
    list: a store's directives name a few hundred posts in a few lists each."""
    if not ids:
        return ""
    listed = decode(ids) if ids.startswith("[") else [ids]
    rows = [_gazetteer().get(cp) for cp in listed or []]
    return " ".join(name for row in rows if row for name in row.all_names())


_DIRECTIVE_FROM = (
    " FROM articles a INDEXED BY articles_date JOIN directives d ON d.article_id = a.id"
    " LEFT JOIN entities e ON e.id = d.by_entity_id"
)


def count_directives(store: Store, words: str = "") -> int:
    """How many directives match every word (in giver, post, addressee, what or when)."""
    _with_fold(store)
    where, params = _directive_where(words, store.conn)
    if where == "1":
        return store.conn.execute("SELECT count(*) FROM directives").fetchone()[0]
    return store.conn.execute(
        f"SELECT count(*) FROM directives d LEFT JOIN entities e ON e.id = d.by_entity_id WHERE {where}", params
    ).fetchone()[0]


def directive_page(
    store: Store,
    words: str = "",
    *,
    after: tuple[str | None, int, int] | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[dict]:
    """Directives newest first: by their article's date, walking the articles' date
    index (so the first page reads a few hundred articles, not every directive);
    undated last. `after` is the (date, article rowid, directive id) of the last row
    already shown: a keyset seek."""
    _with_fold(store)
    where, params = _directive_where(words, store.conn)
    if after is not None:
        date, rowid, did = after
        if date is None:
            where += " AND a.date IS NULL AND (a.rowid < ? OR (a.rowid = ? AND d.id < ?))"
            params = params + [rowid, rowid, did]
        else:
            where += (
                " AND (a.date < ? OR (a.date = ? AND (a.rowid < ? OR (a.rowid = ? AND d.id < ?))) OR a.date IS NULL)"
            )
            params = params + [date, date, rowid, rowid, did]
        offset = 0
    return _directive_rows(
        store, where, " ORDER BY a.date DESC, a.rowid DESC, d.id DESC LIMIT ? OFFSET ?", params + [limit, offset]
    )


def _directive_rows(store: Store, where: str, tail: str, params: list, from_: str = _DIRECTIVE_FROM) -> list[dict]:
    """The directives under `where`, in the order and slice `tail` says, as the list's
    rows: the giver's post, the first checkpoint and every checkpoint by name."""
    cp = "d.checkpoint_id" if has_directive_checkpoints(store.conn) else "NULL"
    cps = "d.checkpoint_ids" if has_checkpoint_lists(store.conn) else "NULL"
    rows = row_dicts(
        store,
        'SELECT d.id, a.rowid AS article_rowid, a.date, coalesce(e.name, d."by") AS "by", d."by" AS by_text,'
        ' e.roles, d."to", d.what, d."when", d.sentence,'
        f" {cp} AS checkpoint_id, {cps} AS checkpoint_ids, d.article_id, a.title, a.source {from_}"
        f" WHERE {where}{tail}",
        params,
    )
    for r in rows:
        roles = json.loads(r.pop("roles") or "[]")
        r["post"] = roles[0] if roles else None
        first = r["checkpoint_id"]
        r["checkpoint"] = checkpoint_name(first) if first else None
        ids = decode(r.pop("checkpoint_ids")) or ([first] if first else [])
        r["checkpoints"] = [checkpoint_name(cp) for cp in ids]
    return rows


def checkpoint_name(checkpoint_id: str) -> str:
    """The Russian name of a gazetteer checkpoint (its id if the gazetteer lost it)."""
    row = _gazetteer().get(checkpoint_id)
    return row.name_ru if row else checkpoint_id


def directive_list_page(store: Store, words: str, page: int, size: int, previous: list[dict] | None = None):
    """Page `page` of the directive list, a keyset seek when page-1 is at hand."""
    if previous:
        last = previous[-1]
        return directive_page(store, words, after=(last["date"], last["article_rowid"], last["id"]), limit=size)
    return directive_page(store, words, offset=page * size, limit=size)


def directive_export_rows(store: Store, words: str = "", sort: str = "date", reverse: bool = False) -> list[dict]:
    """Every directive matching `words`, as DIRECTIVE_FIELDS, in the list's order: each
    report of one order its own row (the file keeps what each article said), `reports`
    saying how many there are."""
    if not is_keyset_order(sort, reverse):
        ids = sorted_directive_ids(store, words, sort, reverse)
        rows = [r for i in range(0, len(ids), 500) for r in directives_by_id(store, ids[i : i + 500])]
        return [{k: r[k] for k in DIRECTIVE_FIELDS} for r in report_counts(store, rows, words)]
    out, after = [], None
    while True:
        page = report_counts(store, directive_page(store, words, after=after, limit=1000), words)
        out += [{k: r[k] for k in DIRECTIVE_FIELDS} for r in page]
        if len(page) < 1000:
            return out
        after = (page[-1]["date"], page[-1]["article_rowid"], page[-1]["id"])


def checkpoint_directives(store: Store, checkpoint_id: str, limit: int = 100) -> tuple[list[dict], int] | None:
    """The directives whose sentence names this checkpoint (among others, from schema
    5; as its first, in schema 4), newest first, and how many there are; None on a
    store without directives.checkpoint_id (before schema 4)."""
    naming = naming_checkpoint(store.conn, checkpoint_id)
    if naming is None:
        return None
    which, params = naming
    rows = row_dicts(
        store,
        'SELECT d.id, coalesce(e.name, d."by") AS "by", d."to", d.what, d."when", d.sentence, a.id AS article_id,'
        " a.date, a.title, a.source FROM directives d JOIN articles a ON a.id = d.article_id"
        f" LEFT JOIN entities e ON e.id = d.by_entity_id WHERE {which}"
        " ORDER BY a.date DESC, d.id LIMIT ?",
        [*params, limit],
    )
    total = store.conn.execute(f"SELECT count(*) FROM directives d WHERE {which}", params)
    return rows, total.fetchone()[0]


# ---------------------------------------------------------------- sorted by a column

# Sort keys of the Directives tab, in the order the sort key cycles through them. "date"
# newest first is the paged keyset walk above; any other order is found once as the
# list of directive ids (sorted_directive_ids) and its pages read by id.
DIRECTIVE_SORTS = ("date", "by", "to", "what", "when", "checkpoint")


def is_keyset_order(sort: str, reverse: bool) -> bool:
    """Whether this order is the default one, paged by keyset (newest first)."""
    return sort == "date" and not reverse


def sorted_directive_ids(store: Store, words: str = "", sort: str = "date", reverse: bool = False) -> list[int]:
    """The ids of the directives matching `words` in the order of column `sort`
    (date: newest first; text: A to Я, case folded; `reverse` the other way), empty
    values last whichever the direction, ties newest first.

    The columns are read once per filter (and kept while the store is unchanged, see
    sort_table), each column's values folded and sorted once when first asked: the
    next sort key or its reverse is a sort in memory, not a read of 14,286 rows."""
    if sort not in DIRECTIVE_SORTS:
        raise ValueError(f"unknown directive sort {sort!r} (choose from {', '.join(DIRECTIVE_SORTS)})")
    return list(sort_table(store, words).ids(sort, reverse))


class SortTable:
    """The directives matching some words as (id, date, by, to, what, when, checkpoint
    name) rows, in the tie order (newest first, undated last), and the ids in each
    column's order as they are asked for; `reports`, each directive's group of reports
    of one order (directive_sameness.group_reports: the newest report's id to every
    report's id), and `first_of`, each id's group's first id."""

    def __init__(self, rows: list[tuple], keys: list[tuple]) -> None:
        self.rows = rows
        self.orders: dict[tuple[str, bool], list[int]] = {}
        self.firsts: dict[tuple[str, bool], list[int]] = {}
        self.reports = group_reports((r[0], r[1], key) for r, key in zip(rows, keys, strict=True))
        self.first_of = {i: first for first, ids in self.reports.items() for i in ids}

    def ids(self, sort: str, reverse: bool) -> list[int]:
        key = (sort, reverse)
        if key not in self.orders:
            self.orders[key] = self._sorted(sort, reverse)
        return self.orders[key]

    def first_ids(self, sort: str, reverse: bool) -> list[int]:
        """The ids in this order, one a group of reports (its newest): the list's rows."""
        key = (sort, reverse)
        if key not in self.firsts:
            self.firsts[key] = [i for i in self.ids(sort, reverse) if i in self.reports]
        return self.firsts[key]

    def _sorted(self, sort: str, reverse: bool) -> list[int]:
        if sort == "date" and not reverse:  # the rows' own order
            return [r[0] for r in self.rows]
        at = DIRECTIVE_SORTS.index(sort) + 1
        if sort == "date":
            keyed = [(r[1], r[0]) for r in self.rows]
        else:
            keyed = [(str(r[at]).casefold() if r[at] else None, r[0]) for r in self.rows]
        full = [k for k in keyed if k[0]]
        full.sort(key=lambda k: k[0], reverse=(sort == "date") != reverse)  # stable: ties keep the tie order
        return [i for _, i in full] + [i for key, i in keyed if not key]


# Sort tables of recent filters: (connection id, data version, words) -> (the connection,
# its table). The entry holds its connection, so no other connection can take its id.
_SORT_TABLES: OrderedDict[tuple, tuple[sqlite3.Connection, SortTable]] = OrderedDict()
_SORT_TABLES_KEPT = 4
_sort_tables_lock = threading.Lock()


def _sort_table_key(store: Store, words: str) -> tuple:
    conn = store.conn
    version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    return (id(conn), version, " ".join(words.casefold().split()))


def has_sort_table(store: Store, words: str = "") -> bool:
    """Whether sort_table(store, words) is at hand, read already and the store unchanged since."""
    key = _sort_table_key(store, words)
    with _sort_tables_lock:
        hit = _SORT_TABLES.get(key)
    return hit is not None and hit[0] is store.conn


def sort_table(store: Store, words: str = "") -> SortTable:
    """The SortTable of the directives matching `words`, read again only when the store
    changed since (a commit on any connection moves SQLite's data_version, one on this
    connection its total_changes)."""
    conn = store.conn
    key = _sort_table_key(store, words)
    with _sort_tables_lock:
        hit = _SORT_TABLES.get(key)
        if hit is not None and hit[0] is conn:
            _SORT_TABLES.move_to_end(key)
            return hit[1]
    table = SortTable(*_sort_rows(store, words))
    with _sort_tables_lock:
        _SORT_TABLES[key] = (conn, table)
        while len(_SORT_TABLES) > _SORT_TABLES_KEPT:
            _SORT_TABLES.popitem(last=False)
    return table


def _sort_rows(store: Store, words: str) -> tuple[list[tuple], list[tuple]]:
    """Every sort column of the directives matching `words`, in the tie order, and each
    one's directive_sameness.same_key. Only the
    directive and the article's date are read (the date from the covering (id, date)
    index, never the wide article rows): sorted in SQL through the article rows, with
    the fold called in ORDER BY, 14,286 directives took 0.6 s."""
    _with_fold(store)
    where, params = _directive_where(words, store.conn)
    checkpoint = "d.checkpoint_id" if has_directive_checkpoints(store.conn) else "NULL"
    rows = store.conn.execute(
        f'SELECT d.id, a.date, coalesce(e.name, d."by"), d."to", d.what, d."when", {checkpoint}, d.by_entity_id'
        " FROM directives d JOIN articles a INDEXED BY articles_id_date ON a.id = d.article_id"
        f" LEFT JOIN entities e ON e.id = d.by_entity_id WHERE {where}",
        params,
    ).fetchall()
    rows.sort(key=lambda r: (r[1] or "", r[0]), reverse=True)  # the tie order: newest first, undated last
    names = {cp: checkpoint_name(cp) for cp in {r[6] for r in rows if r[6]}}  # a few ids, 14,286 rows
    memo: dict = {}
    keys = [same_key(r[7], r[2], r[3], r[4], memo) for r in rows]
    return [(*r[:6], names.get(r[6])) for r in rows], keys


def report_groups(store: Store, words: str = "", sort: str = "date", reverse: bool = False) -> list[int]:
    """The list's rows as directive ids in the order of column `sort`: one a directive,
    however many articles report it (its newest report; directive_sameness)."""
    if sort not in DIRECTIVE_SORTS:
        raise ValueError(f"unknown directive sort {sort!r} (choose from {', '.join(DIRECTIVE_SORTS)})")
    return list(sort_table(store, words).first_ids(sort, reverse))


def count_reports(store: Store, words: str = "") -> int:
    """How many stored directives (reports) match `words`: report_groups' rows stand for them."""
    return len(sort_table(store, words).rows)


def with_reports(store: Store, rows: list[dict], words: str = "") -> list[dict]:
    """`rows` (the list's, each its group's newest report) with `reports`, how many
    articles report the directive, and `also`, the other reports' rows (article id,
    sentence, date, title, source), newest first: the page a user opens each from."""
    table = sort_table(store, words)
    others = {r["id"]: table.reports.get(table.first_of.get(r["id"], r["id"]), [r["id"]]) for r in rows}
    wanted = [i for r in rows for i in others[r["id"]] if i != r["id"]]
    found = {d["id"]: d for d in directives_by_id(store, wanted)}
    for r in rows:
        r["also"] = [found[i] for i in others[r["id"]] if i != r["id"] and i in found]
        r["reports"] = 1 + len(r["also"])
    return rows


def report_counts(store: Store, rows: list[dict], words: str = "") -> list[dict]:
    """`rows` (directives as stored, any of them) with `reports`: how many articles report
    the same directive (directive_sameness), this one among them; 1 when it is alone."""
    table = sort_table(store, words)
    for r in rows:
        r["reports"] = len(table.reports.get(table.first_of.get(r["id"], r["id"]), [r["id"]]))
    return rows


def one_row_a_directive(store: Store, rows: list[dict]) -> list[dict]:
    """A page's directives (an entity's or a checkpoint's, newest first) one row a
    directive, however many articles report it, by the Directives tab's rule
    (directive_sameness: the giver, its entity when it has one, the addressee and the task
    folded, within WINDOW_DAYS): the newest report, with `reports` and `also` (the other
    reports' rows, newest first). The pages listed each report apart while the tab said
    «2×» for the same two. Only the page's rows are grouped: a report naming neither the
    entity nor the post is not on the page either."""
    givers = _giver_entities(store, [d["id"] for d in rows if d.get("id") is not None])
    memo: dict = {}
    keyed = (
        (at, d.get("date"), same_key(givers.get(d.get("id") or 0), d.get("by"), d.get("to"), d.get("what"), memo))
        for at, d in enumerate(rows)
    )
    out = []
    for first, members in group_reports(keyed).items():
        row = dict(rows[first])
        row["also"] = [rows[at] for at in members[1:]]
        row["reports"] = len(members)
        out.append(row)
    return out


def with_same_as(store: Store, rows: list[dict]) -> list[dict]:
    """`rows` (a page's directives, newest first), each with `reports` (how many of the
    rows report its directive, one_row_a_directive's rule) and `same_as` (the id of the
    newest of those reports: its own id when it is the newest or alone): `show --json`
    keeps a row a stored directive, and its text lists the rows whose `same_as` is their id."""
    by_id = {r["id"]: r for r in rows}
    for group in one_row_a_directive(store, rows):
        for member in [group, *group["also"]]:
            by_id[member["id"]].update(reports=group["reports"], same_as=group["id"])
    return rows


def _giver_entities(store: Store, ids: list[int]) -> dict[int, int]:
    """{directive id: its giver's entity id} for those of `ids` whose giver is an entity."""
    found: dict[int, int] = {}
    for at in range(0, len(ids), 500):
        part = ids[at : at + 500]
        marks = ",".join("?" * len(part))
        sql = f"SELECT id, by_entity_id FROM directives WHERE id IN ({marks}) AND by_entity_id IS NOT NULL"
        found.update(store.conn.execute(sql, part).fetchall())
    return found


def directives_by_id(store: Store, ids: list[int]) -> list[dict]:
    """The list's rows of these directives, in the order of `ids` (a page of a sorted list)."""
    if not ids:
        return []
    by_id = " FROM directives d JOIN articles a ON a.id = d.article_id LEFT JOIN entities e ON e.id = d.by_entity_id"
    rows = _directive_rows(store, f"d.id IN ({','.join('?' * len(ids))})", "", list(ids), by_id)
    found = {r["id"]: r for r in rows}
    return [found[i] for i in ids if i in found]


# ---------------------------------------------------------------- a person's or body's

# How a directive holds the entity of a page: it gave it, it was given it, or the order
# names it («привлечь к ответственности председателей Комитета государственных доходов»).
GIVER, ADDRESSEE, NAMED = "giver", "addressee", "named"

_BY_ID_FROM = " FROM directives d JOIN articles a ON a.id = d.article_id LEFT JOIN entities e ON e.id = d.by_entity_id"


def entity_directives(store: Store, entity_id: int, name: str, limit: int = 10_000) -> list[dict]:
    """The directives a person or body gave, was given or is named in («what»), newest
    first (undated last), each with `named_as` (GIVER, ADDRESSEE or NAMED). A giver or
    addressee is matched by name, as before; the rest by the spellings the articles
    holding the directive name the entity with (its mentions' surfaces, which are
    inflected as printed: «Комитета государственных доходов», «КГД»), as whole words.
    Before, `show КГД` listed none of the orders whose «what» named the committee."""
    _with_fold(store)
    found = {d["id"]: d for d in directive_page(store, name, limit=limit)}
    in_articles = _directive_rows(
        store,
        "d.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)",
        " ORDER BY a.date DESC, a.rowid DESC, d.id DESC LIMIT ?",
        [entity_id, limit],
        _BY_ID_FROM,
    )
    found.update((d["id"], d) for d in in_articles)
    spellings = _spellings_by_article(store, entity_id)
    rows = []
    for d in found.values():
        d["named_as"] = _named_as(d, _fold(name), spellings.get(d["article_id"], []))
        if d["named_as"]:
            rows.append(d)
    rows.sort(key=lambda d: (d["date"] or "", d["article_rowid"], d["id"]), reverse=True)
    return rows[:limit]


def _spellings_by_article(store: Store, entity_id: int) -> dict[str, list[str]]:
    """The entity's folded surfaces in each article holding a directive."""
    out: dict[str, list[str]] = {}
    for article_id, surface in store.conn.execute(
        "SELECT DISTINCT m.article_id, m.surface FROM mentions m WHERE m.entity_id = ?"
        " AND m.article_id IN (SELECT article_id FROM directives) AND m.surface IS NOT NULL",
        [entity_id],
    ):
        out.setdefault(article_id, []).append(_fold(surface))
    return out


def _named_as(d: dict, name: str, spellings: list[str]) -> str | None:
    """GIVER, ADDRESSEE, NAMED or None: where in the directive the entity is."""
    by, to, what = _fold(d.get("by")), _fold(d.get("to")), _fold(d.get("what"))
    if name in by:
        return GIVER
    if name in to or any(_has_words(to, s) for s in spellings):
        return ADDRESSEE
    if any(_has_words(what, s) for s in [name, *spellings]):
        return NAMED
    return None


def _has_words(text: str, words: str) -> bool:
    """`words` in `text` as whole words («кгд» is not in «кгдх»)."""
    if not words.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None
