"""How far the store has read a JSON-lines dump, so a re-run reads only the lines after it.

Scrapers append to `news.jsonl` and cron runs `borderdocs ingest news.jsonl`: every run
read, decoded and parsed every line again to learn its record was stored (a dump of
100,000 records grown by 50 parsed 100,050). Now each uncompressed dump leaves a mark in
the store's `meta` table: the byte offset just after the last complete line whose record
has its result written, the SHA-1 of the bytes before it, the lines and records before it,
what a re-run would say of those records («already stored», «duplicate»: counts), and
the lines among them that were rejected (number and offset). The mark is written in the
same transaction as the result of the last record it covers (the writer's,
store/ingest/writer.py), so a kill leaves the mark and the rows it speaks for together.

A later run hashes the bytes before the offset (a 150 MB dump: a fraction of a second);
when they are those the mark was made from, under the same label, it counts the marked
records as a parse would have («already stored», «duplicate», in the summary; they are not
logged again one by one, which added a row a record to `ingest_log` every run), reads the
rejected lines again at their offsets (a rejection may not recur: a timeout, a record a
newer version reads), then the lines after the offset. A file rewritten or cut shorter
than the offset fails the hash or the size and is read whole, as before.

Not marked (read whole every run, as before): a gzip-compressed dump — its bytes cannot be
entered in the middle, every run decompresses from the start, and a dump compressed while
written is cut short until its writer ends it (`gzip -c >> dump.jsonl.gz` appends a member,
but a scraper writing to a compressed stream leaves it unreadable past its last flush); a
UTF-16 or UTF-32 dump, whose lines are read re-encoded (their offsets are not the file's). A
line still being written (no newline yet) is read but not covered: the next run reads it
again, whole. The mark does not move past a task whose result cannot be told by line (a
reading failure of the whole task), nor past the MAX_REJECTED-th rejected line.

Two ingests at once each write marks that are true of what they read (any mark is checked
against the file's bytes before it is trusted), so whichever is written last is right.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, field, replace

from store.reading.read import open_regular

KEY_PREFIX = "dump read "  # + a hash of the file's real path
MAX_REJECTED = 1000  # rejected lines a mark remembers (each read again every run)
_HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Mark:
    """What the store holds of a dump's first `offset` bytes."""

    name: str  # the dump's label when read (a link of another name labels its records by that)
    offset: int = 0
    sha1: str = hashlib.sha1().hexdigest()
    lines: int = 0
    records: int = 0  # lines not blank
    stored: int = 0  # records a re-run says «already stored» of
    duplicates: int = 0  # records whose article another file or record holds
    rejected: tuple[tuple[int, int], ...] = ()  # (line number, offset of its first byte)


def key(path: str) -> str:
    """The meta key of the dump at `path`: the same for every name that reaches it."""
    return KEY_PREFIX + hashlib.sha1(os.fsencode(os.path.realpath(path))).hexdigest()


def encode(mark: Mark) -> str:
    return json.dumps(
        {
            "name": mark.name,
            "offset": mark.offset,
            "sha1": mark.sha1,
            "lines": mark.lines,
            "records": mark.records,
            "stored": mark.stored,
            "duplicates": mark.duplicates,
            "rejected": [list(r) for r in mark.rejected],
        }
    )


