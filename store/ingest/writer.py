"""The ingest's single writer: results batched into transactions, each reported once."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from store.db import rules_stamp
from store.db import store as db
from store.ingest import dump_marks
from store.ingest.dump_marks import DumpBook
from store.ingest.worker import Result
from store.sanitize import display_name

# How many articles the writer puts in one transaction: big enough to amortize overhead,
# small enough that an interrupted run loses little and progress moves smoothly.
COMMIT_EVERY = 200
COMMIT_SECONDS = 2.0
# Test-only: a smaller batch, so the fault tests (kill -9, signals mid-ingest) see as many
# commits in a corpus of tens of articles as the default gives in hundreds. Unset (always,
# outside tests) the batch is COMMIT_EVERY.
TEST_COMMIT_EVERY_ENV = "BORDERDOCS_TEST_COMMIT_EVERY"


def commit_every() -> int:
    """Results per transaction: COMMIT_EVERY, unless a test set TEST_COMMIT_EVERY_ENV to a
    positive number (anything else is ignored, as the other test hooks ignore a bad value)."""
    value = os.environ.get(TEST_COMMIT_EVERY_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else COMMIT_EVERY


@dataclass
class Summary:
    """What an ingest did; `rejected` holds (file, reason) pairs for the user."""

    files: int = 0
    ingested: int = 0
    duplicates: int = 0  # another file or record holds the same article
    already_stored: int = 0  # read again from the file it was stored from (a re-run's)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    signal: int | None = None  # the signal that interrupted the run
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.interrupted


def nothing_found(paths) -> str:
    """Why «0 files» (a folder given by mistake, or one of hidden files only): said, not left
    for the user to puzzle over a summary of zeros (qa62); the CLI prints it, the explorer's
    ingest screen shows it before it opens the empty store (qa70)."""
    shown = ", ".join(display_name(str(p)) for p in paths[:3]) + (", …" if len(paths) > 3 else "")
    return f"note: no files found under {shown}{_why_no_files(paths)}"


def _why_no_files(paths) -> str:
    """What the walk left out, as it is there: a folder holding only a symlink loop was told
    that «.»-names are skipped, which was not why (qa74)."""
    from store.reading.read import skipped_entries

    hidden, links = skipped_entries(paths)
    reasons = []
    if hidden:
        reasons.append(f"{hidden} name{'s' if hidden > 1 else ''} beginning with «.», which are skipped")
    if links:
        s = "s" if links > 1 else ""
        reasons.append(f"{links} link{s}, each to a folder already read — a folder is read once")
    empty = "the folder is empty" if len(paths) == 1 else "the folders are empty"
    return f" ({'; '.join(reasons) or empty})"


class Writer:
    """The single writer: batches results into transactions, and reports each result
    once its transaction is committed (a retried or interrupted one reports nothing)."""

    def __init__(
        self,
        store: db.Store,
        summary: Summary,
        on_reject,
        on_warn,
        folders: tuple[str, ...] = (),
        dumps: DumpBook | None = None,
    ):
        self.store, self.summary, self.on_reject, self.on_warn = store, summary, on_reject, on_warn
        self.folders = folders  # the folders the ingest was given: a message names a file under them
        # the marked dumps (store/ingest/dump_marks.py): their marks move in the transaction
        # of the results they cover
        self.dumps = dumps
        self.pending: list[Result] = []
        self.stored: list[str] = []  # the ids of the articles the transaction under way wrote: its rules stamp
        # the (entity, surface) pairs whose «text» alias the transaction under way upserted: a
        # second upsert of one changes nothing (ingest115), so each is issued once a transaction
        self.aliased: set[tuple[int, str]] = set()
        # the entity rows the transaction under way read, made or renamed, {(type, key): (id, name)}:
        # upsert_entity reads one again from here, not from the store (ingest115)
        self.entity_rows: dict[tuple[str, str], tuple[int, str]] = {}
        self.spans: list[tuple[int, int] | None] = []  # per pending result: (dump, span) of a marked dump
        self.last_commit = time.monotonic()
        self.commit_every = commit_every()
        # Once a worker is idle for good (the pool's "drained"), results are committed as
        # each task ends: the last transaction, which nothing overlaps, holds one task's
        # articles, not up to COMMIT_SECONDS of them (0.10-0.14 s of a two-job run's 3.5 s).
        self.finishing = False

    def add(self, result: Result, span: tuple[int, int] | None = None) -> None:
        """A result to write; `span`: the marked dump's (index, span) its task reads."""
        self.pending.append(result)
        self.spans.append(span)
        self.commit_if_due()

    def finish_soon(self) -> None:
        """No task is left to hand out and a worker's core is free: what is pending is
        written now, beside the last tasks, and from now on after every task (task_done)."""
        self.finishing = True
        self.commit()

    def task_done(self) -> None:
        """A task has ended: after finish_soon(), its results are committed now."""
        if self.finishing:
            self.commit()

    def commit_if_due(self) -> None:
        if len(self.pending) >= self.commit_every or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if not self.pending:
            return
        outcomes, marks = self._transaction()
        self.pending, self.spans = [], []
        self.last_commit = time.monotonic()
        for progress, state in marks:
            dump_marks.adopt(progress, state)
        for r, status in outcomes:
            self._report(r, status)

    def _transaction(self) -> tuple[list[tuple[Result, str]], list]:
        """Write every pending result in one transaction, and the marks of the dumps they
        carry forward, retried while another ingest holds the store (SQLite's busy wait
        comes first, inside each try)."""
        import sqlite3

        def work() -> tuple[list[tuple[Result, str]], list]:
            touched: set[int] = set()
            self.aliased = set()  # this attempt's «text» alias upserts (writes.write_extraction)
            self.entity_rows = {}  # and the entity rows it read, made or renamed (entities.upsert_entity)
            self.stored = []
            outcomes = [(r, self._write(r, touched)) for r in self.pending]
            if self.stored:  # the rules stamp of the articles written, one statement (ingest102)
                rules_stamp.stamp(self.store.conn, self.stored)
            db.refresh_roles(self.store, touched)
            return outcomes, self._marks(outcomes)

        try:
            return db.write_transaction(self.store, work)
        except sqlite3.Error as e:
            raise db.StoreError(f"{self.store.path}: cannot write: {e}") from None

    def _marks(self, outcomes: list[tuple[Result, str]]) -> list:
        """Each marked dump these results belong to, with its progress counting them in;
        a mark that moves is written here, in their transaction."""
        if self.dumps is None:
            return []
        by_dump: dict[int, list[tuple[int, str, str]]] = {}
        for (r, status), span in zip(outcomes, self.spans, strict=True):
            if span is not None:
                by_dump.setdefault(span[0], []).append((span[1], r.file, status))
        states = []
        for index, results in by_dump.items():
            progress = self.dumps.dumps[index]
            state = dump_marks.fold(progress, results)
            if state.moved:
                db.keep_file_stamp(self.store, progress.key, dump_marks.encode(state.mark))
            states.append((progress, state))
        return states

    def _write(self, r: Result, touched: set[int]) -> str:
        """Log (and store) one result; its status as it turned out. The stamp of the file
        it ends goes in the same transaction: a kill leaves both or neither."""
        if r.status == "rejected":
            db.log(self.store, r.path, r.file, "rejected", r.reason)
            return "rejected"
        status = self._write_article(r, touched)
        if r.stamp:
            db.keep_file_stamp(self.store, *r.stamp)
        return status

    def _write_article(self, r: Result, touched: set[int]) -> str:
        aid = r.article_id or (r.article.id if r.article else None)  # the worker's, else computed once here
        if r.status == "new" and db.write_article(
            self.store,
            r.article,
            r.extraction,
            touched,
            article_id=aid,
            stamp=False,
            aliased=self.aliased,
            entity_rows=self.entity_rows,
        ):
            assert aid is not None  # write_article stored the article under it
            self.stored.append(aid)
            db.log(self.store, r.path, r.file, "ok", "; ".join(r.warnings) or None, aid)
            return "ok"
        if _stored_from(self.store, aid, r):
            db.log(self.store, r.path, r.file, "duplicate", db.ALREADY_STORED, aid)
            return "stored"
        db.log(self.store, r.path, r.file, "duplicate", "already in the store", aid)
        return "duplicate"

    def _report(self, r: Result, status: str) -> None:
        if status == "rejected":
            reason = r.reason or "rejected"
            self.summary.rejected.append((r.file, reason))
            if self.on_reject:
                self.on_reject(where(r, self.folders), reason)
        elif status == "duplicate":
            self.summary.duplicates += 1
        elif status == "stored":
            self.summary.already_stored += 1
        else:
            self.summary.ingested += 1
            for warning in r.warnings:
                self.summary.warnings.append((r.file, warning))
                if self.on_warn:
                    self.on_warn(where(r, self.folders), warning)


