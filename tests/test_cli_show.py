"""`borderdocs show QUERY`: an entity's page headless, on the hand-made store of the TUI
view tests (its rows are fixed, so what the page must say is known)."""

from __future__ import annotations

import json

from store.cli.table import cells
from tests.notes import run_cli
from tests.test_tui_views import views_path  # noqa: F401  (fixture)

run = run_cli


def test_a_checkpoint_page_by_its_latin_name(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "show", "khorgos", "--db", views_path)
    lines = out.splitlines()
    assert code == 0 and all(cells(line) <= 80 for line in lines)
    assert lines[0].startswith("Хоргос — checkpoint · 3 articles")
    assert any(line.startswith("gazetteer: road · border with China · Жетісу") for line in lines)  # the pinned row
    facts = lines[lines.index("facts:") + 1 :]
    assert facts[0].startswith("  2025-12") and "с 200 до 1600" in facts[0]  # newest first
    assert any("кезек азайды — Kazinform" in line for line in facts)
    _, wide, _ = run(capsys, monkeypatch, "show", "khorgos", "--db", views_path, columns=160)
    assert "  2025-08-07  Олжас Бектенов → Комитет государственных доходов: навести порядок (в месячный срок)" in wide
    assert "articles:" in lines and any("Қорғас шекара бекетінде кезек азайды" in line for line in lines)


def test_a_person_by_an_inflected_surname_and_the_json_page(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "show", "Бектеновым", "--db", views_path, "--json")
    page = json.loads(out)
    assert code == 0 and page["entity"]["name"] == "Олжас Бектенов" and page["entity"]["type"] == "person"
    assert page["entity"]["roles"] == ["премьер-министр"]
    assert [a["title"] for a in page["entity"]["articles"]] == [
        "Бектенов поручил ускорить реконструкцию пунктов пропуска"
    ]
    _, text, _ = run(capsys, monkeypatch, "show", "Бектеновым", "--db", views_path)
    assert "roles: премьер-министр" in text and "named with:" in text


def test_a_list_is_capped_and_says_so(views_path, capsys, monkeypatch):
    _, out, _ = run(capsys, monkeypatch, "show", "хоргос", "--db", views_path, "-n", "1")
    assert "facts (newest 1 of 3):" in out and "articles (newest 1 of 3):" in out


def test_by_id_and_the_errors(views_path, capsys, monkeypatch):
    _, out, _ = run(capsys, monkeypatch, "show", "khorgos", "--db", views_path, "--json")
    eid = json.loads(out)["entity"]["id"]
    code, out, _ = run(capsys, monkeypatch, "show", "--id", eid, "--db", views_path)
    assert code == 0 and out.startswith("Хоргос — checkpoint")
    code, out, err = run(capsys, monkeypatch, "show", "--id", 99999, "--db", views_path)
    assert (code, out, err) == (1, "", "borderdocs: show: no entity has id 99999\n")
    code, _, err = run(capsys, monkeypatch, "show", "--db", views_path)
    assert code == 2 and err == "borderdocs: show: give a QUERY or --id N\n"


def test_a_knowledge_base_row_no_article_names(views_path, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "show", "Майкапшагай", "--db", views_path)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Майкапшагай — checkpoint · 0 articles"
    assert lines[1] == "a knowledge-base row (maikapshagai) no stored article names yet"
    assert lines[2].startswith("gazetteer: road · border with Китай")
