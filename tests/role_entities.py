"""Made-up people for the tests of search by post: a store's entities table holding people with
the roles articles gave them (store/search/role_holders.py), and people.csv's rows in office."""

from __future__ import annotations

import json
import sqlite3


def roles_table(rows: tuple[tuple, ...]) -> sqlite3.Connection:
    """An in-memory entities table: one person per (id, article count, roles[, name]) row."""
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE entities (id INTEGER PRIMARY KEY, type TEXT, article_count INTEGER, roles TEXT, name TEXT)")
    for eid, count, roles, *name in rows:
        c.execute(
            "INSERT INTO entities VALUES (?, 'person', ?, ?, ?)",
            (eid, count, json.dumps(roles, ensure_ascii=False), name[0] if name else f"Person {eid}"),
        )
    return c


def people_in_office(monkeypatch, people):
    """people.csv replaced by made-up rows for one test, the post index built from them
    (a fixture's body: `yield from people_in_office(monkeypatch, _PEOPLE)`)."""
    from store.search import posts

    monkeypatch.setattr(posts.people, "people", lambda: people)
    posts._spelling_index.cache_clear()
    yield
    posts._spelling_index.cache_clear()
