"""Files → RawDoc (or RejectedDoc): find the files, read each one within bounds, and
hand its text to the format's reader.

The ingest distributes files to worker processes, so the work splits in two:
`discover` expands paths to a sorted file list (cheap, in the parent), and
`read_path` turns one file into its documents (in a worker). Nothing a user
gives makes these raise: a file or record that cannot be read becomes a
RejectedDoc with one human line saying why.

Formats are chosen by content first, extension second: HTML goes through
trafilatura (store.reading.html_page); JSON and JSON-lines give one document per
record (store.reading.json_records); anything else that decodes as text
(store.reading.decoding) is plain text, but for the scripts, checksums, tables and
settings a folder of saved pages keeps beside them (NOT_ARTICLES), rejected by extension.
A gzip-compressed file is read as the file it holds (store.reading.gzipped).
"""

from __future__ import annotations

import gzip
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading.decoding import decode, decode_report, lines_as_utf8, too_little_text
from store.reading.feeds import NOT_A_FEED, feed_docs, is_feed, is_xml
from store.reading.file_kinds import binary_kind
from store.reading.gzipped import (
    GZIP_ERRORS,
    GZIP_MAGIC,
    NOT_COMPRESSED,
    gunzip,
    inner_path,
    is_gzip_name,
    open_lines,
    plain_under_gz_name,
)
from store.reading.html_page import html_text
from store.reading.json_records import json_docs, jsonl_docs, record_doc
from store.reading.markdown import is_markdown, markdown_title
from store.reading.mhtml import email_parts, is_email, is_mhtml, mhtml_page
from store.reading.rejects import label, reject, warn
from store.reading.telegram_html import export_docs, is_export
from store.reading.warc import is_warc, warc_docs
from store.sanitize import clean_text

__all__ = ["decode", "decode_report", "discover", "html_text", "iter_path", "label", "read_path"]

_SAVE_AS_TEXT = ": save it as text (.txt) or a web page (.html) and ingest that"
_UNPACK = ": unpack it and ingest its folder"
_DECOMPRESS = ": decompress it and ingest what it holds"
_OLD_OFFICE = "an old Office document (.doc, .xls, .ppt) or Outlook message"

# Files a user may mean as articles, said with what to do about them; every other known
# binary file is named by store.reading.file_kinds.
_CONVERTIBLE = (
    (b"%PDF", f"PDF is not supported{_SAVE_AS_TEXT}"),
    (b"PK\x03\x04", f"binary file (a ZIP archive) is not supported{_UNPACK}"),
    (b"{\\rtf", f"RTF is not supported{_SAVE_AS_TEXT}"),
    # An OLE2 compound file: a Word 97-2003 `.doc` (or .xls, .ppt, an Outlook .msg) was only
    # «…, not an article», with no next step as a `.docx` has (qa108)
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", f"{_OLD_OFFICE} is not supported{_SAVE_AS_TEXT}"),
    # Safari's «Web Archive» (.webarchive) is a binary property list: «binary file (not
    # decodable as text)» said neither what it was nor what to do (qa108)
    (b"bplist00", f"binary file (an Apple property list, as a Safari .webarchive is) is not supported{_SAVE_AS_TEXT}"),
    (b"7z\xbc\xaf\x27\x1c", f"binary file (a 7-Zip archive) is not supported{_UNPACK}"),
    (b"Rar!\x1a\x07", f"binary file (a RAR archive) is not supported{_UNPACK}"),
    (b"\xfd7zXZ\x00", f"binary file (xz-compressed) is not supported{_DECOMPRESS}"),
    (b"\x28\xb5\x2f\xfd", f"binary file (zstd-compressed) is not supported{_DECOMPRESS}"),
)

# A tar archive's header holds its first member's name and «ustar» at byte 257, then the
# member's bytes raw: its NULs, once removed (qa74's rule for a damaged text), left a text
# that was stored as one article of every member glued under header debris (qa75).
_TAR_MAGIC_AT = 257
_TAR_PROBLEM = f"binary file (a tar archive) is not supported{_UNPACK}"
# bzip2's «BZh», the block size 1-9, then the block header's magic: not a text's opening
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")

