"""Schema version 5 -> 6: entities keyed by the one identity key, and each mention
keeping the name its article gave it.

Before 6 the store keyed entities by case, ё and spacing only; store.lang.identity's
key also folds quotes, brackets and dash spacing, and for persons the Kazakh letters
(«Қайрат Жұмабаев» and «Кайрат Жумабаев» are one man). Re-keying makes some rows
collide; the step merges them (store.db.entities.merge_entity: mentions, aliases,
directives, checkpoint records and roles move to the survivor, nothing is dropped).
The survivor is the row with the most mentions; its name is the best spelling of the
group by entities.name_rank, the rule a fresh ingest applies, so a migrated store
names an entity as a store built from scratch would.

`mentions.name` is new: the entity's name as the mention's article wrote it, so the
export shows each article its own spelling of a merged entity. Rows stored before it
existed get the name their entity had before the merge, which is what their article
showed then.

New stores get the column from SCHEMA (store/db/schema.py); older ones from this step.
Safe to run twice (a second process may have run it while this one waited for the lock).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict


def has_mention_names(conn: sqlite3.Connection) -> bool:
    """Whether this store's mentions carry their article's name (schema 6)."""
    return "name" in {r[1] for r in conn.execute("PRAGMA table_info(mentions)")}


def upgrade(conn: sqlite3.Connection) -> None:
    """Add mentions.name, fill it, then re-key the entities and merge the collisions."""
    if not has_mention_names(conn):
        conn.execute("ALTER TABLE mentions ADD COLUMN name TEXT")
    conn.execute(
        "UPDATE mentions SET name = (SELECT e.name FROM entities e WHERE e.id = mentions.entity_id) WHERE name IS NULL"
    )
    rekey_entities(conn)


def rekey_entities(conn: sqlite3.Connection, only_type: str | None = None) -> int:
    """Give every entity (of `only_type`, when given) its identity key, merging the rows
    that now share one. Returns how many rows were merged away."""
    # imported here, not at the top: schema.py imports this module in every process that
    # opens a store, and the identity key's chain (names, persons, canonical) is only
    # needed by the one run that upgrades a schema-5 store
    from store.db.entities import entity_key, merge_entity, name_rank, order_roles
    from store.lang import names

    groups: dict[tuple[str, str], list[tuple[int, str, str, int]]] = defaultdict(list)
    rows = conn.execute("SELECT id, type, name, key, mention_count FROM entities ORDER BY id").fetchall()
    for eid, type_, name, old_key, mentions in rows:
        if only_type is not None and type_ != only_type:
            continue
        groups[(type_, entity_key(type_, name))].append((eid, name, old_key, mentions))
    merged, survivors = 0, set()
    renamed: list[tuple[int, str, str]] = []
    for (_, new_key), rows in groups.items():
        survivor = max(rows, key=lambda r: (r[3], -r[0]))[0]
        for eid, *_ in rows:
            if eid != survivor:
                merge_entity(conn, eid, survivor)
                merged += 1
        best = min((r[1] for r in rows), key=lambda n: name_rank(n, new_key))
        if len(rows) > 1 or rows[0][2] != new_key or rows[0][1] != best:
            survivors.add(survivor)
            renamed.append((survivor, new_key, best))
    # Two passes, so a row's new key never meets another row's old one mid-way.
    conn.executemany("UPDATE entities SET key = ? WHERE id = ?", [(f"\x00{eid}", eid) for eid, _, _ in renamed])
    conn.executemany(
        "UPDATE entities SET key = ?, name = ?, latin = ? WHERE id = ?",
        [(k, best, names.to_latin(best), eid) for eid, k, best in renamed],
    )
    order_roles(conn, survivors)
    return merged
