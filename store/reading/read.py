"""Files → RawDoc (or RejectedDoc): find the files, decode them, take the text out.

The ingest distributes files to worker processes, so the work splits in two:
`discover` expands paths to a sorted file list (cheap, in the parent), and
`read_path` turns one file into its documents (in a worker). `iter_docs` is
both in a row. Nothing a user gives makes these raise: a file or record that
cannot be read becomes a RejectedDoc with one human line saying why.

Formats are chosen by content first, extension second: HTML goes through
trafilatura (main text without navigation, scripts, asides and footers, plus
og:/article: metadata); JSON and JSON-lines give one document per record;
anything else that decodes as text is plain text.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.sanitize import clean_text, display_name

TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "content:encoded",
    "article",
    "full_text",
    "fulltext",
    "article_text",
    "description",
    "summary",
)
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = ("date", "published", "published_at", "publishedAt", "pubDate", "datetime", "created_at", "time")
URL_FIELDS = ("url", "link", "href")
SOURCE_FIELDS = ("source", "site", "site_name", "sitename", "outlet", "publisher")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator", "dc:creator")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF is not supported"),
    (b"PK\x03\x04", "binary file (a ZIP archive or Office document) is not supported"),
    (b"\x89PNG", "binary file (PNG image)"),
    (b"\xff\xd8\xff", "binary file (JPEG image)"),
    (b"GIF8", "binary file (GIF image)"),
    (b"\x1f\x8b", "binary file (gzip archive)"),
    (b"\x7fELF", "binary file (executable)"),
    (b"{\\rtf", "RTF is not supported"),
)
_CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|img)\b[^<>]{0,2000}>", re.I
)


# ---------------------------------------------------------------- discovery


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The files the given paths stand for: directories walked recursively (sorted,
    hidden files and directories skipped). Links to directories are followed once:
    a directory already walked (by its real path) is not walked again, so a symlink
    loop neither hangs the walk nor multiplies files; a file reached twice counts once.
    FIFOs, devices, sockets and broken links stay in the list (never opened here), so
    read_path rejects them by type. A path that does not exist stays in too."""
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(_walk(p, seen_dirs, seen_files))
        elif _first_time(p, seen_files):
            out.append(p)
    return out


def _first_time(path: Path, seen: set[str]) -> bool:
    real = os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def _walk(root: Path, seen_dirs: set[str], seen_files: set[str]) -> Iterator[Path]:
    """Depth first, in name order, with an explicit stack (no recursion limit on deep trees)."""
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
        elif _is_dir(entry):
            if _first_time(Path(entry.path), seen_dirs):
                stack.append(iter(_entries(Path(entry.path))))
        elif _first_time(Path(entry.path), seen_files):
            yield Path(entry.path)


def _entries(directory: Path) -> list:
    """The visible entries of a directory, by name; the directory itself when it cannot be listed."""
    try:
        with os.scandir(directory) as it:
            return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return [directory]  # read_path turns it into "cannot read directory"


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows links; stats, never opens
    except OSError:
        return False


def iter_docs(paths: Iterable[str | Path]) -> Iterator[RawDoc | RejectedDoc]:
    """Every document (or rejection) the paths hold, in a stable order."""
    for path in discover(paths):
        yield from read_path(path)


# ---------------------------------------------------------------- one file

# The hard read limit: a file (or one JSON-lines record) larger than this is rejected
# unread, with its size in the reason. A news article is kilobytes; 32 MB is far above
# any real page yet keeps a worker's memory bounded (the text is held a few times over
# while it is decoded, cleaned and parsed).
MAX_READ_BYTES = 32 * 1024 * 1024
# A few invalid sequences in otherwise valid UTF-8 are damage, not another encoding:
# they are replaced (U+FFFD) when they are at most this share of the non-ASCII sequences.
MAX_BAD_UTF8_SHARE = 0.02
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
        return [_reject(path, label(path), "out of memory while reading")]
    except Exception as exc:  # a reader bug must not stop a batch: report it as this file's problem
        return [_reject(path, label(path), f"could not read: {type(exc).__name__}: {exc}")]


def label(path: Path) -> str:
    """The file's name as shown and stored: a file name is as untrusted as the text inside,
    so control, bidi and zero-width characters and bytes that are not UTF-8 become visible
    escapes (\\x1b, \\u202e, \\xcf): the name cannot drive the terminal, and two names stay
    apart."""
    return display_name(path.name) or "?"


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


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


