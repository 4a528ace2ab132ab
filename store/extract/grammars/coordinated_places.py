"""The grammar of coordinated places: capitalized adjectives joined by commas and «и»/«или»
over one head noun, all agreeing in case («в Вологодской, Тульской и Белгородской
областях», «Донецкой и Луганской народных республик», «Центральной и Восточной Европы»).

A yargy grammar with a case relation states the shape; yargy's parser is slow on a whole
text, so it reads only the windows a cheap regex finds (a comma or «и» list of capitalized
words: store/extract/passes/places.py decides which ones name places and names them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from yargy import Parser, and_, or_, rule
from yargy import parser as _yargy_parser
from yargy.morph import CachedMorphAnalyzer, MorphAnalyzer
from yargy.predicates import eq, gram, is_capitalized, is_lower
from yargy.relations import case_relation
from yargy.rule import transformators as _yargy_transformators
from yargy.tokenizer import MorphTokenizer

from store.lang.lemmas import analyzer

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*"
# The window the grammar reads: a list of capitalized words with «и»/«или» before the last
# one, and the three words after it (the noun may come after two lowercase adjectives).
_WINDOW = re.compile(
    rf"(?<![\w-])(?P<list>{_WORD}(?:\s*,\s*{_WORD})*\s*,?\s+(?:и|или)\s+{_WORD})(?: [А-ЯЁ]?[а-яё]+){{0,3}}"
)
# yargy's parser takes time quadratic in a list's length and recurses once per item (a list
# of 400 exhausts the stack): a longer list is read from its last MAX_ITEMS items. The
# longest list on the dev, seed and factRu texts has 9.
MAX_ITEMS = 16
# The endings of an adjective's forms: the two items around «и» must have one for the
# grammar to match, and checking them first spares yargy the windows it would refuse.
_ADJECTIVE_END = re.compile(r"(?:ой|ей|ою|ею|ая|яя|ий|ый|ое|ее|ые|ие|ую|юю|ом|ем|ых|их|ым|им|ого|его|ому|ему|ыми|ими)$")
_CAPITAL_START = re.compile(r"[А-ЯЁ](?<![\w-].)")  # «(?<![\w-])[А-ЯЁ]», class first: `re` skips to a capital in C
_CHAIN = re.compile(rf"{_WORD}(?:\s*,\s*{_WORD})*")
# What every _WINDOW match holds: «и» or «или» after a blank, blanks and a capitalized word's
# first two letters; written from the «и», the blank looked back at, so `re` skips to it in C.
_CONJUNCTION_AND_WORD = re.compile(r"и(?<=\sи)(?:ли)?\s+[А-ЯЁ][а-яё]")


@dataclass(frozen=True)
class Word:
    """A word of the text (a hyphenated one whole), by its offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CoordinatedList:
    """The adjectives of one coordinated list, the lowercase adjectives after the last
    one («народных»), and the head noun they stand over."""

    adjectives: tuple[Word, ...]
    between: tuple[Word, ...]
    head: Word


def _adjective(case):
    """A capitalized adjective in the list («Тульской», «Северо-Казахстанской»), agreeing in
    `case`. A fresh rule per position: yargy checks a relation per predicate object."""
    part = and_(gram("ADJF"), is_capitalized()).match(case)
    return or_(
        rule(part),
        rule(is_capitalized(), eq("-"), part),
        rule(is_capitalized(), eq("-"), is_capitalized(), eq("-"), part),
    )


def _append_unless_same(column, state) -> None:
    """yargy's `Column.append`, its duplicate check made exact (order64). yargy keeps only
    `hash(state)`, a hash of the ids of the rule, production and child nodes, and drops a
    later state whose hash was seen: a collision, or an id a freed node's successor reuses,
    loses a different state, and which ones depends on memory addresses. At decb2a07 6 of
    400 fresh processes (8 of 400 with the ids kept but not their objects) read no list in
    «Лесного, Речного и Верх-Озёрского сельских поселений» (the place test that failed
    only in some full-suite runs); with the parts compared and kept alive, 0 of 400."""
    parts = (state.rule, state.production, tuple(state.node.children))
    key = (id(parts[0]), id(parts[1]), state.dot_index, state.start_column.index, state.stop_column.index)
    key += tuple(map(id, parts[2]))
    seen = column.__dict__.setdefault("_seen", {})
    if key not in seen:
        seen[key] = parts  # the objects kept: their ids stay theirs while the column lives
        column.states.append(state)
        column.update_index(state)


_yargy_parser.Column.append = _append_unless_same

_yargy_visit = _yargy_transformators.RuleTransformator.visit


