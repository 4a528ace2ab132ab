"""The lemmas of news words, computed once and shipped: a lookup instead of a parse.

A pymorphy2 parse costs about 30 µs, and every process (each ingest worker, each CLI
run) starts with an empty cache: over dev and factRu, two thirds of all parses were the
lemmas of words seen for the first time in that process, about 3 ms of CPU per article.
This table holds the lemma `store.lang.lemmas.parsed_lemma` gives (pymorphy2's first
normal form, ё as е) for every Cyrillic word of navec's news vocabulary (the 250,000
words natasha's NER model reads: 235,381 in Cyrillic), built by
scripts/make_lemma_table.py. Of the distinct words of dev and factRu, 85% are in it.

It is a DAWG (the compiled word graph pymorphy2 keeps its own dictionary in, read by
the same C extension), from each word to a rule: how many letters to cut from its end
and what to append; lemma_table.json holds the rules and the versions of pymorphy2 and
of its dictionary the table was built with. Under any other version the table is not
used: every lemma is parsed, as before it existed.
"""

from __future__ import annotations

import json
import os
import re
import sys
from importlib.resources import files
from importlib.util import find_spec

FORMAT = 1
_DATA = "lexicon/lemma_table"  # .dawg and .json, inside store/lang
_state: dict = {}  # "table": (words graph, rules) or None once looked for


def lookup(word: str) -> str | None:
    """The lemma of a lowered word (ё as е) from the table; None when the table does
    not hold the word, or cannot be used here."""
    table = _state["table"] if "table" in _state else _load_once()
    if table is None:
        return None
    graph, rules = table
    rule = graph.get(word)
    if rule is None:
        return None
    cut, tail = rules[rule]
    return (word[:-cut] if cut else word) + tail


def _load_once():
    _state["table"] = table = _load()
    return table


def _load():
    """The table, when its files are there, a DAWG reader is installed and it was built
    with the pymorphy2 and dictionary in use; else None."""
    try:
        import dawg  # the C extension pymorphy2 uses (package dawg2)
    except ImportError:
        return None
    try:
        folder = files("store.lang")
        meta = json.loads(folder.joinpath(_DATA + ".json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT or meta.get("versions") != versions():
            return None
        graph = dawg.IntDAWG()
        graph.load(os.fspath(folder.joinpath(_DATA + ".dawg")))
    except (OSError, ValueError, KeyError, TypeError):  # TypeError: a package inside a zip has no file path
        return None
    return graph, [tuple(rule) for rule in meta["rules"]]


def versions() -> dict:
    """What the lemmas depend on: pymorphy2's version and its dictionary's, read from
    the dictionary's own description (no analyzer loaded)."""
    from store.lang.lemmas import _dictionary_path

    path = _dictionary_path()
    about: dict = {}
    if path:
        with open(os.path.join(path, "meta.json"), encoding="utf-8") as f:
            about = dict(json.load(f))  # a list of [key, value] pairs
    keys = ("source_revision", "compiled_at", "corpus_revision")
    return {"pymorphy2": _pymorphy2_version(), "dictionary": {k: str(about.get(k)) for k in keys}}


def _pymorphy2_version() -> str:
    """pymorphy2's version, read from its version.py without importing the package: its
    __init__ imports the analyzer's modules (~7 ms of a search process whose words are all
    in the table, which never parses one; cold66). Imported when it cannot be read so."""
    loaded = sys.modules.get("pymorphy2")
    if loaded is None:
        try:
            spec = find_spec("pymorphy2")
            folder = spec.submodule_search_locations[0] if spec and spec.submodule_search_locations else ""
            with open(os.path.join(folder, "version.py"), encoding="utf-8") as f:
                found = re.search(r"^__version__ = [\"']([^\"']+)[\"']\s*$", f.read(), re.MULTILINE)
            if found:
                return found[1]
        except (OSError, ImportError, ValueError):
            pass
        import pymorphy2 as loaded
    return loaded.__version__


def rule(word: str, lemma: str) -> tuple[int, str]:
    """How `lemma` is made from `word`: letters cut from the end, letters appended."""
    common = os.path.commonprefix([word, lemma])
    return len(word) - len(common), lemma[len(common) :]


def write(pairs: list[tuple[str, str]], folder: str) -> int:
    """Write the table of (word, lemma) pairs to FOLDER/lemma_table.{dawg,json}; its rules' count."""
    import dawg

    by_rule: dict[tuple[int, str], int] = {}
    for word, lemma in pairs:
        by_rule[rule(word, lemma)] = by_rule.get(rule(word, lemma), 0) + 1
    rules = sorted(by_rule, key=lambda r: (-by_rule[r], r))
    number = {r: i for i, r in enumerate(rules)}
    graph = dawg.IntDAWG((word, number[rule(word, lemma)]) for word, lemma in pairs)
    graph.save(os.path.join(folder, "lemma_table.dawg"))
    meta = {"format": FORMAT, "versions": versions(), "words": len(pairs), "rules": [list(r) for r in rules]}
    with open(os.path.join(folder, "lemma_table.json"), "w", encoding="utf-8") as out:
        json.dump(meta, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
    return len(rules)
