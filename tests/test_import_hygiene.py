"""Start-up stays light and the layers stay apart, checked in fresh interpreters
(as Harlequin's test does): importing the TUI must not load the NER stack, and
the store must not load any UI library."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("natasha", "slovnet", "navec", "pymorphy2", "pymorphy3", "yargy")
# Loaded only to write or migrate: a quarter of a second the first paint need not pay.
WRITE_ONLY = ("sqlite_utils", "numpy")
UI = ("textual", "rich")
# What the explorer's first paint must not import (full module names): the identity key's
# chain and the write path (only a writer or the schema-5 migration needs them), and the
# search engine (the palette and `/` bring it when first used), the gazetteer (the
# board, facts and directives read it when first shown). Each was on the first
# paint's path once and cost it time: 2026-12-03, the chain store.db.store -> entities ->
# names, persons, canonical came back through the read modules and the migrations.
NOT_AT_FIRST_PAINT = (
    "store.db.store",
    "store.db.entities",
    "store.db.writes",
    "store.model",
    "store.lang.identity",
    "store.lang.names",
    "store.lang.persons",
    "store.lang.canonical",
    "store.lang.normalize",
    "store.search",
    "store.lang.gazetteer",
    "tui.commands",
    "tui.searching",
    # the lists of tabs 2 to 5, imported when their tab is first shown (tui17)
    "tui.widgets.board_list",
    "tui.widgets.directive_list",
    "tui.widgets.entity_list",
    "tui.widgets.fact_list",
    "sqlite_utils",
    "numpy",
    # screen67: the release (--version asks for it), the store's migrations (a store is
    # migrated once), the table tabs' and the Entities tab's read modules, the words
    # filter's lemmatizer and the copies' keys (the first article shown): 68 modules and
    # about half the project's source the first paint compiled
    "importlib.metadata",
    *(f"store.db.migrate_v{n}" for n in range(4, 14)),
    "store.db.board",
    "store.db.directive_reads",
    "store.db.fact_reads",
    "store.db.entity_reads",
    "store.db.search_reads",
    "store.db.duplicates",
    "store.lang.fts_terms",
    "store.lang.statuses",
    "store.lang.kazakh",
)

# Runs the explorer headless until the article list has drawn its rows, then prints
# every module the process holds.
FIRST_PAINT_PROBE = """
import asyncio, json, sys
import tui.cli

app = tui.cli.build_app(["--db", sys.argv[1]])
assert not isinstance(app, str), app

async def first_paint():
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(500):
            lst = app.screen.query("#article-list")
            if lst and lst.first().loaded:
                await pilot.pause()
                return
            await pilot.pause(0.01)
        raise SystemExit("the article list never loaded")

asyncio.run(first_paint())
print(json.dumps(sorted(sys.modules)))
"""


def loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_tui_start_loads_no_language_models():
    mods = loaded_after("import tui.app, tui.cli; from tui.screens import main_screen, search_screen")
    assert "textual" in mods  # the probe really imported the app
    assert not mods & set(HEAVY), mods & set(HEAVY)


def test_store_modules_load_no_ui():
    mods = loaded_after("import store.db.store, store.db.queries, store.search.search, store.sanitize, store.model")
    assert "sqlite3" in mods and "numpy" in mods  # the probe really imported the store and search
    assert "sqlite_utils" not in mods  # imported by writes and exports when they use it (Store.db)
    assert not mods & set(UI), mods & set(UI)


def test_opening_a_store_for_the_tui_loads_no_write_only_library(tmp_path):
    """The explorer's start (arguments, opening the store, the App) reads through the
    plain sqlite3 connection; sqlite-utils comes in only when something writes."""
    from store.db import store as db

    path = tmp_path / "s.db"
    db.open_store(path, write=True, create=True).close()
    mods = loaded_after(
        f"import tui.cli; app = tui.cli.build_app(['--db', {str(path)!r}]); assert not isinstance(app, str)"
    )
    assert "textual" in mods
    assert not mods & set(WRITE_ONLY), mods & set(WRITE_ONLY)


def test_a_store_still_offers_its_sqlite_utils_view(tmp_path):
    from store.db import store as db

    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        assert "articles" in store.db.table_names()
        assert store.db.conn is store.conn
    finally:
        store.close()


def test_first_paint_imports_neither_the_write_path_nor_the_search_engine(tmp_path):
    """Run the explorer to its first painted list in a fresh interpreter: none of the
    modules of NOT_AT_FIRST_PAINT (nor a package under one of them) is loaded."""
    from tests.test_tui_helpers import sample_articles, write_store

    path = write_store(tmp_path / "s.db", sample_articles())
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(path)], capture_output=True, text=True, check=True
    )
    mods = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "tui.screens.main_screen" in mods and "store.db.rows" in mods  # the probe really painted
    loaded = sorted(m for m in mods if any(m == bad or m.startswith(bad + ".") for bad in NOT_AT_FIRST_PAINT))
    assert not loaded, loaded
