"""Remove characters that could act on a terminal or reorder text on screen.

Article text is untrusted. An ESC starts a terminal escape sequence (OSC 52 can
write the clipboard, OSC 8 makes links); C1 controls do the same on some
terminals; bidi overrides make text read differently than it is stored. We strip
them at ingest and again where text is drawn, keeping newline and tab.
"""
from __future__ import annotations

import re

# C0 except \t \n (\r is normalized to \n first), DEL, C1, bidi embeddings/overrides/isolates,
# zero-width no-break space used as BOM, and line/paragraph separators folded to \n.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# A CSI/OSC escape sequence whose ESC survives would leave its payload behind
# ("]52;c;..." or "[31m"): remove whole sequences first, then lone controls.
_ESCAPE_SEQ = re.compile(r"\x1b(?:\][^\x07\x1b]*(?:\x07|\x1b\\)?|\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")


def clean_text(text: str) -> str:
    """Return `text` without escape sequences and control characters.

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
