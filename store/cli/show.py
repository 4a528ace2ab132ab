"""`borderdocs show QUERY`: an entity's page without the explorer. The query is read by
the search engine (any script, any inflection: `show khorgos`, `show бектеновым`), the
best entity hit is shown, and the next hits are listed so a user can narrow with
`--type` or pick one with `--id`. A person or body shows its spellings, roles, the
directives it gave, was given or is named in («names it»), the entities named with it and its newest articles; a
checkpoint adds its gazetteer row, its newest facts and the directives of the articles
naming it (the TUI's checkpoint page); a person hit linked to the people table (found by a
post: `show "председатель КГД"`) adds the row's posts and terms, the reason it was picked,
which an article may not print; a knowledge-base row no article names yet shows its row and
says so.
"""

from __future__ import annotations

import json
import textwrap

from store.cli.common import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, err, open_for_reading
from store.cli.table import fit, line_width
from store.db import deadlines, entity_reads, fact_words, status_reads
from store.sanitize import clean_line

OTHER_HITS = 4  # the next entity hits listed under the card
SPELLINGS = 8  # «also written» lists this many; a body's knowledge-base row can bring 40 (--json has all)
STRONG = 75.0  # a weaker best hit is a guess, not the entity asked for (search ranks such hits after articles)


def cmd_show(args) -> int:
    if not " ".join(args.query).strip() and args.id is None:  # `show ""` asks for nothing too
        err("show: give a QUERY or --id N")
        return EXIT_ERROR
    if args.id is not None and " ".join(args.query).strip():  # one was silently dropped
        err("show: give a QUERY or --id N, not both")
        return EXIT_ERROR
    store = open_for_reading(args)
    try:
        hits = _hits(store, args)
        if not hits or hits[0].get("score", 100) < STRONG:
            near = f"; closest: {_other_text(_other(hits[0]))}" if hits else ""
            asked = f"matches {' '.join(args.query)} well" if args.query else f"has id {args.id}"
            err(f"show: no entity {asked}{near}")
            return EXIT_REJECTED
        card = _card(store, hits[0], args.limit)
    finally:
        store.close()
    others = [_other(h) for h in hits[1:]]
    if args.json:
        print(json.dumps({**card, "entity": _counted_once(card["entity"]), "others": others}, ensure_ascii=False))
    else:
        print(_layout(_lines(card, others), line_width()))
    return EXIT_OK


def _other(hit: dict) -> dict:
    """Another hit of the query; a checkpoint the gazetteer knows adds its `label`, «Хоргос
    (CN)» for China's post, as `borderdocs search` prints it (ux89)."""
    other = {**{k: hit.get(k) for k in ("id", "type", "name", "articles", "score")}, "about": _about(hit)}
    if hit.get("type") == "checkpoint" and hit.get("kb_id") and hit.get("kind") == "entity":
        from store.search.table import shown_name

        other["label"] = shown_name(hit)
    return other


def _about(hit: dict) -> str:
    """«checkpoint, 3 articles · rail, Китай's post»: what tells apart two hits of one
    name. A post says which it is as the card does (ours: «border with Китай»), not the
    search table's «road, Казахстан», which read as the border it is on."""
    from store.search.table import about

    n = hit.get("articles")
    post = _post(hit.get("kb_id")) if hit.get("type") == "checkpoint" and n is not None else ""
    told = f"{n} article{'' if n == 1 else 's'} · {post}" if post else about(hit)
    return f"{hit.get('type')}, {told}" if told else str(hit.get("type"))


def _post(kb_id: str | None) -> str:
    """«road, border with Узбекистан» for our post, «rail, Китай's post» for a neighbour's."""
    from store.lang import gazetteer

    cp = gazetteer.get(kb_id) if kb_id else None
    return cp.described if cp is not None else ""


