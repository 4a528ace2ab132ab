"""Figures a checkpoint story gives beside its queue, status and capacity: counts of
vehicles, wagons and people, a post's lanes and places, daily limits, and the money spent.

facts.py read a figure only as a queue (with a queue word in its sentence) or a capacity
(with a period): «там стоят больше 400 машин» in a list, «через станцию прошло 1 622
контейнерных поезда», «паспорттық бақылау үшін 42 орын», «после модернизации будет 12 полос»,
«суточный лимит … снижен до 650 единиц», «на реконструкцию выделено 9,5 млрд тенге» were all
lost. Each function here takes one clause (already known to name or continue a post) and
returns the phrases as the text says them; a figure in words («около полутора тысяч»,
store/extract/number_words.py) prints its value beside it.
"""

from __future__ import annotations

import re

from store.extract import number_words
from store.extract.needles import may_hold, opening_with

# A figure starts at the first digit of a run of digits and spaces, never inside it: from every
# digit of «1 1 1 …» (a table pasted as one line) the run would be scanned to its end again,
# quadratic (facts.py's _RUN_START, tests/test_linear.py).
_RUN_START = r"(?<![\d.,])(?<!\d\s)(?<!\d\u00a0)"
_DIGITS = rf"{_RUN_START}\d(?:[\d\s\u00a0]*\d)?(?:[.,]\d+)?(?:\s*(?:тыс\.?|тысяч\w*|млн|миллион\w*|мың\w*))?"
_RANGE = rf"(?:{_DIGITS}\s*[-–—]\s*)?{_DIGITS}"
_FIG = rf"(?:{_RANGE}|{number_words.FIGURE})"
_ABOUT = r"(?:(?:около|более|свыше|порядка|почти|примерно|приблизительно|не\s+менее|не\s+более|больше|до|шамамен)\s+)?"
_KIND = r"(?:(?:грузов|легков|порожн|пассажирск|большегрузн|контейнерн|железнодорожн|жүк)\w*\s+)?"
_UNITS = (
    r"(?:транспортных\s+средств|автомобил(?:ей|ь(?!\s+(?:өткізу|пункт|бекет))|я|и|ям|ями|ях)(?![\w-])|автомашин\w*|машин\w*|грузовик\w*|фур\b|фуры|фурам?|большегруз\w*"
    r"|автобус\w*|человек|граждан\w*|пассажир\w*|вагон\w*|поезд\w*|контейнер\w*|тонн\w*|единиц\w*"
    r"|көлі\w*|автокөлі\w*|адам\w*|жолаушы\w*|пойыз\w*|азамат\w*"
    # people coming home through the post (facts93, dev e006: «153 қандасымыз тарихи Отанына оралды»)
    r"|қандас\w*|оралман\w*|репатриант\w*|переселен\w*)"
)
_KK_ABOUT = r"(?:-?(?:ге|ға|ке|қа|ден|дан|тен|тан|нен|нан)\s+(?:жуық|астам)\s+|дай\s+|\s+(?:шамасында|астам|жуық)\s+)?"
_COUNT_WRITTEN = rf"{_ABOUT}(?:{_FIG}|{number_words.KK_FIGURE}){_KK_ABOUT}\s*{_KIND}{_UNITS}(?![\w-])"
# Searched behind a look at the character a match opens with (needles.opening_with; stop 51, ingest114: the
# case-insensitive words of _ABOUT and the number words give `re` no first-character skip): a digit, or the
# first letter of an «около …» word or of a number word
_COUNT = opening_with(_COUNT_WRITTEN, re.IGNORECASE, r"\dабвдежмнопстчшү")
# Every match of _COUNT ends in one of these (a clause without them is not scanned: ingest cost).
_UNIT_NEEDLES = (
    *("транспортн", "автомоб", "автомаш", "машин", "грузовик", "фур", "большегруз", "автобус", "человек"),
    *("граждан", "пассажир", "вагон", "поезд", "контейнер", "тонн", "единиц"),
    *("көлі", "адам", "жолаушы", "пойыз", "азамат", "қандас", "оралман", "репатриант", "переселен"),
)

# The same, the whole count as group 1: store/extract/queue_lists.py gives each post of a list
# its own figure («на «А» стоят 10 машин, на «Б» – 20»).
COUNT_FIGURE = re.compile(f"({_COUNT_WRITTEN})", re.IGNORECASE)

