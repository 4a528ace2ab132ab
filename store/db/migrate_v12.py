"""Schema version 11 -> 12: Kazakh stems in the full-text index.

From 12 the index holds, for every word of a Kazakh article and every word with a Kazakh
letter, its Kazakh stem (store.lang.kazakh_stems via store.lang.fts_terms.index_text)
instead of pymorphy2's Russian guess, so «көліктері» and «көлік» are one term. A store
whose articles hold no Kazakh word has nothing to change and is only stamped; one that
does has its index rebuilt from the stored titles and bodies (the table is contentless:
a row cannot be rewritten without the terms it was written with, so all go at once).
An index written before still finds what it found (a query word asks for its lemma as
well as its stems), not the Kazakh forms it kept apart: a reader that finds such a store
reads it as it is and says `borderdocs upgrade` rebuilds it (hyg68; schema.READ_AS_IS_FROM).

Safe to run twice: the index is rebuilt afresh.
"""

from __future__ import annotations

import sqlite3

from store.lang.kazakh import KAZAKH_LETTERS


def upgrade(conn: sqlite3.Connection) -> None:
    """Rebuild the full-text index when any stored article is Kazakh or has a Kazakh word."""
    if any(_kazakh(title, body, language) for title, body, language in conn.execute(_ARTICLES)):
        rebuild_fts(conn)


_ARTICLES = "SELECT title, body, language FROM articles"


def _kazakh(title: str | None, body: str | None, language: str | None) -> bool:
    return (
        language == "kk"
        or KAZAKH_LETTERS.search(title or "") is not None
        or KAZAKH_LETTERS.search(body or "") is not None
    )


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """The full-text index again from every article's title and body by today's rules."""
    from store.lang.fts_terms import index_text

    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
    rows = conn.execute("SELECT rowid, title, body, language FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)",
        [(rowid, index_text(t or "", lang == "kk"), index_text(b or "", lang == "kk")) for rowid, t, b, lang in rows],
    )