def _hits(store, args) -> list[dict]:
    """The entity hits for the query, best first; with --id that entity alone."""
    if args.id is not None:
        ent = entity_reads.entity(store, args.id, articles_limit=0)
        return [{"id": ent["id"], "type": ent["type"], "name": ent["name"]}] if ent else []
    from store.search import search as engine

    query = " ".join(args.query)
    found = engine.search(store, query, type=args.type or "entity", limit=OTHER_HITS + 1)
    return [h for h in found if h.get("kind") == "entity"]


def _card(store, hit: dict, limit: int) -> dict:
    """What the page shows, as data (--json prints it whole)."""
    from store.db import directive_reads

    if hit["id"] < 0:  # a knowledge-base row no stored article names
        card = {
            "entity": {"name": hit["name"], "type": hit["type"], "article_count": 0, "kb_id": hit.get("kb_id")},
            "record": _kb_record(hit),
        }
        if hit["type"] == "checkpoint":  # a neighbour's post holds the facts told of its side
            card.update(_kb_post_facts(store, hit.get("kb_id"), limit))
        return card
    ent = entity_reads.entity(store, hit["id"], articles_limit=limit)
    card = {"entity": ent}
    if ent and ent["type"] == "checkpoint":
        cp = entity_reads.checkpoint(store, hit["id"]) or {}
        card.update(
            {
                k: cp.get(k)
                for k in (
                    "record",
                    "reported_status",
                    "facts",
                    "directives",
                    "fact_total",
                    "directive_total",
                    "offered_instead",
                    "across",
                    "told_by",
                )
            }
        )
        card["facts"] = (card["facts"] or [])[:limit]
        card["across"] = _capped(card.get("across"), limit)
        card["directives"] = directive_reads.with_same_as(store, (card["directives"] or [])[:limit])
    elif ent and ent["type"] in ("person", "organization"):
        given = _directives_of(store, ent)
        card["directives"], card["directive_total"] = directive_reads.with_same_as(store, given[:limit]), len(given)
        if ent["type"] == "person":  # found by a post: the row's posts say why
            card["record"] = _person_record(hit.get("kb_id") or _row_id(ent["name"]))
    return card


def _kb_post_facts(store, kb_id: str | None, limit: int) -> dict:
    """A post no stored article names may still hold facts: a neighbour's post gets those
    told of its side of the crossing, in articles naming the crossing by our post's name
    (store.db.across_reads); our post's row, the facing posts' facts."""
    from store.db import across_reads

    if not kb_id:
        return {}
    return {
        "reported_status": status_reads.reported_status(store, kb_id),
        "facts": across_reads.post_facts(store, [kb_id], limit),
        "fact_total": across_reads.fact_count(store, [kb_id]),
        "across": _capped(across_reads.across(store, kb_id), limit),
        "told_by": across_reads.told_by(store, kb_id),
    }


def _capped(posts: list[dict] | None, limit: int) -> list[dict]:
    """Each facing post's facts cut to the page's --limit, as its own facts are."""
    return [{**p, "facts": p["facts"][:limit]} for p in posts or []]


def _directives_of(store, ent: dict) -> list[dict]:
    """The directives a person or body gave, was given or is named in, newest first:
    «who ordered whom what» asked of a name (`show bektenov`, `show КГД`) answers with
    its orders too."""
    from store.db import directive_reads

    return directive_reads.entity_directives(store, ent["id"], ent["name"])


def _kb_record(hit: dict) -> dict | None:
    """A checkpoint's gazetteer row, or a person's row of the people table: the posts it
    records are why `show "аким ВКО"` picked him, so his page says them. The knowledge
    base's other rows carry no more than their names, which the hit already has."""
    if hit.get("type") == "person" and hit.get("kb_id"):
        return _person_record(hit["kb_id"])
    if hit.get("type") != "checkpoint" or not hit.get("kb_id"):
        return None
    from store.lang import gazetteer

    cp = gazetteer.get(hit["kb_id"])
    if cp is None:
        return None
    return {
        "id": cp.id,
        "kind": cp.kind,
        "border": cp.border,
        "region": cp.region,
        "opposite": cp.opposite,
        "status": cp.status,
        "country": cp.country,
        "names_latin": list(cp.names_latin),
    }


