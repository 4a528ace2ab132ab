"""per60: Kazakh person names linked to their people.csv row through a patronymic, Kazakh
posts written with their owner («облыс әкімі», «Қаржы министрі») read as the role, a town
in the genitive after «Аким» read as the post's place, and a Kazakh site's rubric not read
as a body. Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.extract.roles import find_role
from store.lang import kazakh
from store.lang.people import row_of_name
from tests.notes import person_roles, titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def mentions(extractor, body: str, title: str = "Ақпарат") -> list:
    return titled_mentions(extractor, body, title)


def persons(extractor, body: str, title: str = "Ақпарат") -> dict[str, str | None]:
    return person_roles(extractor, body, title)


@pytest.mark.parametrize(
    "name",
    [
        "Қасым-Жомарт Кемелұлы Тоқаев",
        "Тоқаев Қасым-Жомарт Кемелұлы",
        "Қасым-Жомарт Кемел ұлы Тоқаев",
        "Тоқаев Қасым-Жомарт Кемел ұлы",
        "Касым-Жомарт Кемелулы Токаев",
        "Токаев Касым-Жомарт Кемелевич",
    ],
)
def test_a_patronymic_between_the_names_keeps_the_row(name):
    row = row_of_name(name)
    assert row is not None and row.id == "p-tokayev"


@pytest.mark.parametrize("name", ["Кемелұлы Тоқаев", "Роман Абрамович", "Ұлы Тоқаев", "Асқар Кемелұлы Тоқаев"])
def test_no_row_for_another_name(name):
    assert row_of_name(name) is None


def test_a_name_with_a_kazakh_patronymic_is_one_person(extractor):
    got = persons(extractor, "Қасым-Жомарт Кемелұлы Тоқаев кеше шекарадағы жаңа бекетті аралады.")
    assert set(got) == {"Қасым-Жомарт Кемелұлы Тоқаев"}


def test_a_patronymic_written_apart_stays_in_the_name(extractor):
    got = persons(extractor, "Бүгін Серік Бауыржан ұлы Әбілов жүк көліктерінің кезегін қарады.")
    assert set(got) == {"Серік Бауыржан ұлы Әбілов"}


def test_a_son_of_surname_alone_stays_given_name_and_surname(extractor):
    got = persons(extractor, "Жиында Ғалым Мұратұлы сөз сөйледі.")
    assert set(got) == {"Ғалым Мұратұлы"}


@pytest.mark.parametrize(
    "sentence,role",
    [
        ("Аудан әкімі Серік Әбілов жүргізушілермен кездесті.", "аудан әкімі"),
        ("Кеше Көлік министрі Серік Әбілов жаңа жолды ашты.", "Көлік министрі"),
        ("Кеден комитетінің төрағасы Серік Әбілов бекетке келді.", "Кеден комитетінің төрағасы"),
    ],
)
def test_a_kazakh_post_with_its_owner_is_the_role(extractor, sentence, role):
    assert persons(extractor, sentence) == {"Серік Әбілов": role}


def test_the_owner_words_stop_at_an_opening_adverbial():
    assert kazakh.post_owner_words(["Жиында", "облыс"]) == 1
    assert kazakh.post_owner_words(["Кеше"]) == 0
    assert kazakh.post_owner_words(["министр", "Қаржы"]) == 1


def test_a_russian_phrase_before_a_kazakh_post_word_is_no_role():
    text = "Встреча прошла министрі Иванов"
    assert find_role(text, text.index("Иванов"), 0) is None


def test_a_town_in_the_genitive_after_akim_is_the_posts_place(extractor):
    got = persons(extractor, "Аким Талдыбулака Ерлан Сапаров проверил ремонт моста.", title="Новости района")
    assert got == {"Ерлан Сапаров": "аким Талдыбулака"}


def test_a_surname_after_akim_stays_a_surname(extractor):
    got = persons(extractor, "Аким Иванова Серик не пришёл.", title="Новости района")
    assert not any("Серик" == n for n in got)


def test_a_kazakh_rubric_is_no_body(extractor):
    got = {
        m.name for m in mentions(extractor, "Аудан жаңалықтары", title="Аудан жаңалықтары") if m.type == "organization"
    }
    assert "Аудан жаңалықтары" not in got


def test_a_quoted_outlet_named_news_stays_a_body(extractor):
    body = "Бұл туралы «Дала жаңалықтары» басылымы хабарлады."
    got = {m.name for m in mentions(extractor, body) if m.type == "organization"}
    assert not any("жаңалықтары" in n for n in got) or "Дала жаңалықтары" in got


@pytest.mark.parametrize(
    "words,count",
    [
        (["Бұл", "туралы", "Ақтөбе", "облысының"], 2),
        (["Жолаушылар", "пен", "Бекет", "станциясының"], 2),
    ],
)
def test_the_owner_words_stop_at_a_postposition_or_conjunction(words, count):
    assert kazakh.post_owner_words(words) == count


def test_a_town_before_its_place_noun_is_an_owner_word_whatever_its_ending():
    assert kazakh.post_owner_words(["Ал", "Ақсұлтан", "қаласының"]) == 2
    assert kazakh.post_owner_words(["Жиында", "облыс"]) == 1
