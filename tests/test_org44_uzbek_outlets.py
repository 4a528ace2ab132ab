"""org44: Uzbek Latin bodies whatever apostrophe their «oʻ»/«gʻ» is typed with, and an outlet
cited by its Latin name named by the Cyrillic spelling its page prints. Made-up sentences."""

import pytest

from store.extract.extractor import Extractor, PassContext
from store.extract.ner import NerSpan
from store.extract.passes.outlet_names import cited_outlet_names
from store.extract.spans import ByStart
from store.lang import kb
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor, body: str, raw: str | None = None) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=raw or body, title="", body=body, source=None)
    return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}


@pytest.mark.parametrize("mark", ["'", "’", "‘", "ʼ", "ʻ"])
def test_uzbek_apostrophes_all_open_the_same_form(mark):
    text = f"Bu haqda Davlat bojxona qo{mark}mitasi xabar berdi."
    found = kb.find(text)
    assert [m.form.row.id for m in found] == ["uz-customs"]
    assert text[found[0].start : found[0].end] == f"Davlat bojxona qo{mark}mitasi"  # offsets hold


def test_uzbek_apostrophe_keeps_length():
    text = "Qozog‘iston va O'zbekiston"
    assert len(kb.uzbek_apostrophes(text)) == len(text)
    assert kb.uzbek_apostrophes(text) == "Qozogʻiston va Oʻzbekiston"
    assert kb.uzbek_apostrophes("don't, O'Brien's") == "don't, OʻBrien's"  # a letter-like mark: harmless


def test_a_neighbours_border_service_in_uzbek_latin(extractor):
    names = orgs(extractor, "Yoʻl taʼmirlanmoqda. Bu haqda Qozog‘iston davlat chegara xizmati xabar berdi.")
    assert names == {"Qozogʻiston davlat chegara xizmati"}


def test_latin_outlet_named_by_the_cyrillic_credit_of_its_page(extractor):
    body = "Пункт пропуска закроют на ремонт, передает корреспондент агентства Kazinform."
    assert orgs(extractor, body, raw="«Казинформ»\n" + body) == {"Казинформ"}


def test_latin_outlet_printed_alone_stays_latin(extractor):
    body = "Пункт пропуска закроют на ремонт, передает корреспондент агентства Kazinform."
    assert orgs(extractor, body) == {"Kazinform"}


def test_a_latin_text_keeps_the_latin_name():
    text = "The post will close for repairs, Kazinform reports (Казинформ)."
    start = text.index("Kazinform")
    span = NerSpan("organization", start, start + len("Kazinform"), "Kazinform")
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    cited_outlet_names(text, [span], ctx)
    assert ctx.names == {}


def test_part_of_a_compound_is_not_the_outlet():
    text = "Подборки публикует Rambler, сказал редактор «Рамблер-Новости»."
    start = text.index("Rambler")
    span = NerSpan("organization", start, start + len("Rambler"), "Rambler")
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    cited_outlet_names(text, [span], ctx)
    assert ctx.names == {}
