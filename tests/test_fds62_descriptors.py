"""Descriptors a long session or a library caller must not pile up (fds62): an app
run ends with its store closed, and repeated searches open nothing that stays open.
A one-process test run stopped at select()'s 1,024 descriptors: every app run under
run_test left its store and the store's -wal open (the app never closed its reader), and
every ingest with one job its worker's reading connection (a sqlite3 connection holds
itself through its statement cache: dropped, it waits for the cyclic collector)."""

from __future__ import annotations

import os

from store.db import store as db
from store.ingest import ingest
from store.search import search as engine
from tests.test_qa39_tui import items
from tests.test_tui import make_app, settle
from tests.test_tui_helpers import write_store

LAUNCHES = 30
SEARCHES = 200
INGESTS = 50


def open_fds() -> list[str]:
    out = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            out.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the listing's own descriptor, closed by now
            pass
    return out


def of_store(path) -> list[str]:
    return [f for f in open_fds() if f.startswith(str(path))]


async def test_app_runs_leave_no_store_descriptor_open(tmp_path):
    path = write_store(tmp_path / "store.db", items())
    assert of_store(path) == []
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"хоргос")
        await settle(pilot)
        assert of_store(path)  # open while it runs
    after_first = len(open_fds())
    assert of_store(path) == []
    for _ in range(LAUNCHES):
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
    assert of_store(path) == []
    assert len(open_fds()) <= after_first


def test_repeated_searches_open_nothing_that_stays(tmp_path):
    path = write_store(tmp_path / "store.db", items())
    store = db.open_store(path)
    try:
        engine.search(store, "хоргос")  # the first builds and maps the process's indexes
        before = sorted(open_fds())
        for i in range(SEARCHES):
            engine.search(store, ("хоргос", "пункт хоргос", "Azat Press", "водители")[i % 4])
        assert sorted(open_fds()) == before
    finally:
        store.close()
    assert of_store(path) == []


def test_repeated_ingests_of_a_file_leave_nothing_open(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Пункт пропуска Хоргос закрыт на ремонт.\n\nВодители стоят в очереди у пункта Хоргос.", encoding="utf-8"
    )
    path = tmp_path / "s.db"
    assert ingest([folder], path, jobs=1).ingested == 1
    before = len(open_fds())
    assert of_store(path) == []
    for _ in range(INGESTS):
        ingest([folder], path, jobs=1)
    assert of_store(path) == []
    assert len(open_fds()) <= before
