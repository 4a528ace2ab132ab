"""e2e107: a regional akimat's department written in lowercase and named by its field alone
(«поручил управлению пассажирского транспорта и автомобильных дорог …») is a body, and the
readings that are not one stay out. Sentences written for the test."""

from store.extract.passes.lowercase_bodies import find_lowercase_bodies


def _names(text: str) -> list[str]:
    return [name for _, name in find_lowercase_bodies(text, [])]


def test_a_department_named_by_two_fields_joined_by_and():
    text = "Аким области поручил управлению пассажирского транспорта и автомобильных дорог проверять ход работ."
    assert _names(text) == ["Управление пассажирского транспорта и автомобильных дорог"]


def test_a_hyphened_field_word_and_the_place_word_left_out():
    text = "Стоянку для фур у границы строит управление энергетики и жилищно-коммунального хозяйства области."
    assert _names(text) == ["Управление энергетики и жилищно-коммунального хозяйства"]


def test_one_word_after_and_is_a_second_body_not_a_field():
    assert _names("На посту работали сотрудники управления полиции и прокуратуры.") == []


def test_a_one_word_field_or_a_region_after_it_gives_none():
    assert _names("Министр поручил департаменту кинематографии внести фильм в список.") == []
    assert _names("Об этом рассказал начальник департамента таможенного контроля по Актюбинской области.") == []
