"""A post's one-word name in a Kazakh where-case with no post's cue in the text is the place
it is named after: «Пойыз Қорғасқа жетті» ('the train reached Қорғас'), «Жолаушылар Бақтыдан
шықты», «Автобус Майқапшағайға келді».

Why: the post finder (checkpoints.find_checkpoints) needs a cue in the text (a post's noun, a
queue or traffic story, a post at work) and names nothing without one; the Russian model tags
the town of «Поезд прибыл в Хоргос» as a place, so a Russian text gets the place, but it tags no
Kazakh case form, so the same sentence in Kazakh gave nothing (ent77's held set). The place, not
the post: a train reaching Қорғас reaches the town as much as the station, and with no cue the
text does not say which, as in Russian.

What is not read so (ent78's probes): a word opening a sentence (its capital is the sentence's:
«Достыққа шақырған үндеу» is 'a call to friendship'), a given name («Қайратқа», 'to Қайрат'),
a possessive form («Достығына»), a name of two words («Нұр жолына», a road's), a word any other
pass made a span of, and a post the finder found.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_names import fold
from store.extract.checkpoints import post_names
from store.extract.ner import NerSpan
from store.lang import gazetteer
from store.lang.persons import given_names

# where to, where, where from on a name's nominative, longest first (the «-дағы» attribute and
# the possessive forms are left out: «Қорғастағы терминал», «Достығына» are not a where)
_WHERE_TAIL = re.compile(r"(?:дан|ден|тан|тен|нан|нен|да|де|та|те|ға|ге|қа|ке)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*)$")


def kazakh_post_towns(text: str, spans: list, ctx) -> list:
    """The pass: each such word a place named by its nominative (see module doc)."""
    added = []
    # the names find_checkpoints read in this text (kept, not read again); no scan of the text
    # for Kazakh letters: a Russian case form never ends as a Kazakh where-case on the whole name
    for start, end, refs in post_names(text):
        nominative = _nominative(text[start:end], refs)
        if nominative is None or _opens_a_sentence(text, start) or _a_given_name(nominative):
            continue
        if ctx.cp_index.overlapping(start, end) or any(s.start < end and start < s.end for s in spans):
            continue
        ctx.names[(start, end)] = nominative
        added.append(NerSpan("location", start, end, text[start:end]))
    return sorted([*spans, *added], key=lambda s: (s.start, s.end)) if added else spans


def _nominative(word: str, refs: tuple[str, ...]) -> str | None:
    """The post's name `word` is a where-case of (a Kazakh ending on the name as its row spells
    it: «Қорғасқа» → «Қорғас», «Бахтыдан» → «Бахты»), or None."""
    tail = _WHERE_TAIL.search(word)
    if tail is None or " " in word:
        return None
    bare = word[: tail.start()]
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp is not None and fold(bare) in {fold(n) for n in (cp.name_kk, cp.name_ru, *cp.variants) if n}:
            return bare
    return None


def _a_given_name(word: str) -> bool:
    """On the given names' list («Қайрат»). Not the dictionary's guess, which naming.is_first_name
    also asks: it reads an unknown Kazakh word («Қорғас») as a name."""
    return word.lower().replace("ё", "е") in given_names()


def _opens_a_sentence(text: str, start: int) -> bool:
    """Is the word's capital the sentence's (or the line's)?"""
    return bool(_SENTENCE_START.search(text, max(0, start - 3), start))
