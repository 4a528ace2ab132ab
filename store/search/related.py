"""Entities a query asks for without naming them, read from the knowledge base's links:
- a post («премьер-министр», «министр транспорта», «аким Атырауской области», «премьер
  Олжас») is its holder in people.csv on today's date, and so is a post at a body the
  search found for the query («председатель Комитета госдоходов»: body_heads);
- a neighbour's post («Алашанькоу», «Караозек») brings the Kazakh post it faces (the
  gazetteer's `faces`): a user who knows the crossing by the other side's name wants ours;
  so does a neighbour's town a post stands at («Тачэн», «граница у Троицка»: town_posts);
- a border described («железнодорожный переход в Китай»: border_posts) or a road named by its
  ends, one ours and one a neighbour's («трасса Алматы — Бишкек»: line_posts) lists our
  posts on that border; an international road named by its number or by the ends it is
  known by («М-32», «трасса Самара — Шымкент»: road_posts), the post it crosses at;
- a kind of post with a region («пункт пропуска в ВКО», «пункты пропуска Акмолинской
  области», «VKO checkpoint») lists the region's posts, the region after the first few
  of them (_posts_before_place); with a town or district («переход у Жаркента»), its region's.

Each is put right after what names it and its ties (the holder first: the query names
nobody else), so what the query names as typed keeps its place: «Гулистан» is the Uzbek
post and the town before the Kazakh post facing it.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.db import search_reads as reads
from store.lang import gazetteer, names, people
from store.search.body_heads import body_former_holders, body_post_holders, kazakh_posts
from store.search.border_posts import border_posts
from store.search.line_posts import line_posts
from store.search.posts import former_holders, post_holders, post_standing
from store.search.road_posts import road_posts
from store.search.role_holders import role_holders
from store.search.role_words import in_russian
from store.search.search_kb import kb_rows
from store.search.text_roles import text_role_holders
from store.search.topic_words import ordinary_word
from store.search.town_posts import town_posts

HOLDER_SCORE = 96.0  # a post read whole: above a body named like it («Министерство транспорта», 94)
ROLE_SCORE = 95.5  # a person the store's articles give that post: after the knowledge base's holder
BORDER_SCORE = 90.0  # a post the query describes by its border: named by no word of it
NAMED_POST = 96.0  # a post this well matched is named by the query, not described
NAMED_TOP = 3  # a neighbour's post or a region is looked for among this many first results
NAMED_LEAST = 90.0  # and named at least this well


def with_related(store, query: str, results: list[dict], type_: str | None) -> list[dict]:
    """`results` with the holders of the post the query names put first and the posts
    facing a neighbour's post, or a region's posts after a kind word, put after the
    entity that names them. Unchanged for a query of another shape or an article-only
    search."""
    if type_ in ("article", "location", "organization"):
        return results
    state = store_state(store)
    query = post_before_topic(query, lambda text: bool(post_holders(text) or role_holders(store.conn, text, state)))
    holders = post_holders(query) or body_post_holders(query, results) if type_ in (None, "entity", "person") else []
    in_roles = role_holders(store.conn, query, state) if type_ in (None, "entity", "person") else []
    if not holders and type_ in (None, "entity", "person"):  # a Kazakh post: its Russian roles, then the Kazakh text's
        in_roles += [eid for eid in _in_kazakh_text(store.conn, query, results) if eid not in in_roles]
    past = former_holders(query) or body_former_holders(query, results) if type_ in (None, "entity", "person") else []
    if holders or in_roles or past:
        found = _rows_as_results(store.conn, holders, query, HOLDER_SCORE, state)
        seen = {r["id"] for r in found}
        in_text = [r for r in _ids_as_results(store.conn, in_roles, query, ROLE_SCORE) if r["id"] not in seen]
        seen |= {r["id"] for r in in_text}
        before = [dict(r, standing="former") for r in _rows_as_results(store.conn, past, query, ROLE_SCORE, state)]
        found += _by_standing(in_text + [r for r in before if r["id"] not in seen], query)
        return _put(results, 0, found)
    if type_ not in (None, "entity", "checkpoint"):
        return results
    results = _posts_first_at_ties(query, results)
    described = _with_border_posts(store.conn, query, results, state)
    if described is not None:
        return described
    across = _with_town_posts(store.conn, query, results, state)
    if across is not None:
        return across
    for at, hit in enumerate(results[:NAMED_TOP]):
        if hit.get("kind") != "entity" or hit["score"] < NAMED_LEAST:
            continue
        if not hit.get("kb_id") and hit["type"] != "location":  # a town the store knows alone may face a post
            continue
        if hit["type"] == "checkpoint" and (at or not _faced(hit)):
            break  # a post of ours named before any region: the query asks for it, not the region's
        if hit["type"] == "checkpoint":
            ids = _faced(hit)
            if ids:
                after = next(
                    (j for j in range(at + 1, len(results)) if results[j]["score"] < hit["score"]), len(results)
                )
                return _put(results, after, _rows_as_results(store.conn, ids, query, hit["score"] - 0.1, state))
            continue
        ids = _region_posts(hit, query) or _town_faced(hit, query)
        if ids:
            return _posts_before_place(store.conn, results, at, ids, query, state)
    return results


def store_state(store) -> tuple:
    """What keys the caches of the store's roles: its path and change marks (a write
    to the store reads them again)."""
    return (str(store.path), reads.change_marks(store.conn))


def warm() -> None:
    """Build, once per process, the tables with_related reads for any «name topic» text,
    which are built on first use otherwise: the role glossary's word forms of each script
    (role_holders reads a Cyrillic or a Latin post word through them) and the towns that
    face posts (town_posts). Built by the first topic word typed in each script, they were
    2.4 and 2.9 ms of that keystroke («khorgos о», «khorgos r»; tui63); the TUI builds
    them with its warm-up, before any key waits."""
    in_russian("министр")
    in_russian("minister")
    town_posts("")


TOPIC_WORDS_AFTER_POST = 2  # «премьер поручение», «президент заявил сегодня»: a post, then what about


def post_before_topic(query: str, names_post=None) -> str:
    """The post a query names before its topic words («премьер поручение» → «премьер»),
    or the query itself. A user asks for what the premier ordered by the post and a
    word of the matter, and the whole text is no post: the holder was dropped and only
    articles came (srch60). The last one or two words are dropped only when each is an
    ordinary Russian word (no name: «аким Кайраков» stays whole) and what is left names
    a post: `names_post(text)`, by default a post people.csv knows a holder of (the
    search adds the roles the store's articles give: «министр торговли»)."""
    names_post = names_post or (lambda text: bool(post_holders(text)))
    words = query.split()
    if names_post(query):
        return query
    for n in range(1, min(TOPIC_WORDS_AFTER_POST, len(words) - 1) + 1):
        if not all(ordinary_word(w) for w in words[-n:]):
            break
        head = " ".join(words[:-n])
        if names_post(head):
            return head
    return query


PLACE_AT_MOST = 4  # the place stays among the first five: a user may have meant the region itself


def _posts_before_place(conn, results: list[dict], at: int, ids: list[str], query: str, state: tuple) -> list[dict]:
    """A place's posts put where the place was, and the place after them: a query with a
    word for posts («пункт пропуска в ВКО», «переход у Жаркента») asks for the posts, the
    place only says where (issue 16: the region came first, its posts under it). A place
    of many posts comes after the first few, still in the first five, and the rest of
    its posts after it; the scores fall down the list as before."""
    place = results[at]
    posts = _rows_as_results(conn, ids, query, place["score"], state)
    if not posts:
        return results
    out = _put(results[:at] + results[at + 1 :], at, posts)
    ids_put = {r["id"] for r in posts}
    n_put = sum(1 for r in out[at:] if r.get("kind") == "entity" and r["id"] in ids_put)
    end = max(at + 1, min(at + n_put, PLACE_AT_MOST))
    out = out[:end] + [dict(place)] + out[end:]
    for n, r in enumerate(out[at : at + n_put + 1]):  # the posts and the place, one below the other
        r["score"] = round(place["score"] - 0.01 * n, 2)
    return out


def _by_standing(found: list[dict], query: str) -> list[dict]:
    """The people the articles give the post, those people.csv says no longer hold it or
    hold it for another country last, each marked so («former», «Россия»): «Сенат
    төрағасы» found Токаев in an undated article, but he left the post in 2019."""
    for r in found:
        if r.get("standing"):
            continue
        row = people.row_of_name(str(r.get("name") or ""))
        told = post_standing(query, row) if row is not None else ""
        if told:
            r["standing"] = told
    out = sorted(found, key=lambda r: bool(r.get("standing")))
    for n, r in enumerate(out):
        r["score"] = round(ROLE_SCORE - 0.01 * n, 2)
    return out


def _in_kazakh_text(conn, query: str, results: list[dict]) -> list[int]:
    """The people the articles name after the post the query names written in Kazakh: as
    typed («Кентау әкімі»), or at a body the search found («председатель Сената» as
    «Сенат төрағасы»): Kazakh text keeps no role (store.search.text_roles)."""
    for phrase in [query, *kazakh_posts(query, results)]:
        found = text_role_holders(conn, phrase)
        if found:
            return found
    return []


def _with_border_posts(conn, query: str, results: list[dict], state: tuple) -> list[dict] | None:
    """The posts on the border a query describes («граница с Китаем пропуск грузовиков»),
    put after a place it names first; None when it describes none or names a post."""
    # a line's end may be a town our post is named for: «трасса Петропавловск — Курган»
    on_line = road_posts(query) or line_posts(query)
    if not on_line and any(r.get("type") == "checkpoint" and r["score"] >= NAMED_POST for r in results[:NAMED_TOP]):
        return None
    ids = on_line or border_posts(query)
    if not ids:
        return None
    # after a place the query names («… в Мангистау»), not after a post it does not name: «железнодорожный
    # переход в Китай» matched Kyrgyzstan's «Каинды-железнодорожный» by its kind word alone
    first = results[0] if results else {}
    named = first.get("kind") == "entity" and first.get("type") != "checkpoint" and first["score"] >= NAMED_LEAST
    at = 1 if named else 0
    return _put(results, at, _rows_as_results(conn, ids, query, BORDER_SCORE, state))


def _with_town_posts(conn, query: str, results: list[dict], state: tuple) -> list[dict] | None:
    """Our posts facing a neighbour's town the query names («Тачэн»), put after the town
    when the search found it first, or before it when the query also has a word for posts
    («КПП Чугучак», «Навои КПП»: the town only says which crossing, as a region does in
    «пункт пропуска в ВКО»); None when it names no such town or names a post."""
    if any(r.get("type") == "checkpoint" and r["score"] >= NAMED_POST for r in results[:NAMED_TOP]):
        return None
    ids = town_posts(query)
    if not ids:
        return None
    first = results[0] if results else {}
    named = first.get("kind") == "entity" and first.get("type") == "location" and first["score"] >= NAMED_LEAST
    if named and _asks_posts(query):
        return _posts_before_place(conn, results, 0, ids, query, state)
    score = first["score"] - 0.1 if named else BORDER_SCORE
    return _put(results, 1 if named else 0, _rows_as_results(conn, ids, query, score, state))


def _posts_first_at_ties(query: str, results: list[dict]) -> list[dict]:
    """`results` with, in each run of entities at one score, the checkpoints first when the
    query has a word for posts («Жаныбек КПП», «пункт пропуска Калжат», «Kolzhat
    checkpoint»). A place and a post often share a name, and at a tie a stored place
    came first and the post second, even last when the store has no article naming the
    post as one (its knowledge-base row, 0 articles, ranks after stored entities): the
    word for posts says which of the two the user means. Other ties keep their order."""
    if not _asks_posts(query):
        return results
    out = list(results)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and _tied(out[start], out[end]):
            end += 1
        out[start:end] = sorted(out[start:end], key=lambda r: r.get("type") != "checkpoint")  # stable
        start = end
    return out


def _tied(a: dict, b: dict) -> bool:
    """Two entity results at one score."""
    return a.get("kind") == b.get("kind") == "entity" and a["score"] == b["score"]


def _put(results: list[dict], at: int, found: list[dict]) -> list[dict]:
    """`found` inserted at `at`, each entity once: one ranked above `at` stays there, a
    copy further down is dropped."""
    head = results[:at]
    above = {r["id"] for r in head if r.get("kind") == "entity"}
    found = [r for r in found if r["id"] not in above]
    ids = {r["id"] for r in found}
    tail = [r for r in results[at:] if r.get("kind") != "entity" or r["id"] not in ids]
    return head + found + tail


def _rows_as_results(conn, row_ids: list[str], matched: str, score: float, state: tuple) -> list[dict]:
    # imported here: entities imports search_kb, which this module's callers import first
    from store.search.entities import _row_results

    pos = _row_positions()
    out: dict[int, dict] = {}
    for n, rid in enumerate(row_ids):
        if rid in pos:  # a row's first entity: the one it is known by (most articles)
            for r in _row_results(conn, pos[rid], matched, round(score - 0.01 * n, 2), state)[:1]:
                out.setdefault(r["id"], r)
    return list(out.values())


def _ids_as_results(conn, entity_ids: list[int], matched: str, score: float) -> list[dict]:
    """Stored entities as results, in the order given, each a little below the one before."""
    from store.search.entities import entity_results

    hits = [(eid, 0, round(score - 0.01 * n, 2)) for n, eid in enumerate(entity_ids)]
    out = entity_results(conn, hits)
    for r in out:
        r["matched"] = matched
    return out


@lru_cache(maxsize=1)
def _row_positions() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, row in enumerate(kb_rows()):
        out.setdefault(row.id, i)
    return out


# ----------------------------------------------------------------- posts faced, posts of a region


def _faced(hit: dict) -> list[str]:
    """The Kazakh posts a neighbour's post faces (the gazetteer's `faces`)."""
    row = gazetteer.get(hit["kb_id"])
    return list(row.faces) if row is not None and row.foreign else []


# words of a query that ask for posts (folded stems): «пункт(ы) пропуска», «КПП»,
# «погранпереход», «checkpoint(s)», «border crossing», «өткізу пункті», «бекет»
_POST_WORDS = re.compile(r"^(?:punkt|propusk|kp$|pogranpereh|pereh|chekpoin|crosing|otkizu|beket|post$|posts$)")


def _asks_posts(query: str) -> bool:
    """Whether the query has a word for posts («КПП», «пункт пропуска», «checkpoint», «өткізу пункті»)."""
    return any(_POST_WORDS.match(w) for w in names.fold(query).split())


def _region_posts(hit: dict, query: str) -> list[str]:
    """The posts of a Kazakh region the query names beside a word for posts; [] when the
    hit is no region of ours or the query asks for no post."""
    if hit["type"] != "location" or not _asks_posts(query):
        return []
    return _posts_by_region().get(hit.get("kb_id") or "", [])


def _town_faced(hit: dict, query: str) -> list[str]:
    """The Kazakh posts facing the neighbour's post a place is named for, when the query
    asks for a post: «переход напротив Озинок» finds the town Озинки, and the user wants
    Таскала, the post facing the Russian post of that name."""
    if hit["type"] != "location" or not _asks_posts(query):
        return []
    return list(_faced_by_name().get(names.fold(hit["name"]), ()))


@lru_cache(maxsize=1)
def _faced_by_name() -> dict[str, tuple[str, ...]]:
    """A neighbour's post's folded names → the Kazakh posts it faces, in the gazetteer's order."""
    out: dict[str, list[str]] = {}
    for row in gazetteer.foreign():
        for name in {row.name_ru, row.name_kk, *row.variants}:
            if name:
                faced = out.setdefault(names.fold(name), [])
                faced += [f for f in row.faces if f not in faced]
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _posts_by_region() -> dict[str, list[str]]:
    """Region row id → its posts' ids, in the gazetteer's order (regions.csv's Russian
    name is the gazetteer's `region`; a city of its own, «город Алматы», too). A town or
    district with no post of its own has its region's (`parent`): «переход у Жаркента»
    asks for the posts of область Жетісу."""
    by_name: dict[str, list[str]] = {}
    for cp in gazetteer.all():
        by_name.setdefault(cp.region, []).append(cp.id)
    rows = _rows_of_regions()
    own = {r["id"]: by_name.get(r["name_ru"]) or by_name.get(f"город {r['name_ru']}") or [] for r in rows}
    return {r["id"]: own[r["id"]] or own.get(r["parent"], []) for r in rows if own[r["id"]] or own.get(r["parent"])}


@lru_cache(maxsize=1)
def _rows_of_regions() -> tuple[dict, ...]:
    text = resources.files("store").joinpath("data/regions.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))
