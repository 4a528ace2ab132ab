"""The facts told of a crossing's other side, read for the page a user opens.

Since facts80 a fact of the neighbour's side («На пункте пропуска «Курмангазы» со стороны
России движение грузовиков закрыто») is stored on the foreign post the gazetteer says faces
ours (Караозек), which is right, but the user looks on Курмангазы's page, where it was
before, and Караозек's page said «no stored article names yet» above no facts. So:
- our post's page lists the facts of the posts facing it, in a block of their own
  (`across`: one entry a facing post, with its reported status and its facts, each with
  the article it came from);
- a foreign post's page lists its own facts and the articles they came from, saying which
  of them name the crossing by our post's name only (`told_by`).
A facing post is a foreign_posts.csv row whose `faces` holds ours, or a post no row holds
that a text paired with ours (gazetteer.unlisted_ref carries the post it faces). Plain
dicts go out; nothing here imports a UI library.
"""

from __future__ import annotations

from typing import Any

from store.db.connection import Store
from store.db.queries import row_dicts

ACROSS_LIMIT = 300  # a page's facts of the facing posts, newest first, as DETAIL_LIMIT bounds its own
FACING = "facing"  # the kind of «напротив «X»», the pairing a text states
_UNLISTED_END = "unlisted;"  # the first id after every «unlisted:…» one: a range the facts_cp index reads


def _gazetteer():
    from store.lang import gazetteer  # a page's read only: the explorer's first paint needs none

    return gazetteer


def _not_copy() -> str:
    """A near-duplicate article's facts are its group's first article's again (fact_reads)."""
    return "a.dup_of IS NULL"


def post_facts(store: Store, checkpoint_ids: list[str], limit: int = ACROSS_LIMIT, skip: str = "") -> list[dict]:
    """The facts of these posts, newest first (a deadline by its period's last day, as the
    Facts tab sorts), each with its post's id and its article's id, title and outlet;
    `skip` a kind left out."""
    if not checkpoint_ids:
        return []
    from store.db.fact_reads import SORT_DATE

    marks = ",".join("?" * len(checkpoint_ids))
    return row_dicts(
        store,
        "SELECT f.checkpoint_id, f.kind, f.text, f.sentence, coalesce(f.date, a.date) AS date,"
        " a.id AS article_id, a.title, a.source FROM facts f JOIN articles a ON a.id = f.article_id"
        f" WHERE f.checkpoint_id IN ({marks}) AND f.kind != ? AND {_not_copy()}"
        f" ORDER BY {SORT_DATE} DESC, f.id DESC LIMIT ?",
        [*checkpoint_ids, skip, limit],
    )


def fact_count(store: Store, checkpoint_ids: list[str]) -> int:
    """How many facts these posts have (copies' facts not counted), for «newest N of M»."""
    if not checkpoint_ids:
        return 0
    marks = ",".join("?" * len(checkpoint_ids))
    return store.conn.execute(
        f"SELECT count(*) FROM facts f JOIN articles a ON a.id = f.article_id"
        f" WHERE f.checkpoint_id IN ({marks}) AND {_not_copy()}",
        checkpoint_ids,
    ).fetchone()[0]


def unlisted_ids(store: Store) -> list[str]:
    """The ids of the unlisted posts facts were stored on (gazetteer.unlisted_ref), one index
    seek each: a DISTINCT over the «unlisted:» range read every such fact (38 ms at 37,000)."""
    gz = _gazetteer()
    out: list[str] = []
    after = gz.UNLISTED
    while True:
        (ref,) = store.conn.execute(
            "SELECT min(checkpoint_id) FROM facts WHERE checkpoint_id > ? AND checkpoint_id < ?",
            (after, _UNLISTED_END),
        ).fetchone()
        if ref is None:
            return out
        out.append(ref)
        after = ref


