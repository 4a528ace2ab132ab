"""Figures written as words: «около полутора тысяч грузовиков», «порядка двух тысяч машин»,
«пять-шесть фур», «4 мыңдай адам».

A report of a queue often says its size in words; a digit-only figure pattern left «стоят
около полутора тысяч грузовиков» without a fact, and a reader comparing posts needs the
value. FIGURE is a regex fragment for such a figure (its words only, no counted noun);
`value` reads it as digits, so the fact can print «(≈1 500)» beside the words.
"""

from __future__ import annotations

import re

_UNITS_RU = {
    "од": 1,
    "дв": 2,
    "тр": 3,
    "че": 4,
    "пя": 5,
    "ше": 6,
    "се": 7,
    "во": 8,
    "де": 9,
}
# the small numbers before «тысяч», «сотен» or a counted noun, in the cases news use
_SMALL = (
    r"одн[аоуи]\w*|один|дв[аеу]х?|двум\w*|тр[её]х|три|четыр[её]х|четыре|пят[иь]|пять|шест[иь]|сем[иь]|"
    r"восем[иь]|восьми|девят[иь]|десят[иь]"
)
_BIG = r"тысяч\w*|сот(?:ен|ни|ня|ню)|сотн\w*|десятк\w*|десятков"
# A count told only by its order (facts63): «сотни фур», «десятки машин», «тысячи человек», Kazakh
# «жүздеген көлік», «ондаған жүк көлігі», «мыңдаған адам» — hundreds, not a hundred: the fact keeps
# the words and prints no value (`value` gives None), as for «нескольких сотен».
_VAGUE = r"(?:сотни|сотен|сотням\w*|тысячи|тысяч|тысячам\w*|десятки|десятков|десяткам\w*|жүздеген|ондаған|мыңдаған)"
_KK_VAGUE = r"(?:жүздеген|ондаған|мыңдаған)"
# The hundreds as one word (facts69): «свыше двухсот фур», «порядка трёхсот машин», «пятьсот грузовиков»
_HUNDREDS = (
    r"двест[иа]|двухсот\w*|двумстам|триста|тр[её]хсот\w*|четыреста|четыр[её]хсот\w*"
    r"|(?:пять|шесть|семь|восемь|девять)сот|(?:пяти|шести|семи|восьми|девяти)сот\w*"
)
_HUNDRED_VALUES = (
    ("дв", 200),
    ("тр", 300),
    ("че", 400),
    ("пя", 500),
    ("ше", 600),
    ("се", 700),
    ("во", 800),
    ("де", 900),
)
# «полутора тысяч», «двух тысяч», «нескольких сотен», «тысячи», «пять-шесть», «двух десятков»
FIGURE = (
    rf"(?:(?:полутора|нескольких|несколько|{_SMALL})\s+(?:{_BIG})|(?<![\w-])(?:{_HUNDREDS}|{_BIG}|{_KK_VAGUE})"
    rf"|(?<![\w-])(?:{_SMALL})-(?:{_SMALL}))(?![\w-])"
)
# Kazakh: «4 мыңдай», «2 мыңнан астам», «екі мыңға жуық», «мыңнан астам»
KK_FIGURE = r"(?:(?<!\d)\d+\s+|(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)\s+)?мың\w*"
# A figure in words holds one of these; a sentence without them is not scanned for one (ingest
# cost: the small numbers alone, «три», «пять», hide in too many words). So a bare pair
# «пять-шесть фур» is read only beside a «тысяч» or «сотен».
NEEDLES = (
    *("тысяч", "сотен", "сотни", "сотню", "сотня", "мың", "десятк", "десятков", "жүздеген", "ондаған"),
    # the hundreds as one word (_HUNDREDS)
    *("двест", "двухсот", "двумстам", "трист", "трёхсот", "трехсот", "четырест", "четырёхсот", "четырехсот"),
    *("ьсот", "исот"),
)

_FIGURE_RX = re.compile(FIGURE, re.IGNORECASE)
_KK_RX = re.compile(r"(\d+)?\s*(бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он)?\s*мың", re.IGNORECASE)
_HUNDREDS_RX = re.compile(_HUNDREDS, re.IGNORECASE)
_VAGUE_RX = re.compile(rf"(?<![\w-]){_VAGUE}(?![\w-])", re.IGNORECASE)
# …except the genitive singular after a preposition of amount: «около сотни машин», «более тысячи
# человек» is about one hundred, one thousand.
_ABOUT_ONE = re.compile(
    r"(?:около|более|свыше|порядка|почти|менее|примерно|до)\s+(сотни|тысячи)(?![\w-])", re.IGNORECASE
)
_KK_SMALL = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10}


