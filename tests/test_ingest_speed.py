"""The ingest's speed-ups change nothing it stores: batched NER gives each text the spans
it gets alone, the compiled dictionary gives the pure-Python reader's lemmas, a run over
stored articles never loads the model, and loading it does not eat a document's budget.
Sentences here are made up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from store.extract.ner import NerModel
from store.ingest import ingest
from store.ingest import worker as ingest_mod

from .test_faults import make_corpus

TEXTS = [
    "Аким области Серик Жумабаев осмотрел пункт пропуска «Тасты» вместе с Комитетом государственных доходов.",
    "Министр транспорта Ержан Кусаинов провёл встречу в Астане.",
    "Короткий заголовок",
    "",
    "В Алматы прибыла делегация из Ташкента во главе с Шавкатом Рахимовым. "
    "Стороны обсудили работу погранперехода «Жибек жолы» и очереди грузовиков на границе с Узбекистаном. "
    "Заместитель председателя Пограничной службы КНБ Марат Оспанов пообещал расширить пункт.",
    "Министр транспорта Ержан Кусаинов провёл встречу в Астане.",  # twice: prepared once, used twice
]


@pytest.fixture(scope="module")
def ner():
    return NerModel()


def test_batched_ner_gives_each_text_its_own_spans(ner):
    alone = [ner.spans(t) for t in TEXTS]
    ner.prepare(TEXTS)
    assert [ner.spans(t) for t in TEXTS] == alone
    assert any(alone), "the model found nothing: the comparison would prove nothing"


def test_prepared_spans_are_used_once_and_then_dropped(ner):
    ner.prepare(TEXTS[:2])
    assert set(ner._prepared) == set(TEXTS[:2])
    ner.spans(TEXTS[0])
    assert set(ner._prepared) == {TEXTS[1]}
    ner.prepare([TEXTS[2]])  # a new batch replaces what was left
    assert set(ner._prepared) == {TEXTS[2]}


def test_a_long_text_is_not_prepared_but_tagged_in_chunks(ner):
    long_text = "\n\n".join([TEXTS[0]] * 40)
    ner.prepare([long_text], chunk=500)
    assert ner._prepared == {}
    assert ner.spans(long_text, chunk=500)


_LEMMAS = """
import sys
if sys.argv[1] == "python":
    sys.modules["dawg"] = None  # pymorphy2 falls back to its pure-Python reader
from store.lang import lemmas
import pymorphy2.dawg
print(pymorphy2.dawg.EXTENSION_AVAILABLE)
print(lemmas.lemmatize(sys.argv[2]))
"""


def test_the_compiled_dictionary_is_used_and_lemmatizes_alike():
    text = " ".join(TEXTS) + " пунктами пропусков ёлками шли автомобилей"
    out = {
        kind: subprocess.run(
            [sys.executable, "-c", _LEMMAS, kind, text], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        for kind in ("compiled", "python")
    }
    assert out["compiled"][0] == "True", "pymorphy2 does not find the DAWG C extension (package dawg2)"
    assert out["python"][0] == "False"
    assert out["compiled"][1] == out["python"][1]
    assert "пункт пропуск" in out["compiled"][1]


def test_a_run_over_stored_articles_never_loads_the_model(tmp_path):
    corpus = make_corpus(tmp_path / "in", 3)
    first = ingest([corpus], tmp_path / "s.db", jobs=1)
    assert first.ingested == 3
    again = ingest([corpus], tmp_path / "s.db", jobs=1)
    assert (again.ingested, again.already_stored, again.duplicates) == (0, 3, 0)
    assert ingest_mod._worker_state["extractor"] is None


def test_loading_the_model_does_not_count_against_the_first_document(tmp_path, monkeypatch):
    """A model that takes longer to load than the budget: the first document still passes."""
    import time

    from store.extract import extractor as extractor_mod

    real = extractor_mod.Extractor

    class SlowToLoad(real):
        def __init__(self, *a, **kw):
            time.sleep(3)
            super().__init__(*a, **kw)

    monkeypatch.setattr(extractor_mod, "Extractor", SlowToLoad)
    corpus = make_corpus(tmp_path / "in", 2)
    summary = ingest([corpus], tmp_path / "s.db", jobs=1, timeout=2.5)
    assert (summary.ingested, summary.rejected) == (2, [])


def test_a_document_hanging_while_read_ahead_costs_at_most_the_one_in_progress(tmp_path, monkeypatch):
    """Reading ahead runs inside the current document's budget; after it is interrupted,
    each document is parsed alone, so the hanging one is stopped in its own budget and
    the others after it are stored (the one in progress is the known cost)."""
    import time

    corpus = make_corpus(tmp_path / "in", 5)
    parsed = ingest_mod._parsed

    def slow_parse(doc):
        if doc.file == "a0002.txt":
            time.sleep(30)
        return parsed(doc)

    monkeypatch.setattr(ingest_mod, "_parsed", slow_parse)
    summary = ingest([corpus], tmp_path / "s.db", jobs=1, timeout=3)
    rejected = sorted(f for f, _ in summary.rejected)
    assert "a0002.txt" in rejected and len(rejected) <= 2
    assert summary.ingested == 5 - len(rejected)


def test_workers_take_the_settings_of_this_ingest_not_of_the_first(tmp_path, monkeypatch):
    """Workers are forked from a server started by the first pool, with that moment's
    environment: a setting made later (here the test hook that stalls a file) still
    reaches the next ingest's workers."""
    from store.ingest import TEST_SLEEP_ENV

    monkeypatch.delenv(TEST_SLEEP_ENV, raising=False)
    first = ingest([make_corpus(tmp_path / "one", 2)], tmp_path / "one.db", jobs=2)
    assert (first.ingested, first.rejected) == (2, [])
    monkeypatch.setenv(TEST_SLEEP_ENV, "a0001=600")
    second = ingest([make_corpus(tmp_path / "two", 3)], tmp_path / "two.db", jobs=2, timeout=3)  # a0001 costs it whole
    assert [f for f, _ in second.rejected] == ["a0001.txt"]
    assert second.ingested == 2


