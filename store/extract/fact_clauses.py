"""A sentence's parts, and which posts each part's facts belong to.

A fact told in a part that names posts belongs to those posts only («…, а КПП «Капланбек» закрыт»:
only Капланбек is closed); a part naming none (the enumeration's lead «ввод в эксплуатацию 4
пунктов:») speaks of every post the sentence names. A contrast («, а», «, но», «, однако», Kazakh «, ал»,
«, бірақ», «, алайда») puts two subjects side by side: «Из-за снегопада трассу закрыли, а КПП «А»
работает» — the road was closed, the post works, so the first part's state and reason are not the
post's (facts80; the part was read as the post's before).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.extract.fact_sides import SIDE_CUT

# Where a sentence turns to other posts: «…реконструкция «Тажен» и «Атамекен», а КПП
# «Капланбек» закрыт», «…; …», «…, но …», «…, однако …», «…, тогда как …», Kazakh «…, ал …», «…, бірақ …».
# A cause and its effect are parts too: «на российских пунктах "Маштаково" и "Озинки" проводится
# ремонт, поэтому вместо постов "Таскала" и "Сырым" …» (qa41: the repair went to all five).
_CONTRAST = re.compile(
    r"(?:,\s*(?:а|но|однако|ал|бірақ|алайда|тогда\s+как|в\s+то\s+время\s+как|поэтому|поскольку|так\s+как|потому\s+что"
    r"|из-за\s+чего|в\s+связи\s+с\s+чем|вследствие\s+чего|в\s+результате\s+чего)\s|;\s|:\s)",
    re.IGNORECASE,
)
# The contrasts proper: what follows has a subject of its own.
_TURN = re.compile(r",\s*(?:а|но|однако|ал|бірақ|алайда|тогда\s+как)\s", re.IGNORECASE)
# A turn to a subject of its own that is no post found: «Пункты «А» и «Б» работают круглосуточно, а
# «В» — с 9:00 до 18:00» (facts71) when «В» is a town's name the post finder leaves unconfirmed. What
# that part says is «В»'s, not the posts of the sentence's first part: it is told of no post rather
# than of the wrong ones. Only after a contrast: a colon opens a list.
_OTHER_SUBJECT = re.compile(r"(?:(?:пункт|пост|КПП)\w*\s+)?[«\"“][^«»\"“”]{1,40}[»\"”]", re.IGNORECASE)


# A comma opening a clause with a post of its own as the subject (fct105): «Қазығұрт бекеті жабық, Сарыағаш
# бекетінде 2 шақырым кезек тұр», «Пункт «Кордай» закрыт, пункт «Сартобе» работает» — two posts, two states.
# A cut only where the part before has said something after its own post (_SAID_AFTER_POST): «Қазығұрт бекеті,
# Сарыағаш бекеті жабық» and «закрыты пункт «А», пункт «Б»» are lists, one state for all.
_NEXT_SUBJECT = re.compile(
    r",\s+(?=(?:[^\s,;.«»]+\s+){0,2}?(?:бекеті|бекетінде|бекетінің|бекетіндегі|станциясы|станциясында)(?![\w-])"
    r"|(?:пункт|пост|КПП)\w*(?:\s+пропуска)?\s+[«\"“])",
    re.IGNORECASE,
)
_SAID_AFTER_POST = re.compile(
    r"(?:(?:бекеті|бекетінде|бекетінің|станциясы|станциясында)(?![\w-])|[»\"”])\s+[^\s,;]+(?:\s+[^\s,;]+)*\s*$",
    re.IGNORECASE,
)


def _next_subjects(text: str, a: int, b: int) -> list[re.Match]:
    """Commas in text[a:b] after which a post of its own opens a clause (_NEXT_SUBJECT, _SAID_AFTER_POST)."""
    if "," not in text[a:b]:
        return []
    out, start = [], a
    for m in _NEXT_SUBJECT.finditer(text, a, b):
        if _SAID_AFTER_POST.search(text, start, m.start()):
            out.append(m)
        start = m.end()
    return out


class Clause(NamedTuple):
    """One part of a sentence: the posts its facts go to, its words, whether it opens after a
    contrast (`turned`), and whether it is a post-less part a contrast sets against a part naming
    posts (`set_apart`: its state and reason are another subject's)."""

    refs: list
    text: str
    turned: bool = False
    set_apart: bool = False


def clauses(text: str, a: int, b: int, inside: list, refs: list) -> list[Clause]:
    """The parts of sentence text[a:b] with the checkpoints each names (`inside`: the spans in
    it; `refs`: their posts). Facts80: a part naming no post that a contrast sets against the next
    part, which names posts, is `set_apart`."""
    found = [*_CONTRAST.finditer(text, a, b), *SIDE_CUT.finditer(text, a, b), *_next_subjects(text, a, b)]
    contrasts = sorted(found, key=lambda m: m.end())
    cuts = [a] + [m.end() for m in contrasts] + [b]
    if len(cuts) == 2:
        return [Clause(refs, " ".join(text[a:b].split()))]
    turns = {m.end() for m in contrasts if _TURN.fullmatch(m.group())}
    spans = list(zip(cuts, cuts[1:], strict=False))
    named = [list(dict.fromkeys(s.ref for s in inside if lo <= s.start < hi)) for lo, hi in spans]
    out = []
    for k, (lo, hi) in enumerate(spans):
        other = not named[k] and lo in turns and _OTHER_SUBJECT.match(text, lo, hi)
        apart = not named[k] and hi in turns and k + 1 < len(spans) and bool(named[k + 1])
        words = " ".join(text[lo:hi].split())
        out.append(Clause([] if other else named[k] or refs, words, lo in turns, apart))
    return out
