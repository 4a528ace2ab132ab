"""Bodies named the English way on English-language pages (issue 15): the shape pass
`english_bodies` and the abbreviations a page defines after such a name. Made-up sentences
in the shape real English news about border posts uses."""

import pytest

from store.extract.extractor import Extractor
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def bodies(extractor, body: str, title: str = "Trucks wait at the border") -> set[str]:
    art = Article(file="t.txt", path="t.txt", title=title, body=body, raw=body, source="example.org")
    return {m.name for m in extractor.extract(art).mentions if m.type == "organization"}


def test_a_committee_with_its_of_phrases_is_one_body(extractor):
    found = bodies(extractor, "The Committee on Road Tolls of the Republic of Norland checked the trucks at the post.")
    assert "Committee on Road Tolls of the Republic of Norland" in found


def test_a_defined_abbreviation_is_the_same_body_later(extractor):
    text = (
        "The Fruit Inspection Agency (FIA) of Norland stopped the lorries. "
        "According to the FIA, the queue will be cleared by Friday."
    )
    found = bodies(extractor, text)
    assert found == {"Fruit Inspection Agency of Norland"}


def test_clause_openers_and_possessives_are_not_part_of_the_name(extractor):
    found = bodies(extractor, "According to Norland's Veterinary Service, the cattle were held at the border.")
    assert found == {"Veterinary Service"}


def test_a_lone_head_word_is_no_name(extractor):
    assert bodies(extractor, "The Department noted that the road was closed for the night.") == set()


def test_russian_text_is_left_to_the_other_passes():
    from store.extract.extractor import PassContext
    from store.extract.passes.english_bodies import english_bodies
    from store.extract.spans import ByStart

    text = "Водители ждали двое суток, сообщил Highland Customs Service в понедельник на границе."
    assert english_bodies(text, [], PassContext(cps=[], cp_index=ByStart([]))) == []


def test_an_akimat_named_by_its_regions_abbreviation_is_a_body(extractor):
    found = bodies(extractor, "В акимате ВКО уточнили, что дорогу к посту отремонтируют летом.", title="Дорога к посту")
    assert "акимат ВКО" in found


def test_a_neighbours_state_committee_is_not_linked_to_ours(extractor):
    text = (
        "В пресс-службе государственного комитета национальной безопасности (ГКНБ) Кыргызстана сообщили, "
        "что очередь у поста уменьшилась."
    )
    assert "Комитет национальной безопасности" not in bodies(extractor, text, title="Пост работает")


def test_a_person_after_their_role_and_a_comma_is_no_body(extractor):
    text = (
        "Norland intends to tighten control at the border. The deputy chairman of the Highland Customs Service, "
        "Bolat Sarsenov, named the conditions under which the queue could be cleared."
    )
    art = Article(file="t.txt", path="t.txt", title="Border control", body=text, raw=text, source="example.org")
    mentions = {(m.type, m.name) for m in extractor.extract(art).mentions}
    assert ("organization", "Bolat Sarsenov") not in mentions
    assert ("organization", "Highland Customs Service") in mentions
