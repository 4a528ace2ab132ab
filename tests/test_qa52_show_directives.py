"""qa52: `borderdocs show bektenov` cut each directive at the line's end like a table
row, so at 80 columns «who ordered whom what» read «…: принять соответствующие меры, а
также усилить кон…». A directive's row now wraps under its giver; a fact's and an
article's rows are still cut, one a line. The directive here is made up."""

from __future__ import annotations

from store.cli.table import cells
from store.model import Article, Directive, Extraction
from tests.notes import run_cli
from tests.test_tui_helpers import mention, write_store

BODY = "Арман Выдуманов поручил министерству до конца года открыть две новые полосы на придуманном переходе."
WHAT = "открыть две новые полосы на придуманном переходе, а также усилить контроль за качеством и темпом работ"


def test_a_directive_on_an_entity_page_is_read_whole(tmp_path, capsys, monkeypatch):
    art = Article(file="a.txt", path="/in/a.txt", title="Совещание", body=BODY, raw=BODY, date="2025-03-01")
    ext = Extraction(
        mentions=[mention(BODY, "person", "Арман Выдуманов", "Арман Выдуманов")],
        directives=[Directive("Арман Выдуманов", "министерство", WHAT, "до конца года", BODY)],
    )
    path = write_store(tmp_path / "s.db", [(art, ext)])
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Выдуманов", "--db", path)
    lines = out.splitlines()
    assert code == 0 and all(cells(line) <= 80 for line in lines)
    start = lines.index("directives:") + 1
    row = [lines[start]] + [ln for ln in lines[start + 1 :] if ln.startswith(" " * 14)]
    assert row[0].startswith("  2025-03-01  Арман Выдуманов → министерство: открыть")
    assert " ".join(ln.strip() for ln in row).endswith(WHAT + " (до конца года)")
    assert len(row) >= 2 and "…" not in row[0]
