"""fct101: deadlines told by a word of planning before the time,
queue lengths in words or with the post between, Kazakh waits «since»,
and limits «не более». Sentences written for the test (not the fresh set's)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, date: str = "2026-05-10") -> list[tuple[str, str, str, str | None]]:
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def test_a_plan_word_right_before_a_year_with_v_is_a_deadline_with_the_act_planned():
    found = _facts("Открыть новый терминал на пункте «Бахты» планируется в 2029 году.")
    assert found == [("bakhty", "deadline", "Открыть … планируется в 2029 году", "2029")]


def test_a_year_in_the_past_tense_stays_no_deadline():
    assert [k for _r, k, _t, _d in _facts("Пункт «Бахты» открыли в 2011 году.")] == ["event"]


def test_the_future_verb_before_the_time_leads_it():
    found = _facts("Пункт «Атамекен» введут в эксплуатацию во втором квартале 2027 года.")
    assert found == [("atameken", "deadline", "введут в эксплуатацию во втором квартале 2027 года", "2027-Q2")]


def test_a_queue_length_in_words_with_the_post_between():
    found = _facts("Очередь у пункта «Бахты» растянулась на пять километров.")
    assert [(r, k, t) for r, k, t, _d in found] == [
        ("bakhty", "queue", "Очередь у пункта «Бахты» растянулась на пять километров")
    ]
    found = _facts("Колонна фур у «Кордая» вытянулась на несколько километров.")
    assert [(r, k) for r, k, _t, _d in found] == [("kordai", "queue")]


def test_a_kazakh_wait_since_a_span():
    found = _facts("«Тәжен» бекетінде жүргізушілер екі күннен бері кезекте тұр.")
    assert [(r, k, t) for r, k, t, _d in found] == [("tazhen", "queue", "екі күннен бері кезекте тұр")]


def test_a_limit_keeps_its_not():
    found = _facts("Через пункт «Кайрак» проходят не более 300 машин в сутки.")
    assert [(k, t) for _r, k, t, _d in found] == [("capacity", "не более 300 машин в сутки")]
