"""qa41: the headless views as a user met them on fresh pages. A border typed as a user
types it, a filter's constant column left out, directives found by an inflected or Latin
name, an undated status said so, an empty addressee column giving its room to what was
ordered, and a show page that neither trails a dash nor lists forty spellings."""

from __future__ import annotations

import json

import pytest

from store.cli.parser import border_name
from store.cli.show import SPELLINGS, _fact_line, _spellings
from store.cli.table import Column, format_rows
from store.cli.views import BOARD_COLUMNS, DIRECTIVE_COLUMNS
from tests.notes import run_cli
from tests.test_tui_views import views_path  # noqa: F401  (fixture)

run = run_cli


@pytest.mark.parametrize("typed", ["Китай", "китай", "КИТАЙ", "china", "China", "Қытай"])
def test_a_border_in_any_case_english_or_kazakh(typed):
    assert border_name(typed) == "Китай"


def test_board_and_facts_take_a_border_as_typed(views_path, capsys, monkeypatch):
    _, store_name, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json", "--border", "Китай")
    _, english, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json", "-b", "china")
    assert json.loads(english) == json.loads(store_name) and json.loads(english)
    code, out, _ = run(capsys, monkeypatch, "facts", "--db", views_path, "--json", "-b", "CHINA")
    assert code == 0 and {f["border"] for f in json.loads(out)} == {"Китай"}
    with pytest.raises(SystemExit) as stop:
        run(capsys, monkeypatch, "board", "--db", views_path, "--border", "mars")
    assert stop.value.code == 2 and "invalid choice: 'mars'" in capsys.readouterr().err


def test_a_filtered_column_is_left_out(views_path, capsys, monkeypatch):
    _, out, _ = run(capsys, monkeypatch, "facts", "--db", views_path, "--kind", "queue", columns=200)
    header = out.splitlines()[0].split()
    assert "kind" not in header and "border" in header
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "-b", "china", "-k", "road", columns=200)
    header = out.splitlines()[0].split()
    assert "border" not in header and "kind" not in header and "status" in header
    _, out, _ = run(capsys, monkeypatch, "board", "--db", views_path, "--json", "-b", "china", "-k", "road")
    assert {"border", "kind"} <= set(json.loads(out)[0])  # JSON keeps every field


@pytest.mark.parametrize("typed", ["bektenov", "Бектеновым", "Olzhas Bektenov"])
def test_directives_by_a_name_as_the_search_reads_it(views_path, capsys, monkeypatch, typed):
    code, out, err = run(capsys, monkeypatch, "directives", "--db", views_path, typed)
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "1 directive" and "Олжас Бектенов" in lines[1]
    assert err == f"borderdocs: note: no directive has «{typed}» as written; those of Олжас Бектенов, the best match\n"


def test_directives_words_that_name_nobody_stay_empty(views_path, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "directives", "--db", views_path, "zzqq")
    assert (code, out, err) == (0, "0 directives\n", "")
    _, out, err = run(capsys, monkeypatch, "directives", "--db", views_path, "бектенов")
    assert out.splitlines()[-1] == "1 directive" and err == ""  # found as typed: no note


def test_an_undated_reported_status_says_so():
    rows = [
        {"label": "Тестовый", "status": "closed", "status_words": "закрыт", "status_date": None},
        {"label": "Другой", "status": "working (gazetteer)", "status_words": None, "status_date": None},
        {"label": "Третий", "status": "closed", "status_words": "закрыт", "status_date": "2025-03-01"},
    ]
    rows[0]["queue"] = "40 фур"
    assert "40 фур (undated)" in format_rows(rows, BOARD_COLUMNS, width=120)
    lines = format_rows(rows, BOARD_COLUMNS, width=80).splitlines()
    assert lines[1].split()[:3] == ["Тестовый", "closed", "undated"]
    assert lines[2].split() == ["Другой", "working", "(gazetteer)"]  # the gazetteer's own: no date to miss
    assert lines[3].split() == ["Третий", "closed", "2025-03-01"]


def test_an_empty_addressee_column_gives_its_room_to_what():
    what = "закончить ремонт подъездной дороги к посту"  # 42: cut at 31 beside a «to» column
    rows = [{"date": "2025-01-02", "by": "Иван Петров", "to": None, "what": what}]
    lines = format_rows(rows, DIRECTIVE_COLUMNS, width=80).splitlines()
    assert lines[0].split() == ["date", "by", "what"] and lines[1].endswith(what)
    rows.append({"date": "2025-01-01", "by": "Иван Петров", "to": "акимат", "what": "отчитаться"})
    assert format_rows(rows, DIRECTIVE_COLUMNS, width=80).splitlines()[0].split() == ["date", "by", "to", "what"]
    plain = format_rows([{"a": "x", "b": None, "c": "y"}], (Column("a", "a", 4), Column("b", "b", 4), Column("c", "c")))
    assert plain.splitlines()[0].split() == ["a", "b", "c"]  # only a column that asks is left out


def test_a_fact_without_an_outlet_ends_at_its_text():
    assert _fact_line({"date": None, "kind": "status", "text": "закроют", "source": None}).rstrip().endswith("закроют")
    assert _fact_line({"date": "2025-01-02", "kind": "queue", "text": "очередь", "source": "Газета"}).endswith(
        "очередь — Газета"
    )


def test_spellings_are_capped_and_say_how_many_more():
    names = [f"Комитет {i}" for i in range(SPELLINGS + 5)]
    text = _spellings(names)
    assert text.endswith("Комитет 7 … and 5 more (--json lists all)") and "Комитет 8" not in text
    assert _spellings(names[:3]) == "Комитет 0, Комитет 1, Комитет 2"


def test_a_person_page_lists_the_directives_given_and_a_body_those_received(views_path, capsys, monkeypatch):
    order = "Олжас Бектенов → Комитет государственных доходов: навести порядок"
    code, out, _ = run(capsys, monkeypatch, "show", "bektenov", "--db", views_path, columns=160)
    lines = out.splitlines()
    assert code == 0 and "directives:" in lines
    assert lines[lines.index("directives:") + 1].startswith(f"  2025-08-07  {order}")
    _, out, _ = run(capsys, monkeypatch, "show", "Бектеновым", "--db", views_path, "--json")
    assert [d["what"] for d in json.loads(out)["directives"]] == ["навести порядок"]
    _, out, _ = run(
        capsys,
        monkeypatch,
        "show",
        "--db",
        views_path,
        "-t",
        "organization",
        "Комитетом",
        "государственных",
        "доходов",
        columns=160,
    )
    lines = out.splitlines()
    assert lines[0] == "Комитет государственных доходов — organization · 1 article · 1 mention"  # one, not «1 mentions»
    assert lines[lines.index("directives:") + 1] == f"  2025-08-07  {order} (в месячный срок)"


def test_other_hits_say_which_post_not_just_whose():
    from store.cli.show import _about, _post

    assert _post("khorgos") == "mixed, border with Китай"
    assert _post("cn-khorgos") == "road, Китай's post" and _post(None) == ""
    hit = {"type": "checkpoint", "articles": 2, "kb_id": "kaplanbek"}
    assert _about(hit) == "checkpoint, 2 articles · road, border with Узбекистан"  # not «road, Казахстан»
    assert _about({"type": "person", "articles": 1}) == "person, 1 article"


def test_a_blank_query_is_a_usage_error(views_path, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "show", "  ", "--db", views_path)
    assert (code, out, err) == (2, "", "borderdocs: show: give a QUERY or --id N\n")
