"""One search box for entities and articles.

Entities: every alias is stored with its folded Latin key (names.fold), so a query in
any script is folded the same way and compared key to key. Scoring every alias with
rapidfuzz costs ~1 s at a million aliases, so `AliasIndex` keeps a trigram inverted
index over the unique keys (numpy arrays, ~40 MB at 1M aliases) and scores only the
few hundred keys that share most trigrams with the query. The score is a composite — plain
ratio, token-sort ratio, ratio without spaces, and token coverage — because the
usual shortcuts (WRatio, partial_ratio, token_set_ratio) give short unrelated names
90–100 on short folded keys.

Articles: FTS5 over the lemmas of title and body (store.lang.lemmas), bm25 order; the
FTS table is contentless, so the snippet is cut from the body here.
"""

from __future__ import annotations

import re
import threading
import time
from array import array
from dataclasses import dataclass, field
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from store.lang import names
from store.lang.lemmas import lemma, lemmatize
from store.sanitize import clean_line
from store.search import search_topics

ENTITY_TYPES = ("person", "organization", "location", "checkpoint")
PRIMARY_ORIGINS = ("canonical", "text", "latin")  # alias origins that are the entity's own name
MIN_ENTITY_SCORE = 65.0  # below this a fuzzy match is noise
ARTICLE_TOP_SCORE = 75.0  # the best article's score: strong entity matches (>= 75) rank above it
VARIANT_PENALTY = 3.0  # a query rewritten (case ending stripped, pinyin) scores a little lower
CANDIDATES = 400  # keys scored per query, from each of two orderings (so up to 800)
COUNTS_REFRESH_S = 2.0  # during an ingest, article counts are reloaded at most this often
POSTINGS_BUDGET = 600_000  # above this many postings per query, the commonest trigrams are skipped:
COMMON_SHARE = 0.05  # those in more than this share of keys, when 3 others remain
MIN_SHARED = 0.25  # a candidate shares at least this fraction of the query's trigrams

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789^$ "
_A = len(_ALPHABET)
_SPACE = _ALPHABET.index(" ")
_LUT = np.zeros(256, dtype=np.uint8)
for _i, _ch in enumerate(_ALPHABET):
    _LUT[ord(_ch)] = _i
_KEY_OK = re.compile(r"^[a-z0-9]+(?: [a-z0-9]+)*$")


# ----------------------------------------------------------------- query variants

_SURNAME_CASE = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|ом|е|ой|ою|ых|ыми)$")
_ADJECTIVE = re.compile(r"(?<=\w{3})[сц]к(ий|ая|ое|ие|ого|ому|ом|ой|ую|их|им|ими|ых|ым|ыми)$")
_NOUN_CASE = re.compile(r"(?<=\w{4})(ами|ями|ах|ях|ом|ем|ой|ей|у|ю|а|я|е|ы|и)$")
_CYR = re.compile(r"[а-яёәғқңөұүһі]")


def strip_case_ending(word: str) -> str:
    """A Russian inflected word reduced to the nominative stem names are stored with:
    «Бектенова» → «бектенов», «Хоргосское» → «хоргос», «Олжаса» → «олжас»."""
    w = word.lower()
    if not _CYR.search(w):
        return w
    m = _SURNAME_CASE.search(w)
    if m:
        return w[: m.start(2)]
    for rule in (_ADJECTIVE, _NOUN_CASE):
        stem = rule.sub("", w)
        if stem != w:
            return stem
    return w


def query_variants(query: str) -> list[tuple[str, float]]:
    """The folded keys to look a query up by, each with its score penalty: the query
    itself, its Cyrillic words without case endings, and its pinyin read as Palladius."""
    base = names.fold(query)
    variants = [(base, 0.0)] if base else []
    if _CYR.search(query.lower()):
        stripped = names.fold(" ".join(strip_case_ending(w) for w in re.split(r"[\s\-]+", query)))
        if stripped and stripped != base:
            variants.append((stripped, VARIANT_PENALTY))
    elif query.isascii():
        palladius = names.pinyin_to_palladius(query)
        key = names.fold(palladius) if palladius else ""
        if key and key != base:
            variants.append((key, VARIANT_PENALTY))
    return variants


# ----------------------------------------------------------------- scoring


