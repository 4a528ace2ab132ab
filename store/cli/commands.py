"""The `borderdocs` commands: ingest (with signals that stop it cleanly), search
(one query or a batch), export (to stdout or a file written whole), stats.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import sys
from pathlib import Path

from store.cli.common import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, CommandFailed, db_path, err, fit, open_for_reading
from store.cli.progress import progress_for
from store.db import store as db
from store.db.rules_stamp import outdated_line
from store.db.stats import collect_stats
from store.sanitize import clean_line, display_name, one_line


def cmd_ingest(args) -> int:
    from store.ingest import BadSetting, NoInput, heap, ingest
    from store.ingest.reject_lines import RejectLines
    from store.ingest.writer import nothing_found

    path = db_path(args)
    bar = progress_for(args.quiet)

    def say(kind: str):
        def report(file: str, text: str) -> None:
            bar.clear()
            print(fit(f"{kind}: {display_name(file)}: {one_line(text)}"), file=sys.stderr)

        return report

    rejected = RejectLines(say("rejected"))
    heap.until_exit()  # this process ends with the ingest: nothing to give back to the collector
    try:
        with signals_interrupt():
            summary = ingest(
                args.paths,
                path,
                jobs=args.jobs,
                progress=bar.update,
                on_reject=rejected,
                on_warn=say("warning"),
                timeout=args.timeout,
                max_article_size=args.max_article_size,
            )
    except (NoInput, BadSetting) as e:
        err(str(e))
        return EXIT_ERROR
    finally:
        heap.no_exit_after_all()  # release() took the flag if the run loaded; else it goes here
    _nothing_to_collect_at_exit()
    bar.clear()
    rejected.finish()
    if summary.interrupted:
        name = signal.Signals(summary.signal).name
        print(
            fit(
                f"interrupted by {name}: {summary.ingested} articles committed and kept;"
                " run the same command again to finish"
            ),
            file=sys.stderr,
        )
        return 128 + summary.signal
    if not args.quiet:
        told = (
            f"{_read(summary)}: {summary.ingested} ingested, {_already_stored(summary)}"
            f"{summary.duplicates} duplicate{'' if summary.duplicates == 1 else 's'}, "
            f"{len(summary.rejected)} rejected in {summary.seconds:.1f} s{_pace(summary)}"
        )
        print(_summary_lines(told, path), file=sys.stderr)
        if not summary.files:
            print(nothing_found(args.paths), file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_REJECTED


def _pace(summary) -> str:
    """« (15.5 articles/s)», or nothing when the run stored no article: «(0.0 articles/s)»
    after a re-run that found everything already stored read as a stalled ingest (qa63)."""
    if not summary.ingested or not summary.seconds:
        return ""
    return f" ({summary.ingested / summary.seconds:.1f} articles/s)"


def _already_stored(summary) -> str:
    """«40 already stored, »: the articles a run read again from the very files they were
    stored from (a re-run after Ctrl+C, or the same folder twice), said apart from the
    duplicates (two files, one article); nothing when there are none (qa62: a re-run
    called every stored article a duplicate)."""
    return f"{summary.already_stored} already stored, " if summary.already_stored else ""


def _summary_lines(told: str, path) -> str:
    """The summary wrapped at words on a terminal, then the store: a run of records says
    «284 files, 300 articles: …», 88 columns, and at 80 the terminal cut it mid-word
    («(46.1 a» / «rticles/s)», qa108); into a pipe or a file it stays one line."""
    return _to_store(fit(told), path)


def _to_store(told: str, path) -> str:
    """«… (15.5 articles/s) -> STORE», the store on a line of its own where the line would
    not fit the terminal: at 80 columns it wrapped mid-word («arti» / «cles/s) -> …»)."""
    one = f"{told} -> {path}"
    if not sys.stderr.isatty():
        return one
    import shutil

    return one if len(one) < shutil.get_terminal_size((80, 24)).columns else f"{told}\n-> {path}"


def cmd_reextract(args) -> int:
    """`borderdocs reextract`: store/ingest/reextract.py, with ingest's progress bar and signals."""
    from store.ingest.reextract import reextract

    path = db_path(args)
    if not path.exists():
        err(f"no store at {display_name(str(path))}")
        return EXIT_ERROR
    bar = progress_for(args.quiet, unit="articles")
    with signals_interrupt():
        summary = reextract(path, everything=args.all, jobs=args.jobs, progress=bar.update, limit=args.max_article_size)
    bar.clear()
    if summary.interrupted:
        name = signal.Signals(summary.signal).name
        again = "borderdocs reextract" + (" --all" if args.all else "")
        left = summary.total - summary.done - summary.failed
        print(
            fit(
                f"interrupted by {name}: {summary.done} of {summary.total} articles brought up to date and kept;"
                f" `{again}` goes on with the other {left}"
            ),
            file=sys.stderr,
        )
        return 128 + summary.signal
    if not args.quiet:
        print(fit(_reextracted(summary, path)), file=sys.stderr)
    return EXIT_REJECTED if summary.failed else EXIT_OK


