"""Pass `abbreviations_as_printed`: a body the article calls by its letters keeps them as a name (issue 15, org73).

Why: `link_knowledge_base` names every mention of a knowledge-base body by the longest
name the article prints, so an article that spells the body out once and then calls it
«РЖД», «КТЖ», «ВС» three times exports only the long name. The references list the name
the article goes by: when the letters are what the text mostly prints, they list the
letters (dev's «КТЖ», factRu's «РЖД», «ВС» beside the full name), and the letters were
a missed name. The store files both under the row's key (store.lang.identity), so the
body stays one entity; only the article's export shows the letters as the second name.

Rule: in one text, the mentions of a knowledge-base body printed as its abbreviation
(one word in capitals, a Kazakh case ending after a hyphen allowed) are named by that
abbreviation when they outnumber the body's mentions printed by a longer name. An article
that names the body once each way keeps the long name alone (dev's reference then lists
the long name and not always the letters).
"""

from __future__ import annotations

import re
from collections import defaultdict

from store.extract.body_groups import row_of

# one word of capitals (Cyrillic, Kazakh or Latin), a Kazakh case ending after a hyphen allowed
_LETTERS = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})(?:-[а-яәғқңөұүһі]{1,4})?")


def abbreviations_as_printed(text: str, spans: list, ctx) -> list:
    """`spans` unchanged; the letters' names set in `ctx.names` when they outnumber the body's
    longer names in the text (see the module doc). The knowledge base is asked only about
    organization spans that are one word of capitals, and once per distinct text (row_of is cached)."""
    names = getattr(ctx, "names", None)
    if names is None:
        return spans
    letters = [s for s in spans if s.type == "organization" and _LETTERS.fullmatch(s.text)]
    if not letters:
        return spans
    by_row: dict[str, list] = defaultdict(list)
    for s in letters:
        row = row_of(s.text)
        if row is not None:
            by_row[row].append(s)
    for row, short in by_row.items():
        long = [s for s in spans if s.type == "organization" and s not in short and row_of(s.text) == row]
        if long and len(short) > len(long):
            for s in short:
                names[(s.start, s.end)] = _LETTERS.fullmatch(s.text).group(1)
    return spans
