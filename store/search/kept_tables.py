"""The search's tables built from the knowledge base, kept between processes.

Every fresh process's first search built these whatever it asked: the knowledge base's
rows with every name they go by (search_kb.kb_rows: the six files parsed, each name
folded, ~50 ms of CPU) and the Kazakh and English spellings of each people.csv post
title (posts._title_spellings, read by every query that is not a post said the Russian
way, «khorgos» too: ~75 ms); and, for some queries, the abbreviations' names (~20 ms),
the person rows' surnames (~9 ms) and the towns facing posts (~9 ms). Together a
quarter and more of a `borderdocs search` process at a million aliases (stop 38,
cold66). They depend only on store/data and the code of store/lang and store/search, so
they are kept the way the extraction's tables are (store/lang/kb_tables.py: one pickle
in the user's cache folder named by those files' stats) and read back in a few
milliseconds. BORDERDOCS_KB_TABLES=off builds them in every process, as before.
"""

from __future__ import annotations

from functools import lru_cache

from store.lang import kb_tables

INPUTS = ("lang", "data", "search")  # the folders of `store` the tables are built from


@lru_cache(maxsize=1)
def tables() -> dict:
    """{"kb_rows": search_kb's rows, "title_spellings": {a post title: its folded spellings},
    "abbreviation_names", "row_surnames": search_kb's, "towns": town_posts'}."""
    return kb_tables.kept(_build, "search", INPUTS)


def _build() -> dict:
    # imported here: these modules read their tables through this one
    from store.search import posts, search_kb, town_posts

    rows = search_kb.built_kb_rows()
    return {
        "kb_rows": rows,
        "title_spellings": posts.built_title_spellings(),
        "abbreviation_names": search_kb.built_abbreviation_names(rows),
        "row_surnames": search_kb.built_row_surnames(rows),
        "towns": town_posts.built_towns(),
    }
