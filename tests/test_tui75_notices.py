"""The session notices on every screen, in one line (stop 42, tui75): a page opened over
the lists (an article, a checkpoint, an entity, the help) shows the same notice line as
the lists, `!` there hides it everywhere, and each notice is one line at 60 and 80
columns with its detail (the count, the file, SQLite's message) in the help."""

from __future__ import annotations

import pytest

from tests.test_tui74_notices import _settled, older_store, quick_check  # noqa: F401  (fixtures)
from tests.test_tui_helpers import store_path  # noqa: F401  (fixture)


def _lines(screen):
    from tui.widgets.notice_line import NoticeDetails, NoticeLine

    return [line for line in screen.query(NoticeLine) if not isinstance(line, NoticeDetails)]


async def _open_checkpoint(app, pilot) -> None:
    """`/` khorgos, ↓ to the first hit, ⏎: its page, read."""
    await pilot.press("slash", *"khorgos")
    await pilot.pause(0.3)
    await app.workers.wait_for_complete()
    await pilot.press("down", "enter")
    for _ in range(40):
        await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        if type(app.screen).__name__.endswith("Screen") and app.screen.query("#meta"):
            break
    await pilot.pause()


@pytest.mark.parametrize("width", [60, 80])
async def test_a_page_opened_from_search_shows_the_notice_and_hides_it_for_the_session(
    older_store,  # noqa: F811
    quick_check,  # noqa: F811
    width,
):
    from tui.cli import build_app
    from tui.screens.detail import DetailScreen
    from tui.screens.main_screen import MainScreen

    app = build_app(["--db", str(older_store)])
    async with app.run_test(size=(width, 24)) as pilot:
        await _settled(app, pilot)
        await _open_checkpoint(app, pilot)
        page = app.screen
        assert isinstance(page, DetailScreen)
        (line,) = _lines(page)
        assert line.display and line.region.height == 1 and line.region.bottom == 23  # over the footer
        assert line.render().plain == "! Older rules: run borderdocs reextract · ! hides"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert not line.display and not app.session_notices
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert not _lines(app.screen)[0].display  # hidden there too: one state


async def test_the_help_shows_the_notice_in_full_and_its_line(older_store, quick_check):  # noqa: F811
    from tui.cli import build_app
    from tui.screens.help_screen import HelpScreen
    from tui.widgets.notice_line import NoticeDetails

    app = build_app(["--db", str(older_store)])
    async with app.run_test(size=(60, 24)) as pilot:
        await _settled(app, pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        details = app.screen.query_one(NoticeDetails).render().plain
        assert (
            details
            == "! Older rules: 5 of 5 articles extracted by older rules — `borderdocs reextract` brings them up to date"
        )
        (line,) = _lines(app.screen)
        assert line.display and line.region.height == 1
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert not line.display and not app.screen.query_one(NoticeDetails).display


@pytest.mark.parametrize("width", [60, 80])
async def test_every_session_notice_is_one_line(store_path, width):  # noqa: F811
    """Read-only, damaged (SQLite's message with a long path), older rules: each one line
    at 60 and 80 columns, all three shown at once; the long detail is the help's."""
    from tui.cli import build_app
    from tui.widgets.notice_line import damaged_notice, older_rules_notice, readonly_notice

    path = "/home/someone/a folder with a long name/" + "border_news_archive_" * 3 + ".db"
    problem = f"{path} is damaged (database disk image is malformed): `sqlite3 {path} .recover` rescues it"
    app = build_app(["--db", str(store_path)])
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        app.say_for_session("Read-only store", readonly_notice(path))
        app.say_for_session("Damaged store", damaged_notice(problem))
        app.say_for_session("Older rules", older_rules_notice(123_456, 200_000))
        await pilot.pause()
        (line,) = _lines(app.screen)
        said = line.render().plain.split("\n")
        assert line.region.height == 3 and len(said) == 3
        assert all(len(row) <= width - 1 for row in said)  # its left padding
        assert [row.split(":")[0] for row in said] == ["! Read-only store", "! Damaged store", "! Older rules"]
        assert path not in line.render().plain and said[-1].endswith("! hides")


def test_untrusted_detail_is_plain_text():
    """A file name with markup in the help's detail stays the characters it is."""
    from tui.widgets.notice_line import notice_details, readonly_notice

    name = "[bold red]x[/] *not* `code`.db"
    assert name in notice_details({"Read-only store": readonly_notice(name)}).plain


def test_snapshot_a_checkpoint_page_with_the_notice_at_60x24(snap_compare, older_store, quick_check):  # noqa: F811
    """The picture: a checkpoint opened from search on an older-rules store at 60×24, the
    notice on one row between the page and its footer."""
    from tests.test_tui_snapshots import app_for

    async def run_before(pilot) -> None:
        await _settled(pilot.app, pilot)
        await _open_checkpoint(pilot.app, pilot)

    assert snap_compare(app_for(older_store), terminal_size=(60, 24), run_before=run_before)


async def test_an_article_and_an_entity_page_show_the_notice(older_store, quick_check):  # noqa: F811
    """⏎ on the Articles list and on the Entities list: each page has the one line."""
    from tui.cli import build_app
    from tui.screens.article_screen import ArticleScreen
    from tui.screens.entity_screen import EntityScreen

    app = build_app(["--db", str(older_store)])
    async with app.run_test(size=(80, 24)) as pilot:
        await _settled(app, pilot)
        for keys, page in ((("enter",), ArticleScreen), (("2", "down", "enter"), EntityScreen)):
            for key in keys:
                await pilot.press(key)
                await pilot.pause(0.1)
                await app.workers.wait_for_complete()
            await pilot.pause()
            assert isinstance(app.screen, page), app.screen
            (line,) = _lines(app.screen)
            assert line.display and line.region.height == 1 and line.render().plain.startswith("! Older rules: ")
            await pilot.press("escape")
            await pilot.pause()
