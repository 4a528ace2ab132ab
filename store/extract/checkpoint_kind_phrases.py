"""The kind of crossing an article says a post is in words that stand after its name: a kind
word in apposition («Сырдарья» – автомобильный пункт пропуска; «X» (пешеходный)), what the
post is for or takes («…открыли для грузового автотранспорта», «…принимает только пешеходов»,
Kazakh «…жаяу жүргіншілерге арналған»), what it becomes («станет пешеходным»), and the freight
its sentence says goes through a post whose row is a passenger one («На «X» стоят 300 фур»,
or the sentence before's freight taken up by a pronoun: «Фуры идут транзитом. На «X» их
взвешивают»). What a post refuses is no purpose and no freight through it («не принимает фуры»,
«закрыт для грузовиков», «жүк көліктері өтпейді»: kind48); cars, buses and people on foot are a
passenger post's own traffic and say nothing against its row.

A post's row gives its kind as its source does (store/data/checkpoints.csv); these words are
the article's, and they speak for the one post they follow, up to the next post its sentence
names. Words before a name, glued to it, or over a list are read in checkpoint_kinds.py.
"""

from __future__ import annotations

import re

# what a post is for or takes, as news says it after (or before) a post's name. Road: freight
# vehicles («для грузового автотранспорта», «для грузовых автомобилей», «принимает только фуры»,
# Kazakh «жүк көліктеріне арналған»); a passenger post: people on foot («только для пешеходов»,
# «пропускает только пешеходов», «жаяу жүргіншілерге ғана арналған»). Passengers with freight
# («для пассажиров и грузов») say no one kind; «для грузового транспорта» alone may be a train.
_FREIGHT = r"(?:фур\w*|грузовик\w*|большегруз\w*|грузов\w+\s+(?:авто\w*|машин\w*)|автотранспорт\w*)"
_WALKERS = r"пешеход(?:ов|ам|ы)\b"
_TAKES = r"(?:принима|пропуска|обслужива|открыва|открыт|работа)\w*\s+(?:только\s+|лишь\s+|исключительно\s+)?"
PURPOSE_CUES = (
    (
        "road",
        re.compile(
            rf"\bдля\s+(?:грузов\w+\s+)?{_FREIGHT}(?!\s+и\s+пешеход)|\b{_TAKES}{_FREIGHT}(?!\s+и\s+пешеход)|"
            r"жүк\s+(?:көлі\w*|тасымал\w*)\s+(?:үшін\s+|ғана\s+)?арналған",
            re.IGNORECASE,
        ),
    ),
    (
        "passenger",
        re.compile(
            rf"\bдля\s+{_WALKERS}(?!\s+и\s+(?:грузов|фур|авто))|\b{_TAKES}{_WALKERS}(?!\s+и\s+(?:грузов|фур|авто))|"
            r"жаяу\s+жүргіншілер\w*\s+(?:үшін\s+|ғана\s+)?арналған",
            re.IGNORECASE,
        ),
    ),
)


# a kind word as an apposition or a predicate of the name: «X» – автомобильный пункт пропуска,
# «X» (пешеходный), «X», железнодорожный пункт …, «X» станет пешеходным, «X» является автомобильным
_KIND_ADJECTIVES = (
    ("road", r"(?:автомобильн|автодорожн|грузов|грузопассажирск)\w*"),
    ("rail", r"железнодорожн\w*"),
    ("passenger", r"(?:пешеходн|пассажирск)\w*"),
)
_POST_NOUN = r"(?:пункт|переход|пост|кпп|погранпереход|бекет|өткізу)"
_APPOSED = tuple(
    (
        kind,
        re.compile(
            r"[»\"”]?[ \t]*(?:(?:[-–—]|,)[ \t]*"
            + adjective
            + r"\s+"
            + _POST_NOUN
            + r"|\([ \t]*"
            + adjective
            + r"[ \t]*\)"
            # a predicate in the name's clause, a few words on: «X» с мая станет пешеходным
            r"|[»\"”]?(?:[ \t]+[^\s,.;:!?«»\"“”„]+){0,3}?[ \t]+"
            r"(?:стан(?:ет|ут|ов\w+)|будет|явля\w*|останется|сделают)\s+"
            r"(?:только\s+)?" + adjective + r")",
            re.IGNORECASE,
        ),
    )
    for kind, adjective in _KIND_ADJECTIVES
)


