"""A foreign body's bare initials («ГТУ»: China's customs in the KB, and as well the
initials of a Kazakh regional customs office) are linked to it only on a page that names
its state; otherwise the KB adds no span for them (link57, issue 15: org56's survey false link)."""

from __future__ import annotations

from store.extract import extractor as ex
from store.extract import linking
from store.extract.ner import NerSpan


def _linked(text: str) -> list[str]:
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.link_knowledge_base(text, [], ctx)
    return [ctx.names.get((s.start, s.end), "") for s in spans if s.type == "organization"]


def test_foreign_initials_on_a_page_naming_no_state_of_theirs_link_to_nothing():
    text = (
        "В областном таможенном управлении по Жетысуской области открыли новый досмотровый комплекс. "
        "По словам сотрудников ГТУ, очередь на переходе сократилась."
    )
    assert _linked(text) == []


def test_the_same_initials_link_where_the_page_names_their_state():
    text = "Китайская сторона сообщила: ГТУ утвердило новый протокол на поставки зерна."
    assert _linked(text) == ["ГТУ"]  # the KB's row, shown by the initials printed


def test_a_body_named_in_full_owns_its_initials_on_a_page_naming_no_state():
    text = "Федеральная таможенная служба продлила эксперимент. В ФТС пояснили, что сроки не изменятся."
    names = _linked(text)
    assert len(names) == 2 and len(set(names)) == 1


def test_a_kazakh_bodys_initials_need_no_state_named():
    text = "Сотрудники КНБ задержали груз на переходе."
    assert _linked(text)


def test_initials_whose_state_is_named_keep_the_models_span():
    text = "Таможня Китая сообщила: сотрудники ГТУ проверили вагоны."
    start = text.index("ГТУ")
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    model = NerSpan("organization", start, start + 3, "ГТУ")
    assert [s.start for s in linking.link_knowledge_base(text, [model], ctx) if s.type == "organization"][-1] == start
