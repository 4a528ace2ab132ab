"""search69: of one- and two-letter results alike in score and articles, a name that
begins with the typed letters comes before one with a later word so begun (the name
order put «МЦПС «Хоргос»» before the post «Хоргос» for «Хо»); a person's every word
counts as a start."""

from __future__ import annotations

from tests.notes import entity_names, store_of_openings

# Made-up names: a post, a body named after it, a person; one note each.
ENTITIES = [
    ("checkpoint", "Сартогай", "Сартогай открыли после ремонта."),
    ("organization", "Агентство «Сартогай»", "Агентство «Сартогай» подвело итоги."),
    ("person", "Арман Сапаров", "Арман Сапаров посетил пост."),
]


def test_the_name_begun_by_the_letters_comes_before_a_later_word(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    names = entity_names(st, "Са")
    assert names.index("Сартогай") < names.index("Агентство «Сартогай»")
    assert entity_names(st, "Sa").index("Сартогай") < entity_names(st, "Sa").index("Агентство «Сартогай»")
    st.close()


def test_a_persons_surname_counts_as_a_start(tmp_path):
    st = store_of_openings(tmp_path / "s.db", ENTITIES)
    names = entity_names(st, "Са")
    assert names.index("Арман Сапаров") < names.index("Сартогай")  # equal: by name, as before
    st.close()
