"""Neighbours' posts that no gazetteer row holds, read from the one shape that leaves no
doubt: two quoted names joined by a dash, the first one of ours, in a sentence about
checkpoints — «Казыгурт» – «Ташкент», «Атамекен» – «Гулистан» (Узбекистан). The second
name is the post facing ours across the border: a checkpoint of the neighbour's country
(the bracket after it, else the border our post stands on) and half of the same crossing,
so of our post's kind. A name the gazetteer knows is matched as usual and never read here;
a name with a Kazakh bracket («(РК)»), a station line in one pair of quotes («Бахты –
Аягоз») and a pair outside a checkpoint sentence are not this shape.

Right after a post's noun, a pair needs no quotes of its own: «КПП Жанибек – Вишневка»,
«КПП «Вишневка - Жанибек»» (either post first) name one crossing, so the unknown half is the
neighbour's post, unless it is a town of ours («КПП Хоргос – Жаркент» is a road's ends) or a
city the place list knows (a capital or a big town over the border: «КПП Кордай – Бишкек» is
the road to Bishkek). A post named like a city comes from the knowledge base, or from the
quoted shape above.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_sides import country_in
from store.lang import gazetteer, kb
from store.lang.places import place_nominative

_CAP = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
_WORD = r"[\w'’.]*"
_PAIRED = re.compile(
    r"[»\"”][ \t]*(?:\((?:РК|ҚР|Казахстан|Қазақстан)\)[ \t]*)?[-‐–—/][ \t]*[«\"“„]"
    rf"(?P<name>{_CAP}{_WORD}(?:[ \t-]\w{_WORD}){{0,2}})[»\"”]"
    r"(?:[ \t]*\((?P<bracket>[^()\n]{1,25})\))?"
)
# the same pair written the other way round, the neighbour's post first: then its country
# must be in brackets after it («Ташкент» (Узбекистан) – «Казыгурт» (РК))
_PAIRED_BEFORE = re.compile(
    rf"[«\"“„](?P<name>{_CAP}{_WORD}(?:[ \t-]\w{_WORD}){{0,2}})[»\"”]"
    r"[ \t]*\((?P<bracket>[^()\n]{1,25})\)[ \t]*[-‐–—/][ \t]*[«\"“„]$"
)

# two posts listed with «и» and each its country in brackets, ours first: «Атамекен» (Казахстан) и
# «Гулистан» (Узбекистан); without both brackets «и» joins two posts of one side
_PAIRED_AND = re.compile(
    r"[»\"”][ \t]*\((?:РК|ҚР|Казахстан|Қазақстан)\)[ \t]*(?:и|және|ва|жана)[ \t]+[«\"“„]"
    rf"(?P<name>{_CAP}{_WORD}(?:[ \t-]\w{_WORD}){{0,2}})[»\"”]"
    r"[ \t]*\((?P<bracket>[^()\n]{1,25})\)"
)

# what makes the sentence one about checkpoints (a post's noun, an abbreviation, Kazakh words)
_CUE = re.compile(
    r"пункт\w*\s+пропуска|\b(?:кпп|мапп|апп|дапп|ждпп|пп)\b|погранперех|пропускн\w+\s+пункт|өткізу|бекет",
    re.IGNORECASE,
)


def find_unlisted(text: str, spans: list, sentence_of) -> list:
    """(start, end, name, ref) of each unlisted post paired right after one of ours (or
    right before it, with its country in brackets).
    `spans` are the mentions already found (CheckpointSpan), `sentence_of(pos)` the
    bounds of the sentence holding `pos`."""
    taken = [(s.start, s.end) for s in spans]
    out = []
    for s in spans:
        cp = gazetteer.get(s.ref)
        if cp is None or cp.foreign or cp.border not in gazetteer.BORDERS:
            continue
        paired = (
            _PAIRED.match(text, s.end) or _PAIRED_AND.match(text, s.end),
            _PAIRED_BEFORE.search(text, max(0, s.start - 80), s.start),
        )
        for m in paired:
            if m is None:
                continue
            start, end = m.span("name")
            if any(a < end and start < b for a, b in taken):
                continue  # a name the gazetteer knows, already matched
            country = _country(m.group("bracket"), cp.border if m.re is _PAIRED else None)
            if m.re is _PAIRED_AND and country is None:
                continue
            lo, hi = sentence_of(s.start)
            if country is None or not _CUE.search(text, lo, hi):
                continue
            ref = gazetteer.unlisted_ref(m.group("name"), country, s.kind or cp.kind, cp.id)
            out.append((start, end, m.group("name"), ref))
            taken.append((start, end))
        out += _after_post_noun(text, s, cp, taken)
    return out


_POST_NOUN = r"(?:\b(?:кпп|мапп|апп|дапп|ждпп)|пункт\w*\s+пропуска|погранперех\w*|пропускн\w+\s+пункт\w*)"
_NAME = rf"{_CAP}[\w'’]*(?:-{_CAP}?[\w'’]+)?"
# the unknown half after ours: «КПП Казыгурт – Ташкент», «КПП «Жанибек - Вишневка»»
_BARE_AFTER = re.compile(rf"[ \t]*[-‐–—][ \t]*(?P<name>{_NAME})(?=[»\"”]|[ \t]*[,.;:)]|[ \t]+[a-zа-яё]|[ \t]*$)")
# the unknown half before ours, right after the noun: «КПП «Вишневка - Жанибек»»
_BARE_BEFORE = re.compile(rf"{_POST_NOUN}[ \t]+[«\"“„]?(?P<name>{_NAME})[ \t]*[-‐–—][ \t]*[«\"“„]?$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(rf"{_POST_NOUN}[ \t]+[«\"“„]?$", re.IGNORECASE)


def _after_post_noun(text: str, s, cp, taken: list) -> list:
    """The unknown half of a pair written right after a post's noun, without quotes of its
    own: «КПП Жанибек – Вишневка», «КПП «Вишневка - Жанибек»» (see the module's note)."""
    found = []
    after = _BARE_AFTER.match(text, s.end)
    if after and _NOUN_BEFORE.search(text, max(0, s.start - 40), s.start):
        found.append(after)
    before = _BARE_BEFORE.search(text, max(0, s.start - 60), s.start)
    if before:
        found.append(before)
    out = []
    for m in found:
        start, end = m.span("name")
        name = m.group("name")
        if any(a < end and start < b for a, b in taken) or not name[1:].islower() or _a_place(name):
            continue
        ref = gazetteer.unlisted_ref(name, cp.border, s.kind or cp.kind, cp.id)
        out.append((start, end, name, ref))
        taken.append((start, end))
    return out


def _a_place(name: str) -> bool:
    """A town of ours, or a city the place list knows (Бишкек, Ташкент, Урумчи): the end of
    a road, not a post no row holds."""
    return kb.is_kazakh_place(name) or place_nominative(name) is not None


def _country(bracket: str | None, border: str | None) -> str | None:
    """The neighbour the post belongs to: the bracket's country, else the border our post is
    on; None when the bracket names no neighbour (a remark, or Kazakhstan)."""
    if bracket is None:
        return border
    country = country_in(bracket)
    return country if country in gazetteer.BORDERS else None