def _reextracted(summary, path) -> str:
    """The run's last line: what was done, or that nothing needed doing («0 of 0 articles
    extracted again» read as a store with no articles)."""
    if not summary.total:
        n = summary.stored
        return (
            f"nothing to do: the {n:,} article{'' if n == 1 else 's'} of {path} were extracted by these rules"
            " (--all extracts every one again)"
            if n
            else f"nothing to do: {path} holds no articles"
        )
    resumed = f" (the first {summary.resumed:,} by the run interrupted before)" if summary.resumed else ""
    failed = f", {summary.failed} failed (kept as they were)" if summary.failed else ""
    return (
        f"{summary.done + summary.resumed} of {summary.total + summary.resumed} articles extracted again"
        f"{resumed}{failed} in {summary.seconds:.1f} s -> {path}"
    )


def _read(summary) -> str:
    """«496 files», and the articles in them when a JSON-lines file held several: «496
    files, 501 articles» (the counts after it are of articles: 493 + 8 from 496 files read
    as a sum that did not add up)."""
    articles = summary.ingested + summary.already_stored + summary.duplicates + len(summary.rejected)
    files = f"{summary.files} file{'' if summary.files == 1 else 's'}"
    return f"{files}, {articles} articles" if articles > summary.files else files


def _nothing_to_collect_at_exit() -> None:
    """The ingest is over and its store closed. At exit CPython's collector would walk
    every object the process holds (with `--jobs 1` the NER model, the dictionaries, every
    rule: 0.09-0.12 s of CPU, measured 2026-12-04) to free memory the process is giving
    back anyway; everything frozen first (atexit handlers run before those collections)
    spares the walk. Objects are still released by their reference counts as before."""
    import atexit

    atexit.register(gc.freeze)


@contextlib.contextmanager
def _loading_once(own_process: bool):
    """A `search` process loads the search's modules, the store's index and the tables its
    first query builds once, and keeps them to its end; the collector's passes over them
    while they load (younger collections every 700 new objects, a full one as they pile
    up) found nothing to free: ~30 ms of a fresh process's 0.4 s, and its last collection
    at exit ~35 ms more (cold66). So, in the program's own process (not a caller's), the
    block runs with the collector paused, what it loaded is frozen after (later
    collections skip it, as store/ingest/heap.py does for an ingest) and nothing is
    collected at exit. Objects are still freed by their reference counts."""
    if not own_process or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
        _nothing_to_collect_at_exit()


STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))


@contextlib.contextmanager
def signals_interrupt():
    """SIGTERM and SIGHUP stop an ingest the way Ctrl+C does: the first one raises
    Interrupted (the ingest commits what is done), later ones are ignored so the
    wrap-up is not cut short. Exit status 128 + the signal number."""
    from store.ingest import Interrupted

    def stop(signum, frame):
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        raise Interrupted(signum)

    try:
        previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_search(args) -> int:
    # Words typed without quotes are one query: `search нур жолы` as `search "нур жолы"`.
    args.query = " ".join(args.query).strip()
    if not args.query and not args.batch:
        err("search: give a QUERY or --batch FILE")
        return EXIT_ERROR
    if args.query and args.batch:  # the query was dropped without a word
        err("search: give a QUERY or --batch FILE, not both")
        return EXIT_ERROR
    with _loading_once(getattr(args, "own_process", False)):
        from store.cli.search_hits import marks_wanted
        from store.cli.search_table import search_table
        from store.search import search as search_mod

        store = open_for_reading(args)
        try:
            results = [] if args.batch else search_mod.search(store, args.query, type=args.type, limit=args.limit)
        except BaseException:
            store.close()
            raise
    try:
        if args.batch:
            return _search_batch(store, args)
        if args.json:
            print(json.dumps(_with_labels(results), ensure_ascii=False))
        else:
            total = search_mod.search_total(store, args.query, type=args.type) if results else 0
            print(search_table(results, total, marks=marks_wanted(sys.stdout)))
        return EXIT_OK if results else EXIT_REJECTED
    finally:
        store.close()


def _search_batch(store, args) -> int:
    """One JSON line per query; the alias index is built once and reused (search caches it per store)."""
    from store.search import search as search_mod

    name = "stdin" if args.batch == "-" else display_name(args.batch)
    src = getattr(sys.stdin, "buffer", sys.stdin) if args.batch == "-" else open(args.batch, "rb")
    with src:
        for number, raw in enumerate(src, 1):  # bytes, decoded a line at a time: an error can say which line
            try:
                query = _decode_line(raw, number).strip()
            except UnicodeDecodeError:
                err(f"{name}: line {number} is not UTF-8 text; the queries before it were answered")
                return EXIT_ERROR
            if not query:
                continue
            results = _with_labels(search_mod.search(store, query, type=args.type, limit=args.limit))
            print(json.dumps({"query": query, "results": results}, ensure_ascii=False), flush=True)
    return EXIT_OK


