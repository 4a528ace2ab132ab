"""The preview pane beside the Articles list and the Checkpoints board when the
terminal is wide (≥ 140 columns), as lazygit and Toolong show the highlighted item.

The article is read in an exclusive worker (one article: milliseconds; a newer
cursor position wins, an older answer arriving late is dropped); a board row
already holds what its preview shows. Every string is untrusted text and goes through tui.text."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.containers import VerticalScroll
from textual.widgets import Static

from store.db import queries

from ..text import TYPE_STYLE, also_in, join, line, para

BODY_CHARS = 3000
BOARD_LINES = (
    ("border", "border"),
    ("kind", "kind"),
    ("region", "region"),
    ("status", "status"),
    ("capacity", "capacity"),
    ("deadline", "deadline"),
    ("queue", "queue"),
)


class Preview(VerticalScroll, can_focus=False):
    """A read-only pane: `show_article(id)` or `show_checkpoint(board row)`."""

    DEFAULT_CSS = "Preview { width: 40; border-left: solid $primary-darken-2; padding: 0 1; }"

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._wanted: str | None = None

    def compose(self):
        yield Static(Text("Nothing highlighted.", style="dim"), classes="preview-text")

    def _set(self, text: Text) -> None:
        self.query_one(".preview-text", Static).update(text)
        self.scroll_home(animate=False)

    def show_article(self, article_id: str | None) -> None:
        """Preview this article (read in a worker)."""
        if article_id is None or article_id == self._wanted:
            return
        self._wanted = article_id
        self._load(article_id)

    @work(thread=True, exclusive=True, group="preview", exit_on_error=False)
    def _load(self, article_id: str) -> None:
        art = self.app.reader.run(queries.article, article_id)
        self.app.call_from_thread(self._article_loaded, article_id, art)

    def _article_loaded(self, article_id: str, art: dict | None) -> None:
        if article_id == self._wanted:
            self._set(article_preview(art) if art else Text("Not found in the store.", style="dim"))

    def show_checkpoint(self, row: dict | None) -> None:
        """Preview a board row (no store call: the row holds it all)."""
        self._wanted = None
        if row is not None:
            self._set(checkpoint_preview(row))


def article_preview(art: dict) -> Text:
    """Title, date · outlet · url, the entities it names, then the start of its body."""
    text = line(art["title"] or "(untitled)", style="bold")
    text.append("\n")
    text.append(
        join(line(art["date"] or "undated", style="dim"), line(art["source"], style="italic"), line(art["url"]))
    )
    copies = also_in(art)
    if copies:
        text.append("\n")
        text.append(copies)
    names = [line(e["name"], style=TYPE_STYLE.get(e["type"], "")) for e in art["entities"][:10]]
    if names:
        text.append("\n")
        text.append(join(*names, sep=", "))
    body = art["body"] or ""
    text.append("\n\n")
    text.append(para(body[:BODY_CHARS] + ("…" if len(body) > BODY_CHARS else "")))
    return text


def _status_card_line(row: dict) -> Text:
    """The card's status: the stored label with the article's words and day, «closed
    2026-03-12 past», a queue reported after it; when that day's reports contradict, both
    labels instead of the one stored last (ui68 printed the stored label and the conflict
    under it, so the card still stated one of the two as the status), as the board's row
    does."""
    from store.db import board  # a board row's card: loaded by the board by then, not at the first paint

    conflict = row.get("status_conflict") and board.CONFLICT_SEP.join(board.conflict_labels(row))  # `u`'s label first
    text = line(conflict or row["status"])
    if not conflict and row.get("status_words") not in (None, row["status"]):
        text.append(" «")
        text.append(line(row["status_words"]))
        text.append("»")
    day = row.get("status_date")
    if day:
        past = " past" if row.get("status_past") else ""  # a closure gone by
        text.append(f"  ({day}{past})", style="dim")
    elif row.get("status_words"):
        text.append("  (undated)", style="dim")  # an article's report, but of no known day
    if conflict:  # that day's reports contradict
        text.append(f"\n{'':<9}conflicting reports that day", style="dim")
    if row.get("queue_after_status"):  # newer news than the status (status_reads)
        text.append(f"\n{'':<9}queue later, {row['queue_after_status']}", style="dim")
    return text


def checkpoint_preview(row: dict) -> Text:
    """A board row laid out as a card: every column, dated where the fact is; a status or
    queue an article reports with no date says «undated» (the gazetteer's status has none)."""
    from store.db import capacity_sorts  # as board above

    text = line(row.get("label") or row["name"], style="bold")
    dates = {"status": row.get("status_date"), "deadline": row.get("deadline_date"), "queue": row.get("queue_date")}
    for key, label in BOARD_LINES:
        if not row.get(key):
            continue
        text.append(f"\n{label:<9}", style="dim")
        if key == "status":
            text.append(_status_card_line(row))
            continue
        text.append(line(capacity_sorts.shown(row[key], row.get("capacity_sort")) if key == "capacity" else row[key]))
        if dates.get(key):
            text.append(f"  ({dates[key]})", style="dim")
        elif key == "queue":
            text.append("  (undated)", style="dim")  # an article's report, but of no known day
    text.append(f"\n{'articles':<9}", style="dim")
    text.append(f"{row.get('articles', 0):,}")
    if row.get("entity_id") is None:
        text.append("\nnot named in any stored article", style="dim")
    else:
        text.append("\nenter opens its page", style="dim")
    return text
