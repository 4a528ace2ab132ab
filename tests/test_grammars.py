"""yargy grammars of store/extract/grammars/: tables of (made-up sentence, expected)."""

import pytest

from store.extract.grammars.coordinated_places import coordinated_lists
from store.extract.passes.places import find_coordinated_places


@pytest.mark.parametrize(
    "text, adjectives, head",
    [
        ("Дожди пройдут в Костромской и Ярославской областях.", ["Костромской", "Ярославской"], "областях"),
        (
            "в Омской, Томской, Курганской, Тюменской и Кемеровской областях",
            ["Омской", "Томской", "Курганской", "Тюменской", "Кемеровской"],
            "областях",
        ),
        ("в Северо-Казахстанской и Костанайской областях", ["Северо-Казахстанской", "Костанайской"], "областях"),
        ("жители Абайской или Улытауской области", ["Абайской", "Улытауской"], "области"),
        ("в Омской,\nТомской и Курганской областях", ["Омской", "Томской", "Курганской"], "областях"),
        ("признание Приморской и Амурской автономных республик", ["Приморской", "Амурской"], "республик"),
        # a list that opens with a noun: the adjectives after it still agree over the head
        ("в Омске, Томской и Курганской областях", ["Томской", "Курганской"], "областях"),
    ],
)
def test_coordinated_list_grammar(text, adjectives, head):
    [found] = coordinated_lists(text)
    assert [w.text for w in found.adjectives] == adjectives
    assert found.head.text == head
    assert text[found.head.start : found.head.end] == head


@pytest.mark.parametrize(
    "text",
    [
        "Омская область и Томск",  # no adjectives over one noun
        "в Омской и Томская области",  # the adjectives do not agree in case
        "Омской и Томской",  # no head noun
    ],
)
def test_no_coordinated_list(text):
    assert coordinated_lists(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("в Омской, Томской и Курганской областях", ["Омская область", "Томская область", "Курганская область"]),
        ("в Северо-Казахстанской и Костанайской областях", ["Северо-Казахстанская область", "Костанайская область"]),
        ("между Южной и Северной Кореей", ["Южная Корея", "Северная Корея"]),
        ("позиции Омской и Томской делегаций", []),  # the head is no kind of place
    ],
)
def test_coordinated_places_are_named_one_by_one(text, names):
    assert [n for _, n in find_coordinated_places(text, [])] == names


def test_a_long_list_is_read_from_its_last_items_in_bounded_time():
    import time

    from store.extract.grammars.coordinated_places import MAX_ITEMS

    text = "в " + "Омской, " * 3_000 + "и Томской областях"  # yargy alone would exhaust the stack
    t0 = time.perf_counter()
    [found] = coordinated_lists(text)
    assert len(found.adjectives) == MAX_ITEMS and found.adjectives[-1].text == "Томской"
    assert time.perf_counter() - t0 < 20  # about half a second on an idle machine


def test_lists_of_words_that_are_no_adjectives_are_not_parsed():
    assert coordinated_lists("Аба и Аба, " * 2_000) == []
