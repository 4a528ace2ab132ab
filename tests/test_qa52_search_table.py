"""qa52: `borderdocs search` at 80 columns cut every name to 24 cells, so an article's
title said «Слабая работа таможни и…» beside a date and outlet that left half the line
free, and a body's full name was cut at its second word. A name now takes what the
abouts leave (up to 40 cells), still leaving a post found by other words its «← …» whole;
found-by words the name itself shows («← Бектенов» beside «Олжас Бектенов») are not
repeated. Every name and title here is made up."""

from __future__ import annotations

from store.cli.search_table import search_table
from store.cli.table import cells

PERSON = {
    "kind": "entity",
    "type": "person",
    "id": 1,
    "name": "Арман Выдуманов",
    "matched": "Выдуманов",
    "score": 100.0,
    "articles": 3,
}
TITLE = "Придуманный пост на границе закрыли на ремонт до конца года"
ARTICLE = {
    "kind": "article",
    "type": "article",
    "id": "a1",
    "name": TITLE,
    "matched": "…закрыли на ремонт…",
    "score": 75.0,
    "date": "2025-01-02",
    "source": "Example.kz",
}
BODY = {
    "kind": "entity",
    "type": "organization",
    "id": 2,
    "name": "Комитет придуманных доходов",
    "matched": "КПД",
    "score": 100.0,
    "articles": 12,
}
HOLDER = {
    "kind": "entity",
    "type": "person",
    "id": 3,
    "name": "Ерлан Примеров",
    "matched": "председатель КПД",
    "score": 96.0,
    "articles": 1,
}


def test_a_title_takes_the_room_its_date_and_outlet_leave():
    lines = search_table([PERSON, ARTICLE], width=80).splitlines()
    assert all(cells(line) <= 80 for line in lines)
    article = next(line for line in lines if "Example.kz" in line)
    assert TITLE[:38] in article and "2025-01-02 Example.kz" in article


def test_a_body_is_named_whole_and_a_holder_keeps_the_post_that_found_him():
    lines = search_table([HOLDER, BODY, ARTICLE], width=80).splitlines()
    assert all(cells(line) <= 80 for line in lines)
    assert any(
        "Комитет придуманных доходов" in line and line.rstrip().endswith("12 articles · ← КПД") for line in lines
    )
    assert any(line.rstrip().endswith("1 article · ← председатель КПД") for line in lines)


def test_words_the_name_shows_are_not_repeated():
    table = search_table([PERSON], width=80)
    assert "←" not in table and "3 articles" in table
