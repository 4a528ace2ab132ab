"""ingest102's cuts in the ingest's writer (issue 15) write the same store: the code each
cut replaced is kept here, and a store written by it and one written by the writer as it
is now are compared table by table, byte for byte, times of day left out — over dev's
texts as extracted and over random extractions with many roles, facts and directives,
written in small transactions so that roles from several of them meet.

One cut changes how the full-text index lays out its segments, not what it holds: the
rules stamp written once a transaction, not once an article (its INSERT OR REPLACE made
FTS5 flush its pending terms after every article, one small segment each). There the
index's shadow tables are compared by what they hold — every (term, article, column,
offset) fts5vocab lists, each article's size, the index's settings, the rows themselves
— and the rest of the store byte for byte; with that cut undone, byte for byte all."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from store.db import migrate_v5, rules_stamp, writes
from store.db import store as db
from store.db.entities import add_alias, add_role, entity_key, upsert_entity
from store.ingest import writer as ingest_writer
from store.ingest.worker import Result
from store.model import Article, Directive, Extraction, Fact, Mention

_REPO = Path(__file__).resolve().parent.parent
_DEV = _REPO / "eval" / "corpus" / "dev"

# ---------------------------------------------------------------- the code before the cuts


def _old_write_extraction(store, aid, article, extraction, touched=None) -> None:
    """write_extraction at b982c63f: every role appended as it came (refresh_roles put them
    in order after), each fact and directive inserted by its own statement."""
    conn = store.conn
    entity_ids: dict[tuple[str, str], int] = {}
    by_name: dict[tuple, int] = {}
    mention_counts: dict[int, int] = {}
    rows = []
    surfaces: set[tuple[int, str]] = set()
    for m in extraction.mentions:
        eid = by_name.get((m.type, m.name, m.ref))
        if eid is None:
            eid = by_name[(m.type, m.name, m.ref)] = upsert_entity(conn, m.type, m.name, m.ref)
            entity_ids[(m.type, entity_key(m.type, m.name))] = eid
        mention_counts[eid] = mention_counts.get(eid, 0) + 1
        rows.append((aid, eid, m.field, m.start, m.end, m.surface, m.role, m.name, m.kind))
        if (eid, m.surface) not in surfaces:
            surfaces.add((eid, m.surface))
            add_alias(conn, eid, m.surface, "text")
        if m.role:
            add_role(conn, eid, m.role)
            if touched is not None:
                touched.add(eid)
    conn.executemany(
        "UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ? WHERE id=?",
        [(n, eid) for eid, n in mention_counts.items()],
    )
    conn.executemany(
        'INSERT INTO mentions(article_id, entity_id, field, start, "end", surface, role, name, kind)'
        " VALUES (?,?,?,?,?,?,?,?,?)",
        rows,
    )
    for f in extraction.facts:
        conn.execute(
            "INSERT INTO facts(article_id, checkpoint_id, kind, text, sentence, date, dated) VALUES (?,?,?,?,?,?,?)",
            (aid, f.checkpoint, f.kind, f.text, f.sentence, f.date, f.date or article.date),
        )
    for d in extraction.directives:
        by = d.by or ""
        by_id = entity_ids.get(("person", entity_key("person", by))) or entity_ids.get(
            ("organization", entity_key("organization", by))
        )
        named = d.checkpoints or ((d.checkpoint,) if d.checkpoint else ())
        conn.execute(
            'INSERT INTO directives(article_id, by_entity_id, "by", "to", what, "when", sentence, checkpoint_id,'
            " checkpoint_ids) VALUES (?,?,?,?,?,?,?,?,?)",
            (aid, by_id, d.by, d.to, d.what, d.when, d.sentence, d.checkpoint, migrate_v5.encode(named)),
        )
    rules_stamp.stamp(conn, [aid])


# ---------------------------------------------------------------- writing and comparing

_TIMES = {"ingested_at", "at"}


_SEGMENTS = ("articles_fts_data", "articles_fts_idx")  # FTS5's segments: how the index is laid out


def _dump(path: Path) -> dict[str, list[tuple]]:
    """Every table of the store (the full-text index's shadow tables too), rows sorted, and
    what the index holds (fts5vocab's instances: term, article, column, offset)."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            sel = ", ".join("NULL" if c in _TIMES else f'"{c}"' for c in cols)
            rowid = "rowid, " if name == "articles_fts" else ""
            out[name] = sorted(conn.execute(f'SELECT {rowid}{sel} FROM "{name}"').fetchall(), key=repr)
        conn.execute("CREATE VIRTUAL TABLE temp.held USING fts5vocab(main, articles_fts, instance)")
        out["(index holds)"] = sorted(conn.execute("SELECT * FROM temp.held").fetchall(), key=repr)
        return out
    finally:
        conn.close()


def _write(path: Path, results: list[Result], every: int) -> dict[str, list[tuple]]:
    store = db.open_store(path, write=True, create=True)
    try:
        w = ingest_writer.Writer(store, ingest_writer.Summary(), None, None)
        for r in results:
            w.pending.append(r)
            w.spans.append(None)
            if len(w.pending) >= every:
                w.commit()
        w.commit()
        db.merge_short_person_names(store)
    finally:
        store.close()
    return _dump(path)


def _old_writer(m) -> None:
    """The writer at b982c63f: each article's rules stamp written with its extraction."""
    new_write_article = db.write_article

    def write_article(*args, stamp=True, **kwargs):
        return new_write_article(*args, **kwargs)

    def write_extraction(store, aid, article, extraction, touched=None, stamp=True, aliased=None, entity_rows=None):
        _old_write_extraction(store, aid, article, extraction, touched)

    m.setattr(writes, "write_extraction", write_extraction)
    m.setattr(db, "write_article", write_article)
    m.setattr(ingest_writer, "rules_stamp", SimpleNamespace(stamp=lambda conn, ids: None))


def _stamp_per_article(m) -> None:
    """The writer as now but for the stamp: written with each article's extraction again."""
    new_write_article = db.write_article
    m.setattr(db, "write_article", lambda *args, stamp=True, **kwargs: new_write_article(*args, **kwargs))
    m.setattr(ingest_writer, "rules_stamp", SimpleNamespace(stamp=lambda conn, ids: None))


def _same_store(tmp_path: Path, results: list[Result], every: int, monkeypatch) -> None:
    with monkeypatch.context() as m:
        _old_writer(m)
        old = _write(tmp_path / "old.db", results, every)
    new = _write(tmp_path / "new.db", results, every)
    with monkeypatch.context() as m:
        _stamp_per_article(m)
        new_but_stamps = _write(tmp_path / "new_but_stamps.db", results, every)
    assert new.keys() == old.keys() == new_but_stamps.keys()
    for table in old:
        assert new_but_stamps[table] == old[table], table  # byte for byte, segments too
        if table not in _SEGMENTS:
            assert new[table] == old[table], table
    assert len(old["mentions"]) > 0 and len(old["facts"]) > 0 and len(old["(index holds)"]) > 1000
    assert len(old["article_rules"]) == len(old["articles"])


# ---------------------------------------------------------------- inputs

_PERSONS = ["Олжас Бектенов", "Бектенов", "Айгуль Куспан", "Айгүл Құспан", "Ержан Ахметов", "Р. Скляр", "Ли Цян"]
_ORGS = ["КГД", "Комитет государственных доходов", "КНБ", "Пограничная служба КНБ РК", "ТОО «Хоргос Гейтвей»"]
_PLACES = ["Алматы", "Хоргос", "Китай", "Жетысуская область", "Достык"]
_ROLES = ["министр", "председатель", "аким", "глава", "директор", "спикер", "", None]


def _random_results(seed: int, n: int) -> list[Result]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        body = " ".join(rnd.choice(_PERSONS + _ORGS + _PLACES + ["сказал", "в", "на", "границе"]) for _ in range(60))
        art = Article(
            file=f"r{seed}-{i}.txt",
            path=f"/r/{seed}/{i}.txt",
            title=f"Новость {seed} {i}",
            body=f"{body} {i}",
            raw=body,
            date=rnd.choice([None, "2026-11-01", "2026-12-05"]),
        )
        mentions = []
        for _ in range(rnd.randint(0, 25)):
            type_, pool = rnd.choice([("person", _PERSONS), ("organization", _ORGS), ("location", _PLACES)])
            name = rnd.choice(pool)
            start = rnd.randint(0, 300)
            mentions.append(
                Mention(
                    type=type_,
                    name=name,
                    surface=rnd.choice([name, name.upper(), name + "а"]),
                    start=start,
                    end=start + len(name),
                    field=rnd.choice(["body", "body", "title"]),
                    role=rnd.choice(_ROLES) if type_ == "person" else rnd.choice([None, None, "источник"]),
                    kind=rnd.choice([None, "ministry"]) if type_ == "organization" else None,
                )
            )
        facts = [
            Fact(
                checkpoint=rnd.choice(["kz-khorgos", "kz-dostyk", "kz-nur-zholy"]),
                kind=rnd.choice(["queue", "closure", "capacity"]),
                text=f"факт {k}",
                sentence=f"предложение {k} {i}",
                date=rnd.choice([None, "2026-12", "2026-12-01"]),
            )
            for k in range(rnd.randint(0, 6))
        ]
        directives = [
            Directive(
                by=rnd.choice(_PERSONS + _ORGS + ["никто"]),
                to=rnd.choice([None, "акиматам"]),
                what=f"поручение {k}",
                when=rnd.choice([None, "до конца года"]),
                sentence=f"поручил {k} {i}",
                checkpoint=rnd.choice([None, "kz-khorgos"]),
                checkpoints=rnd.choice([(), ("kz-khorgos", "kz-dostyk")]),
            )
            for k in range(rnd.randint(0, 3))
        ]
        ex = Extraction(mentions=mentions, facts=facts, directives=directives, lemmas=f"новость {i}\n{body}")
        out.append(Result(art.path, art.file, "new", article=art, extraction=ex, article_id=art.id))
    return out


@pytest.mark.parametrize("every", [1, 7, 200])
def test_random_extractions_write_the_same_store(tmp_path, monkeypatch, every):
    _same_store(tmp_path, _random_results(every, 120), every, monkeypatch)


def test_dev_extractions_write_the_same_store(tmp_path, monkeypatch, extractor):
    from store.reading.parse import parse
    from store.reading.read import read_path

    results = []
    for path in sorted(_DEV.glob("*.txt")):
        for doc in read_path(path):
            if hasattr(doc, "text"):
                art = parse(doc)
                ex = extractor.extract(art)
                results.append(Result(art.path, art.file, "new", article=art, extraction=ex, article_id=art.id))
    assert len(results) >= 60
    assert sum(1 for r in results for m in r.extraction.mentions if m.role) > 20
    for every in (5, 200):
        _same_store(tmp_path / str(every), results, every, monkeypatch)


# ---------------------------------------------------------------- merge_mentions: the body's Kazakh asked once


def _old_merge_mentions(mentions: list[Mention], article: Article) -> None:
    """merge_mentions at b982c63f: kazakh_context of the whole body asked twice."""
    from store.extract import merging as mg

    named = [m for m in mentions if m.type != "checkpoint"]
    persons = [m for m in named if m.type == "person"]
    case_forms = mg.join_case_forms([m.name for m in persons])
    for m in persons:
        m.name = case_forms.get(m.name, m.name)
    mg._one_spelling_per_person(persons, mg.kazakh_context(article.body, 0, len(article.body)))
    pairs = mg._abbreviation_pairs(article, named)
    distinct = list(dict.fromkeys((m.type, m.name) for m in named))
    canon = dict(zip(distinct, mg.merge_names(distinct, pairs), strict=False))
    for m in named:
        m.name = canon[(m.type, m.name)]
    mg._lone_surnames_across_scripts(persons)
    mg.one_name_per_body([m for m in named if m.type == "organization"])
    mg.one_name_per_local_body([m for m in named if m.type == "organization"])
    mg.one_name_per_short_form([m for m in named if m.type == "organization"])
    kazakh = mg.kazakh_context(article.body, 0, len(article.body)) and not mg.kyrgyz_text(
        f"{article.title}\n{article.body}"
    )
    mg.one_name_per_place([m for m in named if m.type == "location"], kazakh)


def test_merge_mentions_names_as_before(monkeypatch, extractor):
    """Every merge_mentions call the extraction of dev's and factRu's texts makes, answered
    by the old and the new code alike."""
    import copy

    from store.extract import extractor as ex
    from store.reading.parse import parse
    from store.reading.read import read_path
    from tests.conftest import FACTRU_TEXTS

    calls = []
    new = ex.merge_mentions

    def recorded(mentions, article):
        calls.append((copy.deepcopy(mentions), copy.deepcopy(article)))
        return new(mentions, article)

    monkeypatch.setattr(ex, "merge_mentions", recorded)
    paths = sorted(_DEV.glob("*.txt")) + sorted(Path(FACTRU_TEXTS).glob("*.txt"))[:100]
    for path in paths:
        for doc in read_path(path):
            if hasattr(doc, "text"):
                art = parse(doc)
                extractor.extract(art)
    assert len(calls) >= 60
    kazakh = 0
    for mentions, article in calls:
        a, b = copy.deepcopy(mentions), copy.deepcopy(mentions)
        _old_merge_mentions(a, article)
        new(b, article)
        assert [(m.type, m.name) for m in a] == [(m.type, m.name) for m in b], article.file
        kazakh += bool(re.search("[әғқңөұүһі]", article.body or ""))
    assert kazakh >= 5  # Kazakh bodies, where the answer is asked for


# ---------------------------------------------------------------- duplicates.shingles: words' crc32 kept


def _old_shingles(body: str | None) -> set[int]:
    import zlib

    from store.db.duplicates import _WORD

    words = [zlib.crc32(w.encode()) for w in _WORD.findall((body or "").casefold())]
    return {hash(t) & 0xFFFFFFFF for t in zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)}


def _shingle_texts() -> list[str]:
    from tests.conftest import FACTRU_TEXTS

    paths = sorted(_DEV.glob("*.txt")) + sorted(Path(FACTRU_TEXTS).glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    rnd = random.Random(102)
    pieces = ["Хоргос", "хоргос", "ХОРГОС", "KZ", "ẞ", "ß", "İ", "ı", "Құспан", "ё", "1 600", "—", " ", "\n", "-", "_"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 80))) for _ in range(3000)]
    return texts + ["", None]  # type: ignore[list-item]


def test_shingles_as_before(monkeypatch):
    from store.db import duplicates

    texts = _shingle_texts()
    assert len(texts) > 3000
    for small in (False, True):  # the kept words emptied when full, too
        if small:
            monkeypatch.setattr(duplicates, "_WORD_CRCS_MAX", 5)
        for text in texts:
            assert duplicates.shingles(text) == _old_shingles(text)
            assert duplicates.shingles(text) == _old_shingles(text)  # from the kept crc32s
    assert len(duplicates._WORD_CRCS) <= 5 + 200