def _row_id(name: str) -> str:
    """The people-table row a stored person's name is (any spelling, with or without a
    patronymic), else "": `show --id N` or `show бектенов` gives no row id with the hit."""
    from store.lang import people

    row = people.row_of_name(name)
    return row.id if row is not None else ""


def _person_record(row_id: str) -> dict | None:
    """A people-table row: its country, posts with their terms, and its spellings."""
    from store.lang import people

    p = people.get(row_id)
    if p is None:
        return None
    posts = [{"title": post.title, "took": post.took or None, "left": post.left or None} for post in p.posts]
    return {"id": p.id, "country": p.country, "posts": posts, "names": list(p.names)}


# ---------------------------------------------------------------- text


class _Whole(str):
    """A list's row that wraps instead of being cut: a directive, whose point is what was
    ordered («…: принять соответствующие меры, а также усилить кон…» at 80 columns)."""


ROW_INDENT = " " * 14  # a wrapped row goes on under the text after its date


def _layout(lines: list[str], width: int) -> str:
    """A list's rows (indented) are cut to the line, one a line, like a table's, except
    a directive's, which wrap under its giver; the other lines (spellings, roles,
    neighbours) wrap, since every item of them counts."""
    out = []
    for line in lines:
        if isinstance(line, _Whole):
            out.append(textwrap.fill(line, width, subsequent_indent=ROW_INDENT, break_on_hyphens=False))
        elif line.startswith("  "):
            out.append(fit(line, width).rstrip())
        else:
            out.append(textwrap.fill(line, width, subsequent_indent="    ", break_on_hyphens=False) or "")
    return "\n".join(out)


def _distinct(values: list[str]) -> list[str]:
    """Values without repeats that differ only in case («премьер-министр», «Премьер-министр»)."""
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(clean_line(v).casefold(), clean_line(v))
    return list(seen.values())


def _lines(card: dict, others: list[dict]) -> list[str]:
    ent = card["entity"]
    n = ent.get("article_count") or 0
    folded = (ent.get("copies") or 0) + (ent.get("extracts") or 0)
    head = f"{clean_line(ent['name'])} — {ent['type']} · {_counted(n, folded)}"
    m = ent.get("mention_count") or 0
    out = [head + (f" · {m:,} mention{'' if m == 1 else 's'}" if m else "")]
    told = card.get("told_by")
    if not n:
        out.append(f"a knowledge-base row ({ent.get('kb_id')}) no stored article names yet" + _told_note(told))
    elif _by_other_name(told):
        note = _told_note(told).removeprefix("; ")
        out.append(note[:1].upper() + note[1:])
    # only the spellings besides the name: an outlet found under its one name («Zakon.kz») printed
    # a bare «also written:» line
    other = [a for a in _distinct(ent.get("aliases") or []) if a.casefold() != clean_line(ent["name"]).casefold()]
    if other:
        out.append("also written: " + _spellings(other))
    if ent.get("roles"):
        out.append("roles: " + ", ".join(_distinct(ent["roles"])))
    out += _record_lines(card.get("record"), spellings=not n)  # a stored entity's are «also written» above
    out += _reported_lines(card.get("reported_status"))
    out += _section("facts", card.get("facts"), card.get("fact_total"), _fact_line)
    out += _across_lines(card.get("across"))
    out += _section(
        f"articles its facts came from, naming {_their_name(told)}", _by_other_name(told), None, _article_line
    )
    out += _section("offered instead", card.get("offered_instead"), None, _instead_line)
    title = ARTICLES_DIRECTIVES if ent.get("type") == "checkpoint" else "directives"
    out += _directive_section(card.get("directives"), card.get("directive_total"), title)
    related = ent.get("related") or []
    if related:
        out += ["", "named with: " + ", ".join(f"{clean_line(_marked(r))} ({r['shared']})" for r in related[:8])]
    out += _section("articles", ent.get("articles"), _stories(ent), _article_line)
    if others:
        out.append("")
        out.append("other hits: " + "; ".join(_other_text(o) for o in others))
    return out


