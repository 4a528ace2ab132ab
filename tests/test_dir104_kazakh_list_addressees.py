"""dir104: a Kazakh order list names each item's own addressee — a body before a dash
(«1) Қаржы министрлігі — …») or a dative body opening the item («2) ҰҚК Шекара қызметіне …»);
an item with neither keeps the ordering verb's addressee. Sentences written for the test."""

from store.extract.directives import find_directives
from store.model import Mention


def _orders(text: str) -> list[tuple[str | None, str]]:
    at = text.index("Олжас")
    by = Mention(type="person", name="Олжас Бектенов", surface="Олжас Бектенов", start=at, end=at + 14)
    return [(d.to, d.what) for d in find_directives(text, [by], [(0, len(text))], "2026-11-20")]


def test_each_item_names_its_own_addressee_before_a_dash():
    text = (
        "Премьер-министр Олжас Бектенов тапсырды: 1) Сауда министрлігі — «Бақты» бекетінде сауда орталығын ашу; "
        "2) Абай облысының әкімдігі — бекетке баратын жолды жарықтандыру."
    )
    assert _orders(text) == [
        ("Сауда министрлігі", "«Бақты» бекетінде сауда орталығын ашу"),
        ("Абай облысының әкімдігі", "бекетке баратын жолды жарықтандыру"),
    ]


def test_an_item_opening_with_a_dative_body_is_given_to_it():
    text = (
        "Премьер-министр Олжас Бектенов мынадай тапсырмалар берді: 1) Көлік министрлігіне жаңа жол салу; "
        "2) кезекті азайту."
    )
    assert _orders(text) == [("Көлік министрлігі", "жаңа жол салу"), (None, "кезекті азайту")]
