"""Local bodies named by their territory's adjective and level, as a span pass (org98).

The press names a maslikhat or an akimat by the place's adjective and the level word before the
head («Депутаты Алматинского городского маслихата», «в Таскалинском районном маслихате»), and in
Kazakh by the place's name and the level's adjective («Панфилов аудандық мәслихатының»). The
model proposes these in some cases and not in others (a location over the Russian words, a
person over «Панфилов», nothing at all), and `territorial_bodies` reads only the genitive after
the head («маслихат Карагандинской области»). Here the whole phrase is one body when the place
word is a territory of that level the knowledge base knows (`territorial_groups.territory_of`);
its name is the phrase in the nominative, so the article's other names of the same body join it
(`one_name_per_local_body`).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.territorial_groups import territory_of

_RU_ENDINGS = "ого|ому|ым|им|ом|ий|ый|ой"
# «Алматинского городского маслихата», «Зайсанским районным акиматом», «Сельский акимат» is no
# territory's (no place adjective before the level word).
_RU = re.compile(
    r"(?<![\w-])(?P<place>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?:" + _RU_ENDINGS + r")[ \t]+"
    r"(?P<level>городск|областн|районн)(?:" + _RU_ENDINGS + r")[ \t]+"
    r"(?P<head>[Мм]аслихат|[Аа]кимат)(?:а|у|ом|е)?(?![\w-])"
)
# «Панфилов аудандық мәслихатының», «Ақтөбе қалалық әкімдігі»: the place in the nominative.
_KK = re.compile(
    r"(?<![\w-])(?P<place>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?)[ \t]+"
    r"(?P<level>аудандық|облыстық|қалалық)[ \t]+"
    r"(?P<head>[Мм]әслихат|[Әә]кімдіг|[Әә]кімдік)[а-яёәғқңөұүһі]*(?![\w-])"
)
_LEVELS = {
    "городск": ("city", "городской"),
    "областн": ("region", "областной"),
    "районн": ("district", "районный"),
    "қалалық": ("city", "қалалық"),
    "облыстық": ("region", "облыстық"),
    "аудандық": ("district", "аудандық"),
}
_KK_HEADS = {"мәслихат": "мәслихаты", "әкімдіг": "әкімдігі", "әкімдік": "әкімдігі"}


def _ru_adjective(stem: str) -> str:
    """The masculine nominative of a place adjective's stem («Алматинск» → «Алматинский»)."""
    return stem + ("ий" if stem[-1:] in "кгхжшчщ" else "ый")


def _name(m: re.Match) -> tuple[str, str, str]:
    """(the body's nominative name, its level, the place word to look up) of a match."""
    level, level_word = _LEVELS[m.group("level")]
    head = m.group("head")
    if m.re is _RU:
        place = _ru_adjective(m.group("place"))
        return f"{place} {level_word} {head.lower()}", level, place
    return f"{m.group('place')} {level_word} {_KK_HEADS[head.lower()]}", level, m.group("place")


def leveled_local_bodies(text: str, spans: list, ctx) -> list:
    """Each maslikhat or akimat printed as its territory's adjective (or Kazakh name), the level
    word and the head, in any case, as one body named in the nominative; the model's location or
    person spans inside it give way, a body span already over all of it stays."""
    if not ("аслихат" in text or "кимат" in text or "әслихат" in text or "кімді" in text):
        return spans
    out = list(spans)
    for m in (*_RU.finditer(text), *_KK.finditer(text)):
        start, end = m.span()
        name, level, place = _name(m)
        if territory_of(place, level) is None:
            continue
        bodies = [o for o in out if o.type == "organization" and o.start < end and start < o.end]
        if any(o.start <= start and end <= o.end for o in bodies) or len(bodies) > 1:
            continue  # a body read over it already, or two bodies that this phrase would glue
        out = [o for o in out if not (o.start < end and start < o.end and (o.type != "organization" or o in bodies))]
        ctx.names[(start, end)] = name
        out.append(NerSpan("organization", start, end, m.group()))
    return sorted(out, key=lambda s: (s.start, s.end))
