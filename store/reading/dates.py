"""Publication dates as news pages print them, turned into ISO `YYYY-MM-DD`.

Sites print dates in a handful of shapes — `2025-08-07`, `16.09.2024, 12:59`,
`08 октября, 2025 • 11:31`, `20 мая 2019 19:00`, `7 August 2025`, Kazakh
`2025 жылғы 7 тамыз` — and the same shapes appear in related-news teasers
after the article. This module only recognizes shapes; which line's date is
the article's is the parser's decision (it looks in the header only).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

# Month stems: Russian (genitive and nominative), Kazakh, English.  A stem is
# matched as a word prefix, so «октября», «октябрь», «окт.» all hit.
_MONTH_STEMS = {
    1: ("январ", "янв", "қаңтар", "jan"),
    2: ("феврал", "фев", "ақпан", "feb"),
    3: ("март", "мар", "наурыз", "mar"),
    4: ("апрел", "апр", "сәуір", "apr"),
    5: ("мая", "май", "мамыр", "may"),
    6: ("июн", "маусым", "jun"),
    7: ("июл", "шілде", "jul"),
    8: ("август", "авг", "тамыз", "aug"),
    9: ("сентябр", "сен", "қыркүйек", "sep"),
    10: ("октябр", "окт", "қазан", "oct"),
    11: ("ноябр", "ноя", "қараша", "nov"),
    12: ("декабр", "дек", "желтоқсан", "dec"),
}
# Kazakh in the Latin script (egemen.kz's «lat.» pages: «19 Qarasha, 2025»)
_LATIN_KAZAKH = {
    1: ("qańtar", "qantar"),
    2: ("aqpan",),
    3: ("naýryz", "nauryz"),
    4: ("sáýir", "sauir"),
    5: ("mamyr",),
    6: ("maýsym", "mausym"),
    7: ("shilde",),
    8: ("tamyz",),
    9: ("qyrkúıek", "qyrkuiek"),
    10: ("qazan",),
    11: ("qarasha",),
    12: ("jeltoqsan",),
}
# Kazakh months cut to three letters on sites' stamps («01 қаң. 2026 13:00»)
_KAZAKH_SHORT = {
    1: "қаң",
    2: "ақп",
    3: "нау",
    4: "сәу",
    5: "мам",
    6: "мау",
    7: "шіл",
    8: "там",
    9: "қыр",
    10: "қаз",
    11: "қар",
    12: "жел",
}
_MONTH_STEMS = {m: stems + _LATIN_KAZAKH[m] + (_KAZAKH_SHORT[m],) for m, stems in _MONTH_STEMS.items()}
_STEM_TO_MONTH = sorted(((s, m) for m, ss in _MONTH_STEMS.items() for s in ss), key=lambda x: -len(x[0]))
_MONTH_WORD = r"[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІіáóúýıńǵ]{3,12}\.?"

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
_DMY = re.compile(r"(?<![\d.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d.-]\d)")  # 21.09.2025, 02-02-2018
# «02» декабря 2026 г.: official papers quote the day.
_D_MONTH_Y = re.compile(rf"(?<![\d«\"“])[«\"“]?(\d{{1,2}})[»\"”]?\s+({_MONTH_WORD}),?\s+(\d{{4}})(?!\d)")
_MONTH_D_Y = re.compile(rf"\b({_MONTH_WORD})\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)")  # English: August 7, 2025
_Y_D_MONTH = re.compile(rf"(?<!\d)(\d{{4}})\s*(?:ж\.|жылғы|жыл)?\s+(\d{{1,2}})\s+({_MONTH_WORD})")  # Kazakh
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:\s+|-)({_MONTH_WORD})")  # «6 августа», «16-ноя», year or not

_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?)"
# What may surround a date on a date-only line: bullets, separators, time, a label.
_DATE_LINE_NOISE = re.compile(
    r"(?i)^[\s•·|/,–—-]*(?:date|дата(?: публикации)?|опубликовано|published|обновлено|updated|жарияланды)?[\s:•·|,–—-]*"
)


def month_number(word: str) -> int | None:
    """The month a Russian, Kazakh or English month word names («октября» → 10), else None."""
    w = word.lower().rstrip(".")
    for stem, month in _STEM_TO_MONTH:
        if w.startswith(stem):
            return month
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# The reader asks the same lines again (the layout, the furniture's classes, the header's
# date, the stamps): find_date and date_only are kept for the last lines asked, by line.
_LINES_KEPT = 2048


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_DIGIT = re.compile(r"\d")
_CLOCK_TIME = re.compile(_TIME)
# Four digits in a row: every pattern find_date tries holds its year's `\d{4}`, so a line without them
# holds no full date (a line of figures or a clock had all five patterns tried; stop 51, ingest116).
_YEAR_DIGITS = re.compile(r"\d{4}")


@lru_cache(maxsize=_LINES_KEPT)
def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date (day, month and year) in `text`: (iso, start, end), or None.

    Only dates with a year count: «6 августа» alone cannot say which year.
    """
    if not _YEAR_DIGITS.search(text):
        return None
    best = None
    for m in _ISO.finditer(text):
        iso = _iso(int(m[1]), int(m[2]), int(m[3]))
        if iso:
            best = _earlier(best, (iso, m.start(), m.end()))
            break
    for m in _DMY.finditer(text):
        iso = _iso(int(m[4]), int(m[3]), int(m[1]))
        if iso:
            best = _earlier(best, (iso, m.start(), m.end()))
            break
    for rx, order in ((_D_MONTH_Y, "dmy"), (_MONTH_D_Y, "mdy"), (_Y_D_MONTH, "ydm")):
        for m in rx.finditer(text):
            d, mon, y = _pick(m, order)
            month = month_number(mon)
            iso = _iso(int(y), month, int(d)) if month else None
            if iso:
                best = _earlier(best, (iso, m.start(), m.end()))
                break
    return best


