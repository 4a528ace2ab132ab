"""ppl43: persons on pages of kinds the earlier sets did not cover. The sentences are made
up for these tests, in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from store.extract.merging import merge_mentions
from store.model import Article, Mention


def _article(body: str) -> Article:
    return Article(file="x.txt", path="x.txt", title="", body=body, raw=body)


def _person(name: str, at: int = 0) -> Mention:
    return Mention("person", name, name, at, at + len(name))


def test_a_knowledge_base_person_written_with_an_initial_first_is_named_in_full():
    """«Ж. Туймебаев» before «Жансеит Туймебаев»: one row, one key, and the name is the full one."""
    mentions = [_person("Ж. Туймебаев"), _person("Жансеит Туймебаев", 40)]
    merge_mentions(mentions, _article("Аким области осмотрел таможенный пост на границе. " * 3))
    assert {m.name for m in mentions} == {"Жансеит Туймебаев"}


def test_initials_alone_keep_their_spelling():
    mentions = [_person("К. Мәсімов")]
    merge_mentions(mentions, _article("x" * 80))
    assert [m.name for m in mentions] == ["К. Мәсімов"]


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def _persons(extractor: Extractor, text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None)
    return {m.name for m in extractor.extract(article).mentions if m.type == "person"}


def test_initial_then_full_name_in_a_story_is_one_person_in_full(extractor):
    text = "Во время поездки Н.Назарбаев осмотрел пункт пропуска. Позже Нурсултан Назарбаев провел совещание."
    assert _persons(extractor, text) == {"Нурсултан Назарбаев"}


def test_a_headlines_case_form_joins_the_bodys_bare_name():
    """The pass reads one field at a time: the headline's «Айнұр Төлеуханның» has no bare
    form beside it, the body's «Айнұр Төлеухан» does; merged, they are one person."""
    mentions = [_person("Айнұр Төлеуханның"), _person("Айнұр Төлеухан", 40)]
    mentions[0].field = "title"
    merge_mentions(mentions, _article("Шекарада ұрланған ақша иесіне қайтарылды, деді сот өкілі. " * 3))
    assert {m.name for m in mentions} == {"Айнұр Төлеухан"}


def test_a_kazakh_ending_stays_on_a_surname_nothing_vouches_for(extractor):
    """«Сатыбал» is no surname the base or the text knows: «Асқар Сатыбалды» keeps its «-ды»."""
    text = "Шекара мәселелері жөніндегі кеңестің жиыны өтті. Жиынды Асқар Сатыбалды жүргізді, деді хабарлама."
    assert _persons(extractor, text) == {"Асқар Сатыбалды"}


def test_a_knowledge_base_surname_loses_its_kazakh_ending(extractor):
    text = "Шекара мәселелері жөніндегі облыстық кеңестің мәжілісі өтті. Облыс әкімі Дархан Сатыбалдының төрағалығымен өткен мәжілісте бекеттер талқыланды."
    assert _persons(extractor, text) == {"Дархан Сатыбалды"}


@pytest.mark.parametrize(
    "spellings",
    [
        ("Kamchybek Tashiev", "Камчыбек Ташиев", "К. Ташиев"),
        ("Геннадий Безлобенко", "Gennady Bezlobenko"),
        ("Умирзак Шукеев", "Өмірзақ Шөкеев", "Umirzak Shukeev"),
        ("Райимберди Дуйшембиев", "Райымберди Дуйшембиев"),
    ],
)
def test_ppl43_rows_join_their_spellings_in_every_script(spellings):
    from store.lang.identity import entity_key

    assert len({entity_key("person", s) for s in spellings}) == 1
    assert entity_key("person", spellings[0]).startswith("kb:p-")


@pytest.mark.parametrize(
    "text,person,place",
    [
        ("Аким области Абай Нурлан Уранхаев посетил пункт пропуска Бахты.", "Нурлан Уранхаев", "область Абай"),
        ("Глава области Жетысу Бейбит Исабаев осмотрел пункт пропуска.", "Бейбит Исабаев", "область Жетысу"),
    ],
)
def test_a_regions_proper_name_before_its_akim_is_the_region(extractor, text, person, place):
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None)
    found = {(m.type, m.name) for m in extractor.extract(article).mentions}
    assert ("person", person) in found and ("location", place) in found


def test_a_three_word_name_after_a_region_keeps_its_given_name(extractor):
    """«Денис Паслер» after «области»: the second word is no given name, nothing is cut."""
    assert _persons(extractor, "Губернатор Оренбургской области Денис Паслер провел селектор.") == {"Денис Паслер"}
    assert _persons(extractor, "Аким области Абай Нурлан Абенович Уранхаев посетил пост.") == {
        "Нурлан Абенович Уранхаев"
    }
