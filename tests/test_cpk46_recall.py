"""cpk46: posts found in two more shapes (made-up sentences in the shapes of real pages): a
list after «пограничных пунктов …:» whose colon closes a longer clause, and the Russian rail
post «Локоть» in a case form whose stem drops its «о» («в Локте»)."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def found(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.ref) for s in find_checkpoints(text)]


def test_border_points_named_after_a_longer_clause_and_a_colon():
    text = "Круглосуточно работают три пограничных пункта, что стоят на севере Чуйской области: «Ак-Жол», «Чалдыбар» и «Кен-Булун»."
    assert found(text) == [("Ак-Жол", "kg-ak-zhol"), ("Чалдыбар", "kg-chaldybar"), ("Кен-Булун", "kg-ken-bulun")]


def test_a_bare_list_without_a_post_word_stays_unread():
    text = "Летом в горах, что стоят на севере Чуйской области: «Ак-Жол», «Чалдыбар» и «Кен-Булун»."
    assert found(text) == []


def test_lokot_in_a_case_form_with_the_fleeting_vowel():
    text = "Два поезда в неделю ходят через пункты пропуска в Локте и Кулунде."
    assert found(text) == [("Локте", "ru-lokot-rail"), ("Кулунде", "ru-kulunda-rail")]


def test_lokot_the_district_is_no_post():
    assert found("В Локтевском районе открыли школу у границы.") == []
