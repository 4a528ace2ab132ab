"""Fuzzing the pipeline: random bytes, hostile Unicode and mutated real articles go
through read → parse → extract → store with the real Extractor (loaded once).

Asserted for every example: no exception escapes any stage, nothing stored holds
a character the sanitizer forbids (controls, bidi, zero-width, lone surrogates),
and the store passes `PRAGMA integrity_check`. Examples are derandomized (the same
inputs each run, so a failure reproduces) and bounded to keep the file under about
30 s; BORDERDOCS_FUZZ_SCALE=10 runs ten times as many.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from store.db import store as db  # noqa: E402
from store.sanitize import FORBIDDEN  # noqa: E402

from .conftest import SAMPLE_DATA  # noqa: E402

SCALE = max(1, int(os.environ.get("BORDERDOCS_FUZZ_SCALE", "1")))


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


BIDI_AND_INVISIBLE = list(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad"
)
KAZAKH = list("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
COMBINING = [chr(c) for c in range(0x0300, 0x0370, 7)]
ESCAPES = [
    "\x1b[31m",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b]8;;http://x\x1b\\",
    "\x9b2J",
    "\x1bc",
    "\x07",
    "\x00",
    "\r",
    "\ud800",
    "\udfff",
]
BRACKETS = list("«»()[]{}<>\"'„“”‹›")
WORDS = [
    "Хоргос",
    "Қорғас",
    "пункт пропуска",
    "Бектенов",
    "Олжас",
    "Нур-Султан",
    "Астана",
    "КПП «Майкапчагай»",
    "Токаев поручил",
    "в месячный срок",
    "ТОО",
    "АО «НК КТЖ»",
    "24 мая 2023 года",
    "\n\n",
    "\n",
    " ",
    "\t",
    "<p>",
    "</p>",
    "<script>",
    "&amp;",
    "&#x202e;",
    '{"text":',
    "}",
    ",",
    ".",
    "—",
]
ALPHABET = st.one_of(
    st.sampled_from(BIDI_AND_INVISIBLE + KAZAKH + COMBINING + BRACKETS),
    st.characters(codec="utf-8"),
    st.characters(min_codepoint=0x400, max_codepoint=0x4FF),
)
TOKEN = st.one_of(st.sampled_from(WORDS + ESCAPES + BIDI_AND_INVISIBLE), st.text(ALPHABET, max_size=12))
# What an edit of a real article inserts: always something the sanitizer or the parser must handle.
HOSTILE = st.sampled_from(ESCAPES + BIDI_AND_INVISIBLE + KAZAKH + COMBINING + BRACKETS)
HOSTILE_RUN = st.lists(st.one_of(HOSTILE, TOKEN), min_size=1, max_size=6).map("".join)
HOSTILE_TEXT = st.lists(TOKEN, min_size=3, max_size=120).map("".join)
SUFFIXES = (".txt", ".html", ".jsonl", ".json")
SAMPLES = sorted(SAMPLE_DATA.glob("*.txt"))


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    """The real Extractor and a store, shared by every example of this module."""
    from store.extract.extractor import Extractor

    folder = tmp_path_factory.mktemp("fuzz")
    store = db.open_store(folder / "fuzz.db", write=True, create=True)
    yield Pipeline(Extractor(), store, folder)
    store.close()


class Pipeline:
    """read → parse → extract → store for one file, with the checks after it."""

    def __init__(self, extractor, store: db.Store, folder):
        self.extractor, self.store, self.folder = extractor, store, folder
        self.names = itertools.count()

    def run(self, data: bytes, suffix: str) -> int:
        """Feed one file through every stage; returns how many articles were stored."""
        from store.reading.parse import parse
        from store.reading.read import read_path

        path = self.folder / f"in{next(self.names)}{suffix}"
        path.write_bytes(data)
        stored = 0
        for doc in read_path(path):
            if not hasattr(doc, "text"):  # a RejectedDoc: said in one line, and that is fine
                assert "\n" not in doc.reason
                continue
            article = parse(doc)
            if not article.body.strip():
                continue
            extraction = self.extractor.extract(article)
            with self.store.conn:
                stored += db.write_article(self.store, article, extraction)
        path.unlink()
        self.check()
        return stored

    def check(self) -> None:
        conn = self.store.conn
        for table, columns in STORED_TEXT.items():
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for column, value in zip(columns, row, strict=False):
                    bad = FORBIDDEN.intersection(value or "")
                    assert not bad, f"{table}.{column} holds {sorted(map(hex, map(ord, bad)))}: {value!r:.200}"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


STORED_TEXT = {
    "articles": ("title", "body", "raw", "source", "dateline", "author"),
    "entities": ("name", "key"),
    "aliases": ("alias", "key"),
    "mentions": ("surface",),
    "facts": ("text", "sentence"),
    "directives": ('"by"', '"to"', "what", "sentence"),
}


@fuzz_settings(60)
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(pipeline, data, suffix):
    pipeline.run(data, suffix)


@fuzz_settings(40)
@given(text=HOSTILE_TEXT)
def test_hostile_unicode(pipeline, text):
    """The same text as a plain file, an HTML page and a JSON record (whose escapes can
    carry lone surrogates no decoder would produce)."""
    raw = text.encode("utf-8", "surrogatepass")
    pipeline.run(raw, ".txt")
    pipeline.run(
        b"<html><head><title>" + raw[:200] + b"</title></head><body><p>" + raw + b"</p></body></html>", ".html"
    )
    record = {"title": text[:80], "text": text, "source": text[-40:], "author": text[:30]}
    pipeline.run(json.dumps(record).encode(), ".jsonl")
    pipeline.run(json.dumps([record, {"text": text[::-1]}]).encode(), ".json")


@st.composite
def mutated_article(draw) -> bytes:
    """A real sample article with a few random edits: insertions of hostile tokens,
    deleted or doubled spans, then one of the encodings read.py detects."""
    text = draw(st.sampled_from(SAMPLES)).read_text(encoding="utf-8")
    for _ in range(draw(st.integers(2, 10))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(("insert", "insert", "insert", "delete", "double", "truncate")))
        if edit == "insert":
            text = text[:at] + draw(HOSTILE_RUN) + text[at:]
        elif edit == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif edit == "double":
            text = text[:at] + text[at : at + 300] + text[at:]
        else:
            text = text[: max(at, 1)]
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8-r")))
    return text.encode(encoding, "replace" if encoding in ("cp1251", "koi8-r") else "surrogatepass")


@fuzz_settings(40)
@given(data=mutated_article())
def test_mutated_real_articles(pipeline, data):
    pipeline.run(data, ".txt")


def test_the_fuzzed_store_is_searchable(pipeline):
    """Whatever the fuzzing stored, search answers hostile queries without an exception."""
    from store.search.search import search

    for query in [
        "Хоргос",
        "\u202eсогроХ",
        "Қорғас\u200b",
        '"*) OR NEAR(',
        "\x1b[31m",
        "\ud800",
        "",
        " ",
        "«»",
        "a" * 500,
    ]:
        for type_ in (None, "article", "person"):
            search(pipeline.store, query, type=type_, limit=5)


def test_forbidden_characters_are_really_forbidden():
    """The checks above mean something only if FORBIDDEN holds what the brief lists."""
    for ch in "\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u200b\u200d\u2060\ufeff\u180e\u00ad\x1b\x7f\x85\x9b\ud800":
        assert ch in FORBIDDEN, hex(ord(ch))
    for ch in "\n\tаәҚ́a«":
        assert ch not in FORBIDDEN
    assert sqlite3.sqlite_version  # the store's engine is present
