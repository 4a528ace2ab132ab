"""A store's entities table holding people with the roles articles gave them, for the
tests of search by post (store/search/role_holders.py)."""

from __future__ import annotations

import json
import sqlite3


def roles_table(rows: tuple[tuple[int, int, list[str]], ...]) -> sqlite3.Connection:
    """An in-memory entities table: one person per (id, article count, roles) row."""
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, type TEXT, article_count INTEGER, roles TEXT)")
    for eid, count, roles in rows:
        c.execute(
            "INSERT INTO entities VALUES (?, 'person', ?, ?)", (eid, count, json.dumps(roles, ensure_ascii=False))
        )
    return c
