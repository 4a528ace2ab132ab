"""qa41: the explorer as a user met it on fresh pages. The Directives list gives what was
ordered more room than the addressee most leave empty and reads a Latin or inflected name
in its filter; the board shows the deadline at 80 columns and says «undated»; a fact
filter leaves out its constant column; a checkpoint row says which post it is."""

from __future__ import annotations

from tests.test_tui_views import views_path  # noqa: F401  (fixture)
from tui.widgets import directive_list
from tui.widgets.columns import Column, visible


def test_flexible_columns_share_the_room_by_weight():
    cols = (Column("a", "a", 10), Column("b", "b", 5, flex=1), Column("c", "c", 5, flex=3))
    widths = {c.key: w for c, w in visible(cols, 51)}
    assert widths == {"a": 10, "b": 9, "c": 29}  # room 39 after a and two spaces: 1/4 and 3/4, floored
    widths = {c.key: w for c, w in visible(cols, 20)}
    assert widths["b"] == 5 and widths["c"] == 6  # room 8: b never under its own 5, c 3/4 of it


def test_at_80_columns_what_gets_more_than_the_addressee():
    widths = {c.key: w for c, w in visible(directive_list.COLUMNS, 78)}
    assert widths["what"] > widths["to"] >= 16 and sum(widths.values()) + len(widths) - 1 <= 78
    assert widths["to"] >= len("Комитет государст")  # a body's name still reads


def test_an_entity_header_counts_one_article_and_one_mention_in_the_singular():
    from tui.screens.entity_screen import entity_meta

    ent = {"name": "Иван Петров", "type": "person", "latin": None, "roles": [], "aliases": []}
    assert "1 article, 1 mention" in entity_meta({**ent, "article_count": 1, "mention_count": 1}).plain
    assert "2 articles, 1,204 mentions" in entity_meta({**ent, "article_count": 2, "mention_count": 1204}).plain


def test_the_board_at_80_columns_shows_the_deadline_and_says_undated():
    from tui.widgets import board_list

    shown = [c.key for c, _ in visible(board_list.COLUMNS, 78)]
    assert shown == ["name", "status", "status_date", "deadline", "queue"]  # rebuilt, by when; qa46: the queue
    assert "border" in [c.key for c, _ in visible(board_list.COLUMNS, 100)]
    for width in (78, 98, 118):  # the deadline costs no column its room below 150
        cols = visible(board_list.COLUMNS, width)
        assert sum(w for _, w in cols) + len(cols) - 1 <= width
    date = next(c for c in board_list.COLUMNS if c.key == "status_date")
    assert date.value({"status_date": None, "status_words": "закрыт"}) == "undated"
    assert date.value({"status_date": None, "status_words": None}) is None  # the gazetteer's: «—»
    assert date.value({"status_date": "2025-03-01", "status_words": "закрыт"}) == "2025-03-01"


def test_a_fact_filter_leaves_out_the_column_it_makes_constant():
    from tui.widgets.fact_list import FactSource

    row = {
        "date": "2025-01-02",
        "checkpoint": "Тестовый",
        "border": "Китай",
        "kind": "queue",
        "text": "очередь из 40 фур",
    }
    assert FactSource().header(80).plain.split() == ["date", "▼", "checkpoint", "kind", "fact"]
    queues = FactSource(kind="queue")
    assert queues.header(80).plain.split() == ["date", "▼", "checkpoint", "fact"]
    assert "queue" not in queues.render_row(row, 80).plain and "очередь из 40 фур" in queues.render_row(row, 80).plain
    assert "border" not in FactSource(border="Китай").header(130).plain
    assert "border" in FactSource().header(130).plain


def test_the_board_card_says_when_a_reported_status_or_queue_has_no_date():
    from tui.widgets.preview import checkpoint_preview

    row = {"name": "Тестовый", "status": "closed", "status_words": "закрыт", "queue": "40 фур", "articles": 1}
    text = checkpoint_preview({**row, "entity_id": 3}).plain
    assert "closed «закрыт»  (undated)" in text and "40 фур  (undated)" in text
    dated = checkpoint_preview({**row, "entity_id": 3, "status_date": "2025-03-01", "queue_date": "2025-03-02"}).plain
    assert "closed «закрыт»  (2025-03-01)" in dated and "40 фур  (2025-03-02)" in dated
    gazetteer = checkpoint_preview({"name": "Другой", "status": "working (gazetteer)", "articles": 0}).plain
    assert "undated" not in gazetteer


def test_an_entity_row_says_which_post_a_checkpoint_is(monkeypatch):
    from tui.widgets import entity_list

    rows = {1: "kaplanbek", 2: "cn-khorgos"}
    monkeypatch.setattr(entity_list.entity_reads, "checkpoint_for_entity", lambda store, eid: {"id": rows[eid]})
    assert entity_list.checkpoint_post(None, 1) == "road, border with Узбекистан"  # not «road, Казахстан»
    assert entity_list.checkpoint_post(None, 2) == "road, Китай's post"


async def test_the_directive_filter_reads_a_latin_or_inflected_name(views_path):
    from tests.test_tui_views import make_app, screen_text, settle
    from tui.widgets.directive_list import DirectiveList

    app = make_app(views_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4", "slash", *"bektenov")
        await settle(pilot)
        assert app.screen.query_one(DirectiveList).row_count == 1
        text = screen_text(app)
        # since ui66 what begins with by when at 80 columns: «в месячный срок: навести поря…»
        assert "words: bektenov → Олжас Бектенов" in text and "в месячный срок: навести" in text
        await pilot.press(*["backspace"] * 8, *"zzqq")
        await settle(pilot)
        assert app.screen.query_one(DirectiveList).row_count == 0 and "→" not in screen_text(app).splitlines()[3]


async def test_a_person_page_lists_the_directives_given(views_path):
    from tests.test_tui_views import make_app, screen_text, settle
    from tui.screens.entity_screen import EntityScreen

    app = make_app(views_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *"бектенов")
        await settle(pilot)
        await pilot.press("enter")  # the filter box hands the list the focus
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntityScreen) and app.screen.data["name"] == "Олжас Бектенов"
        text = screen_text(app)
        # giver → addressee: task, as `borderdocs show` prints it (ux85; it read «… · Комитет … · навести …»)
        assert "Directives (1)" in text and "→ Комитет государственных доходов: навести порядок" in text
        assert text.index("Directives (1)") < text.index("Articles (")
