"""Entity detail: canonical name, Latin form, roles, a person's posts in the people table,
aliases, mentions per month, the directives a person or body gave, was given or is named
in («names it»), the articles naming it (with the sentence that does) and who it appears
with."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from store.db import directive_reads, entity_reads

from ..messages import AddEntityFilter, ShowEntityArticles
from ..navigation import ArticleTarget, entity_target, reports
from ..text import (
    TYPE_LABEL,
    TYPE_STYLE,
    articles_told,
    counted,
    directives_heading,
    extracts_note,
    join,
    line,
    order,
    quantity,
    stories,
)
from ..widgets.directive_list import reported
from ..widgets.key_footer import KeyFooter
from ..widgets.month_chart import MonthChart
from ..widgets.nav_list import NavList
from ..widgets.notice_line import NoticeLine
from .detail import DetailScreen


class EntityScreen(DetailScreen):
    """One entity; `key` is its id."""

    BINDINGS = [
        Binding("a", "articles", "Its articles", id="entity.articles"),
        Binding("plus", "add_filter", "AND filter", id="entity.add_filter"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…"), id="meta", classes="meta")
        yield MonthChart(id="months")
        yield NavList(id="items")
        yield NoticeLine(id="notices")  # the session's notices, as on the lists (tui75)
        yield KeyFooter()

    def query_store(self, store, key):
        ent = entity_reads.entity(store, key)
        if ent and ent["type"] in ("person", "organization"):
            found = directive_reads.entity_directives(store, ent["id"], ent["name"], limit=200)
            ent["directives"] = directive_reads.one_row_a_directive(store, found)  # as tab 4 lists them
        if ent and ent["type"] == "person":
            ent["posts"] = known_posts(ent["name"])
        return ent

    def show(self, ent: dict) -> None:
        self.query_one("#meta", Static).update(entity_meta(ent))
        self.query_one(MonthChart).show(ent["months"])
        items = self.query_one("#items", NavList)
        items.fill(entity_items(ent))
        items.focus()

    def action_articles(self) -> None:
        """Show this entity's articles in the Articles pane (an entity filter)."""
        if self.data:
            self.post_message(ShowEntityArticles(self.data["id"], self.data["name"]))

    def action_add_filter(self) -> None:
        """Add this entity to the Articles pane's filters (articles naming all of them)."""
        if self.data:
            self.post_message(AddEntityFilter(self.data["id"], self.data["name"]))

    def copy_text(self) -> str | None:
        ent = self.data
        if not ent:
            return None
        lines = [ent["name"], f"type: {ent['type']}", f"latin: {ent['latin'] or ''}"]
        if ent["roles"]:
            lines.append("roles: " + "; ".join(ent["roles"]))
        if ent.get("posts"):
            lines.append("posts: " + "; ".join(ent["posts"]))
        lines.append("aliases: " + "; ".join(ent["aliases"]))
        lines.append(f"articles: {stories(ent)}, mentions: {ent['mention_count']}")  # each story once, as the header
        return "\n".join(lines)


def entity_meta(ent: dict) -> Text:
    text = line(ent["name"], style="bold " + TYPE_STYLE.get(ent["type"], ""))
    text.append("  ")
    text.append(
        join(
            TYPE_LABEL.get(ent["type"], ent["type"]),
            line(ent["latin"]) if (ent["latin"] or "").casefold() != ent["name"].casefold() else "",
            f"{articles_told(ent)}, {quantity(ent['mention_count'], 'mention')}",
        )
    )
    if ent["roles"]:
        text.append("\nroles: ", style="dim")
        text.append(line("; ".join(ent["roles"])))
    if ent.get("posts"):
        text.append("\nposts: ", style="dim")
        text.append(line("; ".join(ent["posts"])))
    others = [a for a in ent["aliases"] if a != ent["name"]]
    if others:
        text.append("\naliases: ", style="dim")
        text.append(line("; ".join(others[:12]) + (" …" if len(others) > 12 else "")))
    return text


def known_posts(name: str) -> list[str]:
    """The posts the people table records for the person of this name, with their terms
    («министр транспорта (2025-06-30–)»): a person found by a post («председатель КГД»)
    may have no role in his articles, and his page should say why the search picked him."""
    from store.lang import people

    row = people.row_of_name(name)
    if row is None:
        return []
    return [p.title + (f" ({p.took or '?'}–{p.left or ''})" if p.took or p.left else "") for p in row.posts]


def entity_items(ent: dict) -> list:
    items: list = []
    if ent.get("directives"):
        items.append(directives_heading(ent["directives"]))
        for d in ent["directives"]:
            # giver → addressee: task (by when), as `borderdocs show` and the checkpoint's page say it
            prompt = join(line(d["date"] or "undated", style="dim"), order(d, reported(d)))
            if d.get("named_as") == directive_reads.NAMED:  # neither its giver nor its addressee
                prompt.append("  names it", style="dim italic")
            items.append((prompt, ArticleTarget(d["article_id"], d.get("sentence") or None, reports(d))))
    items.append(counted("Articles", len(ent["articles"]), stories(ent)))
    for a in ent["articles"]:
        prompt = join(
            line(a["date"] or "undated", style="dim"), line(a["source"], style="italic"), line(a["title"], style="bold")
        )
        prompt.append(extracts_note(a), style="dim")
        if a["sentence"]:
            prompt.append("\n  ")
            prompt.append(line(a["sentence"], style="dim"))
        items.append((prompt, ArticleTarget(a["id"], a["sentence"] or None)))  # at the sentence it shows
    return items + related_items(ent["related"])


def related_items(related: list[dict]) -> list:
    """«Mentioned with (N)»: the entities named in most of its articles, each `enter` away
    (an entity's page and, since ux87, a checkpoint's, as `borderdocs show` names them);
    a neighbour's post as «Хоргос (CN)» (ux89): which of three «Хоргос» it was, the row did not say."""
    if not related:
        return []
    from store.db.post_names import marked_name

    items: list = [f"Mentioned with ({len(related)})"]
    for r in related:
        prompt = line(marked_name(r["name"], r.get("kb_id")), style=TYPE_STYLE.get(r["type"], ""))
        prompt.append(f"  {TYPE_LABEL.get(r['type'], r['type'])} · {r['shared']} shared", style="dim")
        items.append((prompt, entity_target(r["id"], r["type"])))
    return items
