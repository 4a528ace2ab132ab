"""Pass `signer_lines`: the person who signs a decree, on the line under it («Қазақстан
Республикасының / Премьер-Министрі К Мәсімов»).

The model reads no name in «К Мәсімов» (an initial without its dot, a line of its own), so
the shape does (store/lang/signers.py): the initials and surname of a signature line are a
person named «К. Мәсімов», the post before them his role. A span the model or a pass already
put over the name keeps its extent; over the name exactly, it takes the dotted name too.
"""

from __future__ import annotations

from store.extract.ner import NerSpan
from store.lang.signers import signers


def signer_lines(text: str, spans: list, ctx) -> list:
    """`spans` with a person span over each signature line's name no span covers yet."""
    found = signers(text)
    if not found:
        return spans
    out = list(spans)
    for start, end, name in found:
        if any(s.type == "person" and (s.start, s.end) == (start, end) for s in spans):
            ctx.names[(start, end)] = name  # the model read «К Мәсімов»: dotted as a signer's initials
            continue
        if any(s.start < end and start < s.end for s in spans):
            continue
        out.append(NerSpan("person", start, end, text[start:end]))
        ctx.names[(start, end)] = name
    return sorted(out, key=lambda s: (s.start, s.end))
