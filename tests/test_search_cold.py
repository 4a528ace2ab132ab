"""A fresh `borderdocs search` process pays only for what searching needs: sqlite-utils
is imported by writes and exports, not by opening a store and searching it; pymorphy2's
dictionary is found by its package path (no scan of every installed distribution)."""

from __future__ import annotations

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