# An Office document is a ZIP archive whose first entries name its kind; saying only «ZIP
# archive or Office document» left the user with no next step (qa74).
_OFFICE_PARTS = (
    (b"word/", "a Word document (.docx)"),
    (b"xl/", "an Excel workbook (.xlsx)"),
    (b"ppt/", "a PowerPoint file (.pptx)"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument file (.odt, .ods)"),
)
OFFICE_HEAD_BYTES = 64 * 1024  # the parts' names are listed at the front of the archive
_HEAD_BYTES = 4096  # enough for every signature file_kinds reads (a PE header's offset included)


_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S
)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The files the given paths stand for: directories walked recursively (sorted,
    hidden files and directories skipped). Links to directories are followed once:
    a directory already walked (by its real path) is not walked again, so a symlink
    loop neither hangs the walk nor multiplies files; a file reached twice counts once.
    Links met in a walk are followed after every real directory is walked, so a file
    reached both ways is listed (and stored) under its own path, not under a link such as
    a scraper's `latest -> 2025-03`, which moves on (qa62: a folder's `plain_again` link,
    sorted first, gave its 2,500 articles their link's path).
    FIFOs, devices, sockets and broken links stay in the list (never opened here), so
    read_path rejects them by type. A path that does not exist stays in too."""
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()
    links: list[Path] = []
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(_walk(p, seen_dirs, seen_files, links))
        elif _first_time(p, seen_files):
            out.append(p)
    while links:  # a linked directory's own links come after it, in the next round
        met, links = links, []
        for link in met:
            if link.is_dir():
                out.extend(_walk(link, seen_dirs, seen_files, links))
            elif _first_time(link, seen_files):
                out.append(link)
    return out


def skipped_entries(paths: Iterable[str | Path]) -> tuple[int, int]:
    """(hidden names, symbolic links) inside the folders among `paths`, for saying why a walk
    found no file: «.»-names are skipped, and a link is followed only to a folder not read
    yet. Only asked after discover found nothing, so the folders hold no files to count."""
    hidden = links = 0
    for root in map(Path, paths):
        if not root.is_dir():
            continue
        for folder, dirs, files in os.walk(root):  # links are not followed: listed, not walked
            for name in dirs + files:
                if name.startswith("."):
                    hidden += 1
                elif os.path.islink(os.path.join(folder, name)):
                    links += 1
            dirs[:] = [d for d in dirs if not d.startswith(".")]
    return hidden, links


def _first_time(path: Path, seen: set[str]) -> bool:
    real = os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def _walk(root: Path, seen_dirs: set[str], seen_files: set[str], links: list[Path]) -> Iterator[Path]:
    """Depth first, in name order, with an explicit stack (no recursion limit on deep trees);
    the symbolic links met are put in `links`, for the caller to follow later."""
    if not _first_time(root, seen_dirs):
        return
    stack = [iter(_entries(root))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if isinstance(entry, Path):  # a directory that could not be listed
            yield entry
        elif entry.is_symlink():
            links.append(Path(entry.path))
        elif _is_dir(entry):
            if _first_time(Path(entry.path), seen_dirs):
                stack.append(iter(_entries(Path(entry.path))))
        elif _first_time(Path(entry.path), seen_files):
            yield Path(entry.path)


def _entries(directory: Path) -> list:
    """The visible entries of a directory, by name, a saved page's assets folder left out;
    the directory itself when it cannot be listed."""
    try:
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return [directory]  # read_path turns it into "cannot read directory"
    assets = _page_assets({e.name for e in entries})
    return [e for e in entries if not (e.name in assets and _is_dir(e))] if assets else entries


def _page_assets(names: set[str]) -> set[str]:
    """The `NAME_files` folders beside a `NAME.html` (or `.htm`): what a browser's «Save page,
    complete» writes with the page — scripts, styles, images and the ads' and widgets' own
    little pages. Walked, each was a `rejected:` line (six for one page, exit status 1 on
    every folder of saved pages) and an ad's frame was stored as an article «ad» (qa108)."""
    found = set()
    for name in names:
        stem, ext = os.path.splitext(name)
        if ext.lower() in (".html", ".htm") and f"{stem}_files" in names:
            found.add(f"{stem}_files")
    return found


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows links; stats, never opens
    except OSError:
        return False


