"""What screens and widgets ask of the app, as Textual messages.

A screen does not call app methods by name: it posts one of these
(`self.post_message(OpenTarget(...))`), the message bubbles from the widget to
its screen to the App, and the App handles it in the matching `on_…` method
(`on_open_target`, `on_show_entity_articles`, `on_show_article_hits`, `on_add_entity_filter`,
`on_export_list`, `on_ingest_finished`). So a screen can be mounted in a test app that records
what it asked for, and the app's whole vocabulary is this one file.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from .navigation import NavTarget


class OpenTarget(Message):
    """Open an article, entity or checkpoint on a new screen above this one
    (enter on a list row, a related item, a search or command-palette hit)."""

    def __init__(self, target: NavTarget | None) -> None:
        super().__init__()
        self.target = target


class ShowEntityArticles(Message):
    """Close the reader screens and filter the Articles pane to the articles that
    name this entity (`a` on an entity or checkpoint screen)."""

    def __init__(self, entity_id: int, name: str) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.name = name


class ShowArticleHits(Message):
    """Close the reader screens and filter the Articles pane to this set of articles:
    the article hits of a search (ctrl+l on the search screen), labelled by its query."""

    def __init__(self, article_ids: tuple[str, ...], query: str) -> None:
        super().__init__()
        self.article_ids = article_ids
        self.query = query


class AddEntityFilter(Message):
    """Close the reader screens and narrow the Articles pane to the articles that
    also name this entity (`+` on an entity or checkpoint screen): the filters add up."""

    def __init__(self, entity_id: int, name: str) -> None:
        super().__init__()
        self.entity_id = entity_id
        self.name = name


class ExportList(Message):
    """Write the list on screen to the file the user named (`e` on the lists).

    `kind` is the tab: "articles", "entities", "checkpoints", "directives" or
    "facts"; `source` is the list's row source, which holds the filter (and the
    board's sort) to export under; `out` the name typed into the export prompt, which
    the screen asks for itself: opened from a message the app answers, the prompt came
    after the keys typed right behind `e` had passed (qa57)."""

    def __init__(self, kind: str, source: Any, out: str) -> None:
        super().__init__()
        self.kind = kind
        self.source = source
        self.out = out


class IngestFinished(Message):
    """The ingest run by IngestScreen ended: open the store it built, or leave
    with `error` (one line) when it failed. Posted from the ingest worker thread
    (post_message is thread-safe)."""

    def __init__(self, summary: Any, error: str | None) -> None:
        super().__init__()
        self.summary = summary
        self.error = error
