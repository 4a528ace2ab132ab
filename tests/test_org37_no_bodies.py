"""Shapes read as bodies that are none (store/extract/passes/no_bodies.py) and Kazakh units
whose field is joined by «және»/«жөніндегі» (kazakh_bodies.py), org37: made-up sentences
in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


def test_a_projects_quoted_title_is_no_body(extractor):
    text = (
        "Сайт подвёл итоги конкурса на лучшую новость месяца. Проект «Позитивный Павлодар» редакция ведет с 2019 года."
    )
    assert "Позитивный Павлодар" not in orgs(extractor, text)


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Бұл туралы Павлодар облысының жолаушылар көлігі және автомобиль жолдары басқармасы хабарлады.",
            "Павлодар облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
        ),
        (
            "Маңғыстау облысының су ресурстары мәселелері жөніндегі облыстық үйлестіру кеңесі жиналды.",
            "Маңғыстау облысының су ресурстары мәселелері жөніндегі облыстық үйлестіру кеңесі",
        ),
    ],
)
def test_a_kazakh_unit_whose_field_is_joined_runs_longer(extractor, text, body):
    assert body in orgs(extractor, text)


def test_a_kazakh_clause_before_a_head_is_still_no_name(extractor):
    text = "Кеше Ақтөбе облысында жол жөндеу жұмыстарын жүргізген мердігер компаниясы айыппұл төледі."
    assert not any("жүргізген" in n for n in orgs(extractor, text))
