"""One place, one name within an article: the location mentions the knowledge base
(store.lang.kb) resolves to the same row are given one name.

Why: the title and the body are read apart, and each names a row by what it printed itself,
so a headline's «ВКО» or «Казахстана» and the body's «Восточно-Казахстанская область» or
«Республики Казахстан» came out as two places. The name the article goes by:
- a country by its short name («Казахстан», «Қазақстан» in a Kazakh article) when the
  article prints that name anywhere; the official long form («Республика Узбекистан») only
  when that is all it prints (a long form printed once beside the short name is a formality
  of one sentence, not what the article calls the country);
- any other place by a spelled-out name over an abbreviation («ЗКО» in a headline is the
  «Западно-Казахстанская область» of the body), the name most of its mentions carry, then
  the longest.
A mention belongs to a row only when one of the row's forms covers the whole of it.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from store.lang import kb
from store.lang.canonical import COUNTRIES


def one_name_per_place(mentions: list, kazakh: bool) -> None:
    """Give the location mentions that resolve to one KB row one name (in place); `kazakh`
    says the article is written in Kazakh (its countries take their Kazakh names)."""
    groups: dict[str, list] = {}
    forms: dict[str, list] = {}
    for m in mentions:
        match = _whole_match(m.surface)
        named = _whole_match(m.name) if m.name != m.surface else match
        if named is not None and match is not None and named.form.row.id != match.form.row.id:
            continue  # «Қостанай» of «Ақтөбе және Қостанай облысында», named the region by a rule
        if match is not None:
            groups.setdefault(match.form.row.id, []).append(m)
            forms.setdefault(match.form.row.id, []).append(match.form)
    for rid, group in groups.items():
        row = forms[rid][0].row
        if len({m.name for m in group}) < 2 and row.kind != "country":
            continue
        name = _country_name(row, group, forms[rid], kazakh) if row.kind == "country" else _place_name(group)
        for m in group:
            m.name = name
    if not kazakh:
        _case_forms_named_as_their_place(mentions)


# Russian case endings a one-word place the dictionary does not know keeps as its «name»
# («между Сенеком и Жанаозеном», «с Кызылсаем»), with what the nominative ends in instead:
# «-ом» → «», «-ем» → «й»/«ь»/«», «-у»/«-а»/«-е» → «».
_CASE_ENDINGS = (("ом", ("",)), ("ем", ("й", "ь", "")), ("ём", ("ь", "")), ("ею", ("я", "ь")), ("ой", ("а",)))


def _case_forms_named_as_their_place(mentions: list) -> None:
    """A one-word place the article also names in the nominative is named so: «Кызылсаем»
    (instrumental) is the «Кызылсай» of another sentence, «Сенеком» the «Сенек» (loc31:
    the model's nominative reading of an unknown name keeps the ending)."""
    names = {m.name for m in mentions if " " not in m.name}
    for m in mentions:
        written = m.surface.strip()
        if " " in m.name or " " in written:
            continue
        for ending, tails in _CASE_ENDINGS:
            if written.endswith(ending) and len(written) > len(ending) + 3:
                stem = written[: -len(ending)]
                own = next((stem + t for t in tails if stem + t in names and stem + t != m.name), None)
                if own:
                    m.name = own
                    break


@lru_cache(maxsize=8192)
def _whole_match(surface: str):
    """The KB match that is the whole of `surface` and a place, or None; a state's
    abbreviation the knowledge base does not list («РК», «РФ») by the country it stands for."""
    short = COUNTRIES.get(surface.strip().lower())
    if short:
        found = kb.find(short)
        return found[0] if len(found) == 1 and found[0].form.row.kind == "country" else None
    found = kb.find(surface.strip())
    if len(found) != 1:
        return None
    m = found[0]
    if m.form.row.type != "location" or m.start > 0 or m.end < len(surface.strip()):
        return None
    return m


def _country_name(row, group: list, forms: list, kazakh: bool) -> str:
    """The short name a mention already carries (the linker names a country in the script
    of the words around it: «Uzbekistan» in English), else the short name in the article's
    language when a short form is printed, else the long form (see the module doc)."""
    own = row.name_kk if kazakh else row.name_ru
    printed = {f.text for f in forms if f.role == "name" and not kb.is_abbreviation(f.text)}
    if own and own in printed:
        return own
    shorts = Counter(m.name for m in group if m.name in printed | {row.name_ru, row.name_kk})
    if kazakh and own and shorts and set(shorts) <= {row.name_ru, own}:
        return own  # «РФ» in a Kazakh article, named «Россия» by a Russian-minded rule: Ресей
    if shorts:
        return max(shorts, key=lambda n: shorts[n])
    return (own if printed else "") or _place_name(group)


def _place_name(group: list) -> str:
    names = Counter(m.name for m in group)
    return max(names, key=lambda n: (not kb.is_abbreviation(n), names[n], len(n)))
