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
from tests.conftest import exact_count, exact_floor, exact_sample, make_corpus_module
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

    make_corpus_module().make_corpus(exact_count(80), tmp_path / "gen", seed=115)  # a quarter in the suite
    results = _extracted(discover([tmp_path / "gen"]), extractor)
    results += _extracted(exact_sample(sorted(_DEV.glob("*.txt"))), extractor)
    results += results[:10]  # the same articles again: stored already, nothing written
    assert len(results) >= exact_count(140)
    saved = {every: _same_store(tmp_path, results, every, monkeypatch) for every in (5, 200)}
    floor = exact_count(100)
    assert saved[200][0] > saved[5][0] > floor and saved[200][1] > saved[5][1] > floor


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
    assert len(names) > exact_floor(50_000, 40_000)  # the suite's sample of dev alone (a clean clone): 44,882
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


# ---------------------------------------------------------------- merging: each field's ByStart when asked


def _old_abbreviation_pairs(article, mentions):
    """merging._abbreviation_pairs at 6f52744e: both fields' ByStart made at once."""
    from store.extract import merging as mg
    from store.extract.spans import ByStart

    key, phrase_nominative = mg.key, mg.phrase_nominative
    pairs = {}
    by_field = {f: ByStart([x for x in mentions if x.field == f]) for f in ("title", "body")}
    for m in mentions:
        if m.type != "organization":
            continue
        text = article.title if m.field == "title" else article.body
        g = mg._PAIR.match(text, m.end)
        if not g:
            if m.field in by_field:
                _old_pair_dashed_letters(pairs, m, text, by_field[m.field])
            g = mg._PAIR.match(text, mg._past_closing_quotes(text, m.end))
            if not g or not mg.DEFINITION_OPENER.match(g.group(1)):
                continue
        inner = mg._defined_short_form(g.group(1))
        if len(inner.split()) == 1:
            if inner[:1].isupper():
                pairs[key(phrase_nominative(inner))] = m.name
                pairs[key(inner)] = m.name
                mg._pair_linked_short_form(pairs, m, inner, by_field[m.field].within(*g.span(1)))
        elif len(m.name.split()) == 1 and mg._spells_out(inner, m.name, by_field[m.field].within(*g.span(1))):
            pairs[key(m.name)] = phrase_nominative(inner)
    mg._dash_glosses(article, mentions, by_field, pairs)
    return pairs


def _old_pair_dashed_letters(pairs, m, text, mentions) -> None:
    from store.extract import merging as mg

    key = mg.key
    swallowed = mg._SWALLOWED_DASH_PAIR.search(m.name)
    if swallowed and mg._initials_of(swallowed.group(1)) == swallowed.group(2).lower():
        pairs.setdefault(key(m.name), swallowed.group(1))
        pairs.setdefault(key(swallowed.group(2)), swallowed.group(1))
        return
    g = mg._DASH_PAIR.match(text, mg._past_closing_quotes(text, m.end))
    if not g:
        return
    letters = g.group(1)
    inside = [x for x in mentions.within(*g.span(1)) if x.type == "organization" and x.surface == letters]
    if not inside or mg._tail_initials(letters, m.name):
        return
    row = mg.row_of(m.surface)
    if not (mg._initials_of(m.name) == letters.lower() or (row is not None and mg.row_of(letters) == row)):
        return
    pairs.setdefault(key(letters), m.name)
    for x in inside:
        pairs.setdefault(key(x.name), m.name)


def test_abbreviation_pairs_as_before(tmp_path, extractor, monkeypatch):
    """The pairs and the mentions' names after it, old and new, over the inputs merge_mentions
    gets for dev's, factRu's and 80 generated articles, and for the same with each
    organization followed by a made bracket or dash of letters (so the lazily made ByStart is
    asked, in either field)."""
    import copy

    from store.extract import merging as mg
    from store.reading.read import discover
    from tests.conftest import FACTRU_TEXTS

    inputs = []
    real = mg._abbreviation_pairs

    def record(article, named):
        inputs.append((copy.deepcopy(article), copy.deepcopy(named)))
        return real(article, named)

    make_corpus_module().make_corpus(exact_count(80), tmp_path / "gen", seed=117)  # a quarter in the suite
    with monkeypatch.context() as m:
        m.setattr(mg, "_abbreviation_pairs", record)
        paths = discover([tmp_path / "gen"]) + exact_sample(sorted(_DEV.glob("*.txt")))
        paths += exact_sample(sorted(FACTRU_TEXTS.glob("*.txt"))[:60])
        _extracted(paths, extractor)
    made = []
    for article, named in inputs:
        orgs = [x for x in named if x.type == "organization" and x.field in ("title", "body")]
        if not orgs:
            continue
        art = copy.deepcopy(article)
        for i, x in enumerate(orgs[:3]):  # «… – ABC» or «… (ABC)» right after it, letters of its own
            letters = "".join(w[0] for w in x.name.split() if w[:1].isalpha()).upper()[:4] or "АБВ"
            extra = f" – {letters}" if i % 2 else f" ({letters})"
            field = art.title if x.field == "title" else art.body
            field = field[: x.end] + extra + field[x.end :]
            if x.field == "title":
                art.title = field
            else:
                art.body = field
            break  # one insertion an article: the offsets of the others hold
        made.append((art, named))
    assert len(inputs) > exact_count(140) and len(made) > exact_count(100)
    made += _same_offsets_in_both_fields()
    differ = 0
    for article, named in inputs + made:
        a, b = copy.deepcopy(named), copy.deepcopy(named)
        old, new = _old_abbreviation_pairs(article, a), mg._abbreviation_pairs(article, b)
        assert old == new
        assert [x.name for x in a] == [x.name for x in b]
        differ += bool(new)
    assert differ > exact_count(20)


def _same_offsets_in_both_fields() -> list:
    """A title and a body of the same words, the body's mentions at the title's offsets named
    otherwise: a ByStart made of the wrong field's mentions (or of both) pairs other names."""
    from store.model import Article, Mention

    out = []
    for text, name, letters in (
        ("Ассоциация экспедиторов Приаралья – АЭП направила письмо", "Ассоциация экспедиторов Приаралья", "АЭП"),
        ("Комитет государственных доходов (КГД) сообщил", "Комитет государственных доходов", "КГД"),
        ("Ассоциация международных перевозчиков (КазАТО) заявила", "Ассоциация международных перевозчиков", "КазАТО"),
        ("ГПС – Государственная пограничная служба усилила контроль", "Государственная пограничная служба", "ГПС"),
    ):
        i, j = text.index(name), text.index(letters)
        for own in ("title", "body"):
            other = "body" if own == "title" else "title"
            mentions = [
                Mention("organization", name, name, i, i + len(name), own),
                Mention("organization", letters, letters, j, j + len(letters), own),
                Mention("organization", name + " Другое", name, i, i + len(name), other),
                Mention("organization", letters + "-2", letters, j, j + len(letters), other),
            ]
            out.append((Article(file="x.txt", path="/x.txt", title=text, body=text, raw=text), mentions))
    return out
