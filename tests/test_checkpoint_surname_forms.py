"""A surname built on a post's name is a person, not the post (store/extract/checkpoint_names.py).

Russian surnames are a stem plus «-ов»: the same letters as a consonant-final name's genitive
plural, which news never gives a post. Made-up sentences.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def _refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_a_surname_on_a_post_name_at_the_border_is_not_the_post():
    assert "uz-malik" not in _refs("Маликов сообщил, что очереди на границе с Узбекистаном сократились.")
    assert "uz-malik" not in _refs("Басқарма басшысы Нұрлан Маликов шекарадағы кезек туралы айтты.")


def test_the_post_in_its_own_case_forms_is_still_read():
    text = "Пункт пропуска «Малик» на границе с Узбекистаном открыт; у «Малика» стоят пешеходы."
    assert _refs(text).count("uz-malik") == 2
