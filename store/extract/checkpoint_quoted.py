"""A post's name in quotes, at the place a post's fact happens: «Работы на «Сырыме» планируется
завершить во втором квартале», «В «Жибек жолы» очередь растянулась на 5 километров», «Ежедневно
через «Достык» проходит до 20 поездов», «Через «Жайсан» можно проехать круглосуточно». The post
finder (checkpoints.py) asks for a cue word in the text («пункт пропуска», «граница») and, for a name
that is also a town or an organization, in its sentence; a bulletin's sentence about the post's
works, hours or traffic has neither, and its queue words are not always a queue story's
(checkpoint_queues.py: «очередь» and a freight word). This is the grammar of that cue (facts66):

- the name **in quotes** — a town is not quoted, a post often is;
- right after a preposition of place or passage: «на», «в», «во», «у», «к», «через», «возле»,
  «около», «напротив», «рядом с» (facts80), «перед»;
- and, in the same clause, a word of a post's fact: its works and their end («работы»,
  «реконструкция», «строительство», «модернизация», «завершат», «сдадут»), its state («закрыт»,
  «откроется», «приостановлен», «круглосуточно»), or traffic crossing it («проходит», «проехать»,
  «пропускает», «поездов»); a queue or a wait («очередь», «скопилось», «простаивают», «стоят по …»,
  «фуры») only after «в», «во», «через» — after «на», «у», «к» that is the queue finder's
  (checkpoint_queues.queue_at), and each pass keeps what it alone reads.

facts70 widened it: after any of these prepositions a queue, a wait or a state with no freight word
(«Очередь на «…» выросла до 60 машин», «Время ожидания на «…» превышает пять часов», «Через «…»
движение восстановлено») is the post's too, since queue_at reads queues only in a story that names
freight; and Kazakh, which puts the preposition after the name, «"…" арқылы» with a queue, a wait or
a state in its clause. An unquoted town stays a town here: it needs a cue of the text.

An organization that shares a post's name is quoted too («в «Атамекене» заявили»): it is read as
the post only with one of these words beside it. Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

# «около», «напротив», «рядом с» locate as «возле» does (facts80: «Узбекский пост рядом с «Жибек жолы» закрыт»)
_OPEN_QUOTE = re.compile(
    r"(?:^|[\s(])(на|в|во|у|к|через|возле|около|напротив|рядом[ \t]+с|перед)[ \t]+[«\"“„]$", re.IGNORECASE
)
_CLOSE_QUOTE = re.compile(r"[»\"”]")
_FACT_WORD = re.compile(
    r"(?<![\w-])(?:"
    # works and their end
    r"работ[ыау]?|реконструкци\w*|модернизаци\w*|строительств\w*|ремонт\w*|заверш(?:ат|ить|ится|атся|ение)\w*"
    r"|сдадут|сдать|введут|ввести"
    # state
    r"|закрыт\w*|закро(?:ют|ется|ются)|откро(?:ют|ется|ются)|открыт\w*|приостанов\w*|возобнов\w*|круглосуточн\w*"
    # traffic crossing
    r"|проход(?:ит|ят)|прош(?:ли|ло)|проехать|проезд\w*|пропуска(?:ет|ют)|поезд(?:ов|а)?|состав\w*|вагон\w*"
    # a flow of people or goods through it (facts72, qa69's «Погранслужба: на «…» пешеходный поток вырос»)
    r"|(?:пешеходн|пассажирск|транспортн|грузов)\w*\s+поток\w*|пассажиропоток\w*|грузопоток\w*"
    r")(?![\w-])",
    re.IGNORECASE,
)
# A queue's words count only after «в», «во», «через»: after «на», «у», «к» a queue at the name is
# the queue_posts pass's (checkpoint_queues.queue_at), so switching either off says what it reads.
_QUEUE_WORD = re.compile(
    r"(?<![\w-])(?:очеред\w*|затор\w*|пробк\w*|скопил\w*|скоплени\w*|простаива\w*|простоя\w*|ждут|ожидают"
    r"|сто(?:ять|ят|яли)\s+по|фур\w*|грузовик\w*)(?![\w-])",
    re.IGNORECASE,
)
_IN_OR_THROUGH = ("в", "во", "через")
# facts70: a queue, a wait or a state told with no freight word («Очередь на «Карасу» выросла до 60
# машин», «Время ожидания на «Сырыме» превышает пять часов», «Через «Тажен» движение восстановлено»):
# checkpoint_queues.queue_at reads a queue at a name only in a story that names freight, and a
# town is not quoted, so a quoted name after any preposition of place with one of these in its
# clause is the post. Each is told of vehicles or traffic, not of an office of the same name («в
# «Атамекене» очередь на консультацию», «ожидание ответа», «восстановлен доступ к порталу»): a queue
# with a word of vehicles, a wait as «время ожидания», a state of «движение».
_QUEUE_OF_VEHICLES = (
    re.compile(r"(?<![\w-])(?:очеред\w*|скопил\w*|скоплени\w*|затор\w*|пробк\w*)(?![\w-])", re.IGNORECASE),
    re.compile(r"(?<![\w-])(?:машин\w*|автомоб\w*|автомашин\w*|легков\w*|транспорт\w*|автобус\w*)", re.IGNORECASE),
)
_WAIT_OR_TRAFFIC_STATE = re.compile(
    r"(?<![\w-])(?:время\s+ожидания|движени\w*\s+(?:[^\s.;:!?]+\s+){0,3}?(?:восстановл|перекрыт|прекращ|приостановл|возобновл)"
    r"|(?:восстановл|перекрыт|прекращ|приостановл|возобновл)\w*\s+(?:[^\s.;:!?]+\s+){0,3}?движени)",
    re.IGNORECASE,
)
# Kazakh puts the preposition after the name: «"Жайсаң" арқылы» (through); a queue («кезек»), a wait
# («күтеді», «өту уақыты») or the traffic's state («қозғалыс … жабылды / қалпына келтірілді») is the fact.
_KK_THROUGH = re.compile(r"[»\"”][ \t]+арқылы(?![\w-])", re.IGNORECASE)
_KK_FACT_WORD = re.compile(
    r"(?<![\w-])(?:кезе[кг]\w*|күт(?:е|іп|ед)\w*|өту\s+уақыт\w*"
    r"|қозғалыс\w*\s+(?:[^\s.;:!?]+\s+){0,3}?(?:жабыл|ашыл|қалпына|тоқтатыл)\w*)(?![\w-])",
    re.IGNORECASE,
)
# A quoted name opening its sentence as the subject of a post's change of state (facts72, qa69's
# «"…" переходит на круглосуточный режим с 1 декабря»): a town is not quoted, and a body that shares
# the name does not go over to a round-the-clock regime or close and reopen to traffic. The verb
# must follow the name at once; a state word further on is no cue here.
_SUBJECT_STATE = re.compile(
    r"[»\"”][ \t]+(?:(?:снова|вновь|временно|уже)\s+)?(?:"
    r"перев[оеё]д\w*\s+на\s+(?:круглосуточн\w*|\w+\s+)?режим\w*|переход\w*\s+на\s+(?:круглосуточн\w*|\w+\s+режим)"
    r"|(?:будет\s+)?(?:закрыт|открыт|приостановлен)\w*\s+(?:на|для|до|с)\b|закро(?:ют|ется)|откро(?:ют|ется)"
    r"|возобнов(?:ил|ит|ляет)\w*\s+(?:работ|пропуск)\w*|приостанов(?:ил|ит)\w*\s+(?:работ|пропуск)\w*"
    r"|(?:тәулік\s+бойы|жабылады|ашылады|уақытша\s+жабыл\w*))",
    re.IGNORECASE,
)
# A neighbour's post told by where it stands at ours (facts79): «Российский пост у «Курмангазы» не
# работает», «… работает в обычном режиме» — a post word right before the preposition makes the
# name a post, and its working is a post's fact (without the post word «работает» is anyone's).
_POST_AT_NAME = re.compile(r"(?:^|[\s(])(?:пост|пункт|КПП)[ \t]+(?:у|возле|около)[ \t]+[«\"“„]$", re.IGNORECASE)
_WORKS = re.compile(r"(?<![\w-])(?:не\s+)?работа(?:ет|ют|л|ли)(?![\w-])", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[.!?]\s+)[«\"“„]$")
_NEAR = 80  # letters between the name and its fact word, within one clause
_CLAUSE_END = re.compile(r"[.!?;:\n]")


def quoted_at_fact(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) written in quotes after a preposition of place or passage
    (or before the Kazakh «арқылы»), with a word of a post's fact in its clause?"""
    if start and text[start - 1] in '«"“„' and _KK_THROUGH.match(text, end):
        return bool(_KK_FACT_WORD.search(_clause(text, start, end)))
    if _SENTENCE_START.search(text, max(0, start - 3), start) and _SUBJECT_STATE.match(text, end):
        return True
    opened = _OPEN_QUOTE.search(text, max(0, start - 12), start)
    if not (opened and _CLOSE_QUOTE.match(text, end)):
        return False
    clause = _clause(text, start, end)
    if _FACT_WORD.search(clause) or _WAIT_OR_TRAFFIC_STATE.search(clause):
        return True
    if _POST_AT_NAME.search(text, max(0, start - 16), start) and _WORKS.search(clause):
        return True
    if all(rx.search(clause) for rx in _QUEUE_OF_VEHICLES):
        return True
    return opened.group(1).lower() in _IN_OR_THROUGH and bool(_QUEUE_WORD.search(clause))


def _clause(text: str, start: int, end: int) -> str:
    """The words of the name's clause, up to _NEAR letters either side of it."""
    before = text[max(0, start - _NEAR) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + _NEAR]
    stop = _CLAUSE_END.search(after)
    return before[cut:] + " " + after[: stop.start() if stop else len(after)]
