"""facts75: a side named right after the post a sentence opens with («На посту «Бахты» со стороны Китая
…», «"Қалжат" бекетінде Қытай жағынан …») turns the status to that side's post, as a side opening a
clause did (facts72–73); Kazakh sides said with the country's adjective («ресейлік тарапта», «өзбек
тарапынан») count as sides. A side elsewhere in the clause keeps the subject, a road to the post is no
post's, and queues stay ours. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _of_kind(text: str, kind: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-03-02")
    return {(f.checkpoint, f.text) for f in found if f.kind == kind}


def _owners(text: str, kind: str = "status") -> set[str]:
    return {ref for ref, _t in _of_kind(text, kind)}


# --- the side right after the post's name ---


def test_russian_side_after_the_post_is_the_facing_posts():
    text = "На посту «Косак» со стороны России движение прекращено до утра."
    assert _owners(text) == {"ru-karasuk"}


def test_chinese_side_after_a_quoted_post_with_v():
    text = "В пункте «Бахты» с китайской стороны проезд закрыт из-за бурана."
    statuses = _of_kind(text, "status")
    assert {ref for ref, _t in statuses} == {"cn-baketu"}
    assert {status_label(t) for _r, t in statuses} == {"closed"}


def test_kazakh_side_after_the_posts_locative():
    text = "«Майқапшағай» бекетінде Қытай жағынан өткізу тоқтатылды."
    assert _owners(text) == {"cn-jeminay"}


def test_kazakh_adjective_side_after_the_post():
    text = "«Сыпатай батыр» өткізу пунктінде қырғыз тарапынан өткізу тоқтатылды."
    assert _owners(text) == {"kg-chaldybar"}


def test_a_post_of_that_side_named_in_the_clause_is_the_one():
    text = "На пункте «Жаныбек» со стороны России пункт «Кайсацкое» закрыт на ремонт."
    assert _owners(text) == {"ru-kaisatskoe"}


def test_russian_side_as_the_subject_after_the_post():
    text = "На КПП «Таскала» российская сторона временно закрыта для фур."
    assert _owners(text) == {"ru-ozinki"}


# --- Kazakh side phrases opening a clause ---


def test_kazakh_adjective_side_opening_a_clause():
    text = "«Жайсаң» бекеті жұмыс істеп тұр, ал ресейлік тарапта өткізу тоқтатылған."
    statuses = _of_kind(text, "status")
    assert {ref for ref, _t in statuses} == {"zhaisan", "ru-sagarchin"}
    assert {status_label(t) for ref, t in statuses if ref == "ru-sagarchin"} == {"closed"}


# --- what stays with our post ---


def test_a_side_after_the_verb_keeps_the_subject():
    text = "Пункт «Майкапшагай» закрыт для легковых машин со стороны Китая."
    assert _owners(text) == {"maikapshagai"}


def test_a_road_to_the_post_is_not_the_other_sides_post():
    text = "Дорога к пункту «Жайсан» со стороны России закрыта из-за паводка."
    assert "ru-sagarchin" not in _owners(text)


def test_a_queue_after_a_side_stays_our_posts():
    text = "На пункте «Кордай» со стороны Кыргызстана стоят 420 фур."
    assert _of_kind(text, "queue") == {("kordai", "420 фур")}


def test_a_post_with_no_side_keeps_its_status():
    text = "На пункте «Косак» движение прекращено до утра."
    assert _owners(text) == {"kosak"}


def test_the_other_side_as_the_reasons_subject_leaves_our_closure():
    text = "Хабарламаға сәйкес, қытай тарапы мерекені тойлайтындықтан, 5 мамырда «Бақты» бекеті жабық болады."
    assert _owners(text) == {"bakhty"}
