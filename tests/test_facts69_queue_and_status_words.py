"""facts69: queue wordings no rule read (seen, still there, gone or shorter, Kazakh «кезегі бар»,
«кезекте тұр», «өте алмай тұр»), counts of hundreds in one word, and status wordings for restored,
shut, stopped, opened with ceremony and working without breaks. Sentences written for the test."""

from store.extract import number_words
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-05-10")]


def _status_labels(text: str) -> list[tuple[str, str | None]]:
    return [(ref, status_label(words)) for ref, kind, words in _facts(text) if kind == "status"]


# --- queues ---


def test_jams_seen_and_still_there_are_the_posts_queue():
    found = _facts("Возле пункта пропуска «Бахты» наблюдаются пробки из фур.")
    assert found == [("bakhty", "queue", "наблюдаются пробки из фур")]
    found = _facts("На пункте «Кордай» фиксируется скопление грузовиков.")
    assert found == [("kordai", "queue", "фиксируется скопление грузовиков")]


def test_a_queue_said_to_remain_with_the_post_between_keeps_the_post_in_the_words():
    found = _facts("Затор из большегрузов у пункта «Тажен» сохраняется.")
    assert [(ref, kind) for ref, kind, _ in found] == [("tazhen", "queue")]
    assert found[0][2].endswith("сохраняется")


def test_a_queue_not_seen_is_no_queue_formed():
    assert [k for _r, k, _t in _facts("На пункте пропуска «Бахты» заторов не наблюдается.")] == ["queue"]
    assert _facts("На пункте пропуска «Бахты» наблюдается рост товарооборота.") == []


def test_a_queue_gone_or_shorter_is_a_queue_report_with_its_verb():
    assert _facts("На пункте пропуска «Кайрак» очередь рассосалась к утру.") == [
        ("kairak", "queue", "очередь рассосалась")
    ]
    found = _facts("На пункте «Бахты» очередь из фур сократилась до 35 машин.")
    assert found == [("bakhty", "queue", "очередь из фур сократилась до 35 машин")]


def test_a_kazakh_queue_shorter_is_a_queue_report():
    found = _facts("«Қалжат» бекетінде жүк көліктерінің кезегі күрт азайды.")
    assert [(ref, kind) for ref, kind, _ in found] == [("kalzhat", "queue")]


def test_kazakh_queue_there_waiting_and_unable_to_cross():
    assert _facts("«Бақты» өткізу бекетінде жүк көліктерінің кезегі бар.") == [
        ("bakhty", "queue", "жүк көліктерінің кезегі бар")
    ]
    assert _facts("«Қордай» бекетінде жүк көліктері кезекте тұр.") == [("kordai", "queue", "жүк көліктері кезекте тұр")]
    assert _facts("«Тәжен» бекетінде фуралар шекарадан өте алмай тұр.") == [
        ("tazhen", "queue", "фуралар шекарадан өте алмай тұр")
    ]


def test_a_queue_word_with_no_vehicles_waiting_is_none():
    # a turn in a programme is no queue of trucks
    assert _facts("«Бақты» бекетін жаңғырту кезегі келесі жылы келеді.") == []


def test_hundreds_in_one_word_count_the_queue():
    found = _facts("У пункта пропуска «Кордай» скопилось свыше трёхсот фур.")
    assert found == [("kordai", "queue", "свыше трёхсот фур (≈300)")]
    assert number_words.value("порядка семисот машин") == "700"
    assert number_words.value("двести грузовиков") == "200"


# --- statuses ---


def test_traffic_restored_is_reopened_in_both_languages():
    assert _status_labels("После паводка проезд через пункт «Бахты» полностью восстановлен.") == [
        ("bakhty", "reopened")
    ]
    assert _status_labels("Пункт пропуска «Кордай» вновь заработал после ремонта.") == [("kordai", "reopened")]
    assert _status_labels("«Қалжат» бекеті арқылы қозғалыс толық қалпына келтірілді.") == [("kalzhat", "reopened")]
    assert _status_labels("«Тәжен» бекеті жұмысын қайта жалғастырды.") == [("tazhen", "reopened")]


def test_restoration_denied_is_no_reopening():
    assert ("bakhty", "reopened") not in _status_labels("Движение через пункт «Бахты» пока не восстановлено.")


def test_the_way_shut_or_the_work_stopped_is_closed():
    assert _status_labels("Из-за снежных заносов движение через пункт «Кайрак» перекрыто.") == [("kairak", "closed")]
    assert _status_labels("Работа пункта пропуска «Сырым» временно прекращена.") == [("syrym", "closed")]
    assert _status_labels("Пункт пропуска «Жайсан» не функционирует с понедельника.") == [("zhaisan", "closed")]
    assert _status_labels("«Бақты» бекеті арқылы өткізу уақытша тоқтатылды.") == [("bakhty", "closed")]


def test_working_in_its_usual_mode_is_not_a_closure():
    assert _status_labels("Пункт пропуска «Жайсан» функционирует в обычном режиме.") == [("zhaisan", "working")]
    assert _status_labels("Пункт пропуска «Кордай» работает без сбоев.") == [("kordai", "working")]


def test_opened_with_ceremony_after_its_works_is_commissioned():
    assert _status_labels("После реконструкции пункт пропуска «Тажен» торжественно открыли.") == [
        ("tazhen", "commissioned")
    ]


def test_the_new_labels_read_a_stored_phrase():
    assert status_label("движение восстановлено") == "reopened"
    assert status_label("перекрыто") is None
    assert status_label("движение через «Кайрак» перекрыто") == "closed"
    assert status_label("қозғалыс уақытша тоқтатылды") == "closed"
