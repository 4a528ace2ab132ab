"""org83 (issue 15): a knowledge-base body printed the way the press prints it is found whole.

- the state inside a row's name before its quoted name or «по …» may be left out;
- a hyphen inside a body's word may be printed as a dash with spaces or as a space (a place's
  may not: «Нур Султанов» is a man);
- a Kazakh chain at a sentence's opening starts where the body inside it starts.

Sentences written for these tests."""

from __future__ import annotations

from store.lang import kb
from tests.extracting import bodies


def _rows(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.form.row.id) for m in kb.find(text)]


def test_the_state_inside_a_name_may_be_left_out():
    text = "В Национальной палате предпринимателей «Атамекен» заявили о потерях."
    assert _rows(text) == [("Национальной палате предпринимателей «Атамекен»", "atameken-chamber")]
    assert ("Союзом международных автомобильных перевозчиков «КазАТО»", "kazato") in _rows(
        "Встреча с Союзом международных автомобильных перевозчиков «КазАТО» прошла в Алматы."
    )


def test_the_chamber_printed_without_the_state_is_one_body(extractor):
    text = "В Национальной палате предпринимателей «Атамекен» заявили, что ограничения бьют по малому бизнесу."
    assert bodies(extractor, text) == {"Национальная палата предпринимателей «Атамекен»"}


def test_a_bodys_hyphen_printed_as_a_space_or_a_spaced_dash():
    assert _rows("Самрук Казына выделил средства.") == [("Самрук Казына", "samruk-kazyna")]
    assert _rows("Грузы везет КТЖ – Грузовые перевозки.")[0][1] == "ktz-freight"


def test_a_places_hyphen_is_not_a_space():
    assert _rows("Нур Султанов сказал, что очередь выросла.") == []


def test_a_kazakh_chain_at_a_sentences_opening_keeps_the_body_inside_it(extractor):
    text = "Жол жөндеуі кешікті.\n\nСамрук Казына қоры да жобаға қаражат бөлді."
    got = bodies(extractor, text, language="kk")
    assert "Казына қоры" not in got
    assert any(name.startswith("Самрук") for name in got)


def test_a_companys_russian_spelling_is_found_in_its_kazakh_spelling_too():
    # the rows list «КазАТО», «Казатомпром»; a Kazakh text prints «ҚазАТО-ның», «Қазатомпром»
    assert _rows("ҚазАТО-ның мәліметінше, кезек азайды.") == [("ҚазАТО-ның", "kazato")]
    assert _rows("Қазатомпром хабарлады.") == [("Қазатомпром", "kazatomprom")]


def test_a_name_with_capitals_inside_takes_a_kazakh_ending_after_a_hyphen():
    assert _rows("ҚазАвтоЖол-дың өкілі жол жөндеуі туралы айтты.") == [("ҚазАвтоЖол-дың", "kazavtozhol")]


def test_kazakh_text_finds_the_union_by_its_kazakh_spelling(extractor):
    text = "ҚазАТО-ның мәліметінше, шекарадағы кезек азайды. Бұл туралы одақ өкілі айтты."
    assert len(bodies(extractor, text, language="kk")) == 1
