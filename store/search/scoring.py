"""How alike a folded query and folded alias keys are (0–100), over many keys at once.

The score is a composite — plain ratio, token-sort ratio, ratio without spaces, coarse
ratio and token coverage — because the usual shortcuts (WRatio, partial_ratio,
token_set_ratio) give short unrelated names 90–100 on short folded keys.
"""

from __future__ import annotations

from itertools import chain, repeat

import numpy as np
from rapidfuzz import fuzz, process

from store.lang import names


def score_keys(qkey: str, keys: list[str]) -> np.ndarray:
    """Composite similarity (0–100) of one folded query to folded keys.

    max of: ratio; token-sort ratio (surname first); ratio without spaces
    (Nurzholy = Nur Zholy); ratio of coarse keys x0.92 (Хоргос ~ Қорғас); token
    coverage (every query word found in the key, scaled by how much of the key the
    query covers, so `bektenov` finds «Олжас Бектенов» but below «Бектенов» itself).
    """
    return score_variants([(qkey, 0.0)], keys)


def score_variants(variants: list[tuple[str, float]], keys: list[str], floor: float = 0.0) -> np.ndarray:
    """The best over (folded query, penalty) variants of score_keys(query) - penalty.

    The keys' derived forms (without spaces, coarse, their words) are made once for
    all variants, over the keys joined into one string (~800 keys a query), and each
    measure is one cdist over every variant. `floor`: scores below it are not needed
    exactly (a caller drops them), so each ratio is computed with that cutoff, which
    lets rapidfuzz skip the keys whose length alone rules them out; what it returns at
    or above the floor is exact."""
    if not keys or not variants:
        return np.zeros(len(keys), dtype=np.float32)
    forms = _KeyForms(keys)
    qs = [q for q, _ in variants]
    top = max(p for _, p in variants)
    # a score below `cut` is dropped by every variant (100 at most: rapidfuzz's range, and
    # a measure's 100 then still falls under the floor and is dropped)
    cut = min(floor + min(p for _, p in variants), 100.0) if floor else None
    ratio = _cdist(qs, keys, fuzz.ratio, cut)
    np.maximum(ratio, _cdist(qs, keys, fuzz.token_sort_ratio, cut), out=ratio)
    np.maximum(ratio, _cdist([q.replace(" ", "") for q in qs], forms.no_space, fuzz.ratio, cut), out=ratio)
    coarse_cut = min(max(cut / 0.92 - 1, COARSE_LEAST), 100.0) if cut else COARSE_LEAST
    coarse = _cdist([names.coarse(q) for q in qs], forms.coarse, fuzz.ratio, coarse_cut)
    coarse[coarse < COARSE_LEAST] = 0.0
    np.maximum(ratio, coarse * 0.92, out=ratio)
    best = np.full(len(keys), -top - 1.0, dtype=np.float32)
    for i, (q, penalty) in enumerate(variants):
        row = np.maximum(ratio[i], forms.coverage(q, floor + penalty if floor else 0.0))
        np.maximum(best, row - penalty, out=best)
    return best


# The coarse keys (h~k, o~a) are for spellings of one name, alike but for those sounds
# (Хоргос/Қорғас: equal): two keys a whole letter apart besides are no spellings of one
# name, and on six letters the merged sounds make unrelated ones near (issue 16: «khorgos»
# listed Карасу, kargas~karasu 83, and Saryagas, kargas~sariagas 71).
COARSE_LEAST = 85.0


def _cdist(queries: list[str], keys: list[str], scorer, cutoff: float | None) -> np.ndarray:
    """Scores of each query (rows) against each key; below `cutoff` they may read 0."""
    return process.cdist(queries, keys, scorer=scorer, dtype=np.float32, score_cutoff=cutoff)


