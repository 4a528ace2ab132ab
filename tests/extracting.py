"""What the extraction tests ask of made-up text: the names the whole extractor finds of
one type, and the knowledge-base rows store.lang.kb matches. The `extractor` fixture
these take is in conftest.py."""

from __future__ import annotations

from store.lang import kb
from store.model import Article


def mentions(extractor, text: str, kind: str) -> set[str]:
    """The names of type `kind` the extractor finds in `text` (as an article's body)."""
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    return {m.name for m in found.mentions if m.type == kind}


def typed_names(extractor, text: str, language: str | None = None) -> set[tuple[str, str]]:
    """Every (type, name) the extractor finds in `text`, read as a page in `language`."""
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=language)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


def kazakh_typed_names(extractor, text: str, language: str | None = "kk") -> set[tuple[str, str]]:
    """typed_names, read as a Kazakh page unless told otherwise."""
    return typed_names(extractor, text, language)


def of_type(got: set[tuple[str, str]], wanted: str) -> set[str]:
    """The names of one type among typed_names' pairs."""
    return {name for type_, name in got if type_ == wanted}


def bodies(extractor, text: str, language: str | None = None, off: tuple[str, ...] = ()) -> set[str]:
    """The organizations the extractor finds in `text`, read as a page in `language`,
    with the passes named in `off` switched off for this one call (an ablation test)."""
    extractor.set_disabled(off)
    try:
        article = Article(file="t.txt", path="t.txt", title="", body=text, raw=text, language=language)
        return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}
    finally:
        extractor.set_disabled(())


def kazakh_bodies(extractor, text: str) -> set[str]:
    """The organizations found in `text` read as a Kazakh page."""
    return bodies(extractor, text, language="kk")


def places(extractor, text: str) -> set[str]:
    return mentions(extractor, text, "location")


def persons(extractor, text: str) -> set[str]:
    return mentions(extractor, text, "person")


def kb_rows(text: str) -> list[tuple[str, str]]:
    """(row id, the text matched) of each knowledge-base name store.lang.kb finds in `text`."""
    return [(m.form.row.id, text[m.start : m.end]) for m in kb.find(text)]
