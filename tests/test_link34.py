"""The printed shapes of a knowledge-base body's name its row does not list, tied to the row
(store.lang.kb.row_of_printed, store.lang.identity.entity_key): a state or «республики»
after the body's name, the state first in Kazakh word order, a parent's initials before or
after it, a Kazakh inner genitive dropped, Kazakh letters written in Russian ones. And the
guard: a name another state's body goes by too («Кабинет министров», «МИД») is that state's
body where the text speaks of that state (store.extract.linking._by_their_state).
Every sentence here is made up; the names are rows of store/data."""

from __future__ import annotations

import pytest

from store.lang import kb
from store.lang.identity import entity_key
from store.model import Article
from tests.extracting import mentions


@pytest.mark.parametrize(
    "printed, row",
    [
        ("Пограничная служба Казахстана", "border-service"),  # a head alone is anyone's: with its state, ours
        ("Пограничная служба РК", "border-service"),
        ("Погранслужба РК", "border-service"),
        ("Комитет национальной безопасности республики", "knb"),
        ("Сенат республики", "senate"),
        ("Қазақстан Үкіметі", "government"),  # Kazakh word order, the head in the possessive
        ("Қазақстан Көлік министрлігі", "ministry-transport"),
        ("ҚМ Мемлекеттік кірістер комитеті", "kgd"),  # a parent's Kazakh initials before
        ("Комитет государственных доходов МФ РК", "kgd"),  # and a parent's Russian ones after
        ("Комитет миграционной службы МВД", "committee-migration"),
        ("Погранслужба Комитета нацбезопасности Казахстана", "border-service"),  # its parent's name after it
        ("Комитет госдоходов Минфина РК", "kgd"),
        ("Абай облысы әкімдігі", "akimat-abai"),  # «облысының» printed without its genitive
        ("ФНБ «Самрук-Қазына»", "samruk-kazyna"),  # a Kazakh letter where the row has a Russian one
        ("Пограничная служба ГКНБ КР", "kg-border"),  # another state's body, with its state
        ("Қырғыз Республикасының МҰҚК Шекара қызметі", "kg-border"),  # its state and its parent's Kazakh initials
        ("Пограничная служба России", "fsb-border"),
        ("Правительство Кыргызстана", "kg-cabinet"),
    ],
)
def test_a_printed_shape_of_a_rows_name_is_that_row(printed, row):
    assert entity_key("organization", printed) == f"kb:{row}"


@pytest.mark.parametrize(
    "printed",
    [
        "Пограничная служба",  # whose? no state, no parent
        "Министерство транспорта республики",  # Russia's and Uzbekistan's ministries are called so too
        "МИД республики",
        "Правительство страны",
        "Министерство транспорта Кыргызстана",  # the row of Kyrgyzstan's ministry has another name
        "Пограничная служба Туркменистана",  # no row of Turkmenistan's has that head
        "Департамент полиции Казахстана",  # no row's head
    ],
)
def test_a_shape_that_names_no_one_row_stays_apart(printed):
    assert not entity_key("organization", printed).startswith("kb:")


def test_a_name_another_states_body_goes_by_too_is_known_as_such():
    cabinet = next(f for f in kb.forms() if f.row.id == "government" and f.text == "Кабинет министров")
    assert {"Кыргызстан", "Узбекистан"} <= kb.namesakes(cabinet)
    assert kb.namesake(cabinet, "Кыргызстан").id == "kg-cabinet"
    assert kb.namesake(cabinet, "Казахстан") is None  # its own state: its own row
    own = next(f for f in kb.forms() if f.row.id == "kgd" and f.text == "Комитет государственных доходов")
    assert not kb.namesakes(own)


def test_a_shared_name_is_the_body_of_the_state_the_text_says_it_is(extractor):
    def keys(text):
        return {entity_key("organization", n) for n in mentions(extractor, text, "organization")}

    kyrgyz = "Об этом сообщили в Погранслужбе Кыргызстана. Позже Погранслужба уточнила порядок въезда."
    assert keys(kyrgyz) == {"kb:kg-border"}  # said once after the name, meant every time
    ours = "Погранслужба уточнила порядок въезда на границе с Кыргызстаном."
    assert "kb:kg-border" not in keys(ours)  # no state after it: the other side of the border is no owner
    both = "Пограничная служба ГКНБ Кыргызстана сообщила о заторе. Погранслужба РК ответила, что ограничений нет."
    found = extractor.extract(Article(file="t", path="t", title="", body=both, raw=both)).mentions
    ours_too = [m.name for m in found if m.type == "organization" and both[m.start : m.end].startswith("Погранслужба")]
    assert ours_too and all(entity_key("organization", n) != "kb:kg-border" for n in ours_too)  # «РК» after it
    kazakh = "Қырғызстанның Шекара қызметі хабарлады. Шекара қызметі кезек жоқ деді."
    assert keys(kazakh) == {"kb:kg-border"}  # Kazakh word order: the state before the body
    cabinet = "Кабинет министров Кыргызской Республики утвердил порядок въезда."
    assert "kb:government" not in keys(cabinet)


def test_a_state_named_right_after_a_shared_name_is_its_state(extractor):
    text = "Делегация прибыла в Астану. МИД России выразил протест, а МИД Казахстана ответил."
    keys = {entity_key("organization", n) for n in mentions(extractor, text, "organization")}
    assert {"kb:mfa-russia", "kb:ministry-foreign"} <= keys
