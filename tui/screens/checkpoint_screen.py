"""Checkpoint detail: its names in Russian, Kazakh and Latin, kind (the gazetteer row's, and
«as named»: the kinds the articles' own words give it), border,
region, the crossing opposite, status; a dated timeline of facts, each linked to
its article; the directives whose sentence names it (on a schema-4 store; before,
the directives of the articles that name it); its articles and who and what they name
with it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from store.db import board, deadlines, directive_reads, entity_reads, fact_words, status_reads

from ..messages import AddEntityFilter, ShowEntityArticles
from ..navigation import ArticleTarget, reports
from ..text import counted, directives_heading, extracts_note, join, line, order, quantity, stories
from ..widgets.directive_list import reported
from ..widgets.key_footer import KeyFooter
from ..widgets.nav_list import NavList
from ..widgets.notice_line import NoticeLine
from .detail import DetailScreen
from .entity_screen import related_items

FIELDS = (("kind", "kind"), ("border", "border"), ("region", "region"), ("opposite", "opposite"))


def status_lines(cp: dict) -> list[tuple[str, str]]:
    """(label, value): the newest status an article states, with a queue reported after a
    «closed» (store.db.status_reads), then the gazetteer's, said to be its («listed  closed
    in the gazetteer»; its default, working, only when no article states one: the header
    has 7 lines). The page said «status» for the gazetteer's alone, and only when it was
    not «working»: Тажен's read as nothing above a timeline saying reconstruction."""
    out = []
    reported = cp.get("reported_status")
    if reported:  # «to close 2026-03-12 (past)», «conflicting reports (2) …: closed · working»
        out.append(("status", status_reads.reported_line(reported)))
    listed = (cp["record"] or {}).get("status")
    if cp["record"] and (listed or not reported):  # «working», the list's default, only when no news says
        out.append(("listed", f"{listed or 'working'} in the gazetteer"))
    return out


class CheckpointScreen(DetailScreen):
    """One checkpoint; `key` is its entity id, or the knowledge-base id of a neighbour's post
    no stored article names (its facts came from articles naming the crossing by our post's
    name: store.db.across_reads.kb_post)."""

    BINDINGS = [
        Binding("a", "articles", "Its articles", id="checkpoint.articles"),
        Binding("plus", "add_filter", "AND filter", id="checkpoint.add_filter"),
    ]

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…"), id="meta", classes="meta")
        yield NavList(id="items")
        yield NoticeLine(id="notices")  # the session's notices, as on the lists (tui75)
        yield KeyFooter()

    def query_store(self, store, key):
        if isinstance(key, str):
            from store.db import across_reads

            cp = across_reads.kb_post(store, key)
        else:
            cp = entity_reads.checkpoint(store, key)
            cp_id = cp and cp["record"].get("id")
            found = directive_reads.checkpoint_directives(store, cp_id) if cp_id else None
            if found is not None:  # schema 4: the directives whose sentence names it, not its articles'
                cp["directives"], cp["directive_total"] = directive_reads.one_row_a_directive(store, found[0]), found[1]
            if cp:  # who and what its articles name with it: `borderdocs show` said, the page did not (ux87)
                cp["related"] = entity_reads.related_entities(store, key)
        if cp:  # the title the board gives the row: «Сырдарья (rail)», not «Сырдарья» for both
            cp["label"] = board.post_label(cp["record"].get("id"), cp["record"].get("name_ru") or cp["entity"]["name"])
        return cp

    def show(self, cp: dict) -> None:
        self.query_one("#meta", Static).update(checkpoint_meta(cp))
        items = self.query_one("#items", NavList)
        items.fill(checkpoint_items(cp))
        items.focus()
        self.refresh_bindings()  # `a` and `+` leave the footer on a post no article names

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        """`a` and `+` act, and show, only on a post some article names: on a neighbour's post
        known from the knowledge base alone (its facts came from articles naming ours) they
        did nothing while the footer offered them (qa74). Shown while the page loads."""
        if action in ("articles", "add_filter"):
            return self.data is None or self.data["entity"]["id"] is not None
        return True

    def action_articles(self) -> None:
        if self.data and self.data["entity"]["id"] is not None:
            ent = self.data["entity"]
            self.post_message(ShowEntityArticles(ent["id"], ent["name"]))

    def action_add_filter(self) -> None:
        """Add this checkpoint to the Articles pane's filters (articles naming all of them)."""
        if self.data and self.data["entity"]["id"] is not None:  # a row no article names filters nothing
            ent = self.data["entity"]
            self.post_message(AddEntityFilter(ent["id"], ent["name"]))

    def copy_text(self) -> str | None:
        if not self.data:
            return None
        rec, ent = self.data["record"], self.data["entity"]
        lines = [rec.get("name_ru") or ent["name"]]
        for key, label in (("name_kk", "kazakh"),) + FIELDS:
            if rec.get(key):
                lines.append(f"{label}: {rec[key]}")
        lines += [f"{label}: {value}" for label, value in status_lines(self.data)]
        if self.data.get("text_kinds"):
            lines.append(f"as named: {text_kinds(self.data['text_kinds'])}")
        lines += [
            f"{f['date'] or 'undated'} {f['kind']}: {fact_words.fact_text(f['kind'], f['text'])}"
            for f in self.data["facts"]
        ]
        return "\n".join(lines)


