"""A body keeps the state and region it is named with (issue 15, org43): «Министерство финансов
Кыргызстана» is not Kazakhstan's ministry, and a clipped «Минтранс» in an article about a
Russian region's ministry is that ministry; a post's kind spelled out after adjectives
(«… пунктах пропуска (МАПП)») is no body's abbreviation. Made-up sentences in the shapes
real pages print (24.kg, lotosgtrk.ru, omskinform.ru, orenburg-news.net)."""

import pytest

from store.extract.body_groups import row_of
from store.extract.extractor import Extractor
from tests.notes import names_found

_EXTRACTOR = Extractor()


def orgs(text: str) -> list[str]:
    return sorted(names_found(_EXTRACTOR, text))


@pytest.mark.parametrize(
    "text, kyrgyz, kazakh",
    [
        (
            "Министерство финансов Кыргызстана и Министерство финансов Казахстана подписали протокол.",
            "Министерство финансов Кыргызстана",
            "Министерство финансов Казахстана",
        ),
        (
            "Министерство транспорта КР и Министерство транспорта РК провели переговоры о пункте.",
            "Министерство транспорта КР",
            "Министерство транспорта РК",
        ),
        (
            "Комитет государственных доходов Кыргызстана и Комитет государственных доходов Казахстана"
            " обсудили очереди.",
            "Комитет государственных доходов Кыргызстана",
            "Комитет государственных доходов Казахстана",
        ),
    ],
)
def test_a_namesake_of_another_state_keeps_its_own_name(text, kyrgyz, kazakh):
    assert orgs(text) == sorted([kyrgyz, kazakh])


@pytest.mark.parametrize(
    "surface, row",
    [
        ("Министерство финансов Казахстана", "ministry-finance"),
        ("Министерство транспорта РК", "ministry-transport"),
        ("Министерство финансов Кыргызстана", None),
        ("Министерство транспорта Кыргызской Республики", None),
        ("Комитет государственных доходов КР", None),
    ],
)
def test_a_state_printed_after_a_form_must_be_its_rows(surface, row):
    assert row_of(surface) == row


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Минтранс Омской области сообщает о закрытии пункта пропуска. Ранее Минтранс сообщал о ремонте.",
            "Минтранс Омской области",
        ),
        (
            "Министерство транспорта Астраханской области предупредило водителей. В Минтрансе уточнили сроки.",
            "Министерство транспорта Астраханской области",
        ),
    ],
)
def test_a_clipped_ministry_is_the_one_regional_ministry_named(text, name):
    assert orgs(text) == [name]


def test_a_clipped_ministry_beside_a_states_one_is_the_states():
    text = "Министерство транспорта РК сообщило о закрытии пункта. В Минтрансе уточнили сроки."
    assert orgs(text) == ["Министерство транспорта РК"]


def test_two_regions_leave_a_clipped_ministry_alone():
    text = "Минтранс Омской области и Минтранс Челябинской области обсудили рейсы. Минтранс уточнил сроки."
    assert "Минтранс Омской области" in orgs(text) and "Минтранс Челябинской области" in orgs(text)
    assert len(orgs(text)) == 3


def test_a_post_kind_spelled_out_after_adjectives_stays_a_common_noun():
    # «… автомобильных пунктах пропуска (МАПП)» spells out a kind of post, not a body
    text = (
        "Пограничное управление ФСБ России по Омской области сообщает: в международных автомобильных"
        " пунктах пропуска (МАПП) растут очереди. Перед МАПП стоят сотни машин."
    )
    assert orgs(text) == ["Пограничное управление ФСБ России по Омской области"]


def test_a_body_spelled_out_after_adjectives_is_still_defined():
    text = "Казахстанская транспортная компания (КТК) сообщила о рейсах. КТК открыла маршрут."
    assert "КТК" in " ".join(orgs(text)) or "Казахстанская транспортная компания" in orgs(text)
