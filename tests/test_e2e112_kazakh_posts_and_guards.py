"""e2e112: in Kazakh wire copy a quoted name with a post's noun right after it («"Тәуіп" бекетінде»)
names a post, not a body, listed or not; a neighbour's border guard («Өзбекстан Мемлекеттік шекара
күзеті») is a body, while the guarding itself («шекара күзетін күшейтеді») is none. Sentences
written for the test."""

from store.extract.extractor import PassContext
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_bodies import kazakh_body_chains
from store.extract.passes.outpost_names import outpost_names
from store.extract.spans import ByStart

_LEAD = "Бүгін жүргізушілер шекарада ұзақ күтті, кезек әлі де бар. "


def _ctx() -> PassContext:
    return PassContext(cps=[], cp_index=ByStart([]))


def _org(text: str, name: str) -> NerSpan:
    at = text.index(name)
    return NerSpan("organization", at, at + len(name), name)


def _bodies(text: str) -> list[str]:
    ctx = _ctx()
    return [
        ctx.names.get((s.start, s.end), s.text) for s in kazakh_body_chains(text, [], ctx) if s.type == "organization"
    ]


def test_a_quoted_name_before_a_kazakh_post_noun_is_no_body():
    for text in ("«Тәуіп» бекетінде жолаушылар ағыны артты", "«Тәуіп» өткізу пункті арқылы адамдар өтті."):
        assert outpost_names(text, [_org(text, "Тәуіп")], _ctx()) == []


def test_a_quoted_name_before_another_noun_stays_a_body():
    text = "«Тәуіп» серіктестігі жаңа жол салды, «Атамекен» палатасы хабарлады."
    spans = [_org(text, "Тәуіп"), _org(text, "Атамекен")]
    assert outpost_names(text, spans, _ctx()) == spans


def test_a_neighbours_border_guard_is_a_body():
    assert _bodies(_LEAD + "Өзбекстан Мемлекеттік шекара күзеті де қосымша жолақ ашты.") == [
        "Өзбекстан Мемлекеттік шекара күзеті"
    ]


def test_the_guarding_itself_is_no_body():
    assert _bodies(_LEAD + "Қазақстан шекара күзетін күшейтеді.") == []