# A post's lanes, booths and places: «12 полос движения», «24 кабины паспортного контроля»,
# «42 орын», «6 жолақ», «9 сканеров». Up to two words after the noun say what they are for.
_FACILITY = (
    r"(?:полос\w*|жола[қғ]\w*|орын\w*|кабин\w*|окон|окна|окно|сканер\w*|терминал\w*|ангар\w*|мест[оа]?(?![\w-])"
    r"|площад\w*|алаң\w*|линий|линии|стоянк\w*|тұрақ\w*)"
)
_NOT_FOR = r"(?:и|а|но|в|во|на|с|со|по|из|за|к|мен|және|пен|бен|бар|жоқ|есть|будет|будут)(?![\w-])"
_FOR = rf"(?:\s+(?!{_NOT_FOR})[а-яёәғқңөұүһі]+){{0,2}}"
# What stands between the count and the noun: «новых», «досмотровых», «грузовых» (any adjective of
# the counted plural, «10 досмотровых полос»), and Kazakh «өткізу» of «8 өткізу жолағы» (facts71).
_FACILITY_ADJ = r"(?:(?:нов|нових|дополнительн|современн|жаңа|дейін|өткізу)\w*\s+|[а-яё]+(?:ых|их)\s+)"
_FACILITIES = re.compile(
    rf"(?<![\w.,])(?:до\s+)?{_RANGE}\s+{_FACILITY_ADJ}?{_FACILITY}(?![\w-]){_FOR}",
    re.IGNORECASE,
)
# The same counted in words (facts64): «восемь полос для грузового транспорта», «две кабины»,
# «төрт жолақ». Only what a post counts in units: not places, grounds or parkings («пять мест»
# may be a rank, «үш орын» a seat), nor lines («четыре линии» of a railway are its tracks).
_WORD_FACILITY = r"(?:полос\w*|жола[қғ]\w*|кабин\w*|окон|окна|сканер\w*|терминал\w*|ангар\w*)"
_WORD_FACILITIES = re.compile(
    rf"{number_words.COUNT}\s+(?:(?:нов|дополнительн|современн|жаңа)\w*\s+)?{_WORD_FACILITY}(?![\w-]){_FOR}",
    re.IGNORECASE,
)
# A count of lanes or booths changed (facts65): «количество полос увеличат с четырёх до десяти»,
# «число кабин вырастет с 6 до 12», «расширят с трёх до восьми полос» — the noun and both ends,
# the words between them (the post's name, the verb) left out.
_CHANGE_END = rf"(?:{_DIGITS}|{number_words.COUNT})"
_FROM_TO = rf"с\s+{_CHANGE_END}\s+до\s+{_CHANGE_END}"
_FACILITY_CHANGE = re.compile(
    rf"(?<![\w-])(?P<noun>{_WORD_FACILITY})(?![\w-])(?:\s+[^\s.;:!?]+){{0,6}}?\s+(?P<span>{_FROM_TO})(?![\w-])"
    rf"|(?<![\w-])(?P<span2>{_FROM_TO})\s+(?P<noun2>{_WORD_FACILITY})(?![\w-])",
    re.IGNORECASE,
)
# The same change as Kazakh says it (fct106): «жолақ саны 4-тен 12-ге дейін көбейеді», «жолақтар саны 8-ге
# жетеді» — the count's noun with «саны», its ends with their case endings, and the verb of growing.
_KK_FACILITY_CHANGE = re.compile(
    r"(?<![\w-])(?:жола[қғ]|кабина|терминал)\w*\s+саны\s+(?:\d+-?[а-яәіңғүұқөһ]+\s+)?\d+-?[а-яәіңғүұқөһ]+\s+"
    r"(?:дейін\s+)?(?:көбей|арт|ұлға[йя]|жет)\w*",
    re.IGNORECASE,
)
_FACILITY_NEEDLES = (
    *("полос", "жолақ", "жолағ", "орын", "кабин", "окон", "окна", "окно", "сканер", "терминал", "ангар", "мест"),
    *("площад", "алаң", "линий", "линии", "стоянк", "тұрақ"),
)

