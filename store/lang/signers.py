"""A decree's or a law's signature line: the signer's post, then initials and a surname and
nothing else («Қазақстан Республикасының / Премьер-Министрі      К Мәсімов», «Президенті
Н.НАЗАРБАЕВ», «Премьер-Министр Республики Казахстан   К. Масимов»).

The page prints a wide gap between post and name, which the reader closes; what is left has
a row of labels' shape (capitalized words, no punctuation), so it was dropped as the site's
navigation, and with it the one person the document names. Both the reader (to keep the line)
and the person pass (to read the name) ask this module.

Why: dev a023 (a government decree, «К Мәсімов») and loc27's adilet.zan.kz law (k6,
«Н.НАЗАРБАЕВ»): the two decrees among the saved real pages, both signed so.
"""

from __future__ import annotations

import re

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOWER = "a-zа-яёәғқңөұүһі"
_POST_WORD = "(?i:министр|президент|төраға|председател|әкім|аким|премьер)"
# The line's words: a post of up to four words, initials and a surname, to the line's end.
# An initial has its dot or a space after it: «ВСТРЕЧА С АКИМОМ» is no «А. Кимом» (fix59).
_INITIAL = rf"(?:[{_UPPER}](?:\.[ \t]?|[ \t]))"
_SHAPE = (
    rf"[^\W\d][\w-]*(?:[ \t]+[\w-]+){{0,3}}"
    rf"[ \t]+(?P<name>(?P<initials>{_INITIAL}{{1,2}}?)(?P<surname>[{_UPPER}][{_UPPER}{_LOWER}-]+))[ \t]*$"
)
# A signature line as written: the definition `signer_line` and `signers` are tested against
# (tests/test_ingest110_cuts.py, tests/test_ingest116_cuts.py); neither scans with it.
_LINE = re.compile(rf"^[ \t]*(?=[^\n]*{_POST_WORD}){_SHAPE}", re.MULTILINE)
# signers: the shape first, then the post's word inside the line it matched (what _LINE's
# look-ahead asks, from the line's start to its end): the look-ahead read every line to its
# end, trying the case-insensitive words at each character (0.11 -> 0.016 ms an article).
_SHAPED_LINE = re.compile(rf"^[ \t]*{_SHAPE}", re.MULTILINE)
_POST_IN_LINE = re.compile(_POST_WORD)
# The same lines found from the line break before them (stop 50, ingest110): `^` gives `re` no
# character to skip to, so a scan of _SHAPED_LINE entered the pattern at every position of the
# text (0.020 ms a generated article), while a pattern opening with "\n" skips in C to the breaks
# (0.002). A match holds no line break ([ \t], [\w-], the name's letters; `$` takes nothing), so
# it starts at the text's start or right after a "\n", and a line holds one match at most.
_LINE_AFTER_BREAK = re.compile(rf"\n([ \t]*{_SHAPE})", re.MULTILINE)


def _shaped_lines(text: str):
    """(line start, match) of each _SHAPED_LINE match in `text`, in order: the same matches as
    `_SHAPED_LINE.finditer(text)` (tests/test_ingest110_cuts.py), their groups at the same offsets."""
    first = _SHAPED_LINE.match(text)
    if first:
        yield 0, first
    for m in _LINE_AFTER_BREAK.finditer(text):
        yield m.start(1), m


def signer_line(line: str) -> bool:
    """Is the line a signature under a decree (post, initials, surname)? The shape first, then
    the post's word before the name, as `signers` asks (stop 51, ingest116): _LINE's look-ahead
    tried the case-insensitive post words at each character of every line the reader asks of
    (~0.25 ms a generated article, is_nav_row's), and a post's word before the name is one the
    look-ahead finds on the line (the shape holds no line break)."""
    text = line.strip("\n")
    m = _SHAPED_LINE.match(text)
    return bool(m) and bool(_POST_IN_LINE.search(text, m.start(), m.start("name")))


def signers(text: str) -> list[tuple[int, int, str]]:
    """Each signature line's name in `text`: (start, end, name), the name with its initials
    dotted and the surname in title case («К Мәсімов» → «К. Мәсімов», «Н.НАЗАРБАЕВ» →
    «Н. Назарбаев»). The post's word stands before the name, not inside it («С АКИМОМ»)."""
    out = []
    for start, m in _shaped_lines(text):
        if not _POST_IN_LINE.search(text, start, m.start("name")):
            continue  # _LINE fails on this line; the next match starts on a later line
        initials = " ".join(f"{c}." for c in re.findall(rf"[{_UPPER}]", m.group("initials")))
        surname = m.group("surname")
        surname = surname if not surname.isupper() else "-".join(p.capitalize() for p in surname.split("-"))
        out.append((m.start("name"), m.end("name"), f"{initials} {surname}"))
    return out
