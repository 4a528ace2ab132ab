"""A fresh `borderdocs search` process pays only for what searching needs: sqlite-utils
is imported by writes and exports, not by opening a store and searching it; pymorphy2's
dictionary is found by its package path (no scan of every installed distribution)."""

from __future__ import annotations

import os
import subprocess
import sys

from store.db import store as db
from store.lang import lemmas
from store.model import Article, Extraction


def _write(path) -> None:
    st = db.open_store(path, write=True, create=True)
    body = "На пункте пропуска выросла очередь грузовиков."
    art = Article(file="1.txt", path="/in/1.txt", title="Очередь на границе", body=body, raw=body)
    with st.conn:
        db.write_article(st, art, Extraction(lemmas=lemmas.lemmatize(art.title) + "\n" + lemmas.lemmatize(body)))
    st.close()


def test_searching_a_store_does_not_import_sqlite_utils(tmp_path):
    path = tmp_path / "s.db"
    _write(path)
    code = (
        "import sys\n"
        "from store.db import store as db\n"
        "from store.search.search import search\n"
        f"st = db.open_store({str(path)!r})\n"
        "hits = search(st, 'очереди', limit=5)\n"
        "print(len(hits), 'sqlite_utils' in sys.modules, 'pkg_resources' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "False", "False"]


def test_the_store_still_gives_sqlite_utils_when_asked(tmp_path):
    path = tmp_path / "s.db"
    _write(path)
    st = db.open_store(path)
    assert st.db.conn is st.conn  # the Database wraps the store's own connection
    assert st.db["articles"].count == 1
    assert st.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    st.close()


def test_the_dictionary_is_found_by_its_package_path():
    path = lemmas._dictionary_path()
    assert path is not None and path.endswith("data")
    assert lemmas.lemma("пунктов") == "пункт"


def test_a_search_process_imports_neither_yargy_nor_numpy_ma(tmp_path):
    """yargy only patched pymorphy2 (store.lang.lemmas does that itself now), and
    np.unique's first call imported numpy.ma (trigrams.unique_ints sorts instead)."""
    path = tmp_path / "s.db"
    _write(path)
    code = (
        "import sys\n"
        "from store.db import store as db\n"
        "from store.search.search import search\n"
        f"st = db.open_store({str(path)!r})\n"
        "hits = search(st, 'очереди на пункте', limit=5) + search(st, 'khorgos', limit=5)\n"
        "print(len(hits) > 0, 'yargy' in sys.modules, 'numpy.ma' in sys.modules)\n"
    )
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert run.stdout.split() == ["True", "False", "False"]


def test_lemmas_without_yargy_are_the_lemmas_with_it():
    """The Python 3.11 fix of pymorphy2 here gives the analyzer yargy's fix gave."""
    code = "from store.lang import lemmas\nprint(lemmas.lemmatize('пунктами пропуска стали грузовики Бектенова'))\n"
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    code_y = code.replace("from store.lang import lemmas\n", "import yargy.morph\nfrom store.lang import lemmas\n")
    patched = subprocess.run([sys.executable, "-c", code_y], capture_output=True, text=True, check=True)
    assert plain.stdout == patched.stdout
    assert plain.stdout.split()[:4] == ["пункт", "пропуск", "стать", "грузовик"]


def test_a_second_process_maps_the_knowledge_base_index(tmp_path):
    """The first process writes the knowledge base's index to the cache folder; the
    next one maps it and never builds it (its builder is made to fail there)."""
    cache = tmp_path / "cache"
    env = {**os.environ, "BORDERDOCS_CACHE_DIR": str(cache)}
    first = "from store.search import search_kb\nprint(search_kb.kb_index()[0].match('VKO')[0][0])\n"
    out1 = subprocess.run([sys.executable, "-c", first], capture_output=True, text=True, check=True, env=env).stdout
    assert len(list(cache.glob("kb-index-*.search-index"))) == 1
    second = (
        "from store.search import search_kb\n"
        "def fail():\n    raise AssertionError('built again')\n"
        "search_kb._build_kb_index = fail\n"
        "print(search_kb.kb_index()[0].match('VKO')[0][0])\n"
    )
    out2 = subprocess.run([sys.executable, "-c", second], capture_output=True, text=True, check=True, env=env).stdout
    assert out1 == out2 and out1.strip()