def score_keys(qkey: str, keys: list[str]) -> np.ndarray:
    """Composite similarity (0–100) of one folded query to folded keys.

    max of: ratio; token-sort ratio (surname first); ratio without spaces
    (Nurzholy = Nur Zholy); ratio of coarse keys x0.92 (Хоргос ~ Қорғас); token
    coverage (every query word found in the key, scaled by how much of the key the
    query covers, so `bektenov` finds «Олжас Бектенов» but below «Бектенов» itself).
    """
    if not keys:
        return np.zeros(0, dtype=np.float32)
    scores = process.cdist([qkey], keys, scorer=fuzz.ratio, dtype=np.float32)[0]
    np.maximum(scores, process.cdist([qkey], keys, scorer=fuzz.token_sort_ratio, dtype=np.float32)[0], out=scores)
    q_ns = qkey.replace(" ", "")
    np.maximum(
        scores,
        process.cdist([q_ns], [k.replace(" ", "") for k in keys], scorer=fuzz.ratio, dtype=np.float32)[0],
        out=scores,
    )
    coarse = process.cdist([names.coarse(qkey)], [names.coarse(k) for k in keys], scorer=fuzz.ratio, dtype=np.float32)[
        0
    ]
    np.maximum(scores, coarse * 0.92, out=scores)
    np.maximum(scores, _coverage(qkey, keys), out=scores)
    return scores


def _coverage(qkey: str, keys: list[str]) -> np.ndarray:
    """Mean over query words of their best word match in the key, times
    (0.88 + 0.12 x share of key words matched at >= 85: a patronymic «Жандосулы»
    is not covered by the query `Zhandos`). Vectorized over a key x word matrix."""
    qtoks = qkey.split()
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in k.split()] for k in keys]
    lens = np.fromiter(map(len, ids), dtype=np.int64, count=len(ids))
    if not len(lens) or not lens.max():
        return np.zeros(len(keys), dtype=np.float32)
    pad = len(vocab)
    mat = np.full((len(ids), int(lens.max())), pad, dtype=np.int64)
    rows = np.repeat(np.arange(len(ids)), lens)
    cols = np.arange(int(lens.sum())) - np.repeat(np.cumsum(lens) - lens, lens)
    mat[rows, cols] = list(chain.from_iterable(ids))
    sims = process.cdist(qtoks, list(vocab), scorer=fuzz.ratio, dtype=np.float32)
    _prefix_sims(qtoks, list(vocab), sims)
    sims = np.concatenate([sims, np.full((len(qtoks), 1), -1.0, dtype=np.float32)], axis=1)
    grid = sims[:, mat]  # query word x key x key word
    q_best = grid.max(axis=2).mean(axis=0)
    k_cov = (grid.max(axis=0) >= 85).sum(axis=1) / np.maximum(lens, 1)
    return (q_best * (0.88 + 0.12 * k_cov)).astype(np.float32)


def _prefix_sims(qtoks: list[str], vocab: list[str], sims: np.ndarray) -> None:
    """A query word of 3+ letters that begins a key word (typing `khorg…` as you
    search) is worth 60 + 40 x its share of the word: «Хоргос» shows from `khorg`,
    yet a prefix never ties a whole word (the flaw of partial_ratio)."""
    for i, q in enumerate(qtoks):
        if len(q) < 3:
            continue
        for j, word in enumerate(vocab):
            if len(word) > len(q) and word.startswith(q):
                sims[i, j] = max(sims[i, j], 60.0 + 40.0 * len(q) / len(word))


# ----------------------------------------------------------------- the index


def _tri_text(key: str) -> str:
    """What a key is indexed by: each word of its coarse form padded (^word$, so a
    query word can match any word of a key at its edges), then all words joined
    (Nurzholy = Nur Zholy). Trigrams never span the spaces."""
    words = key.replace("h", "k").replace("o", "a").split()
    text = " ".join(f"^{w}$" for w in words)
    return text + f" ^{''.join(words)}$" if len(words) > 1 else text


def _trigrams(key: str) -> np.ndarray:
    codes = _LUT[np.frombuffer(_tri_text(key).encode("ascii", "ignore"), dtype=np.uint8)]
    if len(codes) < 3:
        return np.zeros(0, dtype=np.int64)
    tri = _trigram_ids(codes).astype(np.int64)
    return np.unique(tri[(codes[:-2] != _SPACE) & (codes[1:-1] != _SPACE) & (codes[2:] != _SPACE)])


