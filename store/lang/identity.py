"""The one identity key of a name: what makes two spellings one entity, within an
article (extraction) and across the store (store/db keys its entity rows by it).

`key` folds what never tells two names apart: invisible characters, case, ё/е, quotes
and brackets, the spacing around dashes and between words. `entity_key` adds, for
persons, the Kazakh letters folded to the Russian ones a Russian text writes
(«Қайрат Жұмабаев» and «Кайрат Жумабаев» are one man), and for bodies and places the
knowledge base's row: their Kazakh and Russian names are different words, which only the
base links («Көлік министрлігі» and «Министерство транспорта» are one body); a letter
fold would only blur them.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from store.lang import kb
from store.lang.kb import _usable as usable_form
from store.sanitize import strip_invisible

_QUOTES_AND_BRACKETS = re.compile(r"[«»\"“”„'()]")
_DASH = re.compile(r"\s*[-‐–—]\s*")

# Kazakh Cyrillic letters → the Russian letter a Russian text spells them with.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноуухи")


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The spelling-free identity of a name: «Пётр «ЁЖИКОВ»» and «петр ежиков» agree."""
    s = strip_invisible(name).lower().replace("ё", "е")
    s = _QUOTES_AND_BRACKETS.sub(" ", s)
    s = _DASH.sub("-", s)
    return " ".join(s.split())


def entity_key(type_: str, name: str) -> str:
    """The key one stored entity of `type_` is found by: a body or place the knowledge
    base knows by this name (in any script, its abbreviations and former names too) is
    keyed by its row, `kb:<row id>`; a person by `key` with the Kazakh letters folded to
    Russian, so one person is one row in either script; anything else by `key`."""
    k = key(name)
    if type_ == "person":
        return k.translate(KAZAKH_TO_RUSSIAN)
    row = _kb_names().get((type_, k))
    return f"{KB_PREFIX}{row.id}" if row else k


KB_PREFIX = "kb:"


def kb_row(entity_key_: str) -> kb.Row | None:
    """The knowledge-base row an entity key stands for, None for a key of no row."""
    if not entity_key_.startswith(KB_PREFIX):
        return None
    return _kb_rows().get(entity_key_[len(KB_PREFIX) :])


def kb_fingerprint() -> str:
    """What the knowledge base makes of names, as a short hash: a store keyed under
    another one is re-keyed (store.db.schema)."""
    names = sorted(f"{t}\t{k}\t{row.id}" for (t, k), row in _kb_names().items())
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _kb_rows() -> dict[str, kb.Row]:
    return {f.row.id: f.row for f in kb.forms()}


@lru_cache(maxsize=1)
def _kb_names() -> dict[tuple[str, str], kb.Row]:
    """(type, key) of every whole name the linking pass would use (store.lang.kb) → its
    row; a name two rows share belongs to neither."""
    rows: dict[tuple[str, str], kb.Row | None] = {}
    for f in kb.forms():
        if f.role == "pattern" or not usable_form(f):
            continue
        k = (f.row.type, key(f.text))
        rows[k] = f.row if rows.get(k, f.row) == f.row else None
    return {k: row for k, row in rows.items() if row is not None}
