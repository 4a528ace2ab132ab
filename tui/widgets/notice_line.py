"""The main screen's line of session notices: what holds for the whole session (the store
is damaged, read-only, or extracted by older rules) said under the lists until `!` hides it.

A toast said these for 6-30 s over the bottom right of whatever was shown: at 80×24 the
«Older rules» one covered six rows of the search results (their dates and sources) for
12 s, and who was reading elsewhere then never saw it. Here it takes its own row(s): the
lists above are one or two rows shorter, none hidden. Each notice starts with «!» and its
title in words, so its meaning does not rest on colour (NO_COLOR, a monochrome SSH terminal)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

# `!`, not a letter: on the entity list a letter no key uses begins a name in its filter
# (`zharkent`), and `!` is the same key on a Russian or Kazakh layout as on a Latin one
HIDE_KEY = "exclamation_mark"
HIDE_KEY_SHOWN = "!"


class NoticeLine(Static):
    """The session's notices, one line each (wrapped at a narrow width), and the key that
    hides them; not displayed while there are none."""

    DEFAULT_CSS = """
    NoticeLine { height: auto; max-height: 4; padding: 0 0 0 1; display: none; }
    NoticeLine.-shown { display: block; }
    """

    def show_notices(self, notices: dict[str, str]) -> None:
        """Draw these notices ({title: text}, in the order they came); none hides the line."""
        self.set_class(bool(notices), "-shown")
        self.update(notice_text(notices))


def notice_text(notices: dict[str, str]) -> Text:
    """«! Title: text» a line, the last ending with how to hide them (plain text: never markup)."""
    text = Text()
    for n, (title, line) in enumerate(notices.items()):
        if n:
            text.append("\n")
        text.append(f"! {title}: ", style="bold reverse")
        text.append(line)
    if notices:
        text.append(f" · {HIDE_KEY_SHOWN} hides", style="dim")
    return text


def older_rules_line(older: int, total: int) -> str:
    """The «Older rules» notice: `borderdocs stats`'s line (store.db.rules_stamp.outdated_line)
    short enough for one line at 80 columns with its title and key."""
    return f"{older:,} of {total:,} articles; run borderdocs reextract"