def _trigram_ids(codes: np.ndarray) -> np.ndarray:
    """Trigram id of each window of symbol codes (39^3 < 2^16: fits uint16)."""
    c = codes.astype(np.uint16)
    return c[:-2] * (_A * _A) + c[1:-1] * _A + c[2:]


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
    max_candidates: int = CANDIDATES  # keys scored per ordering (a small index needs fewer)
    signature: tuple = ()
    cheap_signature: tuple = ()
    counts_at: float = 0.0

    # ---- building

    @classmethod
    def build(cls, store) -> AliasIndex:
        """Load (alias id, entity id, key) from the store and index the unique keys."""
        conn = store.conn
        signature = _signature(conn)  # before reading: a write during the build shows as a change next time
        rows = conn.execute("SELECT id, entity_id, key, origin FROM aliases")
        index = cls.from_rows(rows, lambda keys: _valid_keys(conn, keys))
        index.load_entities(conn)
        index.signature = signature
        _release_freed_memory()
        return index

    @classmethod
    def from_rows(cls, rows, fix_keys=None) -> AliasIndex:
        """An index over (alias id, entity id, folded key, origin) rows: the store's
        aliases, or the knowledge base's names (store.search_kb). Entity types and
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
        index = cls(
            *_build_postings(keys),
            alias_start=alias_start,
            alias_id=np.frombuffer(aids, dtype=np.int64)[order],
            alias_eid=np.frombuffer(eids, dtype=np.int64)[order],
            alias_primary=np.frombuffer(primary, dtype=np.int8)[order],
        )
        return index

    def load_entities(self, conn) -> None:
        """Entity types and article counts (for the type filter and tie-breaks)."""
        codes = {t: i for i, t in enumerate(ENTITY_TYPES)}
        rows = conn.execute("SELECT id, type, article_count FROM entities").fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        types = np.fromiter((codes.get(r[1], len(ENTITY_TYPES)) for r in rows), dtype=np.int8, count=len(rows))
        counts = np.fromiter((r[2] or 0 for r in rows), dtype=np.int32, count=len(rows))
        size = max(int(ids.max()) + 1 if len(ids) else 1, int(self.alias_eid.max()) + 1 if len(self.alias_eid) else 1)
        self.counts_at = time.monotonic()
        self.ent_type = np.full(size, -1, dtype=np.int8)
        self.ent_count = np.zeros(size, dtype=np.int32)
        self.ent_type[ids] = types
        self.ent_count[ids] = counts

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
        )
        return len(self.blob) + sum(a.nbytes for a in arrays)

    def key(self, k: int) -> str:
        return self.blob[self.key_off[k] : self.key_off[k + 1]].decode("ascii")

    # ---- caching per store

    @classmethod
    def for_store(cls, store) -> AliasIndex:
        """The cached index of this store, rebuilt when its aliases changed."""
        conn = store.conn
        cheap = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        path = str(store.path)
        with _LOCK:
            index = _CACHE.get(path)
            if index is not None and index.cheap_signature == cheap:
                return index
            sig = _signature(conn)
            if index is None or index.signature != sig:
                index = cls.build(store)
            elif time.monotonic() - index.counts_at > COUNTS_REFRESH_S:
                index.load_entities(conn)  # only article counts (tie-breaks) changed
            index.cheap_signature = cheap
            _CACHE[path] = index
            return index

    # ---- querying

    def candidates(self, qkeys: list[str]) -> np.ndarray:
        """Key ids sharing most trigrams with the query keys (one posting pass for all
        variants of a query): the top max_candidates by Dice overlap, plus the top by
        shared count (short queries inside long keys: a surname in full names)."""
        per_variant = [t for t in (_trigrams(k) for k in qkeys) if len(t)]
        if not per_variant:
            return np.zeros(0, dtype=np.int64)
        tris = np.unique(np.concatenate(per_variant))
        lens = self.post_start[tris + 1] - self.post_start[tris]
        common = lens > max(COMMON_SHARE * self.n_keys, 2 * self.max_candidates)
        if lens.sum() > POSTINGS_BUDGET and (~common).sum() >= 3:
            # enough telling trigrams: «ov$» in half the keys tells nothing, and costs most
            tris, per_variant = tris[~common], [np.setdiff1d(t, tris[common]) for t in per_variant]
            per_variant = [t for t in per_variant if len(t)] or [tris]
        g = min(len(t) for t in per_variant)
        # sharing `need` trigrams with one variant implies sharing them with the union
        need = max(1, min(int(np.ceil(len(t) * MIN_SHARED)) for t in per_variant))
        lists = [self.post_kid[self.post_start[t] : self.post_start[t + 1]] for t in tris]
        counts = np.bincount(np.concatenate(lists), minlength=self.n_keys)  # O(postings), no sort
        need = max(need, _raised_threshold(counts, 16 * self.max_candidates))
        cand = np.flatnonzero(counts >= need)
        counts = counts[cand]
        if len(cand) <= 2 * self.max_candidates:
            return cand
        dice = 2.0 * np.minimum(counts, g) / (g + self.key_ntri[cand])
        by_dice = cand[np.argpartition(-dice, self.max_candidates)[: self.max_candidates]]
        # full containment first, then keys of fewest words and trigrams (token coverage ranks them so)
        by_count = cand[np.lexsort((self.key_ntri[cand], self.key_ntok[cand], -counts))[: self.max_candidates]]
        return np.union1d(by_dice, by_count)

    def match(
        self, query: str, type_: str | None = None, limit: int = 20, exhaustive: bool = False
    ) -> list[tuple[int, int, float]]:
        """(entity id, alias id, score) of the best-matching entities, best first.
        exhaustive=True scores every key (the brute-force reference for tests and the bench)."""
        variants = query_variants(query)
        if not variants:
            return []
        kids = np.arange(self.n_keys) if exhaustive else self.candidates([v for v, _ in variants])
        if not len(kids):
            return []
        keys = [self.key(k) for k in kids.tolist()]
        scores = np.max([score_keys(v, keys) - penalty for v, penalty in variants], axis=0)
        good = scores >= MIN_ENTITY_SCORE
        return self._entities(kids[good], scores[good], type_, limit)

    PREFIX_SCORE = 70.0  # a word that merely begins with the typed letters

    def prefix_match(self, prefix: str, type_: str | None = None, limit: int = 20) -> list[tuple[int, int, float]]:
        """Entities with a word beginning with a one- or two-letter folded prefix, read
        off the word-start trigrams (^ab) of the index: a key equal to the prefix first
        (score 100), then the most-mentioned entities (PREFIX_SCORE)."""
        if not prefix or len(prefix) > 2 or not all(ch.isascii() and ch.isalnum() for ch in prefix):
            return []
        codes = [_ALPHABET.index(ch) for ch in prefix.replace("h", "k").replace("o", "a")]  # as _tri_text
        start = _ALPHABET.index("^")
        if len(codes) == 2:
            tris = [start * _A * _A + codes[0] * _A + codes[1]]
        else:
            tris = [start * _A * _A + codes[0] * _A + c for c in range(_A) if c != _SPACE]
        lists = [self.post_kid[self.post_start[t] : self.post_start[t + 1]] for t in tris]
        kids = np.unique(np.concatenate(lists)) if lists else np.zeros(0, dtype=np.int64)
        kids = self._words_starting(kids.astype(np.int64), prefix)
        if not len(kids):
            return []
        exact = np.array([self.key_off[k + 1] - self.key_off[k] == len(prefix) for k in kids.tolist()], dtype=bool)
        scores = np.where(exact, 100.0, self.PREFIX_SCORE).astype(np.float32)
        return self._entities(kids.astype(np.int64), scores, type_, limit)

    PREFIX_CHECK_MAX = 5000  # keys whose later words are checked one by one

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
            more = [k for k in rest.tolist() if needle in self.key(k)]
            return np.union1d(kids[ok], np.array(more, dtype=np.int64))
        return kids[ok]

    def _expand(self, keys: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The aliases of these keys: (alias positions, entity ids, each with its key's score)."""
        starts = self.alias_start[keys]
        lens = self.alias_start[keys + 1] - starts
        offs = np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(int(lens.sum()))
        return offs, self.alias_eid[offs], np.repeat(scores, lens)

    def _entities(
        self, keys: np.ndarray, scores: np.ndarray, type_: str | None, limit: int
    ) -> list[tuple[int, int, float]]:
        """Each entity's best alias, ranked by score (to 0.1), own name before another
        entity's alternative name, then article count.

        Keys are expanded best first, a whole score level at a time, until `limit`
        entities are in: an entity of a lower level can never outrank them."""
        scores = np.round(scores, 1)
        order = np.lexsort((keys, -scores))
        keys, scores = keys[order], scores[order]
        want = ENTITY_TYPES.index(type_) if type_ in ENTITY_TYPES else None
        upto = 0
        while True:
            upto = min(len(keys), max(upto * 2, limit))
            if upto < len(keys):  # finish the score level
                upto = int(np.searchsorted(-scores, -scores[upto - 1], side="right"))
            offs, eids, s = self._expand(keys[:upto], scores[:upto])
            if want is not None:
                ok = self.ent_type[np.minimum(eids, len(self.ent_type) - 1)] == want
                ok &= eids < len(self.ent_type)
                offs, eids, s = offs[ok], eids[ok], s[ok]
            if upto >= len(keys) or len(np.unique(eids)) >= limit:
                break
        counts = self.ent_count[np.minimum(eids, len(self.ent_count) - 1)]
        primary = self.alias_primary[offs]
        # score, then the entity's own name over another's alternative name (a gazetteer
        # may list «Достык» as a second name of Алаколь), then articles, then id
        rank = np.lexsort((eids, -counts, -primary, -s))
        _, first = np.unique(eids[rank], return_index=True)
        best = rank[np.sort(first)][:limit]
        aids = self.alias_id[offs[best]]
        return [
            (e, a, round(float(x), 1))
            for e, a, x in zip(eids[best].tolist(), aids.tolist(), s[best].tolist(), strict=False)
        ]


