"""cpk46: a trip is not a train. «Поездок» (trips, genitive plural of «поездка») was read as
the rail word «поезд» + «ок», so the road posts a notice offers as alternatives «для поездок»
were typed rail (a Kyrgyz news page listing «Ак-Тилек», «Кен-Булун», «Чалдовар», «Токмок»).
Made-up sentences in that shape; the train words still count."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.surface, s.ref, s.kind) for s in find_checkpoints(text)]


def test_trips_do_not_make_a_road_post_rail():
    text = "На время ремонта для поездок в Казахстан откроют пункты «Ак-Тилек» и «Кен-Булун»."
    assert kinds(text) == [("Ак-Тилек", "kg-ak-tilek", None), ("Кен-Булун", "kg-ken-bulun", None)]


def test_trips_do_not_pick_the_rail_row_of_a_two_kind_name():
    text = "Число поездок через пункт пропуска «Жаныбек» выросло вдвое."
    assert [(s, r) for s, r, _ in kinds(text)] == [("Жаныбек", "zhanibek")]


def test_a_train_word_still_makes_the_rail_post():
    text = "Через пункт пропуска «Жаныбек» поездом ехать дольше: поезда стоят по часу."
    assert [(s, r) for s, r, _ in kinds(text)] == [("Жаныбек", "zhanibek-rail")]


def test_trains_before_the_name_still_count():
    text = "Грузовые поезда идут через пункт пропуска «Жайсан» без остановки."
    assert kinds(text) == [("Жайсан", "zhaisan-rail", "rail")]


def test_rail_or_air_advice_is_no_kind_of_the_listed_posts():
    text = (
        "Из-за ремонта пункта «Сырым» водителям советуют выбрать объезд или ехать железнодорожным "
        "или авиатранспортом. Другие пункты пропуска:\n• «Таскала» (РК) – «Озинки» (РФ)\n• «Шаган» (РК) – «Теплое» (РФ)"
    )
    got = {s: (r, k) for s, r, k in kinds(text)}
    assert got["Таскала"] == ("taskala", None) and got["Шаган"] == ("shagan", None)


def test_rail_or_air_advice_before_a_name_in_its_sentence():
    text = "Можно выехать поездом или самолётом, а можно через пункт пропуска «Жаныбек»."
    assert [(s, r) for s, r, _ in kinds(text)] == [("Жаныбек", "zhanibek")]


def test_a_rail_post_list_header_still_gives_rail():
    text = "Грузы пойдут через железнодорожные пункты пропуска:\n• «Жаныбек»\n• «Жайсан»"
    assert [r for _, r, _ in kinds(text)] == ["zhanibek-rail", "zhaisan-rail"]
