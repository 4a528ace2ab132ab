"""Gzip-compressed input read as what it holds: `dump.jsonl.gz`, `page.html.gz`, and a page a
downloader saved still compressed under its own name (curl without --compressed keeps the
server's gzip body in `page.html`). A user's archive of scraped news is often kept so; each
was rejected as «binary file (gzip archive)» before (qa62).

The decompressed size is bounded as a plain file's is (a small archive may unpack to
gigabytes), and a damaged or cut-off archive is one reason, not a traceback.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

GZIP_MAGIC = b"\x1f\x8b"
_SUFFIXES = (".gz", ".gzip")
# What reading a damaged or truncated gzip stream raises (BadGzipFile is an OSError).
GZIP_ERRORS = (OSError, EOFError, zlib.error)


def is_gzip_name(path: Path) -> bool:
    return path.suffix.lower() in _SUFFIXES


def inner_path(path: Path) -> Path:
    """The name the compressed file had: `news.jsonl.gz` → `news.jsonl` (its format and kind
    are read from it); a name without .gz stays."""
    return path.with_suffix("") if is_gzip_name(path) else path


def gunzip(data: bytes, limit: int) -> bytes | str:
    """The bytes a gzip file holds (every member, as gzip -d gives them), or why not: more than
    `limit` bytes unpacked, a damaged stream, or one cut short."""
    out: list[bytes] = []
    total = 0
    while data:
        unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = unpacker.decompress(data, limit + 1 - total)
        except zlib.error as exc:
            return f"gzip archive is damaged ({exc})"
        total += len(chunk)
        if total > limit:
            return f"gzip archive unpacks to more than the read limit of {limit / (1024 * 1024):.1f} MB"
        out.append(chunk)
        if not unpacker.eof:
            return "gzip archive is cut short (its end is missing)"
        data = unpacker.unused_data.lstrip(b"\0")  # the next member; gzip pads with NULs at times
    return b"".join(out)


# A file named .gz whose bytes are not compressed is read as what it holds, as a page saved
# compressed under .html is read compressed: the bytes decide, not the name. The ingest says so
# (a warning on its first article), since the name promised something else (qa70).
NOT_COMPRESSED = "named .gz but not compressed: read as the plain file it holds"


def plain_under_gz_name(path: Path, head: bytes) -> bool:
    """A .gz name on bytes (`head`: the file's first two at least) with no gzip header."""
    return is_gzip_name(path) and bool(head) and not head.startswith(GZIP_MAGIC)


def open_lines(fh, path: Path):
    """A binary file object read line by line through gzip when its first bytes say it is
    compressed (whatever its name, see NOT_COMPRESSED), else the file object itself."""
    head = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
    if head == GZIP_MAGIC or (not hasattr(fh, "peek") and is_gzip_name(path)):
        return gzip.GzipFile(fileobj=fh, mode="rb")
    return fh
