"""ingest100's cuts in the facts (issue 15) decide as before. The readers kept once per text
(facts._kept: statuses, queues, counts) answer as read anew; _carried reading only the kinds its
caller keeps gives the facts it gave reading all. Compared on dev, factRu and seeds texts and on
articles bench/make_corpus.py writes (the shapes ingest_throughput reads)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from store.extract import facts
from store.extract.checkpoints import find_checkpoints
from tests.conftest import FACTRU_TEXTS

_REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def texts(tmp_path_factory) -> list[tuple[str, str | None]]:
    """(body, date) of dev, factRu, seeds and 150 generated articles (txt)."""
    out = tmp_path_factory.mktemp("gen100")
    subprocess.run(
        [sys.executable, str(_REPO / "bench" / "make_corpus.py"), "--articles", "150", "--out", str(out)]
        + ["--seed", "100", "--formats", "txt"],
        check=True,
        capture_output=True,
    )
    found = []
    for folder in (_REPO / "eval" / "corpus" / "dev", FACTRU_TEXTS, _REPO / "sample_data", out):
        if folder.is_dir():
            found += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.rglob("*.txt"))]
    assert len(found) > 200  # dev (84) and the generated (150) alone in a clean clone
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
    assert sum(map(len, now)) > 500
    assert sum(k is not None for k in asked) > 100  # the far and the side's readings, each of fewer kinds

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
