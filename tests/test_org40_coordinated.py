"""Two bodies the model reads as one name (store/extract/passes/coordinated_bodies.py, org40):
ministries in the plural with their fields joined by «и», and a name run on into «и» and the
next clause's adjective. Sentences are made up in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import names_found


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    return names_found(extractor, text)


@pytest.mark.parametrize(
    "text,bodies",
    [
        (
            "Вице-премьер поручил Министерствам обороны и энергетики подготовить план к осени.",
            {"Министерство обороны", "Министерство энергетики"},
        ),
        (
            "Совещание раскритиковало работу Министерств финансов и национальной экономики РК.",
            {"Министерство финансов РК", "Министерство национальной экономики РК"},
        ),
        ("Вопрос поручено решить министерствам финансов и юстиции.", {"Министерство финансов", "Министерство юстиции"}),
    ],
)
def test_plural_ministries_joined_by_and_are_two_bodies(extractor, text, bodies):
    assert orgs(extractor, text) == bodies


@pytest.mark.parametrize(
    "text,body",
    [
        ("Делегация Министерства торговли и интеграции прибыла в Шымкент.", "Министерство торговли и интеграции"),
        (
            "Министерству транспорта и коммуникаций поручено обеспечить проезд.",
            "Министерство транспорта и коммуникаций",
        ),
    ],
)
def test_one_ministry_named_with_and_stays_one(extractor, text, body):
    assert body in orgs(extractor, text)


def test_a_name_ends_before_and_and_the_next_clauses_adjective(extractor):
    text = "Протокол подписан Министерством энергетики Казахстана и узбекской стороной в Ташкенте."
    assert orgs(extractor, text) == {"Министерство энергетики Казахстана"}
