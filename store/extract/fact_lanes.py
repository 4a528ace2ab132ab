"""Lanes told by direction or as rows of traffic: «заходит всего один ряд», «работают две полосы
на въезд и одна на выезд» (one fact), «открыта только одна полоса», «шығуға бір ғана жолақ ашық».

fact_amounts.facilities counts lanes from two up and stops at «на» («две полосы» of «две
полосы на въезд»), and knows no «ряд»: a story telling why a queue grows («на пост заходит
всего один ряд») gave no capacity. A row is read only after a verb of entering or moving
(«выстроились в два ряда» is a queue's shape, not a lane), one lane only beside «только»,
«всего», «лишь», «ғана» or a direction (a bare «одна полоса» may be a road's). Each function
takes one clause already known to name or continue a post.
"""

from __future__ import annotations

import re

from store.extract import number_words
from store.extract.needles import may_hold

_ONE = r"(?<![\w-])(?:один|одна|одну|одним|бір)"
_HOW_MANY = rf"(?:{_ONE}|{number_words.COUNT}|(?<![\w.,])\d{{1,2}})"
_ONLY = r"(?:(?:всего|только|лишь|ғана)\s+)"
_WAY = r"(?:въезд|выезд)\w*"
# «заходит всего один ряд (машин)», «машины пропускают в один ряд» is the queue's side; only
# entering and moving verbs
_ROWS = re.compile(
    rf"(?<![\w-])(?:заход\w*|въезжа\w*|запуска\w*|двига\w*|движ\w*|ид[её]т|едут)\s+(?:[^\s.;:!?]+\s+){{0,2}}?"
    rf"(?:в\s+)?{_ONLY}?{_HOW_MANY}\s+ряд\w*(?![\w-])",
    re.IGNORECASE,
)
# «две полосы на въезд», «только одна полоса на выезд», «бір ғана жолақ», then an elliptic
# second count «и одна на выезд»
_LANES = re.compile(
    rf"(?<![\w-])(?:{_ONLY}?{_HOW_MANY}\s+(?:ғана\s+)?(?:полос\w*|жола[қғ]\w*)(?P<way>\s+на\s+{_WAY})"
    rf"|{_ONLY}{_HOW_MANY}\s+(?:ғана\s+)?(?:полос\w*|жола[қғ]\w*)(?P<way1>\s+на\s+{_WAY})?"
    rf"|{_ONE}\s+ғана\s+жола[қғ]\w*)(?![\w-])",
    re.IGNORECASE,
)
_AND_OTHER_WAY = re.compile(rf"\s*,?\s+(?:и|а)\s+{_HOW_MANY}\s+на\s+{_WAY}(?![\w-])", re.IGNORECASE)
_NEEDLES = ("ряд", "полос", "жолақ", "жолағ")


def lanes(clause: str) -> list[str]:
    """Rows and lanes the clause counts by direction or as the only ones («заходит всего один
    ряд», «две полосы на въезд», «одна на выезд»), each as the text says it."""
    if not may_hold(clause, _NEEDLES):
        return []
    found = [" ".join(m.group().split()) for m in _ROWS.finditer(clause)]
    for m in _LANES.finditer(clause):
        # «две полосы на въезд и одна на выезд» is one fact: the second count has no noun of its own
        other = _AND_OTHER_WAY.match(clause, m.end()) if m.group("way") or m.group("way1") else None
        found.append(" ".join(clause[m.start() : other.end() if other else m.end()].split()))
    return found
