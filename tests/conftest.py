"""Shared fixtures: a real store built from the bundled sample through the real
pipeline (read → parse → NER → store), once per test session."""

from __future__ import annotations

import functools
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"
SHARED = ROOT.parent / "shared"  # optional: tests that need it skip when it is absent
# factRu's texts beside the checkout or beside a worktree's folder (a clean clone has none: tests
# that read them count their floors on dev alone).
FACTRU_TEXTS = next(
    (
        up / "shared" / "eval" / "factru" / "texts"
        for up in (ROOT.parent, ROOT.parent.parent)
        if (up / "shared" / "eval" / "factru").is_dir()
    ),
    ROOT / "no-factru",
)


# The exact-cut tests compare old and new code over every Nth text of each family (dev, factRu,
# generated, random) in the suite, and over all of them when this variable is set (bench/exact_cuts.py
# sets it): the suite stays under its ten minutes, the full sets still run, in the bench.
EXACT_FULL_ENV = "BORDERDOCS_EXACT_FULL"
EXACT_EVERY = 4


def exact_full() -> bool:
    """Are the exact-cut tests asked for their full text sets (not the suite's sample)?"""
    return os.environ.get(EXACT_FULL_ENV, "") not in ("", "0")


def exact_sample(items, every: int = EXACT_EVERY) -> list:
    """Every `every`th of `items` from the first (all of them with the full sets): a fixed,
    deterministic share of one family of texts, so each family stays in the suite."""
    items = list(items)
    return items if exact_full() else items[::every]


def exact_floor(full: int, sampled: int) -> int:
    """A test's floor (how many cases its texts must give) on the full sets, or on the suite's
    sample, where a quarter of the full floor is not always met by dev alone (a clean clone)."""
    return full if exact_full() else sampled


def exact_count(n: int, every: int = EXACT_EVERY) -> int:
    """How many of `n` drawn cases (random strings, generated articles) to run: all with the
    full sets, else one in `every` — the first ones drawn, as the full run draws them."""
    return n if exact_full() else max(1, n // every)


@functools.cache
def bench_module(name: str):
    """bench/<name>.py as a module (bench/ is no package), registered under `name` so its
    dataclasses resolve their module by name."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def make_corpus_module():
    """bench/make_corpus.py: the generated articles the ingest benches time, for tests that
    check a cut decides the same on them."""
    return bench_module("make_corpus")


def generated_parts(seed: int, n: int) -> list[tuple]:
    """(spec, body, page) of the first `n` generated articles of a world seeded `seed`
    (bench/make_corpus.py's `article_parts`): the texts exact-cut tests compare over."""
    mc = make_corpus_module()
    world = mc.World(seed, True)
    return [mc.article_parts(world, seed, i) for i in range(n)]


def exactness_texts(gen_dir: Path, seed: int, formats: tuple[str, ...] | None = None) -> list[str]:
    """The texts an exact-cut test compares old and new code over: dev, factRu (when present)
    and the samples as files, then 150 generated articles' titles and bodies as ingest reads
    them (some are in cp1251, some hard-wrapped), written into `gen_dir` with `seed`; in the
    suite every EXACT_EVERY-th file of each folder and the first quarter of the articles."""
    from store.model import RawDoc
    from store.reading.parse import parse
    from store.reading.read import discover, read_path

    out = []
    for folder in (ROOT / "eval" / "corpus" / "dev", FACTRU_TEXTS, ROOT / "sample_data"):
        if folder.is_dir():
            files = exact_sample(sorted(folder.rglob("*.txt")))
            out += [p.read_text(encoding="utf-8", errors="replace") for p in files]
    extra = {} if formats is None else {"formats": formats}
    make_corpus_module().make_corpus(exact_count(150), gen_dir, seed=seed, **extra)
    generated = []
    for path in discover([gen_dir]):
        for doc in read_path(path):
            if isinstance(doc, RawDoc):
                article = parse(doc)
                generated += [article.title or "", article.body or ""]
    assert len(generated) >= exact_count(200)
    return out + generated


# Copies of the shared reference the tests rely on, so a clone with nothing beside it passes.
EVAL_DATA = ROOT / "tests" / "data" / "eval"


@pytest.fixture(scope="session", autouse=True)
def private_cache_dir(tmp_path_factory):
    """Caches the code writes (the knowledge base's search index) go to a folder of
    this test session, never to the user's home."""
    from store.search.kb_cache import CACHE_ENV

    mp = pytest.MonkeyPatch()
    mp.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
    yield
    from store import regex_cache

    regex_cache.save()  # the patterns this session compiled go to its folder too, not at exit to the home's
    mp.undo()


@pytest.fixture(scope="session", autouse=True)
def one_ner_model_per_session():
    """natasha's embedding and NER tagger are loaded once for the whole session, and every
    `NerModel()` after the first is built around them (about 0.8 s idle and ~100 MB each
    time otherwise: an `Extractor()` or an in-process ingest per test loaded its own, some
    forty loads per run). The tagger keeps no state between texts, so sharing it changes
    no result; NerModel's own code still runs for every instance, and processes the tests
    start (CLI runs, ingest workers) load their model as users' do."""
    import natasha

    loaded: dict = {}

    def once(cls):
        def build(*args):
            key = (cls, *map(id, args))
            if key not in loaded:
                loaded[key] = (cls(*args), args)  # the args kept alive: their ids stay theirs
            return loaded[key][0]

        return build

    mp = pytest.MonkeyPatch()
    mp.setattr(natasha, "NewsEmbedding", once(natasha.NewsEmbedding))
    mp.setattr(natasha, "NewsNERTagger", once(natasha.NewsNERTagger))
    yield
    mp.undo()


@pytest.fixture(scope="session")
def sample_store_path(tmp_path_factory) -> Path:
    """A store holding the five sample articles, built by `ingest` in this process."""
    from store.ingest import ingest

    path = tmp_path_factory.mktemp("sample") / "sample.db"
    summary = ingest([SAMPLE_DATA], path, jobs=1)
    assert summary.ingested == 5, summary
    return path


@pytest.fixture
def sample_store(sample_store_path):
    from store.db.store import open_store

    store = open_store(sample_store_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def extractor():
    """The whole extractor (NER model, passes, linking), built once per test module."""
    from store.extract import extractor as ex

    return ex.Extractor()


def copy_store(src: Path, dst: Path) -> Path:
    """Copy a WAL store consistently (a file copy would miss the -wal file)."""
    import sqlite3

    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The files and dump records parsed in this process (an ingest with one job parses
    here), less the warm-up text, which has no file: what a re-run read again."""
    from store.reading import parse as parse_module

    calls: list[str] = []
    real = parse_module.parse

    def counted(doc):
        if doc.file:
            calls.append(doc.file)
        return real(doc)

    monkeypatch.setattr(parse_module, "parse", counted)
    return calls
