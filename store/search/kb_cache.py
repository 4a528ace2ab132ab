"""The knowledge base's alias index, persisted between processes.

Indexing the knowledge base's ~2,500 names (folded, with their kind words in three
languages) took 0.1–0.2 s of every fresh `borderdocs search`, a quarter of its life.
The index depends only on the knowledge-base files and on the code that folds and
indexes names, so it is written once to a cache folder under a name made of their
hash (`fingerprint`) and mapped by later processes (the file format of
store.search.index_file). A changed file or module gives another name, so a stale
index is never read; a folder that cannot be written only costs the build.

The folder is $BORDERDOCS_CACHE_DIR, else $XDG_CACHE_HOME/borderdocs, else
~/.cache/borderdocs. BORDERDOCS_SEARCH_INDEX=memory (the bench's "rebuilt" side)
builds in every process, as before.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from store.search import index_file
from store.search.alias_index import AliasIndex
from store.user_cache import CACHE_ENV, cache_dir, keep_newest  # noqa: F401 (CACHE_ENV: named here for callers)

IN_MEMORY_ENV = "BORDERDOCS_SEARCH_INDEX"  # as store.search.index_cache: "memory" = no file
_PREFIX = "kb-index-"
KEEP = 4  # index files kept, the newest (2–3 MB each)

KbIndex = tuple[AliasIndex, list[str]]  # the index, and the text of each alias id


def fingerprint(inputs: list[bytes]) -> str:
    """A name for the index built from these inputs (files and module sources)."""
    digest = hashlib.sha256()
    for data in inputs:
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:32]


def cached(inputs: list[bytes], build: Callable[[], KbIndex], max_candidates: int) -> KbIndex:
    """The index of these inputs: read from the cache folder, or built and written there."""
    if os.environ.get(IN_MEMORY_ENV) == "memory":
        return build()
    path = cache_dir() / f"{_PREFIX}{fingerprint(inputs)}{index_file.SUFFIX}"
    found = load(path, max_candidates)
    if found is not None:
        return found
    index, texts = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        index_file.save(path, index.blob, {n: getattr(index, n) for n in index_file.ARRAYS}, {"texts": texts})
    except OSError:
        return index, texts  # a read-only home: this process keeps what it built
    prune(path)
    return index, texts


def prune(kept: Path) -> None:
    """Remove the indexes of earlier knowledge bases or code beside `kept`, all but the
    newest few (store.user_cache.keep_newest says why a few)."""
    keep_newest(kept, f"{_PREFIX}*{index_file.SUFFIX}", KEEP)


def load(path: Path, max_candidates: int) -> KbIndex | None:
    """The index mapped from `path`, or None when it is missing or unreadable."""
    loaded = index_file.load(path)
    if loaded is None:
        return None
    blob, arrays, covers = loaded
    texts = covers.get("texts") if isinstance(covers, dict) else None
    if not isinstance(texts, list) or len(texts) != len(arrays["alias_id"]):
        return None
    index = AliasIndex.from_arrays(blob, arrays, max_candidates=max_candidates)
    return index, texts