_CACHE: dict[str, AliasIndex] = {}
_LOCK = threading.Lock()


def _release_freed_memory() -> None:
    """Hand the build's temporaries back to the OS. glibc keeps freed heap (numpy
    arrays under its raised mmap threshold land there), which would count ~100 MB
    against the TUI's memory budget at 1M aliases. A no-op off glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _raised_threshold(counts: np.ndarray, most: int) -> int:
    """The smallest shared-trigram count that at most `most` keys reach (at least 1):
    when thousands of keys share a few trigrams with the query, those sharing the most
    are kept, and the rest never needs sorting."""
    hist = np.bincount(counts)
    at_least = np.cumsum(hist[::-1])[::-1]  # at_least[c] = keys sharing >= c trigrams
    over = np.flatnonzero(at_least > most)
    if not len(over):
        return 1
    return min(int(over[-1]) + 1, len(hist) - 1)  # never above the best count present


def _valid_keys(conn, keys: list[str]) -> list[str]:
    """The stored keys, with any that is not a fold key (a store written before
    names.fold existed) folded again from its alias text."""
    for i, key in enumerate(keys):
        if not _KEY_OK.match(key):
            row = conn.execute("SELECT alias FROM aliases WHERE key=? LIMIT 1", (key,)).fetchone()
            keys[i] = names.fold(row[0]) if row else ""
            keys[i] = keys[i] if _KEY_OK.match(keys[i]) else "_"
    return keys


def _signature(conn) -> tuple:
    """What changes when aliases do: new aliases raise the max id, merges delete
    entities. Three index-only lookups (~1 ms at 1M aliases; count(*) of aliases
    would scan them)."""
    return (
        conn.execute("SELECT max(id) FROM aliases").fetchone()[0],
        conn.execute("SELECT max(id) FROM entities").fetchone()[0],
        conn.execute("SELECT count(*) FROM entities").fetchone()[0],
    )


def _build_postings(keys: list[str]) -> tuple[bytes, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Trigram postings over the keys' index texts, vectorized: one pass over a blob."""
    n = len(keys)
    blob = "".join(keys).encode("ascii", "replace")
    key_off = np.concatenate([[0], np.cumsum(np.fromiter(map(len, keys), dtype=np.int64, count=n))])
    texts = [_tri_text(k) + " " for k in keys]
    codes = _LUT[np.frombuffer("".join(texts).encode("ascii", "replace"), dtype=np.uint8)]
    kid_at = np.repeat(np.arange(n, dtype=np.int32), np.fromiter(map(len, texts), dtype=np.int64, count=n))
    inside = (codes[:-2] != _SPACE) & (codes[1:-1] != _SPACE) & (codes[2:] != _SPACE)
    tri = _trigram_ids(codes)[inside]
    kid = kid_at[:-2][inside]
    order = np.argsort(tri, kind="stable")  # uint16: a radix sort; key ids stay ascending within a trigram
    post_tri, post_kid = tri[order], kid[order]
    first = np.ones(len(post_tri), dtype=bool)  # a trigram twice in one key counts once
    first[1:] = (post_tri[1:] != post_tri[:-1]) | (post_kid[1:] != post_kid[:-1])
    post_tri, post_kid = post_tri[first], post_kid[first]
    post_start = np.searchsorted(post_tri, np.arange(_A**3 + 1)).astype(np.int64)
    key_ntri = np.bincount(post_kid, minlength=n).astype(np.int32)
    key_ntok = np.fromiter((k.count(" ") + 1 for k in keys), dtype=np.int8, count=n)
    return blob, key_off, post_start, post_kid, key_ntri, key_ntok


