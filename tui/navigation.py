"""Where enter can take you: one small frozen dataclass per kind of screen.

A list item, a search hit or a command-palette hit carries one of these as its
payload, and the app turns it into a screen (BorderdocsApp.on_open_target).
They used to be tuples such as ("entity", 7, "checkpoint"); a named class says
what it points at, cannot be built with a field missing, and compares by value.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ArticleTarget:
    """One article, by its id (opens ArticleScreen); `sentence`, a sentence of its body to
    open at and mark (a directive's or fact's, from tabs 4 and 5: the reader opened at the
    top and the order was somewhere below); `reports`, the other articles reporting the
    same directive as ReportTarget rows, listed on the page so each is enter away."""

    id: str
    sentence: str | None = None
    reports: tuple[ReportTarget, ...] = ()


@dataclass(frozen=True)
class ReportTarget:
    """Another article's report of a directive: where it is, and what the list shows."""

    id: str
    sentence: str | None
    date: str | None
    source: str | None
    title: str | None


@dataclass(frozen=True)
class EntityTarget:
    """A person, organization or place, by entity id (opens EntityScreen)."""

    id: int
    type: str | None = None


@dataclass(frozen=True)
class CheckpointTarget:
    """A border checkpoint, by its entity id (opens CheckpointScreen), or by its gazetteer id
    for a neighbour's post no stored article names (its page shows the facts of its side)."""

    id: int | str
    type: str = "checkpoint"


NavTarget = ArticleTarget | EntityTarget | CheckpointTarget


def entity_target(entity_id: int, entity_type: str | None) -> EntityTarget | CheckpointTarget:
    """The target for an entity row: checkpoints have their own screen, every
    other type shares the entity screen."""
    if entity_type == "checkpoint":
        return CheckpointTarget(int(entity_id))
    return EntityTarget(int(entity_id), entity_type)


def reports(row: dict) -> tuple[ReportTarget, ...]:
    """A directive row's other reports (store.db.directive_reads.with_reports: `also`)
    as targets; none for a fact or a directive one article reports."""
    return tuple(
        ReportTarget(d["article_id"], d.get("sentence") or None, d.get("date"), d.get("source"), d.get("title"))
        for d in row.get("also") or ()
    )