def where(r: Result, folders: tuple[str, ...]) -> str:
    """The file a message names, with the folders between it and the folder the ingest was
    given: «site/2026-12-01/index.html: empty file», not «index.html», which a saved site
    holds hundreds of (qa72); a record keeps its line, «telegram/dump.jsonl:3». A file
    given by itself, or at a given folder's top, is its name alone, as before."""
    parent = os.path.dirname(r.path)
    for folder in folders:
        inside = os.path.relpath(parent, folder) if parent else "."
        if inside == ".":
            return r.file
        if not inside.startswith(".."):
            return f"{display_name(inside)}/{r.file}"
    return r.file


def _stored_from(store: db.Store, article_id: str | None, r: Result) -> bool:
    """Was this article stored from the file (or dump record) it was read from now? A
    re-run after Ctrl+C reads its stored files again; those are no duplicates (two files,
    one article) but the same file with the same content. The same path as logged, or
    one naming the same file from another folder («sample_data/a.txt», «/home/u/sample_data/a.txt»)."""
    if not article_id:
        return False
    row = store.conn.execute("SELECT file, path FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None or row[0] != display_name(r.file):
        return False
    return row[1] == display_name(r.path) or _same_file(row[1], r.path)


def _same_file(stored: str, path: str) -> bool:
    try:
        return os.path.samefile(stored, path)
    except (OSError, ValueError):  # moved, removed, or a name the store keeps escaped
        return _same_from_elsewhere(stored, path)


def _same_from_elsewhere(stored: str, path: str) -> bool:
    """A path stored relative to the folder the first run was started in
    («sample_data/a.txt») names no file from another folder, so the same file given
    there as «/home/u/sample_data/a.txt» (or «u/sample_data/a.txt») counted as a
    duplicate, two files, where it is one read again (qa108). It is the same when the
    stored path names nothing from here and the file's full path ends with it."""
    if os.path.isabs(stored) or os.path.lexists(stored):
        return False
    tail = os.sep + os.path.normpath(stored)  # as the store keeps it: a bidi or control character escaped
    return display_name(os.path.abspath(path)).endswith(tail)
