"""race65: the TUI's flows a user drives fast (the search typed letter by letter then tab,
tabs 2-5 with their keys, a page opened from each), each in one burst and one by one,
under random 0-MAXD s sleeps before every store read and before PMSG of the messages any
pump dispatches (flake60's harness, stop 46); each final screen is compared with the
flow's unperturbed one-by-one screen, and the first screen of each kind of mismatch is
printed with the app's focus, stack and widget regions.

Usage: WT=<checkout> PYTHONPATH=<checkout> python bench/tui_race_flows.py FLOW N MAXD PMSG SEED
(e.g. `search 40 0.03 0.5 11`); FLOW one of FLOWS; SIZE=60x24 for another terminal size
(80x24 by default: at 60 columns a table tab's status line takes two lines, race66).
Mostly sleeps (~0.25 core)."""

import asyncio
import os
import pathlib
import random
import sys
import tempfile
import time

sys.path.insert(0, os.environ.get("WT", "."))
from textual import events
from textual import message_pump as MP
from textual.keys import _character_to_key
from textual.widgets import Input

from tests.test_tui import make_app, screen_text, settle, settle_until_still
from tests.test_tui_helpers import sample_articles, write_store
from tui import reader as R

NAMED = {"down": None, "enter": "\r", "escape": "\x1b", "tab": "\t", "slash": "/"}
FLOWS = {
    "search": ["slash", *"Достык", "tab", "tab"],
    "search_page": ["slash", *"Достык", "enter"],
    "board": ["3", "s", "u", "k"],
    "board_page": ["3", "s", "u", "k", "enter"],
    "facts": ["5", "k"],
    "facts_page": ["5", "k", "enter"],
    "directives": ["4", "s"],
    "directives_page": ["4", "s", "enter"],
    "entities_page": ["2", "down", "enter"],
    # race67: the prompts `w`, `f`, `e` open take type-ahead by the same paths as the search
    "words": ["w", *"очередь"],
    "filter": ["f", *"kazinform"],
    "export": ["e", *"out.json"],
}
flow = sys.argv[1]
keys = FLOWS[flow]
n = int(sys.argv[2])
maxd = float(sys.argv[3])
pmsg = float(sys.argv[4])
seed = int(sys.argv[5])
size = tuple(int(n) for n in os.environ.get("SIZE", "80x24").split("x"))
random.seed(seed)
p = pathlib.Path(tempfile.mkdtemp()) / "s.db"
write_store(p, sample_articles())
CHAOS = [False]
orig = R.StoreReader.run


def run(self, fn, *a, **k):
    if CHAOS[0]:
        time.sleep(random.uniform(0, maxd))
    return orig(self, fn, *a, **k)


R.StoreReader.run = run
odisp = MP.MessagePump._dispatch_message


async def disp(self, message):
    if CHAOS[0] and random.random() < pmsg:
        await asyncio.sleep(random.uniform(0, maxd))
    return await odisp(self, message)


MP.MessagePump._dispatch_message = disp


def state(app):
    out = [f"stack={[type(s).__name__ for s in app.screen_stack]} focused={app.screen.focused!r}"]
    for w in app.screen.query("*"):
        if w.id or type(w).__name__ == "FooterKey":
            out.append(f"  {w!r} region={w.region} size={w.size} vsize={w.virtual_size}")
    return "\n".join(out)


def typed(app):
    """What the boxes on top hold (race67: a prompt's type-ahead, apart from the rest of its screen)."""
    return tuple(w.value for w in app.screen.query(Input))


async def post_keys(app, pilot, burst):
    for k in keys:
        app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))
        if not burst:
            await settle(pilot)
    await settle_until_still(pilot, 8)


async def after(burst):
    app = make_app(p)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await post_keys(app, pilot, burst)
        return type(app.screen).__name__, screen_text(app), state(app), typed(app)


async def main():
    ref = await after(False)
    print(f"=== {flow} reference: {ref[0]}\n{ref[1]}", flush=True)
    CHAOS[0] = True
    bad = {"burst": 0, "slow": 0}
    wrong = {"burst": 0, "slow": 0}  # of them, with the boxes' text not the reference's
    runs = {"burst": 0, "slow": 0}
    seen = set()
    for i in range(n):
        burst = i % 2 == 0
        m = "burst" if burst else "slow"
        got = await after(burst)
        runs[m] += 1
        if got[:2] != ref[:2]:
            bad[m] += 1
            if got[3] != ref[3]:
                wrong[m] += 1
                print(f"TYPED run {i} {m}: {got[3]!r} (reference {ref[3]!r})", flush=True)
            if got[:2] not in seen:
                seen.add(got[:2])
                print(f"=== MISMATCH run {i} {m}: {got[0]}\n{got[1]}\n{got[2]}\n--- ref state\n{ref[2]}", flush=True)
    print(
        f"RESULT flow={flow} seed={seed} size={size[0]}x{size[1]} runs={runs} mismatches={bad} typed={wrong}",
        flush=True,
    )


asyncio.run(main())
