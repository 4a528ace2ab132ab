"""The ingest pipeline: files in, one consistent store out, using every core.

Reading, parsing and extraction (the NER model) run in worker processes, each
loading the model once (store/workers.py); the parent process is the only writer
and commits in batched transactions, as results come, so one slow file holds up
nothing. An article's rows are all inside one transaction, so a kill leaves whole
articles or none; running again skips what is stored (workers check the article id
before the expensive NER, so a resumed ingest is fast). The store's content does
not depend on the order results arrive in (see db.write_article).

Nothing a user gives stalls the batch: each article has a time budget (a worker
over it is killed and replaced), an article above `max_article_size` characters is
stored whole but extracted from its first part only, and each rejected file or
record is reported once, logged in `ingest_log`, and counted.

Test hook: BORDERDOCS_TEST_EXTRACT_SLEEP="PART=SECONDS" makes a worker sleep that
long before extracting any document whose file label contains PART (tests of the
time budget use it instead of a huge file).
"""

from __future__ import annotations

import dataclasses
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from store.db import store as db
from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
from store.model import Article, Extraction, RawDoc, RejectedDoc

# How many documents a worker handles per task, and how many articles the writer
# puts in one transaction: big enough to amortize overhead, small enough that an
# interrupted run loses little and progress moves smoothly.
DOCS_PER_TASK = 8
TASK_BYTES = 4 * 1024 * 1024  # JSON-lines batches stop growing at this many bytes
COMMIT_EVERY = 200
COMMIT_SECONDS = 2.0
# The time budget per article (reading, parsing, extraction), in seconds.
DEFAULT_TIMEOUT = 60.0
TEST_SLEEP_ENV = "BORDERDOCS_TEST_EXTRACT_SLEEP"

Progress = Callable[[int, int, str], None]
Task = tuple  # (kind "paths" | "lines", payload, files it completes, its (first) path)


class BadSetting(Exception):
    """A setting from the environment that cannot be used (a pass name no pass has)."""


class NoInput(ValueError):
    """A path given to ingest does not exist: nothing was created."""


