"""What sort of capacity a stored capacity fact states: throughput, a limit, lanes, booths, places,
or a throughput planned (facts86: promised, with its verb of the future).

Since facts58 a capacity fact is not only what a post passes («тәулігіне 1200 көлік», «до
50 тысяч человек в сутки») but also its lanes («6 жолақ»), booths and places («42 орын»),
its equipment and a cap put on it («суточный лимит … снижен до 650 единиц»). All are kind
`capacity` in the store; the board's capacity column answers «how much does it pass», so it
shows the newest throughput first and, when a post has none, another sort named as such
(«lanes: 6 жолақ»). Read from the fact's own words, the same stems store/extract/
fact_amounts.py finds them by; nothing here touches the store. It lives with the reads, not
in store/lang: a file there is part of the rules fingerprint (store/db/rules_stamp.py), and
how a list prints a fact must not make every stored article «extracted by older rules».
"""

from __future__ import annotations

import re

THROUGHPUT = "throughput"
_PLANNED = re.compile(
    r"(?<!\w)(?:будет|будут|сможет|смогут|станет|станут|примет|примут|пропустит|пропустят|увеличат\w*|увеличится"
    r"|вырастет|возраст[её]т|повыс(?:ят|ится)|нарастят|расширят|увеличить|повысить|нарастить|расширить"
    r"|артады|арттыр\w*|ұлғая\w*|ұлғайтыл\w*|өседі|артпақ|жетеді|жеткізіледі|көбірек"
    # a promise or an intent by its verb (facts88): «пообещали принимать больше», «… көбейтпек», «уәде берді»
    r"|(?:по)?обеща\w*|намерен\w*|рассчитыва\w*|планиру\w*|собира(?:ется|ются)|көбейт\w*|ұлғайт\w*|уәде"
    # a figure told after the works that bring it (facts89): «жаңғыртудан кейін тәулігіне 3 000 көлік өткізе алады»
    r"|кейін|соң)(?!\w)",
    re.IGNORECASE,
)
# The sorts in the order they are tried: a limit's words may hold a lane word, never the reverse.
_SORTS = (
    ("limit", re.compile(r"лимит|квот", re.IGNORECASE)),
    # «заходит всего один ряд» (facts86): rows of traffic are its lanes
    ("lanes", re.compile(r"(?<!\w)(?:полос|жолақ|жолағ|лини[йи]|ряд)", re.IGNORECASE)),
    ("booths", re.compile(r"(?<!\w)(?:кабин|окон|окн[аоу])", re.IGNORECASE)),
    ("places", re.compile(r"(?<!\w)(?:мест[оа]?(?!\w)|орын|стоянк|тұрақ|площад|алаң)", re.IGNORECASE)),
    ("equipment", re.compile(r"(?<!\w)(?:сканер|терминал|ангар)", re.IGNORECASE)),
    # facts86: a throughput promised, not passed yet («будет принимать больше автомашин», «пропускная
    # способность увеличится до 1 500 грузовиков в сутки», «өткізу қабілеті екі есе артады»): the
    # verb of the future that store/extract/fact_promises.py keeps in the fact's words
    ("planned", _PLANNED),
)
SORTS = (THROUGHPUT, *(name for name, _ in _SORTS))

# A figure of a capacity's words: digits (spaced by thousands or not, a decimal comma) and a
# thousand word after them, or the value a figure in words printed beside itself («(≈1 500)»).
_FIGURE = re.compile(r"(?<![\d.,])(\d(?:[\d\s\u00a0]*\d)?(?:[.,]\d+)?)(\s*(?:тыс\.?|тысяч\w*|мың\w*))?", re.IGNORECASE)


def capacity_sort(text: str | None) -> str | None:
    """The sort of capacity `text` states (one of SORTS); None for no text."""
    if not text:
        return None
    for name, words in _SORTS:
        if words.search(text):
            return name
    return THROUGHPUT


def shown(text: str | None, sort: str | None = None) -> str | None:
    """The capacity as a list prints it: throughput as written, another sort named first
    («lanes: 6 жолақ»), so a lane count is never read as vehicles a day."""
    if not text:
        return text
    sort = sort or capacity_sort(text)
    return text if sort == THROUGHPUT else f"{sort}: {text}"


def pick(facts: list[dict]) -> dict | None:
    """Of a post's capacity facts, newest first, the one a board shows: the newest
    throughput, else the newest of any sort."""
    for fact in facts:
        if capacity_sort(fact["text"]) == THROUGHPUT:
            return fact
    return facts[0] if facts else None


def fact_text(kind: str, text: str) -> str:
    """A fact's words as a list prints them: a capacity of another sort than throughput
    named first («places: 42 орын дайындалған»), every other fact as written."""
    return (shown(text) or text) if kind == "capacity" else text


def figure(text: str | None) -> float | None:
    """The last figure of a capacity's words, the one a range or a change ends at («с 200
    до 1600 …» is 1600, «до 50 тысяч человек» 50 000): what the board sorts capacity by."""
    last = None
    for m in _FIGURE.finditer(text or ""):
        last = m
    if last is None:
        return None
    value = float(re.sub(r"\s", "", last.group(1)).replace(",", "."))
    return value * 1000 if last.group(2) else value
