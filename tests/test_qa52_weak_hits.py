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
