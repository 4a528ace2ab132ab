"""Entity rows: one row per (type, key), its aliases and roles, and the merging of
short person names into the full name they abbreviate.

What is stored does not depend on the order articles come in: an entity's name is
the best of its spellings (name_rank), an alias keeps its strongest origin.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache

from store.db.connection import Store, write_transaction
from store.lang import names
from store.lang.identity import KB_KEY, entity_key
from store.lang.kazakh import KAZAKH_LETTERS
from store.lang.normalize import initials_and_surname
from store.lang.person_spellings import spelling_joins, surname_of

__all__ = [
    "add_alias",
    "add_role",
    "entity_key",
    "merge_entity",
    "merge_short_person_names",
    "name_linked_entities",
    "name_rank",
    "order_roles",
    "refresh_roles",
    "short_person_name",
    "upsert_entity",
]


def upsert_entity(conn: sqlite3.Connection, type_: str, name: str, ref: str | None, rows: dict | None = None) -> int:
    """The id of the entity `name` is a spelling of (one row per store.lang.identity
    entity_key), created on first sight. A checkpoint is keyed and named by its gazetteer
    row's own name, whatever name the mention has (a former name: the road post Алаколь
    written «Достык» is Алаколь with «Достык» an alias), so one row is one entity.

    `rows`: the caller's write transaction's {(type, key): (id, name)} of the entities this
    function has read, made or renamed in it, used instead of reading the row again
    (ingest115: ~10 reads a generated article, most of entities an earlier article of the
    transaction read). It stays the row as stored because, inside an ingest's write
    transaction, an entity's row is made and renamed here alone (nothing deletes one, the
    writer holds the store's lock) and every such change is written into it."""
    stored = _checkpoint_name(ref) or name if type_ == "checkpoint" and ref else name
    stored = _row_full_name(type_, ref, stored)
    key = _person_row_key(type_, ref) or (
        entity_key(type_, stored) + (_row_suffix(ref, stored) if type_ == "checkpoint" and ref else "")
    )
    row_person = type_ == "person" and key.startswith(KB_KEY)
    row = rows.get((type_, key)) if rows is not None else None
    if row is None:
        row = conn.execute("SELECT id, name FROM entities WHERE type=? AND key=?", (type_, key)).fetchone()
    if row:
        if row[1] != name:
            names_it = entity_key(type_, name) == entity_key(type_, stored)  # not a checkpoint's former name
            if _another_spelling(conn, row[0], row[1], name, type_, key, names_it):
                row = (row[0], name)
        if rows is not None:
            rows[(type_, key)] = (row[0], row[1])
        return row[0]
    cur = conn.execute(
        "INSERT INTO entities(type, name, key, latin) VALUES (?,?,?,?)", (type_, stored, key, names.to_latin(stored))
    )
    eid = cur.lastrowid
    assert eid is not None  # an INSERT into a rowid table always sets it
    if rows is not None:
        rows[(type_, key)] = (eid, stored)
    for spelling in dict.fromkeys([stored, name]):
        add_alias(conn, eid, spelling, "canonical")
        for alias, origin in names.generated_aliases(spelling, type_):
            add_alias(conn, eid, alias, origin)
    if type_ == "checkpoint" and ref:
        _link_checkpoint(conn, eid, ref)
    if row_person:
        _add_row_spellings(conn, eid, key)
    return eid


def _row_full_name(type_: str, ref: str | None, name: str) -> str:
    """The name a person linked to a row by surname and post («Скляр») is stored under: the
    row's Russian full name, so a search for «Роман Скляр» finds him by name; any other
    mention's name as it is."""
    if not _person_row_key(type_, ref) or not short_person_name(name):
        return name
    from store.lang import people

    row = people.get(str(ref))
    return row.name_ru if row is not None else name


def short_person_name(name: str) -> bool:
    """A surname alone or with initials («Скляр», «Р. Скляр», «Р.Скляр»): no given name
    written out. A two-letter word without a dot is a name, not an initial: «Си Цзиньпин»,
    «Ли Цян» are full names (a short-name rank named the premier «Ли» by the count of
    articles printing his surname alone)."""
    words = name.replace(".", ". ").split()
    return len(words) < 2 or sum(1 for w in words if not w.endswith(".") and len(w) > 1) < 2


def _person_row_key(type_: str, ref: str | None) -> str:
    """The key of a person the extraction linked to a people.csv row by more than his name
    (a surname and the post he held: store.extract.person_rows), "" for any other mention."""
    if type_ != "person" or not ref:
        return ""
    from store.lang import people

    return KB_KEY + ref if people.get(ref) is not None else ""