# ----------------------------------------------------------------- entities and articles


def search_entities(
    store, query: str, type_: str | None = None, limit: int = 20, index: AliasIndex | None = None
) -> list[dict]:
    """Entities whose aliases match `query` in any script, best first, and the
    knowledge-base rows it names (linked to the store's entities, or on their own
    with 0 articles when no article names them yet: search_kb)."""
    index = index or AliasIndex.for_store(store)
    hits = index.match(query, type_, limit)
    conn = store.conn
    out = _entity_results(conn, hits)
    _merge(out, _kb_results(conn, query, type_))
    # at equal scores a stored entity before a bare knowledge-base row, one the knowledge
    # base confirms first; otherwise the index's order stays
    out.sort(key=lambda r: (-r["score"], r["id"] < 0, "kb_id" not in r))
    return out[:limit]


def _entity_results(conn, hits: list[tuple[int, int, float]]) -> list[dict]:
    """Result dicts of (entity id, alias id, score) hits, with each entity's article count."""
    if not hits:
        return []
    eids = [h[0] for h in hits]
    aids = [h[1] for h in hits]
    ents = {
        r[0]: r[1:]
        for r in conn.execute(
            f"SELECT id, type, name, article_count FROM entities WHERE id IN ({','.join('?' * len(eids))})", eids
        )
    }
    aliases = dict(conn.execute(f"SELECT id, alias FROM aliases WHERE id IN ({','.join('?' * len(aids))})", aids))
    out = []
    for eid, aid, score in hits:
        if eid not in ents:
            continue  # deleted since the index was built
        type_name, name, count = ents[eid]
        out.append(
            {
                "kind": "entity",
                "type": type_name,
                "id": eid,
                "name": name,
                "matched": aliases.get(aid, name),
                "score": score,
                "articles": count or 0,
            }
        )
    return out


