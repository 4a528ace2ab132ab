"""Schema version 6 -> 7: each checkpoint mention keeps the kind of crossing its own text
gives it (`mentions.kind`: road, rail, passenger; null when the text names none, and for
every other entity type).

Before 7 an article's checkpoint took its gazetteer row's kind, even where the article says
otherwise («автомобильный пункт пропуска X» of a post whose one row says passenger). The
export now gives an article's checkpoint the kind its mentions give, else the row's.

Rows stored before the column existed keep null: their article's text is not re-read, so
they show the row's kind, as they did. New stores get the column from SCHEMA
(store/db/schema.py); older ones from this step. Safe to run twice (a second process may
have run it while this one waited for the lock).
"""

from __future__ import annotations

import sqlite3


def has_mention_kinds(conn: sqlite3.Connection) -> bool:
    """Whether this store's mentions carry their text's checkpoint kind (schema 7)."""
    return "kind" in {r[1] for r in conn.execute("PRAGMA table_info(mentions)")}


def upgrade(conn: sqlite3.Connection) -> None:
    """Add mentions.kind, left null for the mentions already stored."""
    if not has_mention_kinds(conn):
        conn.execute("ALTER TABLE mentions ADD COLUMN kind TEXT")
