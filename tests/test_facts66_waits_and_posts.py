"""facts66: a wait said with «стоять по …», a quoted post at its fact with no post's word, a far
works deadline of a one-post story, a way through said closed or open round the clock, a Kazakh
limit before its units, and facts after a post named as the other side's. Sentences written for
the test."""

from store.extract.checkpoint_quoted import quoted_at_fact
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-04-20")]


def test_standing_by_days_at_a_post_is_its_queue():
    found = _facts("Перевозчики вынуждены стоять по пятеро суток на подъезде к «Тажену».")
    assert found == [("tazhen", "queue", "стоять по пятеро суток")]


def test_standing_in_the_queue_with_the_quoted_post_between_keeps_the_span():
    found = _facts("Фурам приходится стоять в очереди у «Кордая» по трое суток.")
    assert [(ref, kind) for ref, kind, _ in found] == [("kordai", "queue")]
    assert found[0][2].endswith("по трое суток")


def test_standing_a_week_each_is_a_wait_and_a_figure_with_po_too():
    assert _facts("Дальнобойщики говорят: на «Сырыме» фуры стоят по неделе.") == [("syrym", "queue", "стоят по неделе")]
    found = _facts("Водители жалуются, что на пункте «Бахты» стояли по 4 суток.")
    assert ("bakhty", "queue", "стояли по 4 суток") in found


def test_standing_with_no_span_each_is_no_wait():
    assert _facts("На пункте пропуска «Бахты» стоят новые весы.") == []


def test_a_quoted_post_after_v_with_its_works_deadline_is_the_post():
    found = _facts("В «Калжате» реконструкцию досмотровой зоны завершат к концу 2027 года.")
    assert [(ref, kind) for ref, kind, _ in found] == [("kalzhat", "deadline")]


def test_a_quoted_post_crossed_through_with_trains_is_the_post():
    assert [c.ref for c in find_checkpoints("Каждые сутки через «Алтынколь» проходит до 25 поездов.")] == ["altynkol"]


def test_a_quoted_name_with_no_fact_beside_it_stays_unread():
    text = "В «Атамекене» обсудили поддержку малого бизнеса."
    assert find_checkpoints(text) == []
    assert not quoted_at_fact(text, text.index("Атамекене"), text.index("Атамекене") + len("Атамекене"))


def test_an_unquoted_name_is_not_read_by_the_quoted_rule():
    text = "В Атамекене завершат ремонт школы к концу года."
    start = text.index("Атамекене")
    assert not quoted_at_fact(text, start, start + len("Атамекене"))


def test_a_far_works_deadline_goes_to_the_stories_one_post():
    text = (
        "На пункте пропуска «Жайсан» строят новый терминал. Подрядчик нанял 150 рабочих. "
        "Завезли технику. Уложили бетон на площадке. Смонтировали каркас. "
        "Закончить строительные работы рассчитывают в 2027 году."
    )
    assert ("zhaisan", "deadline") in [(ref, kind) for ref, kind, _ in _facts(text)]


def test_a_far_deadline_of_no_works_stays_unowned():
    text = (
        "На пункте пропуска «Жайсан» строят новый терминал. Подрядчик нанял 150 рабочих. "
        "Завезли технику. Уложили бетон на площадке. Смонтировали каркас. "
        "Новую программу для фермеров примут в 2027 году."
    )
    assert "deadline" not in [kind for _, kind, _ in _facts(text)]


def test_no_way_through_the_post_is_a_closure():
    found = _facts("Через пункт пропуска «Бахты» сейчас не проехать.")
    assert found == [("bakhty", "status", "не проехать")]
    assert status_label("не проехать") == "closed"


def test_passing_round_the_clock_is_working():
    found = _facts("Теперь через «Жайсан» можно проехать круглосуточно, сообщили пограничники.")
    assert found == [("zhaisan", "status", "проехать круглосуточно")]
    assert status_label("проехать круглосуточно") == "working"


def test_a_kazakh_limit_before_its_units_is_a_capacity():
    found = _facts("«Бақты» бекеті арқылы тәулігіне 800-ге дейін жүк көлігі өтеді.")
    assert ("bakhty", "capacity", "тәулігіне 800-ге дейін жүк көлігі") in found


def test_after_a_post_named_as_the_other_sides_the_story_post_keeps_its_facts():
    text = (
        "«Қордай» өткізу пункті жұмысқа әзір тұр. "
        "Оның ашылуы Қырғызстан жағындағы «Ақжол» пунктіндегі жұмыстарға байланысты. "
        "Бекетте 36 орын дайындалған."
    )
    owners = {ref for ref, kind, _ in _facts(text) if kind == "capacity"}
    assert owners == {"kordai"}
