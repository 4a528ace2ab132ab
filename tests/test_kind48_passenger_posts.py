"""kind48: a passenger post's kind when its row and its article seem to disagree.

The rows' sources type Жибек жолы, Сырдарья, Целинный and their Uzbek halves as crossings for
people on foot and in light cars, with no freight (docs/gazetteer.md, kind48). So cars, buses
and their drivers at such a post are its own passenger traffic and leave its kind passenger;
freight that goes through it makes the article's crossing a road one (cp72); and freight the
post turns away says nothing against its kind, in Russian or Kazakh.

Sentences made up for these tests in the shapes agency items use.
"""

from __future__ import annotations

import pytest

from store.extract.checkpoints import find_checkpoints


def posts(text: str) -> list[tuple[str, str | None]]:
    return [(s.ref, s.kind) for s in find_checkpoints(text)]


@pytest.mark.parametrize(
    "text",
    [
        "На пункте пропуска «Жибек жолы» с утра скопилось около 200 легковых автомобилей.",
        "Автобусы с паломниками пересекли границу через пункт пропуска «Жибек жолы» без задержек.",
        "Пограничники сообщили о пробке из легковушек и маршрутных такси на пункте пропуска «Сырдарья».",
    ],
)
def test_cars_and_buses_are_a_passenger_posts_own_traffic(text):
    assert [kind for _, kind in posts(text)] == [None]


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Грузовой транспорт через пункт пропуска «Жибек жолы» не пропускается.", "zhibek-zholy"),
        ("Водители фур жалуются, что на пункте пропуска «Целинный» их разворачивают обратно.", "tselinny"),
        ("На пункте пропуска «Жибек жолы» дальнобойщики не обслуживаются, напоминают в КГД.", "zhibek-zholy"),
        ("Пункт пропуска «Сырдарья» закрыт для грузовиков с прошлого года.", "syrdarya"),
        ("«Жібек жолы» өткізу бекеті арқылы жүк көліктері өтпейді.", "zhibek-zholy"),
    ],
)
def test_freight_turned_away_leaves_the_row_passenger(text, ref):
    assert posts(text) == [(ref, None)]


def test_freight_that_goes_through_still_makes_it_a_road_crossing():
    assert posts("На пункте пропуска «Жибек жолы» за неделю оформили 40 грузовиков.") == [("zhibek-zholy", "road")]
    assert posts("«Жібек жолы» бекеті арқылы тәулігіне 300 жүк көлігі өтеді.") == [("zhibek-zholy", "road")]


def test_a_refused_purpose_is_no_purpose():
    # «не принимает фуры» is no «принимает фуры»: the post is not opened to freight
    text = "Пункт пропуска «Целинный» не принимает фуры, сообщили в КГД."
    assert posts(text) == [("tselinny", None)]
    assert posts("Пункт пропуска «Целинный» принимает только фуры.") == [("tselinny", "road")]


def test_a_refusal_one_word_before_the_purpose():
    text = "Пункт пропуска «Сырдарья» не предназначен для грузовых автомобилей, там проходят только пешеходы."
    assert posts(text) == [("syrdarya", None)]


def test_freight_of_the_sentence_before_taken_up_by_a_pronoun():
    text = "Грузовики с хлопком едут в Китай транзитом. В пункте пропуска «Жибек жолы» их взвешивают и пломбируют."
    assert posts(text) == [("zhibek-zholy", "road")]


def test_freight_of_the_sentence_before_without_a_pronoun_is_another_posts():
    text = "Фуры третьи сутки стоят на пункте пропуска «Казыгурт». На пункте пропуска «Жибек жолы» очередей нет."
    assert posts(text)[-1] == ("zhibek-zholy", None)


def test_freight_in_a_line_above_is_not_taken_up():
    # a title or a list line is another paragraph: a pronoun does not reach back to it
    text = "Фуры стоят на границе.\nНа пункте пропуска «Жибек жолы» их нет, проходят только пешеходы."
    assert posts(text) == [("zhibek-zholy", None)]


def test_a_freight_and_passenger_post_is_a_road_one():
    # «грузопассажирский» holds «пассажирск» but names a post for freight too
    assert posts("Грузопассажирский пункт пропуска «Жибек жолы» откроют после реконструкции.") == [
        ("zhibek-zholy", "road")
    ]
    assert posts("«Целинный» — грузопассажирский пункт пропуска, сообщили в КГД.") == [("tselinny", "road")]
    assert posts("Пассажирский пункт пропуска «Жибек жолы» закроют на ремонт.") == [("zhibek-zholy", "passenger")]
