"""Remove characters that could act on a terminal or hide and reorder text on screen.

Article text and file names are untrusted. An ESC starts a terminal escape
sequence (OSC 52 can write the clipboard, OSC 8 makes links); C1 controls do the
same on some terminals; bidi controls make text read differently than it is
stored; zero-width characters make two names that look the same differ (or a
key miss its entity). Text is stripped of them at ingest and again where it is
drawn, keeping newline and tab; search keys drop the invisible ones through the
same table (`strip_invisible`). File names are not stripped but escaped
(`display_name`), so the name printed still points at the one file.
"""

from __future__ import annotations

import os
import re

# Bidi controls: ALM, LRM/RLM, embeddings and overrides, isolates.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Zero-width and invisible: ZWSP, ZWNJ, ZWJ, word joiner and the invisible operators,
# BOM / zero-width no-break space, Mongolian vowel separator, soft hyphen, and the
# interlinear annotation controls.
INVISIBLE = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad\ufff9\ufffa\ufffb"
# C0 except \t and \n (\r is normalized to \n first), DEL, C1.
CONTROLS = "".join(map(chr, [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))

# Lone surrogates are not text (a JSON "\\ud800" escape makes one) and cannot be stored as UTF-8.
SURROGATES = "\ud800-\udfff"

FORBIDDEN = frozenset(BIDI + INVISIBLE + CONTROLS + "".join(map(chr, range(0xD800, 0xE000))))
"""Every character `clean_text` removes: what a test asserts stored text never holds."""

_CONTROL = re.compile("[" + re.escape(CONTROLS + BIDI + INVISIBLE) + SURROGATES + "]")
_INVISIBLE_TABLE = dict.fromkeys(map(ord, BIDI + INVISIBLE))
# A CSI/OSC escape sequence whose ESC survives would leave its payload behind
# ("]52;c;..." or "[31m"): remove whole sequences first, then lone controls.
_ESCAPE_SEQ = re.compile(r"\x1b(?:\][^\x07\x1b]*(?:\x07|\x1b\\)?|\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
# What display_name escapes: every forbidden character, \t \n \r, line and paragraph
# separators, and lone surrogates (the undecodable bytes of a file name, as os.fsdecode gives them).
_UNPRINTABLE = re.compile("[" + re.escape(CONTROLS + BIDI + INVISIBLE + "\t\n\r\u2028\u2029") + SURROGATES + "]")


def clean_text(text: str) -> str:
    """Return `text` without escape sequences, control, bidi or zero-width characters.

    Newlines are normalized (\\r\\n, \\r, U+2028/2029 become \\n); tabs are kept.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _ESCAPE_SEQ.sub("", text)
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """Like clean_text, and also fold newlines and tabs to spaces: for one-line cells."""
    return re.sub(r"[\n\t]+", " ", clean_text(text)).strip()


def strip_invisible(text: str) -> str:
    """Drop bidi and zero-width characters only: for search and identity keys, so
    «Хор\\u00adгос» and «Хоргос» are one name whichever path built the key."""
    return text.translate(_INVISIBLE_TABLE) if text else ""


def display_name(path: str | os.PathLike | bytes) -> str:
    """A file name or path fit to print on one line of a terminal or a CSV cell.

    Nothing is dropped: a control, bidi or zero-width character becomes a visible
    escape (\\x1b, \\u202e) and an undecodable byte of the name becomes \\xNN, so the
    printed name is unambiguous, cannot move the cursor or reorder the line, and
    always encodes as UTF-8.
    """
    return one_line(os.fsdecode(path) if isinstance(path, bytes) else os.fspath(path))


def one_line(text: str) -> str:
    """`text` with every control, bidi, zero-width or undecodable character shown as an
    escape: an error message that quotes a file name or a store's answer stays one line."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    code = ord(m.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# What a spreadsheet reads as the start of a formula in a CSV cell (OWASP's list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """A CSV cell that a spreadsheet shows as text: a string an article wrote that opens with
    «=», «+», «-» or «@» («=HYPERLINK(…)» as a headline) gets a «'» before it, so a spreadsheet takes
    it as text, not a formula (OWASP's advice); an analyst opening `export --format csv` or
    `facts --csv` ran the article's formula (qa72). Numbers and other values stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
