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
