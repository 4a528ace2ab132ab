"""The article reader: metadata, the body with mentions highlighted by type, and
everything extracted from it (entities, checkpoints, facts, directives), each one
enter away from its own screen."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.widgets import Static

from store.db import fact_words, queries

from ..navigation import ArticleTarget, CheckpointTarget, EntityTarget, ReportTarget, entity_target
from ..text import TYPE_PLURAL, TYPE_STYLE, also_in, copy_label, highlighted_body, join, line, order
from ..widgets.body_view import BodyView
from ..widgets.key_footer import KeyFooter
from ..widgets.nav_list import NavList
from ..widgets.notice_line import NoticeLine
from .detail import DetailScreen

SENTENCE_STYLE = "bold on grey23"  # the sentence the reader was opened at
LINES_ABOVE = 2  # the body's lines kept above that sentence when it is scrolled to


class ArticleScreen(DetailScreen):
    """One article; `key` is its id, `sentence` one of its body's to open at and mark."""

    def __init__(self, key, sentence: str | None = None, reports: tuple[ReportTarget, ...] = ()) -> None:
        super().__init__(key)
        self.sentence = sentence
        self.reports = reports

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…"), id="meta", classes="meta")
        with BodyView(id="body"):
            yield Static("", id="body-text", markup=False)
        yield NavList(id="related")
        yield NoticeLine(id="notices")  # the session's notices, as on the lists (tui75)
        yield KeyFooter()

    def query_store(self, store, key):
        return queries.article(store, key)

    def show(self, art: dict) -> None:
        meta = line(art["title"] or "(untitled)", style="bold")
        meta.append("\n")
        meta.append(
            join(
                line(art["date"] or "undated"),
                line(art["source"]),
                line(art["dateline"]),
                line(art["author"]),
                line(art["language"]),
            )
        )
        copies = also_in(art)
        if copies:
            meta.append("\n")
            meta.append(copies)
        self.query_one("#meta", Static).update(meta)
        body = highlighted_body(art["body"], art["mentions"])
        start = self._mark(body)
        self.query_one("#body-text", Static).update(body)
        self.query_one("#related", NavList).fill(reported_items(self.reports) + related_items(art))
        self.query_one("#body", BodyView).focus()
        if start is not None:
            self.call_after_refresh(self._scroll_to, body, start)

    def _mark(self, body: Text) -> int | None:
        """Mark the sentence the screen was opened at; where it starts in `body`, or None
        (none asked, or not found: a sentence stored before its article's text changed)."""
        if not self.sentence:
            return None
        words = " ".join(self.sentence.split())
        plain = body.plain
        start = plain.find(words)
        if start < 0:
            return None
        body.stylize(SENTENCE_STYLE, start, start + len(words))
        return start

    def _scroll_to(self, body: Text, start: int) -> None:
        """Scroll the body so the marked sentence's first line is near the top: the
        body's text up to it, wrapped at the body's width, says on which line it is."""
        try:
            static = self.query_one("#body-text", Static)
            view = self.query_one("#body", BodyView)
        except NoMatches:
            return  # the page was closed before its first refresh: ⏎ and escape in one burst
        width = static.content_region.width or static.size.width
        if width <= 0:
            return
        lines = body[:start].wrap(self.app.console, width)
        view.scroll_to(y=max(0, len(lines) - 1 - LINES_ABOVE), animate=False)

    def copy_text(self) -> str | None:
        art = self.data
        if not art:
            return None
        head = " · ".join(x for x in (art["date"], art["source"], art["url"]) if x)
        return f"{art['title']}\n{head}\n\n{art['body']}"


def reported_items(reports: tuple[ReportTarget, ...]) -> list:
    """The directive this page was opened at, as other articles report it: first in the
    side list, each opening that article at its sentence (tab 4 lists the directive once)."""
    if not reports:
        return []
    items: list = [f"The same directive, also reported in ({len(reports)})"]
    for r in reports:
        prompt = join(line(r.date or "undated"), line(r.source, style="italic"), line(r.title))
        items.append((prompt, ArticleTarget(r.id, r.sentence)))
    return items


def related_items(art: dict) -> list:
    """The reader's side list: entities by type, then facts, then directives; a neighbour's
    post as «Хоргос (CN)», as tab 5 and the search name it (ux89)."""
    from store.db.post_names import marked_name

    items: list = []
    for kind in ("checkpoint", "person", "organization", "location"):
        ents = [e for e in art["entities"] if e["type"] == kind]
        if not ents:
            continue
        items.append(f"{TYPE_PLURAL[kind]} ({len(ents)})")
        for e in ents:
            prompt = Text(end="")
            prompt.append(line(marked_name(e["name"], e.get("checkpoint_id")), style=TYPE_STYLE[kind]))
            role = next((m["role"] for m in art["mentions"] if m["entity_id"] == e["id"] and m["role"]), None)
            if role:
                prompt.append(" — ")
                prompt.append(line(role, style="dim"))
            prompt.append(f"  ×{e['mentions']}", style="dim")
            items.append((prompt, entity_target(e["id"], kind)))
    if art["facts"]:
        items.append(f"Facts ({len(art['facts'])})")
        for f in art["facts"]:
            prompt = join(
                line(marked_name(f["name_ru"] or f["checkpoint_id"], f["checkpoint_id"]), style="bold"),
                line(f["kind"], style="dim"),
                line(fact_words.fact_text(f["kind"], f["text"])),  # as tab 5 and the post's page (ux87)
                line(f["date"]),
            )
            target = CheckpointTarget(f["entity_id"]) if f["entity_id"] else None
            items.append((prompt, target))
    if art["directives"]:
        items.append(f"Directives ({len(art['directives'])})")
        for d in art["directives"]:
            prompt = order(d, d["what"] or "")
            target = EntityTarget(d["by_entity_id"], "person") if d["by_entity_id"] else None
            items.append((prompt, target))
    if art.get("also_in"):
        items.append(f"Also in ({len(art['also_in'])})")
        for other in art["also_in"]:
            label = line(copy_label(other, art.get("source")), style="italic")
            prompt = join(label, line(other["date"]), line(other["title"]))
            items.append((prompt, ArticleTarget(other["id"])))
    if not items:
        items.append("Nothing extracted from this article.")
    return items
