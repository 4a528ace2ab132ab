"""ingest100's cuts in the facts (issue 15) decide as before. The readers kept once per text
(facts._kept: statuses, queues, counts) answer as read anew; _carried reading only the kinds its
caller keeps gives the facts it gave reading all; the second needles (facts._STATUS_ALSO,
fact_promises._GROW_NEEDLES) stand in every match of their patterns. Compared on dev, factRu
and seeds texts and on articles bench/make_corpus.py writes (the shapes ingest_throughput reads),
and, for the needles, on random strings of the patterns' own words."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from store.extract import fact_promises, facts
from store.extract.checkpoints import find_checkpoints
from store.extract.needles import may_hold
from tests.conftest import FACTRU_TEXTS, exact_count, exact_sample
from tests.exactness import generated_txt

_REPO = Path(__file__).resolve().parent.parent
_ODD = ["\u1c81", "\u1c82", "İ", "ı", "ё", "Ё", "\u00a0", "\n", "  "]  # case extras, ё, odd spaces


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[tuple[str, str | None]]:
    """(body, date) of dev, factRu, seeds and 150 generated articles (txt); in the suite every
    EXACT_EVERY-th file of each folder and the first quarter of the articles."""
    out = generated_txt(tmp_path_factory, "gen100", 100)
    found = []
    for folder in (_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS, _REPO / "sample_data", out):
        if folder.is_dir():
            files = sorted(folder.rglob("*.txt"))
            found += [
                p.read_text(encoding="utf-8", errors="replace")
                for p in (files if folder == out else exact_sample(files))
            ]
    assert len(found) > exact_count(200)  # dev (84) and the generated (150) alone in a clean clone
    dates = ["2026-11-20", None, "2019-03-01"]
    return [(t, dates[i % 3]) for i, t in enumerate(found)]


def _facts(text: str, date: str | None) -> list[tuple]:
    return [(f.checkpoint, f.kind, f.text, f.sentence, f.date) for f in facts.find_facts(text, _posts(text), date)]


_POSTS: dict[str, list] = {}


def _posts(text: str) -> list:
    if text not in _POSTS:
        _POSTS[text] = find_checkpoints(text)
    return _POSTS[text]


def test_kept_readers_and_carried_kinds_decide_as_before(texts, monkeypatch):
    """find_facts as it was (every reader read anew, _carried reading every kind) and as it is now
    give the same facts, text by text."""
    carried = facts._carried
    asked = []

    def counted(*args, kinds=None, **kw):
        asked.append(kinds)
        return carried(*args, kinds=kinds, **kw)

    with monkeypatch.context() as m:
        m.setattr(facts, "_carried", counted)
        now = [_facts(t, d) for t, d in texts]
    # floors of the full sets, a quarter of them in the suite's sample
    assert sum(map(len, now)) > exact_count(500)
    assert sum(k is not None for k in asked) > exact_count(100)  # the far and the side's readings, each of fewer kinds

    def every_kind(*args, kinds=None, **kw):
        return carried(*args, **kw)  # the caller still keeps only its kinds, as before the cut

    with monkeypatch.context() as m:
        m.setattr(facts, "_kept", lambda reader, *args: reader(*args))
        m.setattr(facts, "_carried", every_kind)
        before = [_facts(t, d) for t, d in texts]
    assert now == before
    assert [_facts(t, d) for t, d in texts[:40]] == now[:40]  # again: the memo holds nothing of another text


def test_kept_answers_are_fresh_lists():
    sentence = "На КПП «Нур жолы» в очереди стоят 250 грузовиков, пункт закрыт на ремонт."
    first = facts._queues(sentence)
    first.append("added by a caller")
    assert facts._queues(sentence) == facts._read_queues(sentence)
    assert "added by a caller" not in facts._queues(sentence)
    assert facts._statuses(sentence, None) == facts._read_statuses(sentence, None)


def _sentences(texts) -> list[str]:
    out = []
    for t, _d in texts:
        out += [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()]
    return out + [s.lower() for s in out[::3]] + [s.upper() for s in out[::7]]


def _random(pattern: str, extra: list[str], n: int, seed: int) -> list[str]:
    words = re.findall(r"[^\W\d_]{2,}", pattern)
    pieces = words + [w.capitalize() for w in words[::3]] + _ODD + extra + [" ", " ", ", ", "-", "«", "»"]
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces) + rng.choice((" ", "")) for _ in range(rng.randint(1, 10)))
        for _ in range(exact_count(n))  # the first quarter in the suite
    ]


def _holds(rx: re.Pattern, needles: tuple[str, ...], strings: list[str]) -> int:
    """Assert every match of `rx` in `strings` (each finditer finds, and each a search finds from one
    past such a match's start: the overlapping ones a search from a later position meets) holds one
    of `needles`, so a string without them has none; the matches counted."""
    matched = 0
    for s in strings:
        for m in rx.finditer(s):
            later = rx.search(s, m.start() + 1)
            for found in (m, later) if later else (m,):
                matched += 1
                assert may_hold(found.group(), needles), (s, found.group())
        if not may_hold(s, needles):
            assert rx.search(s) is None, s
    return matched


@pytest.mark.parametrize(("label", "least"), [("under reconstruction", 1_000), ("limited", 1_000), ("closed", 1_000)])
def test_second_status_needles_stand_in_every_match(texts, label, least):
    rx = dict(facts._STATUS_SCANS)[label]
    also = facts._STATUS_ALSO[label]
    strings = _sentences(texts)
    strings += _random(rx.pattern, [], 40_000, 1)
    strings += _random(
        rx.pattern, ["уже", "на объекте", "пункта «А»", "жұмыстары", "не будут", "разработать"], 40_000, 2
    )
    assert _holds(rx, also, strings) > exact_count(least)  # a quarter of the floor on the suite's sample


def test_growth_needles_stand_in_every_raise_match(texts):
    strings = _sentences(texts)
    for rx, seed in ((fact_promises._RAISE, 3), (fact_promises._PROMISED_RAISE, 4)):
        strings += _random(rx.pattern, ["вдвое", "до 500 машин", "на 20 %", "через «А»"], 40_000, seed)
    # and the noun, the verb and the promise oftener, so that their orders meet
    phrases = ["пропуск", "Пропускная способность", "пропуск фур", "увеличат", "планируют увеличить"]
    phrases += ["обещает повысить", "решено нарастить", "вырастет", "возрастёт", "расширят", "пункта «А»"]
    strings += _random(" ".join(phrases * 4) + " " + fact_promises._GROW_FUTURE, ["вдвое", "до 500 машин"], 40_000, 5)
    found = _holds(fact_promises._RAISE, fact_promises._GROW_NEEDLES, strings)
    found += _holds(fact_promises._PROMISED_RAISE, fact_promises._GROW_NEEDLES, strings)
    assert found > exact_count(1_000)  # a quarter of the floor on the suite's sample
    said = "Пропускную способность пункта «Нур жолы» планируют увеличить вдвое."
    assert fact_promises.promised(said) == ["Пропускную способность планируют увеличить вдвое"]
