"""Worker processes that can end one runaway task without stopping the others.

multiprocessing.Pool cannot stop a task: a worker stuck on one document holds its
slot for ever, and terminate() ends every worker. Here each worker has its own
pipe and runs one task at a time, announcing each unit (document) as it starts,
so the parent knows what every worker is doing and since when. A worker over its
time budget is killed and replaced, and the rest of its task handed to the new one.
When no task is left to hand out and a worker has been on one unit for a while, the
rest of its task is cut off (it is told to stop after that unit) and given to an idle
worker: a slow document holds up nothing behind it, and the last tasks spread out.

A task is split into units by `split(task)` in the worker (reading a file happens
there), then `process(unit)` runs on each. The parent sees events, in the order
they happen (never in task order, so one slow task holds up nothing):

    ("item", task, item)            a unit's result
    ("timeout", task, label)        a unit (label) or, label None, the reading took too long
    ("crash", task, label, reason)  the worker died (out of memory, a signal)
    ("done", task)                  the task is finished
    ("tick", None)                  nothing happened for a while (at most a second)
    ("drained", None)               once: a worker went idle with no task left to give it
                                    (the caller's own work now has a core to itself)

Workers die with their parent: a thread in each polls the parent's pid (and on Linux
the kernel also sends SIGKILL, PR_SET_PDEATHSIG). They ignore terminal signals
(Ctrl+C, hangup, TERM sent to the process group): the parent decides, commits and
then stops them, and no worker ever prints a traceback.

Modules: pool.py (the parent's side), child.py (a worker's life), budget.py (the time
budget of the unit being processed, shared by both ways of running), inline.py (the
same events computed in this process).
"""

from store.workers.budget import STARTUP_SECONDS, resumed_after_failure, startup_cost
from store.workers.inline import run_inline
from store.workers.pool import STEAL_AFTER_SECONDS, WorkerPool

__all__ = [
    "STARTUP_SECONDS",
    "STEAL_AFTER_SECONDS",
    "WorkerPool",
    "resumed_after_failure",
    "run_inline",
    "startup_cost",
]