def test_warming_up_a_worker_loads_no_model_and_changes_no_result(tmp_path):
    """The warm-up (store/ingest/warm.py) reads a made-up page without the NER model, and
    an article extracted after it gets what a fresh process gives it."""
    script = (
        "import sys, json\n"
        "from store.ingest import warm\n"
        "if sys.argv[1] == 'warm':\n"
        "    warm.warm()\n"
        "    assert 'slovnet' not in sys.modules and 'navec' not in sys.modules, 'model loaded'\n"
        "from store.extract.extractor import Extractor\n"
        "from store.model import Article\n"
        f"a = Article(file='', path='', raw='', title='Граница', body={TEXTS[0]!r})\n"
        "e = Extractor().extract(a)\n"
        "print(json.dumps([(m.type, m.name, m.start, m.end) for m in e.mentions], ensure_ascii=False), e.lemmas)\n"
    )
    runs = {
        how: subprocess.run([sys.executable, "-c", script, how], capture_output=True, text=True, check=True).stdout
        for how in ("warm", "cold")
    }
    assert runs["warm"] == runs["cold"]
    assert "Жумабаев" in runs["warm"]


def test_the_model_is_preloaded_only_when_some_input_is_not_stored(tmp_path):
    from store.db import store as db
    from store.ingest import _needs_model

    corpus = make_corpus(tmp_path / "in", 2)
    files = sorted(corpus.iterdir())
    store = db.open_store(tmp_path / "s.db", write=True, create=True)
    try:
        assert _needs_model(store, files)
    finally:
        store.close()
    ingest([corpus], tmp_path / "s.db", jobs=1)
    (corpus / "late.txt").write_text("Новость\n\n" + TEXTS[1] + "\n", encoding="utf-8")
    store = db.open_store(tmp_path / "s.db")
    try:
        assert not _needs_model(store, files)
        assert _needs_model(store, files + [corpus / "late.txt"])
    finally:
        store.close()


def test_a_worker_builds_its_extractor_around_the_preloaded_model(tmp_path, monkeypatch):
    """As in a worker forked from the server that ran preload_model(): no model of its own,
    and what it extracts is what a model of its own gives."""
    from store.model import Article

    monkeypatch.setattr(ingest_mod, "_preloaded", {})
    ingest_mod.preload_model()
    shared = ingest_mod._preloaded["ner"]
    ingest_mod.init_worker(str(tmp_path / "none.db"), 200_000)
    extractor = ingest_mod._extractor()
    assert extractor.ner is shared
    from store.extract.extractor import Extractor

    article = Article(file="", path="", raw="", title="Граница", body=TEXTS[4])
    mentions = [(m.type, m.name, m.start, m.end) for m in extractor.extract(article).mentions]
    assert mentions == [(m.type, m.name, m.start, m.end) for m in Extractor().extract(article).mentions]
    ingest_mod._worker_state["extractor"] = None
