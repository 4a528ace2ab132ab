"""The alias index persisted beside its store (or in the user's cache folder), memory-mapped
by the next process.

Building the index reads every alias (~12 s and a burst of memory at a million), so a
fresh `borderdocs search` or TUI would spend most of its life on it. The arrays are
written once to `<store>.search-index` and later processes map them read-only: the
operating system pages in only what queries touch, and every process on the machine
shares those pages.

Layout: a magic line, the header's length (8 bytes, little-endian), the header (JSON:
what the file covers, and each array's dtype, length and offset), then the arrays,
each 64-byte aligned. Written to a temporary file and renamed over the old one, so a
reader never sees half a file (one that has the old file mapped keeps it).

Where (idx71): beside the store when the store is the user's own and its folder can be
written; otherwise in the user's cache folder (store.user_cache), named by a hash of the
store's real path, device and inode (`cached_path_for`). An analyst reading a colleague's
store over SSH, or a store on a read-only mount, had its index rebuilt by every process;
and a read command writing a file beside a store someone else owns is a surprise. The
name only finds the file: what it covers (store.search.index_cache) still decides whether
it is this store's and up to date, so a replaced or changed store is never answered from it.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
from pathlib import Path

import numpy as np

from store.reading.file_kinds import ALIAS_INDEX_MAGIC as MAGIC  # one definition: ingest tells the file by it
from store.user_cache import cache_dir, keep_newest

VERSION = 2  # 2: the commonest trigrams as a bit mask per key
SUFFIX = ".search-index"
ARRAYS = (
    "key_off",
    "post_start",
    "post_kid",
    "key_ntri",
    "key_ntok",
    "alias_start",
    "alias_id",
    "alias_eid",
    "alias_primary",
    "ent_type",
    "ent_count",
    "common_tri",
    "key_common",
)
_ALIGN = 64
CACHED_PREFIX = "store-index-"  # a store's index kept in the user's cache folder
CACHED_KEEP = 4  # such files kept, the most recently used (up to ~60 MB each at a million aliases)


def path_for(store_path: str | os.PathLike) -> Path:
    """Where a store's index lives: beside it, named after it."""
    return Path(f"{store_path}{SUFFIX}")


def beside_writable(store_path: str | os.PathLike) -> bool:
    """Whether the index may be written beside the store: the store file is the user's
    own and its folder can be written (a read command writes nothing beside another
    user's store, nor tries a read-only mount)."""
    path = Path(store_path)
    try:
        owner = path.stat().st_uid
    except OSError:
        return False
    geteuid = getattr(os, "geteuid", None)  # absent on Windows: there the folder's permission decides
    if geteuid is not None and owner != geteuid():
        return False
    return os.access(path.resolve().parent, os.W_OK)


def store_identity(store_path: str | os.PathLike) -> list | None:
    """[real path, device, inode] of the store file, or None when it cannot be read."""
    try:
        real = os.path.realpath(store_path)
        st = os.stat(real)
    except OSError:
        return None
    return [real, st.st_dev, st.st_ino]


def cached_path_for(identity: list) -> Path:
    """Where a store's index lives in the user's cache folder: named by a hash of its
    identity, so two stores (two paths, or one path replaced by another file) never share."""
    digest = hashlib.sha256(json.dumps(identity).encode("utf-8")).hexdigest()[:32]
    return cache_dir() / f"{CACHED_PREFIX}{digest}{SUFFIX}"


def mark_used(path: Path) -> None:
    """A cached index just read counts as new for `prune_cached` (least recently used goes first)."""
    try:
        os.utime(path)
    except OSError:
        pass  # a cache folder we cannot write: it is only read


def prune_cached(kept: Path) -> None:
    """Keep the CACHED_KEEP most recently used store indexes of the cache folder."""
    keep_newest(kept, f"{CACHED_PREFIX}*{SUFFIX}", CACHED_KEEP)


def save(path: Path, blob: bytes, arrays: dict[str, np.ndarray], covers: dict) -> None:
    """Write the arrays and what they cover (a JSON-able dict) to `path`, atomically.
    Raises OSError when the folder cannot be written (the caller goes on without)."""
    layout: dict[str, list] = {"blob": ["bytes", len(blob), 0]}
    parts: list[tuple[int, bytes]] = [(0, blob)]
    offset = _aligned(len(blob))
    for name in ARRAYS:
        data = np.ascontiguousarray(arrays[name])
        layout[name] = [data.dtype.str, len(data), offset]
        parts.append((offset, data.tobytes()))
        offset += _aligned(data.nbytes)
    header = json.dumps({"version": VERSION, "covers": covers, "layout": layout}).encode("utf-8")
    start = _data_start(len(header))
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(MAGIC + len(header).to_bytes(8, "little") + header)
            for off, chunk in parts:
                f.seek(start + off)
                f.write(chunk)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def load(path: Path) -> tuple[bytes, dict[str, np.ndarray], dict] | None:
    """(blob, read-only arrays mapped from the file, what it covers), or None when
    there is no file, or it is of another version or damaged (it is then rebuilt)."""
    try:
        with open(path, "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    try:
        return _read(mm)
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _read(mm: mmap.mmap) -> tuple[bytes, dict[str, np.ndarray], dict] | None:
    if mm[: len(MAGIC)] != MAGIC:
        return None
    at = len(MAGIC)
    size = int.from_bytes(mm[at : at + 8], "little")
    header = json.loads(mm[at + 8 : at + 8 + size].decode("utf-8"))
    if header.get("version") != VERSION:
        return None
    start = _data_start(size)
    layout = header["layout"]
    _, blob_len, blob_off = layout["blob"]
    if start + blob_off + blob_len > len(mm):
        return None
    blob = mm[start + blob_off : start + blob_off + blob_len]
    arrays = {}
    for name in ARRAYS:
        dtype, count, off = layout[name]
        dt = np.dtype(dtype)
        if start + off + count * dt.itemsize > len(mm):
            return None
        arrays[name] = np.frombuffer(mm, dtype=dt, count=count, offset=start + off)
    return blob, arrays, header["covers"]


def _data_start(header_len: int) -> int:
    return _aligned(len(MAGIC) + 8 + header_len)


def _aligned(size: int) -> int:
    return -(-size // _ALIGN) * _ALIGN
