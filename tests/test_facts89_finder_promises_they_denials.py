"""Stop 44, facts89: what stop 43 left of the checkpoint facts. Sentences written for the test.

- a post named bare in quotes after a time at the sentence's start («В выходные «Кордай» работает …»);
- a name of two rows («Достык»: the rail station, and the road post Алаколь once called so) chosen by what
  its own clause says crosses, not by a kind word of an earlier clause or an earlier post;
- a figure promised keeps its verb of the future, so the board and the fact rows name it `planned`;
- «они», «олар арқылы» after a sentence naming several posts; Kazakh «… істеп тұр»; a post that
  «заработал после обновления»; a closure denied («не закрывался», «жабылған жоқ») is the post working.
"""

from __future__ import annotations

import json

from store.db.capacity_sorts import capacity_sort
from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label
from tests.notes import run_cli
from tests.test_tui_views import views_path  # noqa: F401  (fixture)


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(c.ref, c.kind) for c in find_checkpoints(text)]


def _labels(text: str) -> set[tuple[str, str | None]]:
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {(f.checkpoint, status_label(f.text)) for f in facts if f.kind == "status"}


def _capacities(text: str) -> list[tuple[str, str, str | None]]:
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return [(f.checkpoint, f.text, capacity_sort(f.text)) for f in facts if f.kind == "capacity"]


# a time at the sentence's start before a bare quoted name
def test_a_time_before_the_quotes_is_the_sentences_start():
    assert [r for r, _ in _refs("В выходные «Кордай» работает в обычном режиме.")] == ["kordai"]
    assert [r for r, _ in _refs("С понедельника «Нур жолы» закрыт для легковых машин.")] == ["nur-zholy"]
    assert [r for r, _ in _refs("Бүгін «Қалжат» бекеті жабық.")] == ["kalzhat"]


def test_a_time_before_a_name_that_is_also_a_chamber_asks_for_more():
    assert _refs("В выходные «Атамекен» провёл ярмарку для фермеров.") == []
    assert _refs("Промежутки «Кордай» работает.") == []  # a word ending in a time word is no time


# a name of two rows: its own clause says what crosses there
def test_wagons_in_the_names_clause_outrank_a_road_word_of_another_clause():
    assert _refs("Автомобильные пункты закрыты, а «Достык» принял 300 вагонов.") == [("dostyk", "rail")]
    text = "На границе с Китаем закрыли автомобильные пункты пропуска, «Достык» принимает только вагоны."
    assert _refs(text) == [("dostyk", "rail")]


def test_a_kind_word_before_an_earlier_post_does_not_choose_the_row():
    text = "На автомобильном пункте «Нур жолы» очередь, а через «Достык» прошло 500 вагонов."
    assert _refs(text) == [("nur-zholy", "road"), ("dostyk", "rail")]


def test_the_road_post_stays_where_its_own_words_or_trucks_say_so():
    assert _refs("Автомобильный пункт пропуска «Достык» закрыт, грузовики стоят.") == [("alakol", "road")]
    assert [r for r, _ in _refs("Железнодорожные пункты работают, а на «Достыке» скопились фуры.")] == ["alakol"]


# a figure promised
def test_a_figure_promised_keeps_its_future_verb_and_is_planned():
    text = "После реконструкции пропускная способность КПП «Нур жолы» увеличится до 5 000 машин в сутки."
    assert _capacities(text) == [("nur-zholy", "пропускная способность увеличится до 5 000 машин в сутки", "planned")]
    text = "Когда работы закончат, пункт пропуска «Тажен» сможет пропускать до 1 200 грузовиков в сутки."
    assert _capacities(text) == [("tazhen", "сможет пропускать до 1 200 грузовиков в сутки", "planned")]
    text = "После модернизации «Кордай» будет обслуживать до 30 тысяч человек в сутки."
    assert _capacities(text) == [("kordai", "будет обслуживать до 30 тысяч человек в сутки", "planned")]


def test_a_kazakh_figure_after_the_works_is_planned():
    text = "«Сырым» бекеті жаңғыртудан кейін тәулігіне 3 000 көлік өткізе алады."
    assert _capacities(text) == [("syrym", "жаңғыртудан кейін тәулігіне 3 000 көлік өткізе алады", "planned")]


def test_a_figure_passed_now_or_in_the_past_is_throughput():
    assert _capacities("Сейчас пункт пропуска «Майкапшагай» пропускает 600 машин в сутки.") == [
        ("maikapshagai", "600 машин в сутки", "throughput")
    ]
    found = _capacities("Пропускная способность КПП «Бахты» выросла с 300 до 900 машин в сутки.")
    assert found and all(sort == "throughput" for _, _, sort in found)
    text = "По нашим требованиям на КПП «Кордай» я могу пропускать в день 96 машин."
    assert [sort for _, _, sort in _capacities(text)] == ["throughput"]


