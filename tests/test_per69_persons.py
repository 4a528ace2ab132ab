"""per69: people in the shapes earlier stops left — a post's, station's or body's name read
into the official after it, Kazakh spellings whose vowels differ from the Russian beyond «і/ы»,
a head of state named by post and surname alone, the surname after a Kazakh patronymic. Every
name and sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from store.db.entities import merge_short_person_names
from store.lang.office_holders import holder_by_printed_surname
from store.lang.person_spellings import spelling_joins
from store.model import Article
from tests.test_per66_person_spellings import _write, store  # noqa: F401 - a fixture, taken by name
from tests.test_per67_persons import PARAGRAPH, extractor  # noqa: F401 - the fixture, taken by name


def _mentions(extractor, body: str) -> list[tuple[str, str]]:
    art = Article(file="t.txt", path="t.txt", title="", body=f"{body}\n\n{PARAGRAPH}", raw=body, date="2024-05-10")
    return [(m.type, m.name) for m in extractor.extract(art).mentions]


def _persons_of(extractor, body: str) -> list[str]:
    return [name for kind, name in _mentions(extractor, body) if kind == "person"]


@pytest.mark.parametrize(
    "body, person",
    [
        ("Начальник таможни Ак-Кемер Мурат Садыков заявил, что сканер заработает в марте.", "Мурат Садыков"),
        ("Руководитель станции Бейнеу Ерлан Досжанов рассказал о росте грузов.", "Ерлан Досжанов"),
        ("На посту Тажен Болат Сарсенов встретил первую колонну.", "Болат Сарсенов"),
        ("Начальник заставы Шарын Талгат Ермеков рассказал о патрулях.", "Талгат Ермеков"),
        ("Спикер Сената Абдуллаев поддержал поправки о пунктах пропуска.", "Абдуллаев"),
        ("Директор терминала Хоргос Логистик Ван Тао сообщил о новой линии.", "Ван Тао"),  # a Chinese name
    ],
)  # fmt: skip
def test_the_post_or_station_before_the_official_is_not_his_name(extractor, body, person):
    assert _persons_of(extractor, body) == [person]


def test_a_body_of_the_knowledge_base_before_the_official_is_the_body(extractor):
    found = _mentions(extractor, "Депутат Сената Нурлан Абенов предложил продлить работу поста.")
    assert ("person", "Нурлан Абенов") in found
    assert any(kind == "organization" for kind, _ in found)


def test_a_patronymic_after_a_post_noun_is_no_given_name(extractor):
    body = "Директор терминала Даурен Маратулы Сейсенов осмотрел склад."
    assert _persons_of(extractor, body) == ["Даурен Маратулы Сейсенов"]


def test_two_given_names_and_a_surname_without_a_post_stay_one_person(extractor):
    assert _persons_of(extractor, "Водитель Мухаммед Али Каримов простоял в очереди сутки.") != ["Али Каримов"]


@pytest.mark.parametrize(
    "russian, kazakh",
    [
        ("Ербол Тулегенов", "Ерболат Тұлегенов"),  # not the same given name: stays apart (below)
    ],
)
def test_another_given_name_is_not_a_vowel_spelling(russian, kazakh):
    persons = [(1, russian.lower(), russian), (2, kazakh.lower(), kazakh)]
    assert spelling_joins(persons)[0] == []


@pytest.mark.parametrize(
    "russian, kazakh",
    [
        ("Ербулат Жумабаев", "Ерболат Жұмабаев"),  # о/у in the given name
        ("Умирбек Каримов", "Өмірбек Каримов"),  # ө/у and і
        ("Даулет Абдукаримов", "Дәулет Әбдікәрімов"),  # і/у in the surname
    ],
)
def test_a_kazakh_spelling_with_other_vowels_joins_the_russian_one(russian, kazakh):
    persons = [(1, russian.lower(), russian), (2, kazakh.lower(), kazakh)]
    assert spelling_joins(persons)[0] == [(2, 1)]


def test_a_short_surname_is_too_little_to_join_by_its_consonants():
    persons = [(1, "асет оспан", "Асет Оспан"), (2, "асет оспен", "Әсет Оспен")]
    assert spelling_joins(persons)[0] == []


def test_two_russian_names_with_those_consonants_leave_the_kazakh_one_alone():
    persons = [(1, "ербулат жумабаев", "Ербулат Жумабаев"), (2, "ерболот жумабаев", "Ерболот Жумабаев"),
               (3, "ерболат жумабаев", "Ерболат Жұмабаев")]  # fmt: skip
    assert spelling_joins(persons)[0] == []


def test_a_chinese_name_in_pinyin_joins_its_palladius_spelling():
    persons = [(1, "чэнь сяомин", "Чэнь Сяомин"), (2, "chen xiaoming", "Chen Xiaoming")]
    assert spelling_joins(persons)[0] == [(2, 1)]


def test_the_store_joins_the_two_spellings_from_two_articles(store):
    _write(store, "ru", ["Умирбек Каримов"])
    _write(store, "kk", ["Өмірбек Каримов"])
    merge_short_person_names(store)
    assert {n for (n,) in store.conn.execute("SELECT name FROM entities WHERE type='person'")} == {"Умирбек Каримов"}


@pytest.mark.parametrize(
    "body, person",
    [
        ("Председатель КНР Си заявил, что Китай поддержит новый коридор.", "Си Цзиньпин"),
        ("В телеграмме председателя КНР Си говорится о новом коридоре.", "Си Цзиньпин"),
    ],
)  # fmt: skip
def test_a_head_of_state_named_by_post_and_surname_alone(extractor, body, person):
    assert person in _persons_of(extractor, body)


def test_a_heads_surname_the_model_reads_as_anything_is_a_person(extractor):
    body = "Главе правительства Бектенову доложили об очередях."  # the model read a place here
    assert [n for n in _persons_of(extractor, body) if n.endswith("Бектенов")]


def test_the_table_finds_a_chinese_holder_by_the_first_word_of_his_name():
    assert holder_by_printed_surname("Си") == "Си Цзиньпин"
    assert holder_by_printed_surname("Сидоров") is None


def test_a_surname_after_another_countrys_post_is_not_taken_for_the_holder(extractor):
    assert "Си Цзиньпин" not in _persons_of(extractor, "Президент Казахстана Си предложил …")


def test_the_surname_after_a_kazakh_patronymic_stays_the_persons(extractor):
    body = "Бекеттің бастығы Айдын Серікұлы Өмірзаков жүктер туралы айтты."
    assert _persons_of(extractor, body) == ["Айдын Серікұлы Өмірзаков"]  # the store drops the patronymic


@pytest.mark.parametrize(
    "body, person",
    [
        ("Депутат Ерсайын Ұзақов жол туралы айтты.", "Ерсайын Ұзақов"),  # a given name off our lists
        ("Сенатор Ерсайын Бахытұлы Ұзақов бекетті аралады.", "Ерсайын Бахытұлы Ұзақов"),
    ],
)  # fmt: skip
def test_a_role_word_opens_no_kazakh_name(extractor, body, person):
    assert _persons_of(extractor, body) == [person]
