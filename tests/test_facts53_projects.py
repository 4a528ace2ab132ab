"""A deadline of projects counted in a zone is not a deadline of works at the post (facts53:
a Хоргос deadline of 2027 came from the economic zone's projects)."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _deadlines(text: str) -> list[tuple[str, str | None]]:
    facts = find_facts(text, find_checkpoints(text), "2025-11-25")
    return [(f.checkpoint, f.date) for f in facts if f.kind == "deadline"]


def test_counted_projects_carried_after_the_post_have_no_deadline_there():
    text = "«Қорғас» бекеті арқылы жүк тасымалы өсті. Қалған 12 жоба 2028 жылға дейін аяқталады."
    assert _deadlines(text) == []


def test_counted_projects_in_the_posts_sentence_have_no_deadline():
    text = "До 2028 года на МЦПС «Хоргос» завершат 12 инвестпроектов."
    assert _deadlines(text) == []


def test_works_at_the_post_keep_their_deadline():
    text = "«Қорғас» бекеті арқылы жүк тасымалы өсті. Бекетті жаңғырту 2028 жылға дейін аяқталады."
    assert _deadlines(text) == [("khorgos", "2028")]


def test_projects_of_the_posts_reconstruction_keep_their_deadline():
    text = "Реконструкцию пункта пропуска «Хоргос» в рамках 3 проектов завершат до 2028 года."
    assert _deadlines(text) == [("khorgos", "2028")]
