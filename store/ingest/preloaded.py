"""Imported once by the ingest's fork server: every worker forked from it starts warm.

store/workers/pool.py starts workers from a fork server where the platform has one;
the server imports the modules it is given first (multiprocessing's preload), and this
one loads what every worker needs (store/ingest/warm.py) there, once: each worker then
starts in milliseconds and shares those pages instead of loading its own copy.

The server outlives no ingest (it stops when the ingest process ends) but it must not
be stopped before it: terminal signals sent to the process group are the parent's to
handle (it commits, then stops the workers), as the workers ignore them too.
"""

from __future__ import annotations

import signal

from store.ingest.heap import loading

for _sig in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(_sig, signal.SIG_IGN)

# The collector paused while loading, then the loaded objects frozen (store/ingest/heap.py):
# they are never collected, and forked workers need not copy their pages to scan them.
with loading():
    try:
        from store.ingest.warm import warm

        warm(language_model=True)  # every worker would load py3langid's model: load it once here
    except Exception:  # noqa: BLE001 - a failure here must not stop the server: each worker loads lazily then
        pass
