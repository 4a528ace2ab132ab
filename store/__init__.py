"""The store: files in, an SQLite database of articles, entities, facts and directives out, searchable.

Stages, each a subpackage, lower ones never importing higher ones (pyproject.toml's import-linter
contracts check it): `lang` (language knowledge) under `reading`, `extract`, `db` and `search`, under
`ingest` and `cli`. `model` (the records) and `sanitize` (untrusted text made safe) serve all of them.
"""

import os as _os

# One BLAS/OpenMP thread in every process that imports the store (the CLI, the TUI, each
# ingest worker: spawned workers import this module first too), set before numpy loads:
# ingest's parallelism is its worker processes, and the model's matrix products are
# small, so extra BLAS threads only spin against the workers for the same cores. A value
# the user set is kept.
# The ingest gives a worker more when cores are left over (store/ingest/threads.py).
_BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
BLAS_SET_BY_USER = tuple(v for v in _BLAS_VARIABLES if v in _os.environ)
for _var in _BLAS_VARIABLES:
    _os.environ.setdefault(_var, "1")

# Regular expressions compiled once per machine, not once per process (store/regex_cache.py):
# installed before any stage's module compiles its patterns on import.
from store import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install()


def version() -> str:
    """The installed release («0.1.0»), for `--version` of both programs; a checkout run
    without `pip install` says so rather than fail (qa73: `--version` was an unknown option)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("borderdocs")
    except PackageNotFoundError:
        return "(not installed: run from a checkout)"
