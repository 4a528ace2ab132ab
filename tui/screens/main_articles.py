"""The Articles tab of the main screen: the combined filter (entity AND entity AND
words, shown as chips), the filter dialog, and the preview of the highlighted article.

A part of MainScreen (tui/screens/main_screen.py), which mixes it in. It derives from
Screen only so that Textual collects its @on handlers (it gathers them per class whose
metaclass is Textual's); it is never shown on its own.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.screen import Screen
from textual.widgets import Static

from store.db import queries
from store.db.queries import ArticleFilter
from store.db.rows import ArticleQuery

from ..widgets.article_list import ArticleList, ArticleSource
from ..widgets.filter_chips import FilterChips
from ..widgets.preview import Preview
from ..widgets.virtual_list import VirtualList


class ArticlesTab(Screen):
    """The Articles tab's filters and preview (mixed into MainScreen)."""

    article_source: ArticleSource

    @property
    def article_filter(self) -> ArticleQuery:
        return ArticleQuery.of(self.article_source.filter)

    def set_filter(self, filt: ArticleFilter) -> None:
        """Show the articles under `filt` (an ArticleFilter or the combined ArticleQuery)."""
        self.article_source = ArticleSource(ArticleQuery.of(filt))
        self.query_one(ArticleList).set_source(self.article_source)
        self.query_one(FilterChips).show(self.article_filter.chips())
        self.focus_stop(0)

    def add_entity(self, entity_id: int, name: str) -> None:
        """AND the articles naming this entity (`+` on an entity or checkpoint page)."""
        self.set_filter(self.article_filter.with_entity(entity_id, name))

    def action_words(self) -> None:
        """`w`: AND articles holding these words (any form: «очереди» finds «очередь»)."""
        from .prompt_screen import PromptScreen

        def typed(value: str | None) -> None:
            if value:
                self.set_filter(self.article_filter.with_words(value))

        self.app.push_screen(PromptScreen("Articles that contain every word of:"), typed)

    def action_drop_filter(self) -> None:
        """`-`: drop the last filter chip."""
        chips = self.article_filter.chips()
        if chips:
            self.set_filter(self.article_filter.without(chips[-1][0]))

    @on(FilterChips.Removed)
    def _chip_removed(self, event: FilterChips.Removed) -> None:
        self.set_filter(self.article_filter.without(event.key))

    @on(VirtualList.Loaded, "#article-list")
    def _articles_loaded(self, event: VirtualList.Loaded) -> None:
        chips = self.article_filter.chips()
        status = self.query_one("#articles-status", Static)
        text = Text(articles_count(event.count, self.article_source.copies), style="bold")
        if chips:
            text.append(f" · {len(chips)} filter{'s' if len(chips) > 1 else ''}, all hold")
        hint = "  (- drop last, x clear)" if chips else "  (f filter, w words)"
        room = status.content_region.width
        if not room or text.cell_len + len(hint) <= room:  # else the reminder is left out, not cut
            text.append(hint, style="dim")  # (the footer lists the keys too)
        status.update(text)

    def action_filter(self) -> None:
        """`f`: the dialog at once (the keys typed right behind `f` go into it:
        tui.screens.search_keys), its outlets (a hint, and what an outlet is matched
        against) fetched in a worker and handed to it when they come."""
        from .filter_screen import FilterScreen

        def chosen(result: ArticleFilter | None) -> None:
            if result is not None:
                self.set_filter(result)

        dialog = FilterScreen(self.article_source.filter)
        self.app.push_screen(dialog, chosen)
        self._fetch_outlets(dialog)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _fetch_outlets(self, dialog) -> None:
        outlets = [o for o, _ in self.app.reader.run(queries.sources)]
        self.app.call_from_thread(dialog.set_outlets, outlets)

    @on(VirtualList.Highlighted, "#article-list")
    def _preview_article(self) -> None:
        if self.has_class("-wide"):
            row = self.query_one(ArticleList).current
            self.query_one("#article-preview", Preview).show_article(row["id"] if row else None)


def articles_count(count: int, copies: int) -> str:
    """«15 articles (+1 near-duplicate copy), newest first»: the copies the list folds are
    said, as `stats` says them; the tab said «17 articles» right after the ingest dialog's
    «24 stored» with no word of the 7 (qa74)."""
    noun = "article" if count == 1 else "articles"
    folded = f" (+{copies:,} near-duplicate cop{'y' if copies == 1 else 'ies'})" if copies else ""
    return f"{count:,} {noun}{folded}, newest first"
