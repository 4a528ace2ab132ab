"""A dump field escaped twice: the text of a record that went through JSON or HTML escaping
once more than its reader undoes.

Scrapers that store a page's text as a JSON string inside another JSON string leave the inner
escapes as characters: the field reads «сообщили.\\nВ Комитете …» with a backslash and an «n»
where a line ends, and «\\u00abКТЖ\\u00bb» where the quotes are, so a name glued to «n» or to
«u00ab» is no name. Feeds that escape text already HTML-escaped leave «&amp;laquo;», which one
unescape turns into «&laquo;», not «». Both are undone here, only when the field shows them:
a text with real line ends keeps its backslashes, and entities are read at most three times.
"""

from __future__ import annotations

import html
import re

# A JSON escape left in text: \n \r \t \" \/ \\ and \uXXXX.
_JSON_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|([nrt\"/\\]))")
_LITERAL_LINE_END = re.compile(r"\\n")
_LITERAL_UNICODE = re.compile(r"\\u[0-9a-fA-F]{4}")
_SIMPLE = {"n": "\n", "r": "", "t": "\t", '"': '"', "/": "/", "\\": "\\"}
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});", re.I)


def json_escaped_twice(text: str) -> bool:
    """Does the text carry JSON escapes as characters: a literal «\\n» where it has no real
    line end, two literal «\\uXXXX», or two quotes escaped by a backslash (АО \\"НК \\"КазАвтоЖол\\"
    — a body's quoted name the quotes no longer delimit: org85)? No news text writes any of these."""
    if "\\" not in text:
        return False
    if "\n" not in text and _LITERAL_LINE_END.search(text):
        return True
    if text.count('\\"', 0, 4000) >= 2:
        return True
    return len(_LITERAL_UNICODE.findall(text, 0, 4000)) >= 2


def unescape_json(text: str) -> str:
    """The text with its literal JSON escapes read (json_escaped_twice says when)."""

    def one(m: re.Match) -> str:
        if m.group(1):
            return chr(int(m.group(1), 16))
        return _SIMPLE[m.group(2)]

    return _JSON_ESCAPE.sub(one, text)


def unescape_entities(text: str) -> str:
    """The text's character references read, again while a reading leaves references that
    were written as «&amp;…;» (a feed that escaped escaped text), at most three times."""
    for _ in range(3):
        read = html.unescape(text)
        if read == text or not _ENTITY.search(read):
            return read
        text = read
    return text
