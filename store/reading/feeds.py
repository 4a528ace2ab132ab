"""RSS and Atom feeds saved as files → one document per item.

A feed reader or a scraper that keeps what a site's feed gave saves it as `news.xml`,
`feed.rss` or `atom.xml`: a channel (the site's name and address) and items, each with a
headline, a link, a date (RFC 822 in RSS, ISO in Atom) and the story as HTML in
`description`, `content:encoded` or Atom's `content`. Read as plain text, such a file
stored its markup as one article (read71: the title «<?xml version=…>», the body
«<title>…</title>»). Each item here becomes the record a JSON dump would hold for it and
goes through store.reading.json_records, so its fields are read by the same rules. An XML
file that is no feed is rejected with one line that says so.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading.json_records import record_doc
from store.reading.rejects import label, reject

# A DOCTYPE may carry an internal subset («<!DOCTYPE rss [<!ENTITY …>]>»): such a file is still a
# feed, and `feed_docs` names why it is refused instead of calling it «not a feed».
_DOCTYPE = r"<!DOCTYPE[^>\[]*(?:\[[^\]]*\]\s*)?>\s*"
_PROLOG = r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*|" + _DOCTYPE + ")*"
_FEED_START = re.compile(_PROLOG + r"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_XML_START = re.compile(r"^\s*<\?xml\b", re.I)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Namespaces whose element names a record keeps with their usual prefix.
_PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content:",
    "http://purl.org/dc/elements/1.1/": "dc:",
}
DECLARES_ENTITIES = "RSS or Atom feed declares XML entities (refused: expanding them is unsafe): not read"
NOT_A_FEED = "XML file that is not an RSS or Atom feed: not read as an article"


def is_feed(text: str) -> bool:
    """Whether the text opens as an RSS, RDF or Atom feed."""
    return bool(_FEED_START.match(text[:4096].lstrip("\ufeff")))


def is_xml(text: str) -> bool:
    """Whether the text opens with an XML declaration (and so is markup, not a story)."""
    return bool(_XML_START.match(text[:64].lstrip("\ufeff")))


def feed_docs(path: Path, text: str) -> list[RawDoc | RejectedDoc]:
    """One document per item of the feed; the feed's own title is each item's source
    unless the item names one. A feed that does not parse, or has no item, is one
    rejected line."""
    if "<!ENTITY" in text:
        return [reject(path, label(path), DECLARES_ENTITIES)]
    try:
        root = ET.fromstring(_DECLARATION.sub("", text.lstrip("\ufeff"), count=1))
    except ET.ParseError as exc:
        return [reject(path, label(path), f"invalid XML feed: {exc}")]
    items = [el for el in root.iter() if _name(el) in ("item", "entry")]
    if not items:
        return [reject(path, label(path), "RSS or Atom feed has no items")]
    outlet = _feed_title(root)
    docs = []
    for i, item in enumerate(items, 1):
        rec = _item_record(item)
        if outlet and "source" not in rec:
            rec["source"] = outlet
        docs.append(record_doc(path, f"{label(path)}:{i}", rec))
    return docs


def _name(el: ET.Element) -> str:
    """The element's name as a record's key: «item», «content:encoded», «dc:date»."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return _PREFIXES.get(ns, "") + local
    return tag


def _feed_title(root: ET.Element) -> str | None:
    """The channel's (RSS) or the feed's (Atom) own title: the site's name."""
    channel = next((el for el in root if _name(el) == "channel"), root)
    title = next((el for el in channel if _name(el) == "title"), None)
    return (title.text or "").strip() or None if title is not None else None


def _item_record(item: ET.Element) -> dict:
    """The item's fields as a dump record: text fields as written, Atom's link from its
    href, an author from its name. A synopsis (`description`, `summary`) beside the full
    content is the feed's teaser of that content, not a lead printed above it."""
    rec: dict = {}
    for el in item:
        key = _name(el)
        if key == "link" and el.get("href"):
            if el.get("rel", "alternate") == "alternate":
                rec.setdefault("link", el.get("href"))
            continue
        if key == "author" and len(el):
            key, el = "author", next((c for c in el if _name(c) == "name"), el)
        value = "".join(el.itertext()).strip()
        if value and key not in rec:
            rec[key] = value
    if "content" in rec or "content:encoded" in rec:
        rec.pop("description", None)
        rec.pop("summary", None)
    elif "description" in rec and "summary" not in rec:
        rec["content"] = rec.pop("description")
    elif "summary" in rec:
        rec["content"] = rec.pop("summary")
    return rec


__all__ = ["NOT_A_FEED", "feed_docs", "is_feed", "is_xml"]
