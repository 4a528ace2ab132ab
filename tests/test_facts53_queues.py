"""A queue said to have formed, with no figure, is a queue report in the text's own words
(facts53): «образовался затор», «затор из фур образовался», «выстроилась пробка»."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _queues(text: str, date: str | None = "2026-03-02") -> list[tuple[str, str]]:
    return [(f.checkpoint, f.text) for f in find_facts(text, find_checkpoints(text), date) if f.kind == "queue"]


def test_formed_jam_is_a_queue_in_its_words():
    text = "Вчера на пункте пропуска «Сырым» образовался затор из грузовых фур."
    assert _queues(text) == [("syrym", "образовался затор из грузовых фур")]


def test_noun_before_verb_for_every_post_named():
    text = "Затор из большегрузов образовался у пунктов пропуска «Маштаково» и «Сырым»."
    found = _queues(text)
    assert ("syrym", "Затор из большегрузов образовался") in found
    assert ("ru-mashtakovo", "Затор из большегрузов образовался") in found


def test_the_of_phrase_stops_at_a_preposition():
    text = "На пункте «Курмангазы» образовалась очередь из десятков автобусов в сторону России."
    assert _queues(text) == [("kurmangazy", "образовалась очередь из десятков автобусов")]


def test_a_figure_wins_over_the_words():
    text = "На пункте пропуска «Нур Жолы» образовалась очередь из 300 грузовиков."
    found = [t for _cp, t in _queues(text)]
    assert found and all(any(ch.isdigit() for ch in t) for t in found)


def test_a_denied_jam_is_no_queue():
    text = "На пункте пропуска «Сырым» затор не образовался, машины проходят без задержек."
    assert _queues(text) == []


def test_kazakh_case_form_keeps_its_verb():
    text = "Жүргізушілер «Сырым» өткізу пунктінде ұзын-сонар кезекте тұрған көліктер туралы айтты."
    assert _queues(text) == [("syrym", "ұзын-сонар кезекте тұрған")]


def test_kazakh_queue_formed():
    text = "Кеше «Тажен» бекетінде кезек пайда болды."
    assert _queues(text) == [("tazhen", "кезек пайда болды")]