def apposed_kind(text: str, end: int, stop: int) -> str | None:
    """The kind a word set beside the name ending at `end` gives it (see _APPOSED), before
    `stop`: the post's own, whatever its row says."""
    return next((kind for kind, rx in _APPOSED if (m := rx.match(text, end)) and m.end() <= stop), None)


# a purpose refused is no purpose (kind48): «не принимает фуры», «закрыт для грузовиков»,
# «не предназначен для грузовых автомобилей» (one word may stand between)
_REFUSED_BEFORE = re.compile(r"(?:\bне|\bзакры\w*|\bзапрещ\w*)(?:[ \t]+\w+)?[ \t]+$", re.IGNORECASE)


def _offered(rx: re.Pattern, text: str, end: int, stop: int) -> re.Match | None:
    """The first match of rx in text[end:stop] that no refusal stands right before."""
    for m in rx.finditer(text, end, stop):
        if not _REFUSED_BEFORE.search(text, max(end, m.start() - 24), m.start()):
            return m
    return None


def purpose_kind(text: str, end: int, stop: int) -> str | None:
    """The kind the first phrase of what a post is for (PURPOSE_CUES) gives it, in
    text[end:stop] (the rest of its sentence up to the next post it names)."""
    best, best_pos = None, stop
    for kind, rx in PURPOSE_CUES:
        m = _offered(rx, text, end, stop)
        if m and m.start() < best_pos:
            best, best_pos = kind, m.start()
    return best


# freight that goes through a post: a passenger post takes none («300 фур стоят на «X»», Kazakh
# «X» арқылы жүк көліктері өтеді); not cars or drivers, which a passenger post also lets through
_CARGO = re.compile(
    r"\bфур(?:а|ы|е|у|ой|ам|ами|ах)?\b|грузовик|большегруз|дальнобой|\bгрузов\w+\s+(?:автомобил|машин|автотранспорт)|"
    r"жүк\s+көлі",
    re.IGNORECASE,
)


# freight turned away: what a passenger post refuses says nothing against its kind (kind48:
# «Грузовой транспорт через «X» не пропускается», «водители фур жалуются, что на «X» их
# разворачивают», «дальнобойщики не обслуживаются», Kazakh «жүк көліктері өтпейді»)
_REFUSED = re.compile(
    r"\bне\s+(?:(?:про|до|в|)пуска|принима|обслужива|оформля|проезжа|проход|пропущ|допущ|предназнач)\w*|\bзапрещ\w*|"
    r"\bразворач\w*|\bзакрыт\w*\s+для\b|\bнедоступ\w*|"
    r"өтпей\w*|өткізілмей\w*|өткізбей\w*|рұқсат\s+етілмей\w*|тыйым\s+салын\w*",
    re.IGNORECASE,
)


# a plural pronoun that takes up the sentence before's subject: «Фуры идут через Казахстан.
# На посту «X» их досматривают» (Kazakh «олар», «оларды»)
_TAKEN_UP = re.compile(r"\b(?:их|они|им|ими|олар\w*)\b", re.IGNORECASE)


def freight_kind(text: str, sent: tuple[int, int], before: tuple[int, int] | None = None) -> str | None:
    """ "road" when the sentence says freight goes through, else None; asked only for a post
    whose rows are all passenger posts and that its sentence names alone. A sentence that says
    freight is refused there («фуры не пропускают», «жүк көліктері өтпейді») says no freight
    goes through (_REFUSED), so the row's passenger kind stands. Freight told of in the sentence
    `before` counts when this sentence takes it up by a pronoun and neither refuses it."""
    if _REFUSED.search(text, *sent):
        return None
    if _CARGO.search(text, *sent):
        return "road"
    if before and _TAKEN_UP.search(text, *sent) and _CARGO.search(text, *before) and not _REFUSED.search(text, *before):
        return "road"
    return None
