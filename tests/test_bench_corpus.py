"""The benchmark corpus generator (bench/make_corpus.py).

The benchmarks are only as honest as their corpus: it must be the same for a seed (so
figures can be compared across runs), hold every declared format, have files of news
size, and be readable by the project's own reader and parser with the title and date the
manifest says (else the ingest benchmark would measure rejections, not work).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import make_corpus_module

ROOT = Path(__file__).resolve().parent.parent
N = 30


def _load():
    mod = make_corpus_module()
    return mod


mc = _load()


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "c"
    mc.make_corpus(N, out, seed=7)
    return out


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in mc.manifest_path(out).read_text(encoding="utf-8").splitlines()]


def test_same_seed_gives_identical_bytes(corpus, tmp_path):
    again = tmp_path / "c"
    mc.make_corpus(N, again, seed=7)
    assert _digest(again) == _digest(corpus)
    assert mc.manifest_path(again).read_bytes() == mc.manifest_path(corpus).read_bytes()


def test_other_seed_differs(corpus, tmp_path):
    other = tmp_path / "c"
    mc.make_corpus(N, other, seed=8)
    assert _digest(other) != _digest(corpus)


def test_declared_formats_and_languages(tmp_path):
    out = tmp_path / "c"
    stats = mc.make_corpus(200, out, seed=3)
    suffixes = {p.suffix for p in out.rglob("*") if p.is_file()}
    assert suffixes == {".txt", ".html", ".jsonl"}
    assert stats["formats"]["txt"] > stats["formats"]["html"] > 0 and stats["formats"]["jsonl"] > 0
    assert 0 < stats["kk"] < 60  # about 10% Kazakh
    rows = _manifest(out)
    assert len(rows) == 200
    assert {r["source"] for r in rows} >= {
        "Kazakhstan Today",
        "Report",
        "Kazpravda.kz",
        "Rail-news.kz",
        "Tengrinews.kz",
    }
    assert any(r["date"] is None for r in rows)


def test_only_requested_formats(tmp_path):
    out = tmp_path / "c"
    mc.make_corpus(40, out, seed=3, formats=("txt",))
    assert {p.suffix for p in out.rglob("*") if p.is_file()} == {".txt"}


def test_sizes_are_news_sized(corpus):
    for p in corpus.rglob("*"):
        if p.suffix in (".txt", ".html"):
            assert 2000 <= p.stat().st_size <= 6000, p
        elif p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                assert 2000 <= len(line.encode()) <= 6000


def test_page_furniture_and_declension_present(tmp_path):
    out = tmp_path / "c"
    mc.make_corpus(100, out, seed=5, formats=("txt",))
    text = "\n".join(p.read_bytes().decode("utf-8", "replace") for p in out.rglob("*.txt"))
    for furniture in ("Read More", "Подписывайтесь", "Курс валют", "Читайте также", "• "):
        assert furniture in text
    assert "пункт" in text and "пропуска" in text


def test_names_decline():
    assert mc._first_forms("Канат", "m") == ("Каната", "Канату", "Канатом")
    assert mc._first_forms("Алексей", "m") == ("Алексея", "Алексею", "Алексеем")
    assert mc._first_forms("Ольга", "f") == ("Ольги", "Ольге", "Ольгой")
    assert mc._first_forms("Айгерим", "f") == ("Айгерим", "Айгерим", "Айгерим")
    assert mc._surname_forms("Бектенов", "m") == ("Бектенов", "Бектенова", "Бектенову", "Бектеновым")
    assert mc._surname_forms("Калиакпаров", "f")[1] == "Калиакпаровой"


def test_reader_and_parser_find_title_and_date(corpus):
    """Each file read and parsed by the project gives the manifest's title and date,
    including HTML pages that print no date beside a related-news sidebar full of them."""
    read = pytest.importorskip("store.reading.read")
    parse = pytest.importorskip("store.reading.parse")
    rows = _manifest(corpus)
    by_path: dict[str, list[dict]] = {}
    for r in rows:
        by_path.setdefault(r["path"], []).append(r)
    for path, expected in by_path.items():
        docs = read.read_path(corpus / path)
        assert len(docs) == len(expected), path
        for doc, row in zip(docs, expected, strict=False):
            article = parse.parse(doc)
            assert article.title == row["title"], row["file"]
            assert article.date in [row["date"], *row["accept_dates"]], row["file"]


def test_checkpoint_facts_point_at_gazetteer_rows_and_include_queues(tmp_path):
    """The board and checkpoint pages are measured on this corpus: its sentences must give
    the project's own checkpoint finder and fact rules checkpoints of the gazetteer and
    facts of every board kind about them, queues included."""
    from store.extract.checkpoints import find_checkpoints
    from store.extract.facts import find_facts
    from store.lang import gazetteer

    out = tmp_path / "c"
    mc.make_corpus(200, out, seed=3, formats=("txt",))
    kinds, refs = set(), set()
    for p in sorted(out.rglob("*.txt")):
        text = p.read_bytes().decode("utf-8", "replace")  # a few files are in cp1251: their facts are skipped
        spans = find_checkpoints(text)
        refs |= {s.ref for s in spans}
        facts = find_facts(text, spans, None)
        assert all(gazetteer.get(f.checkpoint) for f in facts)
        kinds |= {f.kind for f in facts}
    assert refs and all(gazetteer.get(r) for r in refs)  # Kazakh rows, or a foreign side's
    assert {"queue", "status", "capacity", "deadline"} <= kinds
