"""Places on an Uzbek page, in either of its scripts: the states by their Uzbek names with
Uzbek case endings («Қозоғистоннинг», «Qozogʻistonga», «Ўзбекистондан»), and places named by
an Uzbek place noun after the name («Наманган вилоятининг», «Учқўрғон туманида», «Qiziltuu
qishlogʻi hududida», «Jalolobod viloyati»).

Why: Uzbek pages about our southern posts (gazeta.uz, nuz.uz, darakchi.uz, oyina.uz, kun.uz,
ogoh.uz, uz.kursiv.media) name the states and regions in Uzbek, which neither the Russian
model nor the knowledge base reads: on loc47's fresh pages an Uzbek page gave no place at
all, or one running over two («Наманган вилоятининг Учқўрғон»). As on a Kyrgyz page
(kyrgyz_places.py), an Uzbek page names its places as it prints them, in the nominative: the
Uzbek form is the name. The state names are general knowledge (the spellings of the Uzbek
press, e.g. gazeta.uz, kun.uz), the place nouns the language's own.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.passes.found_places import put_places
from store.lang.kb import uzbek_apostrophes

_A = "ʻ"  # the one apostrophe of Uzbek Latin «oʻ», «gʻ» after store.lang.kb.uzbek_apostrophes
# The states an Uzbek page about the border names, Cyrillic and Latin.
STATES = (
    "Қозоғистон",
    "Ўзбекистон",
    "Қирғизистон",
    "Тожикистон",
    "Туркманистон",
    "Хитой",
    "Россия",
    "Афғонистон",
    f"Qozog{_A}iston",
    f"O{_A}zbekiston",
    f"Qirg{_A}iziston",
    "Tojikiston",
    "Turkmaniston",
    "Xitoy",
    "Rossiya",
    f"Afg{_A}oniston",
)
_LOWER = f"a-zа-яёўқғҳ{_A}"
# an Uzbek ending after a state's name, but not one that derives a new word («qozogʻistonlik»
# 'Kazakhstani', «ўзбекистонча»)
_ENDING = f"[{_LOWER}]{{0,9}}"
_DERIVED = re.compile("^(?:лик|lik|ча|cha|ли|li)")
_STATE = re.compile(rf"(?<![\w{_A}-])({'|'.join(STATES)})({_ENDING})(?![\w{_A}-])")

_UPPER = "A-ZА-ЯЁЎҚҒҲ"
_WORD = rf"[{_UPPER}][\w{_A}]*(?:-[{_UPPER}]?[\w{_A}]+)*"
_NAME = rf"{_WORD}(?:\s{_WORD})?"  # two words in quotes only: unquoted, the first may open a sentence
# noun (its stem, as after a name in any case) → the noun kept in the name, or "" for the name alone
_NOUNS = {
    "вилоят": "вилояти",
    "туман": "тумани",
    "шаҳр": "шаҳри",
    "қишлоғ": "",
    "Республика": "Республикаси",
    "viloyat": "viloyati",
    "tuman": "tumani",
    "shahr": "shahri",
    f"qishlog{_A}": "",
    "Respublika": "Respublikasi",
}
_QUOTED = '[«"“„]'
_UNQUOTED = '[»"”“]'
_PLACE = re.compile(
    rf"(?<![\w{_A}-])(?:{_QUOTED}(?P<q>{_NAME}){_UNQUOTED}|(?P<n>{_WORD}))\s+"
    rf"(?P<noun>{'|'.join(_NOUNS)})[{_LOWER}]{{0,9}}(?![\w-])"
)
# words that open a sentence or stand before a place noun without naming a place: 'this',
# 'that', 'each', 'new' and their case forms («Бунга Тошкент вилоятидаги …» 'to this …')
_NOT_NAMES = frozenset(
    "бу бунга бунда бундан буни унга унда ундан уни шу шунга шунда шундан ушбу ҳар янги "
    "bu bunga bunda bundan buni unga unda undan uni shu shunga shunda shundan ushbu har yangi".split()
)
_UZ_LATIN = re.compile(f"[OoGg]{_A}[a-z]")


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15). Counted
# by _short_u_count now; kept as what tests/test_ingest110_cuts.py compares it with.
_UZBEK_SHORT_U = re.compile("[ўЎ]")


def _short_u_count(text: str) -> int:
    """`len(_UZBEK_SHORT_U.findall(text))`: two str.count, which search in C ~5x faster than
    `re` walks a character class (stop 50, ingest110: 0.012 -> 0.003 ms a generated article)."""
    return text.count("ў") + text.count("Ў")


def uzbek_text(text: str) -> bool:
    """An Uzbek text: Cyrillic with ў (a letter no other language of these pages has) three
    times or more, or Latin with «oʻ»/«gʻ» four times or more and few Cyrillic letters."""
    if _short_u_count(text) >= 3:
        return True
    plain = uzbek_apostrophes(text)
    if _A not in plain:
        return False  # every _UZ_LATIN match holds one: no scan of a text for its capitals (ingest110)
    return len(_UZ_LATIN.findall(plain)) >= 4 and len(re.findall("[а-яё]", text, re.IGNORECASE)) * 4 < len(text)


def find_uzbek_places(text: str) -> list[tuple[NerSpan, str]]:
    """Every state and «Name noun» place of an Uzbek `text`, with its name as printed."""
    plain = uzbek_apostrophes(text)  # same length: offsets hold
    out: list[tuple[NerSpan, str]] = []
    for m in _STATE.finditer(plain):
        if not _DERIVED.match(m.group(2)):
            out.append(
                (NerSpan("location", m.start(), m.end(), text[m.start() : m.end()]), text[m.start(1) : m.end(1)])
            )
    for m in _PLACE.finditer(plain):
        which = "q" if m.group("q") else "n"
        start, name = m.start(which), text[m.start(which) : m.end(which)]
        if name.lower() in _NOT_NAMES or any(s.start <= start < s.end for s, _ in out):
            continue
        kept = _NOUNS[m.group("noun")]
        end = m.end() if kept else m.end(which)
        span = NerSpan("location", start, end, text[start:end])
        out.append((span, f"{name} {kept}" if kept else name))
    return out


def uzbek_places(text: str, spans: list, ctx) -> list:
    """The pass, on an Uzbek article only: each place found replaces the places and persons
    it overlaps (a body that holds it keeps its words, a checkpoint's words stay the
    checkpoint's)."""
    if not uzbek_text(text):
        return spans
    return put_places(list(spans), find_uzbek_places(text), ctx)
