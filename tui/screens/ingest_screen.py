"""Progress while files are ingested (first run, or PATHs on the command line).

The ingest runs in a thread worker; its progress callback hops to the event
loop with call_from_thread. When it ends it posts IngestFinished and the app opens the store."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from ..messages import IngestFinished
from ..text import line


class IngestScreen(Screen):
    """Ingest `paths` into `db_path`, then post IngestFinished(summary or error)."""

    def __init__(self, paths: list[str], db_path: Path, note: str) -> None:
        super().__init__()
        self.paths = paths
        self.db_path = db_path
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(line(self.note, style="bold"))
            yield Static(line(f"store: {self.db_path}", style="dim"))
            yield ProgressBar(total=None, id="ingest-progress")
            yield Static(Text("starting (loading language models)…"), id="ingest-current")

    def on_mount(self) -> None:
        self.run_ingest()

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def run_ingest(self) -> None:
        from store.ingest import ingest

        try:
            summary = ingest(self.paths, self.db_path, progress=self._progress_from_thread)
        except Exception as e:  # noqa: BLE001 - shown to the user as one line
            self.post_message(IngestFinished(None, f"ingest failed: {e}"))
            return
        self.post_message(IngestFinished(summary, None))

    def _progress_from_thread(self, done: int, total: int, current: str) -> None:
        self.app.call_from_thread(self.progress, done, total, current)

    def progress(self, done: int, total: int, current: str) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#ingest-current", Static).update(line(f"{done}/{total}  {current}"))
