"""`borderdocs reextract`: a store's articles extracted again by today's rules, from the
text the store keeps, without the original files.

Which articles: those whose rules fingerprint (store.db.rules_stamp) differs from this
version's, or every one (`everything`). Each keeps its row as stored (id, title, body,
date, outlet, near-duplicate links): the extractor reads the stored title and body, and
the credits a parse of the stored raw text finds (signed_by, credited: ingest hands them
to the extractor, the store does not keep them); when that parse gives the same title,
body and date, its outlet, dateline, author, language and address are stored and read
too (today's reader may know an outlet the older did not). Its mentions, facts and directives are
replaced, in one transaction per batch of articles, so a kill leaves every article either
old or new; an interrupt (Ctrl+C, SIGTERM, SIGHUP) first writes the articles read since
the last batch, so what the progress bar counted is what is kept (it said 49 while the
run kept 0 of them). Entities no mention names any more are removed; counts, roles and
text aliases of the entities touched follow the new mentions; short person names are
merged and linked entities named as after an ingest. The full-text index is rebuilt at
the end in one transaction (the lemmas may differ under new rules; the index is
contentless, so an old row cannot be removed without its old lemmas); a run stopped
before leaves the meta flag `fts_stale`, and the next run rebuilds it first thing. The
alias index persisted beside the store is removed: the next search builds it again.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from store.db import rules_stamp
from store.db import store as db
from store.db.entities import _add_row_spellings as add_row_spellings
from store.db.entities import _link_checkpoint as link_checkpoint
from store.db.entities import add_alias, name_rank
from store.db.writes import write_extraction
from store.lang import names
from store.lang.identity import KB_KEY, entity_key
from store.model import Article, Extraction

BATCH = 50  # articles a transaction: a killed run loses at most this many (an interrupted one none)
# meta key: the rowid of the last article an unfinished `--all` run committed (its next run
# goes on after it; every article is current by the rules fingerprint either way)
ALL_DONE_UPTO = "reextract_all_upto"
Progress = Callable[[int, int, str], None]

_COLS = "rowid, id, file, path, title, body, raw, date, source, dateline, author, language, url"


@dataclass
class ReextractSummary:
    total: int = 0
    done: int = 0
    failed: int = 0
    interrupted: bool = False
    signal: int | None = None
    seconds: float = 0.0
    stored: int = 0  # the store's articles (what «nothing to do» is said of)
    resumed: int = 0  # an `--all` run's articles done by its interrupted run before


def reextract(
    store_path: str | os.PathLike,
    *,
    everything: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
    limit: int | None = None,
) -> ReextractSummary:
    """Bring the store's out-of-date articles (all, `everything`) up to today's rules,
    reading each article's first `limit` characters (ingest's --max-article-size)."""
    started = time.monotonic()
    store = db.open_store(store_path, write=True, create=False)
    summary = ReextractSummary()
    try:
        summary.stored = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        ids = _to_do(store, everything, summary)
        summary.total = len(ids)
        if ids:
            db.write_transaction(store, lambda: _set_meta(store.conn, "fts_stale", "1"))
            if progress:  # at once: the model's load and the first batch take seconds
                progress(0, summary.total, "")
        results: list[tuple[str, Extraction | None, tuple]] = []
        upto = 0  # the rowid of the last article read (see _replace)
        outcomes = _outcomes(store, ids, jobs, limit)
        try:
            for row, result in outcomes:
                results.append(result)
                upto = row[0] if everything else 0
                if progress:  # each article as it is read; a batch is written at once after
                    progress(summary.done + summary.failed + len(results), summary.total, row[2] or "")
                if len(results) == BATCH or summary.done + summary.failed + len(results) == summary.total:
                    _write_batch(store, results, upto, summary)
                    results = []
        except KeyboardInterrupt as stop:
            summary.interrupted = True
            summary.signal = getattr(stop, "signum", signal.SIGINT)
        finally:
            outcomes.close()  # a pool's workers stopped: at once when interrupted
        if summary.interrupted and results:
            _write_batch(store, results, upto, summary)  # what the bar counted read is kept
        if summary.done:
            db.merge_short_person_names(store)
            db.name_linked_entities(store)
        if not summary.interrupted:
            if everything:
                db.write_transaction(
                    store, lambda: store.conn.execute("DELETE FROM meta WHERE key=?", (ALL_DONE_UPTO,))
                )
            if _meta(store.conn, "fts_stale") == "1":
                db.write_transaction(store, lambda: _rebuild_fts(store.conn))
    finally:
        store.close()
        if summary.done:
            _drop_search_index(store_path)
    summary.seconds = time.monotonic() - started
    return summary


def _write_batch(store: db.Store, results: list, upto: int, summary: ReextractSummary) -> None:
    """A batch's new extractions stored in one transaction (`upto`: see _replace), counted."""
    db.write_transaction(store, functools.partial(_replace, store, results, upto))
    summary.done += sum(1 for _, ex, _ in results if ex is not None)
    summary.failed += sum(1 for _, ex, _ in results if ex is None)