# The hard read limit: a file (or one JSON-lines record) larger than this is rejected
# unread, with its size in the reason. A news article is kilobytes; 32 MB is far above
# any real page yet keeps a worker's memory bounded (the text is held a few times over
# while it is decoded, cleaned and parsed).
MAX_READ_BYTES = 32 * 1024 * 1024


_LINE_CHUNK = 1024 * 1024
_FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_path(path: str | Path) -> list[RawDoc | RejectedDoc]:
    """The documents one file holds; a file that cannot be read gives one RejectedDoc."""
    path = Path(path)
    try:
        return _read(path)
    except MemoryError:
        return [reject(path, label(path), "out of memory while reading")]
    except Exception as exc:  # a reader bug must not stop a batch: report it as this file's problem
        return [reject(path, label(path), f"could not read: {type(exc).__name__}: {exc}")]


def is_jsonl(path: Path) -> bool:
    """A JSON-lines dump, compressed (`dump.jsonl.gz`) or not: streamed a line at a time."""
    return inner_path(path).suffix.lower() in (".jsonl", ".ndjson")


def iter_path(path: str | Path) -> Iterator[RawDoc | RejectedDoc]:
    """The documents one file holds, one at a time: like read_path, but a JSON-lines
    dump is streamed a line at a time and never held in memory whole."""
    path = Path(path)
    if not is_jsonl(path):
        yield from read_path(path)
        return
    for item in iter_jsonl_lines(path):
        if isinstance(item, RejectedDoc):
            yield item
        else:
            yield from jsonl_line_docs(path, *item)


def _head(path: Path) -> bytes:
    """The file's first two bytes, b"" when it is no regular file or cannot be read (the
    reader reports that itself)."""
    try:
        with open_regular(path) as fh:
            return fh.read(2)
    except OSError:
        return b""


def _binary_head(raw) -> str | None:
    """Why a file named as a JSON-lines dump is a known binary file (a database renamed
    .jsonl), told by its leading bytes (peeked: the line reader still starts at byte 0)
    before its lines are split; None for a dump, a compressed one, or an empty file."""
    head = raw.peek(_HEAD_BYTES)[:_HEAD_BYTES]
    return None if not head or head.startswith(GZIP_MAGIC) else _binary_problem(head)


class LinePosition:
    """Where a JSON-lines reader stands in an uncompressed UTF-8 dump, for the caller that
    remembers how far the store has read it (store/ingest/dump_marks.py): `end`, the byte
    just after the item last yielded; `complete`, whether that item ended with its newline
    (a scraper's line still being written does not); `line`, its bytes as read; `n`, the
    lines read, that one's number."""

    def __init__(self, end: int = 0):
        self.end = end
        self.complete = True
        self.line = b""
        self.n = 0


def iter_jsonl_lines(
    path: Path, start: tuple[int, int, int] | None = None, pos: LinePosition | None = None
) -> Iterator[tuple[int, bytes] | RejectedDoc]:
    """(line number, bytes) for each line of a JSON-lines file, read in bounded memory:
    a line above MAX_READ_BYTES is skipped unread and becomes a RejectedDoc. A file
    that is not a regular file, or cannot be opened, gives one RejectedDoc, and so does one
    with no record (empty, or blank lines only: such a dump was passed over without a word).

    `start` (byte offset, lines and records before it) resumes an uncompressed UTF-8 dump
    after lines read by an earlier run; `pos`, given, follows the bytes read."""
    problem = _not_a_file(path)
    if problem:
        yield reject(path, label(path), problem)
        return
    offset, n, records = start or (0, 0, 0)
    pos = pos or LinePosition(offset)
    try:
        with open_regular(path) as raw:
            if start:
                raw.seek(offset)
                yield from _lines(raw, path, n, records, pos)
                return
            with open_lines(raw, path) as unpacked:
                binary = _binary_head(raw)
                if binary:
                    yield reject(path, label(path), binary)
                    return
                yield from _lines(lines_as_utf8(unpacked), path, n, records, pos)
    except GZIP_ERRORS as exc:
        yield reject(path, label(path), _stream_problem(exc, pos.n))