class _KeyForms:
    """Folded keys' derived forms, made once per scoring: without spaces, coarse, and
    a key x word matrix of indices into their distinct words (for coverage)."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        joined = "\n".join(keys)
        plain = _is_fold_shaped(joined, len(keys))
        self.joined = joined if plain else None
        no_spaces = joined.replace(" ", "")
        self.no_space = no_spaces.split("\n") if plain else [k.replace(" ", "") for k in keys]
        self.coarse = (
            no_spaces.replace("h", "k").replace("o", "a").split("\n") if plain else list(map(names.coarse, keys))
        )
        self._words: tuple[list[str], np.ndarray | None, np.ndarray] | None = None

    def coverage(self, qkey: str, least: float = 0.0) -> np.ndarray:
        """_coverage of `qkey` over these keys; exact at `least` or above (below it may read 0)."""
        if self._words is None:
            self._words = _key_words(self.keys, self.joined)
        vocab, mat, lens = self._words
        return _coverage_of(qkey, vocab, mat, lens, len(self.keys), least)


_FOLD_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789 \n"


def _is_fold_shaped(joined: str, n: int) -> bool:
    """Are the keys (joined by newlines) what names.fold writes: no newline inside, no
    empty key, words separated by exactly one space? Then their words and lengths can
    be read off the joined string. Checked over the bytes: only those letters, digits,
    spaces and newlines (a translate that deletes them leaves nothing), n - 1 newlines,
    and no separator first, last or next to another (the four substring searches this
    replaces took ~0.08 ms over 600 keys, every scoring)."""
    if not joined or not joined.isascii():
        return False
    data = joined.encode("ascii")
    if data.translate(None, _FOLD_BYTES) or data.count(b"\n") != n - 1:
        return False
    sep = np.frombuffer(data, dtype=np.uint8) < ord("0")  # a space or a newline, the only bytes left under it
    return not (sep[0] or sep[-1] or (sep[1:] & sep[:-1]).any())


def _coverage(qkey: str, keys: list[str], joined: str | None = None) -> np.ndarray:
    """Mean over query words of their best word match in the key, times
    (0.88 + 0.12 x share of key words matched at >= 85: a patronymic «Жандосулы»
    is not covered by the query `Zhandos`). Vectorized over a key x word matrix.
    `joined`: the keys joined by newlines when they are fold-shaped (_is_fold_shaped)."""
    return _coverage_of(qkey, *_key_words(keys, joined), len(keys))


def _key_words(keys: list[str], joined: str | None) -> tuple[list[str], np.ndarray | None, np.ndarray]:
    """(the keys' distinct words, a key x word matrix of indices into them padded with
    len(words), each key's word count); the matrix is None when no key has a word."""
    if joined is not None:
        words = joined.split()  # every key's words, in order
        lens = np.fromiter(map(str.count, keys, repeat(" ")), dtype=np.int64, count=len(keys)) + 1
    else:
        split = [k.split() for k in keys]
        words = list(chain.from_iterable(split))
        lens = np.fromiter(map(len, split), dtype=np.int64, count=len(split))
    if not len(lens) or not lens.max():
        return [], None, lens
    vocab = list(dict.fromkeys(words))
    position = {w: i for i, w in enumerate(vocab)}
    flat = np.fromiter(map(position.__getitem__, words), dtype=np.int64, count=len(words))
    mat = np.full((len(keys), int(lens.max())), len(vocab), dtype=np.int64)
    rows = np.repeat(np.arange(len(keys)), lens)
    cols = np.arange(len(words)) - np.repeat(np.cumsum(lens) - lens, lens)
    mat[rows, cols] = flat
    return vocab, mat, lens


def _coverage_of(
    qkey: str, vocab: list[str], mat: np.ndarray | None, lens: np.ndarray, n: int, least: float = 0.0
) -> np.ndarray:
    """_coverage of one query over the keys' words (_key_words). `least`: coverage
    under it is not needed (score_variants' floor), so when no key can reach it the
    word grid is not built (zeros returned): the bound of _may_reach."""
    qtoks = qkey.split()
    if mat is None or not qtoks:
        return np.zeros(n, dtype=np.float32)
    sims = process.cdist(qtoks, vocab, scorer=fuzz.ratio, dtype=np.float32)
    if least and not _may_reach(qtoks, vocab, sims, least):
        return np.zeros(n, dtype=np.float32)
    if len(qtoks) == 1:  # a word among several is scored by the mean: its noise is shared
        _discount_other_initials(qtoks, vocab, sims)
    begun = _prefix_sims(qtoks, vocab, sims)
    sims = np.concatenate([sims, np.full((len(qtoks), 1), -1.0, dtype=np.float32)], axis=1)
    q_best = _best_per_key(sims, mat).mean(axis=0)
    k_cov = _covered_words(sims.max(axis=0) >= 85, mat) / np.maximum(lens, 1)
    cover = (q_best * (0.88 + 0.12 * k_cov)).astype(np.float32)
    if len(qtoks) == 1 and begun:  # a word being typed: the words it begins rank by how much is typed
        np.maximum(cover, np.where(np.isin(mat, begun).any(axis=1), PREFIX_FLOOR, 0.0).astype(np.float32), out=cover)
    return cover


def _best_per_key(sims: np.ndarray, mat: np.ndarray) -> np.ndarray:
    """Each query word's best score over each key's words (query word x key): the max over
    the key x word grid's last axis, taken one word column at a time (a max over a last
    axis of 2–6 words cost numpy more than the gathering, ~0.06 ms at 600 keys)."""
    best = sims[:, mat[:, 0]]
    for col in range(1, mat.shape[1]):
        np.maximum(best, sims[:, mat[:, col]], out=best)
    return best


def _covered_words(covered: np.ndarray, mat: np.ndarray) -> np.ndarray:
    """How many of each key's words some query word matches at 85+ (`covered`: per
    vocabulary word and the padding after it, does any query word reach 85 on it),
    counted one word column at a time as _best_per_key reads them."""
    count = covered[mat[:, 0]].astype(np.int64)
    for col in range(1, mat.shape[1]):
        count += covered[mat[:, col]]
    return count


def _may_reach(qtoks: list[str], vocab: list[str], sims: np.ndarray, least: float) -> bool:
    """Can any key's coverage reach `least`? Coverage is a mean over query words of
    each one's best word score, times at most 1, so it is at most the best word score
    of some query word; that score is the plain ratio (`sims`, before the discount
    of _discount_other_initials, which only lowers it) unless the query word begins a
    vocabulary word (_prefix_sims, PREFIX_FLOOR: up to 100). False only when no word
    is so begun and no ratio reaches `least`: then every key's coverage is under it.
    A swapped-letters look-up («rial» for «rail») needs 96, which a word of another
    spelling seldom reaches, and its word grid was most of its scoring."""
    if least > 100.0:
        return False
    if float(sims.max(initial=0.0)) >= least:
        return True
    words = "\n" + "\n".join(vocab)
    return any(len(q) >= 3 and ("\n" + q) in words for q in qtoks)


# A query of one word that begins a long key word («Кап…» of «Капланбек») scored
# (60 + 40 x its share) x 0.88 when the word is not covered: under the 65 a result needs
# for words of 9+ letters after 3 typed (the name vanished while the user typed it), and
# under any fuzzy look-alike that is no such word («Караш»: Карасук 84.9 by its coarse
# form, Карашатау 72.4; «Alasha»: Болашак 78.9, Alashankou 70.6). A key with a word the
# query begins scores at least PREFIX_FLOOR: a whole word begun outranks a fuzzy match
# of a word that is not (issue 16), yet stays under a whole word matched (90+), under a
# one-letter slip of a short name (Каинды for «Канды», 90.9) and under the 88 that makes
# a run of words a name (search_topics). Keys begun alike tie, so the most-mentioned
# entity comes first (AliasIndex._entities), as for one or two letters.
PREFIX_FLOOR = 85.0


# A query word that only resembles a key word (ratio under 85) and does not begin with
# its sound is mostly a coincidence of letters: `bektenov` and «объектов» (obektov) share
# six letters, ratio 80, so one word of a long body's name made the body a 70-point hit
# for a surname. Such a resemblance counts this much; a close match (85+, one slip in a
# short word) and a word whose initial sounds alike keep their ratio. Initials sound alike
# within a class the scripts swap: any vowels (Ozbekiston/Узбекистан), ж/з (Жайсан/
# Зайсан: j, z), х/қ/к/г (h, q, k, g), с/ц (s, c), в/w.
OTHER_INITIAL_WEIGHT = 0.85
_INITIAL_CLASS = str.maketrans({c: cls[0] for cls in ("aeiouy", "jz", "hqkg", "sc", "vw") for c in cls})


def _discount_other_initials(qtoks: list[str], vocab: list[str], sims: np.ndarray) -> None:
    """Scale, in place, the loose resemblances (under 85) of query words to key words
    whose initial sounds otherwise (OTHER_INITIAL_WEIGHT). The initials are compared as
    code points of one string (a Python loop per word cost 0.36 ms at 3,000 words)."""
    if not vocab:
        return
    firsts = "".join(w[0] for w in vocab).translate(_INITIAL_CLASS)
    initials = np.frombuffer(firsts.encode("utf-32-le"), dtype=np.uint32)
    for i, q in enumerate(qtoks):
        loose = (sims[i] < 85) & (initials != ord(q[0].translate(_INITIAL_CLASS)))
        sims[i, loose] *= OTHER_INITIAL_WEIGHT


def _prefix_sims(qtoks: list[str], vocab: list[str], sims: np.ndarray) -> list[int]:
    """A query word of 3+ letters that begins a key word (typing `khorg…` as you
    search) is worth 60 + 40 x its share of the word: «Хоргос» shows from `khorg`,
    yet a prefix never ties a whole word (the flaw of partial_ratio). Returns the
    positions in `vocab` of the words the first query word begins."""
    begun: list[int] = []
    starts: _WordStarts | None = None
    for i, q in enumerate(qtoks):
        if len(q) < 3:
            continue
        starts = starts or _WordStarts(vocab)
        found = starts.begun_by(q)
        for j in found:
            sims[i, j] = max(sims[i, j], 60.0 + 40.0 * len(q) / len(vocab[j]))
        if i == 0:
            begun = found
    return begun


class _WordStarts:
    """The vocabulary's words joined by newlines, to find the words a query word begins
    by searching the text for newline + word (one `str.find` per word so begun, where
    a startswith over each of ~500 words cost ~0.07 ms a query word)."""

    def __init__(self, vocab: list[str]) -> None:
        self.text = "\n" + "\n".join(vocab) + "\n"
        self.offsets = np.cumsum([0] + [len(w) + 1 for w in vocab])  # each word's newline

    def begun_by(self, q: str) -> list[int]:
        """Positions in the vocabulary of the words longer than `q` that begin with it,
        ascending (as the startswith scan listed them). Words hold no whitespace
        (str.split's), so a match after a newline is a word's start."""
        needle, text = "\n" + q, self.text
        at, starts = text.find(needle), []
        while at >= 0:
            if text[at + len(needle)] != "\n":  # longer than q, not q itself
                starts.append(at)
            at = text.find(needle, at + 1)
        return np.searchsorted(self.offsets, starts).tolist() if starts else []
