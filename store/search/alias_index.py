"""The aliases of a store in memory, searchable in any script (`AliasIndex`).

Every alias is stored with its folded Latin key (names.fold), so a query in any script
is folded the same way and compared key to key. Scoring every alias with rapidfuzz
costs ~1 s at a million aliases, so the index keeps a trigram inverted index over the
unique keys (numpy arrays, ~40 MB at 1M aliases: store.search.trigrams) and scores only
the few hundred keys that share most trigrams with the query (store.search.scoring).
"""

from __future__ import annotations

import re
import threading
import time
from array import array
from dataclasses import dataclass, field
from typing import Any, Self

import numpy as np

from store.db import search_reads as reads
from store.lang import names
from store.search import prefix_rank
from store.search.index_file import ARRAYS
from store.search.scoring import PREFIX_FLOOR, score_variants
from store.search.surname_forms import other_form_variants
from store.search.trigrams import (
    ALPHABET,
    SPACE,
    A,
    build_postings,
    common_masks,
    fewest_first,
    kept_threshold,
    query_mask,
    trigrams,
    unique_ints,
)
from store.search.variants import VARIANT_PENALTY, query_variants, transposed_variants

ENTITY_TYPES = ("person", "organization", "location", "checkpoint")
_PERSON = ENTITY_TYPES.index("person")
PRIMARY_ORIGINS = ("canonical", "text", "latin")  # alias origins that are the entity's own name
MIN_ENTITY_SCORE = 65.0  # below this a fuzzy match is noise
CANDIDATES = 400  # keys scored per query, from each of two orderings (so up to 800)
COUNTS_REFRESH_S = 2.0  # during an ingest, article counts are reloaded at most this often
POSTINGS_BUDGET = 600_000  # above this many postings per query, the commonest trigrams are skipped:
COMMON_SHARE = 0.05  # those in more than this share of keys, when 3 others remain
OTHER_FORM_BELOW = 90.0  # a query matching no person this well is also looked up with its surname's other form
TRANSPOSE_BELOW = 80.0  # a query matching nothing this well is also looked up with two letters swapped
TRANSPOSED_MIN = 85.0  # a swap's hit is kept only this close to the swapped key (89 when equal): else it is noise
ROUNDING = 0.05  # a hit's score is kept to 0.1: a raw score this far under a bar rounds up to it
# warm_whole_words' keys at most (4,714 keys: 5,070 words, 0.58 MB, 3-6 ms; a million keys would hold ~100 MB)
WHOLE_WORDS_KEYS_MAX = 100_000
MIN_SHARED = 0.25  # a candidate shares at least this fraction of the query's trigrams
_KEY_OK = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")

Hit = tuple[int, int, float, int]  # entity id, alias id, score, 1 if the alias is the entity's own name
Types = str | tuple[str, ...] | None  # the entity types asked for: one, several, or any (None)


