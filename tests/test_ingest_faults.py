"""Nothing a user feeds the ingest stalls the batch or loses an article: a slow file
holds up nothing, a runaway article is stopped, a huge one is extracted in part, two
ingests share a store, signals stop it cleanly, workers die with their parent.

Slow extraction is simulated with the BORDERDOCS_TEST_EXTRACT_SLEEP hook, not big files.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from store.ingest import TEST_SLEEP_ENV, TEST_SLEEP_WHILE_ENV, NoInput, ingest

from .conftest import SAMPLE_DATA
from .test_faults import BORDERDOCS, FAULT_BATCH, FAULT_ENV, count_articles, integrity, make_corpus

# A corpus an ingest is still reading when its first batch is committed: twice the writer's
# batch (FAULT_BATCH results under FAULT_ENV, or COMMIT_SECONDS after it opened, whichever
# comes first), so a test can stop it mid-way however fast this machine reads the notes.
MID_INGEST = 2 * FAULT_BATCH


def run_ingest(*args, env=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*BORDERDOCS, "ingest", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
        **kw,
    )


def wait_for(predicate, seconds: float = 120, proc=None) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return predicate()
        try:
            if predicate():
                return True
        except sqlite3.OperationalError:
            pass
        time.sleep(0.1)
    return False


def rows(path: Path, sql: str) -> list:
    with closing(sqlite3.connect(path)) as c, c:
        return c.execute(sql).fetchall()


def test_one_slow_file_holds_up_nothing(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 12)
    store = tmp_path / "s.db"
    hold = tmp_path / "hold"
    hold.touch()
    proc = subprocess.Popen(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, TEST_SLEEP_ENV: "a0000=25", TEST_SLEEP_WHILE_ENV: str(hold)},
    )
    try:
        # the first file sleeps in one worker (25 s at most, until `hold` is gone); the
        # other eleven are committed meanwhile
        assert wait_for(lambda: store.exists() and count_articles(store) == 11, 120, proc)
        assert proc.poll() is None, "the slow file was not slow"
        assert rows(store, "SELECT file FROM articles WHERE file='a0000.txt'") == []
    finally:
        hold.unlink()
        err = proc.communicate(timeout=120)[1]
    assert proc.returncode == 0, err
    assert count_articles(store) == 12


def _content(path: Path) -> dict:
    """What the store says, without ids or row order."""
    q = {
        "articles": "SELECT id, title, date, source, body FROM articles",
        "entities": "SELECT type, name, key, latin, roles, article_count, mention_count FROM entities",
        "aliases": "SELECT e.type, e.key, a.alias, a.key, a.origin FROM aliases a JOIN entities e ON e.id = a.entity_id",
        "mentions": 'SELECT m.article_id, e.type, e.key, m.field, m.start, m."end", m.surface, m.role'
        " FROM mentions m JOIN entities e ON e.id = m.entity_id",
        "facts": "SELECT article_id, checkpoint_id, kind, text, sentence, date FROM facts",
        "directives": 'SELECT article_id, "by", "to", what, "when", sentence FROM directives',
        "checkpoints": "SELECT c.id, e.key FROM checkpoints c JOIN entities e ON e.id = c.entity_id",
    }
    return {k: sorted(map(repr, rows(path, sql))) for k, sql in q.items()}


def test_store_content_does_not_depend_on_arrival_order(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 10)
    # one article shouts its checkpoint's name in capitals: the entity's name must not
    # depend on whether it comes first
    first = corpus / "a0000.txt"
    first.write_text(first.read_text(encoding="utf-8").replace("Хоргос", "ХОРГОС"), encoding="utf-8")
    files = sorted(corpus.iterdir())
    forward, backward, parallel = tmp_path / "f.db", tmp_path / "b.db", tmp_path / "p.db"
    ingest(files, forward, jobs=1)
    ingest(list(reversed(files)), backward, jobs=1)
    ingest(files, parallel, jobs=2)
    assert _content(forward) == _content(backward) == _content(parallel)
    assert _content(forward)["entities"]


def test_runaway_extraction_is_stopped_and_the_batch_goes_on(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 4)
    records = [
        {
            "title": f"Очередь на границе, день {i}",
            "text": f"На пункте пропуска «Жайсан» в день {i} скопилось {100 + i} грузовиков, сообщили в КГД.",
        }
        for i in range(1, 5)
    ]
    (corpus / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    store = tmp_path / "s.db"
    started = time.monotonic()
    # a0001.txt and the first record of the dump sleep far beyond the 3 s budget (the budget
    # starts after a worker's warm-up, so the in-process test's 3 s is enough here too; each
    # stopped unit costs its whole budget, the file's largest wait: 5 s till stop 52)
    done = run_ingest(corpus, "--db", store, "-j", "2", "--timeout", "3", env={TEST_SLEEP_ENV: "1=600"})
    assert time.monotonic() - started < 200
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    rejected = sorted(line for line in done.stderr.splitlines() if line.startswith("rejected:"))
    assert rejected == [
        "rejected: a0001.txt: extraction took longer than 3 s",
        "rejected: dump.jsonl:1: extraction took longer than 3 s",
    ]
    stored = sorted(r[0] for r in rows(store, "SELECT file FROM articles"))
    # the records after the stopped one were handed to the replacement worker
    assert stored == ["a0000.txt", "a0002.txt", "a0003.txt", "dump.jsonl:2", "dump.jsonl:3", "dump.jsonl:4"]


def test_runaway_extraction_is_stopped_in_process_too(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "corpus", 3)
    monkeypatch.setenv(TEST_SLEEP_ENV, "a0001=600")
    summary = ingest([corpus], tmp_path / "s.db", jobs=1, timeout=3)  # the stopped file costs it whole
    assert summary.rejected == [("a0001.txt", "extraction took longer than 3 s")]
    assert summary.ingested == 2


def test_long_article_is_stored_whole_and_extracted_in_part(tmp_path):
    text = (SAMPLE_DATA / "000_61c4dc5a9c2e3cb6.txt").read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    long = tmp_path / "long.txt"
    paragraphs = [p for p in body.split("\n\n") if len(p) > 100]
    copies = [f"{p} Подробности, часть {i}-{j}." for i in range(12) for j, p in enumerate(paragraphs)]
    long.write_text(head + "\n\n" + "\n\n".join(copies), encoding="utf-8")
    warned: list = []
    summary = ingest(
        [long], tmp_path / "s.db", jobs=1, max_article_size=3000, on_warn=lambda f, w: warned.append((f, w))
    )
    assert summary.ingested == 1
    (stored_len,) = rows(tmp_path / "s.db", "SELECT length(body) FROM articles")[0]
    assert stored_len >= sum(map(len, copies))  # the whole text is kept
    assert len(warned) == 1 and warned[0][0] == "long.txt" and "first" in warned[0][1]
    assert rows(tmp_path / "s.db", "SELECT reason FROM ingest_log WHERE status='ok'")[0][0] == warned[0][1]
    ends = [e for (e,) in rows(tmp_path / "s.db", "SELECT \"end\" FROM mentions WHERE field='body'")]
    assert ends and max(ends) <= 3000


def test_two_ingests_into_one_store_both_finish(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 40)
    files = sorted(corpus.iterdir())
    store = tmp_path / "s.db"
    procs = [
        subprocess.Popen(
            [*BORDERDOCS, "ingest", *map(str, part), "--db", str(store), "-j", "1", "-q"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in (files[:30], files[10:])
    ]  # twenty files in both
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert not any("UNIQUE" in e or "Traceback" in e for e in errs)
    assert count_articles(store) == 40 and integrity(store) == "ok"
    dups = rows(store, "SELECT count(*) FROM (SELECT type, key FROM entities GROUP BY 1, 2 HAVING count(*) > 1)")
    assert dups == [(0,)]


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_like_ctrl_c(tmp_path, sig, code):
    total = MID_INGEST  # the first commit comes before the end however fast the ingest is
    corpus = make_corpus(tmp_path / "corpus", total)
    store = tmp_path / "s.db"
    proc = subprocess.Popen(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "2"],
        stderr=subprocess.PIPE,
        text=True,
        env=FAULT_ENV,
    )
    assert wait_for(lambda: store.exists() and count_articles(store) > 0, 120, proc)
    assert proc.poll() is None, "ingest finished before the signal; enlarge the corpus"
    proc.send_signal(sig)
    err = proc.communicate(timeout=60)[1]
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Process " not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"interrupted by {sig.name}"), err
    assert integrity(store) == "ok" and 0 < count_articles(store) < total
    again = run_ingest(corpus, "--db", store, "-q", env=FAULT_ENV)
    assert again.returncode == 0, again.stderr
    assert count_articles(store) == total


def _children(pid: int) -> list[int]:
    """The process's children and theirs (workers forked by a fork server are its children)."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    kids = [int(x) for x in out.split()]
    return kids + [g for k in kids for g in _children(k)]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = (
        Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] if Path(f"/proc/{pid}/stat").exists() else "X"
    )
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").exists(), reason="needs /proc and ps")
def test_workers_die_with_their_parent(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", MID_INGEST)
    store = tmp_path / "s.db"
    proc = subprocess.Popen(
        [*BORDERDOCS, "ingest", str(corpus), "--db", str(store), "-j", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
        env=FAULT_ENV,
    )
    assert wait_for(lambda: store.exists() and count_articles(store) > 0, 120, proc)
    workers = [
        c
        for c in _children(proc.pid)
        if "borderdocs" in Path(f"/proc/{c}/cmdline").read_text(errors="replace")
        or "multiprocessing" in Path(f"/proc/{c}/cmdline").read_text(errors="replace")
    ]
    assert len(workers) >= 2  # the two workers (and the fork server they were forked from, if any)
    proc.kill()
    proc.wait(timeout=30)
    assert wait_for(lambda: not any(_alive(w) for w in workers), 30)


def test_missing_path_creates_nothing(tmp_path):
    store = tmp_path / "new.db"
    done = run_ingest(tmp_path / "missing" / "path", "--db", store)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "no such file or directory" in done.stderr
    assert not store.exists() and list(tmp_path.iterdir()) == []
    with pytest.raises(NoInput):
        ingest([tmp_path / "nope"], store)
    assert not store.exists()


def test_commit_batch_hook_reads_a_positive_number_only(monkeypatch):
    from store.ingest.writer import COMMIT_EVERY, TEST_COMMIT_EVERY_ENV, commit_every

    monkeypatch.delenv(TEST_COMMIT_EVERY_ENV, raising=False)
    assert commit_every() == COMMIT_EVERY
    monkeypatch.setenv(TEST_COMMIT_EVERY_ENV, "7")
    assert commit_every() == 7
    for bad in ("0", "-3", "ten", ""):
        monkeypatch.setenv(TEST_COMMIT_EVERY_ENV, bad)
        assert commit_every() == COMMIT_EVERY


def test_slow_file_hook_ends_when_its_file_is_gone(tmp_path, monkeypatch):
    import threading

    hold = tmp_path / "hold"
    hold.touch()
    monkeypatch.setenv(TEST_SLEEP_ENV, "a0001=60")
    monkeypatch.setenv(TEST_SLEEP_WHILE_ENV, str(hold))
    threading.Timer(0.5, hold.unlink).start()
    started = time.monotonic()
    summary = ingest([make_corpus(tmp_path / "corpus", 2)], tmp_path / "s.db", jobs=1)
    assert summary.ingested == 2
    assert 0.5 <= time.monotonic() - started < 30