def test_fact_rows_name_a_capacitys_sort_last(views_path, capsys, monkeypatch):
    from store.db.fact_reads import FACT_FIELDS

    assert FACT_FIELDS[-1] == "capacity_sort" and FACT_FIELDS[:-1][-1] == "sentence"
    _, out, _ = run_cli(capsys, monkeypatch, "facts", "--db", views_path, "--json")
    rows = json.loads(out)
    assert all(list(r) == FACT_FIELDS for r in rows)
    assert {r["capacity_sort"] for r in rows if r["kind"] != "capacity"} == {None}
    assert {r["capacity_sort"] for r in rows if r["kind"] == "capacity"} <= {"throughput", "planned", "lanes"}
    assert any(r["kind"] == "capacity" and r["capacity_sort"] for r in rows)


# «они» after several posts
def test_they_after_a_sentence_naming_several_posts():
    text = "На границе с Узбекистаном открыты пункты «Тажен» и «Атамекен». Сейчас они работают круглосуточно."
    assert {("tazhen", "working"), ("atameken", "working")} <= _labels(text)
    text = "Очереди скопились у пунктов «Кордай» и «Сыпатай батыр». Через них пропускают только грузовики."
    assert {("kordai", "limited"), ("sypatai-batyr", "limited")} <= _labels(text)


def test_kazakh_they_through_them_only_freight():
    text = (
        "Қазір шекарада 2 бекет («Қалжат» және «Майқапшағай») істеп тұр. "
        "Карантин күшінде болғандықтан, олар арқылы тек жүктер өткізіледі."
    )
    labels = _labels(text)
    assert {("kalzhat", "working"), ("maikapshagai", "working")} <= labels
    assert {("kalzhat", "limited"), ("maikapshagai", "limited")} <= labels


def test_they_means_no_post_after_a_sentence_naming_none_before_it():
    text = "Министр посетил пункты «Кайрак» и «Жаныбек». Затем он встретился с водителями. Они работают круглосуточно."
    assert not {label for _, label in _labels(text)} & {"working"}


# a post started working after its works; a closure denied
def test_started_working_after_its_works_is_commissioned():
    assert _labels("После обновления в Казахстане заработал автомобильный пункт пропуска «Темир-баба».") == {
        ("temir-baba", "commissioned")
    }
    assert _labels("Пункт пропуска «Майкапшагай» заработал после модернизации.") == {("maikapshagai", "commissioned")}
    assert _labels("Пункт пропуска «Жайсан» вновь заработал после ремонта дороги.") == {("zhaisan", "reopened")}


def test_a_closure_denied_is_the_post_working():
    assert _labels("Во время бурана пункт пропуска «Кайрак» не закрывался.") == {("kairak", "working")}
    assert _labels("Пункт пропуска «Жайсан» закрыт не был, сообщили пограничники.") == {("zhaisan", "working")}
    assert _labels("Боран кезінде «Қалжат» бекеті жабылған жоқ.") == {("kalzhat", "working")}
    assert _labels("«Нұр жолы» бекеті жабылмады, деді шекарашылар.") == {("nur-zholy", "working")}
    assert _labels("Пункт пропуска «Кордай» закрыли на ремонт.") == {("kordai", "closed")}
    assert status_label("закрыт не был") == "working" and status_label("закрыт") == "closed"


# the border zone residents' regime of passage
def _kinds(text: str) -> set[tuple[str, str, str | None]]:
    facts = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {(f.checkpoint, f.kind, status_label(f.text) if f.kind == "status" else None) for f in facts}


def test_a_residents_regime_suspended_is_a_rule_not_the_post_closed():
    text = "Через пункт «Жайсан» упрощённый порядок пересечения границы для жителей области приостановлен."
    assert _kinds(text) == {("zhaisan", "rule", None)}
    text = "Упрощённый въезд для жителей Мангыстауской области через пункт «Темир-баба» приостановлен до 27 сентября."
    assert _kinds(text) == {("temir-baba", "rule", None)}  # its day is the regime's, no works deadline
    text = "«Қалжат» бекеті арқылы шекара маңындағы тұрғындар үшін жеңілдетілген режим уақытша тоқтатылды."
    assert _kinds(text) == {("kalzhat", "rule", None)}


def test_residents_crossing_without_visas_is_a_rule():
    text = "Жители Алматинской области через «Нур жолы» въезжают в Синьцзян без виз до 30 дней."
    assert ("nur-zholy", "rule", None) in _kinds(text)


def test_a_post_closed_for_all_stays_closed():
    assert _kinds("Пункт пропуска «Кордай» закрыт для всех до 1 октября.") == {("kordai", "status", "closed")}
