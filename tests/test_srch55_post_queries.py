"""Post queries that found the post nowhere on the page (issue 16, srch55): two posts'
names glued by a dash («Достык-Алашанькоу», «Dostyk-Alashankou»), and a post's name
among country and border words that a body's long English name holds with it
(«Kazakhstan Khorgos» matched «China-Kazakhstan Khorgos International Border
Cooperation Center»). Made-up notes; the posts are the gazetteer's."""

from __future__ import annotations

import pytest

from store.db import store as db
from store.model import Mention
from store.search import entities as ents
from store.search.search import search
from store.search.variants import joined_names_apart
from tests.notes import opening, write_note

_CENTER_RU = "Международный центр приграничного сотрудничества «Хоргос»"
_CENTER_EN = "China-Kazakhstan Khorgos International Border Cooperation Center"


def _at(type_: str, name: str, body: str, surface: str | None = None) -> Mention:
    surface = surface or name
    start = body.index(surface)
    return Mention(type=type_, name=name, surface=surface, start=start, end=start + len(surface))


@pytest.fixture(scope="module")
def posts_store(tmp_path_factory):
    st = db.open_store(tmp_path_factory.mktemp("s55p") / "s.db", write=True, create=True)
    notes = [
        ("Вагоны простаивают на станции Достык третий день.", [("checkpoint", "Достык", None)]),
        ("Китайская станция Алашанькоу приняла новые составы.", [("checkpoint", "Алашанькоу", None)]),
        ("Станция Алаколь работает круглосуточно.", [("checkpoint", "Алаколь", None)]),
        ("Фуры стоят у пункта пропуска Хоргос.", [("checkpoint", "Хоргос", None)]),
        (f"The {_CENTER_EN} opened again.", [("organization", _CENTER_RU, _CENTER_EN)]),
        (f"{_CENTER_RU} закрыли на праздники.", [("organization", _CENTER_RU, None)]),
        ("Пограничный переход Ак-Тилек открыт.", [("checkpoint", "Ак-Тилек", None)]),
    ]
    with st.conn:
        for n, (body, found) in enumerate(notes, 1):
            write_note(st, n, body, [_at(t, name, body, surface) for t, name, surface in found], indexed="")
        write_note(st, len(notes) + 1, "Казахстан и Китай подписали соглашение.", [opening("location", "Казахстан")])
    yield st
    st.close()


def _entities(store, query: str) -> list[str]:
    ents.clear_memo()
    return [r["name"] for r in search(store, query, limit=10) if r["kind"] == "entity"]


@pytest.mark.parametrize(
    ("query", "apart"),
    [
        ("Достык-Алашанькоу", "Достык Алашанькоу"),
        ("Dostyk–Alashankou", "Dostyk Alashankou"),
        ("Dostyk - Alashankou", ""),  # apart already: its words are split as typed
        ("Ак-Тилек", ""),  # a two-letter part: a name spelt with a hyphen
        ("Хоргос", ""),
    ],
)
def test_two_names_joined_by_a_dash_are_set_apart(query, apart):
    assert joined_names_apart(query) == apart


@pytest.mark.parametrize("query", ["Достык-Алашанькоу", "Dostyk-Alashankou", "Alashankou-Dostyk", "Достык–Алашанькоу"])
def test_two_posts_joined_by_a_dash_list_both(posts_store, query):
    got = _entities(posts_store, query)
    assert "Достык" in got[:5] and "Алашанькоу" in got[:5], got


def test_a_hyphened_name_is_still_found_whole(posts_store):
    assert _entities(posts_store, "Ак-Тилек")[:1] == ["Ак-Тилек"]


@pytest.mark.parametrize(
    "query",
    [
        "Kazakhstan Khorgos",
        "Khorgos Kazakhstan China",
        "Kazakhstan-China border Khorgos",
        "Казахстан Китай Хоргос",
        "Khorgos checkpoint Kazakhstan",
    ],
)
def test_a_post_among_country_and_border_words_comes_first(posts_store, query):
    got = _entities(posts_store, query)
    assert got[:1] == ["Хоргос"], got
    assert _CENTER_RU in got  # the body whose English name holds those words is still listed


def test_the_body_named_whole_stays_first(posts_store):
    assert _entities(posts_store, _CENTER_EN)[:1] == [_CENTER_RU]
    assert _entities(posts_store, "Khorgos International Border Cooperation Center")[:1] == [_CENTER_RU]
