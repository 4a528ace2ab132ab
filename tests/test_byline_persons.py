"""Bylines: the person who signed a story is kept as its author and stays out of its body
(the evaluation gold counts a byline's author as no person of the story, see
bench/README.md); a body or an outlet in the byline's place is no author. Made-up text."""

from __future__ import annotations

import pytest

from store.model import RawDoc
from store.reading.credits import author, author_line
from store.reading.parse import parse

KK_TITLE = "Шекара бекетінде жөндеу жұмыстары басталды"
KK_BODY = (
    "Облыстағы автомобиль өткізу пункттерінің бірінде жөндеу жұмыстары басталды. "
    "Жолаушылар кезекті ескеріп, жолды алдын ала жоспарлауы керек.\n"
    "Жұмыстар екі айға созылады деп күтілуде, бекет осы уақытта шектеулі режимде жұмыс істейді."
)
RU_TITLE = "На пункте пропуска начали ремонт полос"
RU_BODY = (
    "На одном из автомобильных пунктов пропуска области начался ремонт досмотровых полос. "
    "Водителям советуют заранее планировать маршрут.\n"
    "Работы продлятся два месяца, все это время пункт будет работать с ограничениями."
)


def doc(text: str) -> RawDoc:
    return RawDoc(path="t.txt", file="t.txt", text=text, raw=text, format="txt")


@pytest.mark.parametrize(
    "credit, name",
    [
        ("Дайындаған: Меруерт Сейтқали", "Меруерт Сейтқали"),
        ("Материалды дайындаған: Ерлан Сапаров", "Ерлан Сапаров"),
        ("дайындаған – Дана Оспан", "Дана Оспан"),
    ],
)
def test_kazakh_prepared_by_signs_the_story(credit, name):
    art = parse(doc(f"{KK_TITLE}\n{KK_BODY}\n{credit}"))
    assert art.author == name
    assert name not in art.body and "айындаған" not in art.body


def test_russian_bylines_still_read():
    art = parse(doc(f"{RU_TITLE}\n{RU_BODY}\nПодготовила: Ольга Кравец"))
    assert art.author == "Ольга Кравец" and "Кравец" not in art.body
    assert author(["Айгерим Садыкова, корреспондент"]) == "Айгерим Садыкова"


@pytest.mark.parametrize(
    "credit",
    [
        "Автор: Kazakhstan Today",  # an outlet of the table signs the item
        "Подготовила: Пресс-служба Акимата",  # a body, not a person
        "Агентство Кабар корреспондент",
    ],
)
def test_a_body_or_outlet_in_the_byline_is_no_author(credit):
    assert author_line(credit)  # still a byline line: the layout keeps it out of the body
    assert author([credit]) is None
    art = parse(doc(f"{RU_TITLE}\n{RU_BODY}\n{credit}"))
    assert art.author is None


def test_person_after_a_body_byline_is_found():
    """A body's byline before a person's: the person is the author."""
    assert author(["Автор: Kazakhstan Today", "Текст: Нурлан Абенов"]) == "Нурлан Абенов"


def test_a_prepared_by_phrase_inside_a_sentence_is_no_byline():
    line = "Бұл есепті дайындаған: комиссия мүшелері өз ұсыныстарын жолдады"
    assert author_line(line) is None


@pytest.mark.parametrize(
    "name, post",
    [
        ("Алия Бекова", "Собственный корреспондент по Павлодарской области"),
        ("Данияр Әлімов", "Түркістан облысы бойынша меншікті тілші"),
    ],
)
def test_a_name_over_its_post_is_the_byline(name, post):
    art = parse(doc(f"Новости\n{name}\n\n{post}\n{RU_TITLE}\n{RU_BODY}"))
    assert art.author == name
    assert name not in art.body


def test_a_name_over_a_sentence_is_no_byline():
    lines = ["Ерлан Касымов", "Корреспондент агентства уточнил, что пункт закрыт до понедельника."]
    assert author(lines) is None
    assert author(["Ерлан Касымов", "Обмен валют"]) is None
