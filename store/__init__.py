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
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")
