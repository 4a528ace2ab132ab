"""A post named bare in quotes, in a text about crossings: «Очередь на границе растёт. «Карасу» и
«Сыпатай батыр» работают в усиленном режиме», «На «Жаныбеке» и «Орде» досматривают каждую машину»,
Kazakh «"Атамекен" арқылы күніне мың адам өтеді», «"Жайсаңда" кезек ұзарды». The post finder
(checkpoints.py) asks a name that is also a town, a person or a body (the gazetteer's ambiguous
rows) for a cue in its own sentence; a bulletin names the post once by its noun, or not at all,
and then only by the quoted name. A town is not quoted; a company, a hotel, a train, a newspaper,
a chamber or a club named like the post is, but with its noun (checkpoint_not_posts.thing_named:
«ТОО «Бахты»», «гостиница «Достык»», «"Бақты" ЖШС»). This is the evidence required (cp74):

- the text is about crossings: it names posts, the border or customs by their words, or it is a
  queue or traffic story (checkpoints.find_checkpoints decides that, once per text);
- the name is **bare in quotes**: the quotes close round it (a Kazakh case ending may stand inside
  them, «"Жайсаңда"», or after them, «"Жайсаң"да»), and what stands before the opening quote is
  the sentence's start, a punctuation mark, a preposition or a conjunction — not a noun that the
  name would name («палате предпринимателей «Атамекен»», «по данным «Орды»», «стипендиаты
  «Болашака»»);
- no verb of speaking right after it: «В «Атамекене» заявили» is the chamber;
- and its sentence tells of a post's life: its work, hours, traffic, queue, inspection or state.
Each pattern is compiled case-insensitively.
"""

from __future__ import annotations

import re

