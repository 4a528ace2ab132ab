"""dir56: «глава кабмина», the premier in a second mention, is a head of government whose
direct speech is read for orders; a dash and «это» after the order comment on it. Made-up text."""

import pytest

from store.extract.directives.posts import holds_post
from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_head_of_cabinet_quote_orders_by_its_obligation(extractor):
    body = (
        "Премьер-министр Иван Петров провёл совещание по пунктам пропуска. "
        '"Грузов становится больше. Необходимо ускорить досмотр на постах - это ключевой вопрос", '
        "- сказал глава кабмина."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.what) == ("Иван Петров", "ускорить досмотр на постах")


def test_head_of_cabinet_is_the_premiers_post():
    assert holds_post("глава кабмина", "премьер-министр рк")
    assert not holds_post("глава кабмина", "министр транспорта")


def test_a_deputys_quote_told_the_same_way_orders_nothing(extractor):
    body = (
        "Депутат Иван Петров выступил в парламенте. "
        '"Необходимо ускорить досмотр на постах - это ключевой вопрос", - сказал депутат.'
    )
    assert directives(extractor, body) == []


def test_kazakh_imperative_after_a_condition_orders_nothing(extractor):
    body = (
        "Премьер-министр Иван Петров Үкімет отырысын өткізді.\n"
        "- Жоспарды мерзімінде орындай алмасаңыздар ашық айтыңыздар, - деді Үкімет басшысы."
    )
    assert directives(extractor, body) == []


def test_kazakh_imperative_without_a_condition_still_orders(extractor):
    body = (
        "Премьер-министр Иван Петров Үкімет отырысын өткізді.\n"
        "- Жоспарды мерзімінде орындап, бекеттердегі жұмысты жеделдетіңіздер, - деді Үкімет басшысы."
    )
    [d] = directives(extractor, body)
    assert "жұмысты жеделдетіңіздер" in d.what
