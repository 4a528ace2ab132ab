"""A firm named after a knowledge-base row («Транстелеком Сервис», «Казатомпром-SaUran») keeps the
model's whole name instead of being cut to the row's part and linked to the row (org106: a wrong
link files the firm as the body); the row printed alone or with its own unit's words still links."""

from __future__ import annotations

import pytest

from store.extract import extractor as ex
from store.extract import linking
from store.extract.ner import NerSpan


def _linked(text: str, model: str) -> list[tuple[str, str]]:
    """(printed, linked name) of each organization span after the linker, the model having read `model`."""
    start = text.index(model)
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.link_knowledge_base(text, [NerSpan("organization", start, start + len(model), model)], ctx)
    return [(text[s.start : s.end], ctx.names.get((s.start, s.end), "")) for s in spans if s.type == "organization"]


@pytest.mark.parametrize(
    "text, model",
    [
        ("Транстелеком Сервис компаниясы жүк тасымалы өскенін хабарлады.", "Транстелеком Сервис"),
        ("Самрук-Казына Траст компаниясы жаңа келісім жасады.", "Самрук-Казына Траст"),
        ("Как сообщает пресс-служба, KazLogistics Group запускает новый маршрут.", "KazLogistics Group"),
        ("Как сообщает пресс-служба, Казатомпром-SaUran увеличил добычу.", "Казатомпром-SaUran"),
        ("Атамекен Холдинг компаниясы қойма ашты.", "Атамекен Холдинг"),
    ],
)
def test_a_firm_named_after_a_row_keeps_its_name_and_takes_no_row(text, model):
    assert _linked(text, model) == [(model, "")]


@pytest.mark.parametrize(
    "tail, firm",
    [
        (" Сервис", True),
        (" Транс Сервиса", True),
        ("-SaUran", True),
        (" Group", True),
        (" по Алматинской области", False),  # a unit of the body
        (" РК", False),  # the body's state
        (" Толеужан Джунусов", False),  # a person glued on: not a firm's words
        (" Сервис Плюс Групп Холдинг", False),  # four words: no tail of a name
        ("-шники", False),  # the body's staff
        (" Сервистің", True),  # a Kazakh genitive on the firm's word
        (" Сервисный", False),  # no case ending
    ],
)
def test_what_reads_as_another_firms_tail(tail, firm):
    assert linking._another_firms_tail(tail) is firm


def test_the_row_printed_alone_still_links():
    text = "Транстелеком провел связь до станции."
    assert _linked(text, "Транстелеком") == [("Транстелеком", "Транстелеком")]


def _linked_alone(text: str) -> list[str]:
    """The names the linker gives the organizations of `text` where the model proposed none."""
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    return [ctx.names.get((s.start, s.end), "") for s in linking.link_knowledge_base(text, [], ctx)]


@pytest.mark.parametrize(
    "text, names",
    [
        ("У Атамекен Агро появились новые склады.", [""]),  # the firm's whole name, unlinked
        ("Транстелеком Сервистің өкілдері байланыс орнатты.", []),
        ("У Атамекен появились новые члены.", ["Атамекен"]),
        ("В Казатомпроме. Сервис работает.", ["Казатомпром"]),  # a sentence apart: not the firm's words
    ],
)
def test_a_row_read_where_the_model_saw_nothing_is_no_firms_first_word(text, names):
    assert _linked_alone(text) == names


def test_the_firm_whole_anchors_its_list():
    text = "Зерно везут Цесна Астык и Атамекен Агро."
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.link_knowledge_base(text, [], ctx)
    assert [text[s.start : s.end] for s in spans if s.type == "organization"] == ["Атамекен Агро"]
