"""qa61: the Facts tab (`5`) at 80 columns printed facts61's new kind as «alterna…»: the
kind column was 8 cells, made for «capacity» and «deadline». It is as wide as the
longest kind now, so every kind `k` cycles to reads whole in the all-kinds list."""

from __future__ import annotations

import pytest

from store.db.fact_reads import FACT_KINDS
from tui.widgets.fact_list import FactSource


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_every_kind_reads_whole_at_80_columns(kind):
    row = {"date": "2026-03-02", "label": "Сартобе", "kind": kind, "text": "пункт предложили водителям"}
    shown = FactSource().render_row(row, 80).plain
    assert f" {kind} " in shown
    assert "пункт предложили водителям" in shown  # the fact keeps its room


def test_a_filtered_kind_leaves_its_column_out():
    row = {"date": "2026-03-02", "label": "Сартобе", "kind": "alternative", "text": "балама жүк көліктеріне"}
    shown = FactSource(kind="alternative").render_row(row, 80).plain
    assert "alternative" not in shown and "балама жүк көліктеріне" in shown


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_the_headless_facts_table_prints_every_kind_whole_at_80_columns(kind):
    """`borderdocs facts` at 80 columns: the same column, the same cut («alterna…»)."""
    from store.cli.table import format_rows
    from store.cli.views import FACT_COLUMNS

    row = {"date": "2026-03-02", "label": "Сартобе", "kind": kind, "text": "пункт предложили водителям"}
    shown = format_rows([row], FACT_COLUMNS, 80)
    assert f" {kind} " in shown and "пункт предложили водителям" in shown
