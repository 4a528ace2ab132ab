"""A Russian border directorate facing our border is exported under its whole printed name
(issue 15, org52): a tail serving two regions or a krai. (org52's `unit_adjectives`, which took
the kind's adjective before a unit word the model left out, «Пограничное управление ФСБ по …»,
was removed at stop 48 with the three sentences only it read: bench/README «Stop 48,
passes71».) Made-up sentences in the shapes of the Russian and Kazakh press."""

import pytest

from tests.extracting import bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Задержание провели сотрудники Пограничного управления ФСБ России по Республике Калмыкия и"
            " Астраханской области.",
            "Пограничное управление ФСБ России по Республике Калмыкия и Астраханской области",
        ),
        (
            "Как сообщили в Пограничном управлении ФСБ России по Алтайскому краю, пост работает.",
            "Пограничное управление ФСБ России по Алтайскому краю",
        ),
    ],
)
def test_the_directorate_keeps_its_adjective_and_territory(extractor, text, name):
    assert name in bodies(extractor, text)


def test_a_word_that_is_no_unit_adjective_is_not_taken(extractor):
    # «Новом» is no adjective of a unit's kind: the unit is named from its kind word
    text = "В новом управлении ФСБ по Курганской области сменился начальник."
    assert not any(n.lower().startswith("нов") for n in bodies(extractor, text))


def test_a_two_region_tail_needs_the_plural_regions(extractor):
    # one region and a second noun phrase: the tail is the single region only
    text = "Сотрудники Пограничного управления по Курганской области и полиции провели рейд."
    assert "Пограничное управление по Курганской области" in bodies(extractor, text)


def test_a_lower_case_clipped_compound_is_put_in_the_nominative(extractor):
    text = "Нарушителей задержали сотрудники погрануправления ФСБ по Курганской и Тюменской областям."
    assert "погрануправление ФСБ по Курганской и Тюменской областям" in bodies(extractor, text)


def test_a_lower_case_adjective_before_a_capital_name_stays_out(extractor):
    text = "Об этом сообщило региональное Управление Россельхознадзора по Оренбургской области."
    found = bodies(extractor, text)
    assert "Управление Россельхознадзора по Оренбургской области" in found
    assert not any(n.startswith("регионал") for n in found)
