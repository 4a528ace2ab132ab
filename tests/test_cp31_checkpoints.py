"""cp31: the kind of a checkpoint mention and the shapes fresh pages showed (made-up sentences
in the shapes of real ones): a rail junction («стык», «түйісу пункті»), Kyrgyz and Uzbek kind
words, the two halves of one crossing, posts listed each with its district, and the rows
added with sources (the Kazakh «Алашаңқай», the Russian rail post «Половинное»)."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.lang import gazetteer


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.surface, s.ref, s.kind) for s in find_checkpoints(text)]


def test_a_junction_word_makes_the_mention_rail():
    text = "Делегация осмотрела стыки Сарыагаш и Сырдарья на границе двух стран."
    # cp40: the junction «Сырдарья» has its own rail row beside the pedestrian crossing of that name
    assert found(text) == [("Сарыагаш", "saryagash", "rail"), ("Сырдарья", "syrdarya-rail", "rail")]


def test_a_junction_word_confirms_an_ambiguous_name():
    text = "Через стык Сарыагаш пройдёт 40 пар поездов, а на стыке Оазис ожидают рост до 10 пар."
    assert [r for _, r, _ in found(text)] == ["saryagash", "oazis"]


def test_a_junction_of_continents_is_no_cue():
    assert found("Город стоит на стыке Европы и Азии, рядом озеро Оазис.") == []


def test_kazakh_junction_point_is_rail():
    text = "2005 жылы Сарыағаш станциясы мемлекетаралық түйісу пунктіне айналды, Сырдария да солай."
    kinds = {r: k for _, r, k in found(text)}
    assert kinds["saryagash"] == "rail"


def test_kyrgyz_rail_and_road_words():
    text = "Кыргыз чек арасында «Кайынды темир жол» жана «Кең-Булун-автожол» өткөрмө пункттары иштейт."
    kinds = {r: k for _, r, k in found(text)}
    assert kinds == {"kg-kainda-rail": "rail", "kg-ken-bulun": "road"}


def test_the_neighbours_half_of_a_dashed_crossing_takes_our_kind():
    text = "Я переходил границу на КПП Тажен-Каракалпакия прошлым летом."
    assert found(text) == [("Тажен", "tazhen", None), ("Каракалпакия", "uz-karakalpakiya-rail", "road")]


def test_a_facing_row_keeps_its_own_kind():
    text = "Пункт пропуска «Достык» – «Алашанькоу» работает в обычном режиме."
    assert found(text) == [("Достык", "dostyk", None), ("Алашанькоу", "cn-alashankou", None)]


def test_posts_listed_each_with_its_district():
    text = (
        "Грузовики въезжают через автомобильные пункты пропуска «Исилькуль» в одноименном районе "
        "и «Ольховка» в Черлакском районе."
    )
    assert [r for _, r, _ in found(text)] == ["ru-isilkul", "ru-olkhovka"]


def test_kazakh_spelling_of_alashankou():
    text = "Достық – Алашаңқай халықаралық өткелі арқылы пойыздар өтті."
    assert [r for _, r, _ in found(text)] == ["dostyk", "cn-alashankou"]


def test_russian_rail_post_polovinnoe():
    text = "Нарушителя задержали сотрудники КПП «Половинное» в Курганской области."
    assert [r for _, r, _ in found(text)] == ["ru-polovinnoe"]
    assert gazetteer.get("ru-polovinnoe").kind == "rail"


def test_a_junction_of_borders_says_nothing_of_the_kind():
    text = "На стыке трёх границ расположен пункт пропуска «Нур жолы»."
    assert found(text) == [("Нур жолы", "nur-zholy", None)]
