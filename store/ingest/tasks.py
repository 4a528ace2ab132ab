"""Files as worker tasks: plain files grouped, JSON-lines dumps cut in batches of lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from store.model import RejectedDoc

if TYPE_CHECKING:
    from store.ingest.dump_marks import DumpBook, DumpProgress

# How many documents a worker handles per task: big enough to amortize overhead, small
# enough that an interrupted run loses little and progress moves smoothly.
DOCS_PER_TASK = 8
TASK_BYTES = 4 * 1024 * 1024  # JSON-lines batches stop growing at this many bytes
# (kind "paths" | "lines", payload, files it completes, its (first) path, and for a marked
# dump's lines (the dump's index in the DumpBook, the span's index), else None)
Task = tuple


def make_tasks(files: list[Path], dumps: DumpBook | None = None) -> Iterator[Task]:
    """Files become tasks: up to DOCS_PER_TASK plain files together (fewer round trips,
    and their texts are tagged in one batch), a JSON-lines dump read here, a line at a
    time, in batches of raw lines (decoded in the workers), so one big dump still spreads
    over every worker in bounded memory. The third field says how many input files the
    task completes, the fourth names its (first) file. With `dumps`, an uncompressed dump
    is read from where the store's mark of it says (store/ingest/dump_marks.py), and its
    tasks carry in the fifth field the span of lines the mark moves over once they are written."""
    from store.reading.read import is_jsonl, iter_jsonl_lines

    plain: list[str] = []
    size = 0
    for path in files:
        if not is_jsonl(path):
            plain.append(str(path))
            size += _size(path)
            if len(plain) == DOCS_PER_TASK or size > TASK_BYTES:
                yield ("paths", plain, len(plain), plain[0], None)
                plain, size = [], 0
            continue
        tracked = dumps.track(str(path)) if dumps is not None else None
        if tracked is not None:
            yield from _marked_tasks(path, *tracked)
            continue
        batch: list = []
        lines = 0
        for item in iter_jsonl_lines(path):
            if len(batch) == DOCS_PER_TASK or lines > TASK_BYTES:
                yield ("lines", batch, 0, str(path), None)
                batch, lines = [], 0
            batch.append(item)
            lines += len(item[1]) if isinstance(item, tuple) else 0
        yield ("lines", batch, 1, str(path), None)
    if plain:
        yield ("paths", plain, len(plain), plain[0], None)


def _marked_tasks(path: Path, index: int, progress: DumpProgress, digest) -> Iterator[Task]:
    """A marked dump's tasks: the lines its mark remembers as rejected, read again, then the
    lines after the mark; each task's span says how far the mark may move once its results
    are written (not past a line still being written, nor past one it cannot cover)."""
    from store.ingest.dump_marks import Span
    from store.reading.read import LinePosition, iter_jsonl_lines

    base = progress.mark
    end, lines, records = base.offset, base.lines, base.records
    pos = LinePosition(base.offset)
    start = (base.offset, base.lines, base.records) if base.offset else None
    covering = True  # lines are still covered by the mark as they come

    batch: list = []
    size = expected = 0
    spots: dict[int, int] = {}
    rereads: set[int] = set()

    def task(last: bool) -> Task:
        span = Span(end, lines, records, digest.copy().hexdigest(), expected, dict(spots), frozenset(rereads))
        return ("lines", batch, int(last), str(path), (index, progress.add_span(span)))

    for n, at in base.rejected:  # read again: a rejection may not recur
        item = _line_at(path, n, at)
        batch.append(item)
        expected += 1
        spots[n] = at
        rereads.add(n)
        size += len(item[1]) if isinstance(item, tuple) else 0
    before = pos.end
    for item in iter_jsonl_lines(path, start, pos):
        if len(batch) >= DOCS_PER_TASK or size > TASK_BYTES:
            yield task(False)
            batch, size, expected, spots, rereads = [], 0, 0, {}, set()
        at, before = before, pos.end
        batch.append(item)
        gives = isinstance(item, RejectedDoc) or bool(item[1].strip())
        expected += gives
        size += len(item[1]) if isinstance(item, tuple) else 0
        whole_line = isinstance(item, tuple) and pos.complete
        covering = covering and whole_line and pos.n == lines + 1
        if covering:
            digest.update(pos.line)
            end, lines, records = pos.end, pos.n, records + gives
            if gives:
                spots[pos.n] = at
    yield task(True)


def _line_at(path: Path, n: int, at: int):
    """Line `n` of a dump read again at its offset: (n, bytes), or the RejectedDoc of a line
    over the read limit."""
    from store.reading.read import iter_jsonl_lines

    lines = iter_jsonl_lines(path, (at, n - 1, 1))
    try:
        return next(lines)
    finally:
        lines.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def divide_task(task: Task) -> list[Task]:
    """A task of several plain files whose reading took too long, as one task per file:
    tried again alone, a file that hangs is rejected by itself and the others are read."""
    kind, payload = task[0], task[1]
    if kind != "paths" or len(payload) < 2:
        return []
    return [("paths", [one], 1, one, None) for one in payload]
