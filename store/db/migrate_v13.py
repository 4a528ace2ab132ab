"""Schema version 12 -> 13: Kazakh index keys cut as Kazakh builds a noun.

From 13 a Kazakh word's index key loses one case, one possessive and one plural ending
at most, in that order (store.lang.kazakh_stems), not every ending that fits: schema 12
cut verbs down to the nouns they are made of («жолданды», 'was sent', to «жол», road),
so a search for a noun found pages that only used a verb made of it. A store holding
Kazakh text has its full-text index rebuilt from the stored titles and bodies, as
migrate_v12 does; one without is only stamped. A store not yet migrated is still
searched right: a query word asks for schema 12's key too.

Safe to run twice: the index is rebuilt afresh.
"""

from __future__ import annotations

import sqlite3

from store.db import migrate_v12


def upgrade(conn: sqlite3.Connection) -> None:
    """Rebuild the full-text index when any stored article is Kazakh or has a Kazakh word."""
    migrate_v12.upgrade(conn)