class Interrupted(KeyboardInterrupt):
    """A stop asked for by a signal (SIGINT, SIGTERM, SIGHUP); `signum` says which."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signum)
        self.signum = signum


@dataclass
class Summary:
    """What an ingest did; `rejected` holds (file, reason) pairs for the user."""

    files: int = 0
    ingested: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    signal: int | None = None  # the signal that interrupted the run
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
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- worker side

_worker_state: dict = {}
# Documents parsed ahead, and their texts tagged by the NER model in one go (sorted
# batches, see store/extract/ner.py): about one model batch of articles.
LOOKAHEAD = 8


def _init_worker(store_path: str, max_article_size: int) -> None:
    """Runs once per worker process. The model is not loaded here but by the first
    document that needs it (`_extractor`): a run over stored articles never loads it."""
    _worker_state["extractor"] = None
    _worker_state["store_path"] = store_path
    _worker_state["max_article_size"] = max_article_size
    _worker_state["conn"] = None
    _worker_state["sleep"] = _test_sleep(os.environ.get(TEST_SLEEP_ENV, ""))


def _extractor():
    """The process's extractor, loaded on first use and warmed up (the first extraction
    loads dictionaries and caches lazily), under the workers' startup budget: the
    document that asked gets its whole budget afterwards."""
    extractor = _worker_state.get("extractor")
    if extractor is None:
        from store.extract.extractor import Extractor
        from store.workers import startup_cost

        with startup_cost():
            extractor = _loaded(Extractor)
        _worker_state["extractor"] = extractor
    return extractor


def _loaded(extractor_class):
    """A new extractor, warmed up on a made-up article."""
    extractor = extractor_class()
    extractor.extract(
        Article(
            file="",
            path="",
            raw="",
            title="Пункт пропуска «Хоргос»",
            body="Премьер-министр Олжас Бектенов посетил пункт пропуска «Хоргос» в Жетысуской области.",
        )
    )
    return extractor


def _test_sleep(spec: str) -> tuple[str, float] | None:
    part, _, seconds = spec.rpartition("=")
    try:
        return (part, float(seconds)) if part else None
    except ValueError:
        return None


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


class _Group:
    """A task's documents, parsed a few ahead of the one being processed so that their
    texts go through the NER model together (store/extract/ner.py: prepare)."""

    def __init__(self, docs: list[RawDoc | RejectedDoc], ahead: bool = True):
        self.docs = docs
        self.parsed: dict[int, Article | _Result] = {}  # index -> the article, or why not
        # Reading ahead puts the next documents' parsing and tagging inside the current
        # one's time budget: after a failure (a stopped worker, an interrupted read-ahead)
        # each document is parsed and tagged alone, in its own budget.
        self.ahead = ahead

    def article(self, index: int) -> Article | _Result:
        """Document `index` parsed (or the result that stands for it), tagging it and the
        next few together when it is the first of them to be asked for."""
        if index not in self.parsed:
            self._parse_ahead(index)
        return self.parsed.pop(index)

    def _parse_ahead(self, index: int) -> None:
        if not self.ahead:
            self.parsed[index] = _parsed(self.docs[index])
            return
        self.ahead = False  # until the read-ahead has finished
        texts = []
        limit = _worker_state["max_article_size"]
        for at in range(index, min(index + LOOKAHEAD, len(self.docs))):
            if at not in self.parsed:
                self.parsed[at] = _parsed(self.docs[at])
            got = self.parsed[at]
            if isinstance(got, Article) and len(got.body) <= limit:
                texts += [got.title or "", got.body or ""]
        if texts:
            try:
                _extractor().ner.prepare(texts)
            except Exception:  # noqa: BLE001 - each text is tagged alone then, and fails in its own document
                pass
        self.ahead = True


class _Unit:
    """One document of a task's group (what the worker pool times and labels)."""

    __slots__ = ("group", "index")

    def __init__(self, group: _Group, index: int):
        self.group, self.index = group, index

    @property
    def doc(self) -> RawDoc | RejectedDoc:
        return self.group.docs[self.index]


def _split(task: Task) -> list[_Unit]:
    """A task's documents: a file read, or a batch of JSON-lines lines decoded."""
    from store.reading.read import jsonl_line_docs, read_path

    kind, payload, _, path = task
    if kind == "paths":
        docs = [doc for one in payload for doc in read_path(one)]
    else:
        docs = []
        for item in payload:
            docs.extend([item] if isinstance(item, RejectedDoc) else jsonl_line_docs(Path(path), *item))
    from store.workers import resumed_after_failure

    group = _Group(docs, ahead=not resumed_after_failure())
    return [_Unit(group, i) for i in range(len(docs))]


def _divide(task: Task) -> list[Task]:
    """A task of several plain files whose reading took too long, as one task per file:
    tried again alone, a file that hangs is rejected by itself and the others are read."""
    kind, payload, _, _ = task
    if kind != "paths" or len(payload) < 2:
        return []
    return [("paths", [one], 1, one) for one in payload]


def _label(unit: _Unit) -> str:
    return unit.doc.file


def _parsed(doc: RawDoc | RejectedDoc) -> Article | _Result:
    """The article in a document, or the result saying why there is none to extract
    (rejected, or already stored)."""
    if isinstance(doc, RejectedDoc):
        return _Result(doc.path, doc.file, "rejected", doc.reason)
    from store.reading.parse import parse

    try:
        article = parse(doc)
    except Exception as e:
        return _Result(doc.path, doc.file, "rejected", f"cannot parse: {type(e).__name__}: {e}")
    if not article.body.strip():
        return _Result(doc.path, doc.file, "rejected", "no article text found")
    if _known(article.id):
        return _Result(doc.path, doc.file, "duplicate")
    return article


