"""Writing an article and the ingest log: the rows of one article with everything
extracted from it, inside the caller's write transaction.

An article is stored at most once (its id comes from its content); entities are
found or created through store.db.entities, so one entity is one row however it
was inflected or cased.
"""

from __future__ import annotations

import time

from store.db import duplicates, migrate_v5, rules_stamp
from store.db.connection import Store
from store.db.entities import add_alias, add_role, entity_key, upsert_entity
from store.model import Article, Extraction
from store.sanitize import display_name


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


# The ingest log's reason for a document stored already from this very file (a re-run, a
# resumed run): its status stays «duplicate», which scripts count the log by, and this
# reason tells it from a second file holding an article stored before (`stats` counts it apart).
ALREADY_STORED = "already stored from this file"


def log(
    store: Store, path: str, file: str, status: str, reason: str | None = None, article_id: str | None = None
) -> None:
    store.conn.execute(
        "INSERT INTO ingest_log(path, file, status, reason, article_id, at) VALUES (?,?,?,?,?,?)",
        (display_name(path), display_name(file), status, reason, article_id, _now()),
    )


def stored_paths(store: Store) -> set[str]:
    """The paths the ingest log records as stored (or found stored already), as logged:
    an ingest whose every input is among them needs no NER model."""
    rows = store.conn.execute("SELECT DISTINCT path FROM ingest_log WHERE status IN ('ok', 'duplicate')")
    return {path for (path,) in rows}


def keep_file_stamp(store: Store, key: str, value: str) -> None:
    """Note that a file was read whole and stored (store/ingest/file_stamps.py: a re-run
    passes over it unparsed while its bytes stay the same); one row per file, the last."""
    store.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def write_article(
    store: Store,
    article: Article,
    extraction: Extraction,
    touched: set[int] | None = None,
    article_id: str | None = None,
    stamp: bool = True,
    aliased: set[tuple[int, str]] | None = None,
    entity_rows: dict | None = None,
) -> bool:
    """Store one article with everything extracted from it; False when it was already there.

    The caller owns the transaction (ingest batches several articles in one). The
    insert is idempotent (INSERT OR IGNORE): another ingest may have stored the same
    article since this one looked. What is stored does not depend on the order
    articles come in: an entity's name is the best of its spellings (entities.name_rank),
    an alias keeps its strongest origin, and `touched` collects the entities whose
    roles the caller should put in order with refresh_roles. `article_id`: article.id
    when the caller has it already (a hash of the whole text: computed once, not again).
    `stamp` false: the caller writes the rules stamp of its transaction's articles at once
    (rules_stamp.stamp), as the ingest's writer does. `aliased`, `entity_rows`: see write_extraction.
    """
    conn = store.conn
    aid = article_id or article.id
    cur = conn.execute(
        "INSERT OR IGNORE INTO articles(id, file, path, title, date, source, dateline, author, language, url, body,"
        " raw, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            aid,
            display_name(article.file),
            display_name(article.path),
            article.title,
            article.date,
            article.source,
            article.dateline,
            article.author,
            article.language,
            article.url,
            article.body,
            article.raw,
            _now(),
        ),
    )
    if cur.rowcount == 0:
        return False
    rowid = cur.lastrowid
    title_lemmas, _, body_lemmas = extraction.lemmas.partition("\n")
    conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?,?,?)", (rowid, title_lemmas, body_lemmas))
    write_extraction(store, aid, article, extraction, touched, stamp, aliased, entity_rows)
    duplicates.link_article(conn, aid, article.body, article.date, article.title)
    return True


