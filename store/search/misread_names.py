"""Names pymorphy2 reads as other words: «Сырым» (a road post) as «сырой» 'raw',
«Таскала» as «таскать», «Семей» as «семья», «Орал» as «орало».

The full-text index holds lemmas (store.lang.lemmas), so a page naming the post and a
page on raw oil share the key «сырой», and a query of the name found both, the oil
page first when the word was more frequent there. The index cannot tell them apart
(keeping a name's own form as its key would take a schema bump and a rebuild), so the
query side does: when a query word is a word of a name the query matched (over 88), or
a case form of one («Сырыме», «Семее», «Таскалы»: the name's stem and up to two letters;
a lower-case form of the common word, «таскали», is the word), and the name word's
lemma is another word, the query's own full-text rows are kept only when their
title or body holds a capitalized word beginning as the query's word does but for its last
letter («Сырым», «Сырыме»; «Семей», «Семее»; «Тасқала» read with Russian letters), as a
name is written and inflected: the
lower-case «сырую нефть» is not the post, and neither is a sentence's «Сырой хлопок» (a
sentence's first word read as the common word: «Сырые овощи»). Only those queries read
the bodies of their candidate rows (at most a page of them). Their snippets are cut
around the name, not the common word before it (common_word_of_name).
"""

from __future__ import annotations

import re

from store.db import search_reads as reads
from store.lang.lemmas import readings, words
from store.lang.names import fold

NAME_TAGS = ("Geox", "Name", "Surn", "Orgn", "Abbr", "Patr", "Trad")
# adjectives made of a place name («Павлодарской»): their lemma is the name's own adjective
_PLACE_ADJECTIVE = re.compile("(?:ский|цкий|ской)$")
_CYRILLIC_WORD = re.compile("^[а-яё-]+$")
_WORD = re.compile(r"\w+(?:-\w+)*")
# a Kazakh page spells the name with its own letters («Тасқала» for «Таскала»)
_AS_RUSSIAN = str.maketrans("ёәғқңөұүһі", "еагкноуухи")


def misread_words(query: str, named: list[dict]) -> list[str]:
    """The words (lowered) of a name the query names (`named`: the focus entities of a
    split query, else the exact hits) that the query writes, as they are or in a case
    form («Сырыме», «Семее», «Таскалы»), and that pymorphy2 reads as a common word of
    another lemma."""
    held = _name_words(named)
    out: list[str] = []
    typed = words(query)
    for at, word in enumerate(typed):
        low = word.lower().replace("ё", "е")
        opens = at == 0 and len(typed) > 1  # a capital that opens a query of several words
        out.extend(name for name in held if _a_form_of(low, name) and _not_the_common_word(word, low, name, opens))
    out.extend(_spelled_in_latin(query, named))
    return [name for name in dict.fromkeys(out) if _read_as_another_word(name)]


def named_by_common_word(query: str, entity: dict) -> bool:
    """Did a query match this entity (under 100) only through the common word its name
    is read as? «сырые материалы» matches «Сырым» at 89, «семья водителя» «Семей» at 91,
    «таскали мешки» «Таскала» at 91, while no query word is the name or a form of it
    (misread_words finds none), and a query word has the common word's lemma: the name's
    spellings, searched in article text, are that lemma, and brought the post's pages
    to a query on raw materials."""
    if entity.get("score", 0.0) >= 100.0:
        return case_form_read_as_word(query, entity)
    typed = [w.lower().replace("ё", "е") for w in words(query) if _CYRILLIC_WORD.match(w.lower())]
    text = f"{entity.get('name') or ''} {entity.get('matched') or ''}".lower().replace("ё", "е")
    if not any(w[:3] in text for w in typed):  # no word shares a name word's start: no lemma either
        return False
    misread = [name for name in _name_words([entity]) if _read_as_another_word(name)]
    lemmas = {_lemma(w) for w in typed} if misread else set()
    return any(_lemma(name) in lemmas for name in misread) and not misread_words(query, [entity])


def case_form_read_as_word(query: str, entity: dict) -> bool:
    """Did a query of several words match this entity (at 100) only through a stored case
    form of its name («Таскали», «Таскалы» of «Таскала»: equal once folded) that the
    query writes as a word with no noun reading (the verb «таскали»)? A name's case form
    is a noun; a dictionary word that can only be a verb, adjective or adverb is that
    word, when nothing else in the query is a name either (no capitalized word after
    the first: «Таскали ящики» is about boxes). A lone word stays the name, as does a
    form that may be a noun («Орале»: the name's case and the plough's) or one the
    dictionary does not know («Майкапшагаю»)."""
    matched, name = entity.get("matched") or "", entity.get("name") or ""
    typed = words(query)
    if len(typed) < 2 or matched == name or len(words(matched)) != 1:
        return False
    key = fold(matched)
    at = next((i for i, w in enumerate(typed) if fold(w) == key), None)
    if at is None or any(w[:1].isupper() for i, w in enumerate(typed) if i and i != at):
        return False
    low, alias = typed[at].lower().replace("ё", "е"), matched.lower().replace("ё", "е")
    if (at and typed[at][:1].isupper()) or not _CYRILLIC_WORD.match(low):
        return False
    if not any(alias != word and _a_form_of(alias, word) for word in _name_words([{"name": name}])):
        return False
    return _no_noun_reading(low)


def _no_noun_reading(low: str) -> bool:
    """Is a lowered word one the dictionary knows, and never as a noun or a name?"""
    known = [p for p in readings(low) if p.is_known]
    return bool(known) and not any(p.tag.POS == "NOUN" or _name_tag(str(p.tag)) for p in known)


