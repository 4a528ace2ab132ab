"""Progress while files are ingested (first run, or PATHs on the command line).

The ingest runs in a thread worker; its progress and reject callbacks hop to the
event loop with call_from_thread. Each rejected file is listed with its reason as
it happens; when the ingest ends the screen posts IngestFinished and the app opens
the store, at once if every file went in, else after enter, so the reasons can be
read first."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Log, ProgressBar, Static

from store.sanitize import clean_line

from ..messages import IngestFinished
from ..text import line, stored_counts

DEFAULT_WRAP = 62  # the 70-cell dialog's content (tui/app.tcss .dialog) less its scrollbar
MIN_WRAP = 20
SCROLLBAR = 2


def wrapped(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` characters, broken between words where it can,
    each line after the first indented under the mark."""
    return textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False) or [text]


def finished(note: str) -> str:
    """The dialog's heading once the ingest has ended and waits for enter: «Ingesting 1
    path(s)…» stayed over «done: …» and a bar at «100% --:--:--», as if it still ran (ux85)."""
    if note.startswith("Ingesting "):
        return "Ingested " + note.removeprefix("Ingesting ").rstrip("…")
    return note.rstrip("…") + " (done)" if note else "Done"


class IngestScreen(Screen):
    """Ingest `paths` into `db_path`, then post IngestFinished(summary or error)."""

    BINDINGS = [Binding("enter", "open_store", "Open the store", show=False, id="ingest.open")]

    def __init__(self, paths: list[str], db_path: Path, note: str) -> None:
        super().__init__()
        self.paths = paths
        self.db_path = db_path
        self.note = note
        self.summary = None  # set when the ingest ended with rejected files: enter goes on

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(line(self.note, style="bold"), id="ingest-note")
            yield Static(line(f"store: {self.db_path}", style="dim"))
            yield ProgressBar(total=None, id="ingest-progress")
            yield Static(Text("starting (loading language models)…"), id="ingest-current")
            yield Log(id="ingest-rejected", max_lines=1000)
            yield Static(Text("enter opens the store", style="dim"), id="ingest-hint")

    def on_mount(self) -> None:
        self.run_ingest()

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def run_ingest(self) -> None:
        from store.ingest import ingest
        from store.ingest.reject_lines import RejectLines

        rejected = RejectLines(self._reject_from_thread)  # a manifest's records: a few, then a count
        try:
            summary = ingest(
                self.paths,
                self.db_path,
                progress=self._progress_from_thread,
                on_reject=rejected,
                on_warn=self._warn_from_thread,
            )
        except Exception as e:  # noqa: BLE001 - shown to the user as one line
            self.post_message(IngestFinished(None, f"ingest failed: {e}"))
            return
        rejected.finish()
        if summary.rejected or summary.warnings or not summary.files:  # reasons to read, or why the store is empty
            self.app.call_from_thread(self._wait_for_enter, summary)
        else:
            self.post_message(IngestFinished(summary, None))

    def _reject_from_thread(self, file: str, reason: str) -> None:
        self.app.call_from_thread(self.rejected, file, reason)

    def rejected(self, file: str, reason: str, mark: str = "✗") -> None:
        """One more rejected file, with why (both untrusted: cleaned to one line), wrapped
        under its mark: the log cut a long reason at the dialog's edge with no «…» (qa74),
        and the reason's end («… save it as text (.txt)») is what the user acts on."""
        log = self.query_one("#ingest-rejected", Log)
        log.display = True
        for part in wrapped(clean_line(f"{mark} {file}: {reason}"), self._log_width()):
            log.write_line(part)

    def _log_width(self) -> int:
        """The cells a log line has: the dialog's content less the log's scrollbar."""
        width = self.query_one(".dialog", Vertical).content_region.width
        return max(MIN_WRAP, width - SCROLLBAR) if width else DEFAULT_WRAP

    def _warn_from_thread(self, file: str, warning: str) -> None:
        """An article stored with a warning («read from the first 200,000 characters only», «named
        .gz but not compressed»): the CLI prints it, and here it was dropped (qa73)."""
        self.app.call_from_thread(self.rejected, file, warning, "!")

    def _wait_for_enter(self, summary) -> None:
        """The summary line; a rejected entry is a file or one record of a dump
        («dump.jsonl:2»), so its count names neither (qa69: a binary file and a broken
        JSON line read «1 articles stored, 2 files rejected»). With no file found under the
        paths it says so, as the CLI does (qa70: an empty folder opened an empty store with
        no word of why)."""
        self.summary = summary
        warned = f", {len(summary.warnings):,} with a warning (!)" if summary.warnings else ""
        done = f"done: {stored_counts(summary, warned)}, {len(summary.rejected)} rejected:"
        if not summary.files:
            from store.ingest.writer import nothing_found  # loaded with the ingest it reports on

            done = nothing_found(self.paths)
            self.query_one(ProgressBar).display = False  # nothing is left to run
        self.query_one("#ingest-current", Static).update(Text(done, style="bold"))
        self.query_one("#ingest-hint", Static).display = True
        # the run is over: the heading says so, and the bar's time left («--:--:--») goes
        self.query_one("#ingest-note", Static).update(line(finished(self.note), style="bold"))
        self.query_one(ProgressBar).query_one("#eta").display = False

    def action_open_store(self) -> None:
        if self.summary is not None:
            self.post_message(IngestFinished(self.summary, None))

    def _progress_from_thread(self, done: int, total: int, current: str) -> None:
        self.app.call_from_thread(self.progress, done, total, current)

    def progress(self, done: int, total: int, current: str) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#ingest-current", Static).update(line(f"{done}/{total}  {current}"))
