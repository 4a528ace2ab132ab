"""`centres_as_posts`: a border cooperation centre (МЦПС «Хоргос», «Международный центр
приграничного сотрудничества «Хоргос»», «"Қорғас" шекара маңындағы ынтымақтастық халықаралық
орталығы») that is the only name an article gives its crossing is the crossing, not a body.

Why (org74, issue 15): the centre is both a crossing (the `khorgos` row's kind is `mixed`
because of it) and a company. The references settle which by the rest of the article: where
the story names the post besides the centre («"Қорғас" екі аптаға жабылады» over a body about
the centre, c007; the seeds' МЦПС beside the zone named after the post), the centre is a body
as well; where the centre's name is the article's only name of the crossing («Исключение
сделано для Международного центра приграничного сотрудничества "Хоргос"», a008), the
reference lists it as the checkpoint alone. The checkpoint mention the post matcher finds
inside the centre's name stays either way.

The title and the body are read one at a time by the span passes, so this is decided over the
article's mentions (`centre_bodies_named_as_posts`, called by the extractor); the pass of this
name does nothing itself and is the switch for it.
"""

from __future__ import annotations

import re

# the centre's head words as Russian and Kazakh print them, with the abbreviations
_CENTRE = re.compile(
    r"МЦПС|ХШЫО|ШЫХО|центр\w*\s+приграничного\s+сотрудничества|ынтымақтастық\w*\s+(?:халықаралық\s+)?орталығ",
    re.IGNORECASE,
)


def centres_as_posts(text: str, spans: list, ctx) -> list:
    """The switch (see module doc): switched off (BORDERDOCS_DISABLE_PASSES), a centre stays
    a body wherever it is named."""
    return spans


def centre_bodies_named_as_posts(mentions: list) -> list:
    """The article's mentions without the centre bodies whose crossing the article names only
    inside a centre's name (see module doc)."""
    centres = [m for m in mentions if m.type == "organization" and _CENTRE.search(m.surface)]
    if not centres:
        return mentions
    posts = [m for m in mentions if m.type == "checkpoint" and m.ref]
    only_in_centres = {p.ref for p in posts} - {p.ref for p in posts if not _held_by_any(p, centres)}
    if not only_in_centres:
        return mentions
    dropped = {id(c) for c in centres if any(p.ref in only_in_centres and _holds(c, p) for p in posts)}
    if dropped:  # the bare abbreviation («МЦПС и Нур жолы» over the story) is that centre too
        dropped |= {id(c) for c in centres if not any(_holds(c, p) for p in posts)}
    return [m for m in mentions if id(m) not in dropped]


def _holds(outer, inner) -> bool:
    return outer.field == inner.field and outer.start <= inner.start and inner.end <= outer.end


def _held_by_any(post, centres) -> bool:
    return any(_holds(c, post) for c in centres)
