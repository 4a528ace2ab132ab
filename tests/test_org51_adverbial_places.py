"""A place in the locative, dative or ablative at a sentence's start is where/whither/whence,
not a Kazakh body's first word (store/extract/passes/kazakh_bodies.py, org51). Made-up text."""

import pytest

from store.extract.extractor import Extractor
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def bodies(extractor, text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=None)
    return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}


def test_locative_place_opening_a_sentence_stays_out_of_the_body(extractor):
    text = "Кеше жаңалық тарады. Астанада Қытай елшілігі жаңа визалық тәртіп туралы хабарлады."
    found = bodies(extractor, text)
    assert "Қытай елшілігі" in found
    assert not any(name.startswith("Астана") for name in found)


def test_locative_place_inside_a_sentence_stays_out_of_the_body(extractor):
    text = "Өткен аптада сенбі күні Алматыда Түркия елшілігі қонақтарды қабылдады."
    found = bodies(extractor, text)
    assert "Түркия елшілігі" in found
    assert not any(name.startswith("Алматы") for name in found)


def test_place_in_nominative_still_opens_the_body(extractor):
    text = "Кеше жаңалық тарады. Қызылорда облыстық әкімдігі жол жөндеу туралы хабарлады."
    assert "Қызылорда облыстық әкімдігі" in bodies(extractor, text)
