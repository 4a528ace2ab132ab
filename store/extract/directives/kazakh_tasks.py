"""Kazakh orders told through the task noun (dir106): «… жөндеу міндетін қойды» (set the task
of …), with the addressee in the dative or «X алдына» (before X: «Үкімет алдына … міндетін
қойды»), and the task first, its addressee and giver after it, the verb last: «… кеңейту
тапсырмасын Көлік министрлігіне Премьер-министр Олжас Бектенов берді».
"""

from __future__ import annotations

import re

from store.extract.directives.kazakh_clauses import kz_addressee, kz_what

# The task noun set by «қой-» («міндетін қойды»); its passive «міндеті қойылды».
DUTY_SET = r"міндет(?:тер)?(?:ін|і|ті)?\s+қой(?:ды|ған|ып|ылды|ылған)"

# The task first, then up to eight words (its addressee, its giver, a term), then the verb.
TASK_FIRST = (
    r"(?:тапсырма|міндет)(?:лар|тер)?(?:с?ын|ін)\s+(?:[^\s.!?;:]+\s+){1,8}?"
    r"(?:бер|жүкте|қой)(?:ді|ды|ген|ған)(?:\s+болатын)?"
)
_TASK_FIRST = re.compile(rf"^{TASK_FIRST}$", re.I)

# «Үкімет алдына»: the addressee of a task set before it, in the nominative.
_BEFORE = {"алдына", "алдында"}
_AND = {"мен", "пен", "бен", "және", ","}


def task_first(sent: str, a: int, words, trig: re.Match, mentions, when, giver):
    """(by, to, what) of a task told before its giver («… тапсырмасын Көлік министрлігіне
    Премьер-министр X берді»), or None when the trigger is no such phrase. `giver(lo, hi)`
    reads the giver named in text[lo:hi] (kazakh.kz_giver_in): here, between the task noun and
    the verb."""
    if not _TASK_FIRST.match(trig.group()):
        return None
    inside = [i for i, (o, _) in enumerate(words) if trig.start() <= o < trig.end()]
    if len(inside) < 3:
        return None
    task, verb = inside[0], inside[-1]
    named = giver(a + words[task + 1][0], a + words[verb][0])
    if named is None:
        return None
    np = kz_addressee(sent, a, words, task + 1, verb, mentions, "datv", when)
    what = kz_what(sent, words, 0, task, when, trig.group().lower(), False)
    return (named[0], np[2] if np else None, what) if what else None


def before_addressee(sent: str, a: int, words, lo: int, hi: int, mentions, when) -> tuple[int, int, str] | None:
    """«Үкімет алдына», «Көлік министрлігі мен әкімдіктер алдына» in words[lo:hi]: the body
    phrase (nominative) before «алдына» as the addressee, (i, j, phrase) with j past «алдына»."""
    at = next((k for k in range(lo, hi) if words[k][1].lower() in _BEFORE), None)
    if at is None:
        return None
    np = kz_addressee(sent, a, words, lo, at, mentions, "nomn", when)
    if np is None:
        return None
    start, end, names = np[0], np[1], [_written(sent, words, np[0], np[1])]
    while end + 1 < at and words[end][1].lower() in _AND:  # «Көлік министрлігі мен әкімдіктер алдына»
        nxt = kz_addressee(sent, a, words, end + 1, at, mentions, "nomn", when)
        if nxt is None or nxt[0] != end + 1:
            return None
        names.append(_written(sent, words, end + 1, nxt[1]))
        end = nxt[1]
    return (start, at + 1, "; ".join(names)) if end == at else None


def _written(sent: str, words, i: int, j: int) -> str:
    """words[i:j] as the sentence writes them: before «алдына» a body is already in the
    nominative («Қаржы министрлігі»), which the case reader would cut as a possessive."""
    return sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])].strip('«»" ')
