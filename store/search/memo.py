"""Small least-recently-used memos for search, all cleared together.

A user typing in the TUI asks for the same things again and again: backspace brings
back a text searched a moment ago, and every keystroke of «name topic» reads the same
entity's articles. Each memo here is keyed by the store's state (store_state: a write
changes it), so a kept answer is never one of a store that has
changed since. Benchmarks that time the work itself (not the memo) clear every memo
at once with clear_all (store.search.entities.clear_memo calls it).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from store.db import search_reads as reads

_ALL: list[Memo] = []


class Memo:
    """The last `size` answers by key; thread-safe (the TUI searches from its own thread)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        _ALL.append(self)

    def get(self, key: Hashable):
        """The answer kept for `key` (now the most recently asked), or None."""
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
            return kept

    def put(self, key: Hashable, value) -> None:
        """Keep `value`, dropping the least recently asked beyond `size`."""
        with self._lock:
            self._kept[key] = value
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)

    def take(self, key: Hashable):
        """The answer kept for `key`, no longer kept (one caller has it), or None."""
        with self._lock:
            return self._kept.pop(key, None)

    def recall(self, key: Hashable, compute: Callable):
        """The kept answer for `key`, or `compute()`'s, kept."""
        kept = self.get(key)
        if kept is None:
            kept = compute()
            self.put(key, kept)
        return kept

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


def store_state(conn) -> tuple:
    """What a kept answer depends on: the store's connection (the object itself, not its
    id: a key holds it, so no later connection to another store can take its id) and its
    change marks (a write by this connection or any other changes them)."""
    return (conn, *reads.change_marks(conn))


def clear_all() -> None:
    """Forget every kept answer of every memo."""
    for memo in _ALL:
        memo.clear()


class Identity:
    """An object as a memo's key by its identity, not its value: a table of rows keys the
    memo of what is derived from it without hashing every row at each call, and the key
    keeps the table alive, so no other table takes its id while the memo holds it (a
    test's own rows are another key)."""

    __slots__ = ("obj",)

    def __init__(self, obj: object) -> None:
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Identity) and other.obj is self.obj
