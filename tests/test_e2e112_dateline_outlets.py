"""e2e112: a wire dateline's outlet glued by a dash to the body named after it («АСТАНА, 12 марта.
КАЗИНФОРМ – Комитет государственных доходов …», read by the model as one name) leaves the body
alone; capitals and a dash inside a sentence are no dateline. Sentences written for the test."""

from store.extract.extractor import PassContext
from store.extract.ner import NerSpan
from store.extract.passes.org_spans import org_spans
from store.extract.spans import ByStart


def _names(text: str, glued: str) -> list[str]:
    at = text.index(glued)
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    out = org_spans(text, [NerSpan("organization", at, at + len(glued), glued)], ctx)
    return [ctx.names.get((s.start, s.end), s.text) for s in out]


def test_the_outlet_after_a_dateline_is_cut_off_the_body():
    text = "АСТАНА, 12 марта. КАЗИНФОРМ – Комитет государственных доходов сообщил о заторе."
    assert _names(text, "КАЗИНФОРМ – Комитет государственных доходов") == ["Комитет государственных доходов"]


def test_a_dateline_with_the_year_on_a_later_line():
    text = "Затор у Достыка.\nУРАЛЬСК. 18 марта 2026 года. КАЗИНФОРМ - АО «KTZ Express» сообщило о заторе."
    assert _names(text, "КАЗИНФОРМ - АО «KTZ Express»") == ["АО «KTZ Express»"]


def test_a_rules_name_is_cut_with_its_span():
    text = "АСТАНА, 12 марта. КАЗИНФОРМ – Комитета государственных доходов нет на месте."
    glued = "КАЗИНФОРМ – Комитета государственных доходов"
    at = text.index(glued)
    ctx = PassContext(cps=[], cp_index=ByStart([]))
    ctx.names[(at, at + len(glued))] = "КАЗИНФОРМ – Комитет государственных доходов"
    (cut,) = org_spans(text, [NerSpan("organization", at, at + len(glued), glued)], ctx)
    assert ctx.names == {(cut.start, cut.end): "Комитет государственных доходов"}


def test_capitals_and_a_dash_inside_a_sentence_stay_one_name():
    text = "В отчете ТОО – Комитет государственных доходов сообщил о заторе."
    assert _names(text, "ТОО – Комитет государственных доходов") == ["ТОО – Комитет государственных доходов"]
