"""Schema version 10 -> 11: near-duplicate articles shown once.

From 11 every article keeps its smallest shingle hashes in `article_anchors` and
`articles.dup_of` names the first article of its group of near-duplicates (one story
saved from two addresses or reprinted by another outlet: store.db.duplicates has the
rule), so the lists, search hits and facts show one. This step adds the column, the
table and their indexes and groups the stored articles: one pass over their bodies,
each compared only with the articles sharing its anchors (0.1–0.6 ms an article).

Safe to run twice: the anchors and groups are computed afresh.
"""

from __future__ import annotations

import sqlite3

from store.db import duplicates


def upgrade(conn: sqlite3.Connection) -> None:
    """Add `articles.dup_of` and `article_anchors`, then group the stored articles."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    if "dup_of" not in columns:
        conn.execute("ALTER TABLE articles ADD COLUMN dup_of TEXT")
    conn.execute("CREATE TABLE IF NOT EXISTS article_anchors (anchor INTEGER NOT NULL, article_id TEXT NOT NULL)")
    conn.execute(  # the index store.db.schema.SCHEMA makes (cover_anchors: why both columns)
        "CREATE INDEX IF NOT EXISTS article_anchors_anchor_article ON article_anchors(anchor, article_id)"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS articles_dup_of ON articles(dup_of) WHERE dup_of IS NOT NULL")
    duplicates.link_all(conn)
