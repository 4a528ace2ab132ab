"""search78: a query of a name and topic words («хоргос очередь») ranks the name's
articles by the topic words and by the name in their titles, so the page headed with
both comes first; the articles found stay the same, only their order changes. Every
sentence here is made up."""

from __future__ import annotations

import pytest

from store.db.store import open_store
from store.lang.fts_terms import index_text
from store.model import Article, Extraction
from store.search import search_topics
from store.search.search import search
from store.search.search_topics import Focus, with_name
from tests.test_tui_helpers import mention, write_store


def _post_page(n: int, title: str, body: str) -> tuple[Article, Extraction]:
    """An article naming the post «Хоргос» in its body, indexed as ingest indexes it."""
    art = Article(file=f"a{n}.txt", path=f"/in/a{n}.txt", title=title, body=body, raw=body, date=f"2026-04-0{n}")
    lemmas = index_text(title, False) + "\n" + index_text(body, False)
    return art, Extraction(mentions=[mention(body, "checkpoint", "Хоргос", "Хоргос")], lemmas=lemmas)


# the page headed with the post and the topic, and three headed with the topic alone that
# repeat it in the body (the topic words alone rank those first)
HEADED = _post_page(1, "Хоргос: очередь к вечеру выросла", "Пост Хоргос принимает машины медленно, сканер чинят.")
BODIES = [
    _post_page(2, "Очередь с утра", "У поста Хоргос очередь с утра, очередь легковых короче, очередь фур длиннее."),
    _post_page(3, "Очередь у весов", "Через Хоргос проехали автобусы; очередь стоит у весов, очередь растёт."),
    _post_page(4, "Очередь короче", "На Хоргос привезли новый сканер, очередь короче, чем неделю назад, очередь идёт."),
]
ELSEWHERE = _post_page(5, "Хоргос открыл павильон", "Пост Хоргос открыл зал ожидания для пассажиров автобусов.")


def _other_page(n: int) -> tuple[Article, Extraction]:
    """A page naming neither the post nor the topic: the name is rare in the store, as a post's name is."""
    body = f"Аким района открыл школу номер {n}, в ней учатся дети трёх сёл."
    art = Article(file=f"o{n}.txt", path=f"/in/o{n}.txt", title=f"Школа {n}", body=body, raw=body, date="2026-03-01")
    return art, Extraction(lemmas=index_text(art.title, False) + "\n" + index_text(body, False))


def _titles(db, query: str) -> list[str]:
    st = open_store(write_store(db, [*BODIES, HEADED, ELSEWHERE, *(_other_page(n) for n in range(6, 16))]))
    try:
        return [h["name"] for h in search(st, query, type="article", limit=10)]
    finally:
        st.close()


def test_the_page_headed_with_the_name_and_topic_comes_first(tmp_path):
    assert _titles(tmp_path / "t.db", "хоргос очередь")[0] == "Хоргос: очередь к вечеру выросла"


def test_the_same_articles_are_found_only_the_order_changes(tmp_path, monkeypatch: pytest.MonkeyPatch):
    with_title = _titles(tmp_path / "a.db", "хоргос очередь")
    monkeypatch.setattr(search_topics, "with_name", lambda topic, focus: topic)
    topic_only = _titles(tmp_path / "b.db", "хоргос очередь")
    assert sorted(with_title) == sorted(topic_only)
    assert with_title != topic_only  # the topic words alone put a body page first
    assert topic_only[0] != "Хоргос: очередь к вечеру выросла"


def test_the_expression_asks_titles_for_the_name_beside_the_topic():
    expr = with_name('"очередь"', Focus("хоргос", ["очередь"]))
    assert expr.startswith("{title} : (") and expr.endswith(' OR "очередь"')


def test_a_title_naming_the_post_without_a_topic_word_stays_below_the_topic_pages(tmp_path):
    titles = _titles(tmp_path / "t.db", "хоргос очередь")
    assert titles[-1] == "Хоргос открыл павильон"  # listed after every page saying «очередь», as before
    assert len(titles) == 5


def test_a_span_without_words_leaves_the_topic_alone():
    assert with_name('"очередь"', Focus("«»", ["очередь"])) == '"очередь"'
