"""One-to-one matching of exported items to reference items by a score of agreement.

Directives and checkpoint facts are both scored this way (bench/evaluate.py,
bench/fact_agreement.py): each reference item, in order, takes the free exported item
that agrees with it most, if any agrees at all; an exported item agreeing with no
reference item is counted apart, as what the reference does not state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def one_to_one(exported: Sequence, gold: Sequence, agree: Callable[[object, object], int]) -> tuple[int, int]:
    """(reference items found, exported items agreeing with none); `agree(pred, ref)` is
    how strongly they agree, 0 when they do not."""
    free, found = list(range(len(exported))), 0
    for g in gold:
        best = max(free, key=lambda i: agree(exported[i], g), default=None)
        if best is not None and agree(exported[best], g) > 0:
            free.remove(best)
            found += 1
    unmatched = sum(1 for item in exported if not any(agree(item, g) for g in gold))
    return found, unmatched


def tally(out: dict, fname: str, what: str, found: int, wanted: int, exported: int, unmatched: int) -> None:
    """Add one comparison's counts to `out` (found, exported, unmatched) and, when it fell
    short or added something, a line for the article's disagreements (`-v`)."""
    out["found"] += found
    out["exported"] += exported
    out["unmatched"] += unmatched
    if found < wanted or unmatched:
        out["errors"].setdefault(fname, []).append(
            f"{what}: {found}/{wanted} found, {unmatched} of {exported} exported match none"
        )
