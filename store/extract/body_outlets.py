"""An outlet that is a state body: a press release on gov.kz, a ministry's Telegram channel,
a dump whose `source` is «Комитет государственных доходов». Such an outlet's initials in its
own text («В КГД сообщили», «МКК мәліметінше») are the body acting, not a byline: the pass
`not_the_outlet` drops a span that is the outlet's initials or domain stem as furniture, and
with a body for outlet it dropped the body the text names (org85: a dump with source «Комитет
государственных доходов» and «В КГД сообщили …» in its text gave no organization at all).

A body is told by its head noun, the way a government portal heads its pages: a Russian one
first («Министерство …», «Департамент …», «Пограничная служба …»), a Kazakh one last
(«… министрлігі», «… басқармасы»). An outlet so named is passed to the passes as no outlet.
"""

from __future__ import annotations

import re

_BODY_OUTLET = re.compile(
    r"(?i)^(?:пресс-служба\s+)?(?:министерств|комитет|департамент|акимат|агентств|управлени|"
    r"инспекци|прокуратур|(?:[а-яё-]+ая\s+)?служб)[а-яё]*\s|"
    r"(?:министрлігі|комитеті|департаменті|әкімдігі|басқармасы|қызметі|агенттігі|инспекциясы|"
    r"прокуратурасы)(?:\s+(?:РК|ҚР))?$"
)


def is_body_outlet(source: str) -> bool:
    """Does the outlet's name name a state body (see the module doc)?"""
    return bool(_BODY_OUTLET.search(" ".join((source or "").split())))


def outlet_for_passes(source: str | None) -> str:
    """The outlet `not_the_outlet` is to read: none for a state body (its initials are the
    body's, see the module doc), else the article's outlet as it is."""
    return "" if not source or is_body_outlet(source) else source