def _visit_kept(self, item):
    """yargy's `RuleTransformator.visit`, each item it is given kept alive while the
    transformation lasts (flake77). yargy memoizes a visit by `id(item)` and keeps only the
    result; its squash step (`.optional()` over `.repeatable()`, `.repeatable(max=2)` over
    `.optional()`) visits rules it has just made and drops, so a later new rule at the same
    address was given the result made for the dropped one. Then the slot of lowercase
    adjectives before the head held another rule: a list without them still read, but
    «Лесного, Речного и Верх-Озёрского сельских поселений» read none, in the processes whose
    build of the parser met such an address (8 of 800 rebuilds under a shifted heap, scratch
    collide3.py; the place test that failed in one full-suite run at stop 50).
    Kept, an item's id stays its own until the transformator is gone."""
    self.__dict__.setdefault("_kept", []).append(item)
    return _yargy_visit(self, item)


_yargy_transformators.RuleTransformator.visit = _visit_kept


@lru_cache(maxsize=1)
def _parser() -> Parser:
    case = case_relation()
    lowercase_adjective = and_(or_(gram("ADJF"), gram("PRTF")), is_lower()).match(case)
    head = and_(gram("NOUN"), or_(is_lower(), is_capitalized())).match(case)
    conjunction = or_(eq("и"), eq("или"))
    conjunction = or_(rule(conjunction), rule(eq(","), conjunction))  # «…, и Тульской»
    grammar = rule(
        _adjective(case),
        rule(eq(","), _adjective(case)).repeatable().optional(),
        conjunction,
        _adjective(case),
        lowercase_adjective.optional().repeatable(max=2),
        head,
    )
    return Parser(grammar, tokenizer=MorphTokenizer(morph=_SharedMorph(analyzer())))


class _SharedMorph(CachedMorphAnalyzer):
    """yargy's cached morphology over the process's one pymorphy2 analyzer (store/lang/
    lemmas.py): yargy's own default built a second one, the same dictionary with the same
    settings, found by scanning every installed distribution's entry points (pkg_resources):
    about 0.1-0.2 s of CPU and 15 MB in every ingest process, for the same parses."""

    def __init__(self, raw) -> None:
        MorphAnalyzer.__init__(self, raw)


def _windows(text: str):
    """The windows the grammar reads, in linear time: a try from inside a list of
    capitalized words cannot succeed where the try from its first word failed, so after
    a failure the rest of that list is skipped (finditer would be quadratic on a long list).
    A text with no «и»/«или» between a blank and a capitalized word holds no window (every
    _WINDOW match has one): its capitals are not walked (issue 15, ingest104: 542 of the 800
    generated titles and bodies hold none, 3 of the other 258 a window; `_windows` took 0.08
    ms an article there)."""
    if not _CONJUNCTION_AND_WORD.search(text):
        return
    pos = 0
    for w in _CAPITAL_START.finditer(text):
        if w.start() < pos:
            continue
        m = _WINDOW.match(text, w.start())
        if m:
            items = list(re.finditer(_WORD, m.group("list")))
            if all(_ADJECTIVE_END.search(x.group()) for x in items[-2:]):  # else the grammar cannot match
                yield m.start() + items[-MAX_ITEMS].start() if len(items) > MAX_ITEMS else m.start(), m.end()
            pos = m.end()
        else:
            chain = _CHAIN.match(text, w.start())
            pos = chain.end() if chain else w.start()


def _words(tokens, base: int, text: str) -> list[Word]:
    """The match's tokens as words: a hyphen glued to its neighbours joins them."""
    out: list[Word] = []
    for t in tokens:
        start, end = base + t.span.start, base + t.span.stop
        if out and (t.value == "-" or text[out[-1].end - 1] == "-") and out[-1].end == start:
            out[-1] = Word(out[-1].start, end, text[out[-1].start : end])
        else:
            out.append(Word(start, end, text[start:end]))
    return out


def coordinated_lists(text: str) -> list[CoordinatedList]:
    """Every coordinated list of capitalized adjectives over one agreeing head noun."""
    out = []
    for a, b in _windows(text):
        window = re.sub(r"\s", " ", text[a:b])  # a line break inside the list is a space (yargy ends a line there)
        for match in _parser().findall(window):
            words = [w for w in _words(match.tokens, a, text) if w.text not in (",", "и", "или")]
            head, rest = words[-1], words[:-1]
            adjectives = tuple(w for w in rest if w.text[:1].isupper())
            between = tuple(w for w in rest if w.text[:1].islower())
            out.append(CoordinatedList(adjectives, between, head))
    return out
