"""search79: the word a search marks in an article's snippet is the best one (the name
the page was found through, else the query's rarest word on the page); the CLI's table
shows the snippet around it, in bold on a terminal, never reading the text as markup;
a name typed in Latin or Kazakh letters with topic words ranks titles printing the
Russian name. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.cli.search_hits import BOLD, NOT_BOLD, hit_window, marked, marks_wanted
from store.cli.search_table import search_table
from store.db.store import open_store
from store.lang.fts_terms import index_text
from store.model import Article, Extraction
from store.search import search_topics
from store.search.articles import cut_snippet
from store.search.search import search
from store.search.search_topics import Focus, title_names
from tests.test_tui_helpers import mention, write_store

# ------------------------------------------------------------- the best word


def test_a_page_found_through_a_name_marks_the_name_not_the_first_topic_word():
    body = (
        "Очередь на въезд в город растёт каждое утро, говорят водители такси. "
        "На посту Бахты очередь из грузовиков к обеду сократилась вдвое."
    )
    text, hit = cut_snippet(body, ["очередь"], named=["Бахты"])
    assert hit is not None and text[hit[0] : hit[1]] == "Бахты"


def test_without_a_name_the_word_the_page_repeats_least_is_marked():
    body = (
        "Пункт пропуска работает круглосуточно. Через пункт пропуска прошли сто машин. "
        "Пункт пропуска у села ждёт ремонта крыши, сказали в управлении."
    )
    text, hit = cut_snippet(body, ["пункт", "пропуск", "ремонт"])
    assert hit is not None and text[hit[0] : hit[1]] == "ремонта"


def test_of_words_written_as_often_the_longer_is_marked():
    body = "Весы у склада сломались в среду. Электрический шлагбаум у ворот починили."
    text, hit = cut_snippet(body, ["весы", "шлагбаум"])
    assert hit is not None and text[hit[0] : hit[1]] == "шлагбаум"


def test_a_page_with_one_query_word_marks_it_as_before():
    body = "Водители жалуются на долгий досмотр у моста."
    at = body.index("досмотр")
    assert cut_snippet(body, ["досмотр", "ремонт"]) == (body, (at, at + len("досмотр")))


# ------------------------------------------------------------- the CLI's table

LONG = (
    "В четверг в областном акимате прошло совещание о подготовке дорог к зиме, о ценах "
    "на уголь и о новых автобусах, а в конце отдельно упомянули пост Майкапшагай."
)


def _article(matched: str, hit) -> dict:
    return {
        "kind": "article",
        "type": "article",
        "id": "a1",
        "name": "Итоги недели в области",
        "matched": matched,
        "score": 75.0,
        "date": "2026-05-02",
        "source": "Пример",
        "hit": hit,
    }


def _hit_of(text: str, word: str) -> list[int]:
    at = text.index(word)
    return [at, at + len(word)]


def test_a_window_cut_from_a_long_snippet_holds_the_marked_word():
    window, span = hit_window(LONG, _hit_of(LONG, "Майкапшагай"), 40)
    assert span is not None and window[span[0] : span[1]] == "Майкапшагай"
    assert window.startswith("…") and len(window) == 40


def test_at_80_columns_an_article_has_a_line_with_its_snippet_around_the_hit():
    lines = search_table([_article(LONG, _hit_of(LONG, "Майкапшагай"))], width=80).split("\n")
    assert len(lines) == 3 and "Итоги недели" in lines[1]
    assert "Майкапшагай" in lines[2] and lines[2].startswith(" ")
    assert all(len(line) <= 80 for line in lines)
    assert BOLD not in "\n".join(lines)  # into a pipe: plain text


def test_on_a_terminal_the_hit_is_bold_and_nothing_else_is_marked():
    out = search_table([_article(LONG, _hit_of(LONG, "Майкапшагай"))], width=80, marks=True)
    assert f"{BOLD}Майкапшагай{NOT_BOLD}" in out and out.count("\x1b") == 2


def test_at_130_columns_the_matched_cell_shows_the_hit_the_cell_start_would_cut():
    out = search_table([_article(LONG, _hit_of(LONG, "Майкапшагай"))], width=130, marks=True)
    line = out.split("\n")[1]
    assert f"{BOLD}Майкапшагай{NOT_BOLD}" in line
    assert len(line.replace(BOLD, "").replace(NOT_BOLD, "")) <= 130


def test_article_text_never_becomes_markup_or_an_escape():
    evil = "Пост [bold]Кордай[/bold] \x1b]52;c;aGk=\x07 закрыт на ремонт"
    out = search_table([_article(evil, [5, 11])], width=80, marks=True)
    assert "\x1b]" not in out and "\x07" not in out
    assert BOLD not in out  # the text was changed by cleaning: the span no longer holds, nothing is marked


def test_an_article_without_a_hit_keeps_one_line():
    row = _article("Водители жалуются на долгий досмотр.", None)
    assert len(search_table([row], width=80).split("\n")) == 2


def test_marks_are_off_into_a_pipe_and_with_no_color(monkeypatch: pytest.MonkeyPatch):
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert marks_wanted(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not marks_wanted(Tty())
    assert marked("абв", (0, 1), False) == "абв"


# ------------------------------------------------------------- a Latin-typed name, Russian titles


def _post_page(n: int, title: str, body: str) -> tuple[Article, Extraction]:
    """An article naming the post «Бахты» in its body, indexed as ingest indexes it."""
    art = Article(file=f"b{n}.txt", path=f"/in/b{n}.txt", title=title, body=body, raw=body, date=f"2026-06-0{n}")
    lemmas = index_text(title, False) + "\n" + index_text(body, False)
    return art, Extraction(mentions=[mention(body, "checkpoint", "Бахты", "Бахты")], lemmas=lemmas)


HEADED = _post_page(1, "Бахты: график смен изменился", "Пост Бахты переходит на летние часы работы.")
BODIES = [
    _post_page(
        2, "График смен в июне", "У поста Бахты график сменили, график для фур другой, график автобусов прежний."
    ),
    _post_page(3, "Новый график", "Через Бахты поедут по новому графику; график вывесили у въезда, график строгий."),
]


def _other_page(n: int) -> tuple[Article, Extraction]:
    body = f"В районе открыли библиотеку номер {n}, туда привезли книги для детей."
    art = Article(
        file=f"o{n}.txt", path=f"/in/o{n}.txt", title=f"Библиотека {n}", body=body, raw=body, date="2026-03-01"
    )
    return art, Extraction(lemmas=index_text(art.title, False) + "\n" + index_text(body, False))


def _titles(db, query: str) -> list[str]:
    st = open_store(write_store(db, [*BODIES, HEADED, *(_other_page(n) for n in range(4, 14))]))
    try:
        return [h["name"] for h in search(st, query, type="article", limit=10)]
    finally:
        st.close()


def test_a_latin_name_with_a_topic_word_puts_the_russian_title_naming_both_first(tmp_path):
    assert _titles(tmp_path / "t.db", "bakhty график")[0] == "Бахты: график смен изменился"


def test_without_the_entitys_name_the_latin_span_gains_nothing_in_titles(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(search_topics, "title_names", lambda focus: search_topics.all_words(focus.span)[0])
    assert _titles(tmp_path / "t.db", "bakhty график")[0] != "Бахты: график смен изменился"


def test_a_russian_typed_span_asks_titles_for_the_typed_words_only():
    focus = Focus("бахты", ["график"], [{"name": "Бахты", "id": 1}])
    assert title_names(focus) == search_topics.all_words("бахты")[0]


def test_a_kazakh_typed_span_asks_for_the_typed_and_the_russian_name():
    focus = Focus("Бақты", ["кезек"], [{"name": "Бахты", "id": 1}])
    expr = title_names(focus)
    assert search_topics.all_words("Бақты")[0] in expr and search_topics.all_words("Бахты")[0] in expr


def test_a_name_of_many_articles_takes_the_one_statement_ranking(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """Ranking a Latin-typed name's articles with its names in titles is a MATCH over all of
    them on every key the explorer sends: above TITLED_RANKING_MAX articles the query's
    own one-statement ranking runs instead, which never asks titles (stop 43's end)."""
    monkeypatch.setattr(search_topics, "TITLED_RANKING_MAX", 0)
    assert _titles(tmp_path / "t.db", "bakhty график")[0] != "Бахты: график смен изменился"
