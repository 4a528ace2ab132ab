"""Schema version 3 -> 4: each directive points at the checkpoint its sentence names.

`directives.checkpoint_id` (a gazetteer id, null when the sentence names none), so a
checkpoint's page lists the directives about it, not every directive of every article
that names it. No index: a scan of the directives for one
checkpoint is cheap (they are a few per hundred articles). Stores written before the column existed
are filled from what they hold: the first checkpoint mention (mentions joined to
checkpoints by entity) whose offsets fall inside the directive's sentence, found in
its article's body, the rule store.extract.directive_targets applies at extraction.

New stores get the column from SCHEMA (store/db/schema.py); older ones from this
step (MIGRATIONS[3]). A reader that opens an older store read-only (no migration
possible) asks `has_directive_checkpoints` and falls back to the article-wide list."""

from __future__ import annotations

import sqlite3

# The directive's sentence starts at character p = instr(body, sentence) (1-based);
# a checkpoint mention inside it has p-1 <= start and end <= p-1+length(sentence).
_BACKFILL = """
UPDATE directives SET checkpoint_id = (
    SELECT c.id FROM mentions m
    JOIN checkpoints c ON c.entity_id = m.entity_id
    JOIN articles a ON a.id = m.article_id
    WHERE m.article_id = directives.article_id AND m.field = 'body'
      AND instr(a.body, directives.sentence) > 0
      AND m.start >= instr(a.body, directives.sentence) - 1
      AND m."end" <= instr(a.body, directives.sentence) - 1 + length(directives.sentence)
    ORDER BY m.start, c.id LIMIT 1)
WHERE checkpoint_id IS NULL AND coalesce(sentence, '') != ''
"""


def has_directive_checkpoints(conn: sqlite3.Connection) -> bool:
    """Whether this store's directives carry checkpoint_id (schema 4)."""
    return "checkpoint_id" in {r[1] for r in conn.execute("PRAGMA table_info(directives)")}


def upgrade(conn: sqlite3.Connection) -> None:
    """Add directives.checkpoint_id and fill it for the rows already
    stored. Safe to run twice (a second ingest may have run it while this one waited)."""
    if not has_directive_checkpoints(conn):
        conn.execute("ALTER TABLE directives ADD COLUMN checkpoint_id TEXT")
    conn.execute(_BACKFILL)