def facing_ids(store: Store, checkpoint_id: str) -> list[str]:
    """The ids of the neighbours' posts facing our post whose facts bear on it
    (_same_traffic): the gazetteer's rows that face it, then the unlisted posts facts were
    stored on that a text paired with it."""
    gz = _gazetteer()
    own = gz.get(checkpoint_id)
    posts = [fp for fp in gz.foreign() if checkpoint_id in fp.faces]
    posts += [p for p in map(gz.get, unlisted_ids(store)) if p is not None and checkpoint_id in p.faces]
    return [p.id for p in posts if _same_traffic(p, own)]


def across(store: Store, checkpoint_id: str | None, limit: int = ACROSS_LIMIT) -> list[dict]:
    """Our post's facing posts that have facts, each {id, name, label, country, kind,
    reported_status, facts, fact_total}, the post with the newest fact first; [] for a
    foreign post or one nothing faces. The facts are the newest `limit` of all the facing
    posts' together (one sort, however many posts face ours), «напротив «X»» left out."""
    from store.db import status_reads

    gz = _gazetteer()
    own = gz.get(checkpoint_id) if checkpoint_id else None
    if own is None or own.foreign:
        return []
    ids = facing_ids(store, own.id)
    totals = _fact_totals(store, ids)
    if not totals:
        return []
    by_post: dict[str, list[dict]] = {}
    for fact in post_facts(store, list(totals), limit, skip=FACING):
        by_post.setdefault(fact["checkpoint_id"], []).append(fact)
    by_post.update({ref: [] for ref in totals if ref not in by_post})  # facts older than the newest `limit`
    out = []
    for ref, facts in by_post.items():
        post = gz.get(ref)
        out.append(
            {
                "id": ref,
                "name": post.name_ru if post else ref,
                "label": post.label if post else ref,
                "country": post.country if post else None,
                "kind": post.kind if post else None,
                "reported_status": status_reads.reported_status(store, ref),
                "facts": facts,
                "fact_total": totals[ref],
            }
        )
    return out


def _fact_totals(store: Store, checkpoint_ids: list[str]) -> dict[str, int]:
    """{post id: its facts but «facing» ones, copies' not counted}, posts without any left out."""
    if not checkpoint_ids:
        return {}
    marks = ",".join("?" * len(checkpoint_ids))
    rows = store.conn.execute(
        f"SELECT f.checkpoint_id, count(*) FROM facts f JOIN articles a ON a.id = f.article_id"
        f" WHERE f.checkpoint_id IN ({marks}) AND f.kind != ? AND {_not_copy()} GROUP BY f.checkpoint_id",
        [*checkpoint_ids, FACING],
    )
    return dict(rows.fetchall())


def told_by(store: Store, checkpoint_id: str | None, entity_id: int | None = None) -> dict[str, Any] | None:
    """For a foreign post: the articles its facts came from, newest first, each with
    `names_post` (whether the article names this post itself: else it named the crossing
    by our post's name, the gazetteer's `opposite`); None for our own posts and a post
    without facts."""
    gz = _gazetteer()
    post = gz.get(checkpoint_id) if checkpoint_id else None
    if post is None or not post.foreign:
        return None
    rows = row_dicts(
        store,
        "SELECT a.id, a.date, a.source, a.title FROM articles a WHERE a.id IN"
        " (SELECT article_id FROM facts WHERE checkpoint_id = ?) AND a.dup_of IS NULL"
        " ORDER BY a.date DESC, a.id",
        (checkpoint_id,),
    )
    if not rows:
        return None
    naming = _naming(store, entity_id, [r["id"] for r in rows]) if entity_id else set()
    for r in rows:
        r["names_post"] = r["id"] in naming
    return {"articles": rows, "article_count": len(rows), "by_name_of": post.opposite}


def _naming(store: Store, entity_id: int, article_ids: list[str]) -> set[str]:
    """Which of these articles mention the entity."""
    marks = ",".join("?" * len(article_ids))
    return {
        aid
        for (aid,) in store.conn.execute(
            f"SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? AND article_id IN ({marks})",
            [entity_id, *article_ids],
        )
    }


