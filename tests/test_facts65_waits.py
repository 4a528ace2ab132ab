"""A wait at a post said with drivers (facts65): the wait names the post and is its queue fact.
Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-02-10")]


def test_drivers_waiting_at_a_quoted_post_give_its_queue():
    found = _facts("Водители ждут на «Тажене» по двое суток, рассказали нам на трассе.")
    assert [(ref, kind) for ref, kind, _ in found] == [("tazhen", "queue")]
    assert "двое суток" in found[0][2]


def test_standing_idle_at_a_post_with_carriers_is_its_queue():
    found = _facts("На «Сырыме» приходится простаивать больше недели, жалуются перевозчики.")
    assert [(ref, kind) for ref, kind, _ in found] == [("syrym", "queue")]


def test_drivers_with_no_wait_name_no_post():
    assert find_checkpoints("Водители на «Тажене» купили воду и хлеб.") == []