def _to_do(store: db.Store, everything: bool, summary: ReextractSummary) -> list[str]:
    """The ids to extract again, in storage order: an `--all` run interrupted before goes
    on after the last article it committed (summary.resumed counts those)."""
    conn = store.conn
    if not everything:
        return rules_stamp.outdated_ids(conn, False)
    upto = _meta(conn, ALL_DONE_UPTO)
    after = int(upto) if upto and upto.isdigit() else 0
    summary.resumed = conn.execute("SELECT count(*) FROM articles WHERE rowid <= ?", (after,)).fetchone()[0]
    return [a for (a,) in conn.execute("SELECT id FROM articles WHERE rowid > ? ORDER BY rowid", (after,))]


def _drop_search_index(store_path) -> None:
    """The alias index persisted beside the store (store/search/index_file.py) knows the
    aliases by id, and a reextract deletes and adds aliases under entities it keeps: the
    next search builds it again rather than trust it. So is this user's copy in the cache
    folder (a store not the user's own keeps it there); another user's copy is caught by
    its count of aliases (store.search.index_cache)."""
    from store.search import index_file

    identity = index_file.store_identity(store_path)
    cached = index_file.cached_path_for(identity) if identity else None
    for path in (index_file.path_for(store_path), cached):
        try:
            if path is not None:
                path.unlink(missing_ok=True)
        except OSError:
            pass


def _batches(ids: list[str]) -> Iterator[list[str]]:
    for at in range(0, len(ids), BATCH):
        yield ids[at : at + BATCH]


def _rows(store: db.Store, ids: list[str]) -> list[tuple]:
    marks = ",".join("?" * len(ids))
    return store.conn.execute(f"SELECT {_COLS} FROM articles WHERE id IN ({marks}) ORDER BY rowid", ids).fetchall()


def _article(row: tuple, credits: bool = True) -> Article:
    """The stored article as ingest handed it to the extractor: its stored fields, and
    (`credits`) the credits a parse of its raw text finds (not stored)."""
    _, _, file, path, title, body, raw, date, source, dateline, author, language, url = row
    article = Article(
        file=file or "",
        path=path or "",
        title=title or "",
        body=body or "",
        raw=raw or "",
        date=date,
        source=source,
        dateline=dateline,
        author=author,
        language=language,
        url=url,
    )
    parsed = _reparsed(path or "", file or "", raw or "") if credits else None
    if parsed is not None:
        article.signed_by, article.credited = parsed.signed_by, list(parsed.credited)
        if parsed.id == row[1] and parsed.date == date:  # the same article as stored: its metadata read anew
            for name in _READ_AGAIN:
                setattr(article, name, getattr(parsed, name))
    return article


# What today's reader may read otherwise in the same title, body and date (an outlet it
# did not know, a dateline): the extraction reads them too, and they are stored again.
_READ_AGAIN = ("source", "dateline", "author", "language", "url")


def _reparsed(path: str, file: str, raw: str) -> Article | None:
    """The raw text parsed again as ingest read it (by the stored path's format), or None."""
    from store.model import RawDoc
    from store.reading.html_page import html_text
    from store.reading.json_records import record_doc
    from store.reading.parse import parse
    from store.reading.read import sniff

    try:
        kind = sniff(Path(path), raw)
        if kind == "html":
            text, meta = html_text(raw)
            doc = RawDoc(path=path, file=file, text=text, raw=raw, format="html", meta=meta)
        elif kind in ("json", "jsonl") or raw.startswith("{"):  # a dump's record, or a feed's item stored as one
            doc = record_doc(Path(path), file, json.loads(raw))
            if not isinstance(doc, RawDoc):
                return None
        else:
            doc = RawDoc(path=path, file=file, text=raw, raw=raw, format="txt")
        return parse(doc)
    except Exception:  # noqa: BLE001 - the stored fields are read without the credits then
        return None


