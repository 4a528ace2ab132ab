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

from store.extract.checkpoint_kinds import CUE_NEEDLES, KIND_CUES, cue_lowered, may_match, without_travel_modes
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
            r"\bфур(?:а|ы|е|у|ой|ам|ами|ах)?\b|грузовик|большегруз|дальнобой|\bпробк[аиеу]\b|\bавтомобил(?:ей|и|ям|ями|ях|я|ь|е|ем)\b|"
            r"\bавтобус|автотранспорт|\bводител[ьяеюи]|\bмашин(?:а|ы|е|у|ой|ам|ами|ах)?\b|\bтранспортн\w+\s+средств|"
            r"жүк\s+көлі|\bкөліктер|жүргізуші|\bжеңіл\s+(?:автомобиль|көлік)",
            re.IGNORECASE,
        ),
    ),
    (
        "rail",
        re.compile(
            r"\bвагон|\bпоезд(?!к|ок\b)|\bпойыз|\bлокомотив|\bэшелон|\bколе[яиюе]\b|контейнерн\w+\s+(?:поезд|состав)|"
            r"\bгрузов\w+\s+состав",
            re.IGNORECASE,
        ),
    ),
    ("passenger", re.compile(r"\bпешеход|\bпешком\b|\bпеш\w+\s+пересечен|\bжаяу\b", re.IGNORECASE)),
)


# Words every match of a _CONTEXT pattern holds in some case (issue 15, stop 49): _said skips a
# pattern whose words its part lacks (all Cyrillic; tests/test_ingest101_cuts.py checks every code
# point `re` equates with their letters). The kind cues' own words are checkpoint_kinds.CUE_NEEDLES.
_CONTEXT_NEEDLES: dict[re.Pattern, tuple[str, ...]] = dict(
    zip(
        (rx for _, rx in _CONTEXT),
        (
            # road
            ("фур", "грузовик", "большегруз", "дальнобой", "пробк", "автомобил", "автобус", "автотранспорт")
            + ("водител", "машин", "транспортн", "жүк", "көліктер", "жүргізуші", "жеңіл"),
            # rail
            ("вагон", "поезд", "пойыз", "локомотив", "эшелон", "коле", "контейнерн", "грузов"),
            # passenger
            ("пеш", "жаяу"),
        ),
        strict=True,
    )
)
_NEEDLES = {**_CONTEXT_NEEDLES, **CUE_NEEDLES}


def kinds_of(refs: tuple[str, ...]) -> set[str]:
    """The kinds among a name's working rows on one side (ours unless all are foreign). A
    planned or closed post («Бахты», the rail crossing being built) is spoken of as a project,
    in words of its own: what crosses near a bare name does not make it that post («Пункт
    пропуска Бахты работает» after a sentence about the new railway is the road post)."""
    rows = [cp for cp in map(gazetteer.get, refs) if cp and not cp.status]
    home = [cp for cp in rows if not cp.foreign] or rows
    return {cp.kind for cp in home}


_BEFORE = 400  # how far back the paragraphs before a mention's sentence are read


def _said(text: str, start: int, end: int, words: tuple) -> set[str]:
    """The kinds `words` find in text[start:end], rail-or-air travel advice left out
    («выехать поездом или самолётом» names no post's kind)."""
    part = without_travel_modes(text[start:end])
    low = cue_lowered(part)  # a pattern whose words the part lacks is not searched (issue 15, stop 49)
    return {kind for kind, rx in words if may_match(rx, low, _NEEDLES) and rx.search(part)}


def _said_before(text: str, start: int) -> set[str]:
    """The kinds the nearest text before `start` that speaks of any speaks of: the rest of
    the mention's paragraph, then the paragraphs above it one by one (a page stores a line
    of a list as a paragraph, so a list's header and the sentence before it are paragraphs
    above its lines), 400 letters back at most."""
    floor = max(0, start - _BEFORE)
    end = start
    while end > floor:
        brk = text.rfind("\n\n", floor, end)
        lo = brk + 2 if brk >= 0 else floor
        said = _said(text, lo, end, _CONTEXT) | _said(text, lo, end, KIND_CUES)
        if said or brk < 0:
            return said
        end = brk
    return set()


def context_kind(text: str, c: Cand, sent: tuple[int, int]) -> str | None:
    """The one kind the mention's sentence speaks of by what crosses (see _CONTEXT), for a
    name whose rows differ in kind; when it speaks of nothing, the one kind the nearest text
    before it that speaks of any speaks of, by kind words or by what crosses («Все
    автомобильные пункты пропуска с Китаем закроются. Речь о «Бахты» и «Достык»», a list
    after «пересечь границу на автомобиле будет невозможно»; see _said_before). None when
    the text there speaks of no kind or of two."""
    kinds = kinds_of(c.name.refs)
    if len(kinds - {"mixed"}) < 2:
        return None
    said = _said(text, sent[0], sent[1], _CONTEXT) or _said_before(text, sent[0])
    if len(said) != 1:
        return None
    kind = said.pop()
    return kind if kind in kinds else None


# A clause's edges inside a sentence: a comma, semicolon, colon or dash, with a conjunction after
# it or not («Автомобильные пункты закрыты, а «Достык» принял 300 вагонов»)
_CLAUSE_BREAK = re.compile(r"[,;:][ \t]+(?:(?:а|но|и|зато|однако|ал|бірақ|және)[ \t]+)?|[ \t][–—-][ \t]+")


def clause_of(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the clause of the sentence `sent` that holds the mention at [start, end)."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, sent[0], start)), default=sent[0])
    after = _CLAUSE_BREAK.search(text, end, sent[1])
    return lo, after.start() if after else sent[1]


def clause_kind(text: str, c: Cand, clause: tuple[int, int]) -> str | None:
    """The one kind the mention's own clause speaks of by what crosses there (wagons, trucks),
    for a name whose rows differ in kind; None when the clause speaks of none or of two (facts89).
    A kind word of an earlier clause is another clause's subject's: «На границе закрыли
    автомобильные пункты, «Достык» принимает только вагоны» is the rail «Достык», not the road
    post once called so."""
    kinds = kinds_of(c.name.refs)
    if len(kinds - {"mixed"}) < 2:
        return None
    said = _said(text, clause[0], clause[1], _CONTEXT)
    return next(iter(said)) if len(said) == 1 and said <= kinds else None
