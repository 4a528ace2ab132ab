"""Pass `kazakh_surname_pairs`: two surnames side by side in Kazakh text, the second with a
case ending, are two persons, not one.

Kazakh headlines put the subject's surname first and the object's right after it, in its
case: «Мирзиёев Тоқаевты құттықтады» ('Mirziyoyev congratulated Tokayev'), «Путин
Тоқаевқа телефон шалды», «Жапаров Мирзиёевпен кездесті». The model reads the pair as one
two-word name, and the naming rules made it «Мирзиёев Тоқаев», a person nobody is (fix58).

A name of two words never has a surname in both places: the first is a given name or, in
the official order, the surname before a given name («Тоқаев Қасым-Жомарт»). So when the
first word is a surname (Russian-shaped, «-ов/-ев/-ин…», or a surname of the knowledge
base) and no given name of our list, and the second is a surname of the same kind with a
Kazakh case ending (genitive, dative, accusative, locative, ablative, instrumental), each
word is its own person, the second named without its ending.
"""

from __future__ import annotations

import re

from store.extract.naming import SURNAME
from store.extract.ner import NerSpan
from store.extract.passes.kazakh_case_surnames import _base_surnames
from store.extract.passes.kazakh_persons import _given, _surname_nominative
from store.lang.kazakh import KAZAKH_LETTERS

# the oblique case endings of a Russian-shaped surname in Kazakh («Тоқаевты», «Тоқаевқа»,
# «Мирзиёевпен», «Бектеновтің»); a Russian-shaped surname never ends in one by itself
_OBLIQUE = re.compile(
    r"(?:тың|тің|дың|дің|ның|нің|нда|нде|тан|тен|дан|ден|нан|нен|пен|бен|мен"
    r"|қа|ке|ға|ге|та|те|да|де|ты|ті|ды|ді|ны|ні)$"
)
_CAPITALIZED = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$")
_MIN_STEM = 4


def _is_surname(word: str) -> bool:
    """A surname in the nominative: Russian-shaped or the knowledge base's, and no given name."""
    return bool(SURNAME.search(word) or word.lower() in _base_surnames()) and not _given(word)


def _oblique_surname(word: str) -> str | None:
    """The surname a word is with a Kazakh case ending off («Тоқаевты» → «Тоқаев»), else None."""
    m = _OBLIQUE.search(word)
    if not m or m.start() < _MIN_STEM:
        return None
    stem = word[: m.start()]
    return stem if _is_surname(stem) else None


def _split(text: str, s: NerSpan, ctx) -> list[NerSpan]:
    """The span as two persons when its two words are a surname and a surname in a case."""
    first, second = s.text.split()
    if not (_CAPITALIZED.match(first) and _CAPITALIZED.match(second)) or not _is_surname(first):
        return [s]
    stem = _oblique_surname(second)
    if stem is None:
        return [s]
    second_start = s.start + s.text.rindex(second)
    left = NerSpan("person", s.start, s.start + len(first), first)
    right = NerSpan("person", second_start, s.end, second)
    ctx.names.pop((s.start, s.end), None)
    ctx.names[(left.start, left.end)] = _surname_nominative(first)
    ctx.names[(right.start, right.end)] = stem
    return [left, right]


def kazakh_surname_pairs(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): only Kazakh text, only two-word person spans."""
    if ctx.language != "kk" and not KAZAKH_LETTERS.search(text):
        return spans
    out: list[NerSpan] = []
    for s in spans:
        if s.type == "person" and len(s.text.split()) == 2:
            out.extend(_split(text, s, ctx))
        else:
            out.append(s)
    return out
