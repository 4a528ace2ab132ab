"""A note kept in Markdown (`.md`): its heading is its title.

A `.md` file is read as plain text, where «# Заметки» is a line that opens with a hash sign:
the headline rules drop such a line as a row of hashtags, so the note's own heading was lost
and its first sentence became the title (qa108). In a Markdown file a line of one or more
«#», a space and text is a heading (ATX), nothing else: the first one above the text is the
title, and the marks are taken off the later headings so they are read as the text's lines.
"""

from __future__ import annotations

import re
from pathlib import Path

MARKDOWN_EXTENSIONS = frozenset((".md", ".markdown"))
# «## Подробности ##»: one to six hashes, a space, the words, optional closing hashes
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")


def is_markdown(path: Path) -> bool:
    """A file whose name says Markdown."""
    return path.suffix.lower() in MARKDOWN_EXTENSIONS


def markdown_title(text: str) -> tuple[str | None, str]:
    """(the heading on the first non-blank line, or None; the text without that line and with
    the marks taken off every other heading)."""
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    title = None
    if first is not None and (m := _HEADING.match(lines[first])):
        title = m[1].strip()
        del lines[first]
    return title, "\n".join(_HEADING.sub(r"\1", ln) for ln in lines)
