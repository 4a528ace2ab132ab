"""Status labels (store/lang/statuses.py): the board and the export say what an
article's status words mean, in one of five labels, from the same table the
extractor reads sentences with."""

from __future__ import annotations

import pytest

from store.db import board, export
from store.db.store import open_store
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import STATUS_LABELS, status_label
from store.model import Article, Extraction, Fact
from tests.test_tui_helpers import mention, write_store
from tui.widgets.preview import checkpoint_preview


@pytest.mark.parametrize(
    ("words", "label"),
    [
        ("временно закрыт", "closed"),
        ("закрыться", "to close"),
        ("закроют", "to close"),
        ("приостановят", "to close"),
        ("закрытым", "closed"),
        ("приостановлен", "closed"),
        ("вновь открыт", "reopened"),
        ("возобновил работу", "reopened"),
        ("введен в эксплуатацию после реконструкции", "commissioned"),
        ("пайдалануға берілді", "commissioned"),
        ("ведется реконструкция", "under reconstruction"),
        ("қайта жаңарту жұмыстары жалғасуда", "under reconstruction"),
        ("запланирована модернизация", "planned"),
        ("работает в штатном режиме", "working"),
        ("будут работать в штатном режиме", "working"),
        ("қалыпты жұмыс істейді", "working"),
        ("работает", None),
        ("", None),
        (None, None),
    ],
)
def test_status_words_get_their_label(words, label):
    assert status_label(words) == label


def test_every_label_is_one_of_eight():
    """«limited» (facts61): traffic let through in part («движение ограничено»)."""
    assert STATUS_LABELS == (
        "commissioned",
        "reopened",
        "closed",
        "under reconstruction",
        "planned",
        "limited",
        "to close",
        "working",
    )


def test_every_status_the_extractor_finds_reads_back_as_its_label():
    """The words a status fact keeps carry the label of the pattern that found them."""
    sentences = {
        "Пункт пропуска Майкапшагай временно закрыт на ремонт.": "closed",
        "После ремонта пункт пропуска Майкапшагай вновь открыт для грузовиков.": "reopened",
        "Пункт пропуска Майкапшагай введен в эксплуатацию после реконструкции.": "commissioned",
        "На пункте пропуска Майкапшагай ведется реконструкция.": "under reconstruction",
    }
    for sentence, label in sentences.items():
        facts = [f for f in find_facts(sentence, find_checkpoints(sentence), "2025-05-01") if f.kind == "status"]
        assert [status_label(f.text) for f in facts] == [label], sentence


BODY = "Пункт пропуска Достык временно закрыт. Хоргос пропускает по графику."


@pytest.fixture(scope="module")
def status_store(tmp_path_factory):
    art = Article(file="s.txt", path="/in/s.txt", title="Закрыт", body=BODY, raw=BODY, date="2025-03-04", language="ru")
    first, second = BODY.split(". ")
    ext = Extraction(
        mentions=[
            mention(BODY, "checkpoint", "Достык", "Достык"),
            mention(BODY, "checkpoint", "Хоргос", "Хоргос"),
        ],
        facts=[
            Fact("dostyk", "status", "временно закрыт", first, None),
            Fact("khorgos", "status", "пропускает по графику", second, None),
        ],
    )
    return write_store(tmp_path_factory.mktemp("statuses") / "store.db", [(art, ext)])


def test_the_board_shows_the_label_and_keeps_the_words(status_store):
    store = open_store(status_store)
    try:
        rows = {r["id"]: r for r in board.board_rows(store)}
    finally:
        store.close()
    closed = rows["dostyk"]
    assert (closed["status"], closed["status_words"], closed["status_date"]) == (
        "closed",
        "временно закрыт",
        "2025-03-04",
    )
    # words no label reads are shown as they are
    assert rows["khorgos"]["status"] == rows["khorgos"]["status_words"] == "пропускает по графику"
    card = checkpoint_preview(closed).plain
    assert "closed «временно закрыт»" in card
    assert "«" not in checkpoint_preview(rows["khorgos"]).plain


def test_the_export_labels_status_facts(status_store):
    store = open_store(status_store)
    try:
        (art,) = list(export.iter_articles(store))
    finally:
        store.close()
    facts = {cp["name"]: cp["facts"] for cp in art["checkpoints"]}
    assert [(f["text"], f["status"]) for f in facts["Достык"]] == [("временно закрыт", "closed")]
    assert [f.get("status") for f in facts["Хоргос"]] == [None]


def test_sorted_by_status_an_undated_report_comes_before_the_gazetteers(tmp_path):
    """An article with no date reporting a status: its row is a report, not a gazetteer
    status, and sorts with the reports (qa41: 6 of 10 reports sank among ~90 gazetteer rows)."""
    body = "Пункт пропуска Достык временно закрыт."
    art = Article(file="u.txt", path="/in/u.txt", title="Закрыт", body=body, raw=body, language="ru")
    ext = Extraction(
        mentions=[mention(body, "checkpoint", "Достык", "Достык")],
        facts=[Fact("dostyk", "status", "временно закрыт", body, None)],
    )
    store = open_store(write_store(tmp_path / "u.db", [(art, ext)]))
    try:
        rows = board.board_rows(store, "status")
    finally:
        store.close()
    assert (rows[0]["id"], rows[0]["status"], rows[0]["status_date"]) == ("dostyk", "closed", None)
    assert all(r["status_words"] is None for r in rows[1:])
