"""ux89: a search for «хоргос» listed three hits named «Хоргос» — ours and China's road and
rail posts — told apart only by the «about» at the end of the line, which a narrow line
cuts first; the board says «⇄CN» and a neighbour's post reads «Хоргос (CN)» in lists. Now
the hit, `borderdocs search`'s table and the post's page say its country; `--json` keeps
`name` and adds `label`."""

from __future__ import annotations

import json
import re

from store.db import board
from store.search.table import format_table, shown_name
from tests.notes import run_cli
from tests.test_tui import make_app, screen_text, settle
from tui.screens.checkpoint_screen import CheckpointScreen
from tui.screens.search_screen import SearchScreen


def _hit(kb_id: str | None, name: str = "Хоргос", kind: str = "entity", type_: str = "checkpoint") -> dict:
    return {"kind": kind, "type": type_, "id": 1, "name": name, "matched": name, "score": 100.0, "kb_id": kb_id}


def test_a_neighbours_post_is_named_with_its_country():
    assert shown_name(_hit("cn-khorgos")) == "Хоргос (CN)"
    assert shown_name(_hit("cn-khorgos-rail")) == "Хоргос (CN)"
    assert shown_name(_hit("khorgos")) == "Хоргос"  # ours
    assert shown_name(_hit(None)) == "Хоргос"  # no gazetteer row: as stored
    assert shown_name(_hit("cn-khorgos", name="Хоргос (CN)")) == "Хоргос (CN)"  # not twice
    assert shown_name(_hit("cn-khorgos", kind="article", type_="article")) == "Хоргос"  # a title is a title
    assert shown_name(_hit("cn-khorgos-customs", type_="organization")) == "Хоргос"


def test_the_fixed_table_says_it_too():
    table = format_table([_hit("khorgos"), _hit("cn-khorgos")])
    assert [re.split(r"\s{2,}", line)[2] for line in table.splitlines()[1:]] == ["Хоргос", "Хоргос (CN)"]


def test_borderdocs_search_names_chinas_posts(sample_store_path, capsys, monkeypatch):
    for columns in (80, 120):
        _, out, _ = run_cli(capsys, monkeypatch, "search", "хоргос", "--db", sample_store_path, columns=columns)
        posts = [line for line in out.splitlines() if "checkpoint" in line.split()[:2]]
        assert len(posts) == 3, out
        assert sum("Хоргос (CN)" in line for line in posts) == 2, out
        assert all("Китай's post" not in line or "Хоргос (CN)" in line for line in posts), out


def test_the_json_keeps_name_and_adds_label(sample_store_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "search", "хоргос", "--db", sample_store_path, "--json")
    posts = {r["kb_id"]: r for r in json.loads(out) if r["type"] == "checkpoint"}
    assert {k: (r["name"], r["label"]) for k, r in posts.items()} == {
        "khorgos": ("Хоргос", "Хоргос"),
        "cn-khorgos": ("Хоргос", "Хоргос (CN)"),
        "cn-khorgos-rail": ("Хоргос", "Хоргос (CN)"),
    }
    assert all("label" not in r for r in json.loads(out) if r["type"] != "checkpoint")


def test_a_neighbours_page_title_says_its_country():
    assert board.post_label("cn-khorgos", "Хоргос") == "Хоргос (CN)"
    assert board.post_label("khorgos", "Хоргос") == "Хоргос"
    assert board.post_label("nowhere", "Нигде") == "Нигде"


async def test_the_tui_hit_and_its_page_say_cn(sample_store_path):
    app = make_app(sample_store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"хоргос")
        for _ in range(40):
            await settle(pilot)
            if "Хоргос (CN)" in screen_text(app):
                break
        assert isinstance(app.screen, SearchScreen)
        rows = [line.strip("│ ") for line in screen_text(app).splitlines() if "Китай" in line]
        assert [r.startswith("Хоргос (CN)  ·") for r in rows if "Китай's post" in r] == [True, True], rows
        assert any(r.startswith("Хоргос  ·") and "border with Китай" in r for r in rows), rows
        await pilot.press("down", "down", "enter")
        for _ in range(20):
            await settle(pilot)
            if isinstance(app.screen, CheckpointScreen) and app.screen.data:
                break
        assert isinstance(app.screen, CheckpointScreen)
        assert screen_text(app).splitlines()[0].strip().startswith("Хоргос (CN)"), screen_text(app)


def test_show_names_the_other_hits_so(sample_store_path, capsys, monkeypatch):
    _, out, _ = run_cli(capsys, monkeypatch, "show", "khorgos", "--db", sample_store_path, columns=200)
    others = next(line for line in out.splitlines() if line.startswith("other hits:"))
    assert others.count("Хоргос (CN) (checkpoint") == 2, others
    _, out, _ = run_cli(capsys, monkeypatch, "show", "khorgos", "--db", sample_store_path, "--json")
    labels = [o.get("label") for o in json.loads(out)["others"] if o["type"] == "checkpoint"]
    assert labels == ["Хоргос (CN)", "Хоргос (CN)"]


def test_lists_of_entities_mark_a_neighbours_post_too(sample_store_path):
    """«Mentioned with» on a page, `show`'s «named with» and the reader's side list read
    entity rows, not hits: a neighbour's post among them said «Хоргос» as well."""
    from store.db import entity_reads
    from store.db.post_names import marked_name
    from store.db.store import open_store

    assert marked_name("Хоргос", "cn-khorgos") == "Хоргос (CN)"
    assert marked_name("Хоргос", "khorgos") == "Хоргос"
    assert marked_name("Хоргос (CN)", "cn-khorgos") == "Хоргос (CN)"
    assert marked_name("Нигде", None) == "Нигде"
    store = open_store(sample_store_path)
    try:
        (eid,) = store.conn.execute("SELECT entity_id FROM checkpoints WHERE id = 'khorgos'").fetchone()
        related = entity_reads.related_entities(store, eid)
    finally:
        store.close()
    posts = {r["name"]: r["kb_id"] for r in related if r["type"] == "checkpoint"}
    assert posts and all(kb for kb in posts.values()), related
    assert all(r["kb_id"] is None for r in related if r["type"] != "checkpoint")
