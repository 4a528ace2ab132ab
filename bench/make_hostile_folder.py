"""Build a folder of everything a user's disk can hold, for an end-to-end ingest check.

    python bench/make_hostile_folder.py /tmp/hostile
    time borderdocs ingest /tmp/hostile --db /tmp/x.db

It holds the bundled sample (good articles), a 9 MB one-line text, a 200 MB text, a
50 MB JSON-lines record (plus good records around it), a FIFO, a symlink loop, and
about a dozen kinds of bad file. The ingest must end (within four minutes on two
cores), store every good article, name each bad file with its reason, and print no
traceback. Rerun after merging to measure again.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"
PARAGRAPH = (
    "Пункт пропуска «Хоргос» на границе Казахстана и Китая работает в штатном режиме, "
    "сообщили в Комитете государственных доходов Министерства финансов. "
)


def build(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    (out / "sample").mkdir(parents=True)
    for f in sorted(SAMPLE.glob("*.txt")):
        shutil.copy(f, out / "sample" / f.name)
    _big_files(out / "big")
    _bad_files(out / "bad")
    _links_and_pipes(out / "odd")


def _big_files(d: Path) -> None:
    d.mkdir()
    (d / "one_line_9mb.txt").write_text(
        "Огромная статья\n\n" + PARAGRAPH * (9 * 1024 * 1024 // len(PARAGRAPH.encode())), encoding="utf-8"
    )
    with open(d / "text_200mb.txt", "w", encoding="utf-8") as fh:
        chunk = (PARAGRAPH + "\n") * 1000
        for _ in range(200 * 1024 * 1024 // len(chunk.encode())):
            fh.write(chunk)
    good = {"title": "Достык работает", "text": "Пункт пропуска «Достык» открыт для грузовиков, сообщили в КГД."}
    with open(d / "record_50mb.jsonl", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good, ensure_ascii=False) + "\n")
        fh.write(
            json.dumps(
                {"title": "Огромная запись", "text": PARAGRAPH * (50 * 1024 * 1024 // len(PARAGRAPH.encode()))},
                ensure_ascii=False,
            )
            + "\n"
        )
        fh.write(json.dumps({**good, "title": "Достык работает снова"}, ensure_ascii=False) + "\n")


def _bad_files(d: Path) -> None:
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (d / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    (d / "truncated.txt.gz").write_bytes(gzip.compress(PARAGRAPH.encode() * 50)[:100])
    (d / "invalid.json").write_text('{"title": "x", "text": ', encoding="utf-8")
    (d / "no_text.json").write_text(json.dumps({"title": "Без текста", "date": "2025-01-01"}), encoding="utf-8")
    (d / "utf16_no_bom.txt").write_bytes((PARAGRAPH * 3).encode("utf-16-le"))
    (d / "x.txt").mkdir()  # a directory named like a file
    locked = d / "unreadable.txt"
    locked.write_text(PARAGRAPH.replace("Хоргос", "Нур Жолы") * 3, encoding="utf-8")
    locked.chmod(0)  # root can still read it
    (d / "huge_line.txt").write_text("Длинная строка\n\n" + "слово" * 400_000, encoding="utf-8")
    (d / "nul_bytes.txt").write_bytes(b"\x00" * 100 + PARAGRAPH.encode() + b"\x00" * 100)
    (d / "evil\x1b]52;c;aGk=\x07name\x1b[31m.txt").write_text(
        PARAGRAPH.replace("Хоргос", "Майкапчагай") * 2, encoding="utf-8"
    )
    damaged = (PARAGRAPH.replace("Хоргос", "Алтынколь") * 4).encode()
    (d / "damaged_utf8.txt").write_bytes(damaged[:50] + b"\xff\xfe" + damaged[50:])


def _links_and_pipes(d: Path) -> None:
    (d / "loop" / "inner").mkdir(parents=True)
    (d / "loop" / "inner" / "note.txt").write_text(PARAGRAPH.replace("Хоргос", "Бахты") * 2, encoding="utf-8")
    os.symlink(d / "loop", d / "loop" / "inner" / "back")  # loop/inner/back -> loop
    os.symlink(d / "missing-target", d / "dangling.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(d / "pipe.txt")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    build(parser.parse_args().out)
