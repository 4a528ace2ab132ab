"""Bodies on unread text, org18 (issue 15): English articles name a body in English, the
knowledge base's breadth, and its lowercase and glued forms. Every sentence is made up."""

from __future__ import annotations

from store.extract import extractor as ex
from store.extract import linking
from store.lang import kb


def _ctx() -> ex.PassContext:
    return ex.PassContext(cps=[], cp_index=ex.ByStart([]))


def _linked(text: str) -> list[tuple[str, str]]:
    ctx = _ctx()
    spans = linking.link_knowledge_base(text, [], ctx)
    return [(s.type, ctx.names[(s.start, s.end)]) for s in spans if s.type == "organization"]


def test_an_english_article_names_a_body_in_english():
    text = "The Ministry of Finance of Kazakhstan said on Monday that the new rules apply to all carriers."
    assert _linked(text) == [("organization", "Ministry of Finance of Kazakhstan")]


def test_an_english_article_names_a_body_without_its_state_as_printed():
    text = "The Ministry of Agriculture reported that inspectors checked the trucks at the border."
    assert _linked(text) == [("organization", "Ministry of Agriculture")]


def test_a_russian_article_still_names_a_latin_form_by_its_russian_row():
    text = "Об этом сообщили в компании KTZ Express, уточнив, что поезда пошли через станцию по графику."
    assert _linked(text) == [("organization", "АО «KTZ Express»")]


def test_an_english_name_loses_its_state_as_a_russian_one_does():
    assert kb._without_state("Ministry of Energy of the Republic of Kazakhstan") == "Ministry of Energy"
    assert kb._without_state("Ministry of Finance of Kazakhstan") == "Ministry of Finance"
    assert kb._without_state("Government of Kazakhstan") == "Government of Kazakhstan"  # one word would be left
