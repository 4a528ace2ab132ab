"""The board's newest status (facts43): an undated report never outranks a dated one, whichever
was stored last, and the neighbour's post told by our post's name is the neighbour's row."""

from __future__ import annotations

from store.db import board
from store.db.store import open_store
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.model import Article, Extraction, Fact
from tests.test_tui_helpers import mention, write_store


def _article(name: str, body: str, date: str | None) -> Article:
    return Article(file=name, path=f"/in/{name}", title="Бахты", body=body, raw=body, date=date, language="ru")


def _row(db, cp_id: str) -> dict:
    store = open_store(db)
    try:
        return {r["id"]: r for r in board.board_rows(store)}[cp_id]
    finally:
        store.close()


def test_an_undated_report_never_outranks_a_dated_one(tmp_path):
    dated = "Пункт пропуска Бахты работает в штатном режиме."
    undated = "Пункт пропуска Бахты временно закрыт."
    stored = []
    for name, body, date, words in (
        ("d.txt", dated, "2025-05-02", "работает в штатном режиме"),
        ("u.txt", undated, None, "временно закрыт"),  # stored last, no date anywhere
    ):
        ext = Extraction(
            mentions=[mention(body, "checkpoint", "Бахты", "Бахты")],
            facts=[Fact("bakhty", "status", words, body, None)],
        )
        stored.append((_article(name, body, date), ext))
    row = _row(write_store(tmp_path / "b.db", stored), "bakhty")
    assert (row["status"], row["status_date"]) == ("working", "2025-05-02")


def test_the_chinese_post_told_by_bakhtys_name_is_not_bakhtys_status():
    body = "Китайский пункт пропуска со стороны «Бахты» продолжает оставаться закрытым."
    owners = {f.checkpoint for f in find_facts(body, find_checkpoints(body), None) if f.kind == "status"}
    assert owners == {"cn-baketu"}