def _outcomes(store: db.Store, ids: list[str], jobs: int, limit: int | None) -> Generator[tuple[tuple, tuple]]:
    """(stored row, _extract_row's result) for each article, in storage order, read by this
    process (one job) or by `jobs` workers of store.workers.WorkerPool, ingest's pool: it
    stops its workers by killing them, never waiting on a queue (multiprocessing.Pool's
    terminate waited forever in CI for workers an ingest's fork server had started), and an
    article whose extraction outlasts ingest's per-article budget counts as failed and keeps
    its stored extraction."""
    rows = (row for batch in _batches(ids) for row in _rows(store, batch))
    extract = functools.partial(_extract_row, limit=limit)
    if jobs <= 1 or len(ids) <= 1:
        for row in rows:
            yield row, extract(row)
        return
    yield from _in_workers(rows, min(jobs, len(ids)), limit)


def _in_workers(rows: Iterator[tuple], jobs: int, limit: int | None) -> Iterator[tuple[tuple, tuple]]:
    """The rows' results from a worker pool, given back in the rows' order (a worker's
    results wait, in `ready`, for those of the rows before them). A row the pool gave no
    result for, which it should never do, counts as failed rather than be lost."""
    from store.ingest import DEFAULT_TIMEOUT, MODEL_PRELOAD, PRELOAD
    from store.workers import WorkerPool

    pool = WorkerPool(
        jobs,
        split=_one_unit,
        label=_file_of,
        process=functools.partial(_extract_unit, limit=limit),
        timeout=DEFAULT_TIMEOUT,
        preload=PRELOAD + MODEL_PRELOAD,
    )
    handed: dict[int, tuple] = {}  # index -> row, for rows handed to the pool and not given back
    ready: dict[int, tuple] = {}  # index -> _extract_row's result, waiting for the rows before
    tasks = ((index, handed.setdefault(index, row)) for index, row in enumerate(rows))
    following = 0
    for event in pool.run(tasks):
        if event[0] == "item":
            ready.setdefault(event[2][0], event[2][1])
        elif event[0] in ("timeout", "crash"):  # the article keeps its stored extraction
            ready.setdefault(event[1][0], _failed(event[1][1]))
        while following in ready:
            yield handed.pop(following), ready.pop(following)
            following += 1
    for index in sorted(handed):
        yield handed[index], ready.get(index) or _failed(handed[index])


def _failed(row: tuple) -> tuple[str, None, tuple]:
    return row[1], None, ()


def _one_unit(task: tuple[int, tuple]) -> list[tuple[int, tuple]]:
    return [task]


def _file_of(task: tuple[int, tuple]) -> str:
    return task[1][2] or ""


def _extract_unit(task: tuple[int, tuple], limit: int | None = None) -> tuple[int, tuple]:
    """A worker's unit: (its index, _extract_row's result)."""
    return task[0], _extract_row(task[1], limit)


_extractor = None


def _extract_row(row: tuple, limit: int | None = None) -> tuple[str, Extraction | None, tuple]:
    """(article id, its extraction or None when extraction failed, its _READ_AGAIN values),
    read from the article's first `limit` characters (default EXTRACT_LIMIT_DEFAULT)."""
    global _extractor
    from store.extract.chunking import EXTRACT_LIMIT_DEFAULT
    from store.ingest.worker import _extract

    if _extractor is None:
        from store.extract.extractor import Extractor

        _extractor = Extractor()
    try:
        article = _article(row)
        extraction, _ = _extract(_extractor, article, limit or EXTRACT_LIMIT_DEFAULT)
    except Exception:  # noqa: BLE001 - the article keeps its old extraction and stamp
        return _failed(row)
    return row[1], extraction, tuple(getattr(article, name) for name in _READ_AGAIN)


