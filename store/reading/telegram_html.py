"""A Telegram channel exported as HTML by Telegram Desktop (`messages.html`,
`messages2.html`, …) → one document per message.

Telegram's JSON export is read record by record (store.reading.record_fields: the channel's
`name` is each message's source). Its HTML export holds the same messages, each a
`<div class="message default">` with the text in `<div class="text">` and the full time in
the `title` of `<div class="pull_right date details">`, under a page header printing the
channel's name. Read as one web page, the export became one article titled «Exported Data»
with no outlet and every message's text run together. Each message here becomes the record
the JSON export would hold for it and goes through store.reading.json_records.
"""

from __future__ import annotations

import re
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading.json_records import record_doc
from store.reading.rejects import label, reject

_EXPORT_MARKS = tuple(re.compile(rf"class=[\"']{c}") for c in ("page_header[\"']", "history[\"']", "message default"))
_HEAD = 20_000
_MESSAGES = '//div[contains(concat(" ", @class, " "), " message ")][contains(@class,"default")]'


def is_export(html: str) -> bool:
    """Does the page carry the marks of Telegram Desktop's HTML export?"""
    head = html[:_HEAD]
    return all(mark.search(head) for mark in _EXPORT_MARKS[:2]) and bool(_EXPORT_MARKS[2].search(html))


def export_docs(path: Path, html: str) -> list[RawDoc | RejectedDoc]:
    """One document per message that has text; the channel's name is each one's source.
    A message with only a photo or a sticker has nothing to read and is left out."""
    import lxml.html

    root = lxml.html.fromstring(html)
    channel = _first_text(root, '//div[contains(@class,"page_header")]//div[contains(@class,"text")]')
    docs: list[RawDoc | RejectedDoc] = []
    for i, msg in enumerate(root.xpath(_MESSAGES), 1):
        text = msg.xpath('.//div[@class="text"]')
        if not text:
            continue
        rec = {"text": lxml.html.tostring(text[0], encoding="unicode")}
        stamp = msg.xpath('.//div[contains(@class,"date")]/@title')
        if stamp:
            rec["date"] = str(stamp[0])
        if channel:
            rec["source"] = channel
        docs.append(record_doc(path, f"{label(path)}:{i}", rec))
    return docs or [reject(path, label(path), "Telegram export has no message with text")]


def _first_text(root, xpath: str) -> str | None:
    found = root.xpath(xpath)
    name = re.sub(r"\s+", " ", found[0].text_content()).strip() if found else ""
    return name or None