def _small(word: str) -> int | None:
    w = word.lower()
    if w.startswith("дес"):
        return 10
    if w.startswith("сем") or w.startswith("сём"):
        return 7
    if w.startswith("се"):
        return None
    return _UNITS_RU.get(w[:2])


def value(text: str) -> str | None:
    """The figure a word figure of `text` names, in digits with a thin space («1 500»), or
    None when the text holds none or says no exact value («нескольких сотен», «пять-шесть»)."""
    kk = _KK_RX.search(text)
    if kk and (kk.group(1) or kk.group(2)):
        n = int(kk.group(1)) if kk.group(1) else _KK_SMALL[kk.group(2).lower()]
        return f"{n * 1000:,}".replace(",", " ")
    m = _FIGURE_RX.search(text)
    if not m:
        return None
    one = _ABOUT_ONE.search(text)
    if one:
        return "1 000" if one.group(1).lower().startswith("тысяч") else "100"
    words = m.group().lower().split()
    if len(words) == 1 and _HUNDREDS_RX.fullmatch(words[0]):
        return str(next(n for stem, n in _HUNDRED_VALUES if words[0].startswith(stem)))
    if len(words) == 1:  # «сотню» is a hundred; «сотни», «тысячи» are no value (_VAGUE)
        if "-" in words[0] or _VAGUE_RX.fullmatch(words[0]):
            return None
        return "1 000" if words[0].startswith("тысяч") else "100"
    head, big = words[0], words[1]
    scale = 1000 if big.startswith("тысяч") else 10 if big.startswith("десят") else 100
    if head == "полутора":
        n = 1.5 * scale
    elif head.startswith("нескольк"):
        return None
    else:
        small = _small(head)
        if small is None:
            return None
        n = small * scale
    return f"{int(n):,}".replace(",", " ")


# Small counts in words (facts64): a post's lanes and booths, «восемь полос», «две кабины»,
# Kazakh «төрт жолақ», «он екі терминал». «Один»/«бір» is left out: «одно окно» is the
# one-stop service, not a window counted.
_CARDINAL_RU = (
    r"дв[аеу]х?|три|тр[её]х|четыр[её]х|четыре|пят[иь]|пять|шест[иь]|сем[иь]|восем[иь]|восьми|девят[иь]|десят[иь]"
    r"|(?:один|две|три|четыр|пят|шест|сем|восем|девят)надцат[иь]|двадцат[иь]|тридцат[иь]"
)
_CARDINAL_KK = r"(?:он\s+)?(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз)|он|жиырма|отыз"
COUNT = rf"(?<![\w-])(?:{_CARDINAL_RU}|{_CARDINAL_KK})"
COUNT_NEEDLES = (
    *("два", "две", "двух", "три", "трёх", "трех", "четыр", "пят", "шест", "сем", "восем", "восьм", "девят"),
    *("десят", "надцат", "двадцат", "тридцат", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"),
    *("он ", "жиырма", "отыз"),
)

# How long, in words (facts64): a queue's wait, «по трое суток», «больше недели», «полдня»,
# «двое-трое суток», «сутками», «несколько часов»; Kazakh «үш тәулік», «бір апта», «жарты күн».
# The words only, no verb: facts.py puts the verb of waiting around them.
_COLLECTIVE = r"(?:одни|двое|трое|четверо|пятеро|шестеро|семеро)"
_HOW_MANY_RU = (
    rf"(?:{_COLLECTIVE}(?:-{_COLLECTIVE})?|{_CARDINAL_RU}|несколько|нескольких|нескольку|пару|пар[уы]|полтора|полторы"
    r"|целые|целых|целый|целую)"
)
_SPAN_RU = r"(?:суток|сутки|дн(?:я|ей)|день|час(?:а|ов)|недел[иьюя]|месяц(?:а|ев)?)"
DURATION = (
    rf"(?<![\w-])(?:(?:{_HOW_MANY_RU})(?:\s+|-)(?:{_SPAN_RU})|(?:больше|более|свыше|около|почти|целую|целые)\s+(?:суток|недели|неделю|месяца|суток)"
    r"|неделю|полдня|полсуток|полнедели|сутками|неделями|часами|днями)(?![\w-])"
)
KK_DURATION = rf"(?<![\w-])(?:{_CARDINAL_KK}|бір|бірнеше|жарты)\s+(?:тәулік|күн|апта|сағат|ай)\w*"
# Every match of DURATION or KK_DURATION holds one of these.
DURATION_NEEDLES = ("сут", "дн", "день", "час", "недел", "месяц", "полдня", "тәулік", "күн", "апта", "сағат", " ай")
