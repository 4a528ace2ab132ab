"""ent75: names the extractor typed wrong on fresh text — a declined Kazakh common noun opening
a headline, «Агенттік тілшісі», a firm named after a post without quotes, the Russian dry port
«Хоргос» in any case, Urumqi's other Kazakh spelling, the town of Satpayev, and short Russian
lines the language classifier called Kyrgyz. Sentences written for these tests."""

import pytest

from store.extract.extractor import Extractor
from store.model import Article, RawDoc
from store.reading.language import article_language
from store.reading.parse import parse


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def _found(extractor, body: str, language: str, title: str = "") -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=body, title=title, body=body, language=language)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "title",
    ["Шекарада кезек", "Бекетте кептеліс", "Кеденде тексеріс"],
)
def test_a_declined_common_noun_opening_a_kazakh_headline_is_no_body(extractor, title):
    body = "«Бақты» бекетінде жүргізушілер таңертеңнен бері күтіп тұр."
    found = _found(extractor, body, "kk", title)
    assert not {n for t, n in found if t == "organization"}


def test_a_bare_noun_opening_a_body_name_stays_a_body(extractor):
    found = _found(extractor, "Шекара қызметі бекеттегі тексерісті күшейтті.", "kk", "Жаңалықтар")
    assert ("organization", "Шекара қызметі") in found


@pytest.mark.parametrize(
    "body",
    [
        "Агенттік тілшісі Ли Вэйдун Достық станциясынан хабарлайды.",
        "Министрлік мамандары Қалжат бекетінде жаңа таразы орнатты.",
    ],
)
def test_the_agency_or_ministry_referred_back_to_is_no_body(extractor, body):
    found = _found(extractor, body, "kk", "Жаңалықтар")
    assert not {n for t, n in found if t == "organization" and n in ("Агенттік", "Министрлік")}


@pytest.mark.parametrize(
    "body,name",
    [
        ("Грузы фирма Нур Жолы Карго доставляет из Урумчи.", "Нур Жолы Карго"),
        ("Тендер выиграла компания Алтынколь Транс Сервис из Жаркента.", "Алтынколь Транс Сервис"),
    ],
)
def test_a_firm_named_after_a_post_is_the_body_as_printed(extractor, body, name):
    found = _found(extractor, body, "ru")
    assert ("organization", name) in found
    assert not {n for t, n in found if t in ("person", "checkpoint") and n in name}


def test_an_owner_named_after_the_firm_is_left_alone(extractor):
    found = _found(extractor, "Владелец фирмы Нур Жолы Карго Ержан Калиев ответил журналистам.", "ru")
    assert ("person", "Ержан Калиев") in found
    assert ("organization", "Нур Жолы Карго Ержан") not in found


@pytest.mark.parametrize(
    "body",
    [
        "На сухом порту «Хоргос» в мае разгрузили рекордные сорок поездов.",
        "Утром поезд из Сианя прибыл на сухой порт «Хоргос».",
    ],
)
def test_the_dry_port_in_any_case_is_the_body_not_the_bare_name(extractor, body):
    found = _found(extractor, body, "ru")
    assert ("organization", "Хоргос") not in found
    assert any(t == "organization" and "сухой порт" in n for t, n in found)


@pytest.mark.parametrize(
    "body,language,place",
    [
        ("Үрімжіден шыққан пойыз түнде Алтынкөл станциясына жетті.", "kk", "Үрімжі"),
        ("Сәтбаевта жүргізушілерге арналған жаңа тұрақ салынды.", "kk", "Сәтбаев"),
        ("В Сатпаеве открыли новый склад для экспортной меди.", "ru", "Сатпаев"),
    ],
)
def test_urumqi_and_satpayev_are_places(extractor, body, language, place):
    assert ("location", place) in _found(extractor, body, language, "Новости")


def test_the_academic_satpayev_stays_a_person(extractor):
    found = _found(extractor, "Институт назван в честь академика Каныша Сатпаева.", "ru", "Новости")
    assert ("location", "Сатпаев") not in found


@pytest.mark.parametrize("line", ["Граница с Кыргызстаном закрыта", "Таможня Кыргызстана"])
def test_an_article_of_one_short_russian_line_is_russian(line):
    assert article_language([line]) == "ru"


def test_a_line_with_kyrgyz_letters_is_still_not_russian():
    assert article_language(["Чек арада кезек өтө узун болуп турат"]) != "ru"


def test_a_short_russian_subheading_stays_in_the_body():
    text = (
        "Фуры стоят у Кордая\n\n"
        "С утра на границе стоят несколько сотен грузовиков, сообщили перевозчики.\n\n"
        "Таможня Кыргызстана\n\n"
        "Водители говорят, что ждут больше шести часов."
    )
    article = parse(RawDoc(path="t.txt", file="t.txt", text=text, raw=text, format="txt"))
    assert article.language == "ru" and "Таможня Кыргызстана" in article.body


def test_uzbek_in_latin_without_its_own_letters_is_not_made_russian():
    assert article_language(["Chegara postida navbat kamaydi, dedi bojxona vakili"]) != "ru"