def iter_jsonl_lines(path: Path) -> Iterator[tuple[int, bytes] | RejectedDoc]:
    """(line number, bytes) for each line of a JSON-lines file, read in bounded memory:
    a line above MAX_READ_BYTES is skipped unread and becomes a RejectedDoc. A file
    that is not a regular file, or cannot be opened, gives one RejectedDoc."""
    problem = _not_a_file(path)
    if problem:
        yield _reject(path, label(path), problem)
        return
    try:
        with _open_regular(path) as fh:
            n = 0
            while True:
                line = fh.readline(MAX_READ_BYTES + 1)
                if not line:
                    break
                n += 1
                if len(line) > MAX_READ_BYTES and not line.endswith(b"\n"):
                    size = len(line) + _skip_line(fh)
                    yield _reject(
                        path,
                        f"{label(path)}:{n}",
                        f"line {n}: record is {_mb(size)}, above the read limit of {_mb(MAX_READ_BYTES)}",
                    )
                    continue
                yield n, line
    except OSError as exc:
        yield _reject(path, label(path), f"cannot read file: {exc.strerror or exc}")


def _skip_line(fh) -> int:
    """Read past the rest of an over-long line in chunks; how many bytes it had."""
    skipped = 0
    while True:
        chunk = fh.readline(_LINE_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def jsonl_line_docs(path: Path, n: int, line: bytes) -> list[RawDoc | RejectedDoc]:
    """The document one JSON-lines line holds (none for a blank line)."""
    if not line.strip():
        return []
    text, warning = decode_report(line.rstrip(b"\r\n"))
    if text is None:
        return [_reject(path, f"{label(path)}:{n}", f"line {n}: not text")]
    docs = _jsonl_docs(path, text, first_line=n)
    return [_warn(d, warning) for d in docs] if warning else docs


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


def _open_regular(path: Path):
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
        with _open_regular(path) as fh:
            data = fh.read(MAX_READ_BYTES + 1)
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}"
    if len(data) > MAX_READ_BYTES:
        return f"file grew above the read limit of {_mb(MAX_READ_BYTES)} while read"
    return data


def _read(path: Path) -> list[RawDoc | RejectedDoc]:
    name = label(path)
    data = _read_bytes(path)
    if isinstance(data, str):
        return [_reject(path, name, data)]
    problem = _binary_problem(data)
    if problem:
        return [_reject(path, name, problem)]
    text, warning = decode_report(data)
    del data
    if text is None:
        return [_reject(path, name, "binary file (not decodable as text)")]
    text = clean_text(text)
    if not text.strip():
        return [_reject(path, name, "blank file (only whitespace)")]
    kind = sniff(path, text)
    if kind == "html":
        docs = [_html_doc(path, text)]
    elif kind in ("json", "jsonl"):
        docs = _json_docs(path, text, kind)
    else:
        docs = [RawDoc(path=str(path), file=name, text=text, raw=text, format="txt")]
    return [_warn(d, warning) for d in docs] if warning else docs


def _warn(doc: RawDoc | RejectedDoc, warning: str) -> RawDoc | RejectedDoc:
    if isinstance(doc, RawDoc):
        doc.warnings.append(warning)
    return doc


def _reject(path: Path, file: str, reason: str) -> RejectedDoc:
    return RejectedDoc(path=str(path), file=file, reason=reason)


def _binary_problem(data: bytes) -> str | None:
    """Why the bytes are not a text document (empty, a known binary format), or None."""
    if not data:
        return "empty file"
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            return reason
    return None


def sniff(path: Path, text: str) -> str:
    """ "html", "json", "jsonl" or "txt": the extension says, unless the content plainly is HTML."""
    ext = path.suffix.lower()
    if ext in (".html", ".htm", ".xhtml"):
        return "html"
    if ext in (".jsonl", ".ndjson"):
        return "jsonl"
    if ext == ".json":
        return "json"
    return "html" if _HTML_START.match(text[:4096].lstrip("\ufeff")) else "txt"


# ---------------------------------------------------------------- decoding


def decode(data: bytes) -> str | None:
    """The bytes as text (see decode_report), or None when they are not text."""
    return decode_report(data)[0]


def decode_report(data: bytes) -> tuple[str | None, str | None]:
    """The bytes as text, and a warning when some of them had to be replaced.

    A BOM decides; else UTF-8, strict, or with a few damaged sequences replaced by
    U+FFFD when they are a small share of the non-ASCII ones (re-reading the whole
    text as KOI8-R or cp1251 would garble every letter to save a few); else
    charset-normalizer, checked against the Cyrillic code pages (short cp1251/KOI8-R
    texts fool it). None when the bytes are not text (NUL bytes or nothing decodes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), None
            except UnicodeDecodeError:
                return None, None
    try:
        text = data.decode("utf-8")
        return (None if _too_many_controls(text) else text), None
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        return (_utf16_without_bom(data) if _looks_utf16(data) else None), None
    repaired = _repaired_utf8(data)
    if repaired is not None:
        return repaired
    return _guess(data), None


def _repaired_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid sequences replaced, and the warning saying how many;
    None when too many are invalid for the bytes to be UTF-8 at all."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if bad <= 0 or bad > MAX_BAD_UTF8_SHARE * non_ascii or _too_many_controls(text):
        return None
    plural = "s" if bad > 1 else ""
    return text, f"{bad} invalid UTF-8 sequence{plural} replaced by U+FFFD"


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: the byte order is where the NULs of ASCII characters fall
    (odd offsets in little-endian); None when neither order gives clean text."""
    head = data[:4096]
    odd = head[1::2].count(0)
    orders = ("utf-16-le", "utf-16-be") if odd >= head[0::2].count(0) else ("utf-16-be", "utf-16-le")
    for enc in orders:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _too_many_controls(text):
            return text
    return _guess(data)


