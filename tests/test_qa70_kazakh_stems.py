"""qa70: a Kazakh stem ending in к/қ/п voices it before a vowel-initial ending («кезек»
→ «кезегі»), and the lemmas kept the two forms apart: `search кезегі` missed articles
holding «кезек», the Articles tab's word filter the same. The query folds both forms to
the bare stem's lemma OR the voiced stem as a prefix (store.lang.fts_terms)."""

from __future__ import annotations

import pytest

from store.db.rows import ArticleQuery, article_list_page
from store.db.store import open_store
from tests.story_dumps import article_titles, ingest_stories

STORIES = [
    {
        "title": "Бекеттегі жағдай",
        "text": "Бүгін таңертең «Нұр жолы» бекетінде кезек ұзарды, жүргізушілер үш сағат күтті.",
    },
    {"title": "Шекарадағы түн", "text": "Түнде «Қорғас» бекетінің кезегі қысқарды, деп хабарлады шекара қызметі."},
    {
        "title": "Жаңа тәртіп",
        "text": "Кеден қызметкерлері жүк көліктерінің кезегінде тұрған жүргізушілерге су таратты.",
    },
    {"title": "Оқиға", "text": "Қала кітапханасына жаңа кітап келді, оқырмандар кітабын алуға асықты."},
    {"title": "Урок на границе", "text": "Пограничники провели урок для школьников у поста «Сырым» в субботу утром."},
]


@pytest.fixture
def store_path(tmp_path):
    return ingest_stories(tmp_path, STORIES)


def _titles(capsys, db, query: str) -> set[str]:
    return article_titles(capsys, db, query)


QUEUE = {"Бекеттегі жағдай", "Шекарадағы түн", "Жаңа тәртіп"}


@pytest.mark.parametrize("query", ["кезек", "кезегі", "кезегінде"])
def test_every_form_of_a_voicing_stem_finds_every_form(store_path, capsys, query):
    assert _titles(capsys, store_path, query) == QUEUE


def test_the_voiced_form_of_a_p_stem_meets_the_bare_one(store_path, capsys):
    assert _titles(capsys, store_path, "кітабы") == {"Оқиға"}


def test_a_russian_word_is_not_folded(store_path, capsys):
    assert _titles(capsys, store_path, "урок") == {"Урок на границе"}
    assert _titles(capsys, store_path, "урога") == set()


def test_the_articles_word_filter_folds_the_same(store_path):
    store = open_store(store_path)
    try:
        rows = article_list_page(store, ArticleQuery(words="кезегі"), 0, 20)
    finally:
        store.close()
    assert {r["title"] for r in rows} == QUEUE
