"""What the first paint of the explorer does not pay for: the modules of tabs 2 to 5,
imported when their tab is first shown, their row sources made when first read (that
they are not loaded at the first paint is in tests/test_import_hygiene.py)."""

from __future__ import annotations

from tui.screens.main_screen import MainScreen


def test_a_tab_source_is_made_when_first_read_and_can_be_replaced():
    from tui.widgets.board_list import BoardSource
    from tui.widgets.entity_list import EntitySource

    screen = MainScreen()
    assert "_board_source" not in vars(screen) and "_entity_source" not in vars(screen)
    assert isinstance(screen.board_source, BoardSource) and screen.board_source is screen.board_source
    screen.entity_source = EntitySource(text="хоргос")
    assert screen.entity_source.text == "хоргос"
    assert isinstance(MainScreen().entity_source, EntitySource)  # one per screen
    assert MainScreen().entity_source.text != "хоргос"
