"""qa57: `borderdocs show КГД` listed none of the directives whose «what» names the
committee («привлечь к ответственности председателей Комитета …»): a body's or person's
page matched its name in the giver and the addressee only. Now it lists the orders it
gave, was given, or is named in, the last marked «names it» (`named_as` in --json), by
the spellings its articles print it with (inflected, abbreviated), as whole words. The
notes are made up."""

from __future__ import annotations

import json

from store.db import directive_reads
from store.db.store import open_store
from store.model import Article, Directive, Extraction
from tests.notes import run_cli
from tests.test_tui_helpers import mention, write_store

BODY = (
    "Арман Выдуманов поручил наказать руководство Комитета придуманных сборов за очереди. "
    "Он также поручил Комитету придуманных сборов открыть две полосы. "
    "Выдуманов поручил акимату убрать снег."
)
ORG = "Комитет придуманных сборов"


def _store(tmp_path) -> str:
    art = Article(file="a.txt", path="/in/a.txt", title="Совещание", body=BODY, raw=BODY, date="2025-03-01")
    ext = Extraction(
        mentions=[
            mention(BODY, "person", "Арман Выдуманов", "Арман Выдуманов"),
            mention(BODY, "organization", ORG, "Комитета придуманных сборов"),
            mention(BODY, "organization", ORG, "Комитету придуманных сборов"),
        ],
        directives=[
            Directive(
                "Арман Выдуманов", None, "наказать руководство Комитета придуманных сборов за очереди", None, "s1"
            ),
            Directive("Арман Выдуманов", "Комитету придуманных сборов", "открыть две полосы", None, "s2"),
            Directive("Арман Выдуманов", "акимату", "убрать снег", None, "s3"),
        ],
    )
    return str(write_store(tmp_path / "s.db", [(art, ext)]))


def test_a_body_page_lists_the_orders_naming_it_and_says_which(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "show", "придуманных сборов", "--db", path)
    assert code == 0
    start = out.splitlines().index("directives:")
    listed = " ".join(line.strip() for line in out.splitlines()[start:])  # a wrapped row as one
    assert "→ Комитету придуманных сборов: открыть две полосы" in listed
    assert "наказать руководство Комитета придуманных сборов за очереди · names it" in listed
    assert "убрать снег" not in listed  # an order to another body, in the same article
    code, out, _ = run_cli(capsys, monkeypatch, "show", "придуманных сборов", "--db", path, "--json")
    card = json.loads(out)
    assert card["directive_total"] == 2
    assert sorted(d["named_as"] for d in card["directives"]) == ["addressee", "named"]


def test_the_giver_keeps_every_order_it_gave(tmp_path, capsys, monkeypatch):
    path = _store(tmp_path)
    code, out, _ = run_cli(capsys, monkeypatch, "show", "Выдуманов", "--db", path, "--json")
    card = json.loads(out)
    assert code == 0 and card["directive_total"] == 3
    assert {d["named_as"] for d in card["directives"]} == {"giver"}
    assert "names it" not in run_cli(capsys, monkeypatch, "show", "Выдуманов", "--db", path)[1]


def test_a_spelling_is_matched_as_whole_words(tmp_path):
    path = _store(tmp_path)
    st = open_store(path)
    try:
        eid = st.conn.execute("SELECT id FROM entities WHERE name = ?", (ORG,)).fetchone()[0]
        assert len(directive_reads.entity_directives(st, eid, ORG)) == 2
    finally:
        st.close()
    d = {"by": "Иван Придумов", "to": None, "what": "проверить КГДХ и склады"}
    assert directive_reads._named_as(d, "комитет", ["кгд"]) is None
    assert directive_reads._named_as({**d, "what": "проверить КГД и склады"}, "комитет", ["кгд"]) == "named"


async def test_the_tui_entity_page_lists_them_too(tmp_path):
    from tests.test_tui import make_app, settle
    from tui.messages import OpenTarget
    from tui.navigation import EntityTarget

    path = _store(tmp_path)
    st = open_store(path)
    eid = st.conn.execute("SELECT id FROM entities WHERE name = ?", (ORG,)).fetchone()[0]
    st.close()
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.post_message(OpenTarget(EntityTarget(eid, "organization")))
        await settle(pilot)
        items = app.screen.query_one("#items")
        prompts = [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]
        assert "Directives (2)" in prompts
        assert any("наказать руководство" in p and "names it" in p for p in prompts)
        assert not any("убрать снег" in p for p in prompts)