def _process_doc(unit: _Unit) -> _Result:
    article = unit.group.article(unit.index)
    if isinstance(article, _Result):
        return article
    doc = unit.doc
    _maybe_sleep(doc.file)
    limit = _worker_state["max_article_size"]
    try:
        extraction, cut = _extract(_extractor(), article, limit)
    except Exception as e:
        return _Result(doc.path, doc.file, "rejected", f"extraction failed: {type(e).__name__}: {e}")
    warnings = list(doc.warnings)
    if cut:
        warnings.append(
            f"article is {len(article.body):,} characters; entities, facts and directives "
            f"were read from the first {cut:,} only (--max-article-size)"
        )
    return _Result(doc.path, doc.file, "new", article=article, extraction=extraction, warnings=warnings)


def _maybe_sleep(file: str) -> None:
    hook = _worker_state.get("sleep")
    if hook and hook[0] in file:
        time.sleep(hook[1])


def _extract(extractor, article: Article, limit: int) -> tuple[Extraction, int | None]:
    """Extract from at most `limit` characters of the body; the extraction and where it
    was cut (None when the body fitted). The extractor cuts by itself when it takes a
    `limit` (and says where in `truncated_at`); otherwise the body handed to it is cut here."""
    import inspect

    if "limit" in inspect.signature(extractor.extract).parameters:
        extraction = extractor.extract(article, limit=limit)
        return extraction, getattr(extraction, "truncated_at", None)
    if len(article.body) <= limit:
        return extractor.extract(article), None
    head = _cut(article.body, limit)
    return extractor.extract(dataclasses.replace(article, body=head)), len(head)


def _cut(text: str, limit: int) -> str:
    """The first `limit` characters, ended at the last paragraph, line or space break
    inside them (offsets into the head stay offsets into the whole)."""
    head = text[:limit]
    for sep in ("\n\n", "\n", " "):
        at = head.rfind(sep)
        if at > limit // 2:
            return head[:at]
    return head


# ---------------------------------------------------------------- parent side


def _tasks(files: list[Path]) -> Iterator[Task]:
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


def check_paths(paths: Iterable[str | os.PathLike]) -> list[str]:
    """The paths as strings; NoInput when one does not exist (a typo creates nothing)."""
    from store.sanitize import clean_line

    out = [os.fspath(p) for p in paths]
    missing = [p for p in out if not os.path.lexists(p)]
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise NoInput(f"no such file or directory: {clean_line(missing[0])}{more}")
    return out


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
    from store.extract.extractor import disabled_from_environment
    from store.reading.read import discover

    started = time.monotonic()
    paths = check_paths(paths)
    try:  # a misspelt pass name is the user's mistake: one line, before any worker starts
        disabled_from_environment()
    except ValueError as e:
        raise BadSetting(str(e)) from None
    store = db.open_store(store_path, write=True, create=True)
    summary = Summary()
    jobs = max(1, jobs or os.cpu_count() or 1)
    settings = (float(timeout or DEFAULT_TIMEOUT), int(max_article_size or EXTRACT_LIMIT_DEFAULT))
    writer = _Writer(store, summary, on_reject, on_warn)
    done = 0
    try:
        files = discover(paths)
        summary.files = total = len(files)
        for kind, task, *rest in _run(files, str(store_path), jobs, *settings):
            if kind == "tick":
                writer.commit_if_due()
                continue
            if kind == "done":
                done += task[2]
                if progress:
                    progress(done, total, _task_label(task, more=False))
                continue
            writer.add(_result(kind, task, rest, settings[0]))
        writer.commit()
    except KeyboardInterrupt as stop:
        summary.interrupted = True
        summary.signal = getattr(stop, "signum", signal.SIGINT)
        writer.commit()
    finally:
        try:
            if summary.ingested:
                db.merge_short_person_names(store)
        finally:
            store.close()
    summary.seconds = time.monotonic() - started
    return summary


def _task_label(task: Task, more: bool = True) -> str:
    """The file a task stands for in messages: its first, and (`more`) how many more it holds."""
    from store.reading.read import label

    extra = len(task[1]) - 1 if more and task[0] == "paths" else 0
    return label(Path(task[3])) + (f" (and {extra} more files read with it)" if extra else "")


