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

A checkpoint is one entity per gazetteer row too, keyed and named by the row's own name:
before 9 a mention under a former name (the road post Алаколь written «Достык») was an
entity apart, and the row's record went to whichever of the two came last. The step
merges each such entity (one a `checkpoints` record points to, or one keyed «name#row»)
into the row's own.

Safe to run twice: a second run finds every body, place and checkpoint already under its key.
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
    one_checkpoint_per_row(conn)


def one_checkpoint_per_row(conn: sqlite3.Connection) -> int:
    """Merge every checkpoint entity of a gazetteer row into the one keyed by the row's own
    name (created by re-keying the first when there is none). Returns how many merged away."""
    from store.db.entities import entity_key, merge_entity, order_roles
    from store.lang import gazetteer, names

    refs: dict[int, str] = {eid: ref for ref, eid in conn.execute("SELECT id, entity_id FROM checkpoints")}
    for eid, key in conn.execute("SELECT id, key FROM entities WHERE type='checkpoint' AND key LIKE '%#%'"):
        refs.setdefault(eid, key.rsplit("#", 1)[1])
    merged, survivors = 0, set()
    for eid, ref in refs.items():
        cp = gazetteer.get(ref)
        if cp is None:
            continue
        own = entity_key("checkpoint", cp.name_ru) + gazetteer.identity_suffix(ref, cp.name_ru)
        row = conn.execute("SELECT id, key FROM entities WHERE id=?", (eid,)).fetchone()
        if row is None or row[1] == own:
            continue
        target = conn.execute("SELECT id FROM entities WHERE type='checkpoint' AND key=?", (own,)).fetchone()
        if target:
            merge_entity(conn, eid, target[0])
            conn.execute("UPDATE checkpoints SET entity_id=? WHERE id=?", (target[0], ref))
            survivors.add(target[0])
            merged += 1
        else:
            latin = names.to_latin(cp.name_ru)
            conn.execute("UPDATE entities SET key=?, name=?, latin=? WHERE id=?", (own, cp.name_ru, latin, eid))
    order_roles(conn, survivors)
    return merged
