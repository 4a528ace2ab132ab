"""town36 (issue 15): a town that shares its name with a checkpoint. A post's name the text
marks as a settlement («посёлок Хоргос»), a way's direction («в сторону Орска»), a town's
bypass («обход Сарыагаша») or a trip's stop after a town it set out from («из Алматы … через
Кеген») is the place, not the post; the post's own mentions stay posts. Made-up sentences in
the shapes of fresh pages."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def surfaces(text: str) -> list[str]:
    return [s.surface for s in find_checkpoints(text)]


def test_a_settlement_noun_with_yo_makes_the_village():
    text = "Мы прошли пункт пропуска «Хоргос». Дальше лежит пограничный посёлок Хоргос и река."
    assert surfaces(text) == ["Хоргос"]
    assert find_checkpoints(text)[0].start < text.index("посёлок")


def test_a_post_in_the_village_is_still_the_post():
    text = "Напротив пункта пропуска в посёлке Мариинский выросла очередь."
    assert surfaces(text) == ["Мариинский"]


def test_towards_a_town_is_the_town():
    assert surfaces("Очередь на пункте пропуска растёт. Одна машина уехала в сторону Орска.") == []


def test_a_bypass_and_passing_by_are_the_town():
    text = "У пункта пропуска начали стройку. Обход Сарыагаша и трасса мимо Сарыагаша готовы к лету."
    assert surfaces(text) == []


def test_a_border_adjective_without_a_noun_is_the_town():
    assert surfaces("Снег выпал у приграничного Орска, где есть пункт пропуска.") == []


def test_via_after_setting_out_from_a_town_is_the_stop():
    text = "Из Алматы автобус пойдёт через Кеген, пункт пропуска «Каркара» откроют к маю."
    assert surfaces(text) == ["Каркара"]


def test_via_with_no_start_stays_the_post():
    text = "На железнодорожном пункте пропуска сообщили: через Хоргос проходят 70 маршрутов поездов."
    assert surfaces(text) == ["Хоргос"]


def test_the_posts_own_mentions_stay_posts():
    assert surfaces("На пункте пропуска Хоргос очередь из фур.") == ["Хоргос"]
    assert surfaces("Шекарада кезек бар. «Қорғас» бекеті қайта ашылды.") == ["Қорғас"]


def test_a_post_noun_after_the_name_keeps_it_a_post():
    text = "Фуры ушли в сторону Хоргоса (пункт пропуска) ещё утром."
    assert surfaces(text) == ["Хоргоса"]