KB_LIMIT = 4  # knowledge-base rows looked at per query


def _kb_results(conn, query: str, type_: str | None) -> list[dict]:
    """The knowledge-base rows the query names: each as the store's entities it links
    to (same type, named by one of its names), or as itself with 0 articles. A row
    never stored has a negative id (-1 - its position) and a `kb_id`."""
    from store.search.search_kb import kb_index, kb_rows, linked_entities

    index, texts = kb_index()
    rows = kb_rows()
    out: list[dict] = []
    for pos, aid, score in index.match(query, type_, KB_LIMIT):
        row = rows[pos]
        key = names.fold(texts[aid])
        if not any(_abbreviation_agrees(query, n) for n in row.names if names.fold(n) == key):
            continue
        linked = linked_entities(conn, row)
        for eid, name, count in linked[:3]:
            out.append(
                {
                    "kind": "entity",
                    "type": row.type,
                    "id": eid,
                    "name": name,
                    "matched": texts[aid],
                    "score": score,
                    "articles": count or 0,
                    "kb_id": row.id,
                }
            )
        if not linked:
            out.append(
                {
                    "kind": "entity",
                    "type": row.type,
                    "id": -1 - pos,
                    "name": row.name,
                    "matched": texts[aid],
                    "score": score,
                    "articles": 0,
                    "kb_id": row.id,
                }
            )
    return out


_ABBR_MAX = 5


def _abbreviation_agrees(query: str, text: str) -> bool:
    """An abbreviation matches only itself in its own script: fold() makes WKO and ВКО
    one key, and СКО is one edit from ВКО, but they are different regions. (A Latin
    query finds a Cyrillic abbreviation through its generated Latin spellings.)"""
    q, t = query.strip(), text.strip()
    if len(q) > _ABBR_MAX or len(t) > _ABBR_MAX or " " in q or " " in t:
        return True
    from store.search.search_kb import latin_abbreviations

    if q.isascii() and not t.isascii():
        return q.upper() in latin_abbreviations(t)
    return q.lower().replace("ё", "е") == t.lower().replace("ё", "е")


def _merge(results: list[dict], more: list[dict]) -> None:
    """Add `more` to `results`; an entity already there keeps the better score (and
    learns its knowledge-base id)."""
    by_id = {r["id"]: r for r in results}
    for r in more:
        old = by_id.get(r["id"])
        if old is None:
            results.append(r)
            by_id[r["id"]] = r
        else:
            if r["score"] > old["score"]:
                old["score"], old["matched"] = r["score"], r["matched"]
            if "kb_id" in r:
                old.setdefault("kb_id", r["kb_id"])


def fts_expression(query: str) -> tuple[str, list[str]]:
    """An FTS5 MATCH expression of the query's lemmas, each quoted (user text is never
    FTS syntax), and the lemmas."""
    lemmas = list(dict.fromkeys(lemmatize(query).split()))
    return " ".join('"' + lem.replace('"', '""') + '"' for lem in lemmas), lemmas


# bm25 costs ~0.4 µs per match and query lemma (FTS5 reads each match's column sizes and
# positions), so a query whose lemmas are in most articles («пункт пропуска»: 90,000 of
# 100,000) takes 50–110 ms to rank. Above RANK_BUDGET matches x lemmas, only the most
# recently stored RANK_BUDGET / lemmas matches are ranked (a reverse walk of the doclists
# finds where they start, ~1 ms); bm25's idf is still over the whole table, so they keep
# their global order. Narrower queries rank every match, as before.
RANK_BUDGET = 40_000


def fts_ranked(conn, expr: str, n_lemmas: int, limit: int) -> list[tuple[int, float]]:
    """(rowid, bm25) of the best `limit` matches of `expr`, best first: among all the
    matches, or among the newest ones when the query is broad (see RANK_BUDGET)."""
    window = max(limit, RANK_BUDGET // max(n_lemmas, 1))
    edge = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expr, window),
    ).fetchone()
    if edge is None:  # at most `window` matches: rank them all
        sql = "SELECT rowid, bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ? ORDER BY 2 LIMIT ?"
        return conn.execute(sql, (expr, limit)).fetchall()
    sql = (
        "SELECT rowid, bm25(articles_fts) FROM articles_fts WHERE articles_fts MATCH ? AND rowid > ? ORDER BY 2 LIMIT ?"
    )
    return conn.execute(sql, (expr, edge[0], limit)).fetchall()


