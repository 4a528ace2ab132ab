"""The knowledge base's tables kept between processes (store/lang/kb_tables.py): read back,
they are the tables built; an input that changes names another file; a damaged file,
fresh inputs and the switch build them again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.lang import kb, kb_tables

ROOT = Path(__file__).resolve().parent.parent


def _built() -> dict:
    return kb._all_tables()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(kb_tables.SWITCH_ENV, raising=False)
    monkeypatch.setattr(kb_tables, "_settled", lambda files: True)
    return tmp_path


def _kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("kb-tables-*.pickle"))


def test_tables_read_back_equal_the_tables_built(cache):
    calls = []

    def build():
        calls.append(1)
        return _built()

    first = kb_tables.kept(build)
    second = kb_tables.kept(build)
    assert len(calls) == 1 and len(_kept_files(cache)) == 1
    assert second == first == _built()
    assert second["forms"] == kb._built_forms()
    assert second["heads"] == kb._built_heads()
    assert second["row_of_name"] == kb._built_row_of_name()
    assert second["folded_names"] == kb._built_folded_names()
    assert second["matcher"] == kb._built_matcher()
    assert second["spellings"] == kb._built_spellings()


def test_the_extraction_tables_read_back_equal_the_tables_built(cache):
    from store.extract import checkpoint_names
    from store.extract.passes import kazakh_latin_places

    for build, name in (
        (kazakh_latin_places._built_table, "latin-places"),
        (checkpoint_names._built_names_by_prefix, "checkpoint-names"),
    ):
        built = build()
        kb_tables.kept(build, name, kb_tables.EXTRACT_INPUTS)
        read = kb_tables.kept(lambda: pytest.fail("built again"), name, kb_tables.EXTRACT_INPUTS)
        assert read == built and list(read) == list(built)
    assert len(_kept_files(cache)) == 2


def test_read_back_rows_are_shared_as_built(cache):
    kb_tables.kept(_built)
    tables = kb_tables.kept(lambda: pytest.fail("built again"))
    by_id = {}
    for f in tables["forms"]:
        assert by_id.setdefault(f.row.id, f.row) is f.row  # one Row object per row, as built
    index, _ = tables["matcher"]
    in_forms = {id(f) for f in tables["forms"]}
    assert all(id(f) in in_forms for fs in index.values() for f in fs)


def test_a_changed_input_names_another_file(cache, tmp_path, monkeypatch):
    data = tmp_path / "inputs"
    data.mkdir()
    made = data / "bodies.csv"
    made.write_text("id,name_ru\n", encoding="utf-8")
    monkeypatch.setattr(kb_tables, "_inputs", lambda parts: [made])
    kb_tables.kept(lambda: {"n": 1})
    assert kb_tables.kept(lambda: {"n": 2}) == {"n": 1}
    made.write_text("id,name_ru\nx,Икс\n", encoding="utf-8")
    assert kb_tables.kept(lambda: {"n": 3}) == {"n": 3}
    os.utime(made, ns=(1, 2))  # same size, another time
    assert kb_tables.kept(lambda: {"n": 4}) == {"n": 4}
    assert len(_kept_files(cache)) == 3


def test_a_damaged_file_is_built_again(cache):
    kb_tables.kept(lambda: {"n": 1})
    (path,) = _kept_files(cache)
    path.write_bytes(path.read_bytes()[:20])
    assert kb_tables.kept(lambda: {"n": 2}) == {"n": 2}
    path.write_bytes(b"not ours")
    assert kb_tables.kept(lambda: {"n": 3}) == {"n": 3}


def test_fresh_inputs_and_the_switch_keep_nothing(cache, monkeypatch):
    monkeypatch.setattr(kb_tables, "_settled", lambda files: False)
    assert kb_tables.kept(lambda: {"n": 1}) == {"n": 1}
    assert _kept_files(cache) == []
    monkeypatch.setattr(kb_tables, "_settled", lambda files: True)
    monkeypatch.setenv(kb_tables.SWITCH_ENV, "off")
    assert kb_tables.kept(lambda: {"n": 2}) == {"n": 2}
    assert _kept_files(cache) == []


def test_old_files_are_pruned_to_the_newest(cache, monkeypatch):
    for n in range(6):
        monkeypatch.setattr(kb_tables, "_stat_key", lambda files, n=n: f"k{n}")
        kb_tables.kept(lambda n=n: {"n": n})
    assert len(_kept_files(cache)) == kb_tables._KEEP


_PROBE = """
import json, sys
from store.lang import kb
sentences = sys.argv[1:]
out = [[(m.start, m.end, m.form.row.id, m.form.text) for m in kb.find(s)] for s in sentences]
out.append([kb.row_of_printed("organization", s) and kb.row_of_printed("organization", s).id for s in sentences])
print(json.dumps(out, ensure_ascii=False))
"""


def test_a_process_reading_the_tables_finds_what_a_building_one_finds(tmp_path):
    sentences = [
        "Пограничная служба Казахстана усилила охрану границы",
        "Делегация Министерства иностранных дел Кыргызстана прибыла в Астану",
        "ҚР ҰҚК Шекара қызметінің Жамбыл облысы бойынша департаменті хабарлады",
        "Кабинет министров",
        "Комитет государственных доходов Минфина",
    ]
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}

    def run(switch: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-c", _PROBE, *sentences],
            env={**env, kb_tables.SWITCH_ENV: switch},
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return proc.stdout

    built = run("off")
    writing = run("on")  # builds and keeps (the inputs are older than 3 s in a checkout)
    reading = run("on")
    assert built == writing == reading
    assert '"border-service"' in built and '"kgd"' in built  # the probe found bodies at all


_THREADS = """
import threading
from store.lang import kb
got = []
def ask(first):
    got.append((kb._matcher() if first else None, kb.forms(), kb._heads()))
threads = [threading.Thread(target=ask, args=(i % 2 == 0,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
forms = {id(f) for _, fs, _ in got for f in fs}
assert len({id(fs) for _, fs, _ in got}) == 1 and len({id(h) for _, _, h in got}) == 1
assert all(id(f) in forms for m, _, _ in got if m for fs in m[0].values() for f in fs)
print("ok")
"""


def test_threads_asking_at_once_share_one_build(tmp_path):
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT), kb_tables.SWITCH_ENV: "off"}
    proc = subprocess.run([sys.executable, "-c", _THREADS], env=env, capture_output=True, text=True, cwd=ROOT)
    assert proc.stdout.strip() == "ok", proc.stderr[-2000:]
