"""dir76: directives in the shapes dir75 left — a named official in the dative before
«поручено» with the giver in the next sentence, the Kazakh active «… тапсырмасын берді»,
and customs posts in the plural dative as Kazakh addressees (never a post travelled to).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_a_named_addressee_before_poručeno_takes_the_giver_from_the_next_sentence(extractor):
    body = (
        "Министру транспорта Нурлану Сауранбаеву поручено до 20 мая расширить стоянку у поста «Алтынколь». "
        "Такое поручение дал вице-премьер Серик Жумангарин."
    )
    (d,) = directives(extractor, body)
    assert "Жумангарин" in d.by
    assert d.to is not None and "Сауранбаев" in d.to
    assert d.when == "до 20 мая"
    assert d.what.startswith("расширить стоянку")


def test_a_named_addressee_with_nobody_giving_the_order_stays_no_order(extractor):
    body = (
        "Министру транспорта Нурлану Сауранбаеву поручено расширить стоянку у поста «Алтынколь». "
        "Работы начнутся весной."
    )
    assert directives(extractor, body) == []


def test_a_named_person_in_the_dative_without_an_order_is_no_order(extractor):
    body = "Министру транспорта Нурлану Сауранбаеву показали новый терминал. Такое решение принял аким."
    assert directives(extractor, body) == []


def test_the_active_kazakh_task_noun_is_an_order(extractor):
    body = "Премьер-министр Олжас Бектенов «Майқапшағай» бекетіндегі көпірді жөндеу тапсырмасын берді."
    (d,) = directives(extractor, body)
    assert "Бектенов" in d.by
    assert d.what.endswith("көпірді жөндеу")


def test_a_pupils_task_told_actively_stays_no_order(extractor):
    body = "Мұғалім Асқар Сейітов оқушыларға үй тапсырмасын берді."
    assert directives(extractor, body) == []


def test_customs_posts_in_the_plural_dative_are_the_addressee(extractor):
    body = "Қаржы министрі Мәди Тақиев кеден бекеттеріне бір ай ішінде жүк тексеруді жеделдетуді тапсырды."
    (d,) = directives(extractor, body)
    assert d.to == "кеден бекеттері"
    assert d.when == "бір ай ішінде"


def test_posts_travelled_to_are_no_addressee(extractor):
    body = "Облыс әкімі Асхат Шахаров шекара бекеттеріне баратын жолдарды жарықтандыруды тапсырды."
    (d,) = directives(extractor, body)
    assert d.to is None


def test_one_post_in_the_dative_is_where_the_work_goes(extractor):
    body = "Облыс әкімі Асхат Шахаров «Тәжен» бекетіне жаңа таразы орнатуды тапсырды."
    (d,) = directives(extractor, body)
    assert d.to is None
