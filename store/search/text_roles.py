"""People an article names right after the Kazakh post a query names: «Кентау әкімі»,
«Келес ауданының әкімі», «Сенат төрағасы», «Алматы облысы әкімінің кеңесшісі».

Kazakh writes a post before the name, its head word last («Кентау қаласының әкімі
Жандос Тасов»), and extraction keeps no role from Kazakh text, so role_holders cannot
answer such a query. The articles can: among the newest that hold the query's words,
a person whose mention follows the head word, with the query's other words in order in
the few words before it and in the same sentence, holds the post. Asked only for a
query that ends with a Kazakh head word and found no holder otherwise.
"""

from __future__ import annotations

import re

from store.db import search_reads as reads
from store.lang import names
from store.search.articles import fts_expression

MOST_ARTICLES = 30  # the newest articles holding the query's words that are read
MOST = 3  # people returned
BEFORE = 160  # characters before a mention read for its post
WORDS_BEFORE = 10  # the post's other words are looked for among this many words before the head

# Kazakh head words of a post, by their start: «әкімі», «төрағасы», «басшысы», «кеңесшісі»
_HEADS = ("әкім", "төраға", "басшы", "директор", "министр", "кеңесші", "орынбасар", "спикер", "бастығ", "елші")
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[\w-]+")


def text_role_holders(conn, query: str) -> list[int]:
    """Ids of the stored persons the newest articles name right after the Kazakh post the
    query names, the one named so most often first; [] for a query of another shape."""
    words = _WORD.findall(query.lower())
    if len(words) < 2 or not words[-1].startswith(_HEADS):
        return []
    expr, lemmas = fts_expression(query)
    if not lemmas:
        return []
    rowids = [r for r, _score in reads.fts_newest_scored(conn, expr, MOST_ARTICLES)]
    counts: dict[int, int] = {}
    for _rowid, (aid, title, body, *_rest) in reads.articles_by_rowid(conn, rowids).items():
        texts = {"title": title or "", "body": body or ""}
        for eid, field, start in _person_mentions(conn, aid):
            if start is not None and field in texts and _post_before(texts[field], start, words):
                counts[eid] = counts.get(eid, 0) + 1
    return sorted(counts, key=lambda eid: (-counts[eid], eid))[:MOST]


def _person_mentions(conn, article_id: str) -> list[tuple[int, str, int | None]]:
    sql = (
        "SELECT m.entity_id, m.field, m.start FROM mentions m JOIN entities e ON e.id = m.entity_id"
        " WHERE m.article_id = ? AND e.type = 'person'"
    )
    return conn.execute(sql, (article_id,)).fetchall()


def _post_before(text: str, start: int, words: list[str]) -> bool:
    """Does the text before a mention end with the query's head word, its other words in
    order among the few words before, in the same sentence?"""
    before = text[max(0, start - BEFORE) : start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    if before and not before[-1].isspace() and before[-1] not in "«\"'":
        return False  # the mention does not begin a word after a space or a quote
    raw = _WORD.findall(before)
    if len(raw) > 1 and raw[-1][:1].isupper() and names.fold(raw[-2]) == names.fold(words[-1]):
        raw = raw[:-1]  # a given name the mention leaves out: «кеңесшісі Ғалымұрат [Жүкел]»
    said = [names.fold(w) for w in raw]
    if not said or said[-1] != names.fold(words[-1]):
        return False
    at = 0
    window = said[-1 - WORDS_BEFORE : -1]
    for word in words[:-1]:
        key = names.fold(word)
        at = next((i + 1 for i in range(at, len(window)) if _same_start(key, window[i])), -1)
        if at < 0:
            return False
    return True


def _same_start(key: str, word: str) -> bool:
    """One word, in a case ending or another: the same first letters, all but two of the
    shorter («кентау», «кентаудың»; «алматы», «алматы»)."""
    short = min(len(key), len(word))
    need = max(4, short - 2)
    return short >= 2 and key[:need] == word[:need]