def search_articles(store, query: str, limit: int = 20, spellings: list[str] | None = None) -> list[dict]:
    """Articles whose title or body holds every lemma of the query (any if none holds
    all), in bm25 order (for a very common query, among the newest matches: RANK_BUDGET),
    each with a snippet around the first matching word form. `spellings`: the Cyrillic
    names a Latin or Kazakh query stands for (search_topics.cyrillic_spellings), any of
    which an article may hold instead."""
    expr, lemmas = fts_expression(query)
    if not lemmas:
        return []
    conn = store.conn
    rows = fts_ranked(conn, expr, len(lemmas), limit)
    if not rows and len(lemmas) > 1:
        rows = fts_ranked(conn, " OR ".join(expr.split(" ")), len(lemmas), limit)
    if spellings and len(rows) < limit:
        alt_expr, alt_lemmas = _phrases(spellings)
        if alt_expr:
            seen = {r[0] for r in rows}
            rows += [r for r in fts_ranked(conn, alt_expr, len(alt_lemmas), limit) if r[0] not in seen]
            rows = rows[:limit]
            lemmas = lemmas + alt_lemmas
    return article_results(conn, rows, lemmas)


def _phrases(names_: list[str]) -> tuple[str, list[str]]:
    """An FTS5 expression matching any of these names as a phrase of lemmas."""
    phrases = [lemmatize(n) for n in names_]
    phrases = [p for p in dict.fromkeys(phrases) if p]
    expr = " OR ".join('"' + p.replace('"', '""') + '"' for p in phrases)
    return expr, list(dict.fromkeys(w for p in phrases for w in p.split()))


def article_results(
    conn, rows: list[tuple[int, float]], lemmas: list[str], top: float = ARTICLE_TOP_SCORE
) -> list[dict]:
    """Result dicts of (rowid, bm25) rows, scored relative to the best (`top`), with
    date and outlet, and a snippet around the first word of `lemmas`."""
    if not rows:
        return []
    best = min(r[1] for r in rows)
    arts = {
        r[0]: r[1:]
        for r in conn.execute(
            f"SELECT rowid, id, title, body, date, source FROM articles WHERE rowid IN ({','.join('?' * len(rows))})",
            [r[0] for r in rows],
        )
    }
    out = []
    for rowid, rank in rows:
        if rowid not in arts:
            continue
        aid, title, body, date, source = arts[rowid]
        score = top * (rank / best) if best < 0 and rank < 0 else top * 0.8
        out.append(
            {
                "kind": "article",
                "type": "article",
                "id": aid,
                "name": title or "",
                "matched": snippet(body or "", lemmas),
                "score": round(score, 1),
                "date": date,
                "source": source,
            }
        )
    return out


_WORD = re.compile(r"\w+(?:-\w+)*")