def decode(value: str | None) -> Mark | None:
    """The mark a meta value holds, None when there is none or it is damaged."""
    if not value:
        return None
    try:
        d = json.loads(value)
        mark = Mark(
            str(d["name"]),
            int(d["offset"]),
            str(d["sha1"]),
            int(d["lines"]),
            int(d["records"]),
            int(d["stored"]),
            int(d["duplicates"]),
            tuple((int(n), int(at)) for n, at in d["rejected"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
    ok = 0 <= mark.offset and 0 <= mark.records <= mark.lines and all(0 <= at < mark.offset for _, at in mark.rejected)
    return mark if ok else None


def markable(path: str) -> bool:
    """Is the file a dump whose byte offsets are its lines' (uncompressed, UTF-8 or ASCII
    with or without a BOM, not UTF-16 or UTF-32)? Only such a dump is marked and resumed."""
    from store.reading.decoding import wide_encoding
    from store.reading.gzipped import GZIP_MAGIC

    try:
        with open_regular(path) as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return not head.startswith(GZIP_MAGIC) and wide_encoding(head) is None


def resume_point(conn: sqlite3.Connection, path: str, name: str) -> tuple[Mark, object] | None:
    """The store's mark of the dump at `path`, with the SHA-1 of the bytes before its offset
    (to go on hashing the lines after it), when those bytes are the ones it was made from
    under this label; None when there is no mark or the file no longer begins with them."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key=?", (key(path),)).fetchone()
    except sqlite3.Error:
        return None
    mark = decode(row[0] if row else None)
    if mark is None or mark.name != name or mark.offset == 0:
        return None
    digest = hashlib.sha1()
    try:
        with open_regular(path) as fh:
            if os.fstat(fh.fileno()).st_size < mark.offset:
                return None  # cut shorter than what was read: read whole
            left = mark.offset
            while left:
                chunk = fh.read(min(left, _HASH_CHUNK))
                if not chunk:
                    return None
                digest.update(chunk)
                left -= len(chunk)
    except OSError:
        return None
    return (mark, digest) if digest.hexdigest() == mark.sha1 else None


# ---------------------------------------------------------------- the writer's side


@dataclass
class Span:
    """One task's lines of a dump: where the mark may move once each of its records has
    its result written. `spots` maps the number of each line inside the mark to its
    offset; `expected` is how many results the task gives (one a line not blank)."""

    end: int  # the offset after its last complete line (the mark's offset once folded)
    lines: int
    records: int
    sha1: str  # of the bytes before `end`
    expected: int
    spots: dict[int, int]
    rereads: frozenset[int] = frozenset()  # rejected lines of the mark this task reads again
    got: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: list[tuple[int, int]] = field(default_factory=list)
    broken: bool = False  # a result not told by line: the mark stops before this task


class DumpProgress:
    """A dump's tasks in order, and the mark as far as their written results carry it."""

    def __init__(self, path: str, base: Mark):
        self.path, self.key = path, key(path)
        self.mark = base  # as last committed (or as found)
        self.spans: list[Span] = []  # the spans not in the mark yet, in order
        self.first = 0  # the index of spans[0]: the spans before it are in the mark
        self.label_prefix = base.name + ":"

    def add_span(self, span: Span) -> int:
        self.spans.append(span)
        return self.first + len(self.spans) - 1

    def line_of(self, file: str) -> int | None:
        """The line number a result's label names («dump.jsonl:12» → 12)."""
        if not file.startswith(self.label_prefix):
            return None
        tail = file[len(self.label_prefix) :]
        return int(tail) if tail.isdigit() else None


@dataclass
class Folded:
    """A dump's progress with a transaction's results counted in: adopted once it commits."""

    spans: list[Span]  # those still out of the mark
    first: int
    mark: Mark
    moved: bool  # the mark moved: write it in the transaction


def fold(progress: DumpProgress, outcomes: list[tuple[int, str, str]]) -> Folded:
    """The spans with these results counted in (copies: a transaction that fails leaves the
    committed ones as they were), and the mark as far as they carry it.
    `outcomes`: (span index, result label, status as written: ok, stored, duplicate, rejected)."""
    spans = list(progress.spans)
    for index, file, status in outcomes:
        at = index - progress.first
        span = spans[at] = replace(spans[at], rejected=list(spans[at].rejected))
        span.got += 1
        n = progress.line_of(file)
        if n is None:
            span.broken = True
        elif n not in span.spots:
            pass  # a line still being written: read again next run, not counted
        elif status == "rejected":
            span.rejected.append((n, span.spots[n]))
        elif status == "duplicate":
            span.duplicates += 1
        else:  # ok now, «already stored» next time
            span.stored += 1
    mark, folded = progress.mark, 0
    for span in spans:
        if span.broken or span.got < span.expected:
            break
        kept = [r for r in mark.rejected if r[0] not in span.rereads]
        rejected = tuple(kept + span.rejected)
        if len(rejected) > MAX_REJECTED:
            break
        mark = replace(
            mark,
            offset=span.end,
            sha1=span.sha1,
            lines=span.lines,
            records=span.records,
            stored=mark.stored + span.stored,
            duplicates=mark.duplicates + span.duplicates,
            rejected=rejected,
        )
        folded += 1
    return Folded(spans[folded:], progress.first + folded, mark, folded > 0)


def adopt(progress: DumpProgress, state: Folded) -> None:
    """The transaction that wrote `state`'s results (and its mark, if it moved) committed."""
    progress.spans, progress.first, progress.mark = state.spans, state.first, state.mark


class DumpBook:
    """The dumps of one ingest that are marked, as their tasks are made (in the parent)."""

    def __init__(self, conn: sqlite3.Connection, passed_over=None):
        self.conn = conn
        self.passed_over = passed_over  # called with a mark found true: its records are counted
        self.dumps: list[DumpProgress] = []

    def track(self, path: str) -> tuple[int, DumpProgress, object] | None:
        """The dump's index here, its progress (from its mark when the file still begins
        with the bytes it was made from) and the SHA-1 of the bytes before the mark; None
        for a dump that is not marked (compressed, UTF-16/32)."""
        from pathlib import Path

        from store.reading.rejects import label

        if not markable(path):
            return None
        name = label(Path(path))
        found = resume_point(self.conn, path, name)
        mark, digest = found if found else (Mark(name), hashlib.sha1())
        if found and self.passed_over:
            self.passed_over(mark)
        self.dumps.append(DumpProgress(path, mark))
        return len(self.dumps) - 1, self.dumps[-1], digest
