"""Each article's own spelling in the export (store.db.export): one person written in
Kazakh and in Russian is one entity in the store, and each article still shows the
name as it wrote it, with the store's name beside it as `canonical`. Made-up names."""

import pytest

from store.db import export
from store.db import store as db
from store.model import Article, Extraction, Mention


def _write(store, title, names):
    body = " ".join(names)
    art = Article(file=f"{title}.txt", path=f"/{title}.txt", title=title, body=body, raw=body)
    mentions = [Mention("person", n, n, 0, len(n)) for n in names]
    with store.conn:
        db.write_article(store, art, Extraction(mentions=mentions))


def _shown(store):
    return {r["title"]: [(e["name"], e["canonical"]) for e in r["entities"]] for r in export.iter_articles(store)}


@pytest.fixture
def store(tmp_path):
    s = db.open_store(tmp_path / "s.db", write=True, create=True)
    yield s
    s.close()


def test_one_person_across_scripts_keeps_each_articles_spelling(store):
    _write(store, "kk", ["Ержан Сәрсенбекұлы Қожахметов"])
    _write(store, "ru", ["Ержан Сарсенбекулы Кожахметов"])
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone() == (1,)
    shown = _shown(store)
    assert shown["kk"] == [("Ержан Сәрсенбекұлы Қожахметов", "Ержан Сарсенбекулы Кожахметов")]
    assert shown["ru"] == [("Ержан Сарсенбекулы Кожахметов", "Ержан Сарсенбекулы Кожахметов")]
    kk = next(r for r in export.iter_articles(store) if r["title"] == "kk")
    assert kk["entities"][0]["latin"].startswith("Yerzhan")


def test_spellings_alike_show_the_stores_best_one(store):
    """Case and ё are no spelling of the article's own: the store's best one is shown."""
    _write(store, "a", ["Пётр Жарков"])
    _write(store, "b", ["Петр Жарков"])
    assert _shown(store)["b"] == [("Пётр Жарков", "Пётр Жарков")]


def test_a_surname_merged_into_the_full_name_shows_the_full_name(store):
    _write(store, "full", ["Дамир Оспанкулов"])
    _write(store, "short", ["Оспанкулов"])
    assert db.merge_short_person_names(store) == 1
    assert _shown(store)["short"] == [("Дамир Оспанкулов", "Дамир Оспанкулов")]


def test_kazakh_spelling_only_names_the_entity_in_russian_when_one_article_writes_it(store):
    _write(store, "kk", ["Әлия Нұрғалиева"])
    assert _shown(store)["kk"] == [("Әлия Нұрғалиева", "Әлия Нұрғалиева")]
    _write(store, "ru", ["Алия Нургалиева"])
    assert _shown(store)["kk"] == [("Әлия Нұрғалиева", "Алия Нургалиева")]


def test_csv_and_json_lines_carry_the_articles_spelling(store, tmp_path):
    import io
    import json

    _write(store, "kk", ["Ерсін Төлеуов"])
    _write(store, "ru", ["Ерсин Тулеуов"])  # another man: ө is о, not у
    _write(store, "ru2", ["Ерсин Толеуов"])
    out = io.StringIO()
    export.write(store, "jsonl", out)
    rows = {json.loads(line)["title"]: json.loads(line)["entities"] for line in out.getvalue().splitlines()}
    assert rows["kk"][0]["name"] == "Ерсін Төлеуов" and rows["ru2"][0]["name"] == "Ерсин Толеуов"
    assert rows["ru"][0]["canonical"] == "Ерсин Тулеуов"
    out = io.StringIO()
    export.write(store, "csv", out)
    assert "Ерсін Төлеуов" in out.getvalue()


def test_two_spellings_one_article_keeps_apart_stay_two_entries(store):
    """The store joins them; the article's export is what its extraction said."""
    _write(store, "mixed", ["Ғалия Сейітова", "Галия Сейитова"])
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone() == (1,)
    assert _shown(store)["mixed"] == [("Ғалия Сейітова", "Галия Сейитова"), ("Галия Сейитова", "Галия Сейитова")]


def test_a_surname_and_its_full_name_in_one_article_are_one_entry(store):
    _write(store, "full", ["Дамир Оспанкулов", "Оспанкулов"])
    db.merge_short_person_names(store)
    assert _shown(store)["full"] == [("Дамир Оспанкулов", "Дамир Оспанкулов")]
