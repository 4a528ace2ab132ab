"""ent77: a declined Kazakh event noun opening a sentence is no name («Брифингте …»), and the
Kazakh words of a traffic story («пойыз», «шықты», «кірді»). Sentences written for these tests,
not taken from any evaluation set."""

import pytest

from store.extract.checkpoint_traffic import traffic_story
from store.extract.extractor import Extractor
from store.extract.passes.kazakh_event_nouns import a_declined_event_noun
from tests.extracting import kazakh_typed_names, of_type


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


found = kazakh_typed_names


@pytest.mark.parametrize(
    "text,stem",
    [
        ("Брифингте Германия елшісі Мюллер мырза бекеттердегі жөндеу туралы айтты.", "брифинг"),
        ("Отырыста облыс әкімінің орынбасары жаңа терминал туралы баяндады.", "отырыс"),
        ("Семинарда кеден қызметкерлері жаңа ережелермен танысты.", "семинар"),
        ("Тексеруде тыйым салынған тауар табылды.", "тексеру"),
    ],
)
def test_a_declined_event_noun_opening_a_sentence_is_no_name(extractor, text, stem):
    got = found(extractor, text)
    assert not [name for _, name in got if name.lower().startswith(stem[:5])]


def test_the_event_noun_is_no_first_word_of_the_name_after_it(extractor):
    got = found(extractor, "Жобада Атырау мен Ақтау арасындағы теміржол қарастырылған.")
    assert {"Атырау", "Ақтау"} <= of_type(got, "location")
    assert not [name for _, name in got if "Жоба" in name]


def test_a_person_after_the_event_noun_is_kept(extractor):
    got = found(extractor, "Кездесуде Мюллер мырза мен Бауыржан Сейітов сөз сөйледі.")
    assert "Мюллер" in of_type(got, "person")
    assert any("Сейітов" in name for name in of_type(got, "person"))


@pytest.mark.parametrize(
    "text,place",
    [
        ("Алматыда жиын өтті.", "Алматы"),
        ("Шымкентке делегация келді.", "Шымкент"),
        ("Ақтөбеден шыққан делегация Астанаға жетті.", "Ақтөбе"),
    ],
)
def test_a_town_in_a_case_opening_a_sentence_stays_a_place(extractor, text, place):
    assert place in of_type(found(extractor, text), "location")


@pytest.mark.parametrize(
    "word,declined",
    [
        ("Брифингке", True),
        ("Жиналыстарда", True),
        ("Кеңесте", True),  # the locative of a noun that is also a given name: a meeting
        ("Кеңеске", False),  # its dative may be a man written to
        ("Кеңес", False),  # bare: the given name, the Soviet Union
        ("Кеңесбаев", False),
        ("брифингте", False),  # not capitalised: no name to undo
        ("Фестивальде", True),  # a loanword the Russian dictionary holds as a common noun
        ("Хоккейден", True),
        ("Алтайда", False),  # the dictionary's place
        ("Розаға", False),  # the dictionary's given name too
    ],
)
def test_which_words_are_declined_event_nouns(word, declined):
    assert a_declined_event_noun(word) is declined


@pytest.mark.parametrize(
    "text",
    [
        "Автобус Майқапшағайдан шықты.",
        "Жүк пойызы Алтынкөл арқылы Қытайға шықты.",
        "Жолаушылар автобусы Бақтыға кірді.",
    ],
)
def test_kazakh_going_out_and_in_make_a_traffic_story(text):
    assert traffic_story(text)


def test_a_bus_leaving_a_post_names_the_post(extractor):
    got = found(extractor, "Автобус Майқапшағайдан шықты.")
    assert of_type(got, "checkpoint")


def test_a_new_law_coming_out_is_no_traffic_story():
    assert not traffic_story("Жаңа заң шықты.")