def _add_row_spellings(conn: sqlite3.Connection, eid: int, key: str) -> None:
    """Every spelling the person's row lists, as aliases of the entity (origin «gazetteer»,
    as a checkpoint's row names are), so the store's own index finds the person by each."""
    from store.lang import people

    row = people.get(key[len(KB_KEY) :])
    for spelling in row.names if row is not None else ():
        add_alias(conn, eid, spelling, "gazetteer")


def _checkpoint_name(ref: str) -> str:
    """The gazetteer row's own Russian name ("" for an id it does not hold)."""
    from store.lang import gazetteer

    cp = gazetteer.get(ref)
    return cp.name_ru if cp else ""


def name_rank(name: str, key: str = "") -> tuple:
    """Which spelling names an entity when several share its key (they differ in case,
    ё, quotes, dashes, or a person's Kazakh letters): the one with ё, then the one not
    shouting in capitals (a headline's «ХОРГОС»), then the Russian spelling of a person
    over the Kazakh one, then the first in code-point order (so «ЕАЭС» before «Еаэс»).
    A fixed order, so the name does not depend on which article came first; each
    article still shows its own spelling (store.db.export). An entity of a knowledge-base
    row (`key` «kb:…») is named by linked_name_rank."""
    if key.startswith(KB_KEY):
        return linked_name_rank(name, key[len(KB_KEY) :])
    shouting = sum(1 for w in name.split() if len(w) > 4 and w.isupper())
    kazakh = len(KAZAKH_LETTERS.findall(name))
    return (-(name.count("ё") + name.count("Ё")), shouting, kazakh, name)


def linked_name_rank(name: str, row_id: str, printed: int = 0) -> tuple:
    """The name of the entity of knowledge-base row `row_id`, whose spellings are that
    row's Russian, Kazakh and Latin names, full and short: the full Russian form its
    articles print most (`printed`: how many mentions are named so; name_linked_entities
    counts them once an ingest is done). Russian first, since the store's articles and its
    users write mostly Russian; a printed form, not the row's long official name, which no
    article may print; a full form before an abbreviation («Комитет государственных
    доходов», not «КГД») and a current name before a former one («Астана», not
    «Нур-Султан»), a slip linked by likeness (kb.spelling's «misspelt») ranked with the
    former names; the form the press uses most («Центральная Азия», not the «Средняя Азия»
    one article prints); then one of the row's names before a variant, then the shortest."""
    from store.lang import kb, people  # the knowledge base loads its tables on first use

    person = people.get(row_id) is not None
    script, role = people.spelling(row_id, name) if person else kb.spelling(row_id, name)
    shouting = sum(1 for w in name.split() if len(w) > 4 and w.isupper())
    return (
        person and short_person_name(name),  # «Роман Скляр» before «Скляр», in any script
        _SCRIPTS.index(script),
        role == "abbreviation",
        role in ("former", "misspelt"),  # a slip linked by likeness: never the name shown
        -printed,
        role != "name",
        shouting,
        len(name),
        name,
    )


def name_linked_entities(store: Store) -> int:
    """Name every entity of a knowledge-base row by linked_name_rank with its spellings
    counted (an ingest names it as its articles come, without counts). Returns how many
    were renamed."""
    return write_transaction(store, lambda: settle_linked_names(store.conn))


def settle_linked_names(conn: sqlite3.Connection) -> int:
    """name_linked_entities on a bare connection (a migration step has no Store): one pass
    over the mentions of the knowledge-base rows' entities."""
    spellings: dict[tuple[int, str, str], dict[str, int]] = {}
    for eid, key, current, name, printed in conn.execute(
        "SELECT e.id, e.key, e.name, m.name, count(*) FROM entities e JOIN mentions m ON m.entity_id = e.id"
        " WHERE e.key >= ? AND e.key < ? AND m.name IS NOT NULL GROUP BY e.id, m.name",
        (KB_KEY, KB_KEY[:-1] + chr(ord(KB_KEY[-1]) + 1)),
    ):
        spellings.setdefault((eid, key, current), {})[name] = printed
    renamed = []
    for (eid, key, current), counts in spellings.items():
        row_id = key[len(KB_KEY) :]
        counts = _with_row_name(row_id, counts)
        best = min(counts, key=lambda n: linked_name_rank(n, row_id, counts[n]))
        if best != current:
            renamed.append((best, names.to_latin(best), eid))
    conn.executemany("UPDATE entities SET name=?, latin=? WHERE id=?", renamed)
    return len(renamed)


_SCRIPTS = ("ru", "kk", "latin")


def _with_row_name(row_id: str, counts: dict[str, int]) -> dict[str, int]:
    """A person row's printed spellings, with the row's Russian name (printed 0 times) added
    when every printed one is a surname alone or with initials: a person linked by surname
    and post is named by his full name, never by «Скляр»."""
    from store.lang import people

    row = people.get(row_id)
    if row is None or not all(short_person_name(n) for n in counts):
        return counts
    return {**counts, row.name_ru: 0}