def _with_labels(results: list[dict]) -> list[dict]:
    """The hits with, for a checkpoint the gazetteer knows, `label`: its name as the table
    prints it, «Хоргос (CN)» for China's post, «Хоргос» for ours (ux89). `name` stays the
    stored name: the field is added, none changed (docs/json.md)."""
    from store.search.table import shown_name

    def known_post(r: dict) -> bool:
        return r.get("kind") == "entity" and r.get("type") == "checkpoint" and bool(r.get("kb_id"))

    return [dict(r, label=shown_name(r)) if known_post(r) else r for r in results]


def _decode_line(raw: bytes | str, number: int) -> str:
    """A batch line as text (a BOM on the first line is not part of the query)."""
    if isinstance(raw, str):  # a text stream standing in for stdin
        return raw
    return raw.decode("utf-8-sig" if number == 1 else "utf-8")


# ---------------------------------------------------------------- export / stats


def cmd_export(args) -> int:
    from store.db import export

    if args.output:
        _refuse_to_overwrite_a_store(args.output, db_path(args))
    store = open_for_reading(args)
    try:
        if args.output:
            n = _export_to_file(store, args.format, args.output)
            print(f"{n} article{'' if n == 1 else 's'} -> {display_name(args.output)}", file=sys.stderr)
        else:
            export.write(store, args.format, sys.stdout)
            sys.stdout.flush()  # a full disk or closed pipe is reported here, not at exit
    finally:
        store.close()
    return EXIT_OK


def _refuse_to_overwrite_a_store(path: Path, store_path: Path) -> None:
    """`export -o news.db --db news.db` (a slip of the fingers) replaced the store with its
    own JSON and every later command said «not a borderdocs store» (qa73). The store, the
    files beside it and any other SQLite database (another store) are not written over."""
    from store.ingest import is_store_file
    from store.reading.file_kinds import SQLITE_MAGIC

    if is_store_file(path, store_path):
        raise CommandFailed(f"{display_name(path)} is the store itself (or a file kept beside it); give another name")
    if not path.is_file():
        return  # not there yet, or a device or pipe (opening a FIFO to read it would wait)
    try:
        with open(path, "rb") as existing:
            head = existing.read(len(SQLITE_MAGIC))
    except OSError:
        return  # unreadable: the write says why
    if head == SQLITE_MAGIC:
        raise CommandFailed(f"{display_name(path)} is an SQLite database (a store?); give another name")


def _export_to_file(store: db.Store, fmt: str, path: Path) -> int:
    """Write the export to `path`. A regular file is written beside it under a
    temporary name and renamed when complete, so a failed export (a full disk, a
    damaged store) leaves any earlier file as it was and no truncated one; a device
    or pipe (/dev/stdout, a FIFO) is written directly."""
    from store.db import export

    direct = path.exists() and not path.is_file()
    target = path if direct else path.with_name(f".{path.name}.partial")
    try:
        with open(target, "w", encoding="utf-8", newline="") as out:
            n = export.write(store, fmt, out)
        if not direct:
            os.replace(target, path)
        return n
    except OSError as e:
        raise CommandFailed(f"cannot write {display_name(path)}: {e.strerror or e}") from None
    finally:
        if not direct:
            target.unlink(missing_ok=True)


def _older_schema(version: int) -> str:
    """A store read as it is, made by an older borderdocs: what brings it up (a read never does)."""
    from store.db.schema import SCHEMA_VERSION

    if version >= SCHEMA_VERSION:
        return ""
    return f", older: `borderdocs upgrade` brings it to {SCHEMA_VERSION}"


def cmd_upgrade(args) -> int:
    """`borderdocs upgrade`: bring a store made by an older borderdocs up to this one's schema
    in place (the reading commands read it as it is, or refuse one too old, never changing it)."""
    from store.db.schema import SCHEMA_VERSION

    path = db_path(args)
    store = db.open_store(path, write=True)  # migrates, step by step, a line each on stderr
    try:
        before = store.upgraded_from
    finally:
        store.close()
    name = display_name(str(path))
    if before is None:
        print(f"{name}: schema {SCHEMA_VERSION}, already this borderdocs's; nothing to upgrade")
    else:
        print(f"{name}: upgraded, schema {before} -> {SCHEMA_VERSION}")
    return EXIT_OK


