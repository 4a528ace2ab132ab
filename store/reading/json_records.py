"""JSON and JSON-lines files → one document per record: the text (with the lead a dump
keeps beside it), title, date, URL, source and author found under the names and shapes
store.reading.record_fields knows; a record that cannot be used becomes a RejectedDoc
saying which and why.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from store.model import RawDoc, RejectedDoc
from store.reading import record_fields as rf
from store.reading.rejects import label, reject
from store.sanitize import clean_text

# Python's parser gives up on arrays or objects nested some thousand deep; no dump nests so.
TOO_DEEP = "invalid JSON: nested too deeply to be a record"


def json_docs(path: Path, text: str, kind: str) -> list[RawDoc | RejectedDoc]:
    if kind == "json":
        try:
            data = json.loads(text)
        except RecursionError:
            return [reject(path, label(path), TOO_DEEP)]
        except json.JSONDecodeError as exc:
            if _several_json_lines(text):
                return jsonl_docs(path, text)
            where = f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
            whole = _whole_items(text)
            if whole:  # a list cut short: its whole records, and the file's damage in one line
                after = f"invalid JSON after record {len(whole)}: {where}; the records before it are read"
                return [*_json_value_docs(path, whole), reject(path, label(path), after)]
            return [reject(path, label(path), f"invalid JSON: {where}")]
        return _json_value_docs(path, data)
    return jsonl_docs(path, text)


def _whole_items(text: str) -> list:
    """The items a JSON list holds before the place it breaks off: a scraper killed while
    writing `articles.json`, or a download cut short, left «[{…}, {…}, {"title": "Ко» and
    the whole file was rejected, every record before the cut lost with it (qa108). Only a
    list at the top, of objects, is read so; anything else gives nothing."""
    decoder = json.JSONDecoder()
    at = len(text) - len(text.lstrip())
    if not text.startswith("[", at):
        return []
    items: list = []
    at += 1
    while True:
        at = _past_space(text, at)
        try:
            item, at = decoder.raw_decode(text, at)
        except (json.JSONDecodeError, RecursionError):
            return items
        if not isinstance(item, dict):
            return []
        items.append(item)
        at = _past_space(text, at)
        if not text.startswith(",", at):
            return items
        at += 1


def _past_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _several_json_lines(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:3])


def _json_value_docs(path: Path, data) -> list[RawDoc | RejectedDoc]:
    found = rf.record_list(data)
    if found is None:
        return [record_doc(path, label(path), data)]
    records, shared = found
    if not records:
        return [reject(path, label(path), "JSON list is empty")]
    if shared:  # kept in each record, so the stored raw record reads the same again
        records = [{**shared, **rec} if isinstance(rec, dict) else rec for rec in records]
    return [record_doc(path, f"{label(path)}:{i}", rec) for i, rec in enumerate(records, 1)]


def jsonl_docs(path: Path, text: str, first_line: int = 1) -> list[RawDoc | RejectedDoc]:
    out: list[RawDoc | RejectedDoc] = []
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        file = f"{label(path)}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append(reject(path, file, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        except RecursionError:
            out.append(reject(path, file, TOO_DEEP))
            continue
        out.append(record_doc(path, file, rec))
    return out or [reject(path, label(path), "no records in JSON-lines file")]


def record_doc(path: Path, file: str, rec) -> RawDoc | RejectedDoc:
    """One JSON record as a RawDoc: its text, with the leads it keeps beside the text as the
    standfirst the parser prints above it, and its metadata. `file` names the record's line
    or place in a list («dump.jsonl:2»), so a reason does not say it again (qa70)."""
    if not isinstance(rec, dict):
        return reject(path, file, "not a JSON object")
    view = rf.record_view(rec)
    body, leads = rf.text_and_leads(view)
    if not body or not clean_text(body).strip():
        return reject(path, file, "record has no text (fields text, body, content, lead, summary, …)")
    meta = {}
    for key, fields in (
        ("title", rf.TITLE_FIELDS),
        ("date", rf.DATE_FIELDS),
        ("url", rf.URL_FIELDS),
        ("source", rf.SOURCE_FIELDS),
        ("author", rf.AUTHOR_FIELDS),
    ):
        if key in ("date", "source"):
            value = rf.record_date(view) if key == "date" else rf.record_source(view)
        else:
            value = rf.field_text(view, fields)
        if value:
            meta[key] = re.sub(r"\s+", " ", clean_text(value)).strip()
    _outlet_from_author(meta)
    _outlet_from_spider(meta, view)
    if rf.text_is_paragraphs(view):
        meta["paragraphs_only"] = True
    if leads:
        meta["standfirst"] = "\n".join(clean_text(lead) for lead in leads)
    raw = json.dumps(rec, ensure_ascii=False)
    return RawDoc(path=str(path), file=file, text=clean_text(body), raw=clean_text(raw), format="json", meta=meta)


def _outlet_from_author(meta: dict) -> None:
    """Dumps of aggregators and readers often keep the outlet in `author` («Kazinform»,
    «Zakon.kz») and their own address in `link`: with no source field, an author that is a
    known outlet or a site's domain is the record's source (the link's domain would name
    the aggregator), and no author."""
    from store.reading.outlets import known_or_domain

    name = meta.get("author")
    outlet = name and "source" not in meta and known_or_domain(name)
    if outlet:
        meta["source"] = outlet
        del meta["author"]


# Parts of a Scrapy spider's name that say what it is or which edition it reads, not whose.
_SPIDER_WORDS = frozenset(
    {"spider", "crawler", "scraper", "parser", "bot", "news", "ru", "kz", "kk", "kaz", "rus", "en"}
)


def _outlet_from_spider(meta: dict, view: dict) -> None:
    """A Scrapy item with no source field still carries its `spider`'s name, and a spider is
    named after the site it crawls («tengrinews», «informburo_ru»). Only a name the table of
    outlets knows is taken: a spider's name is a programmer's word («news_spider»), and a guess
    from it would name no outlet."""
    from store.reading.outlets import known

    name = "source" not in meta and rf.field_text(view, ("spider", "spider_name"))
    if not name:
        return
    words = [w for w in re.split(r"[\W_]+", name.lower()) if w and w not in _SPIDER_WORDS]
    outlet = known(name) or (words and known("".join(words)))
    if outlet:
        meta["source"] = outlet
