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
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.sanitize import clean_text

TEXT_FIELDS = (
    "text", "body", "content", "content:encoded", "article", "full_text", "fulltext", "article_text", "description", "summary",
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
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article)\b", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|img)\b[^<>]{0,2000}>", re.I)


# ---------------------------------------------------------------- discovery


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The files the given paths stand for: directories walked recursively (sorted,
    hidden files and directories skipped). A path that does not exist stays in the
    list, so read_path reports it as a RejectedDoc ("no such file") in order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(_walk(p))
        else:
            out.append(p)
    return out


def _walk(root: Path) -> Iterator[Path]:
    try:
        entries = sorted(root.iterdir(), key=lambda e: e.name)
    except OSError:
        yield root  # read_path turns it into "cannot read"
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir():
            yield from _walk(e)
        elif e.is_file():
            yield e


def iter_docs(paths: Iterable[str | Path]) -> Iterator[RawDoc | RejectedDoc]:
    """Every document (or rejection) the paths hold, in a stable order."""
    for path in discover(paths):
        yield from read_path(path)


# ---------------------------------------------------------------- one file


def read_path(path: str | Path) -> list[RawDoc | RejectedDoc]:
    """The documents one file holds; a file that cannot be read gives one RejectedDoc."""
    path = Path(path)
    try:
        return _read(path)
    except Exception as exc:  # a reader bug must not stop a batch: report it as this file's problem
        return [_reject(path, path.name, f"could not read: {type(exc).__name__}: {exc}")]


# JSON-lines files above this size are streamed a line at a time, so a dump of any
# size is read in bounded memory (smaller ones are read whole, with encoding detection).
STREAM_JSONL_BYTES = 8 * 1024 * 1024


def iter_path(path: str | Path) -> Iterator[RawDoc | RejectedDoc]:
    """The documents one file holds, one at a time: like read_path, but a large
    JSON-lines dump is never held in memory whole."""
    path = Path(path)
    try:
        big_jsonl = path.suffix.lower() in (".jsonl", ".ndjson") and path.stat().st_size > STREAM_JSONL_BYTES
    except OSError:
        big_jsonl = False
    if not big_jsonl:
        yield from read_path(path)
        return
    try:
        with path.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                yield from _jsonl_line(path, n, line)
    except OSError as exc:
        yield _reject(path, path.name, f"cannot read file: {exc.strerror or exc}")


def _jsonl_line(path: Path, n: int, line: bytes) -> list[RawDoc | RejectedDoc]:
    if not line.strip():
        return []
    text = decode(line.rstrip(b"\r\n"))
    if text is None:
        return [_reject(path, f"{path.name}:{n}", f"line {n}: not text")]
    return _jsonl_docs(path, text, first_line=n)


def _read(path: Path) -> list[RawDoc | RejectedDoc]:
    name = path.name
    if not path.exists():
        return [_reject(path, name, "no such file")]
    if path.is_dir():
        return [_reject(path, name, "cannot read directory (permission denied?)")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [_reject(path, name, f"cannot read file: {exc.strerror or exc}")]
    problem = _binary_problem(data)
    if problem:
        return [_reject(path, name, problem)]
    text = decode(data)
    if text is None:
        return [_reject(path, name, "binary file (not decodable as text)")]
    if not clean_text(text).strip():
        return [_reject(path, name, "blank file (only whitespace)")]
    kind = sniff(path, text)
    if kind == "html":
        return [_html_doc(path, text)]
    if kind in ("json", "jsonl"):
        return _json_docs(path, text, kind)
    return [RawDoc(path=str(path), file=name, text=clean_text(text), raw=clean_text(text), format="txt")]


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
    """"html", "json", "jsonl" or "txt": the extension says, unless the content plainly is HTML."""
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
    """The bytes as text: a BOM decides; else strict UTF-8; else charset-normalizer,
    checked against the Cyrillic code pages (short cp1251/KOI8-R texts fool it).
    None when the bytes are not text (NUL bytes or nothing decodes)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    try:
        text = data.decode("utf-8")
        return None if _too_many_controls(text) else text
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        return None
    return _guess(data)


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    return head.count(b"\x00") >= len(head) // 4


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
        return _reject(path, path.name, "HTML page has no readable text")
    return RawDoc(path=str(path), file=path.name, text=text, raw=clean_text(html), format="html", meta=meta)


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
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True,
        date_extraction_params=set_date_params(extensive=False),
    )
    meta: dict = {}
    text = ""
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
        text = get("text") or ""
        for key, attr in (("title", "title"), ("date", "date"), ("source", "sitename"), ("author", "author"), ("url", "url")):
            value = get(attr)
            if value:
                meta[key] = clean_text(str(value)).strip()
    if not text.strip():
        text = fragment_text(html)
    elif "date" not in meta:
        header_date = _header_date(html, text, meta.get("title", ""))
        if header_date:
            meta["date"] = header_date
    return clean_text(text), meta


def _header_date(html: str, text: str, title: str) -> str | None:
    """A page whose markup carries no date often prints it as a line between the
    headline and the first paragraph (the main-text extractor drops that line).
    Look only there: dates elsewhere on the page belong to related-news teasers."""
    from .dates import date_only

    first = next((line.strip() for line in text.splitlines()
                  if len(line.strip()) >= 40 and line.strip() != title.strip()), "")
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
        if isinstance(el.tag, str) and el.tag.lower() in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"):
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
            return [_reject(path, path.name, f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]
        return _json_value_docs(path, data)
    return _jsonl_docs(path, text)


def _several_json_lines(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3])


def _json_value_docs(path: Path, data) -> list[RawDoc | RejectedDoc]:
    if isinstance(data, dict):
        inner = next((data[k] for k in ("articles", "items", "data", "records", "results") if isinstance(data.get(k), list)), None)
        if inner is None:
            return [_record(path, path.name, data, "")]
        data = inner
    if not isinstance(data, list):
        return [_reject(path, path.name, "JSON holds neither an object nor a list of objects")]
    if not data:
        return [_reject(path, path.name, "JSON list is empty")]
    return [_record(path, f"{path.name}:{i}", rec, f"record {i}: ") for i, rec in enumerate(data, 1)]


def _jsonl_docs(path: Path, text: str, first_line: int = 1) -> list[RawDoc | RejectedDoc]:
    out: list[RawDoc | RejectedDoc] = []
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        file = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(_reject(path, file, f"line {n}: invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        out.append(_record(path, file, rec, f"line {n}: "))
    return out or [_reject(path, path.name, "no records in JSON-lines file")]


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
    for key, fields in (("title", TITLE_FIELDS), ("date", DATE_FIELDS), ("url", URL_FIELDS), ("source", SOURCE_FIELDS), ("author", AUTHOR_FIELDS)):
        value = _field(rec, fields)
        if value:
            meta[key] = re.sub(r"\s+", " ", clean_text(fragment_text(value) if _HTML_TAG.search(value) else value)).strip()
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
