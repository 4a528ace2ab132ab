"""The regular-expression cache keeps what a process that read an HTML page compiled
(store/regex_cache.py). trafilatura's XPath expressions hand `re` lxml's own str
subclass; marshal refuses it, and before stop 43 one such key made the whole save fail,
so every later process compiled its ~1,000 patterns again. Made-up pages only."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from store import regex_cache

ROOT = Path(__file__).resolve().parent.parent

_PAGE = """<html><head><title>Очередь на посту «Тестовый» выросла</title></head><body>
<article><h1>Очередь на посту «Тестовый» выросла</h1>
<p>В понедельник на пункте пропуска «Тестовый» в Абайской области скопилось около
сорока грузовиков, сообщила пресс-служба условного департамента.</p>
<p>Водителям советуют выбирать соседние пункты пропуска.</p></article>
<div id="comments" class="comment-list"><p>Комментарий читателя</p></div>
</body></html>
"""

# Read, parse and extract one page, then print how many patterns were compiled anew and used.
_PROBE = """
import sys
from store.reading.read import read_path
from store.reading.parse import parse
from store.extract.extractor import Extractor
from store import regex_cache as r
[doc] = read_path(sys.argv[1])
Extractor().extract(parse(doc))
print(r._state['added'], len(r._state['used']))
"""


def _read_page(page: Path, cache: Path) -> tuple[int, int]:
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(page)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    added, used = proc.stdout.split()[-2:]
    return int(added), int(used)


def test_a_second_process_reading_an_html_page_compiles_next_to_nothing(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(_PAGE, encoding="utf-8")
    cache = tmp_path / "cache"
    first_added, _ = _read_page(page, cache)
    added, used = _read_page(page, cache)
    assert first_added > 300  # the first process compiled the store's patterns itself
    assert used > 300 and added <= 5  # the second built them from the file the first wrote


class _Subclass(str):
    """A str subclass, as lxml hands an XPath's regular expression to `re`."""


def test_a_pattern_given_as_a_str_subclass_is_saved_as_plain_text(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(tmp_path))
    monkeypatch.setitem(regex_cache._state, "used", {})
    monkeypatch.setitem(regex_cache._state, "added", 0)
    monkeypatch.setitem(regex_cache._state, "adder", os.getpid())
    monkeypatch.setitem(regex_cache._state, "table", regex_cache._Indexed())
    pattern = _Subclass("^отзывы|список-?комментариев")
    compiled = regex_cache.compile_cached(pattern, 0)
    assert compiled.match("список-комментариев")
    for n in range(regex_cache.MIN_NEW):
        regex_cache.compile_cached(f"пост-{n}-[0-9]+", 0)
    regex_cache.save()
    saved = regex_cache._read(regex_cache._path())
    assert (False, "^отзывы|список-?комментариев", 0) in saved
    assert all(type(p) is str for _, p, _ in saved)


def test_an_entry_marshal_refuses_is_left_out_not_the_file(tmp_path):
    good = regex_cache._arguments("пункт-[0-9]+", 0)
    table = {(False, "пункт-[0-9]+", 0): good, (False, _Subclass("иное"), 0): good}
    path = tmp_path / "regex-test.marshal"
    path.write_bytes(regex_cache._packed(table, dict.fromkeys(table, 0)))
    assert regex_cache._read(str(path)) == {(False, "пункт-[0-9]+", 0): good}


# perf72: the file's index is a table of hashed slots, read where a key's hash points.


def test_a_key_is_served_only_its_own_entry_when_hashes_collide(tmp_path, monkeypatch):
    """Every key hashed alike: each still gets its own pattern, a key not in the file none."""
    monkeypatch.setattr(regex_cache, "_hashed", lambda key: 7)
    table = {(False, p, 0): regex_cache._arguments(p, 0) for p in ("пост-[0-9]+", "(?P<n>\\d+)", "x|y")}
    path = tmp_path / "regex-test.marshal"
    path.write_bytes(regex_cache._packed(table, dict.fromkeys(table, 0)))
    opened = regex_cache._Indexed.open(str(path))
    for key, entry in table.items():
        assert opened.get(key) == entry
    assert opened.get((False, "другой", 0)) is None
    assert opened.get((True, b"x|y", 0)) is None  # the same text as bytes is another key
    assert regex_cache._read(str(path)) == table


def test_opening_the_file_unmarshals_no_key(tmp_path, monkeypatch):
    """Opening reads the head alone; a lookup one entry (its key checked), not the index."""
    table = {(False, f"пункт-{n}-[0-9]+", 0): regex_cache._arguments(f"пункт-{n}-[0-9]+", 0) for n in range(500)}
    path = tmp_path / "regex-test.marshal"
    path.write_bytes(regex_cache._packed(table, dict.fromkeys(table, 3)))
    loads = []
    monkeypatch.setattr(
        regex_cache, "marshal", type("M", (), {"loads": lambda self, d: loads.append(len(d)) or marshal.loads(d)})()
    )
    opened = regex_cache._Indexed.open(str(path))
    assert len(loads) == 1 and loads[0] < 100  # the format and the number of slots
    assert opened.get((False, "пункт-42-[0-9]+", 0)) == table[(False, "пункт-42-[0-9]+", 0)]
    assert len(loads) == 2
    assert regex_cache._read_aged(str(path))[1] == dict.fromkeys(table, 3)


def test_a_damaged_slot_table_serves_nothing_wrong(tmp_path):
    """Slots pointing at the wrong entries (a file damaged in place): no key gets another's pattern."""
    table = {(False, p, 0): regex_cache._arguments(p, 0) for p in ("a+", "b+", "c+", "d+")}
    data = bytearray(regex_cache._packed(table, dict.fromkeys(table, 0)))
    size = int.from_bytes(data[: regex_cache._HEAD], "little")
    start = regex_cache._HEAD + size
    slots = marshal.loads(bytes(data[regex_cache._HEAD : start]))[1]
    rows = [regex_cache._SLOT.unpack_from(data, start + n * 16) for n in range(slots)]
    used = [n for n, row in enumerate(rows) if row[2]]
    for n, m in zip(used, used[1:] + used[:1], strict=True):  # each slot's hash now points at its neighbour's entry
        regex_cache._SLOT.pack_into(data, start + n * 16, rows[n][0], rows[m][1], rows[m][2])
    path = tmp_path / "regex-test.marshal"
    path.write_bytes(bytes(data))
    opened = regex_cache._Indexed.open(str(path))
    assert all(opened.get(key) in (None, entry) for key, entry in table.items())
    assert all(opened.get(key) is None for key in table)
