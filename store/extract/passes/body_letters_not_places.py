"""Pass `body_letters_not_places`: a body's own letters inside its name are no place (issue 15, org73).

Why: the model often reads a regional unit's abbreviation as a place when a list of bodies
and regions runs before it («Акимат Алматинской области и ДГД по Жамбылской области …»: it
tags «ДГД» LOC). `link_knowledge_base` then joins «ДГД по Жамбылской области» into one body
but keeps every location inside a body's name, since most of those are real places («РК» in
«КГД МФ РК», the region after «по»). So the letters came out twice: the body, and a place
named «ДГД». org73's probe of regional units by their letters (4 abbreviations × 6 regions ×
5 sentence shapes written for it) found this in 8 of 120 sentences, every one of them the
shape «<body of a region> и <letters> по <region>».

A location span inside an organization span is taken out when the knowledge base reads its
whole text as a body's name or abbreviation and as no place: the words are the body's, not a
second thing the article names. A place the knowledge base does not know, or knows as a
place («РК», «Абай»), stays.
"""

from __future__ import annotations

from store.lang import kb


def body_letters_not_places(text: str, spans: list, ctx) -> list:
    """`spans` without the locations that are a body's own name inside that body's span."""
    bodies = [s for s in spans if s.type == "organization"]
    if not bodies:
        return spans
    return [s for s in spans if not (s.type == "location" and _inside_a_body(s, bodies) and _a_bodys_name(s.text))]


def _inside_a_body(s, bodies: list) -> bool:
    return any(b.start <= s.start and s.end <= b.end and (b.end - b.start) > (s.end - s.start) for b in bodies)


def _a_bodys_name(words: str) -> bool:
    """The knowledge base finds `words` end to end as a body, and finds no place in them."""
    found = kb.find(words.strip())
    if not found or any(m.form.row.type == "location" for m in found):
        return False
    return any(m.start == 0 and m.end >= len(words.strip()) for m in found if m.form.row.type == "organization")
