"""A stored person's recorded role asked for in other words (issue 16, srch50): a state by
another of its words («в Китае» for «в КНР», «Кыргызстана» for «КР»), «погран-» and
«зам-» compounds by their parts, a head qualified by «генеральный». Names, places and
bodies are made up; the states are real."""

from __future__ import annotations

import pytest

from store.search.role_holders import role_holders
from tests.role_entities import roles_table

_ROLES = (
    (1, 2, ["руководитель представительства АО «Жолсер» в КНР"]),
    (2, 1, ["заместитель министра связи КР"]),
    (3, 1, ["заместитель начальника Сарыбелского пограничного отряда"]),
    (4, 1, ["генеральный директор компании «Тулпар»"]),
    (5, 1, ["министр связи"]),
)


@pytest.fixture
def conn():
    c = roles_table(_ROLES)
    yield c
    c.close()


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("руководитель представительства Жолсер в Китае", [1]),  # a state by another of its words
        ("руководитель представительства Жолсер в России", []),
        ("заместитель министра связи Кыргызстана", [2]),
        ("замминистра связи Кыргызстана", [2]),
        ("замначальника Сарыбелского погранотряда", [3]),  # both compounds read as their words
        ("генеральный директор компании Тулпар", [4]),  # «генеральный» qualifies the head
        ("министр связи Казахстана", [5]),  # our own state need not be said by the role
        ("министр связи Узбекистана", []),  # another state must be
    ],
)
def test_roles_in_other_words(conn, query, ids):
    assert role_holders(conn, query, (query,)) == ids
