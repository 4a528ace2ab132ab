"""A body written as a clipped compound the dictionary lacks («Погранслужбы КНБ РК») goes to
the nominative like its second half would (store/lang/phrases.py, org51). Made-up sentences."""

import pytest

from store.extract.extractor import Extractor
from store.lang.phrases import phrase_nominative
from store.model import Article


@pytest.mark.parametrize(
    "written, nominative",
    [
        ("Погранслужбы КНБ РК", "Погранслужба КНБ РК"),
        ("Погранслужбой КНБ РК по ЗКО", "Погранслужба КНБ РК по ЗКО"),
        ("Погрануправления ФСБ", "Погрануправление ФСБ"),
        ("Госпогранслужбы РК", "Госпогранслужба РК"),
        # already in the nominative: unchanged
        ("Погранслужба КНБ", "Погранслужба КНБ"),
        # the troops are plural (the dictionary holds this compound)
        ("Погранвойсками ГКНБ", "Погранвойска ГКНБ"),
        # a word that only starts like a clipped prefix is no compound
        ("Государственной службы", "Государственная служба"),
    ],
)
def test_clipped_compound_to_nominative(written, nominative):
    assert phrase_nominative(written) == nominative


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def test_body_after_genitive_governor_is_named_in_nominative(extractor):
    text = "Об этом сообщили на сайте Погранслужбы КНБ РК в понедельник вечером."
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=None)
    names = {m.name for m in extractor.extract(article).mentions if m.type == "organization"}
    assert "Погранслужба КНБ РК" in names
    assert "Погранслужбы КНБ РК" not in names
