"""A word being typed reaches a name it begins before a name it reaches only through
another alias.

«Жай» typed toward «Жайсан» scored the river Урал 90 (its Kazakh alias «Жайық» folds to
«jaik», one letter past the typed «jai»: a slip's score) above the post Жайсан 85 (a
prefix of a longer word: PREFIX_FLOOR), and the agency JICA 85 through «ДжАЙКА». A user
types a name from its start: in the prefix band (PREFIX_FLOOR up to an exact alias,
100), a result reached through another of its names that the typed word only begins
goes under the results whose own name begins with the typed word — its first word that
is no kind word («область Ұлытау»: «Ұлытау»), or any word of a person's name (the
surname is typed first as often). A result matched by its own name in another form (an
inflected «таскалы» of Таскала) or by a whole short name («КазАвтоЖол» for
«КазАвтоЖолом») stays where it is. The callers sort by score again (search merges
articles by it), so a result moved down takes a score just under the least of the
names begun (84.9 at the least: still a strong match). Only a one-word query of three
letters or more, and only when some result's name is so begun.
"""

from __future__ import annotations

from store.lang import names
from store.search.scoring import PREFIX_FLOOR
from store.search.search_kb import kind_group

EXACT = 100.0


def names_begun_first(results: list[dict], query: str) -> list[dict]:
    """`results` (entities, best first) with the prefix band's names begun by the query
    before those it reaches through another name; those score just under the least begun."""
    typed = names.fold(query).strip()
    if len(typed) < 3 or " " in typed:
        return results
    band = [PREFIX_FLOOR <= r["score"] < EXACT for r in results]
    begun = [b and _begins(r, typed) for r, b in zip(results, band, strict=True)]
    if not any(begun):
        return results
    moved = [b and not g and _reached_by_prefix(r, typed) for r, b, g in zip(results, band, begun, strict=True)]
    if not any(moved):
        return results
    under = round(min(r["score"] for r, g in zip(results, begun, strict=True) if g) - 0.1, 1)
    for r, m in zip(results, moved, strict=True):
        if m and r["score"] > under:
            r["score"] = under
    order = sorted(range(len(results)), key=lambda i: (results[i]["score"] < EXACT, moved[i], i))
    return [results[i] for i in order]


def _begins(result: dict, typed: str) -> bool:
    """Does the result's own name begin with the typed word: its words from the first
    that is no kind word on, read glued («Кызыл Жар» for «Кызылж»), or any word of a
    person's name?"""
    name = str(result.get("name") or "")
    if result.get("type") == "person":
        return any(w.startswith(typed) for w in names.fold(name).split())
    words = [w for w in name.split() if not kind_group(w.strip('«»"()'))]
    return bool(words) and names.fold("".join(words)).replace("-", "").startswith(typed)


def _reached_by_prefix(result: dict, typed: str) -> bool:
    """Was the result reached through another of its names, one word of which the typed
    word only begins («Жайық» of Урал for «Жай»)?"""
    matched = names.fold(str(result.get("matched") or ""))
    if matched == names.fold(str(result.get("name") or "")):
        return False
    return any(w.startswith(typed) and w != typed for w in matched.split())
