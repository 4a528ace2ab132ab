"""Places a language's own rules found, put among the spans the model and earlier passes
gave: shared by the Kyrgyz and Uzbek place passes, which read forms the Russian model
does not know and so must override its readings of the same words."""

from __future__ import annotations


def put_places(out: list, found, ctx) -> list:
    """Each (span, name) found replaces the places and persons it overlaps, unless a
    checkpoint holds its words or a body's name holds it (the body passes decide); the
    spans in text order."""
    for span, name in found:
        if ctx.cp_index.overlapping(span.start, span.end):
            continue
        over = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.type == "organization" for s in over):
            continue  # a body's name holds it: the body passes decide
        out = [s for s in out if s not in over]
        out.append(span)
        ctx.names[(span.start, span.end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))
