"""Web-archive records (WARC, Common Crawl's WET) read as the pages they hold.

A crawl keeps each page as a record: «WARC/1.0», header lines («WARC-Type: conversion»,
«WARC-Target-URI: https://…», «WARC-Date: …», «Content-Length: …»), a blank line, the block.
Common Crawl's WET files hold the pages' text (`conversion` records), its WARC files the HTTP
responses (`response` records: the server's headers, then the page's HTML). Users keep one
record per file, cut from a crawl, or a whole `.wet`/`.warc` (gzipped, as Common Crawl
serves them: store.reading.gzipped opens it). Read as plain text, the header lines were the
article's header: «WARC-Target-URI: https://…» became the title, the headline went into the
body and the crawl's date was taken for the story's (fmt02: every one of 102 stories as a WET
record differed from its .txt form in title, date or body).

Each `conversion` record is a text document whose address is its target URI; each `response`
record whose payload is HTML is a page, read as a saved page is. The crawl's own records
(`warcinfo`, `request`, `metadata`) hold no article and are passed over. WARC-Date is when the
page was fetched, not when the story was published: it is not the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading.rejects import label, reject

_VERSION = re.compile(r"WARC/1\.[01]\r?\n")
_RECORD_START = re.compile(r"(?m)^WARC/1\.[01]\r?$\n")
_HEADER = re.compile(r"([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)\r?$")
_HTTP_STATUS = re.compile(r"HTTP/\d(?:\.\d)? \d{3}")
NO_PAGES = "web archive (WARC/WET) holds no page text (only crawl records): not read"


def is_warc(text: str) -> bool:
    """Whether the text opens as a WARC or WET record («WARC/1.0» on its first line)."""
    return bool(_VERSION.match(text.lstrip("\ufeff")[:12]))


def warc_docs(
    path: Path, text: str, page_doc: Callable[[str, str], RawDoc | RejectedDoc]
) -> list[RawDoc | RejectedDoc]:
    """One document per page record; `page_doc(file, html)` reads a response's HTML as a saved
    page. One record's file is named as the file; several as «crawl.wet:2» (the record's place
    among the page records)."""
    records = [r for r in (_record(part) for part in _RECORD_START.split(text.lstrip("\ufeff"))) if r]
    pages = [(uri, kind, block) for uri, kind, block in records if kind in ("conversion", "response")]
    name = label(path)
    out: list[RawDoc | RejectedDoc] = []
    for i, (uri, kind, block) in enumerate(pages, 1):
        file = name if len(pages) == 1 else f"{name}:{i}"
        if kind == "response":
            html = _http_payload(block)
            if html is None:
                continue  # an image, a PDF, a redirect: no page text
            doc = page_doc(file, html)
        elif block.strip():
            doc = RawDoc(path=str(path), file=file, text=block, raw=block, format="txt", meta={})
        else:
            continue
        if isinstance(doc, RawDoc) and uri:
            doc.meta = {**(doc.meta or {}), "url": (doc.meta or {}).get("url") or uri}
        out.append(doc)
    return out or [reject(path, name, NO_PAGES)]


def _record(part: str) -> tuple[str | None, str, str] | None:
    """(target URI, WARC-Type, block) of one record's text after its version line."""
    head, sep, block = part.partition("\n\n") if "\r\n\r\n" not in part[:4096] else part.partition("\r\n\r\n")
    if not sep:
        return None
    fields = {}
    for line in head.split("\n"):
        m = _HEADER.match(line.strip("\r"))
        if m:
            fields[m[1].lower()] = m[2].strip()
    if "warc-type" not in fields:
        return None
    uri = fields.get("warc-target-uri", "").strip("<>") or None
    return uri, fields["warc-type"].lower(), block.strip("\r\n")


def _http_payload(block: str) -> str | None:
    """A response record's HTML: the HTTP status line and headers dropped; None unless the
    response is a page (text/html, or markup when the headers do not say)."""
    if not _HTTP_STATUS.match(block):
        return block if block.lstrip()[:1] == "<" else None
    head, _, body = block.replace("\r\n", "\n").partition("\n\n")
    ctype = next(
        (ln.split(":", 1)[1].strip().lower() for ln in head.split("\n") if ln.lower().startswith("content-type:")), ""
    )
    if ctype and "html" not in ctype:
        return None
    return body if body.strip() else None


__all__ = ["NO_PAGES", "is_warc", "warc_docs"]
