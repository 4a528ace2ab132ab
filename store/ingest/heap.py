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
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def loading() -> Iterator[None]:
    """The block's loads with the collector paused; then everything frozen."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def release() -> None:
    """What loading() froze, back in the collector's care (its oldest generation)."""
    gc.unfreeze()
