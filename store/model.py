"""The records that flow through the pipeline, one dataclass per stage.

files ──read──▶ RawDoc ──parse──▶ Article ──extract──▶ Extraction ──store──▶ SQLite

Every stage takes the previous stage's record and returns the next one; no stage
reaches back. Keeping them plain dataclasses (no ORM, no UI types) lets them cross
process boundaries (pickled to and from ingest workers) and keeps `store/` free of
any UI import.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "organization", "location", "checkpoint")


@dataclass
class RawDoc:
    """One document as read from disk, before any interpretation.

    `text` is what the parser works on: for plain text the decoded file, for HTML
    the main text an extraction library found, for JSON the record's text field.
    `raw` is exactly what the user gave (decoded), kept so nothing is lost.
    `meta` holds metadata the container itself carried (HTML <meta> tags, JSON
    fields): title, date, source, author, url — parse prefers it to guesses.
    """

    path: str
    file: str
    text: str
    raw: str
    format: str  # "txt" | "html" | "json"
    meta: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # one line each, e.g. bytes replaced while decoding


@dataclass
class RejectedDoc:
    """A file or record that could not be read; reason is one human line."""

    path: str
    file: str
    reason: str


@dataclass
class Article:
    """A parsed article: metadata plus the clean body (paragraphs joined by a blank line)."""

    file: str
    path: str
    title: str
    body: str
    raw: str
    date: str | None = None  # ISO YYYY-MM-DD
    source: str | None = None
    dateline: str | None = None
    author: str | None = None
    language: str | None = None
    url: str | None = None
    # the person who signs the story under its body («Дайындаған: X», a bare name before the
    # share buttons): read as a person of the article; not stored (the author column keeps the name)
    signed_by: str | None = None
    # the names on source credits the body does not keep («Источник: пресс-служба X»): the
    # extractor reads the bodies among them as organizations of the article; not stored
    credited: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return article_id(self.title, self.body)


def article_id(title: str, body: str) -> str:
    """A stable id from the normalized content: the same article under two file
    names, or re-ingested, gets the same id (whitespace and case do not count). Each run of
    whitespace one space and none at the ends, by str.split: its blanks are those `re` reads
    as one (the same Unicode test), so the text is what a substitution of every run and a strip
    gave, at less than half the cost (stop 52, ingest121)."""
    norm = " ".join(f"{title}\n{body}".lower().replace("ё", "е").split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


@dataclass
class Mention:
    """One place in the article where an entity is named.

    `name` is the canonical (nominative, merged) name; `surface` the text as written.
    `field` says which text the offsets point into: "title" or "body".
    For checkpoints `ref` is the gazetteer id the mention resolved to, and `kind` the kind
    of crossing (road, rail, passenger) this mention's own text gives, None when it gives none.
    """

    type: str  # one of ENTITY_TYPES
    name: str
    surface: str
    start: int
    end: int
    field: str = "body"
    role: str | None = None
    ref: str | None = None
    kind: str | None = None


@dataclass
class Fact:
    """A statement about a checkpoint, kept with the sentence it comes from."""

    checkpoint: str  # gazetteer id
    # "status" | "capacity" | "deadline" | "queue" | "event" | "other", and (facts58) "count" (vehicles,
    # wagons, people counted), "cause" (why a post closed, queues or is limited), "funding" (money
    # for its works), "facing" (the post a foreign one stands across from), and (facts61) "alternative"
    # (a post the story offers instead of a closed one: «альтернатива (вместо «Сырым»)»), and (facts85) "rule"
    # (a rule of passage: «пересекать границу разрешено лишь …», «ввоз скота запрещён», «тек … үшін ашық»),
    # and "line" (a rail line the post is an end of: «линия «Бахты – Аягоз»: строят»)
    kind: str
    text: str  # short statement, e.g. "с 200 до 1600 транспортных средств в сутки"
    sentence: str
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM", "YYYY-Q1".."YYYY-Q4", "YYYY-H1"/"YYYY-H2", "YYYY" or None


@dataclass
class Directive:
    """«X поручил / потребовал от Y … в месячный срок»."""

    by: str  # canonical name of the person (or body) giving the order
    to: str | None
    what: str
    when: str | None
    sentence: str
    checkpoint: str | None = None  # gazetteer id of the first checkpoint its sentence names, if any
    checkpoints: tuple[str, ...] = ()  # every checkpoint its sentence names, in the sentence's order


@dataclass
class Extraction:
    """Everything extracted from one article."""

    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    lemmas: str = ""  # the title and body as lemmas, for full-text search
    # where extraction stopped reading the body (a character offset), when the body was
    # longer than the extraction limit (store/extract/chunking.py: EXTRACT_LIMIT_DEFAULT); else None
    truncated_at: int | None = None
