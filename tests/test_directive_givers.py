"""The directives list names a giver as the store knows him: a Kazakh spelling of a person
the people table links is listed under the one canonical name, the text's kept as `by_text`."""

from __future__ import annotations

import json

from store.db import directive_reads
from store.db.store import open_store
from tests.notes import run_cli

KK = (
    "Үкімет отырысы.\n\nҚасым-Жомарт Тоқаев Көлік министрлігіне «Нұр жолы» өткізу бекетіндегі кезекті "
    "азайтуды тапсырды.\n"
)
RU = "Заседание.\n\nКасым-Жомарт Токаев поручил Министерству транспорта сократить очереди на КПП «Кордай».\n"


def _store(tmp_path, capsys, monkeypatch):
    """A store of the two made-up articles, one in each script."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "kk.txt").write_text(KK, encoding="utf-8")
    (news / "ru.txt").write_text(RU, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli(capsys, monkeypatch, "ingest", news, "--db", db, "-j", "1")[0] == 0
    return db


def test_one_giver_in_both_scripts(tmp_path, capsys, monkeypatch):
    db = _store(tmp_path, capsys, monkeypatch)
    code, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", db, "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    assert {r["by"] for r in rows} == {"Касым-Жомарт Токаев"}
    assert {r["by_text"] for r in rows} == {"Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев"}
    _, out, _ = run_cli(capsys, monkeypatch, "directives", "--db", db)
    assert "Тоқаев" not in out and out.count("К.-Ж. Токаев") == 2  # the canonical name, initialed to fit (qa45)
    store = open_store(db)  # the TUI's sort by giver sorts the names it shows
    try:
        rows = directive_reads.directive_export_rows(store, sort="by")
    finally:
        store.close()
    assert [r["by"] for r in rows] == ["Касым-Жомарт Токаев"] * 2


def test_a_giver_is_found_by_either_spelling(tmp_path, capsys, monkeypatch):
    db = _store(tmp_path, capsys, monkeypatch)
    for word in ("Тоқаев", "Токаев"):
        _, out, _ = run_cli(capsys, monkeypatch, "directives", word, "--db", db)
        assert out.splitlines()[-1] == "2 directives", word
