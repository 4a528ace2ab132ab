"""per58: a person printed by surname alone is linked to his people.csv row when the article
writes a post he held on its date (store/extract/person_rows.py); the store keys him by the
row, names him by the row's full name and lists every spelling as an alias. The sentences
are made up."""

from __future__ import annotations

import pytest

from store.extract.extractor import Extractor
from store.extract.person_rows import role_fits
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _persons(extractor, body: str, date: str | None, title: str = "Совещание") -> list[tuple[str, str | None]]:
    article = Article(file="t.txt", path="t.txt", title=title, body=body, raw=body, date=date)
    return [(m.surface, m.ref) for m in extractor.extract(article).mentions if m.type == "person"]


def test_a_surname_with_a_post_he_held_that_day_is_his_rows(extractor):
    found = _persons(extractor, "Вице-премьер Скляр провёл выездное совещание на таможенном посту.", "2024-04-02")
    assert ("Скляр", "p-sklyar") in found


def test_a_post_he_did_not_hold_on_the_articles_date_links_nobody(extractor):
    """In 2018 Скляр was a minister, not a deputy prime minister."""
    found = _persons(extractor, "Вице-премьер Скляр провёл выездное совещание на таможенном посту.", "2018-05-03")
    assert all(ref is None for _s, ref in found)


def test_a_bare_surname_without_a_post_stays_unlinked(extractor):
    found = _persons(extractor, "Сапаров ответил журналистам после заседания.", "2024-04-02")
    assert found and all(ref is None for _s, ref in found)


def test_another_case_form_of_a_linked_surname_gets_the_same_row(extractor):
    body = "Министр финансов Такиев посетил пост. По словам Такиева, очереди сократились."
    found = _persons(extractor, body, "2024-06-11")
    assert [ref for _s, ref in found] == ["p-takiyev", "p-takiyev"]


def test_a_kazakh_post_word_before_the_surname_links_it(extractor):
    body = "Қаржы министрі Тақиев кеден бекетін аралады. Тақиевке жүргізушілер шағым айтты."
    found = _persons(extractor, body, "2024-06-11", title="Кеден бекеті")
    assert found and {ref for _s, ref in found} == {"p-takiyev"}


def test_a_relative_pronoun_before_the_post_does_not_hide_it(extractor):
    body = "Заседание, которое президент Токаев провёл в понедельник, длилось три часа."
    assert ("Токаев", "p-tokayev") in _persons(extractor, body, "2024-02-12")


@pytest.mark.parametrize(
    ("role", "title", "country", "fits"),
    [
        ("министр финансов РК", "министр финансов", "Казахстан", True),
        ("министр финансов", "министр транспорта", "Казахстан", False),
        ("президент Узбекистана", "президент", "Узбекистан", True),
        ("президент Узбекистана", "президент", "Казахстан", False),
        ("председатель кабинета министров", "председатель кабинета министров", "Кыргызстан", True),
        ("вице-министр транспорта", "вице-министр транспорта", "Казахстан", True),
        ("вице-министр", "вице-президент АО «НК «КТЖ»", "Казахстан", False),
    ],
)
def test_a_role_fits_a_post_by_its_head_its_field_and_its_state(role, title, country, fits):
    assert role_fits(role, title, country, "") is fits


def test_the_store_names_a_surname_linked_person_by_his_rows_full_name(tmp_path):
    from store.db import store as db
    from store.db.writes import write_extraction
    from store.model import Extraction, Mention

    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        conn = store.conn
        conn.execute("INSERT INTO articles(id, title, body) VALUES ('a', 'a', 'Вице-премьер Скляр')")
        article = Article(file="a", path="a", title="a", body="Вице-премьер Скляр", raw="")
        mention = Mention("person", "Скляр", "Скляр", 13, 18, "body", "вице-премьер", ref="p-sklyar")
        write_extraction(store, "a", article, Extraction(mentions=[mention], facts=[], directives=[], lemmas=""))
        name, key = conn.execute("SELECT name, key FROM entities WHERE type='person'").fetchone()
        assert (name, key) == ("Роман Скляр", "kb:p-sklyar")
        aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases")}
        assert {"Скляр", "Roman Sklyar", "Роман Скляр"} <= aliases
    finally:
        store.close()


def test_a_printed_full_name_outranks_a_surname_printed_more_often():
    from store.db.entities import linked_name_rank

    assert linked_name_rank("Роман Скляр", "p-sklyar", 0) < linked_name_rank("Скляр", "p-sklyar", 5)
    assert linked_name_rank("Қасым-Жомарт Тоқаев", "p-tokayev", 1) < linked_name_rank("Токаев", "p-tokayev", 3)
