"""dir77: directives stop 42 left — surnames Russian does not decline in a dative addressee
(«Нурлану Жаксылыкұлы», «Олегу Белых», a bare «Оразбаеву»), «обл.» and «р-на» inside a
title (the role's, not the name's), an addressee told between the giver and the verb,
month-relative deadlines («к концу месяца», «келесі айдың 5-іне дейін») and the deadline
shortened for the Directives view's narrow cells. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.db import directive_reads
from store.lang.labels import abridged
from store.lang.when_labels import short_when
from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


@pytest.mark.parametrize(
    ("addressee", "surname"),
    [
        ("руководителю управления Нурлану Жаксылыкұлы", "Жаксылыкұлы"),
        ("начальнику отдела Асель Жумабайкызы", "Жумабайкызы"),
        ("директору терминала Олегу Белых", "Белых"),
        ("руководителю таможни Бакытжану Ермекбайулы", "Ермекбайулы"),
    ],
)
def test_an_undeclined_surname_after_a_dative_given_name_is_the_addressee(extractor, addressee, surname):
    body = f"Министр финансов Мади Такиев поручил {addressee} до 20 марта запустить вторую линию досмотра."
    (d,) = directives(extractor, body)
    assert "Такиев" in d.by
    assert d.to is not None and d.to.endswith(surname)
    assert not d.to.startswith(("руководител", "начальник", "директор"))
    assert d.what.startswith("запустить вторую линию")


def test_a_bare_surname_in_the_dative_is_the_person_not_the_post(extractor):
    (d,) = directives(extractor, "Вице-премьер поручил начальнику таможни Оразбаеву навести порядок на стоянке.")
    assert d.to == "Оразбаев"


def test_a_kazakh_patronymic_surname_alone_is_the_person(extractor):
    (d,) = directives(extractor, "Министр поручил руководителю управления Жаксылыкұлы проверить весы на посту.")
    assert d.to == "Жаксылыкұлы"


def test_a_region_after_the_post_is_no_name(extractor):
    (d,) = directives(extractor, "Премьер-министр поручил акиму области Абай обустроить подъезд к посту.")
    assert d.to is not None and d.to.lower().startswith("аким области")


def test_region_abbreviations_inside_the_addressees_title_do_not_cut_it(extractor):
    body = "Аким области поручил акиму Карасайского р-на Нурлану Омарову до 1 июня отремонтировать мост на трассе."
    (d,) = directives(extractor, body)
    assert d.to == "Нурлан Омаров"


def test_a_title_with_an_abbreviation_is_not_part_of_the_givers_name(extractor):
    (d,) = directives(extractor, "Аким Сарыагашского р-на Ерлан Тажибаев поручил убрать мусор у поста «Жибек жолы».")
    assert "Тажибаев" in d.by
    assert "р-на" not in d.by and not d.by.startswith("Аким")


def test_obl_between_the_giver_and_a_fronted_addressee_is_the_addressees(extractor):
    body = "Вице-премьер Серик Жумангарин обл. акимам поручил до конца месяца открыть пункты обогрева у постов."
    (d,) = directives(extractor, body)
    assert "Жумангарин" in d.by and "обл" not in d.by
    assert d.to is not None and d.to.startswith("аким")
    assert d.when == "до конца месяца"


def test_an_addressee_between_the_giver_and_the_verb_is_not_the_giver(extractor):
    body = (
        "Министр транспорта Марат Карабаев руководителю департамента Арману Ержанұлы поручил "
        "в течение месяца заменить знаки у поста «Кайрак»."
    )
    (d,) = directives(extractor, body)
    assert "Карабаев" in d.by
    assert d.to is not None and "Ержанұлы" in d.to
    assert d.when == "в течение месяца"


def test_a_passive_order_to_an_undeclined_name_takes_the_giver_from_the_next_sentence(extractor):
    body = (
        "Директору терминала Олегу Белых поручено увеличить число рамп. "
        "Такое поручение дал министр торговли Арман Шаккалиев."
    )
    (d,) = directives(extractor, body)
    assert "Шаккалиев" in d.by
    assert d.to is not None and "Белых" in d.to


def test_a_passive_order_to_an_undeclined_name_with_no_giver_stays_no_order(extractor):
    assert directives(extractor, "Директору терминала Олегу Белых поручено увеличить число рамп.") == []


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("Аким района поручил к концу месяца покрасить ограждение у поста «Кордай».", "к концу месяца"),
        ("Министр поручил к началу следующего квартала открыть новую стоянку.", "к началу следующего квартала"),
        (
            "Облыс әкімі Ермек Кошербаев кеден бекеттеріне келесі айдың 5-іне дейін жаңа таразы орнатуды тапсырды.",
            "келесі айдың 5-іне дейін",
        ),
    ],
)
def test_deadlines_relative_to_a_month_are_read_whole(extractor, body, when):
    (d,) = directives(extractor, body)
    assert d.when == when
    assert when not in d.what


@pytest.mark.parametrize(
    ("when", "short"),
    [
        ("до 1 числа следующего месяца", "до 1-го след. мес."),
        ("до конца текущего месяца", "до конца тек. мес."),
        ("в двухнедельный срок", "в 2-нед. срок"),
        ("в срок до 1 декабря 2027 года", "в срок до 1 дек. 2027 г."),
    ],
)
def test_a_long_deadline_is_abbreviated_for_a_narrow_cell(when, short):
    assert short_when(when, 18) == short


def test_a_deadline_that_fits_stays_as_written():
    assert short_when("до конца месяца", 18) == "до конца месяца"
    assert short_when("ай соңына дейін", 18) == "ай соңына дейін"


def test_the_deadline_heading_what_was_ordered_is_the_short_one():
    row = {"what": "расширить подъезд", "when": "до 1 числа следующего месяца", "reports": 2}
    assert directive_reads.ordered(row, with_when=True) == "2× до 1-го след. мес.: расширить подъезд"
    assert directive_reads.ordered(row) == "2× расширить подъезд"


def test_an_addressees_name_too_long_for_its_cell_is_initialed():
    assert abridged("Айгерим Нурланкызы", 16) == "А. Нурланкызы"
    assert abridged("начальник отдела Айгерим", 16) == "начальник отдела Айгерим"