def _another_spelling(
    conn: sqlite3.Connection, eid: int, current: str, name: str, type_: str, key: str, names_it: bool = True
) -> bool:
    """A spelling of an existing entity's name: its aliases are added whichever
    spelling names the entity, and it names the entity if it ranks first (never a
    checkpoint's name other than its row's: `names_it` false). True when it renamed it."""
    before = conn.total_changes
    add_alias(conn, eid, name, "canonical")
    if conn.total_changes == before:
        return False  # this spelling was seen before
    for alias, origin in names.generated_aliases(name, type_):
        add_alias(conn, eid, alias, origin)
    if names_it and name_rank(name, key) < name_rank(current, key):
        conn.execute("UPDATE entities SET name=?, latin=? WHERE id=?", (name, names.to_latin(name), eid))
        return True
    return False


def _row_suffix(ref: str, name: str) -> str:
    """Two gazetteer rows of one name are two checkpoint entities (gazetteer.identity_suffix)."""
    from store.lang import gazetteer

    return gazetteer.identity_suffix(ref, name)


def _link_checkpoint(conn: sqlite3.Connection, eid: int, ref: str) -> None:
    """Copy the gazetteer's record for `ref` into `checkpoints` and add its names as aliases."""
    from store.lang import gazetteer

    cp = gazetteer.get(ref)
    if cp is None:
        return
    conn.execute(
        "INSERT OR REPLACE INTO checkpoints(id, entity_id, name_ru, name_kk, names_latin, kind, border, region,"
        " opposite, former_names, status) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            cp.id,
            eid,
            cp.name_ru,
            cp.name_kk,
            json.dumps(cp.names_latin, ensure_ascii=False),
            cp.kind,
            cp.border,
            cp.region,
            cp.opposite,
            json.dumps(cp.former_names, ensure_ascii=False),
            cp.status,
        ),
    )
    for alias in cp.all_names():
        add_alias(conn, eid, alias, "gazetteer")


def add_alias(conn: sqlite3.Connection, eid: int, alias: str, origin: str) -> None:
    alias = " ".join((alias or "").split())
    if not alias:
        return
    key = _alias_key(alias)
    if key:
        conn.execute(_ADD_ALIAS, (eid, alias, key, origin))


@lru_cache(maxsize=100_000)
def _alias_key(alias: str) -> str:
    """names.fold of an alias, kept: the writer adds the same surfaces and generated
    aliases article after article (five a mention), and folding one costs a Unicode
    normalization and a pass per word; the key depends on the alias only."""
    return names.fold(alias)


# An alias found several ways keeps the strongest origin, whatever came first.
_ORIGIN_RANK = (
    "(CASE {} WHEN 'canonical' THEN 0 WHEN 'gazetteer' THEN 1 WHEN 'text' THEN 2 WHEN 'latin' THEN 3"
    " WHEN 'renamed' THEN 4 WHEN 'abbreviation' THEN 5 ELSE 9 END)"
)
_ADD_ALIAS = (  # written out once, not formatted again for every alias
    "INSERT INTO aliases(entity_id, alias, key, origin) VALUES (?,?,?,?) ON CONFLICT(entity_id, alias)"
    f" DO UPDATE SET origin=excluded.origin WHERE {_ORIGIN_RANK.format('excluded.origin')}"
    f" < {_ORIGIN_RANK.format('aliases.origin')}"
)


def add_role(conn: sqlite3.Connection, eid: int, role: str) -> None:
    (roles_json,) = conn.execute("SELECT roles FROM entities WHERE id=?", (eid,)).fetchone()
    roles = json.loads(roles_json)
    if role not in roles:
        roles.append(role)
        conn.execute("UPDATE entities SET roles=? WHERE id=?", (json.dumps(roles, ensure_ascii=False), eid))


def refresh_roles(store: Store, entity_ids: set[int]) -> None:
    """Put the entities' roles in an order that does not depend on which article came
    first: the most frequent role first, then alphabetically. Inside the caller's transaction."""
    order_roles(store.conn, entity_ids)


def order_roles(conn: sqlite3.Connection, entity_ids: set[int]) -> None:
    """refresh_roles on a bare connection (a migration step has no Store)."""
    for eid in entity_ids:
        roles = [
            r
            for (r,) in conn.execute(
                "SELECT role FROM mentions WHERE entity_id=? AND coalesce(role, '') != '' GROUP BY role"
                " ORDER BY count(*) DESC, role",
                (eid,),
            )
        ]
        conn.execute("UPDATE entities SET roles=? WHERE id=?", (json.dumps(roles, ensure_ascii=False), eid))


