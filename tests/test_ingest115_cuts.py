"""ingest115's cuts (issue 15) decide and write the same: the code each cut replaced is
kept here (or its behaviour is had by passing what the cut added as absent), and old and
new are compared over dev's, factRu's and generated articles.

The writer's «text» aliases upserted once a transaction (store/db/writes.py,
write_extraction's `aliased`) and its entity rows read once a transaction (`entity_rows`,
entities.upsert_entity's `rows`): a store written with these shared by the transaction's
articles and one written with each article's own (as before) are compared table by table,
byte for byte — the full-text index's shadow tables too —, the statements the cuts leave
out are counted, and after every transaction each entity row kept is checked against the
store."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import store as db
from store.ingest import writer as ingest_writer
from store.ingest.worker import Result
from tests.conftest import make_corpus_module
from tests.test_ingest102_cuts import _DEV, _dump, _random_results

# ---------------------------------------------------------------- the writer's alias upserts


def _write(path: Path, results: list[Result], every: int, shared: bool, monkeypatch) -> tuple[dict, dict]:
    """The store the ingest's writer makes of `results` in transactions of `every`, with
    the transaction's alias pairs and entity rows shared (`shared`) or each article's own
    (the code before); its dump, and how many «text» alias upserts, entity reads and
    statements it issued. Shared, the entity rows kept are checked against the store after
    each transaction."""
    counts = {"text": 0, "reads": 0, "all": 0}

    def trace(sql: str) -> None:
        counts["all"] += 1
        counts["text"] += sql.startswith("INSERT INTO aliases") and "'text')" in sql
        counts["reads"] += sql.startswith("SELECT id, name FROM entities WHERE type=")

    store = db.open_store(path, write=True, create=True)
    try:
        with monkeypatch.context() as m:
            if not shared:
                new_write_article = db.write_article
                m.setattr(
                    db, "write_article", lambda *a, aliased=None, entity_rows=None, **k: new_write_article(*a, **k)
                )
            store.conn.set_trace_callback(trace)
            w = ingest_writer.Writer(store, ingest_writer.Summary(), None, None)

            def commit() -> None:
                w.commit()
                store.conn.set_trace_callback(None)
                for (type_, key), row in w.entity_rows.items():
                    q = "SELECT id, name FROM entities WHERE type=? AND key=?"
                    assert store.conn.execute(q, (type_, key)).fetchone() == row
                counts["kept"] = counts.get("kept", 0) + len(w.entity_rows)
                store.conn.set_trace_callback(trace)

            for r in results:
                w.pending.append(r)
                w.spans.append(None)
                if len(w.pending) >= every:
                    commit()
            commit()
            db.merge_short_person_names(store)
            store.conn.set_trace_callback(None)
    finally:
        store.close()
    return _dump(path), counts


def _same_store(tmp_path: Path, results: list[Result], every: int, monkeypatch) -> tuple[int, int]:
    """The two stores byte for byte; the upserts and reads left out (the new writer issues
    fewer, never more, and nothing else differs)."""
    old, a = _write(tmp_path / f"old{every}.db", results, every, False, monkeypatch)
    new, b = _write(tmp_path / f"new{every}.db", results, every, True, monkeypatch)
    assert new.keys() == old.keys()
    for table in old:
        assert new[table] == old[table], table
    assert len(old["aliases"]) > 50 and len(old["mentions"]) > 100
    assert b["text"] <= a["text"] and b["reads"] <= a["reads"]
    assert a["all"] - b["all"] == a["text"] - b["text"] + a["reads"] - b["reads"]
    assert b["kept"] > 0 and a.get("kept", 0) == 0
    print(
        f"every {every}: «text» alias upserts {a['text']} -> {b['text']}, entity reads {a['reads']} -> {b['reads']},"
        f" statements {a['all']} -> {b['all']}"
    )
    return a["text"] - b["text"], a["reads"] - b["reads"]


# spellings of one entity that rank apart (entities.name_rank: ё first, then not shouting, then
# Russian before Kazakh letters, then code points), so an entity is renamed inside a transaction
_SPELLINGS = {
    "Олжас Бектенов": ["ОЛЖАС БЕКТЕНОВ", "Олжас Бектенов"],
    "Айгуль Куспан": ["Айгүл Құспан", "Айгуль Куспан", "АЙГУЛЬ КУСПАН"],
    "Алматы": ["АЛМАТЫ", "Алматы"],
    "Хоргос": ["ХОРГОС", "Хоргос", "хоргос"],
    "Комитет государственных доходов": ["КОМИТЕТ ГОСУДАРСТВЕННЫХ ДОХОДОВ", "Комитет государственных доходов"],
    "Ержан Ахметов": ["Ержан Ахметов", "Ержан Ахмётов", "ЕРЖАН АХМЕТОВ"],
}


def _respelled(results: list[Result], seed: int) -> list[Result]:
    """`results` with names spelled several ways, the worse spellings more often first."""
    import random

    rnd = random.Random(seed)
    for r in results:
        for m in r.extraction.mentions:
            ways = _SPELLINGS.get(m.name)
            if ways:
                m.name = ways[min(int(rnd.random() * len(ways) * (1 + r.article.file.count("1"))), len(ways) - 1)]
    return results


def _extracted(paths: list[Path], extractor) -> list[Result]:
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import read_path

    out = []
    for path in paths:
        for doc in read_path(path):
            if isinstance(doc, RawDoc):
                art = parse(doc)
                ex = extractor.extract(art)
                out.append(Result(art.path, art.file, "new", article=art, extraction=ex, article_id=art.id))
    return out


@pytest.mark.parametrize("every", [1, 7, 200])
def test_random_extractions_write_the_same_store(tmp_path, monkeypatch, every):
    upserts, reads = _same_store(tmp_path, _respelled(_random_results(100 + every, 150), every), every, monkeypatch)
    # one article a transaction: nothing shared, nothing left out
    assert (upserts > 500) == (every > 1) and (reads > 500) == (every > 1)


def test_generated_and_dev_extractions_write_the_same_store(tmp_path, monkeypatch, extractor):
    from store.reading.read import discover

    make_corpus_module().make_corpus(80, tmp_path / "gen", seed=115)
    results = _extracted(discover([tmp_path / "gen"]), extractor)
    results += _extracted(sorted(_DEV.glob("*.txt")), extractor)
    results += results[:10]  # the same articles again: stored already, nothing written
    assert len(results) >= 140
    saved = {every: _same_store(tmp_path, results, every, monkeypatch) for every in (5, 200)}
    assert saved[200][0] > saved[5][0] > 100 and saved[200][1] > saved[5][1] > 100


def test_the_transaction_starts_its_pairs_afresh(tmp_path):
    """Each attempt of a transaction starts with no pairs: a retried one (another ingest held
    the store) upserts again what its rolled-back try had."""
    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        w = ingest_writer.Writer(store, ingest_writer.Summary(), None, None)
        w.aliased.add((1, "stale"))
        w.pending.append(_random_results(7, 1)[0])
        w.spans.append(None)
        w.commit()
        assert (1, "stale") not in w.aliased
    finally:
        store.close()


# ---------------------------------------------------------------- kb._strip_state kept by name


def _state_names(gen_dir: Path) -> list[str]:
    """What state_printed_after asks (``X`` and one to three words after each word of the
    texts, as it cuts them), the forms' names, and random names of state words and pieces."""
    import random
    import re

    from store.lang import kb
    from tests.conftest import exactness_texts

    out = []
    for text in exactness_texts(gen_dir, 115):
        for w in re.finditer(r"\w+", text[:6000]):
            words = text[w.end() : w.end() + 80].split()[:3]
            out += ["X " + " ".join(words[:n]) for n in range(1, len(words) + 1)]
    out += [f.text for f in kb.forms()]
    rnd = random.Random(115)
    after, before = kb._state_mark_edges()
    pieces = [*after, *before, "X", "по", "РК", " ", "\n", "  ", "-", "области", "ның", "Республики", "Казахстан"]
    out += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5))) for _ in range(5000)]
    return out


