"""CPU of every process an ingest starts, counted even when they are not its children.

The ingest's workers are forked by multiprocessing's fork server (store/workers/pool.py),
which reaps them: their CPU reaches the server's RUSAGE_CHILDREN, and the server's
reaches whoever reaps the server. A benchmark that only waits for the `borderdocs`
process it started would miss all of it (the server ends just after that process and
is reaped by init). Made a child subreaper, the benchmark inherits such orphans and,
waiting for them, counts their CPU; an ingest run inside the benchmark's own process
keeps its server until the process ends, so that server is stopped and reaped first.
"""

from __future__ import annotations

import os

_PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Orphaned descendants become this process's children (Linux); False elsewhere."""
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1) == 0
    except Exception:  # noqa: BLE001 - not Linux: the CPU of orphans goes uncounted, as before
        return False


def reap_orphans() -> None:
    """Wait for every child left (a fork server ending after its ingest), so their CPU
    is in RUSAGE_CHILDREN. Call after the processes started have been waited for."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def children_cpu() -> float:
    """CPU seconds of every finished child process (and theirs, once waited for): what a
    benchmark reads before and after the processes it starts."""
    import resource

    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def stop_fork_server() -> None:
    """Stop this process's multiprocessing fork server, if one runs, and reap it (with
    its workers' CPU). multiprocessing stops it this way in its own tests (a private
    method); a later ingest starts a new one."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    stop = getattr(server, "_stop", None)
    if stop is not None:
        stop()