def _pick(m: re.Match, order: str) -> tuple[str, str, str]:
    if order == "dmy":
        return m[1], m[2], m[3]
    if order == "mdy":
        return m[2], m[1], m[3]
    return m[2], m[3], m[1]


def _earlier(a, b):
    return b if a is None or b[1] < a[1] else a


def parse_date(text: str) -> str | None:
    """The ISO date of the first full date in `text` (any shape above), or None."""
    found = find_date(text or "")
    return found[0] if found else None


# What may stand around the date on a date line besides separators: a time before it
# («10:12 22.11.2025»), an update stamp after it («(обновлено: 11:05 22.11.2025)»).
_STAMP_WORDS = re.compile(
    r"(?i)\b(?:в|г|года|обновлено|обновлен[аоы]?|изменено|updated|modified|жаңартылды|өзгертілді)\b\.?"
)


# A page's view counter run into the date below it when the page was saved as text: «5380»
# views and «17 марта 2020» read «538017 марта 2020». Only a line that is nothing else.
_GLUED_DAY = re.compile(rf"^\s*\d{{2,}}?(\d{{1,2}})\s+({_MONTH_WORD}),?\s+(\d{{4}})(?:\s*г(?:ода|\.)?)?\s*$")


def _glued_day(line: str) -> str | None:
    """The date of «538017 марта 2020» (a counter's digits before the day): the day is
    the last two digits that make a day of that month, else the last one."""
    m = _GLUED_DAY.match(line)
    month = month_number(m.group(2)) if m else None
    if not m or not month:
        return None
    digits = re.match(r"\s*(\d+)", line).group(1)
    year = int(m.group(3))
    return _iso(year, month, int(digits[-2:])) or _iso(year, month, int(digits[-1:]))


@lru_cache(maxsize=_LINES_KEPT)
def date_only(line: str) -> str | None:
    """The ISO date if `line` is nothing but a date (with time, bullets, a label, an update
    stamp), else None.

    «• 08 октября, 2025», «16.09.2024, 12:59», «20 мая 2019 19:00», «10:12 22.11.2025
    (обновлено: 11:05 22.11.2025)», «Опубликовано: 2024-01-05» all are; a headline that
    mentions a date is not.
    """
    found = find_date(line)
    if not found:
        return _glued_day(line)
    iso, start, end = found
    head = re.sub(rf"^[\s,•·|/–—-]*{_TIME}?", "", _DATE_LINE_NOISE.sub("", line[:start]))
    tail = line[end:]
    while True:  # later dates in the line (an update stamp) are allowed too
        more = find_date(tail)
        if not more:
            break
        tail = tail[: more[1]] + " " + tail[more[2] :]
    tail = _STAMP_WORDS.sub(" ", re.sub(_TIME, " ", tail))
    return iso if not _DATE_LINE_NOISE.sub("", head).strip(" ,•·|/–—-") and not re.search(r"[^\W_]", tail) else None