def kb_post(store: Store, kb_id: str, limit: int = ACROSS_LIMIT) -> dict[str, Any] | None:
    """A post no stored article names, as a checkpoint page reads it: its gazetteer row,
    its facts (facts80 stores on a neighbour's post what a text said of its side of a
    crossing it named by our post's name), the articles they came from, and no articles or
    directives of its own; for one of our posts, the facts of the neighbour's posts facing
    it (`across`), as a named post's page lists them (ux85: the board's ⏎ on 80 of dev's 103
    rows said only «… is not named in any stored article», and the region, the opposite post
    and the gazetteer's status were on no screen below 140 columns). None for ids the
    gazetteer does not hold."""
    from store.db import status_reads

    post = _gazetteer().get(kb_id)
    if post is None:
        return None
    record = {
        "id": post.id,
        "name_ru": post.name_ru,
        "name_kk": post.name_kk,
        "names_latin": list(post.names_latin),
        "kind": post.kind,
        "border": post.border,
        "region": post.region,
        "opposite": post.opposite,
        "status": post.status,
        "former_names": list(post.former_names),
    }
    entity = {"id": None, "name": post.name_ru, "article_count": 0, "copies": 0, "extracts": 0, "kb_id": post.id}
    return {
        "entity": entity,
        "record": record,
        "facts": post_facts(store, [post.id], limit),
        "fact_total": fact_count(store, [post.id]),
        "reported_status": status_reads.reported_status(store, post.id),
        "across": [] if post.foreign else across(store, post.id, limit),
        "told_by": told_by(store, post.id),
        "directives": [],
        "directive_total": 0,
        "offered_instead": [],
        "articles": [],
        "text_kinds": [],
    }


# The statuses of a facing post that make the crossing hard to pass however our post works:
# the board marks them on our post's row («working ⇄RU closed»).
HALTING = ("closed", "limited", "to close")


def across_marks(store: Store) -> dict[str, dict]:
    """{our post's id: {post, status, date}}: for each of our posts, the newest status a
    facing post (listed or unlisted) reports, when it is HALTING and not a closure whose
    day has gone by; the board marks it. One index seek per neighbour's post (about 130)
    and one range read of the unlisted ids: the board stays a few ms."""
    from store.db import status_reads
    from store.lang.statuses import status_label

    gz = _gazetteer()
    posts = [*gz.foreign(), *(p for p in map(gz.get, unlisted_ids(store)) if p is not None)]
    marks: dict[str, dict] = {}
    for post in posts:
        row = store.conn.execute(
            "SELECT text, dated, date FROM facts WHERE checkpoint_id = ? AND kind = 'status'"
            " ORDER BY dated DESC, id DESC LIMIT 1",
            (post.id,),
        ).fetchone()
        if row is None:
            continue
        label = status_label(row[0]) or row[0]
        if label not in HALTING or status_reads.closure_past({"text": row[0], "date": row[1], "day": row[2]}):
            continue
        for ours in post.faces:
            if not _same_traffic(post, gz.get(ours)):
                continue
            held = marks.get(ours)
            if held is None or (row[1] or "") > (held["date"] or ""):
                marks[ours] = {"post": post.label, "code": _code(post), "status": label, "date": row[1]}
    return marks


def _code(post) -> str:
    """«RU» for a Russian post, the country itself where countries.csv has no code."""
    return _gazetteer().country_codes().get(post.country) or post.country


def _same_traffic(post, ours) -> bool:
    """Whether a neighbour's post's facts bear on our post: not a road post's on our
    rail post or the reverse (Бакту, a road post, faces Бахты's road and rail rows)."""
    if ours is None or post is None:
        return False
    return ours.kind == post.kind or "rail" not in (ours.kind, post.kind)
