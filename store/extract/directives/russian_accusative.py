"""The addressee of «обязал»: the verb governs the accusative («обязал Министерство транспорта …»,
«обязал акимов областей и Пограничную службу …»), where «поручил» governs the dative, so the
dative reader finds nobody there (dir106).
"""

from __future__ import annotations

from store.extract.directives.russian_addressees import _genitive_tail, has_case
from store.lang.morphology import inflect, match_case, parses

Words = list[tuple[int, str]]


def accusative_np(words: Words, lo: int, hi: int) -> list[tuple[int, int]]:
    """The accusative noun phrases opening words[lo:hi], each with its adjectives and genitive
    tail, joined by «и» or commas: [(i, j), …] word ranges, [] when the slot opens otherwise.
    Only the slot right after the verb is read: a noun in the accusative further on is the
    order's own object («обустроить стоянки»)."""
    parts: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        head = _head(words, i, hi)
        if head is None:
            break
        j = _genitive_tail(words, head + 1, hi)
        parts.append((i, j))
        if j + 1 < hi and words[j][1] in {",", "и"} and _head(words, j + 1, hi) is not None:
            i = j + 1
            continue
        break
    return parts


def _head(words: Words, i: int, hi: int) -> int | None:
    """The accusative noun of a phrase starting at i, past its accusative adjectives: its index,
    None when words[i] starts no such phrase. A noun read first as an infinitive's neighbour
    (an adverb, a preposition) is none."""
    k = i
    while k < hi and _accusative(words[k][1]) and not _accusative(words[k][1], nouns=True):
        k += 1
    if k < hi and _accusative(words[k][1], nouns=True) and any(p.tag.POS != "INFN" for p in parses(words[k][1])[:1]):
        return k
    return None


def _accusative(word: str, nouns: bool = False) -> bool:
    """Can `word` be an accusative (a noun's when `nouns`)? has_case's reading, capitals only
    for nouns: an abbreviation is left to abbreviated_np."""
    return not word.isupper() and has_case(word, "accs", nouns=nouns)


def accusative_nominative(words: Words, part: tuple[int, int]) -> str:
    """One accusative phrase in the nominative: its adjectives and head noun inflected from
    their accusative reading, number kept («акимов приграничных областей» → «акимы
    приграничных областей», «Пограничную службу» → «Пограничная служба»); the genitive
    tail as written."""
    i, j = part
    head = _head(words, i, j)
    out = []
    for k in range(i, j):
        w = words[k][1]
        out.append(_nominative(w) if head is not None and k <= head else w)
    return " ".join(out)


def _nominative(word: str) -> str:
    """`word` from its first accusative reading into the nominative of the same number."""
    p = next((p for p in parses(word)[:4] if p.tag.case == "accs"), None)
    if p is None:
        return word
    form = inflect(p, {"nomn", p.tag.number} if p.tag.number else {"nomn"})
    return match_case(word, form) if form else word
