"""Names in Kazakh-language text (store/lang/kazakh.py and its use in extraction)."""

import pytest

from store.lang import kazakh


@pytest.mark.parametrize(
    "written, name",
    [
        ("Олжас Бектеновке", "Олжас Бектенов"),
        ("Нұрлан Сауранбаевтың", "Нұрлан Сауранбаев"),
        ("Айгүл Серікованың", "Айгүл Серікова"),
        ("Тоқаевқа", "Тоқаев"),
        ("Айгүл Серікова", "Айгүл Серікова"),  # Kazakh names do not decline the Russian way
        ("Ерлан Қарин", "Ерлан Қарин"),
        ("Алматыда", "Алматыда"),  # not a surname's stem: left alone
    ],
)
def test_person_name_loses_its_case_ending(written, name):
    assert kazakh.person_name(written) == name


def test_leading_connectives_and_openers():
    assert kazakh.leading_discourse_words("Сонымен қатар Бейбит Исабаев".split()) == 2
    assert kazakh.leading_discourse_words("Кездесуде Айгүл Серікова".split()) == 1
    assert kazakh.leading_discourse_words("Бейбит Исабаев".split()) == 0


def test_extraction_in_kazakh_text():
    from store.extract.extractor import Extractor
    from store.model import Article

    body = (
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Үкіметке жол картасын бір ай мерзімде әзірлеуді тапсырды. "
        "Сонымен қатар Бейбит Исабаев аудан әкімдіктеріне жолды жөндеуді тапсырды. "
        "Бұл туралы Нұрлан Сауранбаевтың кеңсесі хабарлады. Кездесуде Айгүл Серікова сөз сөйледі. "
        "Олжас Бектеновке хат жолданды. Мемлекет басшысы Қорғас бекетінде болды."
    )
    a = Article(file="a.txt", path="/a.txt", title="", body=body, raw=body)
    ms = Extractor().extract(a).mentions
    # «Қасым-Жомарт Тоқаев»: a double given name is a given name when each half is (kazakh_persons)
    assert {m.name for m in ms if m.type == "person"} == {
        "Қасым-Жомарт Тоқаев",
        "Бейбит Исабаев",
        "Нұрлан Сауранбаев",
        "Айгүл Серікова",
        "Олжас Бектенов",
    }
    assert not [m for m in ms if m.type in ("location", "organization") and "басшы" in m.name.lower()]