def merge_short_person_names(store: Store) -> int:
    """Join single-word person entities («Бектенов») to the one full name that ends
    with them («Олжас Бектенов»), across the corpus. Ambiguous surnames (two full
    names share them) stay separate. Returns how many entities were merged.

    Reads and merges in one write transaction: another ingest into the same store
    may merge or add persons meanwhile, and a list read before it would be stale."""
    return write_transaction(store, lambda: _merge_short_person_names(store))


def _merge_short_person_names(store: Store) -> int:
    conn = store.conn
    merged, merged_into = _join_person_spellings(conn)
    persons = conn.execute("SELECT id, key FROM entities WHERE type='person'").fetchall()
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for eid, person_key in persons:
        for key in _spelled_keys(person_key):
            parts = key.replace("-", " ").split()
            if len(parts) >= 2 and not initials_and_surname(key):
                by_surname.setdefault(surname_of(" ".join(parts)), []).append((eid, key))
    for eid, key in persons:
        short = initials_and_surname(key)
        if short:  # «О. Дерипаска» → the one «Олег Дерипаска» (first initial and surname agree)
            targets = [t for t, k in by_surname.get(short[1], []) if k[:1] == short[0]]
        elif " " not in key:
            targets = [t for t, _ in by_surname.get(key, [])]
        else:
            continue
        targets = list(dict.fromkeys(targets))  # a row's person is listed once per spelling
        if len(targets) == 1 and targets[0] != eid:
            merge_entity(conn, eid, targets[0])
            merged_into.add(targets[0])
            merged += 1
    refresh_roles(store, merged_into)
    return merged


def _join_person_spellings(conn: sqlite3.Connection) -> tuple[int, set[int]]:
    """One entity for the names of one person whose keys differ (a patronymic written out
    or not, a Latin spelling: store.lang.person_spellings), before short names are joined:
    «Жумабаев» ends one full name then, not three. A name with a patronymic and no
    entity without it is renamed and re-keyed so (the name people know him by), and a
    later article's «Кайрат Жумабаев» finds it by its key. Returns the merge count and
    the entities merged into."""
    persons = conn.execute("SELECT id, key, name FROM entities WHERE type='person'").fetchall()
    merges, renames = spelling_joins(persons, lambda a, b: _in_one_article(conn, a, b))
    for eid, name, key in renames:
        conn.execute("UPDATE entities SET name=?, key=?, latin=? WHERE id=?", (name, key, names.to_latin(name), eid))
        add_alias(conn, eid, name, "canonical")
    for src, dst in merges:
        merge_entity(conn, src, dst)
    return len(merges), {dst for _, dst in merges}


def _in_one_article(conn: sqlite3.Connection, a: int, b: int) -> bool:
    """Are entities `a` and `b` both mentioned in some article (two people, then)?"""
    row = conn.execute(
        "SELECT 1 FROM mentions x JOIN mentions y ON y.article_id = x.article_id AND y.entity_id = ? "
        "WHERE x.entity_id = ? LIMIT 1",
        (b, a),
    ).fetchone()
    return row is not None


def _spelled_keys(key: str) -> list[str]:
    """A person's key as the words of a name: itself, or for a person of the knowledge base
    («kb:p-bektenov») the letter-folded key of each spelling its row lists, so «Бектенов»
    and «О. Бектенов» still join the full name across articles."""
    if not key.startswith(KB_KEY):
        return [key]
    from store.lang import people

    return people.letter_keys(key[len(KB_KEY) :])


def merge_entity(conn: sqlite3.Connection, src: int, dst: int) -> None:
    """Fold entity `src` into `dst`: its mentions, aliases (an alias both hold keeps
    the stronger origin), directives, checkpoint record and roles move, and `src` is
    deleted. The caller puts the roles in order (order_roles) and names `dst`."""
    conn.execute("UPDATE mentions SET entity_id=? WHERE entity_id=?", (dst, src))
    conn.execute("UPDATE OR IGNORE aliases SET entity_id=? WHERE entity_id=?", (dst, src))
    for alias, origin in conn.execute("SELECT alias, origin FROM aliases WHERE entity_id=?", (src,)).fetchall():
        add_alias(conn, dst, alias, origin)
    conn.execute("DELETE FROM aliases WHERE entity_id=?", (src,))
    conn.execute("UPDATE directives SET by_entity_id=? WHERE by_entity_id=?", (dst, src))
    conn.execute("UPDATE checkpoints SET entity_id=? WHERE entity_id=?", (dst, src))
    (roles_src,) = conn.execute("SELECT roles FROM entities WHERE id=?", (src,)).fetchone()
    for role in json.loads(roles_src):
        add_role(conn, dst, role)
    conn.execute("DELETE FROM entities WHERE id=?", (src,))
    conn.execute(
        "UPDATE entities SET mention_count=(SELECT count(*) FROM mentions WHERE entity_id=?),"
        " article_count=(SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id=?) WHERE id=?",
        (dst, dst, dst),
    )
