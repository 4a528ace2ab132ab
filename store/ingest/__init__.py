"""The ingest pipeline: files in, one consistent store out, using every core.

Reading, parsing and extraction (the NER model) run in worker processes forked from
a server that loaded the model once for all of them when some input is new
(store/ingest/worker.py, run by store/workers; store/ingest/preloaded_model.py); the parent
process is the only writer (store/ingest/writer.py) and commits in batched
transactions, as results come, so one slow file holds up nothing. An article's rows
are all inside one transaction, so a kill leaves whole articles or none; running
again skips what is stored (workers check the article id before the expensive NER,
so a resumed ingest is fast). The store's content does not depend on the order
results arrive in (see db.write_article). Files become tasks in store/ingest/tasks.py.

Nothing a user gives stalls the batch: each article has a time budget (a worker
over it is killed and replaced), an article above `max_article_size` characters is
stored whole but extracted from its first part only, and each rejected file or
record is reported once, logged in `ingest_log`, and counted.

Test hook: BORDERDOCS_TEST_EXTRACT_SLEEP="PART=SECONDS" makes a worker sleep that
long before extracting any document whose file label contains PART (tests of the
time budget use it instead of a huge file); with BORDERDOCS_TEST_EXTRACT_SLEEP_WHILE=PATH
the sleep ends early once PATH is gone. BORDERDOCS_TEST_COMMIT_EVERY=N makes the writer's
batch N results (store/ingest/writer.py). Both are for tests only.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from store.db import store as db
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
from store.ingest.dump_marks import DumpBook
from store.ingest.dump_marks import Mark as DumpMark
from store.ingest.tasks import Task, divide_task, make_tasks
from store.ingest.threads import set_blas_threads, threads_per_worker
from store.ingest.worker import (
    SETTINGS_PREFIX,
    TEST_SLEEP_ENV,
    TEST_SLEEP_WHILE_ENV,
    Result,
    close_connection,
    init_worker,
    preload_model,
    process_doc,
    split_task,
    unit_label,
)
from store.ingest.writer import Summary, Writer

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXTRACT_LIMIT_DEFAULT",
    "TEST_SLEEP_ENV",
    "TEST_SLEEP_WHILE_ENV",
    "BadSetting",
    "Interrupted",
    "NoInput",
    "Summary",
    "check_paths",
    "ingest",
]

# The time budget per article (reading, parsing, extraction), in seconds.
DEFAULT_TIMEOUT = 60.0

# Imported by the workers' fork server before it forks any: each worker starts warm;
# the second, the NER model, only when some input is not stored yet (_needs_model).
PRELOAD = ("store.ingest.preloaded",)
MODEL_PRELOAD = ("store.ingest.preloaded_model",)
Progress = Callable[[int, int, str], None]


class BadSetting(Exception):
    """A setting from the environment that cannot be used (a pass name no pass has)."""


class NoInput(ValueError):
    """A path given to ingest does not exist: nothing was created."""


class Interrupted(KeyboardInterrupt):
    """A stop asked for by a signal (SIGINT, SIGTERM, SIGHUP); `signum` says which."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signum)
        self.signum = signum


def check_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The paths as strings; NoInput when one does not exist (a typo creates nothing)."""
    from store.sanitize import clean_line

    out = [os.fspath(p) for p in paths]
    missing = [p for p in out if not os.path.lexists(p)]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise NoInput(f"no such file or directory: {clean_line(missing[0])}{more}")
    return out


# The files SQLite and search keep beside a store: its journal, write-ahead log and shared
# memory, the search index (store.search.index_file) and that index's temporary copy.
_STORE_SIDE_FILES = ("-wal", "-shm", "-journal", ".search-index")


def _without_the_store(files: list, store_path) -> list:
    """The files to read, less the store's own: `borderdocs ingest . --db news.db` walks the
    folder the store is in, and its database, log and index were each read as an article and
    rejected as binary, so every run of a folder's ingest exited 1 (qa62)."""
    return [f for f in files if not is_store_file(f, store_path)]


