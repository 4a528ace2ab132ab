"""`borderdocs search`'s table fitted to the terminal, as the board, facts and directives
are: store.search.format_table's fixed layout is about 150 cells wide, so at 80 columns
every hit wrapped onto two lines. Here each hit is one line of the terminal's width: at
80 columns its type, name and what it is (an entity's article count and, for a
post, its kind and side — «Хоргос» ours or China's — an article's date and outlet); from
100 columns its score, from 110 the words it matched (an article's snippet) as well.
"""

from __future__ import annotations

from store.cli.table import Column, cells, format_rows, line_width
from store.sanitize import clean_line
from store.search.table import about

MATCHED_FROM = 110  # the narrowest line that shows the matched words
SCORE_FROM = 100  # and the score


def search_table(results: list[dict], total: int | None = None, width: int | None = None) -> str:
    """The hits as a header and one line each, `width` cells at most (default the
    terminal's), and «first N of M» when the list is capped."""
    if not results:
        return "no results"
    width = width or line_width()
    rows = [dict(r, about=about(r)) for r in results]
    lines = [format_rows(rows, _columns(rows, width), width)]
    if total is not None and total > len(results):
        lines.append(f"first {len(results)} of {total:,}")
    return "\n".join(lines)


def _columns(rows: list[dict], width: int) -> tuple[Column, ...]:
    """Type, name and about; the score and the matched words when the line has room. The
    name and about grow with the line up to the fixed layout's 40 and 42 cells."""
    score = Column("score", "score", 5, get=lambda r: f"{r['score']:>5.1f}")
    kind = Column("type", "type", 12)
    if width < MATCHED_FROM:  # the list is best first: the score waits for 100 columns
        kind = Column("type", "type", _widest(rows, "type", 12))
        name = Column("name", "name", _widest(rows, "name", 24))  # short names leave a post's side whole
        return (score,) * (width >= SCORE_FROM) + (kind, name, Column("about", "about"))
    spare = width - MATCHED_FROM
    about_width = min(42, max(len(r["about"]) for r in rows), 22 + spare // 3)
    name = Column("name", "name", min(40, 28 + spare // 3))
    return score, kind, name, Column("about", "about", max(5, about_width)), Column("matched", "matched")


def _widest(rows: list[dict], key: str, most: int) -> int:
    """The longest cell of `key` (at least its header's 4 cells), `most` at most."""
    return min(most, max(4, *(cells(clean_line(str(r.get(key) or ""))) for r in rows)))
