"""The one identity key of a name: what makes two spellings one entity, within an
article (extraction) and across the store (store/db keys its entity rows by it).

`key` folds what never tells two names apart: invisible characters, case, ё/е, quotes
and brackets, the spacing around dashes and between words. `entity_key` adds, for
persons only, the Kazakh letters folded to the Russian ones a Russian text writes
(«Қайрат Жұмабаев» and «Кайрат Жумабаев» are one man) and the soft sign dropped, which
Russian spelling adds to Kazakh names and Kazakh spelling leaves out («Айгуль» and
«Айгүл» are one woman; schema 8 re-keyed the stored persons so). Bodies and places are not
folded that way: their Kazakh and Russian names are different words, which the
knowledge base links (a name one row of store/data holds keys the entity by that row:
schema 9 re-keyed the stored bodies and places so), and a letter fold would only blur them.
A body's name printed in a shape its row does not list but that still names that row alone
(«Пограничная служба Казахстана», «Қазақстан Үкіметі», «ҚМ Мемлекеттік кірістер комитеті»:
store.lang.kb.row_of_printed) keys the entity by that row too; a store made before keeps
such entities apart until they are re-keyed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.sanitize import strip_invisible

_QUOTES_AND_BRACKETS = re.compile(r"[«»\"“”„'()]")
_DASH = re.compile(r"\s*[-‐–—]\s*")

# Kazakh Cyrillic letters → the Russian letter a Russian text (or a Russian keyboard) spells them with.
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The spelling-free identity of a name: «Пётр «ЁЖИКОВ»» and «петр ежиков» agree."""
    s = strip_invisible(name).lower().replace("ё", "е")
    s = _QUOTES_AND_BRACKETS.sub(" ", s)
    s = _DASH.sub("-", s)
    return " ".join(s.split())


# The key of a body or place the knowledge base names: its row's id after this prefix.
KB_KEY = "kb:"


@lru_cache(maxsize=200_000)
def entity_key(type_: str, name: str) -> str:
    """The key one stored entity of `type_` is found by: `key`, and for a person also
    the Kazakh letters folded to Russian and no soft sign, so one person is one row in
    either script; for a body or place whose name (in any script) is one knowledge-base
    row's, that row («kb:kz»), so its Russian, Kazakh and Latin names are one row, and so
    are the shapes the press prints a body's name in (kb.row_of_printed); for a person whose
    name is one row's of store/data/people.csv (store.lang.people.row_of_name: a full name
    in any script, or a surname with its initial), that row («kb:p-tokayev»), so
    «Қасым-Жомарт Тоқаев», «Kassym-Jomart Tokayev» and «К. Тоқаев» are one person.

    Cached: the merger, the linker and the store's writes ask the same names again (about
    45 calls an article), and the tables it reads are fixed for the process."""
    k = key(name)
    if type_ == "person":
        from store.lang import people  # the people's table loads on first need

        row = people.row_of_name(name)
        return KB_KEY + row.id if row is not None else k.translate(KAZAKH_TO_RUSSIAN).replace("ь", "")
    if type_ in ("location", "organization"):
        from store.lang import kb  # kb imports this module's neighbours; loaded on first need

        row = kb.row_of_printed(type_, name)
        if row is not None:
            return KB_KEY + row.id
    return k
