"""Schema version 8 -> 9: bodies and places re-keyed by the knowledge-base row they name.

From 9 store.lang.identity.entity_key keys a body or place whose name (in any script) is
one row's of store/data by that row («kb:kz»), so «Казахстан», «Қазақстан» and
«Kazakhstan», or «Көлік министрлігі» and «Министерство транспорта», are one entity,
named by the full Russian spelling its articles print most (store.db.entities
.linked_name_rank). Stores
written before keep one row per spelling
until this step re-keys them and merges the rows that now collide
(migrate_v6.rekey_entities): mentions, aliases, directives and roles move to the
survivor, and each article still shows its own spelling (store.db.export).

Safe to run twice: a second run finds every body and place already under its key.
"""

from __future__ import annotations

import sqlite3

from store.db import migrate_v6


def upgrade(conn: sqlite3.Connection) -> None:
    """Re-key the bodies and places, merge the ones that share a row, and name each by the
    spellings its mentions print (entities.settle_linked_names, as an ingest ends)."""
    from store.db.entities import settle_linked_names  # see migrate_v6.rekey_entities

    for type_ in ("location", "organization"):
        migrate_v6.rekey_entities(conn, only_type=type_)
    settle_linked_names(conn)
