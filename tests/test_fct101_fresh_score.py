"""fct101: the fresh set's scorer counts as bench/evaluate.py's fact rule does — found, unmatched,
missed, a fact given to a post the item does not name counted unmatched, and a deadline dated
only when the post's exported fact carries the reference's date. Items written for the test."""

from tests.conftest import bench_module


def _score(item: dict, found: dict) -> dict:
    fresh = bench_module("fct101_fresh")
    return fresh.score_item(item, found, bench_module("evaluate").what_stems)


def _fact(text: str, sentence: str, date: str | None = None) -> dict:
    return {"kind": "deadline", "text": text, "sentence": sentence, "date": date}


ITEM = {
    "id": "t1",
    "checkpoints": [{"ref": "bakhty", "facts": ["реконструкцию завершат до конца 2027 года"], "date": "2027"}],
}
SENTENCE = "Реконструкцию пункта «Бахты» завершат до конца 2027 года."


def test_a_fact_found_and_dated():
    r = _score(ITEM, {"bakhty": [_fact("завершат до конца 2027 года", SENTENCE, "2027")]})
    assert (r["tp"], r["fp"], r["fn"], r["dated"], r["dates"], r["exact"]) == (1, 0, 0, 1, 1, 1)


def test_a_wrong_date_is_found_but_not_dated():
    r = _score(ITEM, {"bakhty": [_fact("завершат до конца 2027 года", SENTENCE, "2026")]})
    assert (r["tp"], r["dated"]) == (1, 0)


def test_a_missing_post_is_missed_and_another_posts_fact_unmatched():
    r = _score(ITEM, {"kordai": [_fact("завершат до конца 2027 года", SENTENCE, "2027")]})
    assert (r["tp"], r["fp"], r["fn"]) == (0, 1, 1)