@dataclass
class AliasIndex:
    """The aliases of a store in memory, with a trigram index over their unique keys.

    Build once per store (`for_store` caches it per path and rebuilds when aliases
    change); reuse across queries. Keys are kept as one ASCII blob plus offsets, and
    postings as one int32 array, so a million aliases cost ~40 MB of arrays (~70 MB
    of RSS), not ~1 GB of Python objects.
    """

    blob: bytes  # unique keys, concatenated
    key_off: np.ndarray  # int64[n_keys + 1]
    post_start: np.ndarray  # int64[A^3 + 1]: postings of trigram t are post_kid[post_start[t]:post_start[t+1]]
    post_kid: np.ndarray  # int32: key ids, ascending within a trigram
    key_ntri: np.ndarray  # int32[n_keys]: distinct trigrams per key
    key_ntok: np.ndarray  # int8[n_keys]: words per key
    alias_start: np.ndarray  # int64[n_keys + 1]: aliases of key k are alias_*[alias_start[k]:alias_start[k+1]]
    alias_id: np.ndarray  # int64
    alias_eid: np.ndarray  # int64
    alias_primary: np.ndarray  # int8: 1 for the entity's own name (canonical, seen in text, its Latin form)
    ent_type: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int8))  # by entity id
    ent_count: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))  # article_count by entity id
    common_tri: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # the commonest trigrams
    key_common: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64))  # per key: which of them it has
    max_candidates: int = CANDIDATES  # keys scored per ordering (a small index needs fewer)
    signature: tuple = ()
    cheap_signature: tuple = ()
    counts_at: float = 0.0

    # ---- building

    @classmethod
    def build(cls, store) -> AliasIndex:
        """Load (alias id, entity id, key) from the store and index the unique keys."""
        conn = store.conn
        signature = reads.alias_signature(conn)  # before reading: a write during the build shows as a change next time
        rows = reads.alias_rows(conn)
        index = cls.from_rows(rows, lambda keys: valid_keys(conn, keys))
        index.load_entities(conn)
        index.signature = signature
        _release_freed_memory()
        return index

    @classmethod
    def from_arrays(cls, blob: bytes, arrays: dict[str, Any], **settings: Any) -> Self:
        """An index over the arrays an index file maps (store.search.index_file.ARRAYS,
        named as the fields), with `settings` for the other fields."""
        return cls(blob, **{name: arrays[name] for name in ARRAYS}, **settings)

    @classmethod
    def from_rows(cls, rows, fix_keys=None) -> AliasIndex:
        """An index over (alias id, entity id, folded key, origin) rows: the store's
        aliases, or the knowledge base's names (store.search.search_kb). Entity types and
        counts are left empty for the caller to fill."""
        key_id: dict[str, int] = {}
        intern = key_id.setdefault
        aids, eids, kidx = array("q"), array("q"), array("q")  # C integers: no million int objects
        primary = array("b")
        for aid, eid, key, origin in rows:
            aids.append(aid)
            eids.append(eid)
            kidx.append(intern(key, len(key_id)))
            primary.append(origin in PRIMARY_ORIGINS)
        keys = fix_keys(list(key_id)) if fix_keys else list(key_id)
        del key_id
        kidx_a = np.frombuffer(kidx, dtype=np.int64)
        order = np.argsort(kidx_a, kind="stable")
        alias_start = np.concatenate([[0], np.cumsum(np.bincount(kidx_a, minlength=len(keys)))]).astype(np.int64)
        postings = build_postings(keys)
        common_tri, key_common = common_masks(postings[2], postings[3], len(keys))
        index = cls(
            *postings,
            common_tri=common_tri,
            key_common=key_common,
            alias_start=alias_start,
            alias_id=np.frombuffer(aids, dtype=np.int64)[order],
            alias_eid=np.frombuffer(eids, dtype=np.int64)[order],
            alias_primary=np.frombuffer(primary, dtype=np.int8)[order],
        )
        return index

    def load_entities(self, conn, after_id: int = 0) -> None:
        """Entity types and article counts (for the type filter and tie-breaks): all of
        them, or those with an id above `after_id` added to the ones already here."""
        codes = {t: i for i, t in enumerate(ENTITY_TYPES)}
        rows = reads.entity_rows(conn, after_id)
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        types = np.fromiter((codes.get(r[1], len(ENTITY_TYPES)) for r in rows), dtype=np.int8, count=len(rows))
        counts = np.fromiter((r[2] or 0 for r in rows), dtype=np.int32, count=len(rows))
        kept = len(self.ent_type) if after_id else 0
        size = max(int(ids.max()) + 1 if len(ids) else 1, self.max_entity_id() + 1, kept)
        ent_type, ent_count = np.full(size, -1, dtype=np.int8), np.zeros(size, dtype=np.int32)
        ent_type[:kept], ent_count[:kept] = self.ent_type[:kept], self.ent_count[:kept]
        ent_type[ids], ent_count[ids] = types, counts
        self.counts_at = time.monotonic()
        self.ent_type, self.ent_count = ent_type, ent_count

    def max_entity_id(self) -> int:
        """The highest entity id an alias of this index points to (0 when empty)."""
        return int(self.alias_eid.max()) if len(self.alias_eid) else 0

    @property
    def n_keys(self) -> int:
        return len(self.key_off) - 1

    @property
    def n_aliases(self) -> int:
        return len(self.alias_id)

    def nbytes(self) -> int:
        arrays = (
            self.key_off,
            self.post_start,
            self.post_kid,
            self.key_ntri,
            self.key_ntok,
            self.alias_start,
            self.alias_id,
            self.alias_eid,
            self.alias_primary,
            self.ent_type,
            self.ent_count,
            self.common_tri,
            self.key_common,
        )
        return len(self.blob) + sum(a.nbytes for a in arrays)

    def key(self, k: int) -> str:
        return self.blob[self.key_off[k] : self.key_off[k + 1]].decode("ascii")

    def keys_of(self, kids: np.ndarray) -> list[str]:
        """The keys of these key ids: offsets read in two vector operations, not two
        numpy scalar lookups per key (a third of `match` on 800 candidates). A small index
        reads them off its keys decoded once (_key_texts)."""
        texts = self._key_texts()
        if texts is not None:
            return [texts[k] for k in kids.tolist()]
        blob = self.blob
        starts, ends = self.key_off[kids].tolist(), self.key_off[kids + 1].tolist()
        return [blob[a:b].decode("ascii") for a, b in zip(starts, ends, strict=True)]

    def _key_texts(self) -> list[str] | None:
        """Every key as a str, for an index of KEY_TEXTS_MAX keys or fewer (the knowledge
        base's ~6,000: its keys are read two to six times a keystroke, ~70 at a time, and
        decoding them was a tenth of its lookups; stop 43, tui77), made once per blob
        (~1 ms); None for a larger index (a million aliases' keys would hold ~30 MB)."""
        if self.n_keys > KEY_TEXTS_MAX:
            return None
        kept = self.__dict__.get("_texts")
        if kept is None or kept[0] is not self.blob or kept[1] is not self.key_off:
            blob, offs = self.blob, self.key_off.tolist()
            texts = [blob[a:b].decode("ascii") for a, b in zip(offs[:-1], offs[1:], strict=True)]
            kept = (self.blob, self.key_off, texts)
            self.__dict__["_texts"] = kept
        return kept[2]

    # ---- caching per store

    @classmethod
    def for_store(cls, store) -> AliasIndex:
        """The index of this store: cached per process, persisted beside the store and
        brought up to date when its aliases change (store.search.index_cache)."""
        from store.search import index_cache

        return index_cache.for_store(store)

    # ---- querying

    def candidates(self, qkeys: list[str]) -> np.ndarray:
        """Key ids sharing most trigrams with the query keys (one posting pass for all
        variants of a query): the top max_candidates by Dice overlap, plus the top by
        shared count (short queries inside long keys: a surname in full names)."""
        per_variant = [t for t in (trigrams(k) for k in qkeys) if len(t)]
        if not per_variant:
            return np.zeros(0, dtype=np.int64)
        tris = unique_ints(np.concatenate(per_variant))
        lens = self.post_start[tris + 1] - self.post_start[tris]
        common = lens > max(COMMON_SHARE * self.n_keys, 2 * self.max_candidates)
        if lens.sum() > POSTINGS_BUDGET and (~common).sum() >= 3:
            # enough telling trigrams: «ov$» in half the keys tells nothing, and costs most
            tris, per_variant = tris[~common], [t[~np.isin(t, tris[common])] for t in per_variant]
            per_variant = [t for t in per_variant if len(t)] or [tris]
        g = min(len(t) for t in per_variant)
        # sharing `need` trigrams with one variant implies sharing them with the union
        need = max(1, min(int(np.ceil(len(t) * MIN_SHARED)) for t in per_variant))
        counts = self.shared_counts(tris)
        # `need` raised until at most 16 x max_candidates keys reach it, counted in place
        cand = np.flatnonzero(counts >= kept_threshold(counts, need, 16 * self.max_candidates))
        counts = counts[cand].astype(np.int64)
        if len(cand) <= 2 * self.max_candidates:
            return cand
        dice = 2.0 * np.minimum(counts, g) / (g + self.key_ntri[cand])
        by_dice = cand[np.argpartition(-dice, self.max_candidates)[: self.max_candidates]]
        # full containment first, then keys of fewest words and trigrams (token coverage ranks them so)
        by_count = cand[fewest_first(counts, self.key_ntok[cand], self.key_ntri[cand], cand, self.max_candidates)]
        return unique_ints(np.concatenate([by_dice, by_count]))

    def shared_counts(self, tris: np.ndarray) -> np.ndarray:
        """How many of these trigrams each key has (uint8, or uint16 for 255 trigrams or
        more: a buffer of this thread that the next call overwrites): the commonest
        trigrams read off the keys' bit masks (an AND and popcount pass, a cache-sized
        block at a time), the others added over their postings.

        No array of the index's size is allocated per query: a fresh 3 MB array costs
        its page faults every time (glibc maps and unmaps large blocks), which took
        more than counting itself on a loaded machine. The counts are one byte a key
        (a query has far fewer than 255 trigrams) so the passes over them that follow
        (the threshold, the keys reaching it) read a quarter of a megabyte less."""
        mask, rare = query_mask(self.common_tri, tris) if len(self.key_common) else (0, tris)
        block, counts = _scratch(self.n_keys, np.uint8 if len(tris) < 255 else np.uint16)
        if mask:
            bits = np.uint64(mask)
            for lo in range(0, self.n_keys, len(block)):
                hi = min(lo + len(block), self.n_keys)
                part = block[: hi - lo]
                np.bitwise_and(self.key_common[lo:hi], bits, out=part)
                np.bitwise_count(part, out=counts[lo:hi])
        else:
            counts.fill(0)
        if self.n_keys <= FEW_KEYS and len(rare) > 1:
            counts += self._rare_counts(rare).astype(counts.dtype)
            return counts
        for t in rare.tolist():
            counts[self.post_kid[self.post_start[t] : self.post_start[t + 1]]] += 1  # a key once per trigram
        return counts

    def _rare_counts(self, rare: np.ndarray) -> np.ndarray:
        """How many of these trigrams each key has, counted over their postings in one
        bincount: on a small index (the knowledge base's, ~6,000 keys, asked twice or more
        a keystroke) the array of its size costs less than a fancy-indexed add per trigram
        (8 against 45 µs for «khorgos очер»'s 11; stop 43, tui77). A key is in a trigram's
        postings once, so the counts are those the loop gives."""
        starts, ends = self.post_start[rare].tolist(), self.post_start[rare + 1].tolist()
        kids = np.concatenate([self.post_kid[a:b] for a, b in zip(starts, ends, strict=True)])
        return np.bincount(kids, minlength=self.n_keys)

    def match(
        self, query: str, type_: str | None = None, limit: int = 20, exhaustive: bool = False
    ) -> list[tuple[int, int, float]]:
        """(entity id, alias id, score) of the best-matching entities, best first.
        exhaustive=True scores every key (the brute-force reference for tests and the bench)."""
        return [h[:3] for h in self.ranked_match(query, type_, limit, exhaustive)]

    def ranked_match(self, query: str, type_: Types, limit: int, exhaustive: bool = False) -> list[Hit]:
        """`match`, each hit with whether its alias is the entity's own name (to merge layers by).
        `type_` may name several types (a tuple): each entity of any of them is ranked as a
        search asking for its type alone ranks it."""
        variants = query_variants(query)
        if not variants:
            return []
        hits = self._scored(variants, type_, limit, exhaustive)
        if self._other_form_wanted(hits):  # «Карибаев» met Каримбаев (88), not Кәрібайұлы
            others = other_form_variants(variants, VARIANT_PENALTY)
            if others:
                hits = _best_per_entity(hits + self._scored(others, type_, limit, exhaustive), limit)
        if hits and hits[0][2] >= TRANSPOSE_BELOW:
            return hits
        swapped = transposed_variants(query)
        if not swapped:
            return hits
        # only a swap's hit of TRANSPOSED_MIN is kept, so none under it is scored exactly (a
        # key's length rules most out unscored): the entities at or above it, and their
        # order, are those a scoring down to MIN_ENTITY_SCORE ranks first (scores rank
        # before every tie-break). Less 0.05 (ROUNDING): a score is kept rounded to 0.1.
        least = TRANSPOSED_MIN - ROUNDING
        more = [h for h in self._scored(swapped, type_, limit, exhaustive, least) if h[2] >= TRANSPOSED_MIN]
        return _best_per_entity(hits + more, limit) if more else hits

    def _other_form_wanted(self, hits: list[Hit]) -> bool:
        """Is a query's surname worth looking up in its other form (surname_forms)? When
        it matched no person as a surname alone does (90–94: «bektenov» for «Олжас
        Бектенов») or better: a query that did names someone so spelt, and the second
        pass costs a scoring of its candidates (~10 % of search() at a million aliases)."""
        if not hits or hits[0][2] < OTHER_FORM_BELOW:
            return True
        return int(self.ent_type[hits[0][0]]) != _PERSON

    def _scored(
        self,
        variants: list[tuple[str, float]],
        type_: Types,
        limit: int,
        exhaustive: bool,
        least: float = MIN_ENTITY_SCORE,
    ) -> list[Hit]:
        """The entities of the keys that best match these (key, penalty) variants at
        `least` or better (a caller that keeps only hits above MIN_ENTITY_SCORE asks for
        its own bar: scoring skips what cannot reach it)."""
        kids, scores = self._scored_keys(variants, exhaustive, least)
        return self._entities(kids, scores, type_, limit) if len(kids) else []

    def _scored_keys(
        self, variants: list[tuple[str, float]], exhaustive: bool, least: float
    ) -> tuple[np.ndarray, np.ndarray]:
        """The keys matching these variants at `least` or better, and their scores."""
        kids = np.arange(self.n_keys) if exhaustive else self.candidates([v for v, _ in variants])
        if not len(kids):
            return kids, np.zeros(0, dtype=np.float32)
        scores = score_variants(variants, self.keys_of(kids), floor=least)
        good = scores >= least
        return kids[good], scores[good]

    def best_score_of(self, query: str, types: tuple[str, ...], limit: int, searched: str | None = None) -> float:
        """At least the best score `ranked_match(query, searched, limit)` gives an entity
        of `types` (0.0 when no entity of them can be among its hits): the same passes,
        each run when that match runs it (decided on the hits it has, of the `searched`
        type or any), every entity of `types` the passes score counted wherever it ranks.
        The scoring alone: a caller that only needs to know whether such an entity can
        rank well skips the rest of a search (store.search.entities.may_score)."""
        variants = query_variants(query)
        if not variants:
            return 0.0
        hits, best = self._hits_and_best(variants, types, limit, searched)
        if self._other_form_wanted(hits):
            others = other_form_variants(variants, VARIANT_PENALTY)
            if others:
                more, best_other = self._hits_and_best(others, types, limit, searched)
                hits, best = _best_per_entity(hits + more, limit), max(best, best_other)
        if hits and hits[0][2] >= TRANSPOSE_BELOW:
            return best
        swapped = transposed_variants(query)
        if swapped:
            kids, scores = self._scored_keys(swapped, False, TRANSPOSED_MIN - ROUNDING)
            mine = self._entities(kids, scores, types, 1) if len(kids) else []
            if mine and mine[0][2] >= TRANSPOSED_MIN:
                best = max(best, mine[0][2])
        return best

    def may_reach(self, query: str, types: tuple[str, ...], least: float) -> bool:
        """Can any search of `query` (`ranked_match`, whatever type it asks and however many
        hits) score an entity of `types` at `least` or more? A bound, never False where
        `best_score_of(query, types, …) >= least` is True: every pass `ranked_match` may
        run is run (its main variants, the surname's other form, two letters swapped),
        each over the same candidates, but only the keys of an entity of `types` are
        scored, and only exactly from just under `least` (store.search.scoring's cutoff),
        since no pass's hits of other types are needed to decide which passes run.
        A word beside a name («khorgos rail») asks this at every keystroke: the
        knowledge base's keys are one person or post in twelve, and most of the index's
        scoring was of the keys under `least` (tui69: ~1 ms of «khorgos railwa»'s 3)."""
        wanted = self._keys_of_types(types)
        floor = least - 2 * ROUNDING  # scored exactly from here: what rounds to `least` is above it
        variants = query_variants(query)
        passes = (variants, other_form_variants(variants, VARIANT_PENALTY), transposed_variants(query))
        whole = self._whole_words(types)
        for pass_variants in passes:
            if not pass_variants:
                continue
            if (
                whole is not None
                and not any(v in whole for v, _ in pass_variants)
                and reached_whole_only(pass_variants, floor)
            ):
                continue  # only a key word equal to a variant could reach: no key of `types` has one
            kids = self.candidates([v for v, _ in pass_variants])
            kids = kids[wanted[kids]]
            if not len(kids):
                continue
            if float(score_variants(pass_variants, self.keys_of(kids), floor=floor).max()) >= floor:
                return True  # (a score just under `least` may round up to it)
        return False

    def warm_whole_words(self, types: tuple[str, ...]) -> None:
        """Build, for may_reach, the set of the words of the keys of `types` and of those
        keys without their spaces (_whole_words). Built at a warm-up, never on a key: a
        may_reach that finds none built (or one built for other entity types, read again
        since) scores every pass as before."""
        mask = self._keys_of_types(types)
        if int(mask.sum()) > WHOLE_WORDS_KEYS_MAX:
            return  # a set too large to keep: every pass is scored
        keys = self.keys_of(np.flatnonzero(mask))
        words = {w for key in keys for w in key.split()} | {key.replace(" ", "") for key in keys}
        self.__dict__.setdefault("_whole", {})[types] = (self.ent_type, self.key_off, frozenset(words))

    def _whole_words(self, types: tuple[str, ...]) -> frozenset[str] | None:
        """warm_whole_words' set for `types`, None when none was built for these keys and
        entity types."""
        found = self.__dict__.get("_whole", {}).get(types)
        if found is None or found[0] is not self.ent_type or found[1] is not self.key_off:
            return None
        return found[2]

    def _keys_of_types(self, types: tuple[str, ...]) -> np.ndarray:
        """A mask over the keys: has the key an alias of an entity of one of `types` (as
        `_entities` filters them)? Kept per index and entity-type array (load_entities
        replaces it when the types are read again)."""
        kept = self.__dict__.setdefault("_type_keys", {})
        found = kept.get(types)
        if found is not None and found[0] is self.ent_type:
            return found[1]
        eids, ent_type, want = self.alias_eid, self.ent_type, _type_codes(types)
        ok = np.zeros(len(eids), dtype=bool)
        if len(ent_type) and want is not None:
            ok = (eids < len(ent_type)) & np.isin(ent_type[np.minimum(eids, len(ent_type) - 1)], want)
        key_of_alias = np.repeat(np.arange(self.n_keys), np.diff(self.alias_start))
        mask = np.zeros(self.n_keys, dtype=bool)
        mask[key_of_alias[ok]] = True
        kept[types] = (self.ent_type, mask)
        return mask

    def _hits_and_best(
        self, variants: list[tuple[str, float]], types: tuple[str, ...], limit: int, searched: str | None
    ) -> tuple[list[Hit], float]:
        """One pass of best_score_of: the hits `_scored` gives for the `searched` type
        and the best score of an entity of `types` among the same scored keys."""
        kids, scores = self._scored_keys(variants, False, MIN_ENTITY_SCORE)
        if not len(kids):
            return [], 0.0
        mine = self._entities(kids, scores, types, 1)
        return self._entities(kids, scores, searched, limit), mine[0][2] if mine else 0.0

    PREFIX_SCORE = 70.0  # a word that merely begins with the typed letters

    def prefix_match(self, prefix: str, type_: str | None = None, limit: int = 20) -> list[tuple[int, int, float]]:
        """(entity id, alias id, score) of entities with a word beginning with `prefix`."""
        return [h[:3] for h in self.ranked_prefix_match(prefix, type_, limit)]

    def ranked_prefix_match(self, prefix: str, type_: str | None, limit: int) -> list[Hit]:
        """Entities with a word beginning with a one- or two-letter folded prefix, read
        off the word-start trigrams (^ab) of the index: a key equal to the prefix first
        (score 100), then the most-mentioned entities (PREFIX_SCORE)."""
        if not prefix or len(prefix) > 2 or not all(ch.isascii() and ch.isalnum() for ch in prefix):
            return []
        codes = [ALPHABET.index(ch) for ch in prefix.replace("h", "k").replace("o", "a")]  # as _tri_text
        start = ALPHABET.index("^")
        if len(codes) == 2:
            tris = [start * A * A + codes[0] * A + codes[1]]
        else:
            tris = [start * A * A + codes[0] * A + c for c in range(A) if c != SPACE]
        lists = [self.post_kid[self.post_start[t] : self.post_start[t + 1]] for t in tris]
        if len(lists) == 1:
            kids = lists[0].astype(np.int64)  # one postings list: already unique and ascending
            n_kids = len(kids)
        else:  # a mask, not np.unique's sort or hash: a letter begins ~100,000 of 400,000 keys
            seen = np.zeros(self.n_keys, dtype=bool)
            for postings in lists:
                seen[postings] = True
            n_kids = int(np.count_nonzero(seen))
        first = self._first_words_starting(prefix)  # all among the keys the trigrams gave
        if n_kids - len(first) > self.PREFIX_CHECK_MAX:
            kids = first  # what _words_starting gives then, read off every key's first letters
        else:
            kids = self._words_starting(kids if len(lists) == 1 else np.flatnonzero(seen), prefix)
        if not len(kids):
            return []
        kids = kids.astype(np.int64)
        exact = self.key_off[kids + 1] - self.key_off[kids] == len(prefix)  # vectorized: 50,000 keys begin «al»
        scores = np.where(exact, 100.0, self.PREFIX_SCORE).astype(np.float32)
        return self._entities(kids, scores, type_, limit, many_keys=True)

    PREFIX_CHECK_MAX = 5000  # keys whose later words are checked one by one

    def _first_words_starting(self, prefix: str) -> np.ndarray:
        """The keys whose first word begins with `prefix` (one or two letters), from
        each key's first two bytes, kept per index (~0.8 MB at a million aliases): a
        compare over every key costs less than reading the bytes of the ~180,000 keys
        a letter's trigrams give, scattered through the blob (5 against 1 ms for «a»)."""
        leads = self.__dict__.get("_lead_bytes")
        if leads is None:
            data = np.frombuffer(self.blob, dtype=np.uint8)
            starts, lens = self.key_off[:-1], np.diff(self.key_off)
            last = max(len(data) - 1, 0)
            leads = [data[np.minimum(starts + i, last)] if len(data) else np.zeros(0, np.uint8) for i in (0, 1)]
            leads.append(lens)
            self.__dict__["_lead_bytes"] = leads
        ok = leads[2] >= len(prefix)
        for i, ch in enumerate(prefix.encode("ascii")):
            ok &= leads[i] == ch
        return np.flatnonzero(ok)

    def _words_starting(self, kids: np.ndarray, prefix: str) -> np.ndarray:
        """The keys with a word that really begins with `prefix` (the trigrams are of
        coarse forms, where o = a and h = k). First words are checked vectorized, later
        words one key at a time, up to PREFIX_CHECK_MAX keys."""
        data = np.frombuffer(self.blob, dtype=np.uint8)
        starts, ends = self.key_off[kids], self.key_off[kids + 1]
        ok = ends - starts >= len(prefix)
        for i, ch in enumerate(prefix.encode("ascii")):
            ok &= data[np.minimum(starts + i, len(data) - 1)] == ch
        rest = kids[~ok]
        if len(rest) <= self.PREFIX_CHECK_MAX:
            needle = " " + prefix
            more = [k for k, key in zip(rest.tolist(), self.keys_of(rest), strict=True) if needle in key]
            return unique_ints(np.concatenate([kids[ok], np.array(more, dtype=np.int64)]))
        return kids[ok]

    def _expand(self, keys: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The aliases of these keys: (alias positions, entity ids, each with its key's score)."""
        starts = self.alias_start[keys]
        lens = self.alias_start[keys + 1] - starts
        offs = np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(int(lens.sum()))
        return offs, self.alias_eid[offs], np.repeat(scores, lens)

    def _entities(
        self, keys: np.ndarray, scores: np.ndarray, type_: Types, limit: int, many_keys: bool = False
    ) -> list[Hit]:
        """Each entity's best alias, ranked by score (to 0.1), own name before another
        entity's alternative name, then article count.

        Keys are expanded best first, a whole score level at a time, until `limit`
        entities are in: an entity of a lower level can never outrank them. A prefix's
        tens of thousands of keys at one level (`many_keys`, no type asked) are narrowed
        first to those whose best alias can place (store.search.prefix_rank)."""
        scores = np.round(scores, 1)
        order = np.lexsort((keys, -scores))
        keys, scores = keys[order], scores[order]
        want = _type_codes(type_)
        narrowed = prefix_rank.top_rows(self, keys, scores, limit + TIE_SPAN) if many_keys and want is None else None
        if narrowed is not None:
            offs, eids, s = narrowed
            return self._ranked(offs, eids, s, limit)
        upto = 0
        while True:
            upto = min(len(keys), max(upto * 2, limit))
            if upto < len(keys):  # finish the score level
                upto = int(np.searchsorted(-scores, -scores[upto - 1], side="right"))
            offs, eids, s = self._expand(keys[:upto], scores[:upto])
            if want is not None:
                codes = self.ent_type[np.minimum(eids, len(self.ent_type) - 1)]
                ok = codes == want[0] if len(want) == 1 else np.isin(codes, want)
                ok &= eids < len(self.ent_type)
                offs, eids, s = offs[ok], eids[ok], s[ok]
            if upto >= len(keys) or len(unique_ints(eids)) >= limit:
                break
        return self._ranked(offs, eids, s, limit)

    def _ranked(self, offs: np.ndarray, eids: np.ndarray, s: np.ndarray, limit: int) -> list[Hit]:
        """The `limit` best entities of these alias rows, each with its best row."""
        counts = self.ent_count[np.minimum(eids, len(self.ent_count) - 1)]
        primary = self.alias_primary[offs]
        if len(eids) > FEW_ROWS:  # thousands of aliases at one level (a prefix, a common name)
            keep = _rows_of_top_entities(eids, s, primary, counts, limit + TIE_SPAN)  # the ties too
            if keep is not None:
                offs, eids, s, counts, primary = offs[keep], eids[keep], s[keep], counts[keep], primary[keep]
        # score, then the entity's own name over another's alternative name (a gazetteer
        # may list «Достык» as a second name of Алаколь), then articles, then id
        rank = np.lexsort((eids, -counts, -primary, -s))
        _, first = np.unique(eids[rank], return_index=True)
        best = self._ties_by_key(rank[np.sort(first)], offs, eids, s, primary, counts, limit)
        aids = self.alias_id[offs[best]]
        return [
            (e, a, round(float(x), 1), p)
            for e, a, x, p in zip(
                eids[best].tolist(), aids.tolist(), s[best].tolist(), primary[best].tolist(), strict=True
            )
        ]

    def _ties_by_key(self, order, offs, eids, s, primary, counts, limit: int) -> np.ndarray:
        """The first `limit` of `order` (each entity's best row, best first), entities tied
        on score, own name and articles put in the order of their matched keys' text, then
        of their ids. Ids alone follow the order articles were stored in, which with
        several ingest workers is the order they finished in: the same files gave another
        first hit from one ingest to the next. Rows past the limit are looked at up to
        TIE_SPAN, so a tie across the limit is settled the same way."""
        head = order[: limit + TIE_SPAN]
        if len(head) < 2:
            return head[:limit]
        kids = (np.searchsorted(self.alias_start, offs[head], side="right") - 1).tolist()
        rows = head.tolist()
        by = sorted(
            range(len(rows)),
            key=lambda i: (-s[rows[i]], -primary[rows[i]], -counts[rows[i]], self.key(kids[i]), eids[rows[i]]),
        )
        return head[np.array(by[:limit], dtype=np.int64)]


TIE_SPAN = 32  # rows past the limit whose ties _ties_by_key settles by key text


def reached_whole_only(variants: list[tuple[str, float]], floor: float) -> bool:
    """Can each of these (folded one-word variant, penalty) score `floor` + its penalty on
    a key only through a key word equal to it, or the key without its spaces equal to it?
    store.search.scoring's measures, for a word `v` against a key: the ratio, token-sort
    ratio and no-space ratio of two different strings are under 100 x (1 - 1 / (2|v| +
    1)) (an indel distance of one at least, and no more common letters than |v|); the
    coarse ratio counts x 0.92 and a key word merely begun at most PREFIX_FLOOR or
    60 + 40 x |v| / (|v| + 1); the token coverage is at most the word's best such score.
    A swapped-letters pass (TRANSPOSE_PENALTY 11) needs 98.9 at SPAN_MIN_SCORE 88: only a
    key word written as the swap reaches it (tui83: its candidates and scoring were ~0.7 ms
    of «khorgos rail»'s entity step, 0.2 of the knowledge base's)."""
    for v, penalty in variants:
        need = floor + penalty
        n = len(v)
        if not n or " " in v or need <= max(92.0, PREFIX_FLOOR) + 0.5:
            return False
        if 100.0 * (1.0 - 1.0 / (2 * n + 1)) + 0.5 >= need or 60.0 + 40.0 * n / (n + 1) + 0.5 >= need:
            return False
    return True


def _type_codes(type_: Types) -> np.ndarray | None:
    """The codes (ENTITY_TYPES positions) of the types asked for; None for any type (a
    single name outside ENTITY_TYPES, as before, asks for any)."""
    if isinstance(type_, tuple):
        return np.array([ENTITY_TYPES.index(t) for t in type_ if t in ENTITY_TYPES], dtype=np.int8)
    return np.array([ENTITY_TYPES.index(type_)], dtype=np.int8) if type_ in ENTITY_TYPES else None


def _best_per_entity(hits: list[Hit], limit: int) -> list[Hit]:
    """Each entity once, with its best hit, best first (the own name first at a tie)."""
    best: dict[int, Hit] = {}
    for hit in hits:
        kept = best.get(hit[0])
        if kept is None or (hit[2], hit[3]) > (kept[2], kept[3]):
            best[hit[0]] = hit
    return sorted(best.values(), key=lambda h: (-h[2], -h[3]))[:limit]


_SCRATCH = threading.local()
BLOCK = 1 << 15  # keys ANDed and counted at a time: 256 kB of masks, within a core's cache


def _scratch(n: int, dtype=np.uint16) -> tuple[np.ndarray, np.ndarray]:
    """This thread's (uint64 block, counts of n entries of `dtype`) buffers, kept
    between queries (the TUI searches from worker threads, so each thread has its own)."""
    buffers = getattr(_SCRATCH, "by_size", None)
    if buffers is None or len(buffers) > 8:
        buffers = _SCRATCH.by_size = {}
    key = (n, np.dtype(dtype).char)
    if key not in buffers:
        buffers[key] = (np.empty(min(n, BLOCK), dtype=np.uint64), np.empty(n, dtype=dtype))
    return buffers[key]


KEY_TEXTS_MAX = 20_000  # an index this small keeps its keys decoded (keys_of)
FEW_KEYS = 65_536  # an index this small counts its rare trigrams in one bincount (shared_counts)
FEW_ROWS = 4096  # alias rows ranked by a full sort; above, the top entities are found first


def _rows_of_top_entities(eids, s, primary, counts, limit: int) -> np.ndarray | None:
    """Which rows belong to the `limit` best entities, found without sorting every row:
    each row's rank (score, own name, articles, lowest id) packed into one int64, the
    best rows taken with argpartition until they hold `limit` entities. An entity among
    the best k rows outranks every entity with no row there, so the entities chosen are
    those the full sort would rank first; their rows are then ranked as before. None
    when a count or id is too large to pack (the full sort is used)."""
    if not len(eids) or int(eids.max()) >= 1 << 24 or int(counts.max()) >= 1 << 21 or int(eids.min()) < 0:
        return None
    level = np.rint(s.astype(np.float64) * 10).astype(np.int64) * 2 + primary  # score to 0.1, then own name
    packed = (level << 45) | (counts.astype(np.int64) << 24) | ((1 << 24) - 1 - eids)
    k = min(len(packed), 4 * limit)
    while True:
        top = np.argpartition(-packed, k - 1)[:k] if k < len(packed) else np.arange(len(packed))
        best_of: dict[int, int] = {}
        for e, p in zip(eids[top].tolist(), packed[top].tolist(), strict=True):
            if p > best_of.get(e, -1):
                best_of[e] = p
        if len(best_of) >= limit or k >= len(packed):
            break
        k = min(len(packed), 4 * k)
    chosen = sorted(best_of, key=best_of.__getitem__, reverse=True)[:limit]
    return np.flatnonzero(np.isin(eids, np.array(chosen, dtype=eids.dtype)))


def _release_freed_memory() -> None:
    """Hand the build's temporaries back to the OS. glibc keeps freed heap (numpy
    arrays under its raised mmap threshold land there), which would count ~100 MB
    against the TUI's memory budget at 1M aliases. A no-op off glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def valid_keys(conn, keys: list[str]) -> list[str]:
    """The stored keys, with any that is not a fold key (a store written before
    names.fold existed) folded again from its alias text."""
    for i, key in enumerate(keys):
        if not _KEY_OK.match(key):
            text = reads.alias_of_key(conn, key)
            keys[i] = names.fold(text) if text else ""
            keys[i] = keys[i] if _KEY_OK.match(keys[i]) else "_"
    return keys
