"""Schema version 4 -> 5: a directive points at every checkpoint its sentence names.

«… поручил … на пунктах пропуска X и Y» is about X and Y; schema 4's
`directives.checkpoint_id` holds one (the first named). `directives.checkpoint_ids`
holds each: a JSON list of gazetteer ids in the order the sentence names them
(`[]` when it names none), as `entities.roles` and `checkpoints.names_latin` hold
their lists. `checkpoint_id` stays, filled as before, for the readers that take one.

Why a column and not a link table (directive_id, checkpoint_id): the directives of
one page of the Directives tab come with their list at no extra query; a checkpoint's
directives are a scan of the directives (a few per hundred articles), as they were
with `checkpoint_id`, which has no index either.

New stores get the column from SCHEMA (store/db/schema.py); older ones from this
step (MIGRATIONS[4]), which fills it from what they hold: every checkpoint mention
(joined to checkpoints by entity) whose offsets fall inside the directive's sentence,
found in its article's body, the rule store.extract.directive_targets applies at
extraction. A reader of a store without the column (`has_checkpoint_lists`) falls
back to `directives.checkpoint_id`."""

from __future__ import annotations

import json
import sqlite3

# The directive's sentence starts at character p = instr(body, sentence) (1-based); a
# checkpoint mention inside it has p-1 <= start and end <= p-1+length(sentence).
_NAMED = """
SELECT d.id, c.id, min(m.start) AS first_start
FROM directives d
JOIN articles a ON a.id = d.article_id
JOIN mentions m ON m.article_id = d.article_id AND m.field = 'body'
JOIN checkpoints c ON c.entity_id = m.entity_id
WHERE d.checkpoint_ids IS NULL AND coalesce(d.sentence, '') != '' AND instr(a.body, d.sentence) > 0
  AND m.start >= instr(a.body, d.sentence) - 1
  AND m."end" <= instr(a.body, d.sentence) - 1 + length(d.sentence)
GROUP BY d.id, c.id
ORDER BY d.id, first_start, c.id
"""


def encode(checkpoint_ids) -> str:
    """The column's value: a compact JSON list (what SQLite's json functions write)."""
    return json.dumps(list(checkpoint_ids), ensure_ascii=False, separators=(",", ":"))


def decode(value: str | None) -> list[str]:
    return json.loads(value) if value else []


def has_checkpoint_lists(conn: sqlite3.Connection) -> bool:
    """Whether this store's directives carry checkpoint_ids (schema 5)."""
    return "checkpoint_ids" in {r[1] for r in conn.execute("PRAGMA table_info(directives)")}


def upgrade(conn: sqlite3.Connection) -> None:
    """Add directives.checkpoint_ids and fill it for the rows already stored. Safe to
    run twice (a second ingest may have run it while this one waited)."""
    if not has_checkpoint_lists(conn):
        conn.execute("ALTER TABLE directives ADD COLUMN checkpoint_ids TEXT")
    named: dict[int, list[str]] = {}
    for directive_id, checkpoint_id, _ in conn.execute(_NAMED):
        named.setdefault(directive_id, []).append(checkpoint_id)
    conn.executemany(
        "UPDATE directives SET checkpoint_ids = ? WHERE id = ?", [(encode(ids), did) for did, ids in named.items()]
    )
    conn.execute("UPDATE directives SET checkpoint_ids = '[]' WHERE checkpoint_ids IS NULL")


def naming_checkpoint(conn: sqlite3.Connection, checkpoint_id: str) -> tuple[str, list] | None:
    """The SQL condition and its parameter for the directives (as `d`) whose sentence
    names this checkpoint: among others from schema 5, as the first in schema 4; None
    before. The id is looked for quoted, so it matches a whole element of the list
    («"khorgos"» is not inside «"cn-khorgos"»)."""
    if has_checkpoint_lists(conn):
        return "instr(d.checkpoint_ids, ?) > 0", [json.dumps(checkpoint_id, ensure_ascii=False)]
    if "checkpoint_id" in {r[1] for r in conn.execute("PRAGMA table_info(directives)")}:
        return "d.checkpoint_id = ?", [checkpoint_id]
    return None
