"""fct107: Russian works told by their percent done or readiness, a queue's wait «стоят в очереди более N часов»,
and lanes of a road leading to a post kept off the post. Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def test_russian_works_percent_done_are_under_way_not_done():
    assert status_label("реконструкция выполнена на 35 процентов") == "under reconstruction"
    assert status_label("готовность объекта составляет 85%") == "under reconstruction"
    assert status_label("пункт модернизирован почти на 50%") == "under reconstruction"
    # a part done is no work finished; the whole still is
    assert status_label("работы по реконструкции завершены на 30%") == "under reconstruction"
    assert status_label("работы по реконструкции завершены") == "commissioned"
    found = _facts("Строительство пункта пропуска «Калжат» выполнено на 55 процентов.")
    assert [(k, status_label(t)) for k, t in found] == [("status", "under reconstruction")]


def test_russian_wait_standing_in_the_queue_with_a_bound():
    assert _facts("На пункте пропуска «Калжат» фуры стоят в очереди свыше 6 часов.") == [
        ("queue", "стоят в очереди свыше 6 часов")
    ]
    # standing a span with no queue word stays anyone's
    assert _facts("На пункте пропуска «Калжат» пограничники стоят 6 часов.") == []


def test_lanes_of_a_road_to_the_post_are_not_the_posts():
    kinds = _facts("Пункт пропуска «Калжат» открыт, а трассу к нему расширят до 4 полос.")
    assert [k for k, _t in kinds] == ["status"]
    # the post's own lanes stay its capacity
    assert ("capacity", "8 полос") in _facts("На пункте пропуска «Калжат» будет 8 полос.")
