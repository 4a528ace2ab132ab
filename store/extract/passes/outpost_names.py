"""Pass `outpost_names`: the quoted name of a border outpost is no body (issue 15, org56).

A frontier post (Russian «застава», Kazakh «заставасы») is named after its place: «наряд
пограничной заставы «Аксу»», «"Дархан" шекара заставасының қызметшілері». The model reads the
quoted name alone as a body; it is the outpost's name, a place the post stands at, and no reference
here counts it as an organization (org56's survey of 766 saved pages met it twice in a random
sample of 100 bodies, both false). The outpost's body — the frontier detachment, the border
service — is named elsewhere in the text when it is meant.
"""

from __future__ import annotations

import re

# the outpost's noun right before the name: «заставы «Аксу»», «погранзаставе "Дархан"»
_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:погран)?застав[аыеуойю]{0,3}\s+[«\"“]?$")
# the Kazakh noun right after it: «"Аксу" шекара заставасы», ««Дархан» заставасының»
_NOUN_AFTER = re.compile(r"(?i)[»\"”]?\s+(?:шекара(?:лық)?\s+)?заставас")


def outpost_names(text: str, spans: list, ctx) -> list:
    """The organization spans that are an outpost's name (module doc), taken out."""
    return [s for s in spans if not (s.type == "organization" and _an_outpost(text, s))]


def _an_outpost(text: str, s) -> bool:
    """A name of one or two words with the outpost's noun right before or right after it."""
    if len(s.text.split()) > 2:
        return False
    before = text[max(0, s.start - 30) : s.start]
    return bool(_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, s.end))
