"""Places on a Kyrgyz page: the neighbours' states by their Kyrgyz names with Kyrgyz case
endings («Казакстанга», «Кыргызстандын»), and places named by a Kyrgyz place noun after the
name («Чүй облусундагы», «Панфилов районунун», «Чалдыбар айылынын», «Кайыңды шаарында»).

Why: Kyrgyz pages about the Kazakh–Kyrgyz posts (kloop.kg, akchabar.kg, nazarnews.org) are
written in a Cyrillic close to Kazakh but without its letters ә, ғ, қ, ұ, һ, і. The knowledge
base reads them as Kazakh and names «Кыргызстан» by its Kazakh name «Қырғызстан», which no
Kyrgyz reference writes; it does not know «Казакстан» at all, and the Russian model reads
«Казакстанга», «Кыргызстандын Тышкы» or «Мамлекеттик» ('state') as persons. A Kyrgyz page
names its places as it prints them, in the nominative: the Kyrgyz form is the name.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang.kyrgyz import kyrgyz_text

# The states a Kyrgyz page about the border names, in Kyrgyz (general knowledge: the
# spellings of the Kyrgyz press, e.g. kloop.kg, akchabar.kg, 24.kg's Kyrgyz pages).
STATES = ("Казакстан", "Кыргызстан", "Өзбекстан", "Тажикстан", "Түркмөнстан", "Кытай", "Орусия", "Россия")
# A Kyrgyz ending after a state's name: any run of lower-case letters but those that derive
# a new word («Казакстандык» 'Kazakhstani', «Кыргызстандыктар», «Кытайча» 'in Chinese').
_ENDING = "[а-яөүңё]{0,9}"
_DERIVED = re.compile("^(?:дык|дик|дук|дүк|тык|тик|тук|түк|лык|лик|лук|лүк|ча|че|чо|чө)")
_STATE = re.compile(rf"(?<![\w-])({'|'.join(STATES)})({_ENDING})(?![\w-])")

_UPPER = "A-ZА-ЯЁӨҮҢ"
_NAME = rf"[{_UPPER}][\w]*(?:-[{_UPPER}]?[\w]+)*"
# noun (as after a name, any case) → the noun kept in the name, or "" for the name alone
_NOUNS = {"облус": "облусу", "район": "району", "айыл": "", "шаар": "", "кыштак": ""}
_ONE = re.compile(rf"(?<![\w-])({_NAME})\s+({'|'.join(_NOUNS)})[а-яөүң]{{0,9}}(?![\w-])")
_NOT_NAMES = frozenset("бул ошол ар бардык биздин алардын жаңы чек облус район шаар айыл".split())


def find_kyrgyz_places(text: str) -> list[tuple[NerSpan, str]]:
    """Every state and «Name noun» place of a Kyrgyz `text`, with its name."""
    out: list[tuple[NerSpan, str]] = []
    for m in _STATE.finditer(text):
        if not _DERIVED.match(m.group(2)):
            out.append((NerSpan("location", m.start(), m.end(), m.group()), m.group(1)))
    for m in _ONE.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_NAMES or any(s.start <= m.start() < s.end for s, _ in out):
            continue
        kept = _NOUNS[m.group(2)]
        end = m.end() if kept else m.end(1)
        out.append((NerSpan("location", m.start(), end, text[m.start() : end]), f"{word} {kept}" if kept else word))
    return out


# A person span on a Kyrgyz page that is a word of the language, not a name: an adjective
# in «-тик/-дык/…» («Мамлекеттик» 'state'), or words joined by «жана» ('and').
_ADJECTIVE = re.compile("(?:тик|тык|дик|дык|лик|лык|түк|тук|дүк|дук|лүк|лук)$")


def _a_kyrgyz_word(s) -> bool:
    words = s.text.split()
    return s.type == "person" and ((len(words) == 1 and bool(_ADJECTIVE.search(words[0].lower()))) or "жана" in words)


def kyrgyz_places(text: str, spans: list, ctx) -> list:
    """The pass, on a Kyrgyz text only: each place found replaces the places and persons it
    overlaps (a body that holds it keeps its words, a checkpoint's words stay the
    checkpoint's); a person that is a Kyrgyz word is dropped."""
    if not kyrgyz_text(text):
        return spans
    out = [s for s in spans if not _a_kyrgyz_word(s)]
    for span, name in find_kyrgyz_places(text):
        if ctx.cp_index.overlapping(span.start, span.end):
            continue
        over = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.type == "organization" for s in over):
            continue  # a body's name holds it: the body passes decide
        out = [s for s in out if s not in over]
        out.append(span)
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))
