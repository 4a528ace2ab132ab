"""Posts named as the exception to a closure: they stay open while the others close.

A holiday notice closes a border's posts and names the ones that keep working: «1, 7 и 9 мая
автомобильные пункты … не будут пропускать людей … Исключение сделано для … «Хоргос»», «Все
пункты … закроются с 5 по 7 мая, за исключением «Хоргоса» и «Достыка»», Kazakh «… «Нұр жолы»
бекетін қоспағанда, … жабылады». facts.py read the closure of a sentence as every post's it names,
so the excepted post got the closure it escapes, and a sentence opening with «Исключение …» got
nothing. A user reading the post's board needs the opposite: it works on those days.

`excepted` gives the posts a sentence names as such an exception and the fact to state for them:
«работает в обычном режиме (1, 7 и 9 мая 2024)» — the closure's days as the text gives them (its
period, its list of days, its last day), the working phrase the status labels read as working.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.extract.needles import may_hold

_MONTH = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
)
# The closure's days: a period («с 5 по 7 мая», «5–7 мая»), a list («1, 7 и 9 мая 2024 года»,
# «1 және 9 мамыр»), one day; the year kept without its word «года».
_DAYS = re.compile(
    rf"(?:с\s+\d{{1,2}}(?:\s+{_MONTH})?\s+по\s+)?(?:\d{{1,2}}\s*(?:,|и|және|мен|[-–—])\s*)*\d{{1,2}}\s+{_MONTH}"
    rf"(?:\s+20\d\d)?",
    re.IGNORECASE,
)
# «Исключение сделано / составят / станет / — для …», «Исключением стали …»: the sentence opens with it.
_LEAD = re.compile(
    r"^\W*(?:однако\s+|но\s+|при\s+этом\s+)?исключени(?:е|ем|я)\s+(?:\w+\s+){0,2}?(?:сделан\w*|составля\w*|состав\w*"
    r"|стал[аио]?|стан\w*|буд\w*|является|являются|касается)?",
    re.IGNORECASE,
)
# «…, кроме «А»», «за исключением «Б»», Kazakh «… қоспағанда»; not «кроме того» (moreover).
_RU_MARK = re.compile(r"(?<![\w-])(?:кроме(?!\s+того(?![\w-]))|за\s+исключением)(?![\w-])", re.IGNORECASE)
_KK_MARK = re.compile(r"(?<![\w-])қоспағанда(?![\w-])", re.IGNORECASE)
_NEEDLES = ("исключени", "кроме", "қоспағанда")
# Where the excepted names end: the clause's end or a contrast.
_CLAUSE_END = re.compile(r"[.;!?]|,\s+(?:а|но|однако|бірақ)\s", re.IGNORECASE)
# A word of what the exception leaves out that is no post («кроме выходных», «кроме грузовиков»): at most
# a post word and its kind between the mark and the first name.
_NEAR = 60

_WORKING = "работает в обычном режиме"
_KK_WORKING = "қалыпты жұмыс істейді"

Closure = Callable[[str], bool]


def excepted(
    sentence: str, spans: list, offset: int, before: str, closes: Closure, works: Closure
) -> dict[str, str | None]:
    """{post: fact text} for the posts `sentence` names as the exception to a closure it or the
    sentence `before` it tells (`closes`: does a text tell a closure); {post: None} for those it names
    as the exception to the work as usual it tells (`works`): the sentence's facts are not theirs.
    `spans` are the sentence's posts, their offsets in the article; `offset` is the sentence's start there."""
    if not may_hold(sentence, _NEEDLES):
        return {}
    refs: list[str] = []
    left: list[str] = []
    told = ""
    if _LEAD.match(sentence) and closes(before):  # «… закрыты. Исключение сделано для «Хоргос»»
        refs = [s.ref for s in spans]
        told = before
    else:
        for m in _RU_MARK.finditer(sentence):
            # «… закроются, кроме «А»»: the closure told before the mark, in the same clause; «Кроме «А»
            # закрыт и «Б»» (besides) is no exception. «… работают как обычно, кроме «А»»: the work as
            # usual is not «А»'s, and nothing is said of what it does (None)
            lead = _clause_before(sentence, m.start())
            if closes(lead):
                refs += _names_after(sentence, spans, offset, m.end())
            elif works(lead):
                left += _names_after(sentence, spans, offset, m.end())
        for m in _KK_MARK.finditer(sentence):
            # «…«Нұр жолы» бекетін қоспағанда, … жабылады»: the names just before, the closure after
            if closes(sentence[m.end() :]):
                refs += _names_before(sentence, spans, offset, m.start())
        told = sentence
    if not refs:
        return dict.fromkeys(left)
    days = _DAYS.search(told)
    kazakh = bool(_KK_MARK.search(sentence))
    said = _KK_WORKING if kazakh else _WORKING
    said += f" ({_lower_first(' '.join(days.group().split()))})" if days else ""
    spared: dict[str, str | None] = dict.fromkeys(left)
    return spared | dict.fromkeys(refs, said)


def _clause_before(sentence: str, at: int) -> str:
    """The clause `at` is in, up to `at`."""
    start = max((m.end() for m in re.finditer(r"[;!?]", sentence[:at])), default=0)
    return sentence[start:at]


def _names_after(sentence: str, spans: list, offset: int, at: int) -> list[str]:
    """The posts named from `at` to the clause's end, the first of them near `at`."""
    end = _CLAUSE_END.search(sentence, at)
    stop = end.start() if end else len(sentence)
    after = [s for s in spans if at <= s.start - offset < stop]
    if not after or after[0].start - offset - at > _NEAR:
        return []
    return [s.ref for s in after]


def _names_before(sentence: str, spans: list, offset: int, at: int) -> list[str]:
    """The posts named in the words just before `at` (Kazakh: the exception goes before its word)."""
    start = max((m.end() for m in re.finditer(r"[;:.!?]", sentence[:at])), default=0)
    near = [s for s in spans if start <= s.start - offset < at]
    if not near or at - (near[-1].end - offset) > _NEAR:
        return []
    return [s.ref for s in near]


def _lower_first(days: str) -> str:
    """«С 5 по 7 мая» opening its sentence, inside the phrase: «(с 5 по 7 мая)»."""
    return days[0].lower() + days[1:] if days.startswith("С ") else days
