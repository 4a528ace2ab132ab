"""The knowledge base's derived tables kept in the user's cache folder between processes.

Every ingest process built the same tables from store/data before its first text: every
printed form of every row (6,016 at stop 35), the matcher's index of them, the bodies'
heads, the rows by identity key and by folded name, each form's script and role for the
writer. That was about 180 ms of CPU a process (60 of it the heads, 48 the writer's
spellings), about twice what it was at b2fb026 as the tables grew, and an ingest of the
163 texts of bench/ingest_ab.py pays it once: about 1 ms a text. Read back from one
pickle it costs about 20 ms. Two tables the extraction builds from the knowledge base are
kept the same way, keyed by store/extract's files too: the Latin place names
(store/extract/passes/kazakh_latin_places.py, ~40 ms) and the checkpoints' names by prefix
(store/extract/checkpoint_names.py, ~18 ms).

The tables depend only on the files they are built from and the code that builds them:
store/data, store/lang (kb.py and what it calls: identity keys, Kazakh and Russian
morphology, word lists), store/sanitize.py, and pymorphy2's dictionaries (inflected
forms). The file's name is a hash of the Python version, the pickle protocol and each of
those files' path, size, inode, modification and change times (a stat walk, as
store/db/rules_stamp.py keys its hash): an edit, a checkout or another install names
another file. Tables built while one of those files is under 3 s old are not kept (the
same "racy" case rules_stamp guards against). A new file removes all but the three newest
others (checkouts sharing the folder keep theirs); a file that cannot be read or holds something else is built again.
BORDERDOCS_KB_TABLES=off builds them in every process, as before (the tests compare both).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

from store.user_cache import cache_dir, keep_newest

SWITCH_ENV = "BORDERDOCS_KB_TABLES"  # "off": build the tables in every process
_PREFIX = "kb-tables-"
_FORMAT = b"borderdocs-kb-tables-1\n"
_SETTLE_NS = 3_000_000_000
_KEEP = 4  # files kept, the newest: checkouts that share the folder do not remove each other's at once
_ROOT = Path(__file__).resolve().parent.parent  # the `store` package
_SUFFIXES = (".py", ".csv", ".tsv", ".txt", ".json")


KB_INPUTS = ("lang", "data")
# A table of the extraction's own (built by store/extract code from the knowledge base)
EXTRACT_INPUTS = ("lang", "data", "extract")


def kept(build: Callable[[], dict], name: str = "kb", parts: tuple[str, ...] = KB_INPUTS) -> dict:
    """The tables `build` makes, read from the cache folder when a file for the same inputs
    is there, else built (and kept for the next process when the inputs are settled).
    `name` tells one kind of tables from another; `parts`: the folders of the `store`
    package whose files they are built from (besides sanitize.py and the dictionary)."""
    if os.environ.get(SWITCH_ENV) == "off":
        return build()
    files = _inputs(parts)
    path = cache_dir() / f"{_PREFIX}{name}-{_stat_key(files)}.pickle"
    tables = _read(path)
    if tables is None:
        tables = build()
        if _settled(files):
            _write(path, tables)
    return tables


def _inputs(parts: tuple[str, ...]) -> list[Path]:
    """The files the tables are built from, sorted: every source and data file of the
    `parts` (store/lang and store/data at least), store/sanitize.py, store/model.py and
    pymorphy2's dictionary files."""
    files = [_ROOT / "sanitize.py", _ROOT / "model.py"]
    for part in parts:
        for folder, subfolders, names in os.walk(_ROOT / part):
            subfolders[:] = [s for s in subfolders if s != "__pycache__"]
            files += [Path(folder, n) for n in names if n.endswith(_SUFFIXES)]
    files += _dictionary_files()
    return sorted(files)


def _dictionary_files() -> list[Path]:
    """pymorphy2's Russian dictionary (its files name its version and its data)."""
    from store.lang.lemmas import _dictionary_path

    where = _dictionary_path()
    if where is None or not os.path.isdir(where):
        return []
    return [Path(where, n) for n in os.listdir(where)]


def _stat_key(files: list[Path]) -> str:
    """A name for the inputs as they stand (and the Python that pickles the tables)."""
    digest = hashlib.sha256(f"{sys.version}\0{pickle.HIGHEST_PROTOCOL}\0{_ROOT}\0".encode())
    for path in files:
        st = path.stat()
        digest.update(f"{path}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\n".encode())
    return digest.hexdigest()[:32]


def _settled(files: list[Path]) -> bool:
    """Every input older than a few seconds (a file written in the clock tick its tables
    were built in could change again without changing its times)."""
    newest = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in files)
    return time.time_ns() - newest > _SETTLE_NS


def _read(path: Path) -> dict | None:
    """The kept tables, or None when there are none or the file is not what this module
    writes (the folder is the user's own, written only by these processes)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(_FORMAT):
        return None
    collecting = gc.isenabled()
    gc.disable()  # ~80,000 new objects, none of them garbage: the collector's passes tripled the load
    try:
        tables = pickle.loads(data[len(_FORMAT) :])
    except Exception:  # a damaged or truncated file: built again
        return None
    finally:
        if collecting:
            gc.enable()
    return tables if isinstance(tables, dict) else None


def _write(path: Path, tables: dict) -> None:
    """Write atomically (a reader sees a whole file or none) and remove older tables; a
    folder that cannot be written costs nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        part.write_bytes(_FORMAT + pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(part, path)
    except OSError:
        return
    keep_newest(path, f"{path.name.rsplit('-', 1)[0]}-*.pickle", _KEEP)
