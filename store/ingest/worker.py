"""The worker's side of the ingest: a task's documents read, parsed, tagged and extracted.

Run in each worker process by store/workers (or in the parent itself with one job): it
loads the model on first need, skips articles already stored, and sends back one
`Result` per document.
"""

from __future__ import annotations

import dataclasses
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from store.ingest import file_stamps
from store.ingest.file_stamps import Fingerprint
from store.ingest.tasks import Task
from store.model import Article, Extraction, RawDoc, RejectedDoc

TEST_SLEEP_ENV = "BORDERDOCS_TEST_EXTRACT_SLEEP"
# Test-only, with TEST_SLEEP_ENV: the path of a file; the sleep ends as soon as the file is
# gone (the test removes it once it has seen what it waits for), the SECONDS still its cap.
TEST_SLEEP_WHILE_ENV = "BORDERDOCS_TEST_EXTRACT_SLEEP_WHILE"
SETTINGS_PREFIX = "BORDERDOCS_"  # the environment variables a worker takes from its parent


@dataclass
class Result:
    """What a worker sends back for one document."""

    path: str
    file: str
    status: str  # "new" | "duplicate" | "rejected"
    reason: str | None = None
    article: Article | None = None
    extraction: Extraction | None = None
    warnings: list[str] = field(default_factory=list)
    # article.id as the worker computed it (a hash of the whole text): the writer needs
    # it twice, and would compute it again each time.
    article_id: str | None = None
    # (meta key, value): the stamp of the file this is the last document of, for the
    # writer to keep with it (store/ingest/file_stamps.py); None when the file is not stamped.
    stamp: tuple[str, str] | None = None


@dataclass
class StoredDoc:
    """A document of a file the store holds unchanged (store/ingest/file_stamps.py): its
    article id, from the file's stamp, instead of its text, which is not read again."""

    path: str
    file: str
    article_id: str


@dataclass
class _FileRead:
    """A file read whole in a task: its documents (indices first..last of the group) and
    its bytes' fingerprint, for the stamp once every document has its result."""

    path: str
    name: str
    first: int
    last: int
    seen: Fingerprint
    ids: dict[int, str] = field(default_factory=dict)  # index -> its article's id, once its result has one


# ---------------------------------------------------------------- worker side

_worker_state: dict = {}
# The NER model, when the fork server loaded it before forking this worker (preload_model):
# every worker then shares its pages instead of loading a copy of its own.
_preloaded: dict = {}
# Documents parsed ahead, and their texts tagged by the NER model in one go (sorted
# batches, see store/extract/ner.py): about one model batch of articles.
LOOKAHEAD = 8


def init_worker(
    store_path: str, max_article_size: int, settings: dict[str, str] | None = None, blas_threads: int | None = None
) -> None:
    """Runs once per worker process, under the startup budget: loads what any document
    needs (store/ingest/warm.py: nothing if the fork server did). The model is not
    loaded here but by the first document that needs it (`_extractor`): a run over
    stored articles never loads it. `settings`: the parent's BORDERDOCS_* variables (a
    worker forked from the fork server has that server's environment, not the parent's
    at this ingest's start). `blas_threads`: the model's BLAS threads in this process
    (store/ingest/threads.py)."""
    from store.ingest.threads import set_blas_threads
    from store.ingest.warm import warm

    if blas_threads is not None:
        set_blas_threads(blas_threads)

    if settings is not None:
        for name in [n for n in os.environ if n.startswith(SETTINGS_PREFIX)]:
            del os.environ[name]
        os.environ.update(settings)
    try:
        warm()
    except Exception:  # noqa: BLE001 - then each document loads what it needs and fails alone, with its reason
        pass
    _worker_state["extractor"] = None
    _worker_state["store_path"] = store_path
    _worker_state["max_article_size"] = max_article_size
    close_connection()  # a former run's, in this process (an ingest with one job runs here)
    _worker_state["sleep"] = _test_sleep(os.environ.get(TEST_SLEEP_ENV, ""))
    _worker_state["sleep_while"] = os.environ.get(TEST_SLEEP_WHILE_ENV, "")


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


def preload_model() -> None:
    """Load the NER model and tag a made-up text with it (its first call allocates), in
    the fork server (store/ingest/preloaded_model.py): workers forked afterwards build
    their extractor around it, under their own settings."""
    from store.extract.ner import NerModel

    model = NerModel()
    model.spans(_WARM_TITLE + "\n" + _WARM_BODY)
    _preloaded["ner"] = model