def _name_tag(tag: str) -> bool:
    """Does a pymorphy2 tag mark a name (NAME_TAGS)?"""
    return any(name_tag in tag for name_tag in NAME_TAGS)


def _spelled_in_latin(query: str, named: list[dict]) -> list[str]:
    """The lowered Cyrillic name words of the entities a query names by a Latin alias
    («Syrym», «Semey», «Taskala»): the name's pages are found by its Cyrillic spellings
    (store.search.name_spellings), whose lemmas are the common word's («сырой»), so the
    filter is wanted as for the name typed in Cyrillic. A name word counts when a Latin
    query word folds as it does (store.lang.names.fold: «Syrym» and «Сырым» alike)."""
    typed = {fold(w) for w in words(query) if not _CYRILLIC_WORD.match(w.lower())}
    if not typed:
        return []
    return [name for name in _name_words(named) if fold(name) in typed]


def _a_form_of(low: str, name: str) -> bool:
    """Is the lowered query word the lowered name word or a case form of it («сырыме»,
    «семее», «таскалы»: the name but its last letter, then an ending of up to two
    letters)? A form's own lemma is often another guess («сырым», «семый», «таскал»),
    while the entity matched by it is the name and its spellings are read as the
    common word, so the form asks for the name's filter as the name itself does."""
    if low == name:
        return True
    head = stem(name)
    return len(name) >= 4 and low.startswith(head) and len(low) - len(head) <= 2 and _ending_fits(low, name)


def _ending_fits(low: str, name: str) -> bool:
    """Can `low` be a Russian case form of the name? A name ending in a consonant keeps
    it whole and adds the ending («Сырым»: «Сырыма», «Сырыме», «Сырымом»; «Орал»:
    «Орале»); one ending in a vowel, «й» or «ь» changes that letter («Таскала»:
    «Таскалы»; «Семей»: «Семее»). «Сырые» (the name but its last letter, then «е») is
    the adjective, in any case it is typed in."""
    return name[-1] in _CHANGING_ENDS or low.startswith(name)


_CHANGING_ENDS = frozenset("аеёиоуыэюяйь")


def _not_the_common_word(word: str, low: str, name: str, first: bool = False) -> bool:
    """Is a query word that is a form of a name word not that common word instead? The name
    as written, a form read as another lemma («сырыме»: «сырым»), or a capitalized one
    («Орале»: «орало» as the name is); a lower-case form of the common word's lemma is the
    common word («таскали ящики», which also matches «Таскала» over 88). The capital of
    the `first` of several words says nothing: a user starts a query as a sentence
    («Таскали мешки» is the verb, as «таскали мешки» is); a lone word typed capitalized
    is the name («Орале»)."""
    return low == name or (word[:1].isupper() and not first) or _lemma(low) != _lemma(name)


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
        text = ((heads.get(rowid) or ("", ""))[1] or "") + ".\n" + (bodies.get(rowid) or "")  # both open a sentence
        if all(_capitalized_form(text, name) for name in names):
            kept.append((rowid, rank))
    return kept


def stem(name: str) -> str:
    """A lowered name word but its last letter (the whole of a word under four letters):
    the part its case forms share («сыры» of «сырым», «сырыме»)."""
    return name[:-1] if len(name) >= 4 else name


def capitalized_name(word: str, name: str, opens_sentence: bool = False) -> bool:
    """Is `word` a capitalized form of the lowered name word `name` (Kazakh letters
    read as Russian)? Not a sentence's first word read as the common word, unless it
    is the name as written: a title's «Сырые овощи подешевели» is not «Сырым», while
    «Таможенники Орала» («орало» too) is «Орал»."""
    if not (word[:1].isupper() and word.lower().translate(_AS_RUSSIAN).startswith(stem(name))):
        return False
    low = word.lower().replace("ё", "е")
    return not opens_sentence or low == name or _lemma(low) != _lemma(name)


def _lemma(low: str) -> str:
    """pymorphy2's first lemma of a lowered word («сырой» for «сырым», «сырые»)."""
    return readings(low)[0].normal_form.replace("ё", "е")


def _name_forms(text: str, name: str) -> bool:
    """Does `text` hold a capitalized form of the name (capitalized_name), each word
    read with whether it opens a sentence (the text's start, or after «.», «!», «?», «…»)?"""
    head = stem(name)
    for m in _WORD.finditer(text):
        word = m.group()
        if word[:1].isupper() and word.lower().translate(_AS_RUSSIAN).startswith(head):
            if capitalized_name(word, name, _opens_sentence(text, m.start())):
                return True
    return False


def _opens_sentence(text: str, start: int) -> bool:
    """Is the word at `start` a sentence's first: only quotes, dashes and spaces since
    the text's start or a sentence's end?"""
    before = text[max(0, start - 8) : start].rstrip(" «»\"'„“”—–-\n\t")  # a bounded look back: linear
    return not before or before[-1] in ".!?…"


def common_word_of_name(word: str, names: list[str] | None) -> bool:
    """Is `word` the common word a name of `names` is read as, written as that word
    (lower-case, or capitalized but not beginning as the name does: «сырую», «Сырой»
    for «Сырым»), not the name?"""
    if not names or any(capitalized_name(word, name) for name in names):
        return False
    lemma_ = _lemma(word.lower().replace("ё", "е"))
    return any(lemma_ == _lemma(name) for name in names)


def _capitalized_form(text: str, name: str) -> bool:
    """Does `text` hold a capitalized word beginning with the lowered `name` but for its
    last letter (the whole of a name under four letters)? A name's case endings change
    its end only; its lemma may be another word's («Семее»: not «семья»)."""
    return _name_forms(text, name)
