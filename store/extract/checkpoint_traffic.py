"""A traffic bulletin names its posts without a post's word: «через Кайрак прошли 200 фур»,
«Кольжат возобновил работу, первые машины прошли досмотр», «Майкапшагай пропустил 150 грузовых
машин», Kazakh «Қайрақ арқылы 300 жүк көлігі өтеді». The post finder (checkpoints.py) asks for
a cue in the text, and an agency's short record about traffic has none of its words («пункт
пропуска», «граница», «таможня»); the model then reads the unknown capitalised name next to a
verb as a person («Кольжат возобновил») or a place. This is the grammar of that cue:

- a traffic story (the text's cue): a vehicle or traveller word («фура», «грузовик», «машина»,
  «автомобиль», «вагон», «поезд», «пассажир», «перевозчик», Kazakh «көлік», «жолаушы») and a crossing
  word («прошли», «проехали», «проследовали», «пропустил», «пересекли», «досмотр», «проверять», «въезд»,
  Kazakh «өтті», «өтеді», «өткізді») in one sentence, at most `_NEAR` letters apart;
- a post crossed through (a sentence's cue for a name that is also a town or a person's):
  «через X» or Kazakh «X арқылы», with a traffic story's pair of words in its clause.
Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_queues import FREIGHT

_VEHICLE = (
    FREIGHT + r"|машин\w*|автомобил\w*|автомашин\w*|автобус\w*|легков\w*|транспортн\w+\s+средств\w*|"
    r"вагон\w*|поезд\w*|контейнер\w*|пассажир\w*|перевозчик\w*|водител\w*|көлі[кг]\w*|жолаушы\w*"
)
_CROSSING = (
    r"прош(?:ли|ло|ел|ла)\b|проехал\w*|проезжа\w*|проследова\w*|пропус(?:тил|тят|тит|кает|кают|кал|ка)\w*|"
    r"пересек(?:ли|ло|ла|ают|ает)?\b|пересекл\w*|досмотр\w*|провер\w*|въезд\w*|выезд\w*|въеха\w*|выеха\w*|"
    r"өт(?:ті|еді|кен|іп|кізді|кізеді|кізілді)\b"
)
_NEAR = 80
_STORY = re.compile(
    r"\b(?:" + _VEHICLE + r")[^.!?\n]{0," + str(_NEAR) + r"}?\b(?:" + _CROSSING + r")"
    r"|\b(?:" + _CROSSING + r")[^.!?\n]{0," + str(_NEAR) + r"}?\b(?:" + _VEHICLE + r")",
    re.IGNORECASE,
)
_THROUGH_BEFORE = re.compile(r"(?:^|[\s(])через[ \t]+[«\"“„]?$", re.IGNORECASE)
_THROUGH_AFTER = re.compile(r"[»\"”]?[ \t]+арқылы\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")


def traffic_story(text: str) -> bool:
    """Does one sentence of the text speak of vehicles or travellers crossing?"""
    return bool(_STORY.search(text))


def traffic_through(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) the place a traffic story's vehicles cross through: «через X»
    or «X арқылы», with the story's two words in its clause?"""
    if not (_THROUGH_BEFORE.search(text, max(0, start - 10), start) or _THROUGH_AFTER.match(text, end)):
        return False
    before = text[max(0, start - 2 * _NEAR) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + 2 * _NEAR]
    stop = _CLAUSE_END.search(after)
    clause = before[cut:] + " " + text[start:end] + " " + after[: stop.start() if stop else len(after)]
    return traffic_story(clause)