# A cap on what a post passes: «суточный лимит подачи … снижен до 650 единиц», «квота — 300
# машин в день», «тәулігіне 600 көлік лимиті».
_PERIOD = r"(?:\s+(?:в|за)\s+(?:сутки|день|час|неделю|месяц))?"
_LIMIT = re.compile(
    rf"(?:(?:суточн|дневн|ежедневн)\w*\s+)?(?:лимит|квот)\w*(?:\s+[^\s,.;:!?]+){{0,6}}?\s*[:—–-]?\s+"
    rf"{_ABOUT}(?:в\s+)?{_FIG}\s+{_KIND}{_UNITS}{_PERIOD}"
    rf"|(?:(?:тәулігіне|күніне)\s+)?{_FIG}\s+{_KIND}{_UNITS}\s+(?:лимит|квота)\w*",
    re.IGNORECASE,
)
_LIMIT_NEEDLES = ("лимит", "квот")

# Money for works: «выделено 9,5 млрд тенге», «стоимость проекта – 22 млрд теңге», «жоба
# құны 22 млрд теңге».
_MONEY = (
    rf"(?<![\w.,]){_RUN_START}\d(?:[\d\s]*\d)?(?:[.,]\d+)?\s*(?:млрд|млн|трлн|миллиард\w*|миллион\w*|триллион\w*)\.?\s*"
    r"(?:тенге|теңге|рубл\w*|долл\w*|юан\w*|евро|\$)"
)
_FUNDING = opening_with(  # a money word's first letter or the figure's digit (stop 51, ingest114)
    rf"(?:(?:выделен\w*|выделят|направ\w+|стоимост\w*|стоил\w*|обош[её]л\w*|обойд\w+|бюджет\w*|инвестиц\w*|вложен\w*"
    rf"|сумм\w*|құны|бөлін\w*|бөлінді|қаржы\w*|сомасы|жұмсал\w*)\s+(?:[^\s,.;:!?]+\s+){{0,4}}?)?{_MONEY}",
    re.IGNORECASE,
    r"\dбвжиносқ",
)
_MONEY_NEEDLES = ("млрд", "млн", "трлн", "миллиард", "миллион", "триллион")

# A figure said of what is not the post (fct105), in the figure's own part of its clause: the countries' trade
# («товарооборот Казахстана с Китаем достиг 40 млрд долларов», «тауар айналымы 40 млрд долларға жетті»), a
# region's or the state's budget as the subject («бюджет области на 2027 год составит 400 млрд тенге», «облыстың
# 2027 жылға арналған бюджеті»; not «из бюджета области выделено …», money for the post), money for a school or a
# hospital («на ремонт школ выделено 2 млрд тенге»). A post's own figure near them stands in another part.
_SOMETHING_ELSE = re.compile(
    r"(?<![\w-])(?:товарооборот\w*|торговл\w*|(?:тауар|сауда)\s+айналым\w*"
    r"|бюджет\s+(?:[^\s\d]+\s+)?(?:област|район|город|стран|республик)\w*"
    r"|(?:облыс|аудан|қала|ел|республика)\w*\s+(?:[^\s]+\s+){0,3}?бюджеті(?![\w-])"
    r"|школ\w*|больниц\w*|детск\w+\s+сад\w*|мектеп\w*|аурухана\w*)",
    re.IGNORECASE,
)
# Where the figure's part of a clause opens: after a comma, a semicolon, a colon or a contrast («а», «ал», «но»).
# Every match of _SOMETHING_ELSE holds one of these words (lower-case) as written: a figure's window with none
# is said of no such thing. _ODD_CASE: the old letter forms `re` equates with в, д, о, с, т under IGNORECASE,
# which str.lower() keeps (store/extract/needles.py); a window holding one is read as before.
_ELSE_NEEDLES = ("товарооборот", "торговл", "айналым", "бюджет", "школ", "больниц", "детск", "мектеп", "аурухана")
_ODD_CASE = re.compile("[\u1c80-\u1c88]")
_PART_BREAK = re.compile(r"[,;:]\s|(?<![\w-])(?:а|ал|но|бірақ)\s", re.IGNORECASE)  # not «1,5»
_PART_REACH = 150  # characters read back from a figure for its part's start


def _of_something_else(clause: str, m: re.Match) -> bool:
    """True when the figure `m` is said, in its own part of the clause, of trade, a budget or a school (the
    match's own lead word too: «бюджеті 250 млрд теңге»)."""
    window = clause[max(0, m.start() - _PART_REACH) : m.end()]
    if not _may_be_else(window):
        return False
    part = _PART_BREAK.split(window)[-1]
    return bool(_SOMETHING_ELSE.search(part))