def snippet(body: str, lemmas: list[str], width: int = 160) -> str:
    """About `width` characters of the body around the first word whose lemma is a
    query lemma. Only words sharing a 3-letter prefix with a lemma are lemmatized."""
    wanted = set(lemmas)
    prefixes = tuple({lem[:3] for lem in wanted})
    hit = None
    for m in _WORD.finditer(body):
        w = m.group().lower().replace("ё", "е")
        if w.startswith(prefixes) and lemma(w) in wanted:
            hit = m
            break
    if hit is None:
        return clean_line(body[:width])
    start = max(0, hit.start() - width // 3)
    if start:
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < hit.start() else start
    end = min(len(body), start + width)
    text = clean_line(body[start:end])
    return ("…" if start else "") + text + ("…" if end < len(body) else "")


def search(store, query: str, type: str | None = None, limit: int = 20, index: AliasIndex | None = None) -> list[dict]:
    """Entities and articles for one query, best first, in the design brief's shape
    {"kind", "type", "id", "name", "matched", "score"} (entities add "articles", and
    "kb_id" when the knowledge base knows them; articles add "date" and "source").
    Strong entity matches (>= 75) come before the best article; type="article" gives
    only articles, an entity type only those entities.

    A query of a name and topic words (search_topics) gives the named entity first,
    then its articles ranked by the topic words; a Latin or Kazakh query also searches
    article text under the Cyrillic names of the entities it matched."""
    query = clean_line(query or "")
    if not query:
        return []
    if _is_prefix_query(query):
        return prefix_search(store, query, type, limit, index)
    index = index or AliasIndex.for_store(store)
    entity_type = type if type in ENTITY_TYPES else None
    entities = search_entities(store, query, entity_type, limit, index)
    focus = None
    if not entities or entities[0]["score"] < search_topics.SPLIT_BELOW:
        focus = search_topics.split_query(query, lambda span: search_entities(store, span, entity_type, 5, index))
    results: list[dict] = []
    if type in (None, "article"):
        results += _articles(store, query, focus, entities, limit)
    if type != "article":
        results += [e for e in entities if not focus or e["id"] not in {f["id"] for f in focus.entities}]
    results.sort(key=lambda r: (-r["score"], r["kind"] != "entity"))
    if focus and type != "article":
        results = focus.entities + results
    return results[:limit]


def _articles(store, query: str, focus, entities: list[dict], limit: int) -> list[dict]:
    """The articles of a query: those of a named entity ranked by the topic words
    first (just under the top article score), then the query's own FTS matches."""
    conn = store.conn
    out: list[dict] = []
    if focus:
        rows, lemmas = search_topics.focused_rows(conn, focus, limit)
        out = article_results(conn, rows, lemmas or search_topics.topic_expression(focus.rest)[1])
    spellings = None
    if search_topics.is_foreign_script(query):
        named = focus.entities if focus else [e for e in entities if e["score"] >= search_topics.SPAN_MIN_SCORE]
        spellings = search_topics.cyrillic_spellings(conn, named[:3], _kb_names(named[:3]))
    seen = {a["id"] for a in out}
    more = [a for a in search_articles(store, query, limit, spellings) if a["id"] not in seen]
    if out:  # the named entity's articles first
        for a in more:
            a["score"] = round(a["score"] * 0.9, 1)
    return out + more


def _kb_names(results: list[dict]) -> list[str]:
    """The Cyrillic names of the knowledge-base rows behind these results."""
    from store.search.search_kb import cyrillic_names, kb_rows

    by_id = {r.id: r for r in kb_rows()}
    return [n for r in results if r.get("kb_id") in by_id for n in cyrillic_names(by_id[r["kb_id"]])]


def _is_prefix_query(query: str) -> bool:
    """One or two letters typed (counted before folding: fold writes KTZ as «kc»)."""
    return sum(ch.isalnum() for ch in query) <= 2


def prefix_search(store, query: str, type: str | None, limit: int, index: AliasIndex | None = None) -> list[dict]:
    """One or two letters, typed as a user starts a name: entities with a word that
    begins so, most articles first (no article search: every article would match)."""
    if type == "article":
        return []
    index = index or AliasIndex.for_store(store)
    hits = index.prefix_match(names.fold(query).replace(" ", ""), type if type in ENTITY_TYPES else None, limit)
    return _entity_results(store.conn, hits)


TOTAL_CAP = 100_000  # entities counted at most (a one-letter prefix may match half the store)


def search_total(store, query: str, type: str | None = None, index: AliasIndex | None = None) -> int:
    """How many results `search` would give without a limit: the entities matched and
    every article matched (by the query's lemmas, the Cyrillic names of a Latin query,
    or as an article of a named entity). For «first 20 of 1,786» in the CLI."""
    query = clean_line(query or "")
    if not query:
        return 0
    if _is_prefix_query(query):
        return len(prefix_search(store, query, type, TOTAL_CAP, index))
    index = index or AliasIndex.for_store(store)
    entity_type = type if type in ENTITY_TYPES else None
    entities = search_entities(store, query, entity_type, TOTAL_CAP, index)
    total = len(entities) if type != "article" else 0
    if type not in (None, "article"):
        return total
    conn = store.conn
    rowids: set[int] = set()
    focus = None
    if not entities or entities[0]["score"] < search_topics.SPLIT_BELOW:
        focus = search_topics.split_query(query, lambda span: search_entities(store, span, entity_type, 5, index))
    if focus:
        rowids.update(search_topics.entity_articles(conn, [e["id"] for e in focus.entities]))
    expr, lemmas = fts_expression(query)
    if lemmas:
        found = _all_rowids(conn, expr)
        rowids |= found or (_all_rowids(conn, " OR ".join(expr.split(" "))) if len(lemmas) > 1 else set())
    if search_topics.is_foreign_script(query):
        named = focus.entities if focus else [e for e in entities if e["score"] >= search_topics.SPAN_MIN_SCORE]
        alt_expr, _ = _phrases(search_topics.cyrillic_spellings(conn, named[:3], _kb_names(named[:3])))
        if alt_expr:
            rowids |= _all_rowids(conn, alt_expr)
    return total + len(rowids)


def _all_rowids(conn, expr: str) -> set[int]:
    return {r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (expr,))}


def format_table(results: list[dict], total: int | None = None) -> str:
    """A readable plain-text table of search results (the CLI without --json): each
    hit's type, an entity's article count, an article's date and outlet; and, when the
    list is capped, «first N of M»."""
    if not results:
        return "no results"
    lines = [f"{'score':>5}  {'type':<12}  {'name':<40}  {'about':<24}  matched"]
    for r in results:
        name = _cut(clean_line(str(r["name"])), 40)
        matched = _cut(clean_line(str(r["matched"])), 60)
        lines.append(f"{r['score']:>5.1f}  {r['type']:<12}  {name:<40}  {_cut(_about(r), 24):<24}  {matched}")
    if total is not None and total > len(results):
        lines.append(f"first {len(results)} of {total:,}")
    return "\n".join(lines)


def _about(result: dict) -> str:
    """«3 articles» for an entity, «2025-01-31 Kazinform» for an article."""
    if result.get("kind") == "article":
        return clean_line(" ".join(str(x) for x in (result.get("date"), result.get("source")) if x))
    n = result.get("articles")
    if n is None:
        return ""
    return f"{n} article" + ("" if n == 1 else "s")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
