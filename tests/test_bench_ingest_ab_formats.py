"""bench/ingest_ab.py's `--formats all` corpus (stop 43, perf81).

ingest_ab read `.txt` only, so for 15 stops it could not see that a process which read an
HTML page saved no regex cache (perf79). The all-formats corpus must hold every format the
readers take, count a dump's records as its texts, keep `.txt` repeated as before, and
print each format's CPU per text above the start-up run's.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("ingest_ab", ROOT / "bench" / "ingest_ab.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ab = _load()


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Заголовок\n\nНа посту «Пример» ждали сорок фур.\n", encoding="utf-8")
    (src / "b.txt").write_text("Другой заголовок\n\nГраницу закрыли на ремонт.\n", encoding="utf-8")
    (src / "page.html").write_text("<html><body><h1>Заголовок</h1><p>Текст.</p></body></html>", encoding="utf-8")
    rows = [{"title": f"Запись {k}", "text": f"Текст записи {k}."} for k in range(3)]
    (src / "dump.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8"
    )
    (src / "notes.md").write_text("не статья", encoding="utf-8")
    return src


def test_every_format_is_gathered_and_a_record_counts_as_a_text(tmp_path):
    into = tmp_path / "corpus"
    counts = ab.gather_formats([_folder(tmp_path)], 2, into)
    assert counts == {"txt": 4, "html": 1, "jsonl": 3}
    assert len(list((into / "txt").glob("*.txt"))) == 4  # .txt repeated as the default corpus
    assert [p.name for p in (into / "html").iterdir()] == ["src_page.html"]  # a page once
    assert [p.name for p in (into / "jsonl").iterdir()] == ["src_dump.jsonl"]


def test_a_format_the_folder_lacks_counts_zero(tmp_path):
    src = tmp_path / "only_text"
    src.mkdir()
    (src / "a.txt").write_text("Заголовок\n\nТекст.\n", encoding="utf-8")
    assert ab.gather_formats([src], 1, tmp_path / "corpus") == {"txt": 1, "html": 0, "jsonl": 0}


def test_per_format_cpu_is_above_the_start_up_run():
    cpu_s = {"start-up": [1.5, 1.2], "txt": [5.2, 4.2], "html": [2.0, 2.2], "jsonl": [1.5, 1.8], "all": [6.0]}
    line = ab.per_format_line("A", cpu_s, {"txt": 100, "html": 10, "jsonl": 6})
    assert line == "A: start-up 1.20 s; txt 30.0 ms/text (100); html 80.0 ms/text (10); jsonl 50.0 ms/text (6)"
