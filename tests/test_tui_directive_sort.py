"""The Directives tab (`4`) sorted by any column, as the board is (`s` the next column,
`S` the other way), and its checkpoint column (issue 17): the store side
(store.db.directive_reads.sorted_directive_ids, directives_by_id) and the pilot.
Every sentence here is made up."""

from __future__ import annotations

import csv

import pytest

from store.db import directive_reads
from store.db.store import open_store
from store.model import Article, Directive, Extraction, Mention
from tests.test_tui import make_app, screen_text, settle
from tests.test_tui_helpers import write_store
from tui.widgets.directive_list import DirectiveList

BODY = "Совещание прошло в Астане. Пункты пропуска Достык и Хоргос обсудили."


def _item(n: int, date: str, directive: Directive) -> tuple[Article, Extraction]:
    article = Article(file=f"d{n}.txt", path=f"/in/d{n}.txt", title=f"Совещание {n}", body=BODY, raw=BODY, date=date)
    mentions = [
        Mention("checkpoint", name, name, BODY.index(name), BODY.index(name) + len(name))
        for name in ("Достык", "Хоргос")
    ]
    return article, Extraction(mentions=mentions, directives=[directive])


DIRECTIVES = [
    # (article date, directive): the giver, the addressee, what, when, and the checkpoints its sentence names
    ("2025-03-01", Directive("Бектенов", "акимат", "убрать снег", None, "s1", "dostyk", ("dostyk", "khorgos"))),
    ("2025-05-01", Directive("аким", "Минтранс", "расширить дорогу", "до июня", "s2")),
    ("2025-04-01", Directive("Жумангарин", None, "открыть склад", "в месячный срок", "s3", "khorgos", ("khorgos",))),
]


@pytest.fixture(scope="module")
def sort_path(tmp_path_factory):
    items = [_item(n, date, d) for n, (date, d) in enumerate(DIRECTIVES)]
    return write_store(tmp_path_factory.mktemp("dsort") / "store.db", items)


def _order(path, sort: str, reverse: bool = False) -> list[str]:
    store = open_store(path)
    try:
        ids = directive_reads.sorted_directive_ids(store, "", sort, reverse)
        return [r["what"] for r in directive_reads.directives_by_id(store, ids)]
    finally:
        store.close()


def test_each_column_sorts_case_folded_with_empty_values_last(sort_path):
    assert _order(sort_path, "date") == ["расширить дорогу", "открыть склад", "убрать снег"]
    assert _order(sort_path, "date", reverse=True) == ["убрать снег", "открыть склад", "расширить дорогу"]
    # «аким» before «Бектенов» before «Жумангарин»: by letter, not by capital first
    assert _order(sort_path, "by") == ["расширить дорогу", "убрать снег", "открыть склад"]
    assert _order(sort_path, "by", reverse=True) == ["открыть склад", "убрать снег", "расширить дорогу"]
    assert _order(sort_path, "to") == ["убрать снег", "расширить дорогу", "открыть склад"]  # none last
    assert _order(sort_path, "to", reverse=True) == ["расширить дорогу", "убрать снег", "открыть склад"]
    assert _order(sort_path, "when") == ["открыть склад", "расширить дорогу", "убрать снег"]  # «в …» before «до …»
    assert _order(sort_path, "checkpoint") == ["убрать снег", "открыть склад", "расширить дорогу"]  # Достык, Хоргос


def test_the_sorted_order_matches_the_keyset_pages_and_filters(sort_path):
    store = open_store(sort_path)
    try:
        keyset = [r["id"] for r in directive_reads.directive_page(store)]
        assert directive_reads.sorted_directive_ids(store, "", "date") == keyset
        assert len(directive_reads.sorted_directive_ids(store, "бектенов", "what")) == 1
        with pytest.raises(ValueError, match="unknown directive sort"):
            directive_reads.sorted_directive_ids(store, "", "colour")
    finally:
        store.close()


def test_the_sort_table_is_kept_while_the_store_is_unchanged(tmp_path):
    """A second sort reads nothing again; a directive written since, through another
    connection or through this one, is in the next sort."""
    from store.db import store as db

    path = write_store(tmp_path / "store.db", [_item(n, date, d) for n, (date, d) in enumerate(DIRECTIVES)])
    reader = open_store(path)
    try:
        first = directive_reads.sort_table(reader, "")
        assert directive_reads.sort_table(reader, "") is first
        assert directive_reads.sort_table(reader, "  ") is first  # the same filter, spaced otherwise
        assert directive_reads.sort_table(reader, "Бектенов") is not first
        by_giver = directive_reads.sorted_directive_ids(reader, "", "by")
        assert by_giver == directive_reads.sorted_directive_ids(reader, "", "by") and len(by_giver) == 3

        writer = db.open_store(path, write=True)
        with writer.conn:
            db.write_article(
                writer, *_item(7, "2025-06-01", Directive("Ахметов", "КГД", "навести порядок", None, "s7"))
            )
        writer.close()
        assert directive_reads.sort_table(reader, "") is not first
        assert len(directive_reads.sorted_directive_ids(reader, "", "by")) == 4

        kept = directive_reads.sort_table(reader, "")
        with reader.conn:  # a commit on the reader's own connection (data_version does not move)
            reader.conn.execute("DELETE FROM directives WHERE what = ?", ("навести порядок",))
        assert directive_reads.sort_table(reader, "") is not kept
        assert len(directive_reads.sorted_directive_ids(reader, "", "by")) == 3
    finally:
        reader.close()


def _shown(lst: DirectiveList) -> list[str]:
    return [lst.row(i)["what"] for i in range(lst.row_count)]


async def test_s_and_S_sort_the_tab_and_the_header_marks_the_column(sort_path):
    app = make_app(sort_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        lst = app.screen.query_one(DirectiveList)
        assert "3 directives, newest first" in screen_text(app) and "date ▼" in screen_text(app)
        assert _shown(lst) == _order(sort_path, "date")
        await pilot.press("s")
        await settle(pilot)
        assert "3 directives, by giver" in screen_text(app) and "by ▲" in screen_text(app)
        assert _shown(lst) == _order(sort_path, "by")
        await pilot.press("S")
        await settle(pilot)
        assert "by giver reversed" in screen_text(app) and "by ▼" in screen_text(app)
        assert _shown(lst) == _order(sort_path, "by", reverse=True)
        for _ in range(4):  # to, what, when, checkpoint
            await pilot.press("s")
        await settle(pilot)
        assert "by checkpoint" in screen_text(app)
        await pilot.press("s")  # round to the date again
        await settle(pilot)
        assert "newest first" in screen_text(app)


async def test_the_checkpoint_column_shows_every_checkpoint_when_wide(sort_path):
    app = make_app(sort_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        text = screen_text(app)
        assert "checkpoint" in text and "Достык, Хоргос" in text
    narrow = make_app(sort_path)
    async with narrow.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await settle(pilot)
        assert "Достык, Хоргос" not in screen_text(narrow)  # at 80: date, by, to, what


async def test_export_follows_the_sort(sort_path, tmp_path):
    from tui.export import export_list
    from tui.widgets.directive_list import DirectiveSource

    out = tmp_path / "d.csv"
    assert export_list(sort_path, out, "directives", DirectiveSource(sort="when")) == 3
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["what"] for r in rows] == _order(sort_path, "when")
    assert rows[2]["checkpoints"] == "Достык; Хоргос" and rows[2]["checkpoint"] == "Достык"
