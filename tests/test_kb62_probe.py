"""bench/kb_extract_recall.py: the forms and sentences it makes, and how it judges what
the extractor found over a name (without running the model)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import kb_extract_recall as probe  # noqa: E402


def _row(**kw):
    base = dict(id="x", kind="city", entity_type="location", ru="Тобол", kk="Тобыл", en="Tobol", abbreviations=())
    return probe.Row(**{**base, **kw})


def test_a_quoted_name_declines_its_head_and_keeps_the_quote():
    name = "Международный центр приграничного сотрудничества «Хоргос»"
    assert probe.russian_case(name, "gen") == "Международного центра приграничного сотрудничества «Хоргос»"


def test_every_form_of_a_row_goes_into_a_sentence_at_its_offsets():
    cases = probe.make_cases([_row()], seed=1)
    assert {c.form for c in cases} >= {"ru_nom", "ru_gen", "kk_nom", "kk_loc", "en_nom"}
    for c in cases:
        where = c.title if c.field == "title" else c.body
        assert where[c.start : c.end] in {"Тобол", "Тобыл", "Tobol"} or where[c.start : c.end].startswith(
            ("Тобол", "Тобыл")
        )


def test_the_verdict_tells_the_row_another_type_and_nothing_apart():
    case = probe._case(_row(), "ru_nom", "mid", "ru nom 0", "", "Вчера {X} закрыли.", "Тобол")
    kb = SimpleNamespace(row_of_printed=lambda t, n: SimpleNamespace(id="x") if n == "Тобол" else None)

    def m(type_, name, start=6, end=11):
        return SimpleNamespace(type=type_, name=name, field="body", start=start, end=end, ref=None)

    assert probe.judge(case, [m("location", "Тобол")], kb) == ("ok", [])
    assert probe.judge(case, [m("location", "Тоб")], kb)[0] == "name"
    assert probe.judge(case, [m("person", "Тобол")], kb)[0] == "type"
    assert probe.judge(case, [m("organization", "Вчера", 0, 5)], kb) == ("none", ["org:Вчера"])
