"""Extraction leftovers of issue 15, each fixed as a class (fix52): a state's abbreviation is a
place, a foreign parliament is a body, a body's bare name after its legal form is the row's,
a Kazakh post is no person, a service code is no body, an outlet's name is printed whole.
Made-up sentences in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from store.extract.ner import NerSpan
from store.extract.passes.shaped_not_bodies import shaped_not_bodies
from store.lang import kazakh, kb
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def entities(extractor, body: str, title: str = "Жаңалық") -> set[tuple[str, str]]:
    art = Article(file="x.txt", path="x.txt", title=title, body=body, raw=f"{title}\n{body}")
    return {(m.type, m.name) for m in extractor.extract(art).mentions if m.type != "checkpoint"}


def test_the_usa_in_kazakh_is_a_place_not_a_body(extractor):
    got = entities(extractor, "АҚШ Қазақстаннан келетін тауарларға жаңа баж салығын енгізді.")
    assert ("location", "АҚШ") in got
    assert not any(t == "organization" and "АҚШ" == n for t, n in got)


def test_a_state_abbreviation_is_a_place_wherever_the_model_puts_it(extractor):
    got = entities(extractor, "АҚШ пен ҚХР өкілдері кездесті. АҚШ-тың елшісі де келді.")
    assert ("location", "АҚШ") in got and ("location", "Қытай") in got
    assert {t for t, n in got if n == "АҚШ"} == {"location"}


def test_a_state_named_like_a_channel_stays_the_channel(extractor):
    got = entities(extractor, "Об очереди на границе рассказал телеканал «Россия».", title="Новость")
    assert ("organization", "Россия") in got


def test_the_currency_of_the_usa_is_no_place(extractor):
    got = entities(extractor, "Жүктің құны 5 000 АҚШ долларынан аспауы тиіс.")
    assert ("location", "АҚШ") not in got


def test_the_uzbek_parliament_is_a_body_not_a_place(extractor):
    got = entities(extractor, "Олий Мажлис изменил границы двух районов столицы.", title="Новость")
    assert any(t == "organization" and n.startswith("Олий Мажлис") for t, n in got)
    assert not any(t == "location" and "Мажлис" in n for t, n in got)


def test_a_body_after_its_legal_form_is_named_by_its_row(extractor):
    got = entities(extractor, "Проект нового терминала готовит ФГКУ Росгранстроя на пункте пропуска.", "Новость")
    assert ("organization", "Росгранстрой") in got
    assert not any("Росгранстроя" in n for _, n in got)


@pytest.mark.parametrize("written", ["Росгранстроя", "Росгранстрою", "Росгранстроем"])
def test_a_noun_in_oi_declines_on_its_o(written):
    assert [m.form.row.id for m in kb.find(f"Работы ведут специалисты {written} на посту.")] == ["rosgranstroy"]


@pytest.mark.parametrize(
    "word, role",
    [
        ("төрағасы", True),
        ("Төрағасының", True),
        ("Президенттің", True),
        ("министрге", True),
        ("басшысымен", True),
        ("Орынбасаров", False),  # a surname built on «орынбасар»
        ("Әкімов", False),
        ("әкімдігі", False),  # the akimat, a body
        ("Министрлігі", False),
    ],
)
def test_kazakh_role_words_in_their_cases(word, role):
    assert kazakh.is_role_word(word) is role


def test_a_kazakh_board_chairman_is_a_post_not_a_person(extractor):
    got = entities(
        extractor,
        "Делегацияны «Теміржол сервис» АҚ Басқарма Төрағасының орынбасары Ерлан Сапаров басқарды.",
    )
    assert ("person", "Ерлан Сапаров") in got
    assert not any(t == "person" and "Басқарма" in n for t, n in got)


def test_a_name_running_on_into_the_presidents_is_cut(extractor):
    got = entities(
        extractor,
        "Кеңесші Ерлан Жүкел Президенттің Қазақстан мен Қытай шекарасындағы бақылауға қатысты сынына тоқталды.",
    )
    assert not any(t == "person" and "Президент" in n for t, n in got)


@pytest.mark.parametrize("code", ["AE19", "ТК-105", "KZ2024"])
def test_a_service_or_train_code_is_no_body(code):
    span = NerSpan("organization", 0, len(code), code)
    assert shaped_not_bodies(code, [span], None) == []


@pytest.mark.parametrize("name", ["G20", "Tele2", "Хабар 24"])
def test_a_name_with_a_number_is_still_a_body(name):
    span = NerSpan("organization", 0, len(name), name)
    assert shaped_not_bodies(name, [span], None) == [span]


def test_an_outlets_name_is_printed_whole(extractor):
    got = entities(extractor, "Вода ушла из трёх сёл, передает корреспондент Устинка LIVE.", title="Новость")
    assert ("organization", "Устинка LIVE") in got
