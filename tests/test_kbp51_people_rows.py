"""kbp51's knowledge-base rows (issues 15 and 16): the neighbours' heads of transport,
customs and border services, patronymics the press prints for Kazakhstan's officials,
the terms of border oblasts' akims, and China's transport ministry. Each is checked
through what reads it: a name read as a row's, one stored person per row, and search
by a post or by a given name with its patronymic. The queries are made up."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

from store.lang import people
from store.lang.identity import KB_KEY, entity_key

NEW_ROWS = (
    "p-nikitin",
    "p-starovoit",
    "p-pikalev",
    "p-kulishov",
    "p-makhkamov",
    "p-liu-wei",
    "p-soltobayev",
    "p-isabekov",
    "p-kubanychbekov",
    "p-mirzaev",
    "p-hudaygulyyev",
    "p-shakharov",
    "p-saktaganov",
    "p-shapkenov",
)


def _rows(file: str) -> dict[str, dict]:
    text = resources.files("store").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return {r["id"]: r for r in csv.DictReader(io.StringIO(text))}


def test_every_new_row_says_where_it_comes_from():
    rows = _rows("people.csv")
    for rid in NEW_ROWS:
        assert "kbp51" in rows[rid]["source"] and "." in rows[rid]["source"], rid
    assert "kbp51" in _rows("bodies.csv")["mot-china"]["source"]


@pytest.mark.parametrize(
    ("name", "rid"),
    [
        ("Олжас Абаевич Бектенов", "p-bektenov"),
        ("Жумангарин Серик Макашевич", "p-zhumangarin"),
        ("Аксакалов Кумар Иргибаевич", "p-aksakalov"),
        ("Владимир Григорьевич Кулишов", "p-kulishov"),
        ("Андрей Никитин", "p-nikitin"),
        ("Ильхом Махкамов", "p-makhkamov"),
        ("Ilkhom Makhkamov", "p-makhkamov"),
        ("Валерий Пикалёв", "p-pikalev"),
        ("Сактаганов Нурымбет Аманович", "p-saktaganov"),
        ("Ахметов Даниал Кенжетаевич", "p-d-akhmetov"),
    ],
)
def test_a_printed_name_or_decree_form_names_the_row(name, rid):
    assert people.row_of_name(name).id == rid


@pytest.mark.parametrize("name", ["Самат Исабаев", "Бейбит Исабеков", "Никитин", "Вэй"])
def test_a_near_name_or_bare_surname_names_no_new_row(name):
    """Исабеков (Kyrgyz customs) and Исабаев (Zhetysu's akim) stay two people."""
    row = people.row_of_name(name)
    assert row is None or row.id not in {"p-isabekov", "p-nikitin", "p-liu-wei"}


def test_spellings_of_a_new_row_are_one_stored_person():
    keys = {entity_key("person", n) for n in ("Илхом Махкамов", "Ильхом Махкамов", "Ilhom Mahkamov")}
    assert keys == {KB_KEY + "p-makhkamov"}


def test_an_akims_term_ends_where_the_next_one_begins():
    def term(rid, title):
        return next((p.took, p.left) for p in people.get(rid).posts if p.title == title)

    sko = "аким Северо-Казахстанской области"
    assert term("p-aksakalov", sko)[1] <= term("p-saparov", sko)[0]
    assert term("p-saparov", sko)[1] == term("p-saparov", "министр сельского хозяйства")[0]
    turk = "аким Туркестанской области"
    assert term("p-tuimebayev", turk)[1] == term("p-shukeev", turk)[0]
    assert term("p-shukeev", turk)[1][:7] == term("p-satybaldy", turk)[0]
    assert term("p-satybaldy", turk)[1] == term("p-kusherov", turk)[0][:7]
    vko = "аким Восточно-Казахстанской области"
    assert term("p-d-akhmetov", vko)[1] == term("p-kosherbayev", vko)[0][:7]
    assert term("p-kosherbayev", vko)[1][:7] == term("p-saktaganov", vko)[0]
    industry = "министр индустрии и инфраструктурного развития"
    assert term("p-sklyar", industry)[1] == term("p-sklyar", "заместитель премьер-министра")[0]
    aktobe = "аким Актюбинской области"
    assert term("p-tugzhanov", aktobe)[1] == term("p-shakharov", aktobe)[0]


# ---------------------------------------------------------------- search


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    from store.db import store as db

    store = db.open_store(tmp_path_factory.mktemp("kbp51") / "empty.db", write=True, create=True)
    yield store
    store.close()


def _first(store, query, type_):
    from store.search.entities import clear_memo
    from store.search.search import search

    clear_memo()
    found = [r for r in search(store, query, limit=10) if r["kind"] == "entity" and r["type"] == type_]
    return found[0]["name"] if found else None


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("министр транспорта России", "Андрей Никитин"),
        ("глава Минтранса России", "Андрей Никитин"),
        ("руководитель ФТС России", "Валерий Пикалев"),
        ("руководитель Пограничной службы ФСБ России", "Владимир Кулишов"),
        ("министр транспорта Узбекистана", "Илхом Махкамов"),
        ("министр транспорта Китая", "Лю Вэй"),
        ("министр транспорта и коммуникаций Кыргызстана", "Талантбек Солтобаев"),
        ("председатель таможенной службы Туркменистана", "Максат Худайгулыев"),
        ("Серик Макашевич", "Серик Жумангарин"),
        ("Кумар Иргибаевич", "Кумар Аксакалов"),
        ("Олжас Абаевич", "Олжас Бектенов"),
        ("аким ВКО", "Нурымбет Сактаганов"),
        ("аким Актюбинской области", "Асхат Шахаров"),
        ("аким Туркестанской области", "Нуралхан Кушеров"),
        ("аким Павлодарской области", "Асаин Байханов"),
        ("аким Мангистауской области", "Нурдаулет Килыбай"),
        ("Нурдаулет Игиликович", "Нурдаулет Килыбай"),
    ],
)
def test_a_post_or_a_given_name_with_its_patronymic_finds_the_person(empty_store, query, name):
    assert _first(empty_store, query, "person") == name


@pytest.mark.parametrize(
    ("query", "former"),
    [("аким Северо-Казахстанской области", "Айдарбек Сапаров"), ("аким Туркестанской области", "Жансеит Туймебаев")],
)
def test_a_former_akim_with_his_term_ended_is_not_the_posts_first_holder(empty_store, query, former):
    assert _first(empty_store, query, "person") not in (None, former)


def test_chinas_transport_ministry_is_a_body(empty_store):
    assert _first(empty_store, "Министерство транспорта КНР", "organization") == (
        "Министерство транспорта Китайской Народной Республики"
    )
