"""A state glued to the next line's capital («Минтранса РоссииМихаил Кокаев», a caption
whose line break the page's markup dropped) still names the body's state (link57, issue
15: org56's survey read it as Kazakhstan's ministry)."""

from __future__ import annotations

from store.extract import extractor as ex
from store.extract import linking
from store.lang import kb


def test_a_state_glued_to_a_capital_is_still_read_after_a_body():
    text = "Выступил замдиректора департамента Минтранса РоссииИван Петров, глава рабочей группы."
    end = text.index("Минтранса") + len("Минтранса")
    assert kb.state_printed_after(text, end) == "Россия"


def test_the_glued_state_makes_the_body_that_states():
    text = "Выступил замдиректора департамента Минтранса РоссииИван Петров, глава рабочей группы."
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    spans = linking.link_knowledge_base(text, [], ctx)
    names = [ctx.names[(s.start, s.end)] for s in spans if s.type == "organization"]
    assert names and all("России" in n for n in names)


def test_a_word_after_the_glued_capital_is_not_taken_for_a_state():
    # «КазахстанаРК»-like glue must not read the next line's initials as the state
    text = "Сотрудники Минтранса поясненияРК не дали."
    end = text.index("Минтранса") + len("Минтранса")
    assert kb.state_printed_after(text, end) == ""
