"""Start-up stays light and the layers stay apart, checked in fresh interpreters
(as Harlequin's test does): importing the TUI must not load the NER stack, and
the store must not load any UI library."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("natasha", "slovnet", "navec", "pymorphy2", "pymorphy3", "yargy")
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
