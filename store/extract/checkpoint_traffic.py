"""A traffic bulletin names its posts without a post's word: «через Кайрак прошли 200 фур»,
«Кольжат возобновил работу, первые машины прошли досмотр», «Майкапшагай пропустил 150 грузовых
машин», Kazakh «Қайрақ арқылы 300 жүк көлігі өтеді». The post finder (checkpoints.py) asks for
a cue in the text, and an agency's short record about traffic has none of its words («пункт
пропуска», «граница», «таможня»); the model then reads the unknown capitalised name next to a
verb as a person («Кольжат возобновил») or a place. This is the grammar of that cue:

- a traffic story (the text's cue): a vehicle or traveller word («фура», «грузовик», «машина»,
  «автомобиль», «вагон», «поезд», «пассажир», «перевозчик», Kazakh «көлік», «жолаушы», «пойыз») and a
  crossing word («прошли», «проходят» (cp107), «проехали», «проследовали», «пропустил», «пересекли»,
  «досмотр», «проверять», «въезд», «выехал», Kazakh «өтті», «өтеді», «өткізді», «шықты», «кірді») in one
  sentence, at most `_NEAR` letters apart;
- a post crossed through (a sentence's cue for a name that is also a town or a person's):
  «через X» or Kazakh «X арқылы», with a traffic story's pair of words in its clause;
- freight through a post (cp73): a post's name right before Kazakh «арқылы» with a word of goods
  moved in its clause («Алтынкөл арқылы жүк тасымалы өсті», «Достық арқылы жөнелтілген вагондар»):
  the cargo pages name a rail or road post so, with no post's noun and no verb of crossing. Only a
  name the gazetteer holds is asked; «Алматы арқылы» is never a candidate.
- a corridor through a post (place83): transit news routes goods through a post's name with no
  post's noun and no verb of crossing («Оттуда товары будут отправлять в Казахстан через Хоргос»,
  «контейнер пройдёт через Урумчи и Хоргос», «вагоны идут через Болашак», «Алашаңқоу арқылы
  Достыққа жетеді»); the model then reads the name as the town beside the post, which the
  references count as the post (dev's «через Достык» is a checkpoint, not a location). «через X»
  (also the second of «через Y и X», «через Y, X») or «X арқылы» is a post's when its clause moves
  something (a word of a vehicle, of goods or of movement). Only a name no town, person or word
  shares is asked (not an `ambiguous` row: «через Бейнеу», «через Сарыагаш» go through the towns
  as often as through the posts, and a post so read confirms its list's neighbours, «через Бейнеу
  и Каракалпакстан»); nor a neighbour's post (checkpoints._corridor). A settlement's own words
  around the name still say the town (checkpoint_towns.py is asked first), and a route written by
  its stops («Алматы — Достык») is no corridor (checkpoints.stop_on_a_route).
Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

from store.extract.checkpoint_queues import FREIGHT

_VEHICLE = (
    FREIGHT + r"|машин\w*|автомобил\w*|автомашин\w*|автобус\w*|легков\w*|транспортн\w+\s+средств\w*|"
    r"вагон\w*|поезд\w*|контейнер\w*|пассажир\w*|перевозчик\w*|водител\w*|көлі[кг]\w*|жолаушы\w*|"
    r"пойыз\w*"  # ent77: the Kazakh «поезд»
)
_CROSSING = (
    r"прош(?:ли|ло|ел|ла)\b|проход(?:ят|ит|или|ил)\b|проехал\w*|проезжа\w*|проследова\w*|пропус(?:тил|тят|тит|кает|кают|кал|ка)\w*|"
    r"пересек(?:ли|ло|ла|ают|ает)?\b|пересекл\w*|досмотр\w*|провер\w*|въезд\w*|выезд\w*|въеха\w*|выеха\w*|"
    r"өт(?:ті|еді|кен|іп|кізді|кізеді|кізілді)\b|"
    # ent77: Kazakh «went out» and «went in» («шықты», «шыққан», «кірді»), as Russian «выехал», «въехал»
    r"шық(?:ты|қан|ып)\b|шығады\b|кір(?:ді|еді|ген|іп)\b"
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
# «через» before the name, or before one other name of a pair or a list that ends with it
# («через Урумчи и Хоргос», «через Кашгар, Иркештам»): at most two words between, the last an «и»/«или»
# or a comma's
_CORRIDOR_BEFORE = re.compile(
    r"(?:^|[\s(])через[ \t]+(?:[«\"“„]?[\w-]+[»\"”]?(?:,|[ \t]+(?:и|или))[ \t]+)?[«\"“„]?$", re.IGNORECASE
)
# something moved: goods and their carriage, Russian and Kazakh (a vehicle word is _VEHICLE)
_GOODS = (
    r"груз\w*|товар\w*|поставк\w*|состав(?:а|ы|ов|ом)?\b|транзит\w*|экспорт\w*|импорт\w*|"
    r"жүк\w*|тасымал\w*|тасыл\w*|жөнелт\w*|тауар\w*"
)
# movement along a corridor: to go, pass, be sent, carried, delivered, to travel (a crossing word
# is _CROSSING); Kazakh «барады», «баратын», «жетеді», «жүреді», «жіберіледі»
_MOVING = (
    r"ид(?:ут|ёт|ет|ти)\b|пойд\w+|пройд\w+|проход\w+|следу\w+|следова\w+|отправ\w+|направ\w+|"
    r"вез(?:ут|ёт|ет|ти)\b|везл\w*|перевоз\w*|достав\w+|доход\w+|дойд\w+|ехать|едут|езд\w+|"
    r"бар(?:ады|атын|ды|ған)\b|жет(?:еді|ті|кен)\b|жүр(?:еді|ді|етін)\b|жібер\w+"
)
_MOVED = re.compile(r"\b(?:" + _VEHICLE + r"|" + _GOODS + r"|" + _MOVING + r"|" + _CROSSING + r")", re.IGNORECASE)
# goods moved, in Kazakh: cargo, its carriage, dispatch, transit, wagons, trains, containers, trade
_KK_CARGO = re.compile(
    r"\b(?:жүк\w*|тасымал\w*|тасыл\w*|жөнелт\w*|транзит\w*|вагон\w*|пойыз\w*|контейнер\w*|экспорт\w*|импорт\w*)",
    re.IGNORECASE,
)


def traffic_story(text: str) -> bool:
    """Does one sentence of the text speak of vehicles or travellers crossing?"""
    return bool(_STORY.search(text))


def traffic_through(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) the place a traffic story's vehicles cross through: «через X»
    or «X арқылы», with the story's two words in its clause?"""
    if not (_THROUGH_BEFORE.search(text, max(0, start - 10), start) or _THROUGH_AFTER.match(text, end)):
        return False
    return traffic_story(_clause(text, start, end))


def cargo_through(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) a post Kazakh freight goes through: «X арқылы» with a word of
    goods moved (_KK_CARGO) in its clause?"""
    if not _THROUGH_AFTER.match(text, end):
        return False
    return _KK_CARGO.search(_clause(text, start, end)) is not None


def corridor_through(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) a post a corridor's goods or travellers go through: «через X»
    (also «через Y и X») or «X арқылы», its clause moving something (see the module's docstring)?
    Asked only of a name that is a post's alone (checkpoints._corridor)."""
    if not (_CORRIDOR_BEFORE.search(text, max(0, start - 40), start) or _THROUGH_AFTER.match(text, end)):
        return False
    return _MOVED.search(_clause(text, start, end)) is not None


def _clause(text: str, start: int, end: int) -> str:
    """The clause around the name at [start, end), at most 2 × `_NEAR` letters either side."""
    before = text[max(0, start - 2 * _NEAR) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + 2 * _NEAR]
    stop = _CLAUSE_END.search(after)
    return before[cut:] + " " + text[start:end] + " " + after[: stop.start() if stop else len(after)]
