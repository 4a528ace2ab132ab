"""A Kazakh adjective made from a place is no place: «шымкенттік кәсіпкер» (a Shymkent
businessman), «алматылық жүргізушілер», «қазақстандық жүк».

Why (place82, issue 15): the Russian model proposes such a word, capitalized at a sentence's
start, as a location («Шымкенттік кәсіпкер Асқар Мамин Шымкентке барады» gave the place
«Шымкенттік» beside «Шымкент»), and dev's reference counts no adjective as a place, as it
counts no Russian one («казахстанский»). The knowledge base's own matcher already refuses these
suffixes after a place (kb._DERIVING); this pass refuses the model's span of one such word: a
place the knowledge base names whole, then «-лық/-лік/-дық/-дік/-тық/-тік», then at most a
plural and a case ending.
"""

from __future__ import annotations

import re

from store.lang import kb

_ADJECTIVE = re.compile(
    r"^(?P<stem>[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]{2,}?)(?:лық|лік|дық|дік|тық|тік)"
    r"(?:тар|тер|дар|дер|лар|лер)?(?:тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|на|не|та|те|да|де|тан|тен|дан|ден|нан|нен|ты|ті|ды|ді|ны|ні|ы|і)?$"
)


def _place_adjective(word: str) -> bool:
    m = _ADJECTIVE.match(word)
    return bool(m) and kb.row_of_printed("location", m.group("stem")) is not None


def kazakh_place_adjectives(text: str, spans: list, ctx) -> list:
    """The pass: a location span of one word that is a known place's adjective is dropped."""
    return [s for s in spans if not (s.type == "location" and _place_adjective(s.text.strip()))]
