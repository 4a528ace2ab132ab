"""A crossing named as its two posts joined by a dash: «пункты пропуска «Кайрак» – «Бугристое»,
«Сырым» – «Маштаково»». The pair is one crossing, and what a border-service digest says of it
(«Скопление людей и машин отмечено на …», «очереди из фур на …») is the Kazakh post's: the
foreign partner is named to say which crossing, and gets its «напротив» fact
(store/extract/fact_pairs.py), not a copy of every fact of the sentence. Without this rule one
digest sentence of six crossings gave its queue to twelve posts (ui66's walk, facts67); the
dev reference gives such a digest's facts to the Kazakh posts and «напротив» to their partners.

Only the queue and its counts: a line of trucks stands on one side, and the digests are the
Kazakh border service's. A closure, works or a deadline of «пункт «Нур жолы» – «Хоргос»» stays
both posts' (a crossing closed is closed both ways; facts43). Only pairs the gazetteer confirms
(`faces`), and only when the Kazakh post is an owner of the same fact: a foreign post named
alone, or as the only subject of its clause, keeps its facts.
"""

from __future__ import annotations

import re

from store.lang import gazetteer

# The kinds told of one side of a dash-joined crossing (its Kazakh post).
QUEUE_KINDS = ("queue", "count")

# What may stand between the two names of a pair: closing and opening quotes, a dash, spaces.
_JOINED = re.compile(r"[»\"”’]?\s*[-–—]\s*[«\"“‘]?")


def dash_partners(text: str, spans: list) -> dict[str, str]:
    """{foreign post: the Kazakh post it faces} for each foreign post of `spans` (sorted by
    start) joined by a dash to that Kazakh post, on either side of it."""
    out: dict[str, str] = {}
    for left, right in zip(spans, spans[1:], strict=False):
        if left.ref == right.ref or not _JOINED.fullmatch(text, left.end, right.start):
            continue
        for foreign, home in ((left.ref, right.ref), (right.ref, left.ref)):
            cp = gazetteer.get(foreign)
            if cp is not None and cp.foreign and home in cp.faces:
                out[foreign] = home
    return out


def without_partners(owners: list[str], partners: dict[str, str]) -> list[str]:
    """`owners` less the foreign posts whose dash-joined Kazakh partner is an owner too."""
    if not partners:
        return owners
    kept = set(owners)
    return [r for r in owners if partners.get(r) not in kept]