def text_kinds(counted_kinds: list) -> str:
    """«road 12 · rail 1»: the kinds the articles' own words give the post, with how often."""
    return " · ".join(f"{kind} {n}" for kind, n in counted_kinds)


def checkpoint_meta(cp: dict) -> Text:
    """The page's header, at most 7 lines for the 7 the header has at 80×24 (its names;
    kind with «as named»; border with region; opposite; status; listed; formerly): with
    kind, «as named», border and region a line each it had 9, and «formerly», the last,
    was cut (Алаколь, formerly Достык, with a reported status). Its title is the board's
    name for the row, the kind after a name two of our rows share («Сырдарья (rail)»)."""
    rec, ent = cp["record"], cp["entity"]
    text = line(cp.get("label") or rec.get("name_ru") or ent["name"], style="bold")
    text.append("  ")
    text.append(join(*(line(n) for n in other_names(rec, ent))))
    if not rec:
        text.append("\nnot in the gazetteer of border crossings", style="dim")
    for label, parts in header_rows(cp):
        text.append(f"\n{label:<9}", style="dim")
        for i, (part_label, value) in enumerate(parts):
            if i:
                text.append(" · ")
            if part_label:
                text.append(f"{part_label} ", style="dim")
            text.append(line(value))
    return text


def header_rows(cp: dict) -> list[tuple[str, list[tuple[str, str]]]]:
    """(label, [(inner label, value)]): the header's lines after the names. The kind and
    «as named» (the kinds the articles' own words give it) share a line, as do the
    border and the region; then the opposite post, the statuses and the former names."""
    rec = cp["record"] or {}
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    kind = [("", rec["kind"])] if rec.get("kind") else []
    if cp.get("text_kinds"):
        kind.append(("as named", text_kinds(cp["text_kinds"])))
    if kind:
        rows.append(("kind", kind))
    if rec.get("border"):
        rows.append(("border", [("", rec["border"])] + ([("region", rec["region"])] if rec.get("region") else [])))
    elif rec.get("region"):
        rows.append(("region", [("", rec["region"])]))
    if rec.get("opposite"):
        rows.append(("opposite", [("", rec["opposite"])]))
    rows += [(label, [("", value)]) for label, value in status_lines(cp)]
    if rec.get("former_names"):
        rows.append(("formerly", [("", "; ".join(rec["former_names"]))]))
    return rows