def _counted_once(ent: dict) -> dict:
    """The entity as --json gives it: `article_count` counts each story once, as the
    header and the search hits do («5 articles (+1 copy)»: 5; it said 6), and `copies` and
    `extracts` say how many more stored articles the lists fold into those."""
    if "copies" not in ent:  # a knowledge-base row no article names
        return ent
    return {**ent, "article_count": _stories(ent)}


def _stories(ent: dict) -> int:
    """How many rows the whole article list has: the articles less the copies and the
    extracts of one page the lists fold («articles (newest 2 of 3)» over a list of two,
    one «(+1 copy)», read as one missing)."""
    return (ent.get("article_count") or 0) - (ent.get("copies") or 0) - (ent.get("extracts") or 0)


def _counted(n: int, copies: int) -> str:
    """«21 articles (+2 copies)»: the stories, as the page's article list counts them, and
    the near-duplicate copies and second extracts of one page the lists fold (the header
    said «23 articles» over «articles (newest 10 of 21)» on one page, and «6 articles»
    over five rows, one «(+1 copy)»)."""
    stories = n - copies
    told = f"{stories:,} article{'' if stories == 1 else 's'}"
    return told + (f" (+{copies:,} cop{'y' if copies == 1 else 'ies'})" if copies else "")


def _spellings(names: list[str]) -> str:
    """The first SPELLINGS spellings and how many more: a body's every transliteration
    and inflection would push its facts and articles off an 80×24 screen."""
    more = len(names) - SPELLINGS
    shown = ", ".join(names[:SPELLINGS])
    return f"{shown} … and {more} more (--json lists all)" if more > 0 else shown


def _marked(related: dict) -> str:
    """A name «named with» lists: a neighbour's post as «Хоргос (CN)» (ux89)."""
    from store.db.post_names import marked_name

    return marked_name(related["name"], related.get("kb_id"))


def _other_text(hit: dict) -> str:
    """«Хоргос (checkpoint, 3 articles · rail, Китай, --id 207)»; a row no article names
    has no id to give."""
    pick = f", --id {hit['id']}" if hit["id"] > 0 else ""
    return f"{clean_line(hit.get('label') or hit['name'])} ({hit['about']}{pick})"


def _record_lines(rec: dict | None, spellings: bool = True) -> list[str]:
    """«gazetteer: road · border with Китай · Жетісу · opposite Хоргос · status working»;
    a neighbour's post says whose it is. A person's row: «posts: аким Восточно-Казахстанской
    области (2019–)» and, unless the page lists the stored spellings, the row's."""
    if not rec:
        return []
    if "posts" in rec:
        return _person_lines(rec, spellings)
    country = rec.get("country") or _country(rec.get("id"))
    side = f"{country}'s post" if country and country != "Казахстан" else f"border with {rec.get('border')}"
    parts = [rec.get("kind"), side, rec.get("region")]
    if rec.get("opposite"):
        parts.append(f"opposite {rec['opposite']}")
    # the list's status, not news: beside facts saying reconstruction, «status working» read as today's
    parts.append(f"listed as {rec.get('status') or 'working'}")
    return ["gazetteer: " + " · ".join(clean_line(str(p)) for p in parts if p)]


