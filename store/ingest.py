"""The ingest pipeline: files in, one consistent store out, using every core.

Reading, parsing and extraction (the NER model) run in worker processes, each
loading the model once; the parent process is the only writer and commits in
batched transactions. An article's rows are all inside one transaction, so a
kill leaves whole articles or none; running again skips what is stored (workers
check the article id before the expensive NER, so a resumed ingest is fast).

Bad input never stops the batch: each rejected file or record is reported once,
logged in `ingest_log`, and counted.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import db
from .model import Article, Extraction, RawDoc, RejectedDoc

# How many documents a worker handles per task, and how many articles the writer
# puts in one transaction: big enough to amortize overhead, small enough that an
# interrupted run loses little and progress moves smoothly.
DOCS_PER_TASK = 8
COMMIT_EVERY = 200
COMMIT_SECONDS = 2.0
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
MAX_PENDING_TASKS_PER_JOB = 4

Progress = Callable[[int, int, str], None]


@dataclass
class Summary:
    """What an ingest did; `rejected` holds (file, reason) pairs for the user."""

    files: int = 0
    ingested: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected and not self.interrupted


@dataclass
class _Result:
    """What a worker sends back for one document."""

    path: str
    file: str
    status: str  # "new" | "duplicate" | "rejected"
    reason: str | None = None
    article: Article | None = None
    extraction: Extraction | None = None


# ---------------------------------------------------------------- worker side

_worker_state: dict = {}


def _init_worker(store_path: str) -> None:
    """Runs once per worker process: the model loads here, not per document.
    Workers ignore Ctrl+C: the parent catches it, commits what is done and stops them."""
    import signal

    from .extract import Extractor

    if mp.parent_process() is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)

    _worker_state["extractor"] = Extractor()
    _worker_state["store_path"] = store_path
    _worker_state["conn"] = None


def _known(article_id: str) -> bool:
    """Is the article already stored? Checked before NER so resumed runs are cheap."""
    conn = _worker_state.get("conn")
    if conn is None:
        import sqlite3

        path = Path(_worker_state["store_path"])
        if not path.exists():
            return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        _worker_state["conn"] = conn
    return conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None


def _process(task: tuple[str, object, int]) -> tuple[int, list[_Result]]:
    """One task: a file path to read, or a batch of already-read documents.
    Returns how many input files the task finishes (for progress) and the results."""
    kind, payload, files_done = task
    return files_done, _process_payload(kind, payload)


def _process_payload(kind: str, payload) -> list[_Result]:
    if kind == "path":
        from .read import read_path

        try:
            docs = read_path(payload)
        except Exception as e:  # a reader bug must not kill the batch
            return [_Result(str(payload), Path(str(payload)).name, "rejected", f"cannot read: {e}")]
    else:
        docs = payload
    return [_process_doc(doc) for doc in docs]


def _process_doc(doc: RawDoc | RejectedDoc) -> _Result:
    if isinstance(doc, RejectedDoc):
        return _Result(doc.path, doc.file, "rejected", doc.reason)
    from .parse import parse

    try:
        article = parse(doc)
    except Exception as e:
        return _Result(doc.path, doc.file, "rejected", f"cannot parse: {type(e).__name__}: {e}")
    if not article.body.strip():
        return _Result(doc.path, doc.file, "rejected", "no article text found")
    if _known(article.id):
        return _Result(doc.path, doc.file, "duplicate")
    try:
        extraction = _worker_state["extractor"].extract(article)
    except Exception as e:
        return _Result(doc.path, doc.file, "rejected", f"extraction failed: {type(e).__name__}: {e}")
    return _Result(doc.path, doc.file, "new", article=article, extraction=extraction)


# ---------------------------------------------------------------- parent side

def _tasks(files: list[Path]) -> Iterator[tuple[str, object, int]]:
    """Files become tasks; a JSON-lines dump is read here, streamed, and split into
    batches of records, so one big dump still spreads over every worker. The last
    number says how many input files the task completes."""
    from .read import iter_path

    for path in files:
        if path.suffix.lower() not in JSON_SUFFIXES:
            yield ("path", str(path), 1)
            continue
        batch: list = []
        for doc in iter_path(path):
            if len(batch) == DOCS_PER_TASK:
                yield ("docs", batch, 0)
                batch = []
            batch.append(doc)
        yield ("docs", batch, 1)


def ingest(
    paths: Iterable[str | os.PathLike],
    store_path: str | os.PathLike,
    *,
    jobs: int | None = None,
    progress: Progress | None = None,
    on_reject: Callable[[str, str], None] | None = None,
) -> Summary:
    """Ingest every file under `paths` into the store at `store_path`.

    jobs: worker processes (default: all cores; 1 runs in this process).
    progress(done_files, total_files, current_file) is called as files finish;
    on_reject(file, reason) once per rejected file or record.
    Raises db.StoreError when the store cannot be opened for writing.
    """
    from .read import discover

    started = time.monotonic()
    store = db.open_store(store_path, write=True, create=True)
    summary = Summary()
    files = discover(paths)  # a missing path stays in, and read_path rejects it in order
    summary.files = len(files)
    jobs = max(1, jobs or os.cpu_count() or 1)
    total = len(files)
    writer = _Writer(store, summary, on_reject)
    done = 0
    try:
        for files_done, results in _run(files, str(store_path), jobs):
            writer.add(results)
            done += files_done
            if progress:
                progress(done, total, results[-1].file if results else "")
        writer.commit()
        if summary.ingested:
            db.merge_short_person_names(store)
    except KeyboardInterrupt:
        summary.interrupted = True
        writer.commit()
    finally:
        store.close()
    summary.seconds = time.monotonic() - started
    return summary


def _run(files: list[Path], store_path: str, jobs: int) -> Iterator[tuple[int, list[_Result]]]:
    """Results as tasks finish; in this process when one job (or one plain file) is asked."""
    tasks = _tasks(files)
    if jobs == 1 or (len(files) <= 1 and not any(f.suffix.lower() in JSON_SUFFIXES for f in files)):
        _init_worker(store_path)
        for task in tasks:
            yield _process(task)
        return
    # One BLAS/OpenMP thread per worker: the workers are the parallelism, and
    # numpy's own threads would only fight them for the same cores.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    _start_resource_tracker()
    ctx = mp.get_context("spawn")  # fork after threads (the TUI) is unsafe; models load per worker anyway
    pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(store_path,))
    try:
        yield from _in_order(pool, tasks, MAX_PENDING_TASKS_PER_JOB * jobs)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _in_order(pool, tasks: Iterator, max_pending: int) -> Iterator:
    """Results in task order (so the store is the same whatever the timing: the first
    spelling seen names an entity), with at most `max_pending` tasks read ahead —
    Pool.imap would read the whole task list into memory at once."""
    from collections import deque

    pending: deque = deque()
    for task in tasks:
        pending.append(pool.apply_async(_process, (task,)))
        if len(pending) >= max_pending:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


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


class _Writer:
    """The single writer: batches results into transactions."""

    def __init__(self, store: db.Store, summary: Summary, on_reject):
        self.store, self.summary, self.on_reject = store, summary, on_reject
        self.pending: list[_Result] = []
        self.last_commit = time.monotonic()

    def add(self, results: list[_Result]) -> None:
        self.pending.extend(results)
        if len(self.pending) >= COMMIT_EVERY or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if not self.pending:
            return
        conn = self.store.conn
        try:
            with conn:
                for r in self.pending:
                    self._write(r)
        except Exception as e:
            raise db.StoreError(f"{self.store.path}: cannot write: {e}") from None
        self.pending.clear()
        self.last_commit = time.monotonic()

    def _write(self, r: _Result) -> None:
        if r.status == "rejected":
            _reject(self.store, self.summary, self.on_reject, r, commit=False)
            return
        if r.status == "new" and db.write_article(self.store, r.article, r.extraction):
            self.summary.ingested += 1
            db.log(self.store, r.path, r.file, "ok", None, r.article.id)
            return
        self.summary.duplicates += 1
        db.log(self.store, r.path, r.file, "duplicate", "already in the store", r.article.id if r.article else None)


def _reject(store: db.Store, summary: Summary, on_reject, r: _Result, commit: bool = True) -> None:
    summary.rejected.append((r.file, r.reason or "rejected"))
    if on_reject:
        on_reject(r.file, r.reason or "rejected")
    if commit:
        with store.conn:
            db.log(store, r.path, r.file, "rejected", r.reason)
    else:
        db.log(store, r.path, r.file, "rejected", r.reason)
