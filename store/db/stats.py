"""What a store holds, counted: articles and their date range, entities by type,
aliases, mentions, facts, directives, languages, top sources, the ingest log, how
many articles older rules extracted (`borderdocs stats`).
"""

from __future__ import annotations

from store.db.connection import Store
from store.db.rules_stamp import count_outdated
from store.db.schema import schema_version
from store.db.writes import ALREADY_STORED


def collect_stats(store: Store) -> dict:
    # `stats` only: store.cli.commands imports this module in every process, a search's too,
    # which is to load no other command's reads (tests/test_cold66_search_process.py)
    from store.db.fact_reads import SHOWN_ARTICLES

    c = store.conn

    def one(sql: str):
        return c.execute(sql).fetchone()[0]

    dmin, dmax = c.execute("SELECT min(date), max(date) FROM articles").fetchone()
    return {
        "path": str(store.path),
        "schema_version": schema_version(store),
        "readonly": store.readonly,
        "articles": one("SELECT count(*) FROM articles"),
        # copies of a story another article stands for in the lists (store.db.duplicates)
        "near_duplicates": one("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL"),
        "date_min": dmin,
        "date_max": dmax,
        "entities": dict(c.execute("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type").fetchall()),
        # the gazetteer's crossings articles name (checkpoint entities linked to a row) and all of
        # them, which the board lists (named or not): «checkpoints 69» beside a board of 103 (ui67)
        "checkpoints_linked": one("SELECT count(*) FROM checkpoints WHERE entity_id IS NOT NULL"),
        "gazetteer_checkpoints": _gazetteer_size(),
        "aliases": one("SELECT count(*) FROM aliases"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "facts": one("SELECT count(*) FROM facts"),
        # the facts tab 5 and `borderdocs facts` list: those of near-duplicate copies left out (ui66)
        "facts_listed": one(f"SELECT count(*) FROM facts f WHERE {SHOWN_ARTICLES}"),
        "directives": one("SELECT count(*) FROM directives"),
        "languages": dict(
            c.execute("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()
        ),
        "sources": dict(
            c.execute(
                "SELECT coalesce(source, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC LIMIT 8"
            ).fetchall()
        ),
        # articles whose entities, facts and directives other rules extracted (store.db.rules_stamp)
        "older_rules": count_outdated(c),
        "ingest_log": dict(c.execute("SELECT status, count(*) FROM ingest_log GROUP BY status").fetchall()),
        # of the log's «duplicate» rows, those a re-run logged for files stored from themselves:
        # `ingest` says «already stored» of them, so `stats` names them so too
        "ingest_log_already_stored": c.execute(
            "SELECT count(*) FROM ingest_log WHERE status = 'duplicate' AND reason = ?", (ALREADY_STORED,)
        ).fetchone()[0],
    }


def _gazetteer_size() -> int:
    """How many crossings the gazetteer lists (the board's rows, filtered by nothing)."""
    from store.lang import gazetteer

    return len(gazetteer.all())
