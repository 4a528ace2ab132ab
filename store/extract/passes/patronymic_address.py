"""Pass `patronymic_address`: a person addressed by given name and patronymic («Асқар
Серқұлұлы», «Едил Терекбаевич») in a text that names them in full («Асқар Жұмаділдаев») is
that person, not a second one.

Why (per47, 2026-12-05): interviews and reports in the Kazakh and Russian press name their
guest once in full and then address or cite them by given name and patronymic, the polite
form («– Асқар Серқұлұлы, ғылымға қалай келдіңіз?»). The store kept two people of one, and
the second matched nobody a reader would list. Over the saved real pages such pairs came from
five sites (zhaikpress, qazaly, buqara, lada, an Atyrau daily) besides per47's fresh ones.
The shape decides, with the text: a two-word name whose second word is a patronymic (-ович,
-евич, -овна, -евна, -ична, Kazakh -ұлы/-улы, -қызы/-кызы) becomes the one full name of the same
text whose given name is the same; with none, or two such names («Александр Сергеевич» in a
memoir naming three Alexanders), it stays as it is.
"""

from __future__ import annotations

import re

_PATRONYMIC = re.compile(r"(?:[оеё]вич|[оеё]вна|ична|[ұу]лы|[қк]ызы)$")
# the full name is printed before the address, near it (an interview's lead, a report's
# paragraph before): a long text's other namesakes are not looked at
_NEAR = 2000
_KK_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")


def _key(word: str) -> str:
    return word.lower().translate(_KK_FOLD).replace("ь", "")


def _address(words: list[str]) -> bool:
    """«Асқар Серқұлұлы»: a given name and a patronymic, nothing else."""
    return len(words) == 2 and words[0][:1].isupper() and bool(_PATRONYMIC.search(words[1].lower()))


def patronymic_address(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): spans stay; a name in ctx.names changes."""
    persons = [(s, (ctx.names.get((s.start, s.end)) or s.text).split()) for s in spans if s.type == "person"]
    if len(persons) < 2:
        return spans
    full: dict[str, list[tuple[int, str]]] = {}
    patronymics: dict[str, set[str]] = {}
    for s, words in persons:
        if _address(words):
            patronymics.setdefault(_key(words[0]), set()).add(_key(words[1]))
        elif len(words) >= 2 and "." not in words[0]:
            full.setdefault(_key(words[0]), []).append((s.start, " ".join(words)))
    for s, words in persons:
        given = _key(words[0])
        if not _address(words) or len(patronymics.get(given, ())) != 1:
            continue  # «Александр Сергеевич» and «Александр Михайлович»: two men, say nothing
        named = [n for start, n in full.get(given, []) if s.start - _NEAR <= start < s.start]
        if named and len({_key(n.split()[-1]) for n in named}) == 1:  # one person, maybe in two cases
            ctx.names[(s.start, s.end)] = min(named, key=len)
    return spans
