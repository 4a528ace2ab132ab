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


def add_version_option(parser) -> None:
    """`--version` on an argparse parser, printing «PROG RELEASE» as argparse's own version
    action does, but looking the release up only when the option is given: the lookup
    (importlib.metadata, which imports email, zipfile, csv … and reads the installed
    distributions' metadata) ran in every launch of both programs while their parsers were
    built, 15-50 ms of CPU before the explorer's first paint (screen67)."""
    import argparse
    import sys

    class _Version(argparse.Action):
        def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
            super().__init__(option_strings, dest, nargs=0, default=default, help=help)

        def __call__(self, parser, namespace, values, option_string=None):
            sys.stdout.write(f"{parser.prog} {version()}\n")
            parser.exit()

    parser.add_argument("--version", action=_Version, help="show program's version number and exit")


def version() -> str:
    """The installed release («0.1.0»), for `--version` of both programs; a checkout run
    without `pip install` says so rather than fail (qa73: `--version` was an unknown option)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("borderdocs")
    except PackageNotFoundError:
        return "(not installed: run from a checkout)"
