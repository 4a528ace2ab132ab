"""The entity list in the order of the count its rows show: each story once.

A user reading «КНБ 15 art» under «Бектенов 14 art» takes the list for unsorted: the
number beside a name is what the list is read by. The number meant is the stories (the
rows the entity's page lists: a near-duplicate copy or a second extract of one page is
not one more; entity_reads.story_count), as the page, the board and the search hits
count them. The store keeps only the articles count (`entities.article_count`), which
is never below the stories, so the stories order is read by walking the stored order
and holding back each row until no row still unread can come before it: an unread row
has at most as many stories as the last read row has articles. Near the top of a list
that is the page read plus the rows whose copies or extracts moved them (STEP); a walk
is kept while the store is unchanged, so paging down goes on from where it stopped
instead of reading the list again. A page far down (`G`) reads every row above it once:
at 2,646 entities the list's end took 0.3 s of CPU, its top 0.5–0.7 s (the board's and
search's story counts, which this reads, are kept for the next).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from store.db.connection import Store
from store.db.queries import row_dicts
from store.db.search_reads import change_marks

# Stored-order rows read past those a page asks for while some are held: a row's copies
# and extracts move it a few places (100,000-article bench store, 2,646 entities: 100
# rows read for a page of 100 on a store of no extracts, 120 for one whose top entities
# lose 3% of their articles to extracts; 20 more rows each cost a story_count).
STEP = 20
# Walks kept (one per filter text and type while the store is unchanged).
WALKS_KEPT = 16


def _order(r: dict) -> tuple:
    return (r["later"], -r["stories"], -r["mention_count"], r["id"])


class StoryWalk:
    """One filtered entity list read in stored order and given out in stories order.

    `sql` selects the entities with a `later` column (0 for a row the filter puts
    first) ordered by later, article_count DESC, mention_count DESC, id, with a
    LIMIT ? OFFSET ? left to bind; `stories(row)` counts a row's stories."""

    def __init__(self, store: Store, sql: str, params: list, stories: Callable[[dict], int]) -> None:
        self.store, self.sql, self.params, self.stories = store, sql, params, stories
        self.read = 0
        self.done = False
        self.held: list[dict] = []
        self.given: list[dict] = []
        self.lock = threading.Lock()

    def rows(self, offset: int, limit: int) -> list[dict]:
        """Rows [offset, offset+limit) in stories order (copies: callers may change them)."""
        with self.lock:
            while len(self.given) < offset + limit and not self.done:
                self._read_chunk(max(STEP, offset + limit - len(self.given) - len(self.held)))
            return [dict(r) for r in self.given[offset : offset + limit]]

    def _read_chunk(self, size: int) -> None:
        chunk = row_dicts(self.store, self.sql, [*self.params, size, self.read])
        self.read += len(chunk)
        self.done = len(chunk) < size
        for r in chunk:
            r["stories"] = self.stories(r)
        self.held = sorted(self.held + chunk, key=_order)
        ready = len(self.held) if self.done else _count_ready(self.held, chunk[-1])
        self.given += self.held[:ready]
        self.held = self.held[ready:]


def _count_ready(held: list[dict], last: dict) -> int:
    """How many of the held rows (in stories order) can be given out after `last`."""
    ready = 0
    while ready < len(held) and _before_unread(held[ready], last):
        ready += 1
    return ready


def _before_unread(row: dict, last: dict) -> bool:
    """True when no row after `last` in stored order can come before `row`: those are
    filtered later, or have at most last's articles and so at most that many stories;
    one with as many stories as last has articles has last's articles, so no more
    mentions than last (nor a lower id with as many): `row` goes first if it is not
    behind last on those (a store with no copies gives each row as it is read)."""
    if row["later"] != last["later"]:
        return row["later"] < last["later"]
    if row["stories"] != last["article_count"]:
        return row["stories"] > last["article_count"]
    return (-row["mention_count"], row["id"]) <= (-last["mention_count"], last["id"])


_WALKS: dict[tuple, StoryWalk] = {}
_WALKS_LOCK = threading.Lock()


def walk_for(store: Store, key: tuple[Any, ...], make: Callable[[], StoryWalk]) -> StoryWalk:
    """The walk of `key` (the filter) kept while the store is unchanged, or a new one."""
    full = (store.conn, *change_marks(store.conn), *key)
    with _WALKS_LOCK:
        walk = _WALKS.get(full)
        if walk is None:
            if len(_WALKS) >= WALKS_KEPT:
                _WALKS.clear()
            walk = _WALKS[full] = make()
    return walk
