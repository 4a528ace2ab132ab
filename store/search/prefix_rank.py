"""The top entities of a one- or two-letter prefix without expanding every key it
matched (store.search.alias_index.AliasIndex.ranked_prefix_match).

«a» begins a word of ~90,000 of 400,000 keys at a million aliases; ranking all their
~180,000 aliases by (score, own name, articles, id) took 10–15 ms, while the page needs
20 entities. Each key's best alias under that order (its score is the key's: 100 for
the prefix itself, 70 for a word that begins so) is kept per index as one packed int64
(`key_best`, made once per set of article counts, ~15 ms at a million aliases). A query
expands only the keys whose best alias ranks highest; an alias of a key left out ranks
at most as high as that key's best, so the entities ranked above every key left out
are the first ones, in the order the full ranking gives. When fewer than `limit` are,
more keys are taken, then all.
"""

from __future__ import annotations

import numpy as np

# bits of the packed rank, as alias_index._rows_of_top_entities packs it: a level
# (score to 0.1, then own name) above 21 bits of article count above 24 bits of id
EID_BITS, COUNT_BITS, LEVEL_SHIFT = 24, 21, 45


def key_best(index) -> np.ndarray | None:
    """Per key, the packed (own name, articles, lowest id) of its best alias, with
    the level's own-name bit in place; None when a count or id does not fit the bits
    (the caller ranks every alias then). Kept on the index while its counts stay."""
    kept = index.__dict__.get("_key_best")
    if kept is not None and kept[0] is index.ent_count:
        return kept[1]
    best = _key_best(index)
    index.__dict__["_key_best"] = (index.ent_count, best)
    return best


def _key_best(index) -> np.ndarray | None:
    eids = index.alias_eid
    if not len(eids) or not len(index.ent_count):
        return None
    counts = index.ent_count[np.minimum(eids, len(index.ent_count) - 1)].astype(np.int64)
    if int(eids.max()) >= 1 << EID_BITS or int(eids.min()) < 0 or int(counts.max()) >= 1 << COUNT_BITS:
        return None
    lens = np.diff(index.alias_start)
    if not len(lens) or int(lens.min()) < 1:
        return None  # a key without aliases: reduceat would read its neighbour's
    packed = index.alias_primary.astype(np.int64) << LEVEL_SHIFT
    packed |= counts << EID_BITS
    packed |= (1 << EID_BITS) - 1 - eids
    return np.maximum.reduceat(packed, index.alias_start[:-1])


def top_rows(
    index, keys: np.ndarray, scores: np.ndarray, limit: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(alias positions, entity ids, scores) of the rows that decide the `limit` best
    entities among these keys (ordered by score, then key id, as the full ranking
    expands them), or None to rank every row. Only rows ranked above every key left
    out are returned."""
    best = key_best(index)
    if best is None or len(keys) <= 4 * limit:
        return None
    level = np.rint(scores.astype(np.float64) * 10).astype(np.int64) * 2  # own name: in `best`
    key_rank = (level << LEVEL_SHIFT) + best[keys]
    take = 4 * limit
    while take < len(keys):
        chosen = np.argpartition(-key_rank, take - 1)[:take]
        left_out = np.ones(len(keys), dtype=bool)
        left_out[chosen] = False
        bar = int(key_rank[left_out].max())
        chosen = np.sort(chosen)  # the keys come ordered as the full ranking expands them
        offs, eids, s = index._expand(keys[chosen], scores[chosen])
        rank = _row_rank(index, offs, eids, s)
        above = rank > bar
        if len(np.unique(eids[above])) >= limit:
            return offs[above], eids[above], s[above]
        take *= 4
    return None


def _row_rank(index, offs: np.ndarray, eids: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Each row's packed rank: level (score to 0.1, own name), articles, lowest id."""
    counts = index.ent_count[np.minimum(eids, len(index.ent_count) - 1)].astype(np.int64)
    level = np.rint(s.astype(np.float64) * 10).astype(np.int64) * 2 + index.alias_primary[offs]
    return (level << LEVEL_SHIFT) | (counts << EID_BITS) | ((1 << EID_BITS) - 1 - eids)
