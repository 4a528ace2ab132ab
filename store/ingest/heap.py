"""The garbage collector kept off what an ingest loads once and keeps for the whole run.

An ingest process loads a great deal once (the NER model, pymorphy2's dictionaries, the
knowledge base, every rule module) and keeps all of it until it ends. CPython's collector
does not know that: loading triggers its full collections, each walking every object
loaded so far, and every later full collection walks them all again. Measured with one
job over 163 real news texts (2026-12-04): 0.24-0.28 s of CPU in the collector, 5-6 % of
the run, of which its three full collections took about 0.17 s; none of it found garbage
that mattered (what is loaded holds no cycles to free).

`loading()` runs a block of such loads with the collector paused, then moves everything
the process holds into the collector's permanent generation (`gc.freeze`), which later
collections skip. The fork server does it before forking workers (store/ingest/preloaded.py,
preloaded_model.py: the workers also need not copy those pages to scan them), and a
`--jobs 1` ingest does it in its own process (store/ingest/__init__.py), which gives the
objects back to the collector afterwards (`release()`: a TUI goes on in that process).

After the freeze the collector runs with larger thresholds (`_RUN_THRESHOLDS`) until
`release()`. An article's work allocates and frees hundreds of thousands of objects,
nearly all freed by reference counting; with CPython's defaults (700, 10, 10) the younger
collections ran ~490 times and the full one 3 times over 326 texts with one job, 0.11 s of
CPU, finding nothing that mattered. With (10,000, 50, 50) about 20 young collections run
(0.03 s) and no older one; the peak memory stayed the same (272-274 MB, 2026-12-04).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_RUN_THRESHOLDS = (10_000, 50, 50)
_before: list[tuple[int, int, int]] = []  # the thresholds loading() replaced, for release()


@contextmanager
def loading() -> Iterator[None]:
    """The block's loads with the collector paused; then everything frozen and the
    collector's thresholds raised for the run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if not _before:
            _before.append(gc.get_threshold())
        gc.set_threshold(*_RUN_THRESHOLDS)
        if was_enabled:
            gc.enable()


_process_ends_after = [False]  # set by until_exit(): release() then gives nothing back


def until_exit() -> None:
    """This process ends when its ingest does (the `borderdocs ingest` command): release()
    leaves the heap frozen and the thresholds raised. Given back, the first collection
    after the run walked everything the run had cached (a 25 ms younger collection at
    the end of a 326-text run, 2026-12-04) for a process about to exit."""
    _process_ends_after[0] = True


def no_exit_after_all() -> None:
    """The ingest ended before it loaded anything (no input, a bad setting): until_exit()'s
    flag is dropped, so a process that goes on (a test calling the command) keeps the
    collector as it was."""
    _process_ends_after[0] = False


def release() -> None:
    """What loading() froze, back in the collector's care (its oldest generation), with
    the thresholds it found; nothing when the process ends after the ingest (until_exit)."""
    if _process_ends_after[0]:
        _process_ends_after[0] = False  # once: a caller that goes on (a test) gets the next release
        return  # the thresholds loading() found stay saved: the next release() gives them back
    gc.unfreeze()
    if _before:
        gc.set_threshold(*_before.pop())