def _looks_utf16(data: bytes) -> bool:
    """NULs on one side only (every other byte): the high bytes of ASCII characters in
    UTF-16. Cyrillic in UTF-16 has no NULs, so their share alone would not tell."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) >= len(head) // 50 and min(even, odd) <= max(even, odd) // 20


def _too_many_controls(text: str) -> bool:
    sample = text[:8192]
    bad = sum(1 for c in sample if c < " " and c not in "\n\r\t\f")
    return bad >= 8 and bad > len(sample) // 10  # a few stray escapes are hostile text, not binary


def _guess(data: bytes) -> str | None:
    import charset_normalizer

    candidates: list[str] = []
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None:
        candidates.append(best.encoding)
    candidates += [e for e in _CYRILLIC_ENCODINGS if e not in candidates]
    decoded = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _too_many_controls(text):
            decoded.append((_russian_score(text[:20_000]), -len(decoded), text))
    return max(decoded)[2] if decoded else None


_COMMON_LOWER = set("оеаинтсрвлкмдпуяызьбгчйхжшюцщэфъё")


def _russian_score(text: str) -> float:
    """How much the text reads like Cyrillic prose: the share of common lower-case letters
    among letters, minus stray symbols. A wrong code page turns most lower-case letters
    into capitals or pseudographics, so this tells cp1251 from KOI8-R and cp866."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    lower = sum(1 for c in letters if c in _COMMON_LOWER)
    junk = sum(1 for c in text if not (c.isalnum() or c.isspace() or c in ".,;:!?-–—«»\"'()[]/%№+=*&@#$€₸<>_{}|\\~^`"))
    latin_ok = sum(1 for c in letters if "a" <= c.lower() <= "z")
    return (lower + latin_ok - 2 * junk) / max(len(text), 1)


# ---------------------------------------------------------------- HTML


def _html_doc(path: Path, html: str) -> RawDoc | RejectedDoc:
    text, meta = html_text(html)
    if not text.strip():
        return _reject(path, label(path), "HTML page has no readable text")
    return RawDoc(path=str(path), file=label(path), text=text, raw=clean_text(html), format="html", meta=meta)


