"""A directive's giver written as a post beneath the head of state and government resolves
to the person people.csv lists for it only when the article names that person (s40, dir42);
an order told in a relative clause («программы, которую реализуют по поручению X») orders
the programme, not the clause it hangs on. Made-up sentences in the shapes of real pages."""

import pytest

from store.lang.people import holder_named
from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def _by(extractor, body):
    [d] = directives(extractor, body)
    return d.by


def test_vice_premier_named_without_his_post_gives_the_order(extractor):
    body = "Роман Скляр осмотрел пункт пропуска. Подводя итоги, вице-премьер поставил задачу завершить ремонт в срок."
    assert _by(extractor, body) == "Роман Скляр"


def test_post_stays_as_written_when_the_article_names_nobody_holding_it(extractor):
    body = "Пункт пропуска осмотрели. Подводя итоги, вице-премьер поставил задачу завершить ремонт в срок."
    assert _by(extractor, body) == "Вице-премьер"


def test_akim_of_a_region_the_article_does_not_name_is_not_resolved(extractor):
    # the article names the akim of Атырауская область, but by a post of no place it names
    body = "Махамбет Досмухамбетов выступил. Аким города поручил отремонтировать подъезды к посту."
    assert _by(extractor, body) == "Аким города"


def test_regional_head_of_the_region_named_is_its_akim(extractor):
    body = (
        "Махамбет Досмухамбетов посетил пост на границе Атырауской области. Глава региона поручил ускорить "
        "строительство терминала."
    )
    assert _by(extractor, body) == "Махамбет Досмухамбетов"


def test_kazakh_vice_premier_named_in_the_article(extractor):
    body = "Роман Скляр бекетті аралады. Вице-премьер жұмысты мерзімінде аяқтауды тапсырды."
    assert _by(extractor, body) == "Роман Скляр"


@pytest.mark.parametrize(
    ("post", "names", "text", "holder"),
    [
        ("министр транспорта", ["Нурлан Сауранбаев"], "", "Нурлан Сауранбаев"),
        ("министр финансов", ["Нурлан Сауранбаев"], "", None),
        ("вице-министр", ["Роман Скляр"], "", None),
        ("заместитель акима", ["Махамбет Досмухамбетов"], "Атырауской", None),
        ("аким области", ["Махамбет Досмухамбетов"], "в Атырау", "Махамбет Досмухамбетов"),
        ("глава города", ["Махамбет Досмухамбетов"], "в Атырау", None),
        ("вице-премьер", ["Роман Скляр", "Серик Жумангарин"], "", None),
        ("вице-премьер", ["Скляр"], "", None),
    ],
)
def test_holder_named_by_post_kind_field_and_place(post, names, text, holder):
    assert holder_named(post, names, text) == holder


def test_relative_clause_orders_its_antecedent_not_the_opening(extractor):
    body = (
        "Пункт пропуска открыли после ремонта. Открытие стало частью государственной программы обновления "
        "пограничной инфраструктуры, которую реализуют по поручению Президента Казахстана Касым-Жомарта Токаева."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.what) == ("Касым-Жомарт Токаев", "Государственная программа обновления пограничной инфраструктуры")


def test_holder_named_as_the_addressee_is_not_the_giver(extractor):
    body = "Пункт пропуска осмотрели. Министр поручил министру транспорта Нурлану Сауранбаеву ускорить ремонт."
    [d] = directives(extractor, body)
    assert d.by == "Министр" and d.to == "Нурлан Сауранбаев"


@pytest.mark.parametrize(
    ("date", "holder"),
    [
        (None, "Дархан Сатыбалды"),  # no date: any post of his the table lists
        ("2025-09-01", "Дархан Сатыбалды"),  # аким Алматы since 2025-05-24
        ("2024-03-01", None),  # before his term as akim of Алматы
    ],
)
def test_holder_held_the_post_on_the_articles_date(date, holder):
    assert holder_named("аким города", ["Дархан Сатыбалды"], "в Алматы", date) == holder


def test_directive_giver_by_the_articles_date():
    from store.extract.extractor import Extractor
    from store.model import Article

    ex = Extractor(find_checkpoints=lambda text: [], gazetteer_get=lambda ref: None, find_facts=lambda *a: [])
    body = "Дархан Сатыбалды посетил стройку в Алматы. Аким города поручил ускорить работы на объекте."
    by = {}
    for date in ("2025-09-01", "2024-03-01"):
        art = Article(file="x.txt", path="x.txt", title="", body=body, raw=body, date=date)
        by[date] = [d.by for d in ex.extract(art).directives]
    assert by == {"2025-09-01": ["Дархан Сатыбалды"], "2024-03-01": ["Аким города"]}


def test_relative_clause_antecedent_keeps_its_po_phrase(extractor):
    body = (
        "Пункт пропуска открыли. Работы прошли в рамках государственной программы по реконструкции пограничных "
        "постов, которая реализуется по поручению Президента Казахстана Касым-Жомарта Токаева."
    )
    [d] = directives(extractor, body)
    assert d.what == "Государственная программа по реконструкции пограничных постов"


def test_what_a_teller_says_was_done_by_order_is_the_clause_told(extractor):
    body = (
        "На открытии выступил аким района Иван Петров, который отметил, что новый терминал у поста "
        "будет построен по поручению Президента Касым-Жомарта Токаева."
    )
    [d] = directives(extractor, body)
    assert (d.by, d.what) == ("Касым-Жомарт Токаев", "Новый терминал у поста будет построен")
