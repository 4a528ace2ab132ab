"""The kind of crossing a mention is when no kind word names it, for the names that stand
for posts of two kinds (the rail «Достык» and the road post once called so; the road and
the rail «Бахты», «Жаныбек», «Жайсан», «Алимбет», «Шарбакты»; «Хоргос» on either side).

Kind words before or after a name (checkpoint_kinds.py) decide first. Where there are none,
the sentence still says what crosses there: trucks and drivers queue at a road post, wagons
and trains stand at a rail one («скопление большегрузов на пункте пропуска Достык»,
«Достық станциясында 3 мың вагон тұр»). Only when it says neither, or both, does the
gazetteer's first row of the name stand.

Tried and dropped (cp40): one sense per name in a text (a bare mention taking the row the
text's other mentions of the name chose by their words). It changed no figure on dev or the
fresh sets, and it made the working road post «Бахты» of «Пункт пропуска Бахты работает» the
planned rail one after a sentence about the «Бахты – Аягоз» line.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_names import Cand
from store.lang import gazetteer

# What crosses, as news about a post tells it, in Russian and Kazakh. Road: trucks, cars,
# buses, drivers (Kazakh «жүк көлігі», plural «көліктер», «жүргізуші»; not «Көлік
# министрлігі», the Ministry of Transport, nor «көлік дәлізі», a transport corridor). Rail:
# wagons, trains, locomotives, the gauge. Passenger: people on foot.
_CONTEXT = (
    (
        "road",
        re.compile(
            r"\bфур(?:а|ы|е|у|ой|ам|ами|ах)?\b|грузовик|большегруз|дальнобой|\bавтомобил(?:ей|и|ям|ями|ях|я|ь)\b|"
            r"\bавтобус|автотранспорт|\bводител[ьяеюи]|\bмашин(?:а|ы|е|у|ой|ам|ами|ах)?\b|\bтранспортн\w+\s+средств|"
            r"жүк\s+көлі|\bкөліктер|жүргізуші|\bжеңіл\s+(?:автомобиль|көлік)",
            re.IGNORECASE,
        ),
    ),
    (
        "rail",
        re.compile(
            r"\bвагон|\bпоезд(?!к)|\bпойыз|\bлокомотив|\bэшелон|\bколе[яиюе]\b|контейнерн\w+\s+(?:поезд|состав)|"
            r"\bгрузов\w+\s+состав",
            re.IGNORECASE,
        ),
    ),
    ("passenger", re.compile(r"\bпешеход|\bпешком\b|\bпеш\w+\s+пересечен|\bжаяу\b", re.IGNORECASE)),
)


def kinds_of(refs: tuple[str, ...]) -> set[str]:
    """The land kinds among a name's rows on one side (ours unless all are foreign)."""
    rows = [cp for cp in map(gazetteer.get, refs) if cp]
    home = [cp for cp in rows if not cp.foreign] or rows
    return {cp.kind for cp in home}


def context_kind(text: str, c: Cand, sent: tuple[int, int]) -> str | None:
    """The one kind the mention's sentence speaks of by what crosses (see _CONTEXT), for a
    name whose rows differ in kind; None when the sentence speaks of none or of two."""
    if len(kinds_of(c.name.refs) - {"mixed"}) < 2:
        return None
    said = {kind for kind, rx in _CONTEXT if rx.search(text, sent[0], sent[1])}
    if len(said) != 1:
        return None
    kind = said.pop()
    return kind if kind in kinds_of(c.name.refs) else None
