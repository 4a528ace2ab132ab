"""One person per article whatever script spells him: mentions merge on the identity key."""

from store.extract.merging import merge_mentions
from store.model import Article, Mention


def _article(body: str) -> Article:
    return Article(file="x.txt", path="x.txt", title="", body=body, raw=body)


def _person(name: str, at: int = 0) -> Mention:
    return Mention("person", name, name, at, at + len(name))


def test_russian_and_kazakh_spellings_become_one_name():
    mentions = [_person("Айгуль Сапарова"), _person("Айгүл Сапарова", 40), _person("Айгуль Сапарова", 80)]
    merge_mentions(mentions, _article("x" * 120))
    assert {m.name for m in mentions} == {"Айгуль Сапарова"}


def test_kazakh_letters_fold_to_the_spelling_of_the_articles_script():
    """A Russian article names the person the Russian way even when a Kazakh spelling
    (a quoted caption) comes first; a Kazakh article the Kazakh way, whatever comes first."""
    mentions = [_person("Ерлан Құдайбергенов"), _person("Ерлан Кудайбергенов", 40)]
    merge_mentions(mentions, _article("Пограничник рассказал о работе поста на границе. " * 3))
    assert {m.name for m in mentions} == {"Ерлан Кудайбергенов"}
    mentions = [_person("Ерлан Кудайбергенов"), _person("Ерлан Құдайбергенов", 40)]
    merge_mentions(mentions, _article("Шекарашы бекеттің жұмысы туралы әңгімеледі, деді ол өз сөзінде. " * 3))
    assert {m.name for m in mentions} == {"Ерлан Құдайбергенов"}


def test_one_script_keeps_the_first_spelling():
    mentions = [_person("Ерлан Құдайбергенов"), _person("Ерлан Кудайбергенов", 40)]
    merge_mentions(mentions, _article("x" * 80))
    assert {m.name for m in mentions} == {"Ерлан Кудайбергенов"}  # no Kazakh text: the Russian spelling


def test_lone_surname_in_the_other_script_joins_the_full_name():
    mentions = [_person("Серік Мұқанов"), _person("Муканов", 40)]
    merge_mentions(mentions, _article("x" * 80))
    assert [m.name for m in mentions] == ["Серік Мұқанов", "Серік Мұқанов"]


def test_lone_surname_shared_by_two_people_stays_alone():
    mentions = [_person("Серік Мұқанов"), _person("Асхат Мұқанов", 30), _person("Муканов", 60)]
    merge_mentions(mentions, _article("x" * 80))
    assert mentions[2].name == "Муканов"


def test_different_people_stay_apart():
    mentions = [_person("Серік Мұқанов"), _person("Серік Маханов", 40)]
    merge_mentions(mentions, _article("x" * 80))
    assert mentions[0].name != mentions[1].name