def _lines(fh, path: Path, n: int, records: int, pos: LinePosition) -> Iterator[tuple[int, bytes] | RejectedDoc]:
    """The lines of `fh` after line `n` (`records` of them not blank), then the rejection of
    a dump that held no record at all."""
    while True:
        line = fh.readline(MAX_READ_BYTES + 1)
        if not line:
            break
        n += 1
        pos.n = n
        records += bool(line.strip())
        if len(line) > MAX_READ_BYTES and not line.endswith(b"\n"):
            skipped, ended = _skip_line(fh)
            size = len(line) + skipped
            pos.end, pos.complete, pos.line = pos.end + size, ended, b""
            yield reject(
                path,
                f"{label(path)}:{n}",
                f"record is {_mb(size)}, above the read limit of {_mb(MAX_READ_BYTES)}",
            )
            continue
        pos.end, pos.complete, pos.line = pos.end + len(line), line.endswith(b"\n"), line
        yield n, line
    if not records:
        yield reject(path, label(path), "empty file" if not n else "no records in JSON-lines file")


def _stream_problem(exc: BaseException, lines: int) -> str:
    """Why a JSON-lines file stopped being readable: an OS error, or a compressed dump damaged or
    cut short (its records before that point are read)."""
    if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile):
        return f"cannot read file: {exc.strerror or exc}"
    after = f" after line {lines}" if lines else ""
    if isinstance(exc, EOFError):
        return f"gzip archive is cut short{after} (its end is missing)"
    return f"gzip archive is damaged{after} ({exc})"


