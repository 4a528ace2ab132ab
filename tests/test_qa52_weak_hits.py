"""qa52: `borderdocs search qqqzzzxx` listed ten outlets and a body by a two-letter
abbreviation, at 80 columns with no score, as if they were found; `borderdocs show`
calls a best hit under 75 a guess. The table now says so under such a list. The hits are
made up."""

from __future__ import annotations

from store.cli.search_table import search_table


def entity(name: str, score: float) -> dict:
    return {
        "kind": "entity",
        "type": "organization",
        "id": 1,
        "name": name,
        "matched": name,
        "score": score,
        "articles": 3,
    }


def test_a_list_of_guesses_says_so():
    table = search_table([entity("Придуманное агентство", 72.7), entity("Example.kz", 67.4)], total=2, width=80)
    assert table.splitlines()[-1] == "no hit scores 75 or more (the best 72.7): near spellings, not matches"


def test_a_found_name_or_an_article_adds_nothing():
    assert "no hit scores" not in search_table([entity("Придуманное агентство", 100.0)], width=80)
    article = {"kind": "article", "type": "article", "id": "a", "name": "Ремонт дороги", "matched": "…", "score": 67.5}
    assert "no hit scores" not in search_table([article, entity("Example.kz", 60.0)], width=80)


def test_the_tui_knows_a_list_of_guesses():
    from tui import searching

    assert searching.only_guesses([entity("Придуманное агентство", 72.7), entity("Example.kz", 67.4)])
    assert not searching.only_guesses([entity("Придуманное агентство", 100.0), entity("Example.kz", 67.4)])
    article = {"kind": "article", "type": "article", "id": "a", "name": "Ремонт", "matched": "…", "score": 60.0}
    assert not searching.only_guesses([article]) and not searching.only_guesses([])


async def test_the_search_box_says_its_hits_are_guesses(tmp_path):
    from tests.test_tui_helpers import sample_articles, search_screen_on, type_until_whole, write_store

    path = write_store(tmp_path / "s.db", sample_articles())
    async with search_screen_on(path, size=(80, 24)) as (app, pilot, screen):
        await type_until_whole(pilot, screen, "qwerty")  # a keyboard row: a river near it, under 75 (qa63: runs of one
        # letter, as in «qqqzzzxx», now find nothing at all)
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            status = str(screen.query_one("#search-status").render())
            if "none scores" in status:
                break
        assert screen.last_results and "none scores 75: near spellings" in status, status
        await pilot.press(*["backspace"] * 6)
        await type_until_whole(pilot, screen, "Ксоак")  # a name with two letters swapped: found
        for _ in range(50):
            await app.workers.wait_for_complete()
            await pilot.pause(0.02)
            status = str(screen.query_one("#search-status").render())
            if "articles…" not in status:
                break
        assert "none scores" not in status, status
