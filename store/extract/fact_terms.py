"""How long a closure lasts when no day is given: its term or the condition that ends it.

«закрыт до особого распоряжения», «на неопределённый срок», «бессрочно», «до улучшения погодных
условий», Kazakh «белгісіз мерзімге», «ауа райы жақсарғанға дейін». Without it a status reads a
bare «закрыт», and the reader cannot tell a closure for a day from one with no end (fct102); the
export shows it in brackets after the status, as it shows a closure's period.
"""

from __future__ import annotations

import re

# A word of the clause, not crossing punctuation or a quote.
_WORD = r"[^\s.,;:!?()«»\"“”—–]+"
# The state or act whose coming ends the closure, in the genitive after «до».
_ENDS_WHEN = (
    r"(?:стабилизаци|улучшени|нормализаци|завершени|окончани|устранени|сняти|отмен|восстановлени|ликвидаци"
    r"|особого|дальнейш|конца|спада)\w*"
)
_TERM = re.compile(
    rf"(?<![\w-])(?:на\s+неопредел[её]нн\w+\s+срок|бессрочно|до\s+{_ENDS_WHEN}(?:\s+{_WORD}){{0,3}}"
    rf"|белгісіз\s+мерзімге|(?:(?!бекет|пункт){_WORD}\s+){{1,2}}{_WORD}(?:ғанға|генге|қанға|кенге)\s+дейін)(?![\w-])",
    re.IGNORECASE,
)
# A works verb right before «до …» makes it the works' deadline, not the closure's term: «закрыт, ремонт
# завершат до конца года», «работы планируют завершить до конца мая».
_WORKS_VERB_BEFORE = re.compile(
    r"(?:заверш|законч|оконч|сдад|сдать|введ|ввест|построи|построя|отремонтир|аяқта)\w*\s+(?:\S+\s+){0,1}$",
    re.IGNORECASE,
)
# cheap look before the pattern: one of these stands in every term
_NEEDLES = ("срок", "бессрочно", "до ", "До ", "мерзім", "дейін")


def closure_term(clause: str) -> str | None:
    """The term or ending condition a closure is told with in its clause, if any."""
    if not any(n in clause for n in _NEEDLES):
        return None
    for m in _TERM.finditer(clause):
        if not _WORKS_VERB_BEFORE.search(clause, max(0, m.start() - 40), m.start()):
            return " ".join(m.group().split())
    return None
