"""org105: «ИП» before a surname names a sole trader's business, not the person; a farm's or a
sole trader's letters before a quoted name («КХ «Ерлан»») are a kind of organization. Spans
built by hand and the quoted-name rule alone (no model): each well under 1 s."""

from store.extract.ner import NerSpan
from store.extract.passes.organizations import find_quoted_organizations
from store.extract.passes.sole_traders import sole_traders


def _one(text: str, printed: str):
    start = text.index(printed)
    (s,) = sole_traders(text, [NerSpan("person", start, start + len(printed), printed)], None)
    return s


def test_a_person_span_opened_by_ip_is_the_business():
    s = _one("ИП Ахметов не может вывезти зерно.", "ИП Ахметов")
    assert (s.type, s.name) == ("organization", "ИП Ахметов")


def test_ip_right_before_the_surname_joins_it_in_the_nominative():
    text = "Склад у ИП Ахметова закрыт."
    s = _one(text, "Ахметова")
    assert (s.type, s.name, text[s.start : s.end]) == ("organization", "ИП Ахметов", "ИП Ахметова")


def test_a_person_with_no_ip_stays_a_person():
    assert _one("Зерно вывез фермер Ахметов.", "Ахметов").type == "person"
    assert _one("Архип Ахметов вывез зерно.", "Ахметов").type == "person"  # «ип» ends a word


def test_farm_letters_before_quotes_are_a_kind_of_body():
    text = "КХ «Ерлан» и крестьянское хозяйство «Айгерим» продают яблоки."
    names = {name for _, name in find_quoted_organizations(text, [])}
    assert {"Ерлан", "Айгерим"} <= {n.strip("«»") for n in names}
