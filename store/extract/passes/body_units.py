"""A state after a body's bracketed initials, as a span pass (issue 15, org31).
(`units_of_bodies`, a lower-case regional unit's word before its body; `facilities_named`, a
quoted name after «аэропорт»/«вокзал» as no body; and `firms_by_legal_form`, Latin capitals
before a Kazakh legal form as a firm, were removed at stop 48: none changed an extraction on
dev, factRu, the seeds, 400 generated articles or the form sweeps, and their gains were on
org31's worked set only; bench/README «Stop 48, passes71».)

- `states_after_brackets`: «Пограничная служба Комитета национальной безопасности (КНБ)
  Казахстана»: the initials in brackets split the name, and the state after them is still
  the name's last word; the body runs on over it («… безопасности Казахстана»).

It takes (text, spans, context) and returns spans; a renamed span carries its name in
`context.names`.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan

# The bracketed initials of the name just read, then its state in the genitive.
_STATE_AFTER_BRACKET = re.compile(
    r"\s*\((?P<initials>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,8})\)\s+(?P<state>Республики\s+Казахстан|Российской\s+Федерации|Кыргызской\s+Республики"
    r"|Казахстана|России|Кыргызстана|Киргизии|Узбекистана|Туркменистана|Китая|РК|РФ|КР|КНР)(?![\w-])"
)


def states_after_brackets(text: str, spans: list, ctx) -> list:
    """Each body followed by its bracketed initials and its state, run on over the state
    (see module doc); the state's own span inside stays."""
    out = []
    for s in spans:
        m = _STATE_AFTER_BRACKET.match(text, s.end) if s.type == "organization" else None
        if m is None or _inside_a_body_ending_there(s, spans):
            out.append(s)
            continue
        name = ctx.names.pop((s.start, s.end), None) or getattr(s, "name", "") or s.text
        grown = NerSpan("organization", s.start, m.end(), text[s.start : m.end()])
        whole = f"{name} {' '.join(m.group('state').split())}"
        ctx.names[(grown.start, grown.end)] = whole
        if any(o is not s and o.type == "organization" and s.start < o.start and o.end == s.end for o in spans):
            out.append(grown)
            continue  # the initials are the parent's named last («… Комитета национальной безопасности (КНБ)»)
        for o in spans:  # the initials, in the brackets and wherever else, are the same body
            if o.type == "organization" and o.text == m.group("initials"):
                ctx.names[(o.start, o.end)] = whole
        out.append(grown)
    return out


def _inside_a_body_ending_there(s, spans: list) -> bool:
    """Is `s` the parent named inside a longer body that ends where it ends («Комитета …»
    in «Пограничная служба Комитета …»)? The longer body takes the state."""
    return any(o is not s and o.type == "organization" and o.start < s.start and o.end == s.end for o in spans)
