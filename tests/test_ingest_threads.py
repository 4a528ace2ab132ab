"""BLAS threads of the ingest's model: one per worker, the user's setting kept, and a
numpy already loaded told at run time."""

from __future__ import annotations

import subprocess
import sys

from store.ingest import threads


def test_one_thread_per_worker_unless_the_user_set_a_count(monkeypatch):
    import store

    monkeypatch.setattr(store, "BLAS_SET_BY_USER", ())
    assert [threads.threads_per_worker(j) for j in (1, 2, 8)] == [1, 1, 1]
    monkeypatch.setattr(store, "BLAS_SET_BY_USER", ("OMP_NUM_THREADS",))
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert [threads.threads_per_worker(j) for j in (1, 2)] == [3, 3]


def test_a_loaded_numpy_takes_the_new_count():
    """In a fresh process (numpy loaded with one thread, as store/__init__.py sets), the
    count is raised and lowered again in OpenBLAS itself."""
    script = (
        "import store, numpy, ctypes\n"
        "from store.ingest import threads\n"
        "path = next(l.split()[-1] for l in open('/proc/self/maps') if 'openblas' in l.lower())\n"
        "lib = ctypes.CDLL(path)\n"
        "get = next(getattr(lib, n) for n in ('scipy_openblas_get_num_threads64_', 'openblas_get_num_threads')"
        " if hasattr(lib, n))\n"
        "counts = [get()]\n"
        "threads.set_blas_threads(2); counts.append(get())\n"
        "threads.set_blas_threads(1); counts.append(get())\n"
        "print(counts)\n"
    )
    env = {"PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[1, 2, 1]"
