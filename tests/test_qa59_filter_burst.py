"""qa59: the filter dialog's fields typed in one burst (a paste, a fast typist over SSH,
tmux's send-keys: an outlet, tab, a language). The app hands each key to the field focused
when it reads the key, and tab, a binding, moved the focus only once it had passed up to
the app: the letters behind it went on in the outlet («Zakon.kzkk») and the language
stayed empty. Typed right behind `f`, tab went to the list under the dialog. Now tab
moves to the next field as it is read, and the letters behind it go there."""

from __future__ import annotations

import pytest
from textual import events

from tests.test_qa52_entity_typing import _character_to_key
from tests.test_tui import make_app, settle, settle_until_still
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)

NAMED = {"tab": None, "shift+tab": None}


def _post(app, keys: list[str]) -> None:
    for k in keys:
        app.post_message(events.Key(k, NAMED[k]) if k in NAMED else events.Key(_character_to_key(k), k))


async def _fields(path, first: list[str], then: list[str]) -> dict[str, str]:
    """The dialog's fields after `first` (settled) and `then`, each posted in one burst."""
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        _post(app, first)
        await settle(pilot)
        _post(app, then)
        await settle_until_still(pilot, 5)
        return {box.id: box.value for box in app.screen.query("Input")}


@pytest.mark.parametrize("split", [1, 0])  # the dialog open before the burst, or `f` in it
async def test_an_outlet_tab_and_a_language_in_one_burst_fill_both(store_path, split):  # noqa: F811
    keys = ["f", *"Zakon", "tab", *"kk"]
    fields = await _fields(store_path, keys[:split], keys[split:])
    assert fields["filter-source"] == "Zakon"
    assert fields["filter-language"] == "kk"


async def test_shift_tab_in_the_burst_goes_back(store_path):  # noqa: F811
    fields = await _fields(store_path, ["f"], ["tab", *"kk", "shift+tab", *"Zakon"])
    assert (fields["filter-source"], fields["filter-language"]) == ("Zakon", "kk")
