"""The names an entity goes by in every script, to search article text with.

An article prints a name in its own language: a Russian page «Достык», a Kazakh one
«Достық», an English one «Dostyk». A query's own lemmas reach the pages of its script
only, so the article search also looks for the other spellings of the entities the query
names (store.search.search._articles, search_total).
"""

from __future__ import annotations

import re
from itertools import zip_longest

from store.db import search_reads as reads

MOST_SPELLINGS = 12  # names searched at most (each is one FTS phrase)

_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


def script_of(text: str) -> str:
    """«kazakh» (a Kazakh letter), «russian» (other Cyrillic), «latin», or «» (none)."""
    if _KAZAKH.search(text):
        return "kazakh"
    if _CYRILLIC.search(text):
        return "russian"
    return "latin" if _LATIN.search(text) else ""


def name_spellings(
    conn, entities: list[dict], kb_names: list[str], query: str, most: int = MOST_SPELLINGS
) -> list[str]:
    """The names the matched entities go by in the store (and their knowledge-base rows'
    Cyrillic names), each spelling once whatever its capitals or dashes («Темир-Баба»,
    «Темир баба»), taken from each script in turn, the query's own last: a name with
    many Latin transliterations («Komitet gosudarstvennykh dokhodov …») leaves room for
    its Russian and Kazakh names, and an abbreviation («КГД») still reaches the pages
    that print the name in full in its own script."""
    return _in_turn(_by_script(conn, entities, kb_names), script_of(query), most)


def name_spellings_any_query(
    conn, entities: list[dict], kb_names: list[str], most: int = MOST_SPELLINGS
) -> list[list[str]]:
    """name_spellings for a query of each script, each distinct list once (the names read
    once): what a search of these entities with words of any script after them would
    rank (store.search.search.read_ahead), before those words are typed."""
    by_script = _by_script(conn, entities, kb_names)
    lists = (_in_turn(by_script, own, most) for own in ("latin", "russian", "kazakh"))
    return list({tuple(sorted(found)): found for found in lists}.values())


def _by_script(conn, entities: list[dict], kb_names: list[str]) -> dict[str, list[str]]:
    """The entities' names (and `kb_names`), each spelling once, by script."""
    ids = [e["id"] for e in entities if isinstance(e["id"], int) and e["id"] > 0]
    by_script: dict[str, list[str]] = {}
    for name in _once(reads.aliases_of_entities(conn, ids, 200) + kb_names):
        script = script_of(name)
        if script:
            by_script.setdefault(script, []).append(name)
    return by_script


def _in_turn(by_script: dict[str, list[str]], own: str, most: int) -> list[str]:
    """One name of each script in turn, the `own` script's last, `most` at most."""
    groups = [names for script, names in by_script.items() if script != own] + [by_script.get(own, [])]
    return [name for round_ in zip_longest(*groups) for name in round_ if name][:most]


def _once(spellings: list[str]) -> list[str]:
    """The spellings without repeats that differ only by case, dashes or spaces."""
    out: dict[str, str] = {}
    for name in spellings:
        out.setdefault(" ".join(name.lower().replace("-", " ").split()), name)
    return list(out.values())
