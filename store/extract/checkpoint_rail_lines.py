"""A rail line named by its end stations: «на участке Достык — Актогай уложили второй путь»,
«вторые пути Достык – Мойынты», «по линии Алтынколь — Жетыген», Kazakh «Алтынкөл – Жетіген
желісі». docs/gazetteer.md's convention (dev a018, a019) reads the end that is a rail post as
that post and the far end as a place; the post finder asks for a post's cue in the text, and a
note on track works has none (no border, no post, no traffic), so the model took both ends as
places. This is the cue: a line's noun before the dashed pair (Russian) or after it (Kazakh),
the pair's two capitalised names joined by a dash, quoted or not. Only a name with a rail row
is asked (checkpoints._rail_line_end): a road post's name so joined is a road's stop.
"""

from __future__ import annotations

import re

from store.extract.needles import may_hold

_CAP = r"(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]*"
# the two ends: «Достык — Актогай», «"Алтынколь–Жетыген"» (a two-word end, «Семиглавый Мар», is one
# or two capitalised words)
_PAIR = rf"[«\"“„]?(?P<a>{_CAP}(?:[ \t]{_CAP})?)[ \t]*[-–—][ \t]*(?P<b>{_CAP}(?:[ \t]{_CAP})?)[»\"”]?"
# Russian: a line, a section, a branch, the tracks, a stretch right before the pair
_NOUN_BEFORE = (
    r"\b(?:лини[яиюейм]\w*|участ(?:ок|ка|ке|ку|ком|ки|ков|ках)|ветк\w*|пут(?:и|ь|ей|ям|ях)|перегон\w*|магистрал\w*)"
)
# Kazakh: the pair before «желісі» (line) or «учаскесі» (section), «темір жол» between or not
_NOUN_AFTER = r"[ \t]+(?:темір[ \t]?жол\w*[ \t]+)?(?:желіс|учаске)\w*"
_LINES = (
    re.compile(rf"{_NOUN_BEFORE}[ \t]+{_PAIR}", re.IGNORECASE),
    re.compile(rf"{_PAIR}{_NOUN_AFTER}", re.IGNORECASE),
)

# Every match of _LINES holds one of these words (lower-case): the line's noun. A text with none names no line.
_NOUN_NEEDLES = ("лини", "участ", "ветк", "пут", "перегон", "магистрал", "желіс", "учаске")


def line_end(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one end of a rail line written by its two end stations? The pair must
    sit within 120 letters before the name (the line's noun opens it) or right at it. A text holding
    none of the line nouns (_NOUN_NEEDLES) is not scanned (ingest123)."""
    if not may_hold(text, _NOUN_NEEDLES):
        return False
    lo, hi = max(0, start - 120), min(len(text), end + 80)
    return any(
        m.start(g) <= start and end <= m.end(g) for line in _LINES for m in line.finditer(text, lo, hi) for g in "ab"
    )
