"""`slash_glosses`: a place glossed between slashes ends before the slash: «Синьцзян-Уйгурского
автономного района /СУАР, Северо-Западный Китай/» names the region, not «… район /СУАР».

Why (loc55, issue 15): Xinhua's Russian service, and every outlet that reprints it (People's
Daily in Russian, casian.info, seanews.ru, rail-news.kz), writes its parentheses as slashes:
«Урумчи, 26 мая /Синьхуа/», «района /СУАР, Северо-Западный Китай/». The model reads the first
word of the gloss into the place before it, and the name then matches nothing. A slash with
a space before it is never inside a place's name; the gloss's own places («Северо-Западный
Китай») are found on their own.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

# a slash opening a gloss: a space before it, a letter after it («района /СУАР»)
_GLOSS = re.compile(r"\s+/(?=\w)")


def slash_glosses(text: str, spans: list, ctx) -> list:
    """The pass: a place (or body) the model ran over a gloss's opening slash ends before it;
    its name is then the part before the slash, named as any place."""
    out = []
    for s in spans:
        m = _GLOSS.search(s.text) if s.type in ("location", "organization") else None
        if m is None or m.start() == 0:
            out.append(s)
            continue
        cut = NerSpan(s.type, s.start, s.start + m.start(), s.text[: m.start()])
        ctx.names.pop((s.start, s.end), None)
        out.append(cut)
    return out
