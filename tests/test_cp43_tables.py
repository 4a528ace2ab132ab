"""cp43: posts listed in a table (made-up tables in the shapes pages are stored in: a cell per
line, or cells split by «|»): each name takes the kind of its own row, not the kind word of the
row above it; a kind word in brackets or in the next cell is the name's own, and a cue for a
name that is also a village («Алимбет»)."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def found(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


CELL_PER_LINE = (
    "Пункты пропуска Актюбинской области на границе с Россией\n\n"
    "Наименование\nВид\nРежим работы\n"
    "Жайсан\nавтомобильный\nкруглосуточно\n"
    "Алимбет\nжелезнодорожный\nкруглосуточно\n"
    "Алимбет\nавтомобильный\nс 9 до 18\n"
    "Жайсан\nжелезнодорожный\nкруглосуточно\n"
)


def test_a_table_stored_a_cell_per_line():
    assert found(CELL_PER_LINE) == [
        ("zhaisan", "road"),
        ("alimbet-rail", "rail"),
        ("alimbet", "road"),
        ("zhaisan-rail", "rail"),
    ]


def test_a_table_with_borders():
    text = (
        "Список пунктов пропуска на границе с Россией в Актюбинской области.\n\n"
        "Пункт пропуска | Вид | Режим\n"
        "Жайсан | автомобильный | круглосуточно\n"
        "Алимбет | железнодорожный | круглосуточно\n"
        "Алимбет | автомобильный | круглосуточно\n"
    )
    assert found(text) == [("zhaisan", "road"), ("alimbet-rail", "rail"), ("alimbet", "road")]


def test_a_numbered_list_row_takes_its_own_kind():
    text = "Пункты пропуска области:\n1 Жайсан автомобильный\n2 Жайсан железнодорожный\n"
    assert found(text) == [("zhaisan", "road"), ("zhaisan-rail", "rail")]


def test_a_kind_in_brackets_is_the_names_own_and_its_cue():
    text = "Пункты пропуска области:\n\nЖайсан (железнодорожный)\n\nАлимбет (автомобильный)\n"
    assert found(text) == [("zhaisan-rail", "rail"), ("alimbet", "road")]


def test_a_kind_word_opening_a_sentence_on_the_next_line_is_not_a_cell():
    text = "В Актобе открылся цех, Алимбет\nавтомобильный завод не строил."
    assert found(text) == []


def test_a_paragraph_opening_with_the_name_keeps_its_titles_kind():
    text = (
        "Железнодорожный пункт пропуска возобновил работу\n"
        "Жайсан снова принимает составы из Оренбургской области после ремонта путей, "
        "сообщили в пресс-службе отделения дороги."
    )
    assert found(text) == [("zhaisan-rail", "rail")]
