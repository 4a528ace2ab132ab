"""The user's cache folder for borderdocs: what a process builds once and any later
process on the machine may reuse (the knowledge base's search index, py3langid's
decompressed model, compiled regular expressions: store/regex_cache.py, the knowledge
base's derived tables: store/lang/kb_tables.py).
$BORDERDOCS_CACHE_DIR, else $XDG_CACHE_HOME/borderdocs, else ~/.cache/borderdocs. One
place, so the stages that keep files there agree on it."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "BORDERDOCS_CACHE_DIR"


def cache_dir() -> Path:
    """The folder (not created here: each writer makes it when it first writes)."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "borderdocs"


def keep_newest(kept: Path, pattern: str, keep: int) -> None:
    """Remove the files matching `pattern` beside `kept`, all but the `keep` newest
    (`kept` one of them): each upgrade writes its cache file under a new name and nothing
    reads the old ones again, while two checkouts or installs sharing the folder (a
    benchmark alternating two versions) must not remove each other's on every run."""
    older = sorted((p for p in kept.parent.glob(pattern) if p != kept), key=_modified, reverse=True)
    for old in older[keep - 1 :]:
        try:
            old.unlink()
        except OSError:
            pass  # another process may have removed it first


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
