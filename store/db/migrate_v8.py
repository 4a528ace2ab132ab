"""Schema version 7 -> 8: persons re-keyed by an identity key that drops the soft sign.

Russian spelling adds «ь» to Kazakh names that Kazakh spelling leaves out («Айгуль
Куспан», «Айгүл Құспан»); from 8 store.lang.identity.entity_key drops it for persons, so
the two are one row. Stores written before keep the old person keys until this step
re-keys them and merges the rows that now collide (migrate_v6.rekey_entities, persons
only: the checkpoints' «#id» keys and every other type stay as they are). Nothing is
dropped: mentions, aliases, directives and roles move to the survivor.

Safe to run twice: a second run finds every person already under its key.
"""

from __future__ import annotations

import sqlite3

from store.db import migrate_v6


def upgrade(conn: sqlite3.Connection) -> None:
    """Re-key the persons and merge the ones that share the new key."""
    migrate_v6.rekey_entities(conn, only_type="person")
