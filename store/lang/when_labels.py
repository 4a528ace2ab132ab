"""A directive's deadline shortened for a narrow column with the abbreviations Russian
print uses for months and periods: «до 1 числа следующего месяца» is «до 1-го след. мес.»,
«до 15 сентября» «до 15 сент.». At 80 columns the whole phrase, heading what was ordered,
took the cells the order itself needed; from 100 its column cut «до 1 числа …», losing
which month. Shared by the CLI's table and the explorer's tab 4 (the import layers keep
them apart); the whole phrase stays in the store, the export and the order's detail.
"""

from __future__ import annotations

import re

# Whole words → their printed abbreviation; applied only to a deadline that does not fit.
_SHORT_WORDS = {
    "января": "янв.",
    "февраля": "февр.",
    "марта": "мар.",
    "апреля": "апр.",
    "июня": "июн.",
    "июля": "июл.",
    "августа": "авг.",
    "сентября": "сент.",
    "октября": "окт.",
    "ноября": "нояб.",
    "декабря": "дек.",
    "следующего": "след.",
    "текущего": "тек.",
    "каждого": "кажд.",
    "месяца": "мес.",
    "квартала": "кв.",
    "недели": "нед.",
    "течение": "теч.",
    "кратчайшие": "кратч.",
    "незамедлительно": "незамедл.",
    "ежемесячно": "ежемес.",
    "еженедельно": "еженед.",
    "ежеквартально": "ежекв.",
}
_WORDS = re.compile(r"\b(?:" + "|".join(_SHORT_WORDS) + r")\b", re.I)
# «1 числа» is the ordinal's genitive: «1-го»; a year after its number: «2026 г.».
_DAY = re.compile(r"\b(\d{1,2})(?:-?го)?\s+числа\b", re.I)
_YEAR = re.compile(r"\b(\d{4})\s+года\b", re.I)
# «двухнедельный», «месячный», «десятидневный»: the period's adjective before «срок».
_PERIOD = re.compile(r"\b(\w+?)(недельный|дневный|месячный)\s+срок\b", re.I)
_COUNTS = {"": "", "одно": "1-", "двух": "2-", "трех": "3-", "трёх": "3-", "десяти": "10-", "пяти": "5-"}
_PERIOD_SHORT = {"недельный": "нед.", "дневный": "дн.", "месячный": "мес."}


def short_when(when: str, width: int = 0) -> str:
    """`when` as it is when it fits `width` cells (0: always shortened), else with its
    months, periods and «N числа» abbreviated; the cut, if still too long, is the
    column's."""
    if width and len(when) <= width:
        return when
    short = _DAY.sub(r"\1-го", when)
    short = _YEAR.sub(r"\1 г.", short)
    short = _PERIOD.sub(_period, short)
    return _WORDS.sub(lambda m: _SHORT_WORDS[m.group().lower()], short)


def _period(m: re.Match) -> str:
    """«в двухнедельный срок» → «в 2-нед. срок»; a count word not listed stays whole."""
    count = _COUNTS.get(m.group(1).lower())
    if count is None:
        return m.group()
    return f"{count}{_PERIOD_SHORT[m.group(2).lower()]} срок"