def is_store_file(path, store_path) -> bool:
    """Is `path` the store at `store_path` or one of the files SQLite and search keep beside
    it? (An ingest leaves them out; `export --output` refuses to write over them, qa73.)"""
    name = os.path.basename(store_path)
    base = os.path.basename(path)
    if not base.startswith(name) or not (base == name or base[len(name) :].startswith(_STORE_SIDE_FILES)):
        return False
    return os.path.dirname(os.path.realpath(path)) == os.path.dirname(os.path.realpath(store_path))


def ingest(
    paths: Iterable[str | os.PathLike],
    store_path: str | os.PathLike,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    on_reject: Callable[[str, str], None] | None = None,
    on_warn: Callable[[str, str], None] | None = None,
    timeout: float | None = None,
    max_article_size: int | None = None,
) -> Summary:
    """Ingest every file under `paths` into the store at `store_path`.

    jobs: worker processes (default: all cores; 1 runs in this process).
    timeout: seconds one article may take (default DEFAULT_TIMEOUT).
    max_article_size: characters of an article that extraction reads.
    progress(done_files, total_files, current_file) is called as files finish;
    on_reject(file, reason) once per rejected file or record; on_warn(file, warning)
    for an article stored with a warning (bytes replaced, extraction cut short).
    Raises NoInput (before creating anything) when a path does not exist, and
    db.StoreError when the store cannot be opened for writing.
    """
    from store.reading.read import discover

    started = time.monotonic()
    paths = check_paths(paths)
    _check_disabled_passes()
    store = db.open_store(store_path, write=True, create=True)
    summary = Summary()
    jobs = max(1, jobs or os.cpu_count() or 1)
    settings = (float(timeout or DEFAULT_TIMEOUT), int(max_article_size or EXTRACT_LIMIT_DEFAULT))
    dumps = DumpBook(store.conn, passed_over=lambda mark: _passed_over(summary, mark))
    writer = Writer(store, summary, on_reject, on_warn, tuple(p for p in paths if os.path.isdir(p)), dumps)
    done = 0
    try:
        files = _without_the_store(discover(paths), store_path)
        summary.files = total = len(files)
        preload = PRELOAD + (MODEL_PRELOAD if _needs_model(store, files) else ())
        for kind, task, *rest in _run(make_tasks(files, dumps), files, str(store_path), jobs, *settings, preload):
            if kind == "tick":
                writer.commit_if_due()
                continue
            if kind == "drained":
                writer.finish_soon()
                continue
            if kind == "done":
                writer.task_done()
                done += task[2]
                if progress:
                    progress(done, total, _task_label(task, more=False))
                continue
            writer.add(_result(kind, task, rest, settings[0]), task[4])
        writer.commit()
    except KeyboardInterrupt as stop:
        summary.interrupted = True
        summary.signal = getattr(stop, "signum", signal.SIGINT)
        writer.commit()
    finally:
        try:
            if summary.ingested:
                db.merge_short_person_names(store)
                db.name_linked_entities(store)  # by the spellings the articles print most
        finally:
            store.close()
    summary.seconds = time.monotonic() - started
    return summary


# store.extract.extractor.DISABLE_ENV, spelt here: importing the extractor (every pass and
# grammar) costs this process about 0.2 s of CPU, for nothing when the variable is unset.
DISABLE_ENV = "BORDERDOCS_DISABLE_PASSES"


def _check_disabled_passes() -> None:
    """A misspelt pass name is the user's mistake: one line, before any worker starts."""
    if not os.environ.get(DISABLE_ENV, "").strip():
        return  # nothing switched off (the extractor reads the variable the same way)
    from store.extract.extractor import disabled_from_environment

    try:
        disabled_from_environment()
    except ValueError as e:
        raise BadSetting(str(e)) from None


def _task_label(task: Task, more: bool = True) -> str:
    """The file a task stands for in messages: its first, and (`more`) how many more it holds."""
    from store.reading.read import label

    extra = len(task[1]) - 1 if more and task[0] == "paths" else 0
    return label(Path(task[3])) + (f" (and {extra} more files read with it)" if extra else "")


