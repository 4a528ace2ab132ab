"""The `rejected:` lines of an ingest, a dump's records held back after the first few.

A JSON-lines file none of whose records is an article (a scraper's manifest, a log of
fetches) is rejected record by record: one line each, so a manifest of 300 records printed
300 «rejected: gen.manifest.jsonl:N: record has no text» lines and the files' own
rejections scrolled away among them (qa108). The first few records of a file that fail
for one reason are still named, each on its line; the rest are counted and said in one
line at the end. Files (no record number) are never held back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

SHOWN_PER_FILE = 3  # records of one file, for one reason, named before the rest are counted
_RECORD = re.compile(r"^(?P<file>.+):(?P<n>\d+)$")


class RejectLines:
    """Prints each rejection through `emit` until a file's records have had their
    SHOWN_PER_FILE lines for one reason; `finish` says how many more there were."""

    def __init__(self, emit: Callable[[str, str], None]):
        self.emit = emit
        self.seen: dict[tuple[str, str], int] = {}
        self.reasons: dict[tuple[str, str], str] = {}

    def __call__(self, file: str, reason: str) -> None:
        record = _RECORD.match(file)
        if record is None:
            self.emit(file, reason)
            return
        key = (record["file"], _reason_kind(reason))
        self.seen[key] = self.seen.get(key, 0) + 1
        said = self.reasons.setdefault(key, reason)
        if said != reason:  # the details differ: say only what they have in common
            self.reasons[key] = key[1]
        if self.seen[key] <= SHOWN_PER_FILE:
            self.emit(file, reason)

    def finish(self) -> None:
        """One line a file and reason whose records were held back: how many, and why."""
        for (file, _kind), seen in self.seen.items():
            more = seen - SHOWN_PER_FILE
            if more > 0:
                records = "record" if more == 1 else "records"
                self.emit(file, f"{more:,} more {records} like these: {self.reasons[(file, _kind)]}")


def _reason_kind(reason: str) -> str:
    """The reason without its details: «invalid JSON: Unterminated string … (column 29)»
    differs from record to record by its column, but is one kind of failure."""
    return reason.split(":", 1)[0]
