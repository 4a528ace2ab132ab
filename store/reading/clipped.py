"""The article's last paragraph cut off mid-sentence by the page or the scraper.

Saved pages often stop in the middle of the story's last paragraph («Вместе с тем
Пограничная служба КНБ отметила,», «…создас»), right before the trailer (tags, share
buttons, «Читайте также») or the end of the file. Such a line lacks the full stop the
body rules look for, yet it is text of the article and may hold its names. It is told
from a teaser headline by its shape — a clause cut off, not a complete title — and by
its place: right after a sentence of the body, right before the trailer.
"""

from __future__ import annotations

import re

from store.reading import furniture as fu
from store.reading.credits import author_line

# Where a clause was cut: a trailing comma, an opening quote or bracket, a dash.
_OPEN_END = re.compile(r"(?:,|[«“„(\[]|\s[—–-])\s*$")
# A comma followed by a lower-case word: a sentence's second clause («По его словам, реконструировать…»).
_CLAUSE = re.compile(r",\s+[«\"“]?([^\W\d_])")
_OPENERS = "«\"“„'(•·-–— "
# The shortest cut sentence worth keeping, by sign of the cut (fewer words hold no name).
_MIN_OPEN_END, _MIN_CLAUSE, _MIN_LONG = 3, 5, 10


def cut_off(line: str, dated: bool = False) -> bool:
    """A sentence cut off before its end: it starts as a sentence does, is no furniture,
    and shows the cut — a dangling comma or quote, a second clause after a comma, or ten
    words and more without the colon a headline uses («Кордай: что известно»). A line with
    a date of its own under it (`dated`) is a teaser's headline unless the cut shows in it."""
    s = line.strip()
    n = fu.word_count(s)
    # «Ранее сообщалось, что в Ка…»: a link to an earlier story, cut or not
    if n < _MIN_OPEN_END or fu.ends_sentence(s) or fu.EARLIER_STORY.match(s):
        return False
    if fu.classify(s) or fu.is_nav_row(s) or author_line(s) or _keyword_list(s):
        return False
    first = s.lstrip(_OPENERS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if _OPEN_END.search(s):
        return True
    if n >= _MIN_CLAUSE and any(m[1].islower() for m in _CLAUSE.finditer(s)):
        return True
    return n >= _MIN_LONG and ":" not in s and not dated


def _keyword_list(s: str) -> bool:
    """A row of tags or keywords («Кордай, граница, КПП, очередь, фуры», «A | B | C»): three
    items or more, each of three words at most — a list, not a clause."""
    items = [it for it in re.split(r"\s*[,|/•·]\s*", s) if it.strip()]
    return len(items) >= 3 and sum(fu.word_count(it) <= 3 for it in items) >= len(items) - 1


def trailer_follows(lines: list[str], i: int) -> bool:
    """Nothing of the article comes after line i: the page ends, or the next line is
    furniture (tags, share buttons, a «Читайте также» label, a dated teaser)."""
    if i + 1 >= len(lines):
        return True
    nxt = lines[i + 1]
    return bool(fu.classify(nxt) or fu.is_related_start(nxt))


def clipped_tail(lines: list[str], i: int) -> bool:
    """Line i is the story's last paragraph cut off: it follows a finished sentence (or a
    list's last item), shows a cut, and the trailer or the page's end comes next."""
    if i <= 0 or i >= len(lines):
        return False
    before = lines[i - 1].rstrip()
    finished = fu.ends_sentence(before) or before.endswith((";", ","))
    dated = i + 1 < len(lines) and fu.is_related_start(lines[i + 1]) and fu.classify(lines[i + 1]) == "date"
    return finished and cut_off(lines[i], dated) and trailer_follows(lines, i)
