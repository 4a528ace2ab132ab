"""`borderdocs search`'s table fitted to the terminal, as the board, facts and directives
are: store.search.format_table's fixed layout is about 150 cells wide, so at 80 columns
every hit wrapped onto two lines. Here each hit is one line of the terminal's width: at
80 columns its type, name and what it is (an entity's article count and, for a
post, its kind and side — «Хоргос» ours or China's — an article's date and outlet, and
after them «← председатель КГД» when an entity was found by words other than its name, as
the TUI's search prints it: a person found by a post otherwise read as a random name); from
100 columns its score, from 110 the words it matched (an article's snippet) as well. An
article's snippet is cut around the word that found the page (store.cli.search_hits), and
under 110 columns it has a line of its own under the article's; on a terminal the word is bold.
"""

from __future__ import annotations

from store.cli.search_hits import hit_window, marked
from store.cli.table import LAST_MIN, Column, cells, fit, format_rows, line_width
from store.sanitize import clean_line
from store.search.table import about, shown_name

MATCHED_FROM = 110  # the narrowest line that shows the matched words
# Under this the best hit is a guess, as `borderdocs show` says (store.cli.show.STRONG):
# at 80 columns no score is printed, and «qqqzzzxx» listed ten outlets as if found.
GUESS_BELOW = 75.0
SCORE_FROM = 100  # and the score


def search_table(results: list[dict], total: int | None = None, width: int | None = None, marks: bool = False) -> str:
    """The hits as a header and one line each, `width` cells at most (default the
    terminal's), and «first N of M» when the list is capped; under 110 columns an article
    found by a word of the query has a second line, its snippet around that word. `marks`:
    the word in bold (a terminal: store.cli.search_hits.marks_wanted)."""
    if not results:
        return "no results"
    width = width or line_width()
    narrow = width < MATCHED_FROM
    rows = [dict(r, name=shown_name(r), about=_about(r, narrow)) for r in results]  # «Хоргос (CN)»
    columns = _columns(rows, width)
    if narrow:
        lines = _with_hit_lines(_narrow_lines(rows, columns, width), rows, columns, width, marks)
    else:
        lines = _marked_matches(rows, columns, width, marks)
    if total is not None and total > len(results):
        lines.append(f"first {len(results)} of {total:,}")
    best = max(float(r.get("score") or 0) for r in results)
    if best < GUESS_BELOW and all(r.get("kind") != "article" for r in results):  # an article's words are found
        lines.append(f"no hit scores {GUESS_BELOW:.0f} or more (the best {best:.1f}): near spellings, not matches")
    return "\n".join(lines)


def _narrow_lines(rows: list[dict], columns: tuple[Column, ...], width: int) -> list[str]:
    """format_rows's lines, where a row with nothing in «about» (an article with no date
    or outlet) gives its name that column's cells too: the about column is as wide as
    the widest about in the list (a post's «61 articles · mixed, border with Китай»), and
    an undated title beside it was cut at 24 cells with 38 blank ones after it."""
    lines = format_rows(rows, columns, width).split("\n")
    *head, name, _about_column = columns
    room = width - sum(c.width + 2 for c in head)
    for i, row in enumerate(rows, 1):
        if not row["about"]:
            lines[i] = ("  ".join(c.fitted(row, c.width) for c in head) + "  " + name.fitted(row, room)).rstrip()
    return lines


def _with_hit_lines(
    lines: list[str], rows: list[dict], columns: tuple[Column, ...], width: int, marks: bool
) -> list[str]:
    """The table's lines with, under each article row whose snippet marks a word, the
    snippet around it, indented to the name column and cut to the line's width."""
    indent = sum(c.width + 2 for c in columns[:-2])
    room = max(LAST_MIN, width - indent)
    out = lines[:1]
    for row, line in zip(rows, lines[1:], strict=True):
        out.append(line)
        if row.get("kind") == "article" and row.get("hit") and row.get("matched"):
            window, span = hit_window(str(row["matched"]), row["hit"], room)
            if span is not None:
                out.append((" " * indent + marked(window, span, marks)).rstrip())
    return out


