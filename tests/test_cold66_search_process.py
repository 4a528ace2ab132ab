"""What a fresh `borderdocs search` process loads and does once (stop 38, cold66), checked
without timing: the other commands' modules are not imported, the knowledge base's
search tables are read back from the cache folder (and equal a fresh build), the regular
expressions' cache file gives only the entries a process asks for, and the collector is
paused only in the program's own process. Made-up texts only."""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.cli import main
from store.cli.parser import build_parser
from store.db import store as db
from store.lang import kb_tables, lemmas
from store.model import Article, Extraction
from store.search import kept_tables, posts, search_kb, town_posts

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cold") / "s.db"
    st = db.open_store(path, write=True, create=True)
    body = "У пункта пропуска «Нур жолы» с утра стоят сорок грузовиков, сообщили водители."
    art = Article(file="1.txt", path="/in/1.txt", title="Грузовики у границы", body=body, raw=body)
    with st.conn:
        db.write_article(st, art, Extraction(lemmas=lemmas.lemmatize(art.title) + "\n" + lemmas.lemmatize(body)))
    st.close()
    return path


def _python(code: str, cache: Path, *args: str) -> list[str]:
    """`code` in a fresh interpreter of this checkout with `cache` as its cache folder; its stdout's lines."""
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.splitlines()


_AS_THE_PROGRAM = (
    "import contextlib, gc, io, sys\n"
    "from store.cli import main\n"
    "asked = sys.argv[3:]\n"
    "sys.argv = ['borderdocs', 'search', '--db', sys.argv[1], sys.argv[2], '--json']\n"
    "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
    "    rc = main()\n"
    "print(rc, out.getvalue().count('\"name\"') > 0)\n"
    "print(' '.join(m for m in asked if m in sys.modules) or '-')\n"
    "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
)
_OTHER_COMMANDS = (
    "store.cli.show",
    "store.cli.views",
    "store.db.board",
    "store.db.fact_reads",
    "store.db.directive_reads",
)


def test_a_search_process_imports_no_other_commands_modules(small_store, tmp_path):
    rc_hits, imported, _gc = _python(_AS_THE_PROGRAM, tmp_path, str(small_store), "нур жолы", *_OTHER_COMMANDS)
    assert rc_hits == "0 True"
    assert imported == "-"


def test_the_board_and_facts_options_are_there_when_their_command_is_read():
    parser = build_parser()
    args = parser.parse_args(["board", "--border", "китай", "--sort", "name", "--reverse"])
    assert (args.border, args.sort, args.reverse) == ("Китай", "name", True)
    assert parser.parse_args(["facts", "-b", "russia"]).border == "Россия"
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    board = dict(commands.choices.items())["board"]  # every parser whole, read any way
    assert "--kind" in board.format_help() and "--reported" in board.format_help()


def test_a_bad_border_is_still_refused_with_the_choices(capsys):
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["board", "--border", "марс"])
    assert stop.value.code == 2
    assert "Китай" in capsys.readouterr().err


def test_the_collector_is_paused_and_the_loaded_frozen_only_in_the_programs_own_process(small_store, tmp_path):
    lines = _python(_AS_THE_PROGRAM, tmp_path, str(small_store), "грузовики")
    assert lines[0] == "0 True" and lines[2] == "True True"
    frozen = gc.get_freeze_count()
    assert main(["search", "--db", str(small_store), "грузовики", "--json"]) == 0  # a caller's process
    # nothing frozen by the call (what an earlier test froze may only have been freed meanwhile)
    assert gc.isenabled() and gc.get_freeze_count() <= frozen


def test_the_kept_search_tables_are_read_back_equal_to_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv("BORDERDOCS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(kb_tables.SWITCH_ENV, raising=False)
    built = kb_tables.kept(kept_tables._build, "search", kept_tables.INPUTS)
    [path] = tmp_path.glob("kb-tables-search-*.pickle")
    read = kb_tables._read(path)
    assert read == built == kept_tables._build()
    assert set(read) == {"kb_rows", "title_spellings", "abbreviation_names", "row_surnames", "towns"}
    assert read["kb_rows"] == search_kb.built_kb_rows()
    assert read["towns"] == town_posts.built_towns()


def test_a_title_the_kept_tables_lack_is_spelled_as_before(monkeypatch):
    """A people table of a test (or a people.csv newer than the kept file's) names a
    title the kept spellings do not hold: it is spelled by the rules then and there."""
    monkeypatch.setattr(kept_tables, "tables", lambda: {"title_spellings": {}})
    posts._spelling_index.cache_clear()
    try:
        without = posts._spelling_index()
    finally:
        posts._spelling_index.cache_clear()
    assert without == posts._spelling_index()
    assert any("министр" in key or "minister" in key for key in without)


def test_a_process_unmarshals_only_the_regular_expressions_it_compiles(tmp_path):
    """The file's index is read whole; an entry only when its pattern is compiled."""
    warm = "import store.cli, store.ingest.worker; from store.ingest.warm import warm; warm()\n"
    _python(warm, tmp_path)
    probe = (
        "import marshal, store\n"
        "from store import regex_cache as r\n"
        "class Counting:\n"
        "    calls = 0\n"
        "    dumps = staticmethod(marshal.dumps)\n"
        "    def loads(self, data):\n"
        "        Counting.calls += 1\n"
        "        return marshal.loads(data)\n"
        "r.marshal = Counting()\n"
        "import re\n"
        "assert re.compile(r'(?P<n>\\d+)-(?P<m>\\w+)').match('12-ab').group('m') == 'ab'\n"
        "from store.cli import main\n"
        "print(Counting.calls, len(r._state['used']), len(r._table()))\n"
    )
    calls, used, held = map(int, _python(probe, tmp_path)[0].split())
    assert held > 300 and used < held / 2  # an ingest's patterns are in the file; a CLI uses fewer
    assert calls <= used + 1  # the index once, then one entry per pattern used


def test_pymorphy2_is_loaded_only_for_a_word_the_shipped_lemma_table_lacks(tmp_path):
    """Words of the shipped table are a lookup; the table's version check reads
    pymorphy2's version without importing it. A surname outside the table is parsed."""
    path = tmp_path / "q.db"
    st = db.open_store(path, write=True, create=True)
    body = "Очередь на границе выросла за ночь, сказал водитель Марат Жаксылыков."
    art = Article(file="1.txt", path="/in/1.txt", title="Очередь на границе", body=body, raw=body)
    with st.conn:
        db.write_article(st, art, Extraction(lemmas=lemmas.lemmatize(art.title) + "\n" + lemmas.lemmatize(body)))
    st.close()
    common = _python(_AS_THE_PROGRAM, tmp_path / "cache", str(path), "очереди", "pymorphy2")
    assert common[:2] == ["0 True", "-"]
    rare = _python(_AS_THE_PROGRAM, tmp_path / "cache", str(path), "Жаксылыкова", "pymorphy2")
    assert rare[1] == "pymorphy2"


def test_the_version_read_without_importing_is_pymorphy2s():
    import pymorphy2

    from store.lang import lemma_table

    assert lemma_table.versions()["pymorphy2"] == pymorphy2.__version__
