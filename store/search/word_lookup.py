"""Which entities have an alias holding a given word whole, read off the trigram
postings of an AliasIndex without scoring (for a bare surname's full-named owner:
store.search.entities._add_lone_owners)."""

from __future__ import annotations

import numpy as np

from store.search.alias_index import ENTITY_TYPES, AliasIndex
from store.search.trigrams import trigrams


def keys_with_word(index: AliasIndex, word: str, most: int = 64) -> np.ndarray:
    """Key ids of the keys that hold the folded `word` as a whole word (none when more
    than `most` do: a word that common names no one): the postings of the word's
    padded trigrams (^word$) intersected, rarest first, then each key's words checked.
    A few hundred microseconds, where scoring the word against the index takes
    milliseconds."""
    tris = trigrams(word)
    if not word or " " in word or not len(tris):
        return np.zeros(0, dtype=np.int64)
    starts = index.post_start
    lists = sorted((index.post_kid[starts[t] : starts[t + 1]] for t in tris.tolist()), key=len)
    kids = lists[0]
    for postings in lists[1:]:
        if not len(kids):
            break
        at = np.minimum(np.searchsorted(postings, kids), len(postings) - 1)  # postings ascend
        kids = kids[postings[at] == kids]
    kids = kids.astype(np.int64)
    found = [k for k, key in zip(kids.tolist(), index.keys_of(kids), strict=True) if word in key.split()]
    return np.array(found if len(found) <= most else [], dtype=np.int64)


def entities_of_keys(index: AliasIndex, kids: np.ndarray, type_: str | None = None) -> dict[int, int]:
    """{entity id: an alias id} of the aliases with these keys (of one type, if given)."""
    if not len(kids):
        return {}
    offs, eids, _ = index._expand(kids, np.zeros(len(kids), dtype=np.float32))
    if type_ in ENTITY_TYPES:
        inside = eids < len(index.ent_type)
        offs, eids = offs[inside], eids[inside]
        keep = index.ent_type[eids] == ENTITY_TYPES.index(type_)
        offs, eids = offs[keep], eids[keep]
    return dict(zip(eids.tolist(), index.alias_id[offs].tolist(), strict=True))


def entities_with_word(index: AliasIndex, word: str, type_: str | None = None, most: int = 64) -> dict[int, int]:
    """{entity id: an alias id} of the entities with an alias holding `word` (folded) as
    a whole word, in the index and in its layer of aliases added since it was written
    (store.search.index_cache.LayeredIndex), the index's hit first."""
    found = entities_of_keys(index, keys_with_word(index, word, most), type_)
    delta = getattr(index, "delta", None)
    if delta is not None:
        for eid, aid in entities_with_word(delta, word, type_, most).items():
            found.setdefault(eid, aid)
    return found
