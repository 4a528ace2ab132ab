"""Stop 43, facts86: a capacity promised («станет пропускать больше фур», «пропуск увеличат», «өткізу
қабілеті үш есе артады») and lanes told by direction or as rows («въезжают только в один ряд», «три
полосы на въезд и две на выезд», «бір ғана жолақ») are capacity facts; the board names a promise
`planned` and rows `lanes`, never throughput. Rows a queue stands in («стоят в три ряда») and a
visit received («примет делегацию») are none. Sentences written for the test."""

from store.db.capacity_sorts import capacity_sort, pick
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _capacities(text: str) -> list[tuple[str, str]]:
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return [(f.checkpoint, f.text) for f in facts if f.kind == "capacity"]


# promised throughput, Russian
def test_will_take_more_vehicles():
    assert _capacities("После ремонта весовой пункт «Тажен» станет пропускать больше фур.") == [
        ("tazhen", "станет пропускать больше фур")
    ]


def test_deal_says_the_post_takes_more():
    text = "Пункт пропуска «Калжат» работает круглосуточно. По итогам переговоров соседи примут больше грузовиков."
    assert ("kalzhat", "примут больше грузовиков") in _capacities(text)


def test_passage_will_be_raised_without_a_figure():
    assert _capacities("Пропуск грузовиков через КПП «Бахты» увеличат с весны.") == [
        ("bakhty", "Пропуск грузовиков увеличат")
    ]


def test_planned_raise_keeps_how_much():
    assert _capacities("На КПП «Кордай» пропускную способность намерены повысить втрое.") == [
        ("kordai", "пропускную способность намерены повысить втрое")
    ]


def test_raise_to_a_figure_is_the_figure_fact():
    """The figure's own capacity is inside the promise: it is told once, with its verb of the future
    since facts89 (the board names it `planned`, not a throughput passed)."""
    assert _capacities("Пропускная способность «Майкапшагая» возрастёт до 2 000 машин в сутки.") == [
        ("maikapshagai", "Пропускная способность возрастёт до 2 000 машин в сутки")
    ]


def test_kazakh_raise_to_a_daily_figure_is_the_figure_fact():
    assert _capacities("«Қалжат» бекетінің өткізу қабілеті тәулігіне 900 көлікке дейін артады.") == [
        ("kalzhat", "өткізу қабілеті тәулігіне 900 көлікке дейін артады")
    ]


def test_raise_in_the_past_is_no_promise():
    found = _capacities("Пропускная способность КПП «Кордай» выросла с 300 до 900 машин в сутки.")
    assert found and all(capacity_sort(t) == "throughput" for _, t in found)


# promised throughput, Kazakh
def test_kazakh_capacity_will_grow():
    assert _capacities("«Қалжат» бекетінің өткізу қабілеті үш есе артады.") == [
        ("kalzhat", "өткізу қабілеті үш есе артады")
    ]


def test_kazakh_more_vehicles():
    assert _capacities("Жөндеуден кейін «Тәжен» бекеті көбірек жүк көлігін өткізеді.") == [
        ("tazhen", "көбірек жүк көлігін өткізеді")
    ]


# lanes
def test_one_row_enters():
    assert _capacities("На КПП «Калжат» машины въезжают только в один ряд.") == [
        ("kalzhat", "въезжают только в один ряд")
    ]


def test_lanes_in_and_out_are_one_fact():
    assert _capacities("На пункте «Тажен» открыты три полосы на въезд и две на выезд.") == [
        ("tazhen", "три полосы на въезд и две на выезд")
    ]


def test_kazakh_only_one_lane():
    assert _capacities("«Қордай» бекетінде кіруге бір ғана жолақ жұмыс істейді.") == [("kordai", "бір ғана жолақ")]


def test_rows_carried_from_the_sentence_before():
    text = "Водители жалуются на пункт «Бахты». К окну досмотра заходит всего один ряд."
    assert _capacities(text) == [("bakhty", "заходит всего один ряд")]


# controls
def test_rows_of_a_queue_are_no_lanes():
    assert _capacities("У поста «Кордай» фуры стоят в три ряда.") == []


def test_a_visit_received_is_no_capacity():
    assert _capacities("Пункт пропуска «Бахты» будет принимать гостей из Китая в среду.") == []


# the board's sort
def test_sorts_of_promises_and_rows():
    assert capacity_sort("станет пропускать больше фур") == "planned"
    assert capacity_sort("өткізу қабілеті үш есе артады") == "planned"
    assert capacity_sort("заходит всего один ряд") == "lanes"
    assert capacity_sort("три полосы на въезд и две на выезд") == "lanes"


def test_board_prefers_a_measured_throughput_to_a_promise():
    facts = [{"text": "станет пропускать больше фур"}, {"text": "600 машин в сутки"}]
    assert pick(facts) == facts[1]
