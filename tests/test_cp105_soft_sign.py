"""A post's name in the older Russian spelling, with a soft sign after its final л or н
(«Кегень» of «Кеген»): derived from the row's names, not added row by row (cp105)."""

from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer
from store.lang.checkpoint_spellings import with_soft_sign


def test_a_front_vowel_before_the_final_consonant_gives_the_soft_sign():
    assert with_soft_sign("Кеген", "Кеген") == ["Кегень"]
    assert with_soft_sign("Тажен", "Тәжен") == ["Тажень"]


def test_a_back_vowel_or_another_final_letter_gives_none():
    assert with_soft_sign("Калжат", "Қалжат") == []  # ends in т
    assert with_soft_sign("Аксай", "Ақсай") == []
    assert with_soft_sign("Алтынколь", "Алтынкөл") == []  # has its sign already
    assert with_soft_sign("Жайсан", "Жайсаң") == []  # ң is no н, and а is a back vowel


def test_the_row_keeps_it_as_a_spelling():
    assert "Кегень" in gazetteer.get("kegen").all_names()


def test_the_soft_sign_spelling_is_found_as_the_post():
    text = "Новый пункт пропуска «Кегень» откроют летом, у Кегеня уже строят терминал."
    assert {s.ref for s in find_checkpoints(text)} == {"kegen"}
