"""Which alias index a process searches with: cached per store in memory, persisted
beside the store (store.search.index_file), brought up to date when aliases change.

A fresh process maps the persisted index instead of building it (~12 s at a million
aliases). Aliases added since it was written (ids above those it covers) are indexed
in memory as a small second layer searched alongside it (`LayeredIndex`), so an ingest
of a few articles costs the next search milliseconds, not a rebuild. The file is
rebuilt and rewritten when that layer outgrows DELTA_SHARE of it, when an entity it
knows was merged away (its aliases now point elsewhere), or when it is not this
store's. An alias whose origin was upgraded since keeps its old own-name flag (a
tie-break) until then.

The process keeps the indexes of the CACHE_SIZE stores searched last (hyg68): a library
caller going over many stores kept one per store it ever searched, and a persisted one
holds a memory map of its file and, through the map, a descriptor (30 stores searched in
turn: 30 of each). One dropped is not closed by force — another thread may be searching
with it — but nothing else refers to it (no cycle), so its arrays, map and descriptor go
as soon as the last caller lets it go, with no wait for the cycle collector.

A store that is not the user's own, or whose folder cannot be written, keeps its file in
the user's cache folder instead (store.search.index_file says where and why); it is read
only when its recorded identity (real path, device, inode) is the store's, then checked
like the one beside. `BUILDS` counts the indexes built in this process (tests tell a
mapped file from a rebuild by it).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from store.db import search_reads as reads
from store.search import index_file
from store.search.alias_index import COUNTS_REFRESH_S, AliasIndex, Hit, Types, valid_keys

DELTA_SHARE = 0.10  # a second layer above this share of the file's aliases: rebuild the file
DELTA_MIN = 20_000  # ... or above this many aliases, whichever is more
IN_MEMORY_ENV = "BORDERDOCS_SEARCH_INDEX"  # "memory": build in each process, no file (the bench's baseline)
PROBES = 5  # aliases whose (entity, key) must still be as the file says

# The TUI and a `search` process use one store; a library caller a few in turn. An index
# is about 60 bytes an alias in memory (a built one) or mapped (a persisted one).
CACHE_SIZE = 4
_CACHE: OrderedDict[str, AliasIndex] = OrderedDict()  # least recently used first
_LOCK = threading.Lock()
BUILDS = 0  # indexes built (not mapped from a file) by load_or_build in this process


def clear() -> None:
    """Drop every cached index (each closes once no caller holds it)."""
    with _LOCK:
        _CACHE.clear()


def for_store(store) -> AliasIndex:
    """The index of this store, reused while nobody writes it; after a write, reused
    if aliases did not change (article counts refreshed at most every COUNTS_REFRESH_S),
    else brought up to date."""
    conn = store.conn
    cheap = reads.change_marks(conn)
    path = str(store.path)
    with _LOCK:
        index = _CACHE.get(path)
        if index is not None:
            _CACHE.move_to_end(path)  # the most recently used
        if index is not None and index.cheap_signature == cheap:
            return index
        signature = reads.alias_signature(conn)
        if index is None or index.signature != signature:
            index = load_or_build(store, signature)
        elif time.monotonic() - index.counts_at > COUNTS_REFRESH_S:
            index.load_entities(conn)  # only article counts (tie-breaks) changed
        index.cheap_signature = cheap
        _CACHE[path] = index
        _CACHE.move_to_end(path)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)  # the least recently used store's index
        return index


def load_or_build(store, signature: tuple | None = None) -> AliasIndex:
    """The persisted index with the aliases added since as a second layer, or (no
    usable file, or too much changed) a new index, written beside the store (or, when
    that is not ours to write, in the user's cache folder)."""
    conn = store.conn
    signature = signature or reads.alias_signature(conn)
    global BUILDS
    if os.environ.get(IN_MEMORY_ENV) == "memory":
        BUILDS += 1
        return AliasIndex.build(store)
    beside = index_file.path_for(store.path)
    identity = index_file.store_identity(store.path)
    writes_beside = not store.readonly and index_file.beside_writable(store.path)
    cached = None if writes_beside or identity is None else index_file.cached_path_for(identity)
    for file in (beside, cached):
        if file is None:
            continue
        loaded = index_file.load(file)
        if loaded is None or not _still_valid(conn, loaded[2]):
            continue
        blob, arrays, covers = loaded
        if file == cached and not _same_store(conn, covers, identity):
            continue
        behind = (signature[0] or 0) - covers["aliases_max"]
        if behind <= max(DELTA_MIN, DELTA_SHARE * len(arrays["alias_id"])):
            if file == cached:
                index_file.mark_used(file)
            return _layered(conn, blob, arrays, covers, signature)
    index = AliasIndex.build(store)
    BUILDS += 1
    target = beside if writes_beside else cached
    if target is not None:
        covers = _covers(conn, index)
        covers |= {"store": identity, "aliases_upto": reads.aliases_up_to(conn, covers["aliases_max"])}
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            index_file.save(target, index.blob, _arrays(index), covers)
        except OSError:
            return index  # neither folder can be written: this process keeps its index in memory
        if target == cached:
            index_file.prune_cached(target)
    return index


@dataclass
class LayeredIndex(AliasIndex):
    """The persisted index (memory-mapped) plus the aliases added since (`delta`, in
    memory). Both layers share the entity arrays; a query asks both and keeps each
    entity's better hit, ranked as one index would rank them."""

    delta: AliasIndex | None = None

    @property
    def n_aliases(self) -> int:
        return len(self.alias_id) + (self.delta.n_aliases if self.delta else 0)

    def nbytes(self) -> int:
        return super().nbytes() + (self.delta.nbytes() if self.delta else 0)

    def max_entity_id(self) -> int:
        return max(super().max_entity_id(), self.delta.max_entity_id() if self.delta else 0)

    def load_entities(self, conn, after_id: int = 0) -> None:
        super().load_entities(conn, after_id)
        if self.delta is not None:
            self.delta.ent_type, self.delta.ent_count = self.ent_type, self.ent_count

    def ranked_match(self, query: str, type_: Types, limit: int, exhaustive: bool = False) -> list[Hit]:
        hits = super().ranked_match(query, type_, limit, exhaustive)
        if self.delta is None:
            return hits
        return self._combine(hits, self.delta.ranked_match(query, type_, limit, exhaustive), limit)

    def best_score_of(self, query: str, types: tuple[str, ...], limit: int, searched: str | None = None) -> float:
        best = super().best_score_of(query, types, limit, searched)
        if self.delta is None:
            return best
        return max(best, self.delta.best_score_of(query, types, limit, searched))

    def may_reach(self, query: str, types: tuple[str, ...], least: float) -> bool:
        return super().may_reach(query, types, least) or (
            self.delta is not None and self.delta.may_reach(query, types, least)
        )

    def ranked_prefix_match(self, prefix: str, type_: str | None, limit: int) -> list[Hit]:
        hits = super().ranked_prefix_match(prefix, type_, limit)
        if self.delta is None:
            return hits
        return self._combine(hits, self.delta.ranked_prefix_match(prefix, type_, limit), limit)

    def _combine(self, first: list[Hit], second: list[Hit], limit: int) -> list[Hit]:
        """Each entity's better hit of the two layers, in AliasIndex's order: score,
        own name first, most articles, lowest id."""
        best: dict[int, Hit] = {}
        for hit in (*first, *second):
            old = best.get(hit[0])
            if old is None or (hit[2], hit[3]) > (old[2], old[3]):
                best[hit[0]] = hit
        counts = self.ent_count

        def order(h: Hit) -> tuple:
            return (-h[2], -h[3], -int(counts[h[0]]) if h[0] < len(counts) else 0, h[0])

        return sorted(best.values(), key=order)[:limit]


def _layered(conn, blob: bytes, arrays: dict[str, np.ndarray], covers: dict, signature: tuple) -> AliasIndex:
    """The mapped arrays as an index, the aliases above what they cover as its delta,
    and the entities added since appended to the entity arrays."""
    index = LayeredIndex.from_arrays(blob, arrays)
    rows = list(reads.alias_rows(conn, after_id=covers["aliases_max"]))
    if rows:
        index.delta = AliasIndex.from_rows(rows, lambda keys: valid_keys(conn, keys))
    index.load_entities(conn, after_id=covers["entities_max"])
    index.signature = signature
    return index


def _arrays(index: AliasIndex) -> dict[str, np.ndarray]:
    return {name: getattr(index, name) for name in index_file.ARRAYS}


def _covers(conn, index: AliasIndex) -> dict:
    """What the file holds: aliases up to an id, entities up to an id (and how many),
    and a few (alias id, entity id, key) probes that tell this store from another."""
    ids = index.alias_id
    known = np.flatnonzero(index.ent_type >= 0)
    picks = sorted({int(ids[i]) for i in np.linspace(0, len(ids) - 1, PROBES).astype(int)}) if len(ids) else []
    probes = [[aid, *probe] for aid in picks if (probe := reads.alias_at(conn, aid)) is not None]
    entities_max = int(known[-1]) if len(known) else 0
    return {
        "aliases_max": int(ids.max()) if len(ids) else 0,
        "entities_max": entities_max,
        "entities": int(len(known)),
        "top_entity": reads.entity_key(conn, entities_max),
        "probes": probes,
    }


def _same_store(conn, covers: dict, identity: list | None) -> bool:
    """A file of the user's cache folder is this store's (not another's under a hash
    collision, or copied in) and none of the aliases it holds was deleted since: a
    reextract deletes and re-adds the aliases of entities it keeps, and drops the file
    beside the store, but cannot reach another user's cache folder."""
    if covers.get("store") != identity:
        return False
    upto = covers.get("aliases_upto")
    return isinstance(upto, int) and reads.aliases_up_to(conn, covers["aliases_max"]) == upto


def _still_valid(conn, covers: dict) -> bool:
    """The file is this store's and none of its entities was merged away or replaced:
    its probes read the same, as many entities up to its highest id as it knew, and
    that highest one (whose id SQLite would hand out again) is the same entity."""
    try:
        if any(reads.alias_at(conn, aid) != (eid, key) for aid, eid, key in covers["probes"]):
            return False
        if reads.entities_up_to(conn, covers["entities_max"]) != covers["entities"]:
            return False
        return reads.entity_key(conn, covers["entities_max"]) == covers["top_entity"]
    except (KeyError, TypeError, ValueError):
        return False
