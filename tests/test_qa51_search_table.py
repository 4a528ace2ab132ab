"""qa51: at 80 columns `borderdocs search` left out the matched column, so a person found
by a post («председатель КГД») read as a bare name with an article count; the TUI's search
shows «← председатель КГД». The narrow table now says it after what the hit is."""

from __future__ import annotations

from store.cli.search_table import search_table
from store.cli.table import cells

PERSON = {
    "kind": "entity",
    "type": "person",
    "id": 5,
    "name": "Арман Выдуманов",
    "matched": "глава комитета",
    "score": 96.0,
    "articles": 1,
    "kb_id": "p-made-up",
}
BODY = {
    "kind": "entity",
    "type": "organization",
    "id": 6,
    "name": "Придуманный комитет",
    "matched": "придуманный комитет",
    "score": 100.0,
    "articles": 4,
}
ARTICLE = {
    "kind": "article",
    "type": "article",
    "id": "a1",
    "name": "Председатель придуманного комитета посетил пост",
    "matched": "…председатель придуманного комитета посетил…",
    "score": 70.0,
    "date": "2025-01-02",
    "source": "Example.kz",
}


def test_a_hit_found_by_other_words_says_them_at_80_columns():
    lines = search_table([PERSON, BODY, ARTICLE], width=80).splitlines()
    assert all(cells(line) <= 80 for line in lines)
    person = next(line for line in lines if "Арман Выдуманов" in line)
    assert person.rstrip().endswith("1 article · ← глава комитета")


def test_its_own_name_in_another_case_and_an_articles_snippet_add_nothing():
    table = search_table([BODY, ARTICLE], width=80)
    assert "←" not in table
    assert "4 articles" in table and "2025-01-02 Example.kz" in table


def test_a_post_side_comes_before_the_words_so_a_cut_line_keeps_it():
    post = {
        "kind": "entity",
        "type": "checkpoint",
        "id": 9,
        "name": "Пост",
        "matched": "граница с выдуманной страной пропуск грузовиков",
        "score": 99.0,
        "articles": 20,
        "kb_id": None,
    }
    line = search_table([post], width=60).splitlines()[1]
    assert cells(line) <= 60 and line.rstrip().endswith("…") and "20 articles · ← граница" in line
    side = dict(post, kb_id="made-up-post")  # «0 articles · made-up-post» leaves the words no room
    narrow = search_table([dict(side, articles=0, name="Пост")], width=48).splitlines()[1]
    assert narrow.rstrip().endswith("0 articles · made-up-post") and "←" not in narrow


def test_wide_lines_keep_the_words_in_their_own_column():
    table = search_table([PERSON], width=160)
    assert "←" not in table and "глава комитета" in table
