"""Entity hits' article counts as the entity's page counts them: each story once.

An entity's stored `article_count` counts every article naming it, near-duplicate copies
and second extracts of one page too; its page, the Entities list and `show` count those
once («5 articles (+1 copy)», store.db.entity_reads.story_count, kept while the store is
unchanged: typing a name asks for the same entities at every key). A search hit said
«· 6 articles» over that page.
"""

from __future__ import annotations

from store.db import entity_reads


def counted_once(store, results: list[dict]) -> list[dict]:
    """`results` with each stored entity hit's "articles" as its page counts them (in
    place), from the entity's stored count: hits counted already (a search of the query
    read in another keyboard layout returns its results) come out the same. An entity in
    more than entity_reads.LIST_FOLD_MAX articles has its near-duplicate copies taken off
    but not its second extracts (~6 µs an article, read for each new hit at every key)."""
    ids = [r["id"] for r in results if r.get("kind") == "entity" and (r.get("id") or 0) > 0 and r.get("articles")]
    if not ids:
        return results
    marks = ",".join("?" * len(ids))
    stored = dict(store.conn.execute(f"SELECT id, article_count FROM entities WHERE id IN ({marks})", ids))
    for r in results:
        if r.get("kind") == "entity" and r.get("id") in stored and r.get("articles"):
            r["articles"] = entity_reads.story_count(
                store, r["id"], stored[r["id"]], fold_max=entity_reads.LIST_FOLD_MAX
            )
    return results
