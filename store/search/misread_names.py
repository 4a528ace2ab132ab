"""Names pymorphy2 reads as other words: «Сырым» (a road post) as «сырой» 'raw',
«Таскала» as «таскать», «Семей» as «семья», «Орал» as «орало».

The full-text index holds lemmas (store.lang.lemmas), so a page naming the post and a
page on raw oil share the key «сырой», and a query of the name found both, the oil
page first when the word was more frequent there. The index cannot tell them apart
(keeping a name's own form as its key would take a schema bump and a rebuild), so the
query side does: when a query word is a word of a name the query matched exactly and
its lemma is another word, the query's own full-text rows are kept only when their
title or body holds a capitalized word beginning as the query's word does but for its last
letter («Сырым», «Сырыме»; «Семей», «Семее»; «Тасқала» read with Russian letters), as a
name is written and inflected: the
lower-case «сырую нефть» is not the post, and neither is a sentence's «Сырой хлопок». Only those queries read
the bodies of their candidate rows (at most a page of them).
"""

from __future__ import annotations

import re

from store.db import search_reads as reads
from store.lang.lemmas import readings, words

NAME_TAGS = ("Geox", "Name", "Surn", "Orgn", "Abbr", "Patr", "Trad")
# adjectives made of a place name («Павлодарской»): their lemma is the name's own adjective
_PLACE_ADJECTIVE = re.compile("(?:ский|цкий|ской)$")
_CYRILLIC_WORD = re.compile("^[а-яё-]+$")
# a Kazakh page spells the name with its own letters («Тасқала» for «Таскала»)
_AS_RUSSIAN = str.maketrans("ёәғқңөұүһі", "еагкноуухи")


def misread_words(query: str, named: list[dict]) -> list[str]:
    """The query's words (lowered) that a name the query names holds (`named`: the focus
    entities of a split query, else the exact hits) and that pymorphy2 reads as a
    common word of another lemma."""
    held = _name_words(named)
    out = []
    for word in words(query):
        low = word.lower().replace("ё", "е")
        if low in held and _read_as_another_word(low):
            out.append(low)
    return list(dict.fromkeys(out))


def _name_words(named: list[dict]) -> set[str]:
    """The lowered capitalized words of the names and matched aliases of these entities
    («Павлодарская область»'s «область» is a common word of the name, written so)."""
    held: set[str] = set()
    for e in named:
        for text in (e.get("name") or "", e.get("matched") or ""):
            held.update(w.lower().replace("ё", "е") for w in words(text) if w[:1].isupper())
    return held


def _read_as_another_word(low: str) -> bool:
    """Is a lowered Russian word's first reading a common word whose lemma is not itself?"""
    if not _CYRILLIC_WORD.match(low):
        return False
    first = readings(low)[0]
    normal = first.normal_form.replace("ё", "е")
    if normal == low or _PLACE_ADJECTIVE.search(normal):
        return False
    tag = str(first.tag)
    return not any(name_tag in tag for name_tag in NAME_TAGS) and first.is_known


def holding_names(conn, rows: list[tuple[int, float]], names: list[str]) -> list[tuple[int, float]]:
    """Those `rows` (rowid, bm25) whose title or body holds, for each of the lowered
    `names` (misread_words), a capitalized form of it."""
    if not rows or not names:
        return rows
    rowids = [r[0] for r in rows]
    bodies = reads.article_bodies_by_rowid(conn, rowids)
    heads = reads.article_heads_by_rowid(conn, rowids)
    kept = []
    for rowid, rank in rows:
        text = ((heads.get(rowid) or ("", ""))[1] or "") + " " + (bodies.get(rowid) or "")
        if all(_capitalized_form(text, name) for name in names):
            kept.append((rowid, rank))
    return kept


def _capitalized_form(text: str, name: str) -> bool:
    """Does `text` hold a capitalized word beginning with the lowered `name` but for its
    last letter (the whole of a name under four letters)? A name's case endings change
    its end only; its lemma may be another word's («Семее»: not «семья»)."""
    head = name[:-1] if len(name) >= 4 else name
    return any(w[:1].isupper() and w.lower().translate(_AS_RUSSIAN).startswith(head) for w in words(text))