def other_names(rec: dict, ent: dict) -> list[str]:
    """The Kazakh and Latin names after the Russian one, each once: a gazetteer row may
    list a spelling twice («Kordai|Kordai|Qordai»), or differing only in case, and the
    header showed «Kordai · Kordai»."""
    seen = {(rec.get("name_ru") or ent["name"]).casefold()}
    out = []
    for name in [rec.get("name_kk"), *(rec.get("names_latin") or [])]:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def instead_items(rows: list[dict]) -> list:
    """«Offered instead»: the posts stories offered while this one was closed (their
    `alternative` facts), each opening its story at the sentence that offers it."""
    if not rows:
        return []
    items: list = [counted("Offered instead", len(rows), None)]
    for f in rows:
        prompt = join(
            line(f["date"] or "undated", style="dim"),
            line(f["checkpoint"], style="bold"),
            line(entity_reads.instead_words(f["text"])),
        )
        items.append((prompt, ArticleTarget(f["article_id"], f.get("sentence") or None)))
    return items


def at_sentence(row: dict) -> ArticleTarget:
    """A fact's or directive's article, opened at its sentence, marked (as tabs 4 and 5
    open it): from the page it opened at the top, the sentence somewhere below."""
    return ArticleTarget(row["article_id"], row.get("sentence") or None)


def fact_item(f: dict) -> tuple[Text, ArticleTarget]:
    """A fact with its article under it, opening the article at its sentence."""
    prompt = join(
        line(deadlines.fact_date(f) or "undated", style="dim"),  # «2025 past», as tab 3 says
        line(f["kind"], style="bold"),
        line(fact_words.fact_text(f["kind"], f["text"])),
    )
    prompt.append("\n  ")
    prompt.append(join(line(f["source"], style="italic dim"), line(f["title"], style="dim")))
    return prompt, at_sentence(f)


def across_items(posts: list[dict]) -> list:
    """«Across the border: Караозек (RU) (3)», its reported status, then its facts: the facts
    told of the neighbour's side are stored on the neighbour's post (facts80), and a user
    looks for them on our post's page (store.db.across_reads)."""
    items: list = []
    for post in posts:
        items.append(counted(f"Across the border: {post['label']}", len(post["facts"]), post.get("fact_total")))
        if post.get("reported_status"):
            said = Text("status ", style="dim")
            said.append(line(status_reads.reported_line(post["reported_status"])))
            items.append((said, None))
        items += [fact_item(f) for f in post["facts"]]
    return items


def told_by_note(cp: dict) -> list:
    """A neighbour's post whose facts came from articles naming the crossing by our post's
    name only: say so above its timeline, or its facts seem to come from nowhere."""
    told = cp.get("told_by") or {}
    n = sum(1 for a in told.get("articles") or [] if not a.get("names_post"))
    if not n:
        return []
    note = f"facts from {quantity(n, 'article')} naming the crossing by {told.get('by_name_of') or 'our post'}"
    return [(Text(note, style="dim"), None)]


def checkpoint_items(cp: dict) -> list:
    items: list = [counted("Timeline", len(cp["facts"]), cp.get("fact_total"))]
    unnamed = "id" in cp["entity"] and cp["entity"]["id"] is None  # a post no stored article names (kb_post)
    if unnamed and not cp.get("told_by"):  # one of ours, or a neighbour's without facts
        items.append((Text("no stored article names it", style="dim"), None))
    items += told_by_note(cp)
    items += [fact_item(f) for f in cp["facts"]]
    if not cp["facts"]:
        items.append((Text("no facts recorded", style="dim"), None))
    items += across_items(cp.get("across") or [])
    items += instead_items(cp.get("offered_instead") or [])
    if cp["directives"]:
        items.append(directives_heading(cp["directives"], cp.get("directive_total")))
        for d in cp["directives"]:  # one row a directive, as tab 4 lists them
            prompt = join(line(d["date"] or "undated", style="dim"), order(d, reported(d)))
            items.append((prompt, ArticleTarget(d["article_id"], d.get("sentence") or None, reports(d))))
    items.append(counted("Articles", len(cp["articles"]), stories(cp["entity"])))
    for a in cp["articles"]:
        prompt = join(line(a["date"] or "undated", style="dim"), line(a["source"], style="italic"), line(a["title"]))
        prompt.append(extracts_note(a), style="dim")
        items.append((prompt, ArticleTarget(a["id"])))
    return items + related_items(cp.get("related") or [])