_RELATIVE = re.compile(
    rf"(?i)^[\s•·|,–—-]*(?:сегодня|вчера|позавчера|только что|бүгін|кеше|today|yesterday|just now)"
    rf"(?:[\s,•·|–—-]*(?:в\s+|at\s+)?{_TIME})?[\s•·|,–—-]*$"
)


def relative_date(line: str) -> bool:
    """A date line relative to a day the page does not say («Сегодня, 14:35», «Вчера», «Кеше 18:40»):
    it marks the header like a date does but gives no date (which day «today» was is unknown)."""
    return bool(_RELATIVE.match(line))


def is_time_or_date_fragment(line: str) -> bool:
    """A line holding only a time, a year, or a day.month without year («11:31», «2025», «12.08»)."""
    s = line.strip(" \t•·|,–—-")
    if relative_date(s):
        return True
    m = re.fullmatch(rf"{_TIME}[,\s]+\d{{1,2}}\s+({_MONTH_WORD})", s)  # «14:08, 26 мая»
    if m:
        return month_number(m[1]) is not None
    return bool(
        re.fullmatch(rf"{_TIME}|\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.?|\d{{1,2}}\s+{_MONTH_WORD}(?:\s+{_TIME})?", s)
    ) and (not re.fullmatch(rf"\d{{1,2}}\s+{_MONTH_WORD}.*", s) or month_number(s.split()[1]) is not None)


_DATE_OR_TIME_AT_END = re.compile(r"\s(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{1,2}:\d{2})\s*$")


def ends_with_date(line: str) -> bool:
    """A headline followed by its own date («7 казахстанцев осудили за терроризм 12.08»):
    the shape of related-news teasers."""
    return bool(_DATE_OR_TIME_AT_END.search(line))


_DATE_LABEL = re.compile(r"(?i)^\s*(?:date|дата)?[\s:]*")


_LEADING_REACH = 1000  # letters of a line a date at its start is looked for in


def leading_date(line: str) -> tuple[str, str] | None:
    """A date at the very start of a line, followed by more text: (iso, rest).

    Scrapers often write «date 2025-08-07 Title…» on the first line.
    """
    m = _DATE_LABEL.match(line)
    rest = line[m.end() :]
    # Only a date at the line's start counts, and no date runs anywhere near this long: a one-line
    # text of megabytes was scanned whole, by five patterns, for the earliest date it holds.
    found = find_date(rest[:_LEADING_REACH])
    if not found or found[1] != 0:
        return None
    iso, _, end = found
    if _SENTENCE_GOES_ON.match(rest[end:]) or _inflected_kazakh_month(rest[:end]):
        return iso, line  # the date opens the sentence: read, and the sentence kept whole
    tail = re.sub(rf"^[\s,•·|]*(?:{_TIME})?[\s,•·|–—-]*", "", rest[end:])
    return (iso, tail) if tail else None


# What follows a date that opens a sentence, not a stamp over a headline: a lower-case word
# after a bare space («2026 жылғы 3 наурызда өткен отырыста …», «14 ноября 2025 года на границе
# …»). A stamp is followed by its time, a separator or the headline's capital. Cutting the date
# off left «өткен отырыста …» or «года на границе …» in the body: a dump record whose text opens
# with such a sentence lost its date words, which the .txt form (headline and day above) keeps.
_SENTENCE_GOES_ON = re.compile(r"\s+(?:года?|г\.|жылы)?\s*[a-zа-яёәғқңөұүһі]")
# A Kazakh month with a case ending («қарашадағы», «наурызда»): a date the sentence declines
# («2025 жылғы 25 қарашадағы Үкімет отырысында …»), no stamp.
_KAZAKH_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)


def _inflected_kazakh_month(date_text: str) -> bool:
    last = date_text.split()[-1].lower() if date_text.split() else ""
    return any(last.startswith(m) and len(last) > len(m) and last[len(m)].isalpha() for m in _KAZAKH_MONTHS)


# English datelines put the month first: «July 11», «Dec. 3».
_MONTH_DAY_EN = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?!\d)")


def day_month(text: str) -> tuple[int, int] | None:
    """«6 августа», «July 11» → (day, month): a dateline's date without a year."""
    m = _DAY_MONTH.search(text)
    if m:
        month, day = month_number(m[2]), int(m[1])
    else:
        m = _MONTH_DAY_EN.search(text)
        if not m:
            return None
        month, day = _english_month(m[1]), int(m[2])
    return (day, month) if month and 1 <= day <= 31 else None


_ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _english_month(word: str) -> int | None:
    """The month an English month name or its abbreviation names («July», «Dec», «Sept»), else None."""
    w = word.lower()
    return next((n for n, name in enumerate(_ENGLISH_MONTHS, 1) if len(w) >= 3 and name.startswith(w)), None)


_WEEKDAY = re.compile(
    r"(?i)^[\s•·|,–—-]*(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|"
    r"бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_COUNTERS = re.compile(
    r"(?i)\b(?:просмотр\w*|комментари\w*|пікір\w*|views?|comments?|қаралым\w*|сағат|в|г|года|жылғы|ж)\b\.?|[👁|•·,]"
)


_TODAY_AND_FIGURE = re.compile(r"(?i)^\s*(?:сегодня|бүгін|today)[\s,:]+\d")


def today_widget(line: str) -> bool:
    """«Бейсенбі, 17 Сәуір 2025», «Сегодня 22 февраля 2025 года, суббота»: a weekday or «today»
    and a date with no time, the site's clock of today."""
    clock = _WEEKDAY.match(line) or _TODAY_AND_FIGURE.match(line)
    return bool(clock) and not _CLOCK_TIME.search(line) and find_date(line) is not None


def stamp_date(line: str) -> str | None:
    """The date of a publication stamp: a short line holding a full date and a time, with
    at most a rubric word or view and comment counters around them
    («4152 0 пікір 13 Қаңтар, 2022 сағат 14:05», «Общество | 20 августа 2025, 15:36 | 👁 4 102»)."""
    if len(line) > 120 or not _CLOCK_TIME.search(line):
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line[: found[1]] + " " + line[found[2] :]
    rest = _COUNTERS.sub(" ", re.sub(_TIME, " ", rest))
    words = re.findall(r"[^\W\d_]+", rest)
    return found[0] if len(words) <= 3 else None


def timed_line(line: str) -> str | None:
    """A stamp line led by the time and the full date, the dateline after them
    («10:40, 16 октября 2017, Бишкек - 24.kg, Анара Исаева»): short, not a sentence."""
    m = re.match(rf"^\s*{_TIME}[\s,|•·–—-]*", line)
    if not m or len(line) > 120 or line.rstrip().endswith((".", "!", "?")):
        return None
    found = find_date(line[m.end() :])
    if not found or found[1] != 0 or len(re.findall(r"[^\W\d_]+", line[m.end() + found[2] :])) > 8:
        return None
    return found[0]


def rubric_date(line: str) -> str | None:
    """A rubric word and a full date, nothing else («Qoǵam 19 Qarasha, 2025», «Общество 20.11.2023»):
    the article's stamp under its rubric, not a headline."""
    if len(line) > 60:
        return None
    found = find_date(line)
    if not found:
        return None
    rest = line[: found[1]] + " " + line[found[2] :]
    words = re.findall(r"[^\W\d_]+", rest)
    return found[0] if len(words) <= 1 and not _DIGIT.search(rest) else None


# «Южный экспресс | 19.11.2026», «Батыс жаңалықтары · 08.11.2026 10:20», and a byline of two
# names and the date in any order («Жетысу Экспресс · Арман Оспанов · 27 октября 2026, 11:05»).
_STAMP_BAR = re.compile(r"\s+[|•·]\s+")
_STAMP_NAME = re.compile(r"^[^|•·\d]{2,40}$")


def named_stamp_date(line: str) -> str | None:
    """The date of a stamp line that pairs short names (the site's, the author's) with the
    date alone, the fields parted by bars: the story's own date under its headline. One
    field must be the date and every other a name of up to four words, so a line of two
    dates or of prose with a bar in it gives none."""
    fields = _STAMP_BAR.split(line.strip())
    if not 2 <= len(fields) <= 3 or len(line) > 120:
        return None
    dates = [date_only(f) if 6 <= len(f) <= 40 else None for f in fields]
    found = [d for d in dates if d]
    names = [f for f, d in zip(fields, dates, strict=True) if not d]
    if len(found) != 1 or not all(_STAMP_NAME.match(n) and len(n.split()) <= 4 for n in names):
        return None
    return found[0]


# The site's stamp on a photo caption: «фото - Новости Zakon.kz от 14.11.2025 23:07», «Zakon.kz жаңалық 27.02.2026».
_CAPTION_DATE = re.compile(r"(?i)(?:\bНовости\s+\S+\s+от|\S+\s+жаңалық\w*)\s+(\d{1,2}\.\d{1,2}\.\d{4})")