_OPEN = frozenset('«"“„')
# what may stand before the opening quote: the sentence's start, a mark, a preposition or a conjunction,
# or «сам» setting the post against its parts («подъезд перекрыт, а сам «…» открыт», cp75)
_BEFORE = re.compile(
    r"(?:^|[.!?:;,(–—-][ \t]*|(?:^|[\s(])(?:на|в|во|у|к|ко|через|возле|около|перед|из|с|со|до|от|по|под|за|о|об"
    r"|между|и|или|а|также|мен|пен|бен|және|не|ни|сам|сама|само)[ \t]+)[«\"“„]$",
    re.IGNORECASE,
)
# facts89: a time said at the sentence's start stands in the place of the start: «В выходные «Кордай»
# работает …», «С понедельника «Нур жолы» закрыт», «По субботам «Карасу» открыт до 18:00», «Бүгін
# "Қалжат" жабық». A day, a date, a part of the week or of the day, a holiday; a comma after it or
# not. No noun a name could name stands there («палате «Атамекен»» keeps its noun).
_DAY_WORDS = (
    r"выходн\w*|праздни\w*|будн\w*|понедельник\w*|вторник\w*|сред[уаые]|средам|четверг\w*|пятниц\w*|суббот\w*"
    r"|воскресень\w*|дн(?:и|ям|ях)|ночь|ночам|сутки|период\w*|время|врем\w*|неделе|неделю|недел[иья]"
)
_RU_MONTHS = (
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[яйе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*"
)
_KK_MONTHS = (
    r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|қараша\w*"
    r"|желтоқсан\w*"
)
_TIME_LEAD = re.compile(
    r"(?:(?:в|во|по|на|с|со|до|к)[ \t]+)?(?:(?:эти|этот|эту|ближайшие|предстоящие|новогодние|майские|праздничные"
    r"|выходные|ночное|дневное|ночные|будние)[ \t]+)?"
    rf"(?:{_DAY_WORDS}|\d{{1,2}}(?:-?го)?[ \t]+(?:{_RU_MONTHS})(?:[ \t]+20\d\d(?:[ \t]+года)?)?)"
    r"|сегодня|завтра|вчера|ночью|днём|днем|утром|вечером|сейчас|теперь|ежедневно"
    r"|бүгін|ертең|кеше|қазір|түнде|күндіз|демалыс[ \t]+күндері|мереке[ \t]+күндері|сенбі\w*|жексенбі\w*"
    rf"|\d{{1,2}}[ \t]+(?:{_KK_MONTHS})(?:[ \t]+(?:бастап|дейін))?",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t]*$")


def time_lead(text: str, start: int) -> bool:
    """Does a time said at the sentence's start («В выходные», «Сегодня,», «Бүгін») stand alone
    before the opening quote of the name at `start` (facts89)?"""
    lo = max(0, start - 50)
    before = text[lo : start - 1].rstrip(" \t,")
    for m in _TIME_LEAD.finditer(before):
        if m.end() == len(before) and _SENTENCE_START.search(text, max(0, lo + m.start() - 3), lo + m.start()):
            return True
    return False


# the closing quote, a Kazakh case ending after it allowed («"Жайсаң"да»)
_CLOSE = re.compile(r"[»\"”](?:[а-яәғқңөұүһі]{1,6}(?![\w-]))?", re.IGNORECASE)
# a body speaking: «в «Атамекене» заявили», «"Атамекен" мәлімдеді»
_SPEECH_AFTER = re.compile(
    r"[ \t,]+(?:\w+[ \t]+)?(?:заяв\w*|сообщ\w*|отмет\w*|счита\w*|рассказ\w*|поясн\w*|уверен\w*|говор\w*|предлож\w*"
    r"|мәлімде\w*|хабарла\w*|айтт\w*|мәлімдеме\w*)",
    re.IGNORECASE,
)
# a post's life, in Russian and Kazakh: its work and hours, traffic through it, its queue, the
# inspection there, its state
_POST_LIFE = re.compile(
    r"(?<![\w-])(?:работа(?:ет|ют|л|ли|ть)|режим\w*|круглосуточн\w*|досматрива\w*|досмотр\w*|оформ\w*"
    r"|пропуска\w*|пропусти\w*|пропуск|принима\w*|принял\w*|пересек\w*|проезд\w*|проход\w*|прош(?:ли|ло|ел)"
    r"|машин\w*|автомобил\w*|фур\w*|грузовик\w*|вагон\w*|поезд(?:ов|а)?|пешеход\w*|пассажир\w*"
    r"|очеред\w*|затор\w*|скопил\w*|скоплени\w*|закрыт\w*|открыт\w*|закро(?:ют|ется)|откро(?:ют|ется)"
    r"|приостанов\w*|возобнов\w*"
    r"|өт(?:еді|ті|кен|іп|кізді|кізеді|кізілді|уде)|кезе[кг]\w*|көлі[кг]\w*|жолаушы\w*|жұмыс\w*|жабыл\w*"
    r"|ашыл\w*|тексер\w*|қозғалыс\w*)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_REACH = 160  # letters of the sentence read either side of the name


def bare_quoted_post(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) written bare in quotes (nothing but a preposition, a
    conjunction or a mark before them, no verb of speaking after), in a sentence telling of a
    post's life? The caller asks only in a text about crossings."""
    closed = bare_in_quotes(text, start, end)
    return bool(closed and _POST_LIFE.search(name_sentence(text, start, closed)))


def bare_in_quotes(text: str, start: int, end: int) -> int:
    """Where the quotes round the name at [start, end) close (after a Kazakh ending they hold),
    when it is written bare in them: nothing but the sentence's start, a mark, a preposition or a
    conjunction before the opening quote, and no verb of speaking after the closing one; else 0.
    A noun before the quotes is what the name names («палате предпринимателей «Атамекен»»)."""
    if not start or text[start - 1] not in _OPEN:
        return 0
    closed = _CLOSE.match(text, end)
    if not closed or not (_BEFORE.search(text, max(0, start - 12), start) or time_lead(text, start)):
        return 0
    if _SPEECH_AFTER.match(text, closed.end()):
        return 0
    return closed.end()


def name_sentence(text: str, start: int, end: int) -> str:
    """The name's sentence without the name, at most `_REACH` letters either side of it."""
    before = text[max(0, start - _REACH) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    after = text[end : end + _REACH]
    stop = _SENTENCE_END.search(after)
    return before[cut:] + " " + after[: stop.start() if stop else len(after)]
