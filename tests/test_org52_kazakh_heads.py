"""Kazakh bodies headed by «одағы», «партиясы», «қауымдастығы», «ұйымы», «филиалы» are read as
chains like the ministries and committees (issue 15, org52): «"Ақ жол" партиясы» was read as
«Демалыс күндері "Ақ жол"», and a union or an association was not read at all. Made-up
sentences in the shapes of Kazakh news."""

import pytest

from tests.extracting import kazakh_bodies


@pytest.mark.parametrize(
    "text,name",
    [
        ("Сенбі күні «Ақ жол» партиясының депутаттары бекетті аралады.", "«Ақ жол» партиясы"),
        ("Тасымалдаушылардың мәселесін Қазақстан көлік одағы көтерді.", "Қазақстан көлік одағы"),
        (
            "Жүргізушілер Қазақстан автомобиль тасымалдаушылар қауымдастығына шағымданды.",
            "Қазақстан автомобиль тасымалдаушылар қауымдастығы",
        ),
    ],
)
def test_the_new_heads_make_a_chain(extractor, text, name):
    assert name in kazakh_bodies(extractor, text)


def test_a_day_word_before_a_party_is_not_its_name(extractor):
    found = kazakh_bodies(extractor, "Демалыс күндері «Ақ жол» партиясы жиын өткізді.")
    assert "«Ақ жол» партиясы" in found
    assert not any(n.startswith("Демалыс") for n in found)


def test_a_union_told_by_a_ministry_is_a_body_of_its_own(extractor):
    found = kazakh_bodies(extractor, "Бұл туралы ҚР Көлік министрлігі Қазақстанның көлік одағына хабарлады.")
    assert "Қазақстанның көлік одағы" in found
    assert not any("министрлігі" in n and "одағы" in n for n in found)
