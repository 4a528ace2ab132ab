"""dir108: a further addressee with no dash («…, а Минфину обеспечить …», «…, а от КГД — …»), Kazakh
ablative gaps after «талап етті», a term per addressee before one shared order («МЧС — до 1
марта, а акиматам — до 1 апреля …»), and an abbreviation alone in a Kazakh order written out in
Kazakh. Sentences written for the test, none of the fresh set's."""

import re

from store.extract.directives import find_directives
from store.extract.directives.addressee_names import body_names
from store.model import Mention


def _orders(text: str, surface: str, name: str = "Олжас Бектенов") -> list[tuple[str | None, str, str | None]]:
    """(to, what, when) of each directive, the giver given as a person mention written `surface`."""
    at = text.index(surface)
    by = Mention(type="person", name=name, surface=surface, start=at, end=at + len(surface))
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?=\s|$)|$)", text)]  # one per sentence
    found = find_directives(text, [by], spans, "2026-11-20")
    assert all(d.by == name for d in found)
    return [(d.to, d.what, d.when) for d in found]


def test_a_further_dative_addressee_with_no_dash():
    text = "Олжас Бектенов поручил МЧС расчистить трассу к «Кольжату», а акиматам до 1 марта открыть пункты обогрева."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство по чрезвычайным ситуациям", "расчистить трассу к «Кольжату»", None),
        ("акиматы", "открыть пункты обогрева", "до 1 марта"),
    ]


def test_a_further_addressee_after_from():
    text = "Олжас Бектенов потребовал от акиматов убрать снег, а от Минтранса — отремонтировать мост."
    assert _orders(text, "Олжас Бектенов") == [
        ("акиматы", "убрать снег", None),
        ("Министерство транспорта", "отремонтировать мост", None),
    ]


def test_a_comma_then_a_noun_that_is_no_addressee_stays_one_order():
    text = "Олжас Бектенов поручил МВД усилить контроль, а затем доложить о результатах."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство внутренних дел", "усилить контроль, а затем доложить о результатах", None)
    ]


def test_with_no_dash_only_a_body_opens_a_further_order():
    text = "Олжас Бектенов поручил КНБ усилить охрану, а жителям сел объяснить правила въезда."
    assert [to for to, _, _ in _orders(text, "Олжас Бектенов")] == ["Комитет национальной безопасности"]


def test_kazakh_ablative_gap_after_demanded():
    text = "Олжас Бектенов әкімдіктерден қарды тазалауды, ал Көлік министрлігінен көпірді жөндеуді талап етті."
    assert _orders(text, "Олжас Бектенов") == [
        ("әкімдіктер", "қарды тазалау", None),
        ("Көлік министрлігі", "көпірді жөндеу", None),
    ]


def test_a_term_per_addressee_before_one_shared_order():
    text = "Олжас Бектенов поручил МЧС — до 1 марта, а акиматам — до 1 апреля открыть пункты обогрева."
    assert _orders(text, "Олжас Бектенов") == [
        ("Министерство по чрезвычайным ситуациям", "открыть пункты обогрева", "до 1 марта"),
        ("акиматы", "открыть пункты обогрева", "до 1 апреля"),
    ]


def test_a_kazakh_term_per_addressee():
    text = "Олжас Бектенов Үкіметке — 1 наурызға дейін, ал әкімдіктерге — 1 сәуірге дейін тұрақ салуды тапсырды."
    assert _orders(text, "Олжас Бектенов") == [
        ("Үкімет", "тұрақ салу", "1 наурызға дейін"),
        ("әкімдіктер", "тұрақ салу", "1 сәуірге дейін"),
    ]


def test_an_abbreviation_is_written_out_in_the_language_of_the_order():
    assert body_names("ТЖМ", "жылыту пункттерін дайындау") == "Төтенше жағдайлар министрлігі"
    assert body_names("МВД", "усилить контроль на «Қорғасе»") == "Министерство внутренних дел"