def _skip_line(fh) -> tuple[int, bool]:
    """Read past the rest of an over-long line in chunks; how many bytes it had, and
    whether it ended with its newline (not at the end of the file)."""
    skipped = 0
    while True:
        chunk = fh.readline(_LINE_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped, bool(chunk)


def jsonl_line_docs(path: Path, n: int, line: bytes) -> list[RawDoc | RejectedDoc]:
    """The document one JSON-lines line holds (none for a blank line)."""
    if not line.strip():
        return []
    text, warning = decode_report(line.rstrip(b"\r\n"))
    if text is None:
        return [reject(path, f"{label(path)}:{n}", "not text")]
    docs = jsonl_docs(path, text, first_line=n)
    if n == 1 and is_gzip_name(path) and plain_under_gz_name(path, _head(path)):  # said once, on line 1's record
        docs = [warn(d, NOT_COMPRESSED) for d in docs]
    return [warn(d, warning) for d in docs] if warning else docs


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file, decided by stat alone: opening a FIFO
    would block forever, and a device may never end."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "broken symbolic link" if path.is_symlink() else "no such file"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISDIR(st.st_mode):
        return "cannot read directory (permission denied?)"
    for is_kind, kind in _FILE_KINDS:
        if is_kind(st.st_mode):
            return f"not a regular file ({kind})"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    return None


def open_regular(path: Path | str):
    """Open for reading without ever blocking: O_NONBLOCK makes a FIFO swapped in after
    the stat open at once, and the second check (fstat) rejects it."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path) -> bytes | str:
    """The file's bytes, or why they cannot be had (size over the limit, not a file)."""
    problem = _not_a_file(path)
    if problem:
        return problem
    try:
        size = path.stat().st_size
        if size > MAX_READ_BYTES:
            return f"file is {_mb(size)}, above the read limit of {_mb(MAX_READ_BYTES)}"
        with open_regular(path) as fh:
            data = fh.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if len(data) > MAX_READ_BYTES:
        return f"file grew above the read limit of {_mb(MAX_READ_BYTES)} while read"
    return data


# Files a folder of saved news keeps beside its articles — the scraper's code, checksums of
# the pages, a table of what was fetched, its settings — that decode as text and were
# stored as articles (qa61: a helper's folder gave 13, a script's docstring
# as a title among a post's articles). Any other extension, or none, is still read.
NOT_ARTICLES = {
    **dict.fromkeys((".py", ".js", ".ts", ".sh", ".bat", ".ps1", ".rb", ".pl", ".php", ".sql", ".css"), "source code"),
    **dict.fromkeys((".sha256", ".sha1", ".sha512", ".md5", ".sfv"), "a checksum list"),
    **dict.fromkeys((".csv", ".tsv"), "a data table"),
    **dict.fromkeys((".yml", ".yaml", ".toml", ".ini", ".cfg", ".lock"), "a settings file"),
}


# A checksum list whatever its name: GNU's «HASH  NAME» lines (sha256sum's SHA256SUMS,
# MD5SUMS, B2SUMS, «checksums.txt») or BSD's «SHA256 (NAME) = HASH». The extension rule
# above misses the usual names, which have none: a folder's SHA256SUMS was stored as an
# article titled by its first line (qa72).
_CHECKSUM_LINE = re.compile(r"[0-9a-fA-F]{32,128} [ *]?\S.*|[A-Z0-9-]{2,12} \(.+\) = [0-9a-fA-F]{32,128}")
CHECKSUM_LIST = "a checksum list (lines of a hash and a file name), not an article"


def is_checksum_list(text: str) -> bool:
    """Is every non-blank line a checksum line, but perhaps the first (a heading or the
    day it was taken: `date; sha256sum *`), with two or more after it? The first two lines
    decide cheaply for an article."""
    lines = (m.group().strip() for m in re.finditer(r"[^\n]+", text))  # lazily: an article stops at its second
    first, second = next((ln for ln in lines if ln), ""), next((ln for ln in lines if ln), "")
    if not _CHECKSUM_LINE.fullmatch(second):
        return bool(_CHECKSUM_LINE.fullmatch(first)) and not second
    rest = [ln for ln in lines if ln]
    if not (_CHECKSUM_LINE.fullmatch(first) or rest):
        return False  # one heading over one hash line: too little to tell
    return all(_CHECKSUM_LINE.fullmatch(line) for line in rest)


def not_an_article(path: Path) -> str | None:
    """Why a file of this extension is not read as an article, or None."""
    ext = path.suffix.lower()
    what = NOT_ARTICLES.get(ext)
    return f"{ext} file ({what}), not an article" if what else None


def _read(path: Path) -> list[RawDoc | RejectedDoc]:
    name = label(path)
    kind_problem = not_an_article(inner_path(path))
    if kind_problem:
        return [reject(path, name, kind_problem)]
    data = _read_bytes(path)
    misnamed = isinstance(data, bytes) and plain_under_gz_name(path, data[:2])
    if isinstance(data, bytes) and data.startswith(GZIP_MAGIC):
        data = gunzip(data, MAX_READ_BYTES)
        if isinstance(data, bytes) and data.startswith(GZIP_MAGIC):
            data = "compressed twice (a gzip archive inside a gzip archive)"
    if isinstance(data, str):
        return [reject(path, name, data)]
    problem = _binary_problem(data)
    if problem:
        return [reject(path, name, problem)]
    if is_mhtml(data):
        return [_mhtml_doc(path, data)]
    if is_email(data):
        return [_email_doc(path, data)]
    text, warning = decode_report(data)
    del data
    if text is None:
        return [reject(path, name, "binary file (not decodable as text)")]
    text = clean_text(text)
    if not text.strip():
        return [reject(path, name, "blank file (only whitespace)")]
    junk = too_little_text(text)
    if junk:
        return [reject(path, name, junk)]
    kind = sniff(inner_path(path), text)
    if kind == "html":
        docs = export_docs(path, text) if is_export(text) else [_html_doc(path, text)]
    elif kind in ("json", "jsonl"):
        docs = json_docs(path, text, kind)
    elif kind == "feed":
        docs = feed_docs(path, text)
    elif kind == "xml":
        docs = [reject(path, name, NOT_A_FEED)]
    elif is_warc(text):  # a crawl's records (WARC, Common Crawl's WET): each page one document
        docs = warc_docs(path, text, lambda file, page: _html_doc(path, page, file))
    elif is_checksum_list(text):
        docs = [reject(path, name, CHECKSUM_LIST)]
    else:
        docs = [_text_doc(path, name, text)]
    for note in (NOT_COMPRESSED if misnamed else None, warning):
        if note:
            docs = [warn(d, note) for d in docs]
    return docs


def _binary_problem(data: bytes) -> str | None:
    """Why the bytes are not a text document (empty, a known binary format), or None. Told
    by the leading bytes before any decoding: a database of sentences decodes as text once
    its NULs are gone (docs74)."""
    if not data:
        return "empty file"
    for magic, reason in _CONVERTIBLE:
        if data.startswith(magic):
            return _office_problem(data) or reason
    if data[_TAR_MAGIC_AT : _TAR_MAGIC_AT + 5] == b"ustar":
        return _TAR_PROBLEM
    if _BZIP2.match(data):
        return f"binary file (bzip2-compressed) is not supported{_DECOMPRESS}"
    what = binary_kind(data[:_HEAD_BYTES])
    return f"{what}, not an article" if what else None  # «notes.db: a SQLite database, not an article»


def _office_problem(data: bytes) -> str | None:
    """«a Word document (.docx) is not supported: save it as text …» for an Office ZIP, else None."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    head = data[:OFFICE_HEAD_BYTES]
    what = next((name for part, name in _OFFICE_PARTS if part in head), None)
    return f"{what} is not supported{_SAVE_AS_TEXT}" if what else None


def _text_doc(path: Path, name: str, text: str) -> RawDoc:
    """A plain text; a Markdown note's heading is its title (store.reading.markdown)."""
    if not is_markdown(inner_path(path)):
        return RawDoc(path=str(path), file=name, text=text, raw=text, format="txt")
    title, body = markdown_title(text)
    meta = {"title": title} if title else {}
    return RawDoc(path=str(path), file=name, text=body, raw=text, format="txt", meta=meta)


def sniff(path: Path, text: str) -> str:
    """ "html", "json", "jsonl", "feed", "xml" or "txt": the extension says, unless the content
    plainly is HTML, an RSS or Atom feed, or other XML (a declaration, then no HTML)."""
    ext = path.suffix.lower()
    if ext in (".html", ".htm", ".xhtml"):
        return "html"
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    if ext == ".json":
        return "json"
    if _HTML_START.match(text[:4096].lstrip("\ufeff")):
        return "html"
    if is_feed(text):
        return "feed"
    return "xml" if is_xml(text) else "txt"


def _email_doc(path: Path, data: bytes) -> RawDoc | RejectedDoc:
    """A saved e-mail: its HTML part read as a page, else its plain text as a dump's record
    under the subject as its title."""
    subject, html, plain = email_parts(data)
    if html and clean_text(html).strip():
        return _html_doc(path, clean_text(html))
    if plain and clean_text(plain).strip():
        return record_doc(path, label(path), {"title": subject, "text": plain})
    return reject(path, label(path), "an e-mail with no text in it")


def _mhtml_doc(path: Path, data: bytes) -> RawDoc | RejectedDoc:
    """A page saved as one MHTML file: its HTML part read as a saved page is."""
    page = mhtml_page(data)
    if page is None or not clean_text(page).strip():
        return reject(path, label(path), "a web page saved as MHTML with no HTML part in it")
    return _html_doc(path, clean_text(page))


def _html_doc(path: Path, html: str, file: str | None = None) -> RawDoc | RejectedDoc:
    text, meta = html_text(html)
    if not text.strip():
        return reject(path, file or label(path), "HTML page has no readable text")
    return RawDoc(path=str(path), file=file or label(path), text=text, raw=clean_text(html), format="html", meta=meta)
