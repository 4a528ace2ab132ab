"""search73: the order of a name + topic query's pages. Pages naming both the person and
the body come first, then a page on either with the topic word, then the pages of either
no query word matches (scored UNRANKED_AT x the top). Sentences written for these tests."""

from __future__ import annotations

import json
from contextlib import closing

import pytest

from store.cli import main
from store.db.opening import open_store
from store.search.articles import ARTICLE_TOP_SCORE, UNRANKED_AT, article_results
from tests.story_dumps import ingest_stories

BOTH = "Приём на посту"
PERSON_TOPIC = "Приём в Таразе"
BODY_ONLY = ["Итоги полугодия", "Новые правила"]
STORIES = [
    {
        "title": BOTH,
        "text": "Руководитель ДГД по Жамбылской области Серик Оспанов провёл приём перевозчиков на посту «Кордай».",
        "date": "2026-09-01",
    },
    {
        "title": PERSON_TOPIC,
        "text": "Серик Оспанов провёл приём граждан в Таразе и ответил на вопросы о налогах.",
        "date": "2026-09-02",
    },
    {
        "title": BODY_ONLY[0],
        "text": "Департамент государственных доходов (ДГД) по Жамбылской области подвёл итоги полугодия.",
        "date": "2026-10-03",
    },
    {
        "title": BODY_ONLY[1],
        "text": "ДГД по Жамбылской области разъяснил предпринимателям новые правила декларирования.",
        "date": "2026-10-04",
    },
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return ingest_stories(tmp_path_factory.mktemp("s73"), STORIES)


def _articles(capsys, db, query: str) -> list[dict]:
    capsys.readouterr()
    main(["search", query, "--json", "--db", str(db), "--limit", "20"])
    out = capsys.readouterr().out
    return [r for r in json.loads(out) if r["kind"] == "article"] if out.strip() else []


@pytest.mark.parametrize("query", ["ДГД Оспанов", "ДГД Серик Оспанов", "ДГД Оспанов приём"])
def test_both_named_then_the_person_ranked_then_the_bodys_unmatched_page(store_path, capsys, query):
    """Before, the page on the person (ranked by the surname) kept under half the shifted
    best's score and fell under the body's page that matches no word (0.8 x top)."""
    titles = [a["name"] for a in _articles(capsys, store_path, query)]
    assert titles[:3] == [BOTH, PERSON_TOPIC, BODY_ONLY[0]]


def test_a_ranked_row_beside_unranked_ones_scores_over_them(store_path):
    with closing(open_store(store_path)) as store:
        rowids = [r[0] for r in store.conn.execute("SELECT rowid FROM articles ORDER BY rowid LIMIT 3")]
        # bm25 under 0 is ranked (the second a twentieth of the best), 0 is a row no topic word matched
        rows = [(rowids[0], -20.0), (rowids[1], -1.0), (rowids[2], 0.0)]
        scores = {r["name"]: r["score"] for r in article_results(store.conn, rows, [])}
    unranked = ARTICLE_TOP_SCORE * UNRANKED_AT
    assert sorted(scores.values(), reverse=True)[0] == ARTICLE_TOP_SCORE
    assert sorted(scores.values(), reverse=True)[1] > unranked
    assert sorted(scores.values(), reverse=True)[2] == unranked


def test_ranked_rows_alone_keep_their_share_of_the_best(store_path):
    with closing(open_store(store_path)) as store:
        rowids = [r[0] for r in store.conn.execute("SELECT rowid FROM articles ORDER BY rowid LIMIT 2")]
        scores = sorted(
            (r["score"] for r in article_results(store.conn, [(rowids[0], -20.0), (rowids[1], -5.0)], [])), reverse=True
        )
    assert scores == [ARTICLE_TOP_SCORE, round(ARTICLE_TOP_SCORE / 4, 1)]
