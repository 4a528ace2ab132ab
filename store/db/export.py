"""Export the store in the design brief's JSON shape (and JSON lines, CSV).

Scripts and the evaluation read this shape, so it is a contract: fields are only
ever added. Articles stream one at a time, so exporting a large store does not
hold it in memory (`json` wraps the stream in one object).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import TextIO

from store.db.entities import name_rank, short_person_name
from store.db.migrate_v4 import has_directive_checkpoints
from store.db.migrate_v5 import decode, has_checkpoint_lists
from store.db.migrate_v6 import has_mention_names
from store.db.migrate_v7 import has_mention_kinds
from store.db.store import Store
from store.lang import names
from store.lang.identity import entity_key
from store.lang.statuses import status_label
from store.sanitize import display_name, spreadsheet_cell

FORMATS = ("json", "jsonl", "csv")
CSV_FIELDS = (
    "id",
    "file",
    "path",
    "title",
    "date",
    "source",
    "dateline",
    "author",
    "language",
    "persons",
    "organizations",
    "locations",
    "checkpoints",
    "body",
)


def iter_articles(store: Store) -> Iterator[dict]:
    """Every article as an export record, newest first, then by path: an ingest with
    several workers writes articles as they finish, and the same folder must export to
    the same file whatever order that was (rowid last, for records of one file)."""
    conn = store.conn
    rows = conn.execute(
        "SELECT rowid, id, file, path, title, date, source, dateline, author, language, body"
        " FROM articles ORDER BY date DESC, path, rowid"
    )
    cols = ("rowid", "id", "file", "path", "title", "date", "source", "dateline", "author", "language", "body")
    for row in rows:
        rec = dict(zip(cols, row, strict=False))
        rec.pop("rowid")
        for key in ("file", "path"):  # names from the file system: escaped, never raw controls
            if rec[key] is not None:
                rec[key] = display_name(rec[key])
        aid = rec["id"]
        rec["entities"] = _entities(store, aid)
        rec["checkpoints"] = _checkpoints(store, aid)
        rec["directives"] = _directives(store, aid)
        yield rec


def _entities(store: Store, aid: str) -> list[dict]:
    """The article's entities as the article has them, each under the name it gives it
    (`name`, `latin`) and the one the store gives it across articles (`canonical`).

    One entry per entity and spelling: two spellings the extraction kept apart in this
    article stay two entries even where the store's key joins them (a Kazakh and a
    Russian spelling of one person), so what an article shows does not depend on what
    other articles were stored."""
    conn = store.conn
    name = "m.name" if has_mention_names(conn) else "NULL"
    rows = conn.execute(
        f"SELECT m.entity_id, e.type, e.name, e.key, e.latin, {name}, m.role FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id WHERE m.article_id=? ORDER BY m.rowid",
        (aid,),
    )
    groups: dict[tuple[int, str], dict] = {}
    for eid, type_, canonical, key, latin, spelling, role in rows:
        spelling = spelling or canonical
        # else a name merged into this one («Бектенов»); a checkpoint's mentions are all its
        # row's own names, a former one too («Достык» of the post Алаколь); a person's full
        # name is the article's own though the store joined it to another key (a patronymic
        # written out, a Latin spelling: store.lang.person_spellings)
        own = type_ == "checkpoint" or entity_key(type_, spelling) == key or _full_person_name(type_, spelling)
        group = groups.setdefault(
            (eid, _folded(spelling if own else canonical)),
            {"type": type_, "canonical": canonical, "latin": latin, "spellings": [], "role": None},
        )
        if own:
            group["spellings"].append(spelling)
        if group["role"] is None:
            group["role"] = role
    return [_entity(g) for g in groups.values()]


def _full_person_name(type_: str, spelling: str) -> bool:
    return type_ == "person" and not short_person_name(spelling)


def _entity(group: dict) -> dict:
    canonical = group["canonical"]
    name = article_name(canonical, group["spellings"])
    ent = {"type": group["type"], "name": name, "latin": group["latin"] if name == canonical else names.to_latin(name)}
    if group["type"] == "person":
        ent["role"] = group["role"]
    ent["canonical"] = canonical
    return ent


def article_name(canonical: str, spellings: list[str]) -> str:
    """The name an article shows for an entity it spells `spellings`: the store's name
    when the article writes it alike (only case, ё or spacing differ: the store picked
    the best of those) or names the entity by no spelling of it (a bare surname merged
    into the full name); else the best of the article's own («Қайрат Жұмабеков» in a
    Kazakh article of the person the store names «Кайрат Жумабеков»)."""
    if not spellings or any(_folded(s) == _folded(canonical) for s in spellings):
        return canonical
    return min(spellings, key=name_rank)


def _folded(name: str) -> str:
    """A spelling as a reader would not tell it apart: case, ё/е and spacing only."""
    return " ".join(name.lower().replace("ё", "е").split())


def _checkpoints(store: Store, aid: str) -> list[dict]:
    """The article's checkpoints in order of first mention. `kind` is the kind of crossing
    the article's text gives the post (the commonest among its mentions, the first on a
    tie; schema 7), else its gazetteer row's; `gazetteer_kind` is always the row's."""
    conn = store.conn
    text_kind = "m.kind" if has_mention_kinds(conn) else "NULL"
    # the name the article gives the post: a former one («Достык» of the post Алаколь) as printed
    _own_name = "coalesce(m.name, e.name)" if has_mention_names(conn) else "e.name"
    rows = conn.execute(
        f"SELECT c.id, {_own_name}, c.kind, c.border, c.region, {text_kind} FROM mentions m"
        " JOIN entities e ON e.id = m.entity_id JOIN checkpoints c ON c.entity_id = e.id"
        " WHERE m.article_id=? ORDER BY m.rowid",
        (aid,),
    ).fetchall()
    said: dict[str, list[str]] = {}
    first: dict[str, tuple] = {}
    for cid, name, kind, border, region, mention_kind in rows:
        first.setdefault(cid, (name, kind, border, region))
        if mention_kind:
            said.setdefault(cid, []).append(mention_kind)
    out = []
    for cid, (name, kind, border, region) in first.items():
        facts = [
            _fact(k, t, s, d)
            for k, t, s, d in conn.execute(
                "SELECT kind, text, sentence, date FROM facts WHERE article_id=? AND checkpoint_id=? ORDER BY id",
                (aid, cid),
            )
        ]
        out.append(
            {
                "name": name,
                "kind": _commonest(said.get(cid)) or kind,
                "gazetteer_kind": kind,
                "border": border,
                "region": region,
                "facts": facts,
            }
        )
    return out


def _fact(kind: str, text: str, sentence: str, date: str | None) -> dict:
    """A fact as the export prints it; a status fact also says which of the labels of
    store/lang/statuses.py its words mean («временно закрыт» is "closed")."""
    fact = {"kind": kind, "text": text, "sentence": sentence, "date": date}
    if kind == "status":
        fact["status"] = status_label(text)
    return fact


def _commonest(kinds: list[str] | None) -> str | None:
    """The kind an article's mentions give most often, the earliest on a tie; None for none."""
    if not kinds:
        return None
    return max(dict.fromkeys(kinds), key=kinds.count)


