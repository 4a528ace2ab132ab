"""JSON and JSON-lines files → one document per record: the text, title, date, URL,
source and author fields found under their usual names; HTML inside a field reduced
to text; a record that cannot be used becomes a RejectedDoc saying which and why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading.html_page import fragment_text
from store.reading.rejects import label, reject
from store.sanitize import clean_text

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


_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|ol|li|table|tr|td|section|article|figure|img)\b[^<>]{0,2000}>", re.I
)


def json_docs(path: Path, text: str, kind: str) -> list[RawDoc | RejectedDoc]:
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if _several_json_lines(text):
                return jsonl_docs(path, text)
            return [reject(path, label(path), f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")]
        return _json_value_docs(path, data)
    return jsonl_docs(path, text)


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
        return [reject(path, label(path), "JSON holds neither an object nor a list of objects")]
    if not data:
        return [reject(path, label(path), "JSON list is empty")]
    return [_record(path, f"{label(path)}:{i}", rec, f"record {i}: ") for i, rec in enumerate(data, 1)]


def jsonl_docs(path: Path, text: str, first_line: int = 1) -> list[RawDoc | RejectedDoc]:
    out: list[RawDoc | RejectedDoc] = []
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        file = f"{label(path)}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(reject(path, file, f"line {n}: invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        out.append(_record(path, file, rec, f"line {n}: "))
    return out or [reject(path, label(path), "no records in JSON-lines file")]


def _record(path: Path, file: str, rec, where: str) -> RawDoc | RejectedDoc:
    """One JSON record as a RawDoc; HTML in its text field is reduced to text."""
    if not isinstance(rec, dict):
        return reject(path, file, f"{where}not a JSON object")
    body = _field(rec, TEXT_FIELDS)
    if not body or not clean_text(body).strip():
        return reject(path, file, f"{where}record has no text (fields {', '.join(TEXT_FIELDS[:3])})")
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
