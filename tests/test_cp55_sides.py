"""cp55: two countries joined by «и» a few words before a shared name («между Китаем и
Казахстаном: … из КПП Хоргос») name the two ends of a route, not the post's side; only the
second of them fell among the four words the side is read from, so a Chinese КПП placed by
its region after the name («КПП Хоргос /Синьцзян-Уйгурский автономный район/») was read as
ours. Made-up sentences in the shape of an agency's item about a new train."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints


def refs(text: str) -> list[str]:
    return [s.ref for s in find_checkpoints(text)]


def test_two_countries_joined_before_the_name_put_it_on_neither_side():
    text = (
        "Открыт новый маршрут между Китаем и Казахстаном: утром из КПП Хоргос /Синьцзян-Уйгурский"
        " автономный район/ вышел пассажирский поезд."
    )
    assert refs(text)[0].startswith("cn-khorgos")


def test_one_country_before_the_name_still_gives_its_side():
    assert refs("Утром из китайского КПП Хоргос вышел пассажирский поезд.")[0].startswith("cn-khorgos")
    assert refs("На казахстанском пункте пропуска Хоргос очередь из пешеходов.") == ["khorgos"]


def test_a_route_between_two_countries_leaves_our_post_ours():
    assert refs("Грузы между Китаем и Казахстаном идут через пункт пропуска Хоргос.") == ["khorgos"]
