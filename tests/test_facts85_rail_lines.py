"""Stop 43, facts85: a border station named as one end of a rail line («строят линию «Бахты – Аягоз»»,
«вторые пути на участке «Достык – Мойынты»», Kazakh «Бақты – Аягөз темір жол желісі») gets a `line` fact,
once an article; a road's stretch and two facing posts joined by a dash are no line. Sentences written for
the test."""

from store.db.fact_reads import FACT_KINDS
from store.extract.checkpoints import find_checkpoints
from store.extract.fact_lines import line_ends
from store.extract.facts import find_facts


def _lines(text: str) -> list[tuple[str, str]]:
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return [(f.checkpoint, f.text) for f in facts if f.kind == "line"]


def test_line_is_a_kind_of_fact():
    assert "line" in FACT_KINDS


def test_a_line_being_built_from_the_station():
    text = "Станция Бахты принимает первые составы. Рядом уже строят линию «Бахты – Аягоз» длиной 270 км."
    assert _lines(text) == [("bakhty-rail", "линия «Бахты – Аягоз»: строят")]


def test_second_tracks_on_a_stretch():
    text = "Станция Алтынколь работает круглосуточно. Вторые пути на участке Алтынколь – Жетыген достроят летом."
    assert _lines(text) == [("altynkol", "участок «Алтынколь – Жетыген»: достроят")]


def test_a_list_of_lines_after_a_colon():
    text = (
        "Грузы через станции Достык и Мактаарал пойдут быстрее: сейчас строятся две линии — «Достык – "
        "Мойынты» и «Дарбаза – Мактаарал»."
    )
    assert sorted(_lines(text)) == [
        ("dostyk", "линия «Достык – Мойынты»: строятся"),
        ("maktaaral-rail", "линия «Дарбаза – Мактаарал»: строятся"),
    ]


def test_kazakh_line_named_after_the_pair():
    text = "Бақты шекаралық стансасы кеңейеді. Бақты – Аягөз теміржол желісі келесі жылы іске қосылады."
    assert _lines(text) == [("bakhty-rail", "«Бақты – Аягөз» теміржол желісі: іске қосылады")]


def test_one_line_once_an_article():
    text = (
        "Станция Достык ждёт новую линию. Линию Достык – Мойынты откроют весной. По линии Достык – Мойынты "
        "пойдут контейнерные поезда."
    )
    assert len(_lines(text)) == 1


def test_a_road_stretch_is_no_line():
    text = "Пункт пропуска «Нур Жолы» открыт. На участке трассы Жаркент – Нур Жолы кладут асфальт."
    assert _lines(text) == []
    assert line_ends("Автодорога Жаркент – Хоргос будет расширена на участке у границы.") == []


def test_two_posts_facing_are_no_line():
    assert _lines("Пункты пропуска «Кайрак» – «Бугристое» работают как обычно.") == []
