"""A clause read as a body: «специалистами Управления осуществляется ветеринарный контроль
(ВК)» — a name holds no finite verb, so the span ends before it; and initials the page
spells out as a thing («ветеринарный контроль (ВК)») are no body where they stand alone
(link57, issue 15: org56's survey)."""

from __future__ import annotations

from store.extract import extractor as ex
from store.extract import linking
from store.extract.ner import NerSpan
from store.extract.passes.filters import _clean


def test_a_span_ends_before_a_finite_verb_inside_it():
    text = "На посту сотрудниками Департамента проводится фитосанитарный досмотр грузов."
    start = text.index("Департамента")
    end = text.index(" грузов")
    cleaned = _clean(text, NerSpan("organization", start, end, text[start:end]))
    assert [c.text for c in cleaned] == ["Департамента"]


def test_a_name_with_no_verb_is_kept_whole():
    text = "Об этом сообщило Министерство транспорта и коммуникаций вчера."
    start = text.index("Министерство")
    end = text.index(" вчера")
    assert [c.text for c in _clean(text, NerSpan("organization", start, end, text[start:end]))] == [
        "Министерство транспорта и коммуникаций"
    ]


def _kept(text: str, short: str) -> list[str]:
    start = text.rindex(short)
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.acronyms_and_platforms(text, [NerSpan("organization", start, start + len(short), short)], ctx)
    return [s.text for s in spans]


def test_initials_spelled_out_as_a_thing_are_no_body():
    text = "На переходе ведётся ветеринарно-санитарный контроль (ВСК). Очередь на ВСК растёт."
    assert _kept(text, "ВСК") == []


def test_initials_spelled_out_as_a_body_stay_one():
    text = "Создано Агентство транспортного контроля (АТК). Глава АТК выступил."
    assert _kept(text, "АТК") == ["АТК"]