# A road that leads to the post (fct107): «дорогу к нему расширят до четырёх полос», «дорога от Жаркента к пункту
# имеет 4 полосы движения», «автодорогу до пункта расширят до 6 полос» — the lanes counted in that part of the
# clause are the road's, not the post's.
_ROAD_TO = re.compile(
    r"(?<![\w-])(?:(?:авто)?дорог\w*|трасс\w*|шоссе|магистрал\w*)\s+(?:[^\s,;:]+\s+){0,2}?(?:к|до|от)\s",
    re.IGNORECASE,
)
_ROAD_NEEDLES = ("дорог", "трасс", "шоссе", "магистрал")


def of_a_road(sentence: str, phrase: str) -> bool:
    """True when the lanes `phrase` are counted, in their own part of the sentence, of a road leading to the
    post: a post's lanes stand with the post, a road's beside it would be read as the post's (fct107)."""
    at = sentence.find(phrase)
    if at < 0 or not any(w in sentence[:at].lower() for w in _ROAD_NEEDLES):
        return False
    part = _PART_BREAK.split(sentence[max(0, at - _PART_REACH) : at])[-1]
    return bool(_ROAD_TO.search(part))


def _may_be_else(window: str) -> bool:
    """False only when no part of `window` can match _SOMETHING_ELSE: it holds none of _ELSE_NEEDLES in any
    case (ingest123: the split and the case-blind scan cost ~10 µs a figure, the check ~1 µs). Its own lower-
    case copy, not needles.may_hold's: a clause's many figures asked in turn evicted the clause's kept copy."""
    low = window.lower()
    return any(w in low for w in _ELSE_NEEDLES) or bool(_ODD_CASE.search(window))


_DIGIT = re.compile(r"\d")


def _said(m: re.Match) -> str:
    """The phrase as the text says it, one space between words, with a word figure's value."""
    text = " ".join(m.group().split()).strip(" ,.;:")
    if not _DIGIT.search(text):
        n = number_words.value(text)
        return f"{text} (≈{n})" if n else text
    return text


def _figured(clause: str) -> bool:
    """True when the clause may hold a figure: a digit or a number word."""
    return bool(_DIGIT.search(clause)) or may_hold(clause, number_words.NEEDLES)


def counts(clause: str) -> list[str]:
    """Counts of vehicles, wagons, trains or people the clause gives («больше 400 машин»,
    «1 622 контейнерных поезда», «шамамен 4 мыңдай адам»)."""
    if not may_hold(clause, _UNIT_NEEDLES) or not _figured(clause):
        return []
    found = _COUNT.finditer(clause) if may_hold(clause, number_words.NEEDLES) else _near_digits(clause)
    return [
        _said(m)
        for m in found
        if not _a_year(m.group())
        and not _weight_class(clause, m)
        and not _PLANNED.search(clause, max(0, m.start() - 60), m.start())
        and not _PLANNED_VOLUME.search(clause, max(0, m.start() - 120), m.start())
        and not _of_something_else(clause, m)
    ]


# A plan's figure is no count of what passed (facts91): «при плане 57 317 вагонов станция приняла 100 392
# вагона», «против плановых 171 547 вагонов», «план ОСЖД составлял 114 230 вагонов» — the figure told next to
# it is the post's. The plan word at most two words before the figure.
_PLANNED = re.compile(
    r"(?<![\w-])(?:план|плана|плане|планом|планов\w*|жоспар\w*)(?:\s+[^\s\d]+){0,2}\s+$", re.IGNORECASE
)

# The plan told as a planned volume, its goods between it and the figure (facts93, dev c010): «при плановом
# объеме передачи экспортных грузов в КНР в 43 076 вагонов передала 46 200 вагонов», «при плановом показателе
# отправки в Китай 30 200 вагонов». Up to eight words between, none a digit, a comma or a past verb: in «по
# плановому заданию станция приняла 8 000 вагонов» the figure is what passed.
_PLANNED_VOLUME = re.compile(
    r"(?<![\w-])(?:планов\w*|жоспарлы\w*)\s+(?:объ[её]м\w*|показател\w*|задани\w*|көлем\w*)"
    r"(?:\s+(?![^\s\d,;:.]*(?:л|ла|ли|ло|ды|ді|ты|ті)(?![\w-]))[^\s\d,;:.]+){0,8}\s+$",
    re.IGNORECASE,
)