# The stamp's date alone: a line without one holds no stamp. Asked first, as _CAPTION_DATE
# tries its «\S+» at every position of a line (~30 us a paragraph; issue 15).
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}")


def caption_date(lines: list[str]) -> str | None:
    """A page that prints no date of its own still stamps its photo caption with the day."""
    for ln in lines:
        m = _CAPTION_DATE.search(ln) if _DOTTED_DATE.search(ln) else None
        if m:
            return parse_date(m[1])
    return None


_YEARLESS_STAMP = re.compile(r"^\s*(\d{1,2}\s+\S+)\s+\d{1,2}:\d{2}\s*$")


def stamp_year(header: list[str], first: list[str]) -> str | None:
    """«12 Маусым 13:24» prints no year: a full date in the first paragraphs of the same month,
    up to two weeks later (the event the story announces), gives it."""
    for ln in header:
        m = _YEARLESS_STAMP.match(ln)
        dm = day_month(m[1]) if m else None
        if not dm:
            continue
        for par in first:
            for iso in all_dates(par):
                if int(iso[5:7]) == dm[1] and 0 <= int(iso[8:]) - dm[0] <= 14:
                    return f"{iso[:4]}-{dm[1]:02d}-{dm[0]:02d}"
        return None
    return None


def all_dates(text: str) -> list[str]:
    """Every full date in the text, in order."""
    out, rest = [], text
    while (found := find_date(rest)) is not None:
        out.append(found[0])
        rest = rest[found[2] :]
    return out


# A paper's issue stamp ends the line: «АиФ-Астрахань №31 31/07/2024», «Газета «X» № 45 (1234) от 12.11.2025».
_ISSUE_NUMBER = re.compile(r"№\s*\d+(?:\s*\(\d+\))?[.,]?\s*(?:от\s+)?$")
# What may follow the issue's date: the year's mark and a closing bracket («№37 (401) от 12 октября 2017 г.)»).
_AFTER_ISSUE_DATE = re.compile(r"(?i)^\s*(?:г\.?|года|ж\.?|жыл\w*)?[\s.,)]*$")


def issue_date(line: str) -> str | None:
    """The date of the paper's issue the article was printed in: a date right after «№ N» at the
    line's end. A print story's header line, never a teaser's (teasers carry no issue number)."""
    if "№" not in line or len(line) > 120:
        return None
    found = find_date(line)
    if not found or not _AFTER_ISSUE_DATE.match(line[found[2] :]):
        return None
    return found[0] if _ISSUE_NUMBER.search(line[: found[1]]) else None


# What may follow a date that closes a header line: the year's mark and a time («… 2025-11-13 00:01:17»).
_CLOSING_TAIL = re.compile(rf"(?i)^\s*(?:г\.?|года|ж\.?)?[\s,.]*(?:{_TIME})?[\s.]*$")
# A credit in brackets opening the line, the date glued after it («(Онлайн Халық Газеті)2023 жыл 23 наурыз»).
_BRACKET_CREDIT = re.compile(r"^\s*\([^()]{2,60}\)\s*$")
_CAPS_WORD = re.compile(r"[^\W\d_]+")


def closing_date(line: str) -> tuple[str, int] | None:
    """The full date that ends the line, a time or «г.» at most after it: (iso, where it starts)."""
    found = find_date(line)
    if not found or not _CLOSING_TAIL.match(line[found[2] :]):
        return None
    return found[0], found[1]


def credit_date(line: str) -> str | None:
    """A paper's credit in brackets and the date it printed the story («(Онлайн Халық Газеті)2023 жыл
    23 наурыз»): a stamp line of the header, nothing else on it."""
    closing = closing_date(line)
    return closing[0] if closing and _BRACKET_CREDIT.match(line[: closing[1]]) else None


def caps_dateline(line: str) -> str | None:
    """An agency's dateline on a line of its own, place and agency in capitals around the full date
    («АЛМАТИНСКАЯ ОБЛАСТЬ. 26 мая 2012 г.. КАЗИНФОРМ»)."""
    found = find_date(line)
    if not found or len(line) > 100:
        return None
    words = _CAPS_WORD.findall(line[: found[1]] + " " + re.sub(r"^\s*(?:г|года)\b", " ", line[found[2] :]))
    return found[0] if 2 <= len(words) <= 8 and all(w.isupper() and len(w) > 1 for w in words) else None