def _reported_lines(reported: dict | None) -> list[str]:
    """«status reported: closed 2021-06-12 (закрыт) · queue reported later, 2025-11-14»: the newest
    status an article states, apart from the gazetteer's, with a queue reported after a
    «closed», a past closure «(past)» and a day's contradicting reports
    (store.db.status_reads.reported_line). Nothing when no article states a status."""
    if not reported:
        return []
    return ["status reported: " + clean_line(status_reads.reported_line(reported, words=True))]


def _person_lines(rec: dict, spellings: bool = True) -> list[str]:
    posts = [clean_line(p["title"]) + _term(p) for p in rec["posts"]]
    out = ["posts: " + "; ".join(posts)] if posts else []
    if rec.get("country"):
        out.append(f"country: {clean_line(rec['country'])}")
    names = [n for n in rec.get("names", [])[1:]] if spellings else []
    return out + (["also written: " + _spellings([clean_line(n) for n in names])] if names else [])


def _term(post: dict) -> str:
    """« (2019-03-20–)», « (2014–2023)», or nothing when the table records no term."""
    if not post.get("took") and not post.get("left"):
        return ""
    return f" ({post.get('took') or '?'}–{post.get('left') or ''})"


def _country(checkpoint_id: str | None) -> str | None:
    """Whose post a stored checkpoint row is (the store keeps the row, not the country)."""
    from store.lang import gazetteer

    cp = gazetteer.get(checkpoint_id) if checkpoint_id else None
    return cp.country if cp else None


def _section(title: str, rows: list[dict] | None, total: int | None, render, row=str) -> list[str]:
    if not rows:
        return []
    total = max(total or 0, len(rows))
    head = f"{title} (newest {len(rows)} of {total:,}):" if total > len(rows) else f"{title}:"
    return ["", head] + [row("  " + render(r)) for r in rows]


def _fact_line(f: dict) -> str:
    """«2025-08-07  status    закрыт — Kazinform»; a fact of an article with no outlet
    ends at its text. No date says «undated», as the facts and directives tables do: a «—»
    there read as the dash before the outlet («—  status  закрыта — inbusiness.kz»)."""
    source = clean_line(f.get("source") or "")
    said = clean_line(fact_words.fact_text(f["kind"], f["text"]))  # «lanes: 6 жолақ»
    when = deadlines.shorten(deadlines.fact_date(f) or "undated", 10)  # «2025 past»: a deadline gone by
    return f"{when:<10}  {f['kind']:<8}  {said}" + (f" — {source}" if source else "")


def _by_other_name(told: dict | None) -> list[dict]:
    """The articles a foreign post's facts came from that name the crossing by our post's
    name only (store.db.across_reads.told_by)."""
    return [a for a in (told or {}).get("articles") or [] if not a.get("names_post")]


def _their_name(told: dict | None) -> str:
    """«Курмангазы», the name the articles gave the crossing; «our post» when the row has none."""
    return clean_line((told or {}).get("by_name_of") or "") or "our post"


def _told_note(told: dict | None) -> str:
    """«; its facts come from 3 articles naming the crossing by Курмангазы»: why a
    neighbour's post no article names has facts (facts80 gives it the side's facts)."""
    n = len(_by_other_name(told))
    if not n:
        return ""
    return f"; its facts come from {n} article{'' if n == 1 else 's'} naming the crossing by {_their_name(told)}"


def _across_lines(posts: list[dict] | None) -> list[str]:
    """One block a facing post with facts: «across the border: Караозек, Россия's post
    (3 facts)», its reported status, then its facts, each with the article it came from
    («… — Kazinform · Грузовики не пропускают …»): facts80 stores a fact of the
    neighbour's side on the neighbour's post, and this page is where a user looks."""
    out: list[str] = []
    for post in posts or []:
        total = max(post.get("fact_total") or 0, len(post["facts"]))
        shown = f"newest {len(post['facts'])} of {total:,} facts" if total > len(post["facts"]) else _facts(total)
        side = f"{clean_line(post['country'])}'s post" if post.get("country") else "the neighbour's post"
        out += ["", f"across the border: {clean_line(post['name'])}, {side} ({shown}):"]
        if post.get("reported_status"):
            out.append(
                "  status reported: " + clean_line(status_reads.reported_line(post["reported_status"], words=True))
            )
        out += ["  " + _across_fact_line(f) for f in post["facts"]]
    return out


