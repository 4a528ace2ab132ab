"""ppl43: persons on pages of kinds the earlier sets did not cover. The sentences are made
up for these tests, in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from store.extract.merging import merge_mentions
from store.model import Article, Mention


def _article(body: str) -> Article:
    return Article(file="x.txt", path="x.txt", title="", body=body, raw=body)


def _person(name: str, at: int = 0) -> Mention:
    return Mention("person", name, name, at, at + len(name))


def test_a_knowledge_base_person_written_with_an_initial_first_is_named_in_full():
    """«Ж. Туймебаев» before «Жансеит Туймебаев»: one row, one key, and the name is the full one."""
    mentions = [_person("Ж. Туймебаев"), _person("Жансеит Туймебаев", 40)]
    merge_mentions(mentions, _article("Аким области осмотрел таможенный пост на границе. " * 3))
    assert {m.name for m in mentions} == {"Жансеит Туймебаев"}


def test_initials_alone_keep_their_spelling():
    mentions = [_person("К. Мәсімов")]
    merge_mentions(mentions, _article("x" * 80))
    assert [m.name for m in mentions] == ["К. Мәсімов"]


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def _persons(extractor: Extractor, text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None)
    return {m.name for m in extractor.extract(article).mentions if m.type == "person"}


def test_initial_then_full_name_in_a_story_is_one_person_in_full(extractor):
    text = "Во время поездки Н.Назарбаев осмотрел пункт пропуска. Позже Нурсултан Назарбаев провел совещание."
    assert _persons(extractor, text) == {"Нурсултан Назарбаев"}