def write_extraction(
    store: Store,
    aid: str,
    article: Article,
    extraction: Extraction,
    touched: set[int] | None = None,
    stamp: bool = True,
    aliased: set[tuple[int, str]] | None = None,
    entity_rows: dict | None = None,
) -> None:
    """The mentions, entities, facts and directives of stored article `aid`, and its rules
    stamp (store.db.rules_stamp; `stamp` false: the caller writes it): what ingest writes
    after the article row, and what `borderdocs reextract` writes again after clearing the
    old (store/ingest/reextract.py).

    With `touched` the entities a mention gives a role are collected there, and their
    roles are not appended here one by one (a SELECT, a JSON parse and an UPDATE a role
    mention): the caller's refresh_roles writes each one's roles from its mentions before
    its transaction ends, whatever was appended (ingest102: nothing reads them between).

    `aliased`: the (entity, surface) pairs whose «text» alias the caller's transaction has
    upserted already, shared by its articles and added to here (None: this article's alone).
    Upserting one again in the same transaction changes nothing: the row is there, and its
    origin only ever moves to a stronger one, never weaker than «text» again; nothing in an
    ingest's write transaction deletes an alias or an entity (merging short names runs in a
    transaction of its own). A generated article's ~16 surfaces are mostly its template's,
    upserted by an earlier article of the transaction (ingest115: 4,017 of the 341 generated
    articles' upserts are of 525 pairs). `entity_rows`: the transaction's entity rows as
    upsert_entity read, made or renamed them (see there), shared by its articles."""
    conn = store.conn
    entity_ids: dict[tuple[str, str], int] = {}  # (type, key) -> id, for the directives
    by_name: dict[tuple, int] = {}  # each spelling (and checkpoint row) goes through upsert_entity once
    mention_counts: dict[int, int] = {}  # entity -> this article's mentions of it (first seen first)
    rows = []  # the mentions rows, inserted in one executemany
    # (entity, surface) already added as an alias, in this article or (`aliased`) the transaction
    surfaces: set[tuple[int, str]] = set() if aliased is None else aliased
    for m in extraction.mentions:
        eid = by_name.get((m.type, m.name, m.ref))
        if eid is None:
            eid = by_name[(m.type, m.name, m.ref)] = upsert_entity(conn, m.type, m.name, m.ref, entity_rows)
            entity_ids[(m.type, entity_key(m.type, m.name))] = eid
        mention_counts[eid] = mention_counts.get(eid, 0) + 1
        rows.append((aid, eid, m.field, m.start, m.end, m.surface, m.role, m.name, m.kind))
        if (eid, m.surface) not in surfaces:  # the same alias again changes nothing
            surfaces.add((eid, m.surface))
            add_alias(conn, eid, m.surface, "text")
        if m.role:
            if touched is None:
                add_role(conn, eid, m.role)
            else:
                touched.add(eid)
    conn.executemany(
        "UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ? WHERE id=?",
        [(n, eid) for eid, n in mention_counts.items()],
    )
    conn.executemany(
        'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role, name, kind)'
        " VALUES (?,?,?,?,?,?,?,?,?)",
        rows,
    )
    if extraction.facts:  # one statement for the article's facts, in their order (their ids as before)
        conn.executemany(
            "INSERT INTO facts(article_id, checkpoint_id, kind, text, sentence, date, dated) VALUES (?,?,?,?,?,?,?)",
            [(aid, f.checkpoint, f.kind, f.text, f.sentence, f.date, f.date or article.date) for f in extraction.facts],
        )
    if extraction.directives:
        conn.executemany(
            'INSERT INTO directives(article_id, by_entity_id, "by", "to", what, "when", sentence, checkpoint_id,'
            " checkpoint_ids) VALUES (?,?,?,?,?,?,?,?,?)",
            [_directive_row(aid, d, entity_ids) for d in extraction.directives],
        )
    if stamp:
        rules_stamp.stamp(conn, [aid])


def _directive_row(aid: str, d, entity_ids: dict[tuple[str, str], int]) -> tuple:
    """A directive's row: who gave it as the entity of this article it names, if one."""
    by = d.by or ""
    by_id = entity_ids.get(("person", entity_key("person", by))) or entity_ids.get(
        ("organization", entity_key("organization", by))
    )
    named = d.checkpoints or ((d.checkpoint,) if d.checkpoint else ())
    return (aid, by_id, d.by, d.to, d.what, d.when, d.sentence, d.checkpoint, migrate_v5.encode(named))
