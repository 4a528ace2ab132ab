"""The line of session notices: what holds for the whole session (the store is damaged,
read-only, or extracted by older rules), on the main screen under its lists and on every
page pushed over it (an article, an entity, a checkpoint, help), until `!` hides it.

A toast said these for 6-30 s over the bottom right of whatever was shown: at 80×24 the
«Older rules» one covered six rows of the search results (their dates and sources) for
12 s, and who was reading elsewhere then never saw it (tui74). Here it takes its own row:
the lists above are one row shorter, none hidden. A page opened from search shows the
same line (tui75): a reader who never went back to the lists still learns it, and `!`
there hides it everywhere (one state: the app's `session_notices`).

Each notice is one line at 60 columns and wider: a short text with what to do (the count,
the file, SQLite's message are the help's, F1: SessionNotice.detail). Each starts with «!»
and its title in words, so its meaning does not rest on colour (NO_COLOR, a monochrome SSH
terminal); a line still too long for the terminal ends in «…», never wraps."""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual.widgets import Static

# `!`, not a letter: on the entity list a letter no key uses begins a name in its filter
# (`zharkent`), and `!` is the same key on a Russian or Kazakh layout as on a Latin one
HIDE_KEY = "exclamation_mark"
HIDE_KEY_SHOWN = "!"
HIDES = f" · {HIDE_KEY_SHOWN} hides"


class SessionNotice(NamedTuple):
    """One notice: `line` on the notice line (short: one line at 60 columns with its title
    and the hide key), `detail` in the help (as long as it needs)."""

    line: str
    detail: str


class NoticeLine(Static):
    """The session's notices, one line each, and the key that hides them; not displayed
    while there are none. Filled from the app's notices when mounted, redrawn by the app
    (tui.app.say_for_session) when they change."""

    DEFAULT_CSS = """
    NoticeLine {
        height: auto; max-height: 3; padding: 0 0 0 1; display: none;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    NoticeLine.-shown { display: block; }
    """

    def on_mount(self) -> None:
        self.show_notices(getattr(self.app, "session_notices", {}))

    def show_notices(self, notices: dict[str, SessionNotice]) -> None:
        """Draw these notices ({title: notice}, in the order they came); none hides the line."""
        self.set_class(bool(notices), "-shown")
        self.update(self.drawn(notices))

    def drawn(self, notices: dict[str, SessionNotice]) -> Text:
        return notice_text(notices)


class NoticeDetails(NoticeLine):
    """The notices in full, at the top of the help (F1): the count, the file, SQLite's
    message; hidden with the line (the app redraws both: they are NoticeLines)."""

    DEFAULT_CSS = """
    NoticeDetails { height: auto; max-height: 100%; padding: 0 1; margin: 1 0 0 0; text-wrap: wrap; }
    """

    def drawn(self, notices: dict[str, SessionNotice]) -> Text:
        return notice_details(notices)


def notice_text(notices: dict[str, SessionNotice]) -> Text:
    """«! Title: line» a line, the last ending with how to hide them (plain text: never markup)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    for n, (title, notice) in enumerate(notices.items()):
        if n:
            text.append("\n")
        text.append(f"! {title}: ", style="bold reverse")
        text.append(notice.line)
    if notices:
        text.append(HIDES, style="dim")
    return text


def notice_details(notices: dict[str, SessionNotice]) -> Text:
    """The notices in full, for the help: «! Title: detail», a paragraph each (plain text:
    the detail holds a file's name or SQLite's message, never read as markup)."""
    text = Text()
    for n, (title, notice) in enumerate(notices.items()):
        if n:
            text.append("\n")
        text.append(f"! {title}: ", style="bold reverse")
        text.append(notice.detail)
    return text


def older_rules_notice(older: int, total: int) -> SessionNotice:
    """The «Older rules» notice: what to run on the line, `borderdocs stats`'s sentence
    (store.db.rules_stamp.outdated_line: the count) in the help."""
    from store.db.rules_stamp import outdated_line

    return SessionNotice("run borderdocs reextract", outdated_line(older, total))


def older_schema_notice(note: str) -> SessionNotice:
    """The «Older store» notice: a store made by an older borderdocs, read as it is (a read
    never upgrades it); store.db.schema.older_schema_note's sentence in the help."""
    return SessionNotice("run borderdocs upgrade", note)


def readonly_notice(name: str) -> SessionNotice:
    """The «Read-only store» notice: the file's name (which can be long) in the help only."""
    return SessionNotice("browsing only", f"{name} is read-only here: browsing and search work, nothing is written")


def damaged_notice(problem: str) -> SessionNotice:
    """The «Damaged store» notice: SQLite's message and how to rescue the store
    (store.db.opening.damage, a long line with the file's path) in the help."""
    return SessionNotice("f1 tells how to rescue it", problem)
