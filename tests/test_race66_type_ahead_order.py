"""race66: «/Достык» in one burst searched «Дотсык» (1 of 20 bursts under random 0–30 ms
delays, race65's seed 23). The letters of a burst reach the search by different paths:
those the app forwarded to the Articles list before `/` acted climb the list's chain of
widgets to the main screen, which hands them to the search (take_queued_key); those read
after go to the box, or to the search screen while nothing has the focus. A letter still
climbing was overtaken by one typed after it. Each letter now goes where it was typed
(events.Key.time) among the last ones, and a held key likewise. Each test makes the late
letter arrive after the one typed behind it, the way the delays did; all fail at cfbd7865."""

from __future__ import annotations

from textual import events

from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


def test_typed_order_puts_a_late_letter_before_those_typed_after_it():
    from tui.screens.search_keys import TypedOrder

    order = TypedOrder()
    text = ""
    for letter, when in (("Д", 1.0), ("о", 2.0), ("с", 3.0), ("ы", 5.0), ("т", 4.0), ("к", 6.0)):
        at = order.place(text, when)
        text = text[:at] + letter + text[at:]
        order.typed(text)
    assert text == "Достык"
    # another edit (backspace, a set value) forgets the times: the next letter goes at the end
    assert order.place("Досты", 0.5) == len("Досты")


async def test_a_letter_climbing_the_articles_list_goes_before_one_typed_after_it(store_path):  # noqa: F811
    from tui.screens.search_screen import SearchScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Дос")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#search-input")
        typed_first, typed_next = events.Key("т", "т"), events.Key("ы", "ы")
        assert typed_first.time < typed_next.time
        app.post_message(typed_next)  # read after `/` acted: the app gives it to the box
        await settle(pilot)
        assert box.value == "Досы"
        # read before `/` acted: the app gave it to the Articles list, and it climbs to the main screen
        app.main_screen.query_one("#article-list").post_message(typed_first)
        await settle(pilot)
        assert box.value == "Досты"
        assert box.cursor_position == len("Досты")
        app.post_message(events.Key("к", "к"))  # the rest of the burst goes on at the end
        await settle(pilot)
        assert box.value == "Достык"
        assert screen._searched == "Достык"  # the box's text is what was searched


async def test_a_letter_sent_to_the_screen_before_its_box_is_built_goes_where_it_was_typed(store_path):  # noqa: F811
    from tui.screens.search_screen import SearchScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = SearchScreen()
        first, second = events.Key("х", "х"), events.Key("о", "о")
        assert screen.take_queued_key(second)  # the box is not composed: its text is `initial`
        assert screen.take_queued_key(first)
        app.push_screen(screen)
        await settle(pilot)
        assert screen.query_one("#search-input").value == "хо"


async def test_a_late_letter_joins_held_keys_before_the_down_typed_after_it(store_path, monkeypatch):  # noqa: F811
    from tui.screens.search_screen import SearchScreen
    from tui.widgets.result_rows import ResultRows

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Досты")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        letter, down = events.Key("к", "к"), events.Key("down", None)
        monkeypatch.setattr(SearchScreen, "_results_pending", lambda self: True)  # «Досты»'s rows on their way
        app.post_message(down)  # to the box, then the screen: held for the results
        await settle(pilot)
        assert screen.holds_keys()
        app.main_screen.query_one("#article-list").post_message(letter)  # typed before ↓, arrives after it
        await settle(pilot)
        monkeypatch.undo()
        await screen._release_held()  # the results came: the held keys act in the order typed
        await settle(pilot)
        assert screen.query_one("#search-input").value == "Достык"
        assert isinstance(screen.focused, ResultRows)  # ↓ acted after «к»: it left the box
        assert not screen.holds_keys()