def _marked_matches(rows: list[dict], columns: tuple[Column, ...], width: int, marks: bool) -> list[str]:
    """format_rows's lines with an article's matched cell cut around its hit word (the
    cell's start often ended before it) and, when `marks`, the word in bold."""
    room = max(LAST_MIN, width - sum(c.width + 2 for c in columns[:-1]))
    spans: dict[int, tuple[int, int]] = {}
    for i, row in enumerate(rows):
        if row.get("kind") == "article" and row.get("hit") and row.get("matched"):
            window, span = hit_window(str(row["matched"]), row["hit"], room)
            if span is not None:
                row["matched"], spans[i] = window.rstrip(), span
    lines = format_rows(rows, columns, width).split("\n")
    for i, span in spans.items():
        cell = rows[i]["matched"]
        line = lines[i + 1]
        if marks and line.endswith(cell):
            head = line[: len(line) - len(cell)]
            lines[i + 1] = head + marked(cell, span, True)
    return lines


def _about(result: dict, narrow: bool) -> str:
    """What a hit is; on a line without the matched column, an entity found by other words
    than its name («министр транспорта», a neighbour's «Алашанькоу» for Достык) adds them
    after it, so a cut line loses them first and keeps the post's side."""
    told = about(result)
    matched = clean_line(str(result.get("matched") or ""))
    if not narrow or result.get("kind") == "article" or not matched:
        return told
    if matched.casefold() in clean_line(str(result.get("name") or "")).casefold():
        return told  # its own name, or words the name shows: «Бектенов», «KTZE-Khorgos Gateway»
    return f"{told}{_BY}{matched}" if told else f"← {matched}"


_BY = " · ← "
_BY_MIN = 10  # the fewest cells of found-by words worth printing: «· ← …» alone says nothing
_BY_KEEP = 20  # the found-by cells a longer name leaves room for


def _short_about(text: str, width: int) -> str:
    """An about too long for its cells: the found-by words cut first, and left out when
    fewer than 10 of their cells would show («18 articles · rail, border with Китай», not
    «… Китай ·…»)."""
    told, sep, matched = text.partition(_BY)
    room = width - cells(told) - cells(_BY)
    if not sep or room < _BY_MIN:
        return told if sep else text
    return told + sep + fit(matched, room).rstrip()


def _columns(rows: list[dict], width: int) -> tuple[Column, ...]:
    """Type, name and about; the score and the matched words when the line has room. The
    name and about grow with the line up to the fixed layout's 40 and 42 cells."""
    score = Column("score", "score", 5, get=lambda r: f"{r['score']:>5.1f}")
    kind = Column("type", "type", 12)
    if width < MATCHED_FROM:  # the list is best first: the score waits for 100 columns
        kind = Column("type", "type", _widest(rows, "type", 12))
        head = (score,) * (width >= SCORE_FROM) + (kind,)
        name = Column("name", "name", _name_width(rows, width - sum(c.width + 2 for c in head) - 2))
        return (*head, name, Column("about", "about", shorten=_short_about))
    spare = width - MATCHED_FROM
    about_width = min(42, max(len(r["about"]) for r in rows), 22 + spare // 3)
    name = Column("name", "name", min(40, 28 + spare // 3))
    return score, kind, name, Column("about", "about", max(5, about_width)), Column("matched", "matched")


NAME_MIN, NAME_MOST = 24, 40  # a name's cells on a narrow line: at least, and at most


def _name_width(rows: list[dict], room: int) -> int:
    """The name's cells on a narrow line: what the names need (short names leave a post's
    side whole), and beyond 24 cells whatever the abouts leave (with 20 cells of found-by
    words): an article's title «Слабая работа таможни и…» at 24 cells read whole
    beside its date and outlet, and «Комитет государственных доходов» beside its count."""
    told = max(_told_cells(r["about"]) for r in rows)
    return min(_widest(rows, "name", NAME_MOST), max(NAME_MIN, room - told))


def _told_cells(about: str) -> int:
    """The cells an about needs beside a wider name: what the hit is, and its found-by
    words up to 20 cells («← председатель КГД» whole: why a person was found)."""
    told, sep, by = about.partition(_BY)
    return cells(told) + (cells(_BY) + min(cells(by), _BY_KEEP) if sep else 0)


def _widest(rows: list[dict], key: str, most: int) -> int:
    """The longest cell of `key` (at least its header's 4 cells), `most` at most."""
    return min(most, max(4, *(cells(clean_line(str(r.get(key) or ""))) for r in rows)))