def _facts(n: int) -> str:
    return f"{n:,} fact{'' if n == 1 else 's'}"


def _across_fact_line(f: dict) -> str:
    """A facing post's fact with its article: «2026-12-01  status    закрыто (до 10 декабря)
    — Kazinform · Грузовики не пропускают …» (the title says which story told it)."""
    said = clean_line(fact_words.fact_text(f["kind"], f["text"]))
    when = deadlines.shorten(deadlines.fact_date(f) or "undated", 10)
    source = clean_line(f.get("source") or "")
    came = " · ".join(p for p in (source, clean_line(f.get("title") or "")) if p)
    return f"{when:<10}  {f['kind']:<8}  {said}" + (f" — {came}" if came else "")


def _instead_line(f: dict) -> str:
    """«2026-11-11  Шарбакты  альтернатива»: a post a story offered instead of this one, and
    the story's word for it (the «(вместо «Кайрак»)» the fact ends with is this page's post)."""
    said = clean_line(entity_reads.instead_words(f["text"]))
    return f"{f.get('date') or 'undated':<10}  {clean_line(f['checkpoint'])}" + (f"  {said}" if said else "")


# A checkpoint's page lists the directives of every article that names the post (an
# aким's «расширить стоянку» a sentence after the post's queue), where `directives WORD`
# and the explorer's page of the post keep those whose own sentence or fields name it:
# the heading says which, and `directives` points here when it finds none (search76).
ARTICLES_DIRECTIVES = "directives in its articles"


def _directive_section(rows: list[dict] | None, total: int | None, title: str = "directives") -> list[str]:
    """One line a directive, however many articles report it («2× » before what was
    ordered, as the TUI's Directives tab and pages: directive_reads.with_same_as); the
    heading counts the stored reports, as before."""
    if not rows:
        return []
    listed = [r for r in rows if r.get("same_as", r.get("id")) == r.get("id")]
    total = max(total or 0, len(rows))
    counts = f"newest {len(rows)} of {total:,} reports" if total > len(rows) else f"{len(rows)} reports"
    head = f"{title} ({len(listed)} · {counts}):" if len(listed) < len(rows) or total > len(rows) else f"{title}:"
    return ["", head] + [_Whole("  " + _directive_line(r)) for r in listed]


def _directive_line(d: dict) -> str:
    to = f" → {clean_line(d['to'])}" if d.get("to") else ""
    when = f" ({clean_line(d['when'])})" if d.get("when") else ""
    posts = ", ".join(clean_line(c) for c in d.get("checkpoints") or [])
    at = f" [{posts}]" if posts else ""  # the posts the order is about (issue 15)
    named = " · names it" if d.get("named_as") == "named" else ""  # neither its giver nor its addressee
    twice = f"{d['reports']}× " if (d.get("reports") or 1) > 1 else ""
    line = f"{clean_line(d['by'])}{to}: {twice}{clean_line(d['what'] or '')}{when}{at}{named}"
    return f"{d.get('date') or 'undated':<10}  {line}"


def _article_line(a: dict) -> str:
    """«2026-02-02  Sputnik  (+1 copy) Қорғас …»: a row standing for two extracts of one
    page (entity_reads.fold_extracts) says so before the title, which the row cuts at the
    line's end."""
    n = a.get("extracts") or 0
    title = clean_line(a.get("title") or "")
    if n:
        title = f"(+{n} cop{'y' if n == 1 else 'ies'}) {title}"
    return f"{a.get('date') or 'undated':<10}  {clean_line(a.get('source') or ''):<16}  {title}"