def cmd_stats(args) -> int:
    store = open_for_reading(args)
    try:
        stats = collect_stats(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"store          {display_name(stats['path'])} (schema {stats['schema_version']}"
        f"{_older_schema(stats['schema_version'])}{', read-only' if stats['readonly'] else ''})"
    )
    print(f"articles       {stats['articles']}{_date_range(stats)}")
    if stats.get("near_duplicates"):
        print(f"               {_copies(stats['near_duplicates'])}")
    for t, n in stats["entities"].items():
        print(f"{t + 's':<14} {n}{_checkpoints_note(stats, n) if t == 'checkpoint' else ''}")
    print(f"aliases        {stats['aliases']}")
    print(f"mentions       {stats['mentions']}")
    print(f"facts          {stats['facts']}{_listed(stats['facts'], stats.get('facts_listed'))}")
    print(f"directives     {stats['directives']}")
    print(_stats_line("languages", counts_line(stats["languages"], "(unknown)")))
    print(_stats_line("top sources", counts_line(stats["sources"], "(no source)")))
    print(_stats_line("ingest log", ", ".join(f"{k} {v}" for k, v in _log_counts(stats).items())))
    line = outdated_line(stats["older_rules"], stats["articles"])
    if line:
        print(f"rules          {line}")
    return EXIT_OK


def _date_range(stats: dict) -> str:
    """«  (2019-05-20 .. 2025-10-08)»; nothing for an empty store, «(no dates)» when no stored
    article has one (both printed «(? .. ?)»)."""
    low, high = stats["date_min"], stats["date_max"]
    if not stats["articles"]:
        return ""
    if not low and not high:
        return "  (no dates)"
    return f"  ({low or '?'} .. {high or '?'})"


def _copies(n: int) -> str:
    """«3 of them near-duplicate copies, listed once under the oldest»: where the copies are.
    It ended «listed once (also in)», a bare label of the copy's page (qa75)."""
    what = "a near-duplicate copy" if n == 1 else "near-duplicate copies"
    return f"{n:,} of them {what}, listed once under the oldest"


def _checkpoints_note(stats: dict, named: int) -> str:
    """«  (named in articles; the board lists all 103 crossings)»: what «checkpoints»
    counts beside the board's «103 checkpoints» (every crossing of the gazetteer, named or
    not); «65 in the gazetteer» too when some named posts are in no row of it."""
    linked, listed = stats.get("checkpoints_linked"), stats.get("gazetteer_checkpoints")
    if linked is None or not listed:
        return ""
    rows = "" if linked == named else f", {linked} in the gazetteer"
    return f"  (named in articles{rows}; the board lists all {listed} crossings)"


def _log_counts(stats: dict) -> dict[str, int]:
    """The ingest log by status, with the «duplicate» rows a re-run logged for files stored
    from themselves counted as «already stored», the words `ingest` printed for them: «duplicate
    5» after a second run over the same folder read as five copies of other articles."""
    counts = dict(stats["ingest_log"])
    again = stats.get("ingest_log_already_stored") or 0
    if again:
        left = counts.get("duplicate", 0) - again
        counts.pop("duplicate", None)
        counts["already stored"] = again
        if left:
            counts["duplicate"] = left
    return counts


def _listed(total: int, listed: int | None) -> str:
    """«  (235 listed; 6 in near-duplicate copies)» when the facts tab and `borderdocs
    facts` count fewer than the store holds: «facts 241» here beside «235 facts» there read
    as a loss."""
    if listed is None or listed >= total:
        return ""
    return f"  ({listed} listed; {total - listed} in near-duplicate copies)"


_STATS_LABEL = 15  # «top sources    »: the cells before a stats line's value


def _stats_line(label: str, value: str) -> str:
    """A labelled stats line; on a terminal, wrapped at its width between the counts with
    its next lines under the value (qa73: «top sources» of a store with many outlets ran
    past 80 columns and the terminal broke it under the label). Into a pipe: one line."""
    head = f"{label:<{_STATS_LABEL - 1}} "
    if not sys.stdout.isatty():
        return head + value
    from store.cli.table import cells, line_width

    width = max(line_width(), _STATS_LABEL + 20)
    lines = [head]
    for i, item in enumerate(value.split(", ")):  # «search70 15» stays on one line
        piece = item if i == 0 else f", {item}"
        if i and cells(lines[-1] + piece) > width:
            lines[-1] += ","
            lines.append(" " * _STATS_LABEL + item)
        else:
            lines[-1] += piece
    return "\n".join(lines)


def counts_line(counts: dict, missing: str) -> str:
    """«Zakon.kz 21, (no source) 14»: the store reads a missing value as «?» (kept so in
    `--json`), which on the line read as an outlet called «?»."""
    return ", ".join(f"{missing if k == '?' else clean_line(k)} {v}" for k, v in counts.items())
