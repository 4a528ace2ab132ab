"""dir56: a head of state's or government's obligation told in reported speech with no
addressee («Премьер обратил внимание на то, что дорожную сеть нужно развивать») is his
order, as in his direct speech; the same words from anyone else, or a country's goal, order
nothing. Made-up text."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_premiers_reported_obligation_is_his_order_with_its_fronted_object(extractor):
    body = "Олжас Бектенов обратил внимание на то, что подъезды к постам нужно ремонтировать до осени."
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов" and d.to is None
    assert d.what.startswith("ремонтировать до осени") and "подъезды к постам" in d.what


@pytest.mark.parametrize(
    "body",
    [
        "Депутат Иван Петров обратил внимание на то, что подъезды к постам нужно ремонтировать до осени.",
        "Олжас Бектенов подчеркнул, что необходимо укреплять позиции нашей страны в регионе.",
        "Олжас Бектенов отметил, что мы должны ремонтировать подъезды к постам.",
    ],
)
def test_others_needs_and_goals_order_nothing(extractor, body):
    assert directives(extractor, body) == []
