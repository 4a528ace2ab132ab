"""race67: the prompts `w`, `f` and `e` open take the letters typed right behind them by
the same two paths as the search (race66): those the app forwarded to the Articles list
before the key acted climb to the main screen, which hands them to the prompt
(take_queued_key), those read after go to the box. Each path went in at the end, so a
letter still climbing was overtaken by one typed after it («wочередь» gave «очеердь»);
and a letter handed over after compose had made the box but before it was mounted went
into the text the box had already read, and was lost (`tui_race_flows.py words`: «оче»).
Each letter now goes in by its key's time (widgets.typed_input: one order for the box's
own keys and the screen's), into the box compose made. Each test makes a late letter
arrive the way the delays did; all fail at c1864730."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tests.test_tui import make_app, settle
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


async def _late_letter(app, pilot, box: Input, first: events.Key, then: events.Key) -> None:
    """`then` (typed after `first`) read after the prompt took the focus, so it goes to the
    box; `first` read before, so the app gave it to the Articles list, and it climbs."""
    assert first.time < then.time
    app.post_message(then)
    await settle(pilot)
    app.main_screen.query_one("#article-list").post_message(first)
    await settle(pilot)


async def test_words_prompt_takes_a_late_letter_where_it_was_typed(store_path):  # noqa: F811
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w", *"оче")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one(Input)
        await _late_letter(app, pilot, box, events.Key("р", "р"), events.Key("е", "е"))
        assert box.value == "очере"
        assert box.cursor_position == len("очере")
        await pilot.press(*"дь", "enter")  # the rest goes on at the end, and is the filter
        await settle(pilot)
        assert app.main_screen.article_filter.words == "очередь"


async def test_export_prompt_late_first_letter_goes_before_the_one_that_replaced_the_default(store_path):  # noqa: F811
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, PromptScreen)
        box = app.screen.query_one(Input)
        assert box.value == "borderdocs-articles.csv"  # opened selected: the first letter replaces it
        await _late_letter(app, pilot, box, events.Key("o", "o"), events.Key("u", "u"))
        # before: the late «o» started the name over and dropped «u»
        assert box.value == "ou"
        await pilot.press(*"t.json")
        assert box.value == "out.json"


async def test_filter_field_takes_a_late_letter_where_it_was_typed(store_path):  # noqa: F811
    from tui.screens.filter_screen import FilterScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"kazi")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen)
        box = app.screen.query_one("#filter-source", Input)
        await _late_letter(app, pilot, box, events.Key("n", "n"), events.Key("f", "f"))
        assert box.value == "kazinf"


async def test_letters_handed_over_before_the_prompt_is_built_go_where_they_were_typed(store_path):  # noqa: F811
    from tui.screens.filter_screen import FilterScreen
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        prompt, dialog = PromptScreen("words?"), FilterScreen(app.main_screen.article_filter)
        for screen in (prompt, dialog):
            first, second = events.Key("х", "х"), events.Key("о", "о")
            assert screen.take_queued_key(second)  # not composed yet: the text it will be made with
            assert screen.take_queued_key(first)
        app.push_screen(prompt)
        await settle(pilot)
        assert prompt.query_one(Input).value == "хо"
        prompt.dismiss(None)
        await settle(pilot)
        app.push_screen(dialog)
        await settle(pilot)
        assert dialog.query_one("#filter-source", Input).value == "хо"


async def test_a_letter_handed_over_between_compose_and_mount_is_in_the_box(store_path, monkeypatch):  # noqa: F811
    """compose has made the box (with the text typed ahead so far), query does not find it
    yet: the letter goes into that box, not into the text it was made with (lost before)."""
    from tui.screens.filter_screen import FilterScreen
    from tui.screens.prompt_screen import PromptScreen

    def then_a_letter(made):
        def compose(self):
            yield from made(self)
            assert self.take_queued_key(events.Key("ь", "ь"))  # made, not mounted

        return compose

    monkeypatch.setattr(PromptScreen, "compose", then_a_letter(PromptScreen.compose))
    monkeypatch.setattr(FilterScreen, "compose", then_a_letter(FilterScreen.compose))
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for screen, selector in (
            (PromptScreen("words?"), "#prompt-input"),
            (FilterScreen(app.main_screen.article_filter), "#filter-source"),
        ):
            assert screen.take_queued_key(events.Key("д", "д"))  # not composed yet
            app.push_screen(screen)
            await settle(pilot)
            box = screen.query_one(selector, Input)
            assert box.value == "дь"
            assert box.cursor_position == 2
            screen.dismiss(None)
            await settle(pilot)


async def test_letters_handed_into_the_box_before_its_focus_are_not_selected_by_it(store_path, monkeypatch):  # noqa: F811
    """The export prompt's box is made to open selected (its default name); the first letter
    handed to it before its focus replaces the default, and the focus must not select that
    letter: the next one typed replaced it («eout.json» gave «son»)."""
    from tui.screens.prompt_screen import PromptScreen

    made = PromptScreen.compose

    def compose(self):
        yield from made(self)
        assert self.take_queued_key(events.Key("o", "o"))  # made, not mounted, not focused

    monkeypatch.setattr(PromptScreen, "compose", compose)
    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = PromptScreen("Export to:", "borderdocs-articles.csv", typed_replaces=True)
        app.push_screen(screen)
        await settle(pilot)
        await pilot.press("u")
        assert screen.query_one(Input).value == "ou"


async def test_a_letter_the_app_sends_to_the_prompt_screen_itself_goes_in(store_path):  # noqa: F811
    """While no widget has the focus the app sends a key to the screen, where no one took it."""
    from tui.screens.filter_screen import FilterScreen
    from tui.screens.prompt_screen import PromptScreen

    app = make_app(store_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for key, kind, selector in (("w", PromptScreen, "#prompt-input"), ("f", FilterScreen, "#filter-source")):
            await pilot.press(key, *"оче")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, kind)
            screen.set_focus(None)  # as between the screen's mount and the box's focus
            await settle(pilot)
            app.post_message(events.Key("р", "р"))
            await settle(pilot)
            assert screen.query_one(selector, Input).value == "очер"
            await pilot.press("escape")
            await settle(pilot)