def _result(kind: str, task: Task, rest: list, timeout: float) -> Result:
    """The Result an event stands for: a worker's own, or a rejection for a unit
    whose worker was stopped (label None: the file itself, while it was being read)."""
    if kind == "item":
        return rest[0]
    unit = rest[0]
    file = unit or _task_label(task)
    if kind == "timeout":
        reason = f"{'extraction' if unit else 'reading'} took longer than {timeout:g} s"
    else:
        reason = rest[1]
    return Result(task[3], file, "rejected", reason)


def _needs_model(store: db.Store, files: list[Path]) -> bool:
    """Has some input not been stored before (by the ingest log)? Then the workers' fork
    server loads the NER model once for all of them; else none is loaded at all."""
    from store.sanitize import display_name

    done = db.stored_paths(store)
    return any(display_name(str(f)) not in done for f in files)


def _passed_over(summary: Summary, mark: DumpMark) -> None:
    """A dump's records before its mark, counted as a parse of them would have counted them."""
    summary.already_stored += mark.stored
    summary.duplicates += mark.duplicates


def _run(
    tasks: Iterator[Task],
    files: list[Path],
    store_path: str,
    jobs: int,
    timeout: float,
    max_article_size: int,
    preload: tuple[str, ...],
) -> Iterator[tuple]:
    """Events (see store.workers) as tasks progress; in this process when one job
    (or one plain file) is asked. `preload`: what the workers' fork server imports."""
    from store.reading.read import is_jsonl
    from store.workers import WorkerPool

    steps = dict(split=split_task, label=unit_label, process=process_doc, divide=divide_task)
    if jobs == 1 or (len(files) <= 1 and not any(is_jsonl(f) for f in files)):
        yield from _run_here(tasks, steps, store_path, timeout, max_article_size, MODEL_PRELOAD[0] in preload)
        return
    _start_resource_tracker()
    settings = {k: v for k, v in os.environ.items() if k.startswith(SETTINGS_PREFIX)}
    pool = WorkerPool(
        jobs,
        timeout=timeout,
        initializer=init_worker,
        initargs=(store_path, max_article_size, settings, threads_per_worker(jobs)),
        preload=preload,
        **steps,
    )
    yield from pool.run(tasks)


def _run_here(
    tasks: Iterator, steps: dict, store_path: str, timeout: float, max_article_size: int, model: bool
) -> Iterator[tuple]:
    """The one job in this process, with the BLAS threads of store/ingest/threads.py (the
    process's own count again afterwards: a TUI goes on in it). What a worker loads once
    (and, `model`: some input is new, the NER model) is loaded first, with the collector
    kept off it for the run (store/ingest/heap.py), as the fork server does for workers."""
    from store.ingest import heap
    from store.workers import run_inline

    before = os.environ.get("OPENBLAS_NUM_THREADS", "1")
    try:
        with heap.loading():
            init_worker(store_path, max_article_size, blas_threads=threads_per_worker(1))
            if model:
                _load_model_here()
        yield from run_inline(tasks, timeout=timeout, **steps)
    finally:
        close_connection()  # the store's writer is closed next; a reader left open held two descriptors
        heap.release()
        set_blas_threads(int(before) if before.isdigit() else 1)


def _load_model_here() -> None:
    """The NER model loaded before the first document, as the fork server loads it; a
    failure is left to the first document that needs the model (it fails alone, with its
    reason, as before)."""
    try:
        preload_model()
    except Exception:  # noqa: BLE001
        pass


def _start_resource_tracker() -> None:
    """multiprocessing's resource tracker hands sys.stderr.fileno() to its child; inside
    a TUI, sys.stderr is a capture object and that fails ("bad value(s) in
    fds_to_keep"). Start it with the process's real stderr; later pools reuse it."""
    import sys
    from multiprocessing import resource_tracker

    saved = sys.stderr
    sys.stderr = sys.__stderr__ or saved
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