def _result(kind: str, task: Task, rest: list, timeout: float) -> _Result:
    """The _Result an event stands for: a worker's own, or a rejection for a unit
    whose worker was stopped (label None: the file itself, while it was being read)."""
    if kind == "item":
        return rest[0]
    unit = rest[0]
    file = unit or _task_label(task)
    if kind == "timeout":
        reason = f"{'extraction' if unit else 'reading'} took longer than {timeout:g} s"
    else:
        reason = rest[1]
    return _Result(task[3], file, "rejected", reason)


def _run(files: list[Path], store_path: str, jobs: int, timeout: float, max_article_size: int) -> Iterator[tuple]:
    """Events (see store.workers) as tasks progress; in this process when one job
    (or one plain file) is asked."""
    from store.reading.read import is_jsonl
    from store.workers import WorkerPool, run_inline

    tasks = _tasks(files)
    steps = dict(split=_split, label=_label, process=_process_doc, divide=_divide)
    if jobs == 1 or (len(files) <= 1 and not any(is_jsonl(f) for f in files)):
        _init_worker(store_path, max_article_size)
        yield from run_inline(tasks, timeout=timeout, **steps)
        return
    # One BLAS thread per worker: set when `store` was first imported (store/__init__.py).
    _start_resource_tracker()
    pool = WorkerPool(jobs, timeout=timeout, initializer=_init_worker, initargs=(store_path, max_article_size), **steps)
    yield from pool.run(tasks)


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
    """The single writer: batches results into transactions, and reports each result
    once its transaction is committed (a retried or interrupted one reports nothing)."""

    def __init__(self, store: db.Store, summary: Summary, on_reject, on_warn):
        self.store, self.summary, self.on_reject, self.on_warn = store, summary, on_reject, on_warn
        self.pending: list[_Result] = []
        self.last_commit = time.monotonic()

    def add(self, result: _Result) -> None:
        self.pending.append(result)
        self.commit_if_due()

    def commit_if_due(self) -> None:
        if len(self.pending) >= COMMIT_EVERY or time.monotonic() - self.last_commit > COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        if not self.pending:
            return
        outcomes = self._transaction()
        self.pending = []
        self.last_commit = time.monotonic()
        for r, status in outcomes:
            self._report(r, status)

    def _transaction(self) -> list[tuple[_Result, str]]:
        """Write every pending result in one transaction, retried while another
        ingest holds the store (SQLite's busy wait comes first, inside each try)."""
        import sqlite3

        def work() -> list[tuple[_Result, str]]:
            touched: set[int] = set()
            outcomes = [(r, self._write(r, touched)) for r in self.pending]
            db.refresh_roles(self.store, touched)
            return outcomes

        try:
            return db.write_transaction(self.store, work)
        except sqlite3.Error as e:
            raise db.StoreError(f"{self.store.path}: cannot write: {e}") from None

    def _write(self, r: _Result, touched: set[int]) -> str:
        """Log (and store) one result; its status as it turned out."""
        if r.status == "rejected":
            db.log(self.store, r.path, r.file, "rejected", r.reason)
            return "rejected"
        if r.status == "new" and db.write_article(self.store, r.article, r.extraction, touched):
            db.log(self.store, r.path, r.file, "ok", "; ".join(r.warnings) or None, r.article.id)
            return "ok"
        db.log(self.store, r.path, r.file, "duplicate", "already in the store", r.article.id if r.article else None)
        return "duplicate"

    def _report(self, r: _Result, status: str) -> None:
        if status == "rejected":
            reason = r.reason or "rejected"
            self.summary.rejected.append((r.file, reason))
            if self.on_reject:
                self.on_reject(r.file, reason)
        elif status == "duplicate":
            self.summary.duplicates += 1
        else:
            self.summary.ingested += 1
            for warning in r.warnings:
                self.summary.warnings.append((r.file, warning))
                if self.on_warn:
                    self.on_warn(r.file, warning)
