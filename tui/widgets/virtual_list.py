"""A keyboard-driven list of any length that pages rows in from the store.

DataTable measures every cell before its first paint (seconds at 100,000 rows)
and OptionList builds every option; this is the Toolong approach instead: a
ScrollView whose virtual height is the row count, `render_line` drawing only the
visible rows, and pages of rows fetched in thread workers into an LRU cache.
What to fetch and how to draw a row is the job of a `RowSource`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

PAGE = 100
NO_COLOR_CURSOR = Style(reverse=True)


class RowSource(Protocol):
    """Where a VirtualList gets its rows. count/fetch run in a worker thread."""

    def count(self, store) -> int: ...

    def fetch(self, store, page: int, size: int, previous: list[Any] | None) -> list[Any]:
        """Rows [page*size, page*size+size); `previous` is page-1 when cached (for keyset paging)."""

    def render_row(self, row: Any, width: int, at: int | None = None) -> Text:
        """One row in `width` cells; `at` is the list's width with its scrollbar, which a
        table's columns are chosen by (tui.widgets.columns.visible)."""


class VirtualList(ScrollView, can_focus=True):
    """A cursor over rows of a RowSource; enter posts Selected."""

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "First", show=False, id="list.first"),
        Binding("G,end", "last", "Last", show=False, id="list.last"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("enter", "select", "Open", id="list.select"),
    ]
    COMPONENT_CLASSES = {"virtual-list--cursor", "virtual-list--loading"}
    DEFAULT_CSS = """
    VirtualList { height: 1fr; overflow-x: hidden; }
    VirtualList > .virtual-list--cursor { background: $block-cursor-blurred-background; }
    VirtualList:focus > .virtual-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    VirtualList > .virtual-list--loading { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(0)

    class Selected(Message):
        """The user pressed enter on a row."""

        def __init__(self, list_: VirtualList, row: Any) -> None:
            super().__init__()
            self.list = list_
            self.row = row

        @property
        def control(self) -> VirtualList:
            return self.list

    class Highlighted(Message):
        """The cursor moved, or the row under it arrived: `list.current` is worth a look."""

        def __init__(self, list_: VirtualList) -> None:
            super().__init__()
            self.list = list_

        @property
        def control(self) -> VirtualList:
            return self.list

    class Loaded(Message):
        """The row count (and first page) arrived: the list is drawn."""

        def __init__(self, list_: VirtualList, count: int) -> None:
            super().__init__()
            self.list = list_
            self.count = count

        @property
        def control(self) -> VirtualList:
            return self.list

    def __init__(
        self,
        source: RowSource | None = None,
        *,
        reader=None,
        empty: str = "Nothing here.",
        lazy: bool = False,
        **kwargs,
    ) -> None:
        """`lazy`: fetch nothing until `ensure_loaded` (a list in a tab not yet shown
        should not share the CPU with the first paint)."""
        super().__init__(**kwargs)
        self.lazy = lazy
        self.started = False
        self.source = source
        self.reader = reader  # a tui.reader.StoreReader (set before mount or via set_source)
        self.empty_text = empty
        self.row_count = 0
        self.loaded = False
        self._pages: LRUCache[int, list] = LRUCache(64)
        self._pending: set[int] = set()
        self._generation = 0
        self._waiting: list[tuple[Callable[..., None], tuple]] = []  # keys typed before the rows came (_later)
        self.opening = False  # Selected posted, its page not on top yet (select_put_aside)

    # ------------------------------------------------------------ data
    def set_source(self, source: RowSource, reader=None) -> None:
        """Show another source (a new filter): drop the cache, fetch again."""
        self.source = source
        self.reader = reader or self.reader
        self.reload()

    def reload(self) -> None:
        self.started = True
        self._generation += 1
        self._pages = LRUCache(64)
        self._pending = set()
        self.loaded = False
        if self.source is not None and self.reader is not None:
            self._load_first(self._generation, self.source)

    def on_mount(self) -> None:
        if not self.lazy:
            self.reload()

    def ensure_loaded(self) -> None:
        """Start the first fetch of a lazy list (nothing if it has started)."""
        if not self.started:
            self.reload()

    @work(thread=True, exclusive=True, group="virtual-list-count", exit_on_error=False)
    def _load_first(self, generation: int, source: RowSource) -> None:
        count = self._call(source.count)
        first = self._call(source.fetch, 0, PAGE, None) if count else []
        self.app.call_from_thread(self._first_loaded, generation, count, first)

    def _call(self, fn, *args):
        return self.reader.run(fn, *args)

    def _first_loaded(self, generation: int, count: int, first: list) -> None:
        if generation != self._generation:
            return
        self.row_count = count
        self._pages[0] = first
        self.loaded = True
        self.virtual_size = Size(self.size.width, count)
        self.cursor = min(self.cursor, max(0, count - 1))
        self.scroll_to(y=0, animate=False)
        self.refresh()
        self.post_message(self.Loaded(self, count))
        self.post_message(self.Highlighted(self))
        waiting, self._waiting = self._waiting, []
        for action, args in waiting:
            action(*args)

    @work(thread=True, group="virtual-list-page", exit_on_error=False)
    def _load_page(self, generation: int, source: RowSource, page: int, previous: list | None) -> None:
        rows = self._call(source.fetch, page, PAGE, previous)
        self.app.call_from_thread(self._page_loaded, generation, page, rows)

    def _page_loaded(self, generation: int, page: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self.refresh()
        if self.cursor // PAGE == page:
            self.post_message(self.Highlighted(self))

    def row(self, index: int) -> Any | None:
        """The row at `index` if its page is cached (asking for it otherwise)."""
        if not 0 <= index < self.row_count:
            return None
        page = index // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._pending and self.source is not None:
                self._pending.add(page)
                self._load_page(self._generation, self.source, page, self._pages.get(page - 1))
            return None
        offset = index - page * PAGE
        return rows[offset] if offset < len(rows) else None

    @property
    def current(self) -> Any | None:
        return self.row(self.cursor)

    # ------------------------------------------------------------ drawing
    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, self.row_count)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # without the scrollbar
        index = round(self.scroll_offset.y) + y
        if not self.loaded:
            return self._strip(Text("Loading…" if y == 0 else ""), width, "virtual-list--loading")
        if self.row_count == 0:
            return self._strip(Text(self.empty_text if y == 0 else ""), width, "virtual-list--loading")
        if index >= self.row_count:
            return Strip.blank(width, self.rich_style)
        row = self.row(index)
        if row is None:
            return self._strip(Text("…"), width, "virtual-list--loading")
        text = self.source.render_row(row, width, self.size.width)
        return self._strip(text, width, "virtual-list--cursor" if index == self.cursor else None)

    def _strip(self, text: Text, width: int, component: str | None) -> Strip:
        """One row: the widget's style, under the row's own styles, under the component's
        (the cursor's background goes on top of every cell, or a cell that sets its own
        background, or only the widget's, would hide the cursor row)."""
        base = self.rich_style
        over = self.get_component_rich_style(component) if component else None
        if component == "virtual-list--cursor" and self.app.no_color:
            over += NO_COLOR_CURSOR  # NO_COLOR drops the background: reverse video instead
        segments = [
            Segment(s.text, self._cell_style(base, s.style, over), s.control)
            for s in text.render(self.app.console)
            if s.text != "\n"
        ]
        fill = base + over if over else base
        return Strip(segments).crop_extend(0, width, fill)

    @staticmethod
    def _cell_style(base, own, over):
        style = base + own if own else base
        return style + over if over else style

    # ------------------------------------------------------------ cursor
    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self.scroll_to_cursor()
        self.post_message(self.Highlighted(self))

    def scroll_to_cursor(self) -> None:
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height or self.size.height
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif height and self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def _later(self, action: Callable[..., None], *args) -> bool:
        """A moving or opening key typed before the rows came (`3` ↓ ↓ enter in one burst,
        over SSH or a paste: the tab's list was not counted yet) waits for them, in order,
        instead of doing nothing: enter then opened nothing, or, before, the old tab's row."""
        if self.loaded:
            return False
        self._waiting.append((action, args))
        return True

    def select_put_aside(self) -> bool:
        """Whether an enter has yet to open its page: typed before the rows came and still
        waiting for them, or its Selected posted and not yet turned into a page (`opening`,
        cleared by the screen that handles it). The main screen holds the keys typed behind
        it for that page (HeldKeys), however long the opening takes."""
        return self.opening or any(action == self.action_select for action, _ in self._waiting)

    def action_cursor(self, delta: int) -> None:
        if self._later(self.action_cursor, delta):
            return
        if self.row_count:
            self.cursor = max(0, min(self.row_count - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        if self._later(self.action_page, direction):
            return
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_first(self) -> None:
        if self._later(self.action_first):
            return
        self.cursor = 0

    def action_last(self) -> None:
        if self._later(self.action_last):
            return
        if self.row_count:
            self.cursor = self.row_count - 1

    def action_select(self) -> None:
        if self._later(self.action_select):
            return
        row = self.current
        if row is not None:
            self.opening = True
            self.post_message(self.Selected(self, row))

    def on_click(self, event) -> None:
        index = round(self.scroll_offset.y) + event.y
        if 0 <= index < self.row_count:
            self.cursor = index
