"""The ingest's one-time costs cut without changing an answer: regular expressions from
the cache folder (store/regex_cache.py) and the NER model's shared word index
(store/extract/ner.py). Made-up texts only."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store import regex_cache

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, cache: Path, **env: str) -> str:
    """`code` in a fresh interpreter whose cache folder is `cache`; its stdout."""
    full = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), **env}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=full, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


# Every stage's modules imported and a made-up page read and extracted (the warm-up): the
# patterns the store compiles on import and on its first article.
_WARM = "import store.cli, store.ingest.worker; from store.ingest.warm import warm; warm()\n"


def _cached_file(cache: Path) -> Path:
    [path] = cache.glob("regex-*.marshal")
    return path


def test_every_cached_pattern_is_the_one_re_compiles(tmp_path):
    """A process fills the file; each pattern in it, built from the file, equals (same
    flags, same code: Pattern's == compares them) what `re` compiles itself, and matches alike."""
    _run(_WARM, tmp_path)
    table = regex_cache._read(str(_cached_file(tmp_path)))
    assert len(table) > 300  # the store's own patterns, not a handful
    original = regex_cache._state["original"] or re._compiler.compile
    import _sre

    for (is_bytes, pattern, flags), entry in table.items():
        fresh = original(pattern, flags)
        built = _sre.compile(pattern, *entry)
        assert built == fresh, pattern
        assert (built.groups, built.groupindex, built.flags) == (fresh.groups, fresh.groupindex, fresh.flags)
        sample = b"\xd0\x9f x-1 42" if is_bytes else "Пункт пропуска «Хоргос», 3 декабря 2026 г. X-1"
        assert [m.span() for m in built.finditer(sample)] == [m.span() for m in fresh.finditer(sample)]


def test_a_second_process_compiles_from_the_file_and_adds_nothing(tmp_path):
    probe = _WARM + "from store import regex_cache as r; print(r._state['added'], len(r._state['used']))"
    _run(probe, tmp_path)
    added, used = map(int, _run(probe, tmp_path).split())
    # a pattern or two differ in every process (a grammar's rule names carry object ids)
    assert used > 300 and added <= 5


def test_a_damaged_file_is_ignored_and_written_again(tmp_path):
    _run(_WARM, tmp_path)
    path = _cached_file(tmp_path)
    path.write_bytes(b"not a marshal file" * 10)
    probe = _WARM + "import re; print(re.compile(r'(\\w+)-(\\d+)').match('X-12').groups())"
    assert _run(probe, tmp_path).strip() == "('X', '12')"
    assert len(regex_cache._read(str(path))) > 300


def test_switched_off_leaves_re_alone(tmp_path):
    probe = "import re, store; from re import _compiler; print(_compiler.compile.__module__)"
    assert _run(probe, tmp_path, BORDERDOCS_REGEX_CACHE="off").strip() == "re._compiler"
    assert _run(probe, tmp_path).strip() == "store.regex_cache"
    assert not list(tmp_path.glob("regex-*"))  # nothing compiled anew, nothing written


def test_a_pattern_unused_for_max_age_saves_leaves_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "MAX_AGE", 2)
    monkeypatch.setitem(regex_cache._state, "used", {})
    monkeypatch.setitem(regex_cache._state, "added", 0)
    monkeypatch.setitem(regex_cache._state, "adder", os.getpid())
    path = regex_cache._path()

    def compile_and_save(pattern: str) -> set[str]:
        regex_cache._state["used"] = {}
        regex_cache._state["added"] = regex_cache.MIN_NEW
        regex_cache._state["used"][(False, pattern, 0)] = regex_cache._arguments(pattern, 0)
        regex_cache.save()
        return {p for _, p, _ in regex_cache._read(path)}

    assert compile_and_save("old-[0-9]+") == {"old-[0-9]+"}
    assert compile_and_save("new-a") == {"old-[0-9]+", "new-a"}
    assert compile_and_save("new-b") == {"old-[0-9]+", "new-a", "new-b"}
    assert compile_and_save("new-c") == {"new-a", "new-b", "new-c"}  # unused for three saves


def test_worker_results_are_the_same_with_the_cache_cold_warm_and_off(tmp_path):
    """Two made-up articles ingested with one job: the same entities, facts and mentions
    whether `re` compiled every pattern itself, filled the file, or read it."""
    texts = tmp_path / "in"
    texts.mkdir()
    (texts / "a.txt").write_text(
        "Новый терминал на пункте пропуска «Хоргос»\n\n"
        "АЛМАТЫ, 2 декабря. Министр финансов Ерлан Тасмагамбетов посетил пункт пропуска "
        "«Хоргос» в Жетысуской области, сообщили в Комитете государственных доходов.",
        encoding="utf-8",
    )
    (texts / "b.txt").write_text(
        "Очереди на границе с Узбекистаном\n\n"
        "ШЫМКЕНТ, 5 ноября. На пункте пропуска «Жибек жолы» в Туркестанской области выросли "
        "очереди грузовиков, сказал аким района Болат Сейтказиев.",
        encoding="utf-8",
    )
    probe = (
        "import json, sqlite3, sys\n"
        "from store.ingest import ingest\n"
        "ingest([sys.argv[1]], sys.argv[2], jobs=1)\n"
        "c = sqlite3.connect(sys.argv[2])\n"
        "rows = {t: sorted(map(list, c.execute(f'SELECT * FROM {t}'))) for t in "
        "('entities', 'aliases', 'mentions', 'facts')}\n"
        "print(json.dumps(rows, ensure_ascii=False, sort_keys=True))\n"
    )
    cache = tmp_path / "cache"

    def ingested(name: str, **env: str) -> dict:
        full = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), **env}
        args = [sys.executable, "-c", probe, str(texts), str(tmp_path / f"{name}.db")]
        proc = subprocess.run(args, cwd=ROOT, env=full, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout)

    off = ingested("off", BORDERDOCS_REGEX_CACHE="off")
    assert ingested("cold") == off
    assert _cached_file(cache).exists()
    assert ingested("warm") == off
    assert off["entities"]


def test_the_ner_model_shares_navecs_word_index_with_the_same_ids():
    """slovnet's own word vocabulary of the NER pack, loaded as slovnet loads it, maps
    every word to the id the model's encoder now gives (navec's own dict)."""
    from natasha.data import NEWS_NER
    from slovnet.exec.pack import Pack
    from slovnet.vocab import Vocab

    from store.extract.ner import NerModel

    with Pack(NEWS_NER) as pack:
        own = pack.load_vocab("word")
    assert isinstance(own, Vocab)
    encoder = NerModel()._tagger.infer.encoder
    assert encoder.words_vocab.items == own.items
    assert encoder.words_vocab.item_ids == own.item_ids
    assert (encoder.words_vocab.unk_id, encoder.words_vocab.pad_id) == (own.unk_id, own.pad_id)


def test_re_errors_and_a_mismatched_engine_are_left_to_re():
    """A bad pattern still raises re's own error, with its message; and a Python whose `re`
    compiles differently from this module's copy of its steps gets no cache at all."""
    assert regex_cache._state["original"] is not None  # installed in this process
    with pytest.raises(re.error, match="missing \\), unterminated subpattern"):
        re.compile("(пункт пропуска")
    assert regex_cache._same_as_re(regex_cache._state["original"])
    assert not regex_cache._same_as_re(lambda pattern, flags: regex_cache._state["original"]("другой", flags))
