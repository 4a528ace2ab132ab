"""dir56: a citation of an earlier order («по поручению X», «X-тың тапсырмасы бойынша») is an
order a reader tracks only while its work is still to come or when it names the programme
the order set going; work told as done or under way credits the order and is no directive
(dev's c001 «Работы … ведутся по поручению премьер-министра …» counts none). Made-up text."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


@pytest.mark.parametrize(
    "body",
    [
        "По поручению Президента подъездную дорогу к посту Сырым расширили до четырёх полос.",
        "Работы по ремонту пунктов пропуска на границе ведутся по поручению премьер-министра Ивана Петрова.",
        "По поручению Главы государства разрабатывается план развития приграничных сёл.",
        "Новый терминал на посту был построен по поручению Президента Касым-Жомарта Токаева.",
    ],
)
def test_work_done_or_under_way_by_order_is_no_directive(extractor, body):
    assert directives(extractor, body) == []


def test_work_still_to_come_by_order_is_the_order(extractor):
    [d] = directives(extractor, "По поручению Главы государства на посту Сырым до конца года установят весы.")
    assert d.by == "Глава государства" and "установят весы" in d.what


def test_programme_set_going_by_order_is_the_order_whatever_its_tense(extractor):
    body = (
        "Открытие поста стало частью программы обновления приграничной инфраструктуры, которую реализуют "
        "по поручению Президента Касым-Жомарта Токаева."
    )
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев" and d.what.startswith("Программа обновления")


def test_an_ordering_verb_next_to_a_citation_is_still_read(extractor):
    body = "По поручению Президента Министр транспорта Иван Петров поручил завершить ремонт дороги к посту до осени."
    [d] = directives(extractor, body)
    assert "завершить ремонт дороги" in d.what