def _replace(store: db.Store, results: list[tuple[str, Extraction | None, tuple]], upto: int = 0) -> None:
    """Each article's old mentions, facts and directives replaced by its new ones, inside
    the caller's transaction; the entities they touched put in order after. `upto` (an
    `--all` run): the batch's last rowid, kept so an interrupted run goes on after it."""
    conn = store.conn
    if upto:
        _set_meta(conn, ALL_DONE_UPTO, str(upto))
    affected: set[int] = set()
    touched: set[int] = set()
    for aid, extraction, read in results:
        if extraction is None:
            continue
        sets = ", ".join(f"{name}=?" for name in _READ_AGAIN)
        conn.execute(f"UPDATE articles SET {sets} WHERE id=?", (*read, aid))
        affected |= {e for (e,) in conn.execute("SELECT DISTINCT entity_id FROM mentions WHERE article_id=?", (aid,))}
        for table in ("mentions", "facts", "directives"):
            conn.execute(f"DELETE FROM {table} WHERE article_id=?", (aid,))
        row = conn.execute(f"SELECT {_COLS} FROM articles WHERE id=?", (aid,)).fetchone()
        write_extraction(store, aid, _article(row, credits=False), extraction, touched)  # its date, not credits
        affected |= {e for (e,) in conn.execute("SELECT DISTINCT entity_id FROM mentions WHERE article_id=?", (aid,))}
    _settle(conn, affected)
    db.refresh_roles(store, affected | touched)


def _settle(conn, entity_ids: set[int]) -> None:
    """Counts from the mentions; entities no mention names removed (a fresh ingest never
    makes one); the others named and aliased by what their mentions print now."""
    for eid in entity_ids:
        conn.execute(
            "UPDATE entities SET mention_count=(SELECT count(*) FROM mentions WHERE entity_id=?),"
            " article_count=(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id=?) WHERE id=?",
            (eid, eid, eid),
        )
    orphans = [
        e
        for e in entity_ids
        if conn.execute("SELECT 1 FROM mentions WHERE entity_id=? LIMIT 1", (e,)).fetchone() is None
    ]
    for eid in orphans:
        conn.execute("DELETE FROM aliases WHERE entity_id=?", (eid,))
        conn.execute("DELETE FROM checkpoints WHERE entity_id=?", (eid,))
        conn.execute("UPDATE directives SET by_entity_id=NULL WHERE by_entity_id=?", (eid,))
        conn.execute("DELETE FROM entities WHERE id=?", (eid,))
    for eid in entity_ids.difference(orphans):
        _rename(conn, eid)
        _realias(conn, eid)


def _realias(conn, eid: int) -> None:
    """The entity's aliases again from what names it now, as ingest adds them: each
    spelling its mentions print (and its name) with the aliases generated from it, its
    gazetteer or knowledge-base row's names, the surfaces its mentions print; none that
    only older rules read."""
    type_, key, name = conn.execute("SELECT type, key, name FROM entities WHERE id=?", (eid,)).fetchone()
    conn.execute("DELETE FROM aliases WHERE entity_id=?", (eid,))
    spellings = [n for (n,) in conn.execute("SELECT DISTINCT name FROM mentions WHERE entity_id=?", (eid,)) if n]
    for spelling in dict.fromkeys([name, *spellings]):
        add_alias(conn, eid, spelling, "canonical")
        for alias, origin in names.generated_aliases(spelling, type_):
            add_alias(conn, eid, alias, origin)
    for (ref,) in conn.execute("SELECT id FROM checkpoints WHERE entity_id=?", (eid,)).fetchall():
        link_checkpoint(conn, eid, ref)
    if type_ == "person" and key.startswith(KB_KEY):
        add_row_spellings(conn, eid, key)
    for (surface,) in conn.execute("SELECT DISTINCT surface FROM mentions WHERE entity_id=?", (eid,)).fetchall():
        add_alias(conn, eid, surface, "text")


def _rename(conn, eid: int) -> None:
    """The entity named by the best of the spellings its mentions print now (name_rank, as
    upsert_entity chooses), not by one only older rules read. Knowledge-base rows are named
    after the run (name_linked_entities); a checkpoint keeps its gazetteer row's name; a
    short name merged into a full one does not name it (its key differs)."""
    type_, key, current = conn.execute("SELECT type, key, name FROM entities WHERE id=?", (eid,)).fetchone()
    if key.startswith(KB_KEY) or type_ == "checkpoint":
        return
    spellings = [
        n
        for (n,) in conn.execute("SELECT DISTINCT name FROM mentions WHERE entity_id=? AND name IS NOT NULL", (eid,))
        if entity_key(type_, n) == key
    ]
    best = min(spellings, key=lambda n: name_rank(n, key), default=current)
    if best != current:
        conn.execute("UPDATE entities SET name=?, latin=? WHERE id=?", (best, names.to_latin(best), eid))


def _rebuild_fts(conn) -> None:
    """The full-text index again from every article's lemmas by today's rules."""
    from store.db.migrate_v12 import rebuild_fts

    rebuild_fts(conn)
    _set_meta(conn, "fts_stale", "0")


def _set_meta(conn, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def _meta(conn, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None