def test_strip_state_kept_answers_as_computed(tmp_path):
    import random

    from store.lang import kb

    names = _state_names(tmp_path / "gen")
    assert len(names) > 50_000
    random.Random(7).shuffle(names)
    kb._strip_state.cache_clear()
    stripped = 0
    for name in names + names[:3000]:  # asked again: answered from what is kept
        got = kb._strip_state(name)
        assert got == kb._strip_state.__wrapped__(name), name
        stripped += bool(got[1])
    assert stripped > 2000
    kb._strip_state.cache_clear()


# ---------------------------------------------------------------- kb.display_name kept


def test_display_name_kept_answers_as_computed(tmp_path, extractor, monkeypatch):
    """Every row with random lists of its forms (one to four, any order, repeats) in each
    script, and the calls the extractor makes over dev's and 40 generated articles (forms
    namesake_form makes afresh among them), each asked twice: kept = computed."""
    import random
    from collections import defaultdict

    from store.lang import kb
    from store.reading.read import discover

    by_row = defaultdict(list)
    for f in kb.forms():
        by_row[f.row].append(f)
    rnd = random.Random(115)
    calls = []
    for row, fs in by_row.items():
        for script in ("ru", "kk", "latin"):
            calls += [(row, [rnd.choice(fs) for _ in range(rnd.randint(1, 4))], script) for _ in range(2)]
    recorded = []
    kept = kb.display_name

    def record(row, matched, script):
        recorded.append((row, list(matched), script))
        return kept(row, matched, script)

    make_corpus_module().make_corpus(40, tmp_path / "gen", seed=116)
    with monkeypatch.context() as m:
        m.setattr(kb, "display_name", record)
        _extracted(discover([tmp_path / "gen"]) + sorted(_DEV.glob("*.txt")), extractor)
    assert len(recorded) > 300
    kb._DISPLAY_NAMES.clear()
    for row, matched, script in calls + recorded + calls + recorded:
        assert kb.display_name(row, matched, script) == kb._display_name(row, matched, script), (row.id, script)
    assert len(kb._DISPLAY_NAMES) > 1000
