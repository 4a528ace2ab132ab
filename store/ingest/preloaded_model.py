"""Imported by the ingest's fork server after store/ingest/preloaded.py, when the run has
inputs not stored yet: the NER model loaded once, before any worker is forked.

Each worker used to load its own copy (about 0.8 s of CPU and 100 MB each); forked from
a server that holds it, every worker shares its pages copy-on-write (the arrays are
only read) and starts tagging at once. A run whose every input is already stored
leaves this module out and never loads the model (store/ingest/__init__.py decides).
"""

from __future__ import annotations

from store.ingest.heap import loading

with loading():  # the model's objects frozen too (store/ingest/heap.py)
    try:
        from store.ingest.worker import preload_model

        preload_model()
    except Exception:  # noqa: BLE001 - a failure here must not stop the server: each worker loads its own then
        pass
