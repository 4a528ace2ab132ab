"""The shapes a read ends in: a file's shown name, a RejectedDoc with its reason, a
RawDoc carrying a warning.
"""

from __future__ import annotations

from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.sanitize import display_name


def label(path: Path) -> str:
    """The file's name as shown and stored: a file name is as untrusted as the text inside,
    so control, bidi and zero-width characters and bytes that are not UTF-8 become visible
    escapes (\\x1b, \\u202e, \\xcf): the name cannot drive the terminal, and two names stay
    apart."""
    return display_name(path.name) or "?"


def warn(doc: RawDoc | RejectedDoc, warning: str) -> RawDoc | RejectedDoc:
    if isinstance(doc, RawDoc):
        doc.warnings.append(warning)
    return doc


def reject(path: Path, file: str, reason: str) -> RejectedDoc:
    return RejectedDoc(path=str(path), file=file, reason=reason)