def _directives(store: Store, aid: str) -> list[dict]:
    """The article's directives; `checkpoint` is the name of the checkpoint the
    directive's sentence names first (null when none, or on a store before schema 4),
    `checkpoints` the names of every one it names, in its order (empty when none)."""
    cp = "c.name_ru" if has_directive_checkpoints(store.conn) else "NULL"
    join = " LEFT JOIN checkpoints c ON c.id = d.checkpoint_id" if cp != "NULL" else ""
    cps = "d.checkpoint_ids" if has_checkpoint_lists(store.conn) else "NULL"
    rows = store.conn.execute(
        f'SELECT d."by", d."to", d.what, d."when", d.sentence, {cp}, {cps} FROM directives d{join}'
        " WHERE d.article_id=? ORDER BY d.id",
        (aid,),
    ).fetchall()
    ids = [decode(r[-1]) for r in rows]
    names = dict(store.conn.execute("SELECT id, name_ru FROM checkpoints")) if any(ids) else {}
    return [
        dict(zip(("by", "to", "what", "when", "sentence", "checkpoint"), r[:-1], strict=False))
        | {"checkpoints": [names.get(cp) or cp for cp in named] or ([r[5]] if r[5] else [])}
        for r, named in zip(rows, ids, strict=True)
    ]


def write(store: Store, fmt: str, out: TextIO = sys.stdout) -> int:
    """Write every article to `out` in `fmt`; returns how many were written."""
    if fmt == "json":
        return _write_json(store, out)
    if fmt == "jsonl":
        n = 0
        for rec in iter_articles(store):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        return _write_csv(store, out)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def _write_json(store: Store, out: TextIO) -> int:
    out.write('{"articles": [')
    n = 0
    for rec in iter_articles(store):
        out.write(("\n" if n == 0 else ",\n") + json.dumps(rec, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def _write_csv(store: Store, out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore")
    w.writeheader()
    n = 0
    for rec in iter_articles(store):
        by_type: dict[str, list[str]] = {}
        for e in rec["entities"]:
            by_type.setdefault(e["type"], []).append(e["name"])
        rec["persons"] = "; ".join(by_type.get("person", []))
        rec["organizations"] = "; ".join(by_type.get("organization", []))
        rec["locations"] = "; ".join(by_type.get("location", []))
        rec["checkpoints"] = "; ".join(c["name"] for c in rec["checkpoints"])
        w.writerow({k: spreadsheet_cell(rec.get(k)) for k in CSV_FIELDS})
        n += 1
    return n
