"""Seaports named as border crossings: «в морском порту Актау пограничники задержали …».

The gazetteer holds the Caspian seaports the Border Service counts among its checkpoints
(Актау, Курык, Баутино; docs/gazetteer.md), but the land matcher (checkpoints.py) never looks
for them: a port is called after its town, and a town named in a text is a place. A port is
also a company whose cargo news names it («порт Актау увеличил перевалку зерна»), and that is no
post. So, as with airports (checkpoint_airports.py, whose sentence test this shares), a seaport
is read as a post only where the port noun stands next to its town («морском порту Актау»,
«через порт Курык», «Ақтау теңіз портында», «Құрық порты арқылы») **and** the same sentence
speaks of the border: border guards, passport control, a crossing point, the state border.

The span covers the noun alone («морском порту», «теңіз портында»): the town stays the place the
model finds, and the mention is stored under the row's name («Морской порт Актау»). A dry port
(«сухой порт Хоргос», «құрғақ порт») is a company in the SEZ, not a post: no sea row names it.
"""

from __future__ import annotations

import re
from functools import cache

from store.extract.checkpoint_airports import PortSpan, border_in_sentence, speaks_of_border
from store.extract.needles import may_hold
from store.lang import gazetteer

# every match holds the noun «порт» (Russian, any case) or «порт…» after a Kazakh town: a text
# without it is ruled out before the rows' scans
NOUN_WORDS = ("порт",)

_RU_NOUN = r"(?<![\w-])((?:морск\w+\s+(?:торгов\w+\s+)?)?порт(?:а|у|е|ом|ы)?)"
_QUOTE_OPEN = r"[«\"„“]?"
_QUOTE_CLOSE = r"[»\"“”]?"


def _town(name: str, last: bool) -> str:
    """The town a row's name is after: the last word of «Морской порт Актау», the first of
    «Ақтау теңіз порты»."""
    words = name.split()
    return words[-1] if last else words[0]


def _needle(town: str) -> tuple[str, ...]:
    """The town's word lower-cased, which every match of its pattern holds in some case (needles.py),
    or () when the word has a letter outside Cyrillic, whose case `re` may fold otherwise: never ruled out."""
    low = town.lower()
    return (low,) if all("\u0400" <= ch <= "\u04ff" for ch in low) else ()


@cache
def _patterns() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    """One Russian and one Kazakh pattern per sea row, the noun as group 1, with the town's needle."""
    out = []
    for row in gazetteer.all():
        if row.kind != "sea":
            continue
        town = _town(row.name_ru, last=True)
        ru = re.escape(town)
        out.append(
            (
                re.compile(rf"{_RU_NOUN}\s+{_QUOTE_OPEN}{ru}{_QUOTE_CLOSE}(?![\w-])", re.IGNORECASE),
                row.id,
                _needle(town),
            )
        )
        if row.name_kk:
            town = _town(row.name_kk, last=False)
            kk = re.escape(town)
            out.append(
                (
                    re.compile(
                        rf"(?<![\w-]){_QUOTE_OPEN}{kk}{_QUOTE_CLOSE}\s+((?:халықаралық\s+)?(?:теңіз\s+)?порт\w*)",
                        re.IGNORECASE,
                    ),
                    row.id,
                    _needle(town),
                )
            )
    return tuple(out)


def find_seaports(text: str) -> list[PortSpan]:
    """Every seaport `text` names as a border post (its sentence speaks of the border)."""
    if not text or not may_hold(text, NOUN_WORDS) or not speaks_of_border(text):
        return []
    found: dict[int, PortSpan] = {}
    for rx, ref, needle in _patterns():
        if needle and not may_hold(text, needle):  # the pattern's look back is tried at every position
            continue
        for m in rx.finditer(text):
            start, end = m.span(1)
            if start in found or not border_in_sentence(text, start):
                continue
            row = gazetteer.get(ref)
            found[start] = PortSpan(start, end, text[start:end], ref, row.name_ru if row else "")
    return [found[k] for k in sorted(found)]
