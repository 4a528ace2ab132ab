"""dir75: directives in the shapes dir74 left — a body named by its field («министру по …»),
deadlines «до 1 числа», «до конца месяца», Kazakh «сәуірдің 5-іне дейін», a Kazakh passive
«… салу тапсырмасы берілді», a bare «Акиматам поручено …» opening a text, and how the
Directives tables print a head of state's post and Kazakh bodies. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from store.lang.labels import abridged
from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_a_ministers_field_stays_in_the_addressee(extractor):
    body = (
        "Премьер-министр Олжас Бектенов поручил министру по чрезвычайным ситуациям до 1 ноября "
        "проверить запасы топлива на пограничных постах."
    )
    (d,) = directives(extractor, body)
    assert d.to == "министр по чрезвычайным ситуациям"
    assert d.when == "до 1 ноября"


def test_a_passive_order_to_a_committee_by_its_field(extractor):
    body = (
        "Вице-премьер Серик Жумангарин провел совещание. Председателю Комитета по делам молодежи "
        "поручено до конца месяца организовать волонтеров на пунктах пропуска."
    )
    (d,) = directives(extractor, body)
    assert d.by == "Серик Жумангарин"
    assert d.to == "Председатель Комитета по делам молодежи"
    assert d.when == "до конца месяца"


def test_po_itogam_is_no_field(extractor):
    body = "Аким Олжас Ахметов поручил министерству по итогам проверки закрыть склад у поста."
    ds = directives(extractor, body)
    assert all("итогам" not in (d.to or "") for d in ds)


def test_the_first_of_the_month(extractor):
    body = (
        "Министр финансов Ержан Садыков поручил департаменту до 5 числа каждого месяца "
        "присылать отчеты о простое фур на границе."
    )
    (d,) = directives(extractor, body)
    assert d.when == "до 5 числа каждого месяца"


def test_a_kazakh_date_with_the_month_first(extractor):
    body = "Облыс әкімі Бақыт Сәрсенов аудан әкімдеріне сәуірдің 5-іне дейін бекет маңын тазалауды тапсырды."
    (d,) = directives(extractor, body)
    assert d.when == "сәуірдің 5-іне дейін"


def test_a_kazakh_task_noun_passive(extractor):
    body = (
        "Көлік министрлігіне шекара бекетінің алдында жаңа тұрақ салу тапсырмасы берілді. "
        "Тапсырманы облыс әкімі Бақыт Сәрсенов берді."
    )
    (d,) = directives(extractor, body)
    assert d.by == "Бақыт Сәрсенов"
    assert d.to == "Көлік министрлігі"
    assert "тұрақ салу" in d.what


def test_a_pupils_homework_is_no_order(extractor):
    assert directives(extractor, "Мектепте оқушыларға үй тапсырмасы берілді.") == []


def test_a_bare_akimats_opening_the_text(extractor):
    body = (
        "Акиматам поручено до конца года установить освещение на подъездах к пунктам пропуска. "
        "Такое поручение дал вице-премьер Серик Жумангарин."
    )
    (d,) = directives(extractor, body)
    assert d.by == "Серик Жумангарин"
    assert d.to == "акиматы"
    assert d.when == "до конца года"


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Ұлттық қауіпсіздік комитеті", "ҰҚК"),
        ("Қаржы министрлігі", "ҚМ"),
        ("Төтенше жағдайлар министрлігі", "ТЖМ"),
        ("Сауда және интеграция министрлігі", "СИМ"),  # «және» has no letter in it
        ("Министерство по чрезвычайным ситуациям", "МЧС"),
        ("аудан әкімдері", "аудан әкімдері"),  # no abbreviation listed
        ("Қаржы министрі", "Қаржы министрі"),  # the minister, not the ministry
        ("министр по инвестициям и развитию", "министр по инвестициям и развитию"),
    ],
)
def test_kazakh_bodies_by_the_abbreviation_the_kb_lists(name, short):
    assert abridged(name, 16) == short


def test_the_head_of_states_post_fits_the_by_column():
    """«Глава государст…» (17 characters in a 16-wide column) hid who gave the order."""
    from store.cli.views import DIRECTIVE_COLUMNS

    by = next(c for c in DIRECTIVE_COLUMNS if c.key == "by")
    assert by.fitted({"by": "Глава государства"}, by.width) == "Глава государства"
