"""Search results as a plain-text table (the CLI without --json)."""

from __future__ import annotations

from store.sanitize import clean_line


def format_table(results: list[dict], total: int | None = None) -> str:
    """A readable plain-text table of search results (the CLI without --json): each
    hit's type, an entity's article count, an article's date and outlet; and, when the
    list is capped, «first N of M»."""
    if not results:
        return "no results"
    abouts = [about(r) for r in results]
    width = min(_ABOUT_MAX, max(5, *map(len, abouts)))  # as wide as the longest, so a post's country shows
    lines = [f"{'score':>5}  {'type':<12}  {'name':<40}  {'about':<{width}}  matched"]
    for r, told in zip(results, abouts, strict=True):
        name = _cut(clean_line(shown_name(r)), 40)
        matched = _cut(clean_line(str(r["matched"])), 60)
        lines.append(f"{r['score']:>5.1f}  {r['type']:<12}  {name:<40}  {_cut(told, width):<{width}}  {matched}")
    if total is not None and total > len(results):
        lines.append(f"first {len(results)} of {total:,}")
    return "\n".join(lines)


_ABOUT_MAX = 42  # «120 articles · passenger, Туркменистан» and a little more


def about(result: dict) -> str:
    """«3 articles» for an entity, «2025-01-31 Kazinform» for an article; a person found by
    a post he no longer holds, or holds for another state, says so («2 articles · former»,
    «1 article · Россия»: store.search.related). A knowledge-base
    row no article names yet adds its row id: «Хоргос» is a post on each side of the
    border (khorgos, cn-khorgos), and the two would otherwise read the same."""
    if result.get("kind") == "article":
        return clean_line(" ".join(str(x) for x in (result.get("date"), result.get("source")) if x))
    n = result.get("articles")
    if n is None:
        return ""
    count = f"{n} article" + ("" if n == 1 else "s")
    post = _post(result) or clean_line(str(result.get("standing") or ""))
    if post:
        return f"{count} · {post}"
    return f"{count} · {result['kb_id']}" if n == 0 and result.get("kb_id") else count


def shown_name(result: dict) -> str:
    """A hit's name as lists print it: a neighbour's post with its country's code, «Хоргос
    (CN)», as the board's «⇄CN» and a post's page say it. Three hits read «Хоргос» for ours
    and China's road and rail posts, told apart only by their «about» at the end of the
    line, which a narrow line cuts first (ux89). The name as stored stays the hit's `name`
    (`--json` is unchanged); a name that already ends with the code is left as it is."""
    name = str(result.get("name") or "")
    if result.get("kind") == "article" or result.get("type") != "checkpoint":
        return name
    from store.db.post_names import marked_name

    return marked_name(name, result.get("kb_id"))


def _post(result: dict) -> str:
    """A checkpoint's kind and which post it is («road, Китай's post»), from its gazetteer row:
    posts of one name on both sides of the border («Хоргос», ours and the two Chinese
    ones) would otherwise read the same."""
    if result.get("type") != "checkpoint" or not result.get("kb_id"):
        return ""
    from store.lang import gazetteer

    cp = gazetteer.get(result["kb_id"])
    return cp.described if cp is not None else ""


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
