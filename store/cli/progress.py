"""The ingest's progress on stderr: on a terminal one line redrawn in place, with rate and
ETA; into a file or a pipe (a cron job's log, `2>ingest.log`) a plain line every 30 s, so a
long run there shows it is moving and how far it has to go (qa62: an 85 s ingest of 2,500
files said nothing until its summary)."""

from __future__ import annotations

import sys
import time

LOG_EVERY = 30.0  # seconds between progress lines written to a file or pipe


def progress_for(quiet: bool, unit: str = "files") -> ProgressBar:
    """The progress a command shows: none with --quiet, a bar on a terminal, else log lines."""
    if quiet:
        return ProgressBar(enabled=False, unit=unit)
    if sys.stderr.isatty():
        return ProgressBar(enabled=True, unit=unit)
    return ProgressLines(unit=unit)


class ProgressBar:
    """A one-line progress bar with rate and ETA on stderr (only on a terminal)."""

    def __init__(self, enabled: bool, unit: str = "files"):
        self.enabled = enabled
        self.unit = unit  # «files» read by ingest, «articles» extracted again by reextract
        self.started = time.monotonic()
        self.last = 0.0
        self.drawn = False

    def update(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        width = 24
        filled = int(width * done / total) if total else width
        line = (
            f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {self.unit} "
            f"{self._pace(done, total, now)}{current[-30:]}"
        )
        width = self._width()
        sys.stderr.write("\r" + line[:width].ljust(width))
        sys.stderr.flush()
        self.drawn = True

    def _pace(self, done: int, total: int, now: float) -> str:
        """« 12.5/s ETA 0:40 », or nothing while none is done: with no rate yet the
        first line said «0.0/s ETA 0:00» (reextract's, before its first article), an
        end that was not near."""
        if done <= 0:
            return ""
        rate = done / max(now - self.started, 1e-6)
        eta = (total - done) / rate
        return f"{rate:5.1f}/s ETA {int(eta) // 60}:{int(eta) % 60:02d} "

    @staticmethod
    def _width() -> int:
        """Three columns short of the terminal: a line that fills it would wrap, and \r
        would then redraw only the wrapped part; and Ctrl+C's «^C», which the terminal
        echoes after the bar, wrapped a bar one column short, so the bar was left on the
        screen above the «interrupted» line (clear() blanked the line the echo opened)."""
        import shutil

        return max(20, shutil.get_terminal_size((80, 24)).columns - 3)

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r" + " " * (self._width() + 2) + "\r")  # the bar, and a «^C» after it
            sys.stderr.flush()
            self.drawn = False


class ProgressLines(ProgressBar):
    """Progress for a log: «progress: 1,200/2,539 files, 40.1/s, ETA 0:31» every LOG_EVERY
    seconds, none for a run that ends sooner; nothing redrawn, nothing to clear."""

    def __init__(self, unit: str = "files"):
        super().__init__(enabled=True, unit=unit)
        self.last = self.started

    def update(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if now - self.last < LOG_EVERY or done >= total:
            return
        self.last = now
        pace = " ".join(self._pace(done, total, now).split()).replace(" ETA", ", ETA")
        sys.stderr.write(f"progress: {done:,}/{total:,} {self.unit}" + (f", {pace}" if pace else "") + "\n")
        sys.stderr.flush()

    def clear(self) -> None:
        pass
