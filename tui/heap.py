"""The explorer's loaded tables kept out of the collector's walks.

A search's first use loads much that the process keeps to its end: the alias index, the
knowledge base's matchers, the lemma tables, the stored roles and the first-use tables
(store.search.first_use). CPython's collector does not know they stay: each full
collection walks all of them again, and a younger one walks whatever of them has not
yet been promoted. On a 100,000-article store (stop 38, measured with gc.callbacks in the
search_tui_probe process, load 5–6) the keystroke phase after the first search met full
collections of 86–137 ms and younger ones of 6–26 ms; a key typed as one ran waited for
it, which is what set the keystroke p95.

`keep_loaded()` moves everything the process holds into the collector's permanent
generation (`gc.freeze`, O(1)); later collections walk only what is made after it.
Objects are still freed by their reference counts; only a reference cycle among what
was frozen would stay, and the explorer freezes twice at most (after the first whole
results, and after the last first-use table), as store/ingest/heap.py does once for an
ingest. Only in the explorer's own process (`tui.cli.main` calls `own_process()`): a
caller that builds the app in its process (a test, an embedding) keeps its collector as
it was."""

from __future__ import annotations

import gc

_own_process = [False]


def own_process() -> None:
    """This process is the explorer's and ends with it: keep_loaded() freezes from now on."""
    _own_process[0] = True


def keep_loaded() -> None:
    """Everything loaded so far out of the collector's walks, in the explorer's own process
    (see the module's docstring). A full collection after the first search at 100,000
    articles: 66–71 ms of CPU without, 1.5–1.7 ms with (stop 38)."""
    if _own_process[0]:
        gc.freeze()
