"""dir107: «потребовал от» lists keep their unmarked genitive plurals («от Минфина и акиматов»),
a dative list may open with an abbreviation before a comma («КГД, Пограничной службе и …»), and
one ordering verb told once for several addressees gives one directive each («поручил МВД …,
а КГД — …», «…-ді, ал Қаржы министрлігіне …-ді тапсырды»). Sentences written for the test, none
of the fresh set's."""

import re

from store.extract.directives import find_directives
from store.model import Mention


def _orders(text: str, surface: str, name: str = "Олжас Бектенов") -> list[tuple[str | None, str, str | None]]:
    """(to, what, when) of each directive, the giver given as a person mention written `surface`."""
    at = text.index(surface)
    by = Mention(type="person", name=name, surface=surface, start=at, end=at + len(surface))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]  # one per sentence
    found = find_directives(text, [by], spans, "2026-11-20")
    assert all(d.by == name for d in found)
    return [(d.to, d.what, d.when) for d in found]


def test_genitive_plurals_after_from_are_kept_in_the_nominative():
    text = "Олжас Бектенов потребовал от Минтранса и акиматов областей до 1 апреля убрать снег у «Кольжата»."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство транспорта и акиматы областей", "убрать снег у «Кольжата»", "до 1 апреля")
    ]


def test_an_adverb_after_the_from_list_is_no_addressee():
    text = "Олжас Бектенов потребовал от ведомств и госорганов ежедневно докладывать о ситуации на «Кордае»."
    assert _orders(text, "Олжас Бектенов")[0][0] == "ведомства и госорганы"


def test_a_dative_list_opening_with_an_abbreviation():
    text = "Олжас Бектенов поручил МЧС, Пограничной службе и районным акиматам подготовить пункты обогрева."
    assert _orders(text, "Олжас Бектенов")[0][0] == (
        "Министерство по чрезвычайным ситуациям, Пограничная служба и районные акиматы"
    )


def test_one_verb_several_russian_orders_each_with_its_term():
    text = "Олжас Бектенов поручил акиматам до 1 мая расчистить стоянки, а МВД — организовать движение фур."
    assert _orders(text, "Олжас Бектенов") == [
        ("акиматы", "расчистить стоянки", "до 1 мая"),
        ("Министерство внутренних дел", "организовать движение фур", None),
    ]


def test_one_verb_several_kazakh_orders():
    text = "Олжас Бектенов Көлік министрлігіне көпірді жөндеуді, ал әкімдіктерге тұрақ салуды тапсырды."
    assert _orders(text, "Олжас Бектенов") == [
        ("Көлік министрлігі", "көпірді жөндеу", None),
        ("әкімдіктер", "тұрақ салу", None),
    ]