_WARM_TITLE = "Пункт пропуска «Хоргос»"
_WARM_BODY = "Премьер-министр Олжас Бектенов посетил пункт пропуска «Хоргос» в Жетысуской области."


def _loaded(extractor_class):
    """A new extractor (around the fork server's model, if it loaded one), warmed up on
    a made-up article."""
    extractor = extractor_class(ner=_preloaded["ner"]) if "ner" in _preloaded else extractor_class()
    extractor.extract(
        Article(
            file="",
            path="",
            raw="",
            title=_WARM_TITLE,
            body=_WARM_BODY,
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
    conn = _connection()
    if conn is None:
        return False
    return conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None


def close_connection() -> None:
    """Close the worker's connection to the store, if it has one. A sqlite3 connection
    holds itself through its statement cache, so one merely dropped lives (its store and
    -wal open) until the cyclic collector runs, which the heap's freeze puts off: every
    ingest with one job left two descriptors in the process (fds62: 20 ingests, 9 -> 49)."""
    conn = _worker_state.get("conn")
    _worker_state["conn"] = None
    if conn is not None:
        conn.close()


def _connection():
    """The worker's read-only connection to the store (None while there is no store)."""
    conn = _worker_state.get("conn")
    if conn is None:
        import sqlite3

        path = Path(_worker_state["store_path"])
        if not path.exists():
            return None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        _worker_state["conn"] = conn
    return conn


class _Group:
    """A task's documents, parsed a few ahead of the one being processed so that their
    texts go through the NER model together (store/extract/ner.py: prepare)."""

    def __init__(self, docs: list, ahead: bool = True, reads: list[_FileRead] | None = None):
        self.docs = docs
        # the files read whole, by the index of their last document (stamped after it)
        self.reads = {read.last: read for read in reads or []}
        self.read_of = {i: read for read in reads or [] for i in range(read.first, read.last + 1)}
        self.parsed: dict[int, Article | Result] = {}  # index -> the article, or why not
        self.ids: dict[int, str] = {}  # index -> its article's id, computed once
        # Reading ahead puts the next documents' parsing and tagging inside the current
        # one's time budget: after a failure (a stopped worker, an interrupted read-ahead)
        # each document is parsed and tagged alone, in its own budget.
        self.ahead = ahead

    def article(self, index: int) -> Article | Result:
        """Document `index` parsed (or the result that stands for it), tagging it and the
        next few together when it is the first of them to be asked for."""
        if index not in self.parsed:
            self._parse_ahead(index)
        return self.parsed.pop(index)

    def _parse_ahead(self, index: int) -> None:
        if not self.ahead:
            self._parse(index)
            return
        self.ahead = False  # until the read-ahead has finished
        texts = []
        limit = _worker_state["max_article_size"]
        for at in range(index, min(index + LOOKAHEAD, len(self.docs))):
            if at not in self.parsed:
                self._parse(at)
            got = self.parsed[at]
            if isinstance(got, Article) and len(got.body) <= limit:
                texts += [got.title or "", got.body or ""]
        if texts:
            try:
                _extractor().ner.prepare(texts)
            except Exception:  # noqa: BLE001 - each text is tagged alone then, and fails in its own document
                pass
        self.ahead = True

    def _parse(self, index: int) -> None:
        """Document `index` parsed, or a duplicate when its article is stored already
        (checked before the expensive extraction)."""
        doc = self.docs[index]
        got = _parsed(doc)
        if isinstance(got, Article):
            self.ids[index] = aid = got.id
            if _known(aid):
                got = Result(doc.path, doc.file, "duplicate", article_id=aid)  # the writer tells a re-read by it
        self.parsed[index] = got

    def stamped(self, index: int, result: Result) -> Result:
        """The result, with its file's stamp when it is the file's last document and every
        document of the file has an article (stored now, or stored before)."""
        read = self.read_of.get(index)
        if read is None:
            return result
        if result.status != "rejected" and result.article_id:
            read.ids[index] = result.article_id
        if index == read.last and len(read.ids) == read.last - read.first + 1:
            docs = [(self.docs[i].file, read.ids[i]) for i in range(read.first, read.last + 1)]
            result.stamp = _stamp(read, docs)
        return result


def _stamp(read: _FileRead, docs: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (meta key, value) that marks the file as stored with these documents, or None
    when it was written to while read (what was parsed may not be what was hashed)."""
    if not file_stamps.unchanged(read.path, read.seen):
        return None
    return file_stamps.key(read.path), file_stamps.encode(read.name, read.seen, docs)


class _Unit:
    """One document of a task's group (what the worker pool times and labels)."""

    __slots__ = ("group", "index")

    def __init__(self, group: _Group, index: int):
        self.group, self.index = group, index

    @property
    def doc(self) -> RawDoc | RejectedDoc:
        return self.group.docs[self.index]


def split_task(task: Task) -> list[_Unit]:
    """A task's documents: a file read, or a batch of JSON-lines lines decoded."""
    from store.reading.read import jsonl_line_docs

    kind, payload, path = task[0], task[1], task[3]
    docs: list = []
    reads: list[_FileRead] = []
    if kind == "paths":
        for one in payload:
            _read_or_recall(one, docs, reads)
    else:
        for item in payload:
            docs.extend([item] if isinstance(item, RejectedDoc) else jsonl_line_docs(Path(path), *item))
    from store.workers import resumed_after_failure

    group = _Group(docs, ahead=not resumed_after_failure(), reads=reads)
    return [_Unit(group, i) for i in range(len(docs))]


def _read_or_recall(path: str, docs: list, reads: list[_FileRead]) -> None:
    """The documents of the file at `path`, appended to `docs`: recalled from its stamp
    when the store holds the file's bytes unchanged (not decoded or parsed again), else
    read; a file read whole is noted in `reads`, to be stamped once its documents are."""
    from store.reading.read import read_path
    from store.reading.rejects import label

    seen = file_stamps.fingerprint(path)
    name = label(Path(path))
    if seen is not None:
        recalled = _recalled(path, name, seen)
        if recalled is not None:
            docs.extend(StoredDoc(path, file, aid) for file, aid in recalled)
            return
    got = read_path(path)
    if seen is not None and got:
        reads.append(_FileRead(path, name, len(docs), len(docs) + len(got) - 1, seen))
    docs.extend(got)


def _recalled(path: str, name: str, seen: Fingerprint) -> list[tuple[str, str]] | None:
    """The (label, article id) of each document of a file stamped with these bytes, when
    every one of the articles is still in the store."""
    conn = _connection()
    if conn is None:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key=?", (file_stamps.key(path),)).fetchone()
    docs = file_stamps.recorded_docs(row[0] if row else None, name, seen)
    if docs is None or not all(_known(aid) for _, aid in docs):
        return None
    return docs


def unit_label(unit: _Unit) -> str:
    return unit.doc.file


def _parsed(doc: RawDoc | RejectedDoc | StoredDoc) -> Article | Result:
    """The article in a document, or the result saying why there is none to extract
    (rejected; whether it is stored already is _Group's to ask)."""
    if isinstance(doc, RejectedDoc):
        return Result(doc.path, doc.file, "rejected", doc.reason)
    if isinstance(doc, StoredDoc):  # the writer tells a re-read by its id, as after a parse
        return Result(doc.path, doc.file, "duplicate", article_id=doc.article_id)
    from store.reading.parse import parse

    try:
        article = parse(doc)
    except Exception as e:
        return Result(doc.path, doc.file, "rejected", f"cannot parse: {type(e).__name__}: {e}")
    if not article.body.strip():
        return Result(doc.path, doc.file, "rejected", "no article text found")
    return article


def process_doc(unit: _Unit) -> Result:
    """The result of one document (its file's stamp on the file's last one)."""
    return unit.group.stamped(unit.index, _processed(unit))


def _processed(unit: _Unit) -> Result:
    article = unit.group.article(unit.index)
    if isinstance(article, Result):
        return article
    doc = unit.doc
    _maybe_sleep(doc.file)
    limit = _worker_state["max_article_size"]
    try:
        extraction, cut = _extract(_extractor(), article, limit)
    except Exception as e:
        return Result(doc.path, doc.file, "rejected", f"extraction failed: {type(e).__name__}: {e}")
    warnings = list(doc.warnings)
    if cut:
        warnings.append(
            f"article is {len(article.body):,} characters; entities, facts and directives "
            f"were read from the first {cut:,} only (--max-article-size)"
        )
    aid = unit.group.ids.pop(unit.index, None)
    return Result(doc.path, doc.file, "new", article=article, extraction=extraction, warnings=warnings, article_id=aid)


def _maybe_sleep(file: str) -> None:
    hook = _worker_state.get("sleep")
    if hook and hook[0] in file:
        _sleep_while(_worker_state.get("sleep_while", ""), hook[1])


def _sleep_while(path: str, cap: float) -> None:
    """The test hook's sleep: `cap` seconds, or less once the file at `path` is gone, so a
    test waits for what it checks instead of a fixed time (no path: the whole cap)."""
    if not path:
        time.sleep(cap)
        return
    deadline = time.monotonic() + cap
    while os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))


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
