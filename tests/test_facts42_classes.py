"""Facts the board shows must be about the post (facts42): a denied status, a status or
deadline about a road near the post, the cause clause of another side's posts, and
normal operation read as a status. Made-up sentences in the shapes of real pages."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang import gazetteer
from store.lang.statuses import status_label


def _facts(text: str, kind: str) -> list[tuple[str, str]]:
    return [(f.checkpoint, f.text) for f in find_facts(text, find_checkpoints(text), "2025-07-20") if f.kind == kind]


def test_denied_closure_is_no_status():
    text = "В пограничной службе заверили, что пункт пропуска «Майкапчагай» не закроют летом."
    assert _facts(text, "status") == []


def test_until_the_end_of_works_is_not_commissioned():
    text = "До завершения работ по реконструкции зданий на посту «Майкапчагай» пассажиры проходят по временной схеме."
    assert all(status_label(t) != "commissioned" for _cp, t in _facts(text, "status"))


def test_a_closed_road_section_is_not_a_closed_post():
    text = "Из-за метели закрыт участок трассы от Майкапчагая до райцентра."
    assert _facts(text, "status") == []
    text = "Водители сообщили, что закрыта дорога к пункту пропуска «Майкапчагай»."
    assert _facts(text, "status") == []


def test_road_works_deadline_is_not_the_posts():
    text = (
        "Причина очередей — ремонт дороги на участке трассы перед пунктом пропуска «Майкапчагай», "
        "где окончание работ запланировано на 10 августа 2025 года."
    )
    assert _facts(text, "deadline") == []


def test_post_works_deadline_stays():
    text = "Реконструкция пункта пропуска «Майкапчагай» будет завершена до конца 2026 года."
    assert [cp for cp, _t in _facts(text, "deadline")] == ["maikapshagai"]


def test_a_cause_clause_keeps_its_own_posts():
    text = (
        "На российских пунктах пропуска «Маштаково» и «Озинки» проводится ремонт, поэтому вместо "
        "пунктов «Таскала» и «Сырым» фуры едут через «Жайсан»."
    )
    owners = {cp for cp, _t in _facts(text, "status")}
    assert owners and not owners & {"taskala", "syrym", "zhaisan"}


def test_normal_operation_is_a_status_labelled_working():
    text = "Пункт пропуска «Майкапчагай» работает в штатном режиме, сообщили в ведомстве."
    assert _facts(text, "status") == [("maikapshagai", "работает в штатном режиме")]
    assert status_label("работает в штатном режиме") == "working"
    kk = "«Майқапшағай» өткізу бекеті қалыпты жұмыс істейді."
    assert [t for _cp, t in _facts(kk, "status")] == ["қалыпты жұмыс істейді"]


def test_denied_normal_operation_is_no_status():
    text = "Пункт пропуска «Майкапчагай» не работает в штатном режиме из-за паводка."
    assert _facts(text, "status") == []


def test_the_other_sides_closure_goes_to_the_posts_facing():
    text = "На пункте пропуска «Майкапчагай» сейчас закрыта сопредельная сторона, фуры ждут."
    owners = {cp for cp, _t in _facts(text, "status")}
    assert owners and "maikapshagai" not in owners
    assert all(gazetteer.get(cp).foreign for cp in owners)


def test_posts_opposite_a_foreign_post_get_its_status():
    text = "Казахстанские пункты пропуска напротив АПП «Бугристое» работают в штатном режиме."
    assert {cp for cp, _t in _facts(text, "status")} == set(gazetteer.get("ru-bugristoe").faces)
