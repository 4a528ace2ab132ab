"""A queue story names its posts without a post's word: «очереди на «Хоргосе»», «на Жибек жолы
скопилось более 500 фур», «фуры стоят у Кордая», «Нұр жолында кезек ұзарды». The post finder
(checkpoints.py) asks for a cue in the text, and for a name that is also a town, a person or a
road («Жибек жолы», «Атамекен») a cue in its sentence; a queue bulletin has neither when it says
only «очередь», «фуры», «кезек». This is the grammar of that cue:

- a queue story (the text's cue): a queue word («очередь», «затор», «пробка», «скопление»,
  «простои», Kazakh «кезек», «кептеліс») and a freight word («фура», «большегруз», «грузовик»,
  «дальнобойщик», «перевозчик», Kazakh «жүк көлігі», «жүргізуші») in one text; (facts65) a wait
  said with drivers is one too: «водители ждут на «Сырыме»», «на «Кордае» приходится простаивать
  больше недели» (a verb of waiting is a queue word, «водители» a freight word of this grammar only:
  checkpoint_traffic.py shares FREIGHT and has no use for drivers);
- a queue at the post (a sentence's cue for the name): the name after «на», «у», «перед»,
  «возле», «около» (at a post; «в» is the village's, checkpoint_not_posts.in_the_town) or, in
  Kazakh, in the locative («Қорғаста», «Нұр жолында») or before «алдында» / «маңында»; and a
  queue or freight word in the same clause, at most `_NEAR` letters before the name or after it.
Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

# «простои» / «простоя» (trucks standing idle), not «простой» (also «simple»)
_QUEUE = (
    r"очеред\w*|затор\w*|пробк\w*|скоплени\w*|скопил\w*|скаплива\w*|кезек\w*|кептел\w*|просто(?:и|я|ев|ях)\b"
    # waiting at the post (facts65): «ждут», «простаивают», «простояли», «ожидают»
    r"|ждут\b|ждали\b|простаива\w*|простоял\w*|простоять\b|ожидают\b|ожидали\b"
    # standing a span given each vehicle (facts66): «стоять по четверо суток», «стоят по неделе»,
    # «стояли в очереди по 3 дня»; a bare «стоят» is anyone's
    r"|сто(?:ять|ят|яли)\s+(?:в\s+очереди\s+)?по\s+(?:\d|двое|трое|четверо|пятеро|несколько|недел|сутк|пол)"
)
FREIGHT = (  # also a traffic story's vehicle words (checkpoint_traffic.py)
    r"фур(?:а|ы|у|е|ой|ам|ами|ах)?\b|большегруз\w*|грузовик\w*|дальнобойщик\w*|тягач\w*|"
    r"грузов\w+\s+(?:машин|авто|транспорт)\w*|жүк\s+(?:көлі|машина|автокөлі)\w*|фуралар\w*|жүргізуші\w*|перевозчик\w*"
)
_QUEUE_WORD = re.compile(r"\b(?:" + _QUEUE + r")", re.IGNORECASE)
_DRIVERS = r"водител\w*"
_FREIGHT_WORD = re.compile(r"\b(?:" + FREIGHT + r"|" + _DRIVERS + r")", re.IGNORECASE)
_EITHER = re.compile(r"\b(?:" + _QUEUE + r"|" + FREIGHT + r")", re.IGNORECASE)

# the preposition of a place one stands at, right before the name (a quote may stand between)
# («к»: facts66, «стоять на подъезде к «Бахты»», «очередь к «Кордаю»»)
_AT_BEFORE = re.compile(r"(?:^|[\s(])(?:на|у|к|перед|возле|около|под)[ \t]+[«\"“„]?$", re.IGNORECASE)
# Kazakh: the locative glued to the name («Қорғаста», «Нұр жолында»), or a postposition after it
_KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі)$", re.IGNORECASE)
_KK_AFTER = re.compile(r"[»\"”]?[ \t]+(?:алдында|маңында|бекетінде|шекарасында)\b", re.IGNORECASE)

_NEAR = 80  # letters between the name and its queue word, within one clause
_CLAUSE_END = re.compile(r"[.!?;:,\n]")


def queue_story(text: str) -> bool:
    """Does the text speak of a queue of freight (a queue word and a freight word in it)?"""
    return bool(_QUEUE_WORD.search(text) and _FREIGHT_WORD.search(text))


def queue_at(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) where a queue stands: at the post (a preposition of place
    before it, or a Kazakh locative) with a queue or freight word near it in its clause?"""
    at = bool(_AT_BEFORE.search(text, max(0, start - 10), start))
    if not at:
        word = text[start:end].rstrip('»"” ')
        at = bool(_KK_LOCATIVE.search(word) or _KK_AFTER.match(text, end))
    if not at:
        return False
    before = text[max(0, start - _NEAR) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    if _EITHER.search(before, cut):
        return True
    after = text[end : end + _NEAR]
    stop = _CLAUSE_END.search(after)
    return bool(_EITHER.search(after, 0, stop.start() if stop else len(after)))


def queue_in_its_clause(text: str, start: int, end: int) -> bool:
    """cp107: does the name's own clause tell of a queue of freight, a queue word and a freight word
    both within `_NEAR` letters of the name («В Таскале выросла очередь фур», «в Майкапшагае
    скопилась очередь из 200 грузовиков»)? A queue of trucks in a post's village stands at the post;
    trucks alone («фуры отправляют на стоянку в Кордае») or a school there do not say so."""
    before = text[max(0, start - _NEAR) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + _NEAR]
    stop = _CLAUSE_END.search(after)
    clause = before[cut:] + " " + after[: stop.start() if stop else len(after)]
    return bool(_QUEUE_WORD.search(clause) and _FREIGHT_WORD.search(clause))