def html_text(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page with trafilatura (navigation, scripts,
    asides and footers left out); a page trafilatura finds no article in falls back
    to all of its visible text."""
    import trafilatura
    from trafilatura.settings import set_date_params

    # Dates only from the page's markup (meta tags, <time>, JSON-LD, URL): htmldate's
    # extensive search reads free text and picks up related-news teasers' dates; the
    # parser's own rules read the article's dateline instead.
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    meta: dict = {}
    text = ""
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        text = get("text") or ""
        for key, attr in (
            ("title", "title"),
            ("date", "date"),
            ("source", "sitename"),
            ("author", "author"),
            ("url", "url"),
        ):
            value = get(attr)
            if value:
                meta[key] = clean_text(str(value)).strip()
    if meta.get("date") and meta["date"][:10] in _teaser_dates(html) and meta["date"][:10] not in _markup_dates(html):
        del meta["date"]  # the date of a related-news teaser (<li>…<time>), not the page's
    if not text.strip():
        text = fragment_text(html)
    elif "date" not in meta:
        header_date = _header_date(html, text, meta.get("title", ""))
        if header_date:
            meta["date"] = header_date
    return clean_text(text), meta


_PUBLISHED_META = re.compile(
    r"(?is)<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|pubdate|"
    r"publish[_-]?date|date|dc\.date(?:\.issued)?|sailthru\.date)[\"'][^>]*>|\"datePublished\"\s*:\s*\"[^\"]+\""
)


def _markup_dates(html: str) -> set[str]:
    """ISO dates the page's markup declares as its own publication date (meta tags, JSON-LD datePublished)."""
    from store.reading.dates import parse_date

    return {d for d in (parse_date(m) for m in _PUBLISHED_META.findall(html[:200_000])) if d}


def _teaser_dates(html: str) -> set[str]:
    """ISO dates of <time> elements inside list items and asides: related-news teasers."""
    from store.reading.dates import parse_date

    out = set()
    for block in re.findall(r"(?is)<(?:li|aside)\b.*?</(?:li|aside)>", html[:500_000]):
        for t in re.findall(r"(?is)<time\b[^>]*>(.*?)</time>|<time\b[^>]*datetime=[\"']([^\"']+)", block):
            d = parse_date(t[0] or t[1])
            if d:
                out.add(d)
    return out


def _header_date(html: str, text: str, title: str) -> str | None:
    """A page whose markup carries no date often prints it as a line between the
    headline and the first paragraph (the main-text extractor drops that line).
    Look only there: dates elsewhere on the page belong to related-news teasers."""
    from store.reading.dates import date_only

    first = next(
        (line.strip() for line in text.splitlines() if len(line.strip()) >= 40 and line.strip() != title.strip()), ""
    )
    visible = fragment_text(html)
    cut = visible.find(first[:60]) if first else -1
    if cut <= 0:
        return None
    header = [line.strip() for line in visible[:cut].splitlines() if line.strip()]
    for line in reversed(header[-6:]):
        found = date_only(line)
        if found:
            return found
    return None


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment, one block element a line (scripts and styles dropped)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml rejects some fragments (empty, only a comment): fall back to removing tags
        return re.sub(r"<[^>]{0,2000}>", " ", html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in (
            "br",
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "section",
            "article",
            "blockquote",
        ):
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


# ---------------------------------------------------------------- JSON


def _json_docs(path: Path, text: str, kind: str) -> list[RawDoc | RejectedDoc]:
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if _several_json_lines(text):
                return _jsonl_docs(path, text)
            return [_reject(path, label(path), f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]
        return _json_value_docs(path, data)
    return _jsonl_docs(path, text)


def _several_json_lines(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3])


def _json_value_docs(path: Path, data) -> list[RawDoc | RejectedDoc]:
    if isinstance(data, dict):
        inner = next(
            (data[k] for k in ("articles", "items", "data", "records", "results") if isinstance(data.get(k), list)),
            None,
        )
        if inner is None:
            return [_record(path, label(path), data, "")]
        data = inner
    if not isinstance(data, list):
        return [_reject(path, label(path), "JSON holds neither an object nor a list of objects")]
    if not data:
        return [_reject(path, label(path), "JSON list is empty")]
    return [_record(path, f"{label(path)}:{i}", rec, f"record {i}: ") for i, rec in enumerate(data, 1)]


def _jsonl_docs(path: Path, text: str, first_line: int = 1) -> list[RawDoc | RejectedDoc]:
    out: list[RawDoc | RejectedDoc] = []
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        file = f"{label(path)}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(_reject(path, file, f"line {n}: invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        out.append(_record(path, file, rec, f"line {n}: "))
    return out or [_reject(path, label(path), "no records in JSON-lines file")]


def _record(path: Path, file: str, rec, where: str) -> RawDoc | RejectedDoc:
    """One JSON record as a RawDoc; HTML in its text field is reduced to text."""
    if not isinstance(rec, dict):
        return _reject(path, file, f"{where}not a JSON object")
    body = _field(rec, TEXT_FIELDS)
    if not body or not clean_text(body).strip():
        return _reject(path, file, f"{where}record has no text (fields {', '.join(TEXT_FIELDS[:3])})")
    raw = json.dumps(rec, ensure_ascii=False)
    if _HTML_TAG.search(body):
        body = fragment_text(body)
    meta = {}
    for key, fields in (
        ("title", TITLE_FIELDS),
        ("date", DATE_FIELDS),
        ("url", URL_FIELDS),
        ("source", SOURCE_FIELDS),
        ("author", AUTHOR_FIELDS),
    ):
        value = _field(rec, fields)
        if value:
            meta[key] = re.sub(
                r"\s+", " ", clean_text(fragment_text(value) if _HTML_TAG.search(value) else value)
            ).strip()
    return RawDoc(path=str(path), file=file, text=clean_text(body), raw=clean_text(raw), format="json", meta=meta)


def _field(rec: dict, names: tuple[str, ...]) -> str | None:
    """The first of `names` the record has, as text (a list of names joined, a {"name": …} object's name)."""
    lowered = {str(k).lower(): v for k, v in rec.items()}
    for n in names:
        v = lowered.get(n.lower())
        if isinstance(v, dict):
            v = v.get("name") or v.get("title") or v.get("text")
        if isinstance(v, list):
            v = ", ".join(str(x.get("name", "")) if isinstance(x, dict) else str(x) for x in v if x)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            v = str(v)
        if isinstance(v, str) and v.strip():
            return v
    return None