# A vehicle's weight is a class of vehicles, not a count of tonnes moved (facts61): «грузовики
# массой более 3,5 тонны», «жүк көтергіштігі 3,5 тоннаға дейінгі жүк көліктері», «12 тоннадан
# асатын көліктер».
_WEIGHT_BEFORE = re.compile(
    r"(?:масс|вес|грузоподъ[её]мност|полн\w+\s+масс|көтергіштіг|салмағ)\w*\s*(?:[^\s\d]+\s+)?$", re.IGNORECASE
)
_WEIGHT_AFTER = re.compile(r"\s*(?:дейінгі|асатын|артық|жоғары|аспайтын)\b", re.IGNORECASE)


def _weight_class(clause: str, m: re.Match) -> bool:
    """True when the count `m` is in tonnes said of a vehicle's weight."""
    if not re.search(r"тонн", m.group(), re.IGNORECASE):
        return False
    return bool(
        _WEIGHT_BEFORE.search(clause, max(0, m.start() - 30), m.start()) or _WEIGHT_AFTER.match(clause, m.end())
    )


_DIGIT_RUN = re.compile(r"\d[\d\s\u00a0.,]*")
# What must follow a run of digits for it to be a count: its scale word, a Kazakh ending, a kind
# of vehicle, the counted noun («5 машин», «300-ге жуық жүк көлігі», «2 тыс. грузовиков»).
_UNIT_AFTER = re.compile(
    rf"(?:\s*(?:тыс\.?|тысяч\w*|млн|миллион\w*|мың\w*))?{_KK_ABOUT}\s*{_KIND}{_UNITS}(?![\w-])", re.IGNORECASE
)
_BEFORE, _AFTER = 30, 120  # how far a count's words reach before and after its figure


def _near_digits(clause: str) -> list[re.Match]:
    """_COUNT's matches, looked for only around the clause's runs of digits: a scan of the
    whole clause tries its many leading words at every position (ingest cost)."""
    out: list[re.Match] = []
    pos = 0
    for run in _DIGIT_RUN.finditer(clause):
        if run.start() < pos or not _UNIT_AFTER.match(clause, run.end()):  # a date, a year, a share
            continue
        m = _COUNT.search(clause, max(pos, run.start() - _BEFORE), run.end() + _AFTER)
        if m and m.start() <= run.start() < m.end():
            out.append(m)
            pos = m.end()
    return out


def _a_year(text: str) -> bool:
    """«2025 поездов» never; «в 2025 году» is no count (the unit pattern needs a noun after)."""
    return bool(re.fullmatch(r"\s*(?:19|20)\d\d\s+\S+", text))


def facilities(clause: str) -> list[str]:
    """A post's lanes, booths and places the clause counts («12 полос движения»)."""
    if not may_hold(clause, _FACILITY_NEEDLES):
        return []
    changes = [(m.span(), _change_said(m)) for m in _FACILITY_CHANGE.finditer(clause)] if " до " in clause else []
    if " саны " in clause and _DIGIT.search(clause):
        changes += [(m.span(), " ".join(m.group().split())) for m in _KK_FACILITY_CHANGE.finditer(clause)]
    found = [m for m in _FACILITIES.finditer(clause)] if _DIGIT.search(clause) else []
    if may_hold(clause, number_words.COUNT_NEEDLES):
        found += list(_WORD_FACILITIES.finditer(clause))
    # a count inside a change is its «to» end, said by the change
    kept = [_said(m) for m in found if not any(a <= m.start() and m.end() <= b for (a, b), _ in changes)]
    return [said for _, said in changes] + kept


def _change_said(m: re.Match) -> str:
    """«полос с четырёх до десяти»: the noun, then the change as the text says it."""
    noun, span = m.group("noun") or m.group("noun2"), m.group("span") or m.group("span2")
    return " ".join(f"{noun} {span}".split())


def limits(clause: str) -> list[str]:
    """Caps on what a post passes («суточный лимит … до 650 единиц»)."""
    if not may_hold(clause, _LIMIT_NEEDLES) or not _figured(clause):
        return []
    return [_said(m) for m in _LIMIT.finditer(clause)]


def funding(clause: str) -> list[str]:
    """Money for a post's works, with the word that says what it is («выделено 9,5 млрд тенге»)."""
    if not _DIGIT.search(clause) or not may_hold(clause, _MONEY_NEEDLES):
        return []
    return [_said(m) for m in _FUNDING.finditer(clause) if not _of_something_else(clause, m)]
