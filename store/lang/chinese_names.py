"""Chinese names as Kazakh text prints them: Palladius syllables, and a Kazakh case ending
after the given name («Чжи Сяньвеймен» 'with Zhi Xianwei', «Хуан Саньпинмен», «Ли Цянмен»).

The Russian model finds such a name, but nothing else in the pipeline vouches for it: the
given name is on no list, the surname has no Russian ending, and a capitalized pair whose
last word carries a case ending reads, in Kazakh text, like a body's or a place's words
(«Республикасының Мемлекеттік»). The shape does vouch: a one-syllable family name and a
given name of one or two syllables, every piece a syllable of the Palladius table
(lexicon/pinyin_palladius.tsv), with a mark no Kazakh or Russian word of that shape has
(«чж», «цз», «нь», a common family name …). Kazakh and Russian papers also write «э» as «е»
(«Сяньвей» for Palladius «Сяньвэй»), so both spellings are syllables.

Why: dev e005 («Чжи Сяньвеймен», a Tacheng party secretary) and the pages corpus (qazaquni.kz
2018-04-23 «Хуан Саньпинмен», «Чжу Хайлун»; newstaraz.kz 2023 «Ли Цянмен», «Ван Хунинмен»).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("lexicon") / "pinyin_palladius.tsv"

# The endings a Kazakh person's name takes in running text: genitive, dative, accusative,
# ablative, instrumental (no locative: nobody is «in» a person). Longest first.
_PERSON_ENDING = re.compile(
    r"(?:ның|нің|дың|дің|тың|тің|нан|нен|дан|ден|тан|тен|мен|бен|пен|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті)$"
)
# Marks of a Chinese name in Russian letters; a bare pair of short syllables («Ма Ли») is
# a Chinese name only with a common family name.
_MARKS = re.compile(r"цз|чж|нь|эй|юй|юэ|ао|оу|уй|уа|сы|цы|ей$|сян|сяо|цю|цян|цин|цзи")
_FAMILY_NAMES = frozenset(
    "ван ли чжан лю чэнь чень ян хуан чжао чжоу сюй сунь ма чжу ху го гао линь ло чжэн лян се сун тан"
    " хань фэн дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду чэн вэй су лу дин жэнь шэнь яо цуй"
    " цзинь цзя ши бай мэн гу цинь сюэ янь чжи лэй мао вэнь си ся цю шао мо цянь хоу тао вань гун инь фан"
    " лун дай цзоу сюн кун".split()
)
_MAX_GIVEN = 2  # a given name has one or two syllables


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """The Palladius syllables, each also with «е» for «э» (the press writes both)."""
    out = set()
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cyr = line.split("\t")[1]
            out |= {cyr, cyr.replace("э", "е")}
    return frozenset(out)


def _count(word: str) -> int | None:
    """The fewest syllables `word` splits into, or None when it does not split."""
    table, n = _syllables(), len(word)
    best: list[int | None] = [0] + [None] * n
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if word[i:j] in table and (best[j] is None or best[j] > best[i] + 1):  # type: ignore[operator]
                best[j] = best[i] + 1  # type: ignore[operator]
    return best[n]


def _given(word: str) -> str | None:
    """The given name `word` is, with a Kazakh case ending off when the stem is one or two
    syllables («Сяньвеймен» → «Сяньвей»); the word itself when it is one or two syllables
    bare; None otherwise."""
    low = word.lower().replace("ё", "е")
    m = _PERSON_ENDING.search(low)
    if m and 1 <= (_count(low[: m.start()]) or 0) <= _MAX_GIVEN:
        return word[: m.start()]
    return word if 1 <= (_count(low) or 0) <= _MAX_GIVEN else None


def chinese_name(words: list[str]) -> str | None:
    """«Чжи Сяньвеймен» → «Чжи Сяньвей», «Чжу Хайлун» → «Чжу Хайлун»: the bare name when
    the two words have a Chinese name's shape; None for any other span («Ресей Федерациясымен»,
    «Дулат Малаевтың», «Қытай Халық»)."""
    if len(words) != 2 or not all(w[:1].isupper() and w[1:] == w[1:].lower() for w in words):
        return None
    family = words[0].lower().replace("ё", "е")
    given = _given(words[1])
    if given is None or _count(family) != 1:
        return None
    if family not in _FAMILY_NAMES and not _MARKS.search(family + " " + given.lower()):
        return None
    return f"{words[0]} {given}"


def family_names() -> frozenset[str]:
    """The common Chinese family names of _FAMILY_NAMES, lower case («ма», «ли», «си»)."""
    return _FAMILY_NAMES
