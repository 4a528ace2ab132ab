"""qa56: the TUI's Facts and Directives tabs printed «—» where a fact or directive and
its article have no date, while `borderdocs facts/directives`, `show` and the board say
«undated» (a «—» under a dated row read as that row's date continued, qa45). Now the
tabs say «undated» too. The rows are made up."""

from __future__ import annotations

from tui.widgets.columns import render_cells
from tui.widgets.directive_list import COLUMNS as DIRECTIVES
from tui.widgets.fact_list import COLUMNS as FACTS


def test_an_undated_fact_says_undated():
    row = {"date": None, "label": "Придуманный", "kind": "queue", "text": "очередь из 40 машин"}
    assert render_cells(FACTS, row, 80).plain.startswith("undated ")
    assert render_cells(FACTS, {**row, "date": "2025-05-05"}, 80).plain.startswith("2025-05-05 ")


def test_an_undated_directive_says_undated():
    row = {"date": None, "by": "Иван Придумов", "to": None, "what": "закончить ремонт", "checkpoints": []}
    assert render_cells(DIRECTIVES, {**row, "checkpoint": None}, 80).plain.startswith("undated ")
