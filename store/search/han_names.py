"""A query in Chinese characters read as the Russian name of the post it names: «霍尔果斯» is
«Хоргос», «阿拉山口口岸» «Алашанькоу».

The search key of a name is Latin letters and digits (store.lang.names.fold), so a name in
Chinese characters folds to nothing and such a query found nothing (issue 16), though the
gazetteer knows the Chinese names of the Chinese posts (foreign_posts.csv's `name_local`,
each with its source). Each such name in the query is replaced by the post's Russian name
before the search reads it; what else the query holds in Chinese characters folds away.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import gazetteer

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def han_names_as_russian(query: str) -> str:
    """The query with every post name written in Chinese characters replaced by the post's
    Russian name, the longest name first; the query itself when it has no such character."""
    if not _HAN.search(query):
        return query
    for han, russian in _names():
        query = query.replace(han, f" {russian} ")
    return " ".join(query.split())


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, str], ...]:
    """(name in Chinese characters, the post's Russian name), longest first."""
    out: dict[str, str] = {}
    for cp in (*gazetteer.all(), *gazetteer.foreign()):
        for name in cp.all_names():
            if _HAN.search(name) and not _HAN.sub("", name).strip():
                out.setdefault(name, cp.name_ru)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))
