"""qa56: `borderdocs directives` at 80 columns cut what was ordered at its 31st cell
(«принять соответствующие меры, а…»), and that is the point of «who ordered whom what»;
`show` wraps a directive (qa52), the list did not. On a terminal the «what» column now
goes on in lines of its own under itself; into a pipe each row stays one line (grep,
less -S). The directives are made up."""

from __future__ import annotations

import sys

from store import cli
from store.cli.table import cells, format_rows
from store.cli.views import DIRECTIVE_COLUMNS
from tests.test_tui_helpers import write_givers

WHAT = (
    "ужесточить требования к составу придуманной службы на пунктах пропуска, "
    "а также в вопросах оснащения оборудованием и обеспечения связи"
)


def test_the_last_column_wraps_under_itself_within_the_width():
    rows = [
        {"date": "2025-01-02", "by": "Иван Придумов", "to": "министерство", "what": WHAT},
        {"date": "2025-01-01", "by": "Пётр Выдумов", "to": None, "what": "отчитаться"},
    ]
    lines = format_rows(rows, DIRECTIVE_COLUMNS, width=80, wrap_last=True).splitlines()
    assert all(cells(x) <= 80 for x in lines)
    start = lines[0].index("what")
    first, more = lines[1], [x for x in lines[2:] if not x[:1].strip()]  # continuation lines start blank
    assert len(more) >= 2 and all(x[:start].strip() == "" for x in more)
    told = " ".join([first[start:].strip(), *(x.strip() for x in more)])
    assert told == WHAT  # every word, none cut
    assert lines[-1].startswith("2025-01-01") and lines[-1].endswith("отчитаться")
    assert len(format_rows(rows, DIRECTIVE_COLUMNS, width=80).splitlines()) == 3  # not asked: a row a line


def _directives(tmp_path, capsys, monkeypatch, tty: bool) -> str:
    db = write_givers(tmp_path / "g.db", [("2025-01-02", "Иван Придумов", WHAT)], "Совещание прошло.")
    monkeypatch.setenv("COLUMNS", "80")
    capsys.readouterr()
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty)
    assert cli.main(["directives", "--db", str(db)]) == 0
    return capsys.readouterr().out


def test_on_a_terminal_directives_show_what_was_ordered_whole(tmp_path, capsys, monkeypatch):
    out = _directives(tmp_path, capsys, monkeypatch, tty=True)
    assert " ".join(out.split()).count("обеспечения связи") == 1
    assert all(cells(x) <= 80 for x in out.splitlines())


def test_into_a_pipe_a_directive_stays_one_line(tmp_path, capsys, monkeypatch):
    out = _directives(tmp_path, capsys, monkeypatch, tty=False)
    assert out.splitlines()[1].endswith("…") and len(out.splitlines()) == 3
