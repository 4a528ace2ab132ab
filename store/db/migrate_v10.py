"""Schema version 9 -> 10: persons re-keyed by the knowledge-base row they name.

From 10 store.lang.identity.entity_key keys a person whose name is one row's of
store/data/people.csv (a full name in any script, or the surname with the given name's
initial: store.lang.people.row_of_name) by that row («kb:p-tokayev»), so «Қасым-Жомарт
Тоқаев», «Касым-Жомарт Токаев» and «Kassym-Jomart Tokayev» are one person, named by the
row's Russian name once an article prints it (store.db.entities.linked_name_rank). Stores
written before keep one person per letter-folded spelling until this step re-keys them and
merges the rows that now collide (migrate_v6.rekey_entities); each article still shows its
own spelling (store.db.export).

Safe to run twice: a second run finds every person already under its key.
"""

from __future__ import annotations

import sqlite3

from store.db import migrate_v6


def upgrade(conn: sqlite3.Connection) -> None:
    """Re-key the persons, merge those that share a row, and name each by the spellings its
    mentions print (entities.settle_linked_names, as an ingest ends)."""
    from store.db.entities import settle_linked_names  # see migrate_v6.rekey_entities

    migrate_v6.rekey_entities(conn, only_type="person")
    settle_linked_names(conn)
