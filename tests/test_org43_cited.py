"""Kazakh names (issue 15, org43). Outlets a Kazakh text cites (store/extract/passes/org_spans.py): a name
with a number («Хабар 24»), a site's lower-case domain with its kind after it («… порталы»),
and a name a text refers to with its case ending after a hyphen («… -на сілтеме жасап»).
A field noun ending like a locative («сауда») inside a body's name (store/extract/passes/
kazakh_bodies.py). A post's border control unit named by the post is the post, no body
(store/extract/passes/shaped_not_bodies.py). The homeland «атамекен» declined is no chamber
«Атамекен» (store/extract/linking.py). A unit's reach («облыстық») after its body's head
keeps the chain one name (kazakh_bodies.py). Made-up sentences in the shapes real pages print (24.kz, inbusiness.kz,
almaty.tv, baq.kz)."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import names_found

_EXTRACTOR = Extractor()


def orgs(text: str) -> list[str]:
    return sorted(names_found(_EXTRACTOR, text))


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Шекарашылар екі адамды ұстады, деп хабарлайды «Хабар 24».", "Хабар 24"),
        ("Шекарашылар екі адамды ұстады, деп хабарлайды Хабар 24 телеарнасы.", "Хабар 24"),
        ("Бекетте жөндеу басталды, деп хабарлайды steppe.kz порталы.", "steppe.kz"),
        ("Бұл туралы Orda Media-ға сілтеме жасап хабарлады.", "Orda Media"),
    ],
)
def test_a_cited_outlet_is_named_as_printed(text, outlet):
    assert outlet in orgs(text)


def test_a_case_ending_after_the_hyphen_is_no_part_of_the_name():
    found = orgs("Жүк қайтарылды, деп хабарлайды Almaty.tv тілшісі Azattyq Rýhy-на сілтеме жасап.")
    assert "Azattyq Rýhy" in found
    assert not any(n.endswith("-на") for n in found)


def test_a_lower_case_word_that_is_no_domain_is_no_outlet():
    assert orgs("Бекет жабылды, деп хабарлайды ведомство.") == []


def test_a_field_noun_ending_like_a_locative_stays_in_a_kazakh_body():
    # «сауда» (trade) ends like a locative «-да»: the ministry's name runs on over it
    found = orgs("Бұл туралы ҚР Индустрия және сауда министрлігі тасымалдаушылар одағына хабарлады.")
    assert found == ["ҚР Индустрия және сауда министрлігі"]


def test_a_posts_border_control_unit_is_the_post_not_a_body():
    # «"Сырым" шекаралық бақылау бөлімшесі»: the unit at the post the gazetteer knows
    found = orgs("Жүк көліктері «Сырым» шекаралық бақылау бөлімшесінде қалады, деп хабарлады ҚР ҰҚК Шекара қызметі.")
    assert not any("бөлімше" in n for n in found)
    assert "ҚР ҰҚК Шекара қызметі" in found


def test_a_unit_named_by_no_post_stays_a_body():
    found = orgs("Шекарашыларды «Жаңатау» шекара бөлімшесінің бастығы қарсы алды.")
    assert any("Жаңатау" in n for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Атамекенге қоныс аударушыларды бөлімше басшысы қарсы алды.",
        "Қандастар Атамекенде жаңа өмір бастады.",
    ],
)
def test_the_homeland_declined_is_no_chamber(text):
    # «атамекен» (the homeland) is the chamber «Атамекен» only quoted or named as itself
    assert orgs(text) == []


def test_the_chamber_quoted_is_still_the_chamber():
    assert orgs("НПП «Атамекен» обратилась в правительство.") == ["НПП «Атамекен»"]


def test_a_regional_unit_after_its_body_is_one_name():
    # «… Шекара қызметі облыстық Шекаралық бақылау басқармасы»: the body's regional unit
    found = orgs("Бекет туралы ҚР ҰҚК Шекара қызметі облыстық Шекаралық бақылау басқармасы хабарлады.")
    assert found == ["ҚР ҰҚК Шекара қызметі облыстық Шекаралық бақылау басқармасы"]


def test_a_reach_word_after_no_head_opens_no_chain():
    found = orgs("Бұл туралы облыстық Ішкі саясат басқармасы хабарлады.")
    assert found == ["Ішкі саясат басқармасы"]
