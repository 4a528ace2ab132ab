"""`places_in_quoted_names`: a place written inside the quotes of a body's own name
(«СЭЗ «Хоргос – Восточные ворота»», «ТОО «Достык Транзит Сервис»», «Қорғас – Шығыс қақпасы» АЭА)
is a word of that name, not a place the article speaks of.

Why (org74, issue 15): a zone, a terminal or a firm named after its town carries the town in
its quoted name; the model reads the town there as a place, and the body's span, linked
around it, kept it. The seeds' reference lists «СЭЗ «Хоргос – Восточные ворота»» as a body and
no place «Хоргос» (docs/gazetteer.md: the zone is a body named after the post). A place that
qualifies a body outside its quotes («консульство Туркменистана в Актау», «Министерство
транспорта РК», «акимат Алакольского района») stays a place: dev's reference counts those.
"""

from __future__ import annotations

import re

# a quoted run: a guillemet pair (one level of nesting, «НК «КТЖ»»), or straight/curly quotes
_QUOTED = re.compile(r"«(?:[^«»]|«[^«»]*»)*»|\"[^\"]*\"|“[^“”]*”|„[^„“”]*[“”]")


def _quoted_runs(text: str, body) -> list[tuple[int, int]]:
    """The text offsets of each quoted run inside the body span `body`, quotes included."""
    return [(body.start + m.start(), body.start + m.end()) for m in _QUOTED.finditer(text[body.start : body.end])]


def places_in_quoted_names(text: str, spans: list, ctx) -> list:
    """The pass (see module doc): every place span lying inside a quoted run of an
    organization span is dropped."""
    runs = [run for s in spans if s.type == "organization" for run in _quoted_runs(text, s)]
    if not runs:
        return spans
    return [s for s in spans if not (s.type == "location" and _inside_any(s, runs))]


def _inside_any(span, runs) -> bool:
    return any(start < span.start and span.end < end for start, end in runs)
