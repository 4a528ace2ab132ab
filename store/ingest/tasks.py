"""Files as worker tasks: plain files grouped, JSON-lines dumps cut in batches of lines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

# How many documents a worker handles per task: big enough to amortize overhead, small
# enough that an interrupted run loses little and progress moves smoothly.
DOCS_PER_TASK = 8
TASK_BYTES = 4 * 1024 * 1024  # JSON-lines batches stop growing at this many bytes
Task = tuple  # (kind "paths" | "lines", payload, files it completes, its (first) path)


def make_tasks(files: list[Path]) -> Iterator[Task]:
    """Files become tasks: up to DOCS_PER_TASK plain files together (fewer round trips,
    and their texts are tagged in one batch), a JSON-lines dump read here, a line at a
    time, in batches of raw lines (decoded in the workers), so one big dump still spreads
    over every worker in bounded memory. The third field says how many input files the
    task completes, the fourth names its (first) file."""
    from store.reading.read import is_jsonl, iter_jsonl_lines

    plain: list[str] = []
    size = 0
    for path in files:
        if not is_jsonl(path):
            plain.append(str(path))
            size += _size(path)
            if len(plain) == DOCS_PER_TASK or size > TASK_BYTES:
                yield ("paths", plain, len(plain), plain[0])
                plain, size = [], 0
            continue
        batch: list = []
        lines = 0
        for item in iter_jsonl_lines(path):
            if len(batch) == DOCS_PER_TASK or lines > TASK_BYTES:
                yield ("lines", batch, 0, str(path))
                batch, lines = [], 0
            batch.append(item)
            lines += len(item[1]) if isinstance(item, tuple) else 0
        yield ("lines", batch, 1, str(path))
    if plain:
        yield ("paths", plain, len(plain), plain[0])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def divide_task(task: Task) -> list[Task]:
    """A task of several plain files whose reading took too long, as one task per file:
    tried again alone, a file that hangs is rejected by itself and the others are read."""
    kind, payload, _, _ = task
    if kind != "paths" or len(payload) < 2:
        return []
    return [("paths", [one], 1, one) for one in payload]
