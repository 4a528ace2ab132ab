"""How many BLAS threads the NER model's matrix products get in an ingest process.

Workers are the ingest's parallelism: one BLAS thread each by default, whatever the number
of workers. Giving a lone `--jobs 1` worker the spare core as a second thread (what a
user's plain natasha loop gets from numpy's defaults) was tried and measured on
2026-12-03 (bench/README.md): at every load seen, 2 to 23 on two cores, it cost 35-100 %
more CPU and 45-100 % more wall time, because OpenBLAS's second thread spins while the
rules run and waits for a core whenever another process has it. An idle machine might
gain up to the plain loop's edge (about 15 % of the NER's wall time); a user who wants
that sets OPENBLAS_NUM_THREADS (or OMP_NUM_THREADS, MKL_NUM_THREADS), which is kept.
store/__init__.py sets one thread as the default in every process before numpy loads.

numpy may already be loaded when an ingest starts (language identification loads it),
so its OpenBLAS is told at run time too, through its own entry point, found in the
process's memory map (Linux; elsewhere only the environment is set).
"""

from __future__ import annotations

import os

_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
# OpenBLAS's setter under the names its builds export (numpy's own wheel first).
_SETTERS = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")


def threads_per_worker(jobs: int) -> int:
    """BLAS threads for each of `jobs` workers: the user's setting, else one (see the
    module's docstring for why not the cores left to each worker)."""
    return user_blas_threads() or 1


def user_blas_threads() -> int | None:
    """The thread count the user asked for in the environment, if any (store/__init__.py
    records which variables were theirs before setting its default)."""
    import store

    for name in store.BLAS_SET_BY_USER:
        try:
            return max(1, int(os.environ[name]))
        except (KeyError, ValueError):
            continue
    return None


def set_blas_threads(count: int) -> None:
    """Give this process's BLAS `count` threads: in the environment (for a numpy not yet
    loaded) and in an OpenBLAS already loaded. Best effort: a library it cannot find or
    set keeps its own count."""
    for name in _VARIABLES:
        os.environ[name] = str(count)
    setter = _loaded_setter()
    if setter is not None:
        setter(count)


def _loaded_setter():
    """OpenBLAS's set_num_threads in a library this process has loaded, or None."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    except OSError:
        return None
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(lib, name, None)
            if setter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                return setter
    return None
