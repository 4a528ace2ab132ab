"""Facts about checkpoints: status, capacity, deadlines, queues and events, with the sentence they come from.

Only sentences that name a checkpoint are read (razdel splits them, store/extract/chunking.py); a fact found in
a sentence belongs to every checkpoint it names, which is what an enumeration means
(«осуществлен ввод в эксплуатацию 4 пунктов: Капланбек, Атамекен, Кольжат и Алаколь»),
except queues told post by post (store/extract/queue_lists.py).

Dates are strings of one of these shapes, the most precise the text supports:
"YYYY-MM-DD", "YYYY-MM", "YYYY-Q1".."YYYY-Q4", "YYYY-H1"/"YYYY-H2" (half-years), "YYYY";
None when the text gives none. Relative expressions («в этом году», «до конца текущего
года») resolve against the article's year when the article date is known. A status
fact that the text reports as done («на сегодня введены») takes the article's date.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from datetime import date as calendar_day
from functools import partial

from store.extract import fact_amounts, fact_lanes, fact_promises, number_words
from store.extract.checkpoints import CheckpointSpan
from store.extract.fact_alternatives import alternatives, cue, goes_on, joined
from store.extract.fact_causes import THEREFORE, causes, closure_end, closure_period, reasons_before, stated_cause
from store.extract.fact_clauses import clauses
from store.extract.fact_context import (
    CARRY_KINDS,
    SIDE_KINDS,
    THEY_KINDS,
    about_the_post,
    both_posts,
    carried_post,
    far_kinds,
    only_the_other_side,
    queue_report_before,
    side_carried,
    sole_post,
    story_post,
    they_posts,
    this_crossing,
)
from store.extract.fact_crossings import QUEUE_KINDS, dash_partners, without_partners
from store.extract.fact_exceptions import excepted
from store.extract.fact_groups import GROUP_NEEDLES, group_posts, works_posts
from store.extract.fact_lines import LINE_NEEDLES, line_ends
from store.extract.fact_pairs import (
    NEIGHBOURING_NEEDLES,
    crossing_pairs,
    facing_pairs,
    named_across,
    neighbouring_across,
)
from store.extract.fact_rules import (
    REGIME_NEEDLES,
    REGIME_RX,
    beside_statuses,
    lead_regime_owners,
    passage_rules,
    residents_regimes,
)
from store.extract.fact_sentences import body_sentences
from store.extract.fact_sides import across_or_ours, side_after_name, side_of, side_owners, side_told
from store.extract.fact_surfaces import surface_at_post, surface_on_way
from store.extract.fact_terms import closure_term
from store.extract.fact_works import WORKS_NEEDLES, post_works, works_deadline
from store.extract.needles import by_opening, may_hold, opening_with, words_or_search
from store.extract.queue_lists import NO_QUEUE, queues_by_post
from store.lang import gazetteer
from store.lang.statuses import HABITUAL_CLOSURE, HOURS_PATTERN, STATUS_PATTERNS, WORKING_PATTERN, status_label
from store.model import Fact

_MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}


def _month_rx(name: str) -> str:
    """A Russian month word as the named group `name` (a pattern holds up to three of them)."""
    return (
        rf"(?P<{name}>январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|июл[ьяюе]|августа?|августе"
        r"|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|декабр[ьяюе])"
    )


def _year_rx(name: str) -> str:
    """A year («2026», «2026 года», «2026-го года») as the named group `name`."""
    return rf"(?P<{name}>20\d\d)\s*(?:г(?:ода|од|оду)?\b\.?|-?го\s+года)?"


_HALF = r"(?P<half>первое|второе|первом|втором|1|2|I|II)[-\s]*(?:е\s+)?полугоди[еяюи]"
_QUARTER = r"(?P<quarter>первый|второй|третий|четвертый|четвёртый|первом|втором|третьем|четвертом|1|2|3|4|I|II|III|IV)[-\s]*(?:м\s+|й\s+)?квартал[еау]?"
# A year standing alone must not be a quantity: «до 2050 транспортных средств» is a
# capacity, not a deadline.
_BARE_YEAR = r"(?P<year>20\d\d)(?:\s*(?:г(?:ода|од|оду)?\b\.?|-?го\s+года)|(?![\s-]*(?!год)[а-яёa-z]))"
# A day and month with no year is read after «до», «к», «на» («до 31 октября», «к 1 декабря»),
# and (facts65) right after a future verb of opening or finishing («откроется 1 мая», «завершат
# 30 ноября»): the year is the article's (_yearless_date). A past verb («открылся 1 мая») is no
# deadline.
_YEARLESS_VERBS = (
    "откроется",
    "откроются",
    "откроют",
    "заработает",
    "запустят",
    "завершат",
    "завершится",
    "завершатся",
    "закончат",
    "закончится",
    "закончатся",
    "введут",
    "сдадут",
)
_YEARLESS_AFTER = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("до", "к", "на", *_YEARLESS_VERBS)) + ")"

_TIME = opening_with(
    # a season before the year names that year: «запланировано на лето 2026 года», «к осени 2026 года»
    rf"(?:(?:на|до|к|в|во)\s+)?(?:(?:конц[аеу]|середин[еы]|начал[ае]|весн[аеуы]|весной|лет[оау]|летом|осен[иь]|осенью|зим[аеуы]|зимой)\s+)?(?:"
    rf"{_HALF}\s+{_year_rx('hy')}|{_QUARTER}\s+{_year_rx('qy')}|(?P<day>\d{{1,2}})\s+{_month_rx('dmonth')}\s+{_year_rx('dy')}"
    rf"|{_month_rx('month')}\s+{_year_rx('my')}|{_BARE_YEAR}"
    rf"|(?P<rel>текущ\w+|этом|этого|нынешн\w+|следующ\w+)\s+год\w*"
    # «до конца года», «к середине года»: the article's year (a bare «года» only after these)
    rf"|(?<=конц[аеу]\s)(?P<end_of>года)|(?<=середин[еы]\s)(?P<middle_of>года)"
    # a day and month with no year; kept last so a date with its year wins
    rf"|(?=\d){_YEARLESS_AFTER}(?P<nday>\d{{1,2}})\s+{_month_rx('nmonth')}(?![\s,]*(?:20\d\d|\d{{2}}\b)))",
    re.IGNORECASE,
    r"\dавгдзиклмнопстфчэя1-4I",
)
# facts70: a verb of works in the plural with no subject, beside a year, is the plan and its year
# («В 2027 году модернизируют два пункта», «Пункт реконструируют в 2027 году»): news writes the
# future of the works so; the past («реконструировали») is no such verb.
_FUTURE_WORKS = r"модернизируют|реконструируют|расширят|обновят|построят|отремонтируют|переоснастят"
_FUTURE = opening_with(
    r"заверш(?:ат|ится|атся|ить|ени)|окончани|сдач|сдадут|введут|будет|будут|планир|запланир|намечен|"
    r"предусмотр|должн|откроют|откроется|откроются|запустят|заработает|закончат|закончит|примут|\bдо\s|"
    + _FUTURE_WORKS,
    re.IGNORECASE,
    "бвдзмнопрс",
)
# _FUTURE's alternatives as words (all but «\bдо\s»), and that one alone: whether the sentence holds
# one is looked up in its lower-case copy (needles.lowered), kept for the other readers, instead of a
# scan trying the many alternatives at every letter (issue 15, stop 50: _future).
_FUTURE_WORDS = (
    *("завершат", "завершится", "завершатся", "завершить", "завершени", "окончани", "сдач", "сдадут", "введут"),
    *("будет", "будут", "планир", "запланир", "намечен", "предусмотр", "должн", "откроют", "откроется"),
    *("откроются", "запустят", "заработает", "закончат", "закончит", "примут", *_FUTURE_WORKS.split("|")),
)
_FUTURE_DO = opening_with(r"\bдо\s", re.IGNORECASE, "д")


def _future(sentence: str) -> bool:
    r"""`bool(_FUTURE.search(sentence))`. Exact: a word `re` finds under IGNORECASE stands in the
    sentence's lower-case copy, and one standing there `re` finds, but for the letters `re` also
    equates with Cyrillic ones (U+1C80–U+1C88: then `lowered` gives None and _FUTURE is asked);
    whitespace folded in that copy is no part of a word. «\bдо\s» is searched as it is in _FUTURE."""
    return words_or_search(sentence, _FUTURE_WORDS, _FUTURE_DO, _FUTURE)


_DEADLINE_LEAD = re.compile(
    r"(?:(?:завершени\w*|окончани\w*|ввод\w*|сдач\w*|заверш\w*|завершат|открыти\w*|открыть|сдать|запустить"
    # facts65: a future verb of opening or finishing, or «ввести/принять в эксплуатацию»
    r"|откроется|откроются|откроют|заработает|законч(?:ат|ить)\w*|закончится|ввести|примут|принять|введут|сдадут|запустят|"
    + _FUTURE_WORKS
    + r")\s+(?:\w+\s+){0,4}?)?$",
    re.IGNORECASE,
)

_DEADLINE_TAIL = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:(?:заверш\w*|будет\s+\w+|будут\s+\w+|откроют|сдадут|введут|запустят)(?:\s+\w+)?|"
    + _FUTURE_WORKS
    + r")",
    re.IGNORECASE,
)

_DONE_NOW = opening_with(
    r"\bна\s+сегодня|\bсегодня\b|на\s+данный\s+момент|\bуже\b(?!\s+\d{1,2}\s+"
    + _month_rx("umonth")
    + r")|в\s+настоящее\s+время|\bбүгін\b|\bқазір\b|\bенді\b",
    re.IGNORECASE,
    r"бвенсуқ",
)

# A figure's noun may follow a kind of vehicle: «510 грузовых автомашин», «около 90 порожних
# фур», «300 легковых автомобилей»; «5 авто» is a car count too.
_UNITS = (
    r"(?:(?:грузов|легков|порожн|пассажирск|большегрузн)\w*\s+)?"
    r"(?:транспортных\s+средств|автомобил\w*|автомашин\w*|машин\w*|грузовик\w*|фур\w*|большегруз\w*|человек"
    r"|пассажир\w*|вагон\w*|поезд\w*|контейнер\w*|тонн\w*|единиц\w*|авто\b"
    # buses queue too (facts73): «очередь из 45 автобусов», «скопились 12 микроавтобусов»
    r"|(?:микро)?автобус\w*)"
)
# A figure may be a range, both ends kept: «2-3 тыс. грузовиков», «от 500 до 700 машин» (a bare
# «с 200 до 1600» is a change, read by _CAPACITY's own «с … до»).
_FIGURE = r"\d[\d\s]*(?:[.,]\d+)?(?:\s*(?:тысяч\w*|тыс\.?|млн|миллион\w*))?"
_NUM = rf"(?:от\s+{_FIGURE}\s+до\s+|\d[\d\s]*(?:[.,]\d+)?\s*[-–—]\s*(?=\d))?{_FIGURE}"
_PER = r"(?:\s+(?:в|за)\s+(?:сутки|день|час|год|месяц|смену))?"
# A number's scan starts at the first digit of a run of digits and spaces, never inside the
# run: from every digit a number with no unit after it would be scanned to the run's end
# again, quadratic on a long line of figures (a table pasted as one line). A match starting
# inside a run is never found anyway: the run's first digit reaches the same ends, further.
_RUN_START = r"(?<!\d)(?<!\d\s)"
_CAPACITY = re.compile(
    rf"пропускн\w+\s+способност\w+.{{0,80}}?((?:с\s+{_NUM}\s+)?(?:до|на|в)?\s*{_NUM}\s+{_UNITS}{_PER})"
    # «не более 500 машин в сутки» is a limit (fct101): the «не» stays, «более 500» said the opposite
    rf"|((?:(?:не\s+)?(?:более|менее)|до|свыше)?\s*{_RUN_START}{_NUM}\s+{_UNITS}\s+(?:в|за)\s+(?:сутки|день|час))",
    re.IGNORECASE,
)
# What a post can pass, said by a verb of ability with the period first or last: «по нашим
# требованиям я могу пропускать в день 96 машин», «сможет пропускать до 5 тысяч автомобилей в
# сутки», «рассчитан на 1 200 машин в сутки». The period stays in the fact: a figure «в час» is
# not one «в сутки».
_PERIOD = r"(?:в|за)\s+(?:сутки|день|час|год|смену)"
_CAN_PASS = opening_with(
    rf"(?:\b(?:мо(?:гу|жет|жем|гут)|смо(?:жет|гут)|можно|способ[а-я]*|рассчитан[а-я]*)\s+(?:[а-яё]+\s+){{0,2}}?"
    rf"(?:пропуска\w*|пропустить|обслужива\w*|обслужить|принима\w*|принять|на)\s+)"
    rf"((?:{_PERIOD}\s+)?(?:до\s+|(?:не\s+)?более\s+|не\s+менее\s+|свыше\s+)?{_RUN_START}{_NUM}\s+{_UNITS}(?:\s+{_PERIOD})?)",
    re.IGNORECASE,
    r"мрс",
)
# Kazakh: «тәулігіне 500 көліктен 2 000 көлікке дейін», «тәулігіне 1 200 көлікке дейін», «тәулігіне 3 000 адам»;
# the limit on the figure before its units (facts66): «тәулігіне 1000-ға дейін жүк көлігі»
# «жеңіл көлік» (cars) and «автобус» (facts73) beside the lorries
_KK_UNITS = r"(?:автокөлі\w*|көлі\w*|(?:жүк|жеңіл)\s+(?:авто)?көлі\w*|автобус\w*|фура\w*|адам\w*|жолаушы\w*|вагон\w*|пойыз\w*|контейнер\w*|тонна\w*)"
_KK_NUM = r"\d[\d\s]*(?:[.,]\d+)?(?:\s*(?:мың|млн|миллион)\w*)?"
_KK_CAPACITY = re.compile(
    rf"((?:тәулігіне|күніне|сағатына|жылына)\s+(?:{_KK_NUM}\s+{_KK_UNITS}\s+)?{_KK_NUM}(?:-\w+)?(?:\s+дейін)?\s+{_KK_UNITS}(?:\s+дейін)?)",
    re.IGNORECASE,
)
# Vehicles said to stand or wait are a queue with their count (facts73): «стоят 150 машин», «ждут
# оформления 60 грузовиков», «30 жүк көлігі күтіп тұр», «70 фура тұр» (not «тұрағы», a car park).
# «кезегі» (its queue: к → г before a vowel) is a queue word too: «кезегі 90 көлікке жетті» was a
# count (qa108), as «очередь достигла 90 машин» is not.
_QUEUE_CUE = opening_with(
    r"очеред|скоплени|скопил|скопилось|застрял|простаива|ожида|кезек|кезег|затор|пробк|кептеліс"
    r"|(?<![\w-])(?:сто(?:ят|ит|яли|ял)|жд(?:ут|али))(?![\w-])|(?<![\w-])күт(?:іп|уде|еді)(?![\w-])"
    r"|(?<![\w-])(?:фура|көлі|автокөлі|автобус|машина)\w*\s+тұр(?:ды|ған)?(?![\w-])",
    re.IGNORECASE,
    r"ажзкмопсф",
)
# A queue measured by its length: «колонна растянулась примерно на 50 км», «очередь в 8 км»,
# «кезек 18 шақырым болды» — a length, kept with its unit, never read as a count of vehicles.
# fct101: a length in words too («достигла семи километров», «бес шақырымға созылды»), its unit spelled out
_KM_WORDS = rf"(?:{number_words.COUNT}|полутора|полтора|несколько|нескольких|бірнеше)\s+(?:километр\w*|шақырым\w*)"
_KM = (
    r"(?:(?:от\s+\d+(?:[.,]\d+)?\s+до\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?\s*(?:км\b|километр\w*|шақырым\w*)"
    rf"|{_KM_WORDS})"
)
# The noun a queue word depends on starts the phrase («хвост очереди вытянулся на 20 км», «длина
# пробки достигла 5 км»: qa61 saw «очереди вытянулся …»), and a Kazakh length keeps its verb
# («кезектің ұзындығы 7 шақырымға жетті», not «… 7 шақырымға»).
_QUEUE_HEAD = r"(?:(?:хвост|длина|протяж[её]нность|конец|край)\s+)?"
_KM_VERB = r"(?:(?<=ға)\s+(?:жетті|жеткен|жетеді|созылды|созылған|созылып\s+жатыр|созылады)(?![\w-]))?"
# fct101: the post between the queue and its length («Пробка перед пунктом пропуска «Кайрак» достигла 7 км»)
_AT_POST = r"(?:(?:на|у|в|перед|возле)\s+(?:(?:пункт\w*|КПП|МАПП)\s+(?:пропуска\s+)?)?«[^«».,;:!?]{1,30}»\s+)?"
_QUEUE_KM = re.compile(
    rf"(?<![\w-]){_QUEUE_HEAD}(?:растянул\w*|вытянул\w*|тянет\w*|созыл\w*|очеред\w*|пробк\w*|затор\w*|колонн\w*|кезек\w*|кептеліс\w*)\s+{_AT_POST}"
    rf"(?:[а-яёәғқңөұүһі]+\s+){{0,3}}?(?:(?:на|в|до|почти|около|более|свыше|примерно|шамамен)\s+)*{_KM}{_KM_VERB}",
    re.IGNORECASE,
)
# fct105: the length before the queue, as Kazakh puts it («2 шақырым кезек тұр», «5 шақырымға созылған кезек»,
# «3 шақырымдық кептеліс») and Russian in one word («5-километровая очередь»); «тұр» / «бар» after it kept.
_KM_QUEUE = re.compile(
    rf"(?<![\w-])(?:\d+(?:[.,]\d+)?\s*-?\s*(?:км|километр\w*|шақырым\w*)|{_KM_WORDS})"
    r"(?:\s+(?:созылған|жеткен|созылып\s+жатқан))?\s+(?:кезек|кептеліс|очеред|пробк|затор|колонн)\w*"
    r"(?:\s+(?:тұр|бар)(?![\w-]))?",
    re.IGNORECASE,
)
# «очередь из 35 фур»: the count and its unit are the fact, «из» left out (facts77); «из более чем
# 300 фур» keeps its «более чем».
_QUEUE = opening_with(
    rf"(?:(?<![\w-])из\s+)?"
    rf"((?:свыше|более|больше|около|порядка|почти|до|примерно|приблизительно|не\s+менее)(?:\s+чем)?\s+{_NUM}\s+{_UNITS}"
    rf"|{_RUN_START}{_NUM}\s+{_UNITS}|{_RUN_START}{_KK_NUM}(?:-\w+)?\s+(?:астам\s+|жуық\s+|шамасында\s+)?{_KK_UNITS})",
    re.IGNORECASE,
    r"\dбдинопс",
)
# Kazakh months as their stems: «мамырда», «қыркүйегінде» (к → г before a vowel), «желтоқсанда»
_KK_MONTHS = (
    *("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым"),
    *("шілде", "тамыз", "қыркүйе", "қазан", "қараша", "желтоқсан"),
)
_KK_MONTH_RX = "|".join(_KK_MONTHS)
# Kazakh deadlines: «2026 жылдың соңына дейін», «жылдың соңына дейін» (the article's year),
# «2026 жылдың бірінші жартыжылдығында», «2026 жылдың екінші тоқсанында», «2028 жылға дейін»
_KK_TIME = re.compile(
    r"(?:(20\d\d)\s+жылдың\s+(бірінші|екінші|1|2|I|II)\s+жартыжылдығ\w*"
    r"|(20\d\d)\s+жылдың\s+(бірінші|екінші|үшінші|төртінші|1|2|3|4|I|II|III|IV)\s+тоқсан\w*"
    r"|(20\d\d)\s+жылдың\s+(?:соңына|аяғына)\s+дейін"
    r"|(20\d\d)\s+жылға\s+дейін"
    r"|(?:(ағымдағы|осы|биылғы|келесі)\s+)?(жылдың)\s+(?:соңына|аяғына)\s+дейін"
    # a quarter with no year is the article's («III тоқсанда», «биылғы екінші тоқсанда»); a season
    # names its year («2026 жылдың күзіне дейін»)
    r"|(?:(?:ағымдағы|осы|биылғы)\s+(?:жылдың\s+)?)?(бірінші|екінші|үшінші|төртінші|I|II|III|IV)\s+тоқсан\w*"
    r"|(20\d\d)\s+жылдың\s+(?:көктем|жаз|күз|қыс)\w*(?:\s+дейін)?"
    # facts65: a time with no «дейін», read only before a future verb (_KK_FUTURE_TAIL): «2026
    # жылдың соңында аяқталады», «1 мамырда ашылады», «2027 жылдың қыркүйегінде ашылады»
    r"|(?P<kk_end_year>20\d\d)\s+жылдың\s+(?:соңында|аяғында)"
    rf"|(?:(?P<kk_day_year>20\d\d)\s+жылы?(?:дың)?\s+)?(?P<kk_day>\d{{1,2}})\s+(?P<kk_day_month>{_KK_MONTH_RX})\w*"
    rf"|(?P<kk_month_year>20\d\d)\s+жыл(?:дың|ы)\s+(?P<kk_month>{_KK_MONTH_RX})\w*"
    # facts70: a bare year, read only with a future verb of works later in its clause
    # («2027 жылы тағы екі бекет — «…» мен «…» жаңғыртылады», _KK_WORKS_LATER)
    r"|(?P<kk_year>20\d\d)\s+жылы(?![\w-]))",
    re.IGNORECASE,
)
# Every match of _KK_TIME holds one of these (issue 15: a sentence without them is not scanned).
_KK_TIME_WORDS = ("жыл", "тоқсан", *_KK_MONTHS)
# The future verbs a time without «дейін» must stand before to be a deadline («ашылады», not «ашылды»).
_KK_FUTURE_TAIL = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:ашылады|ашылмақ|аяқталады|аяқталмақ|іске\s+қосылады|пайдалануға\s+беріледі"
    r"|жоспарлан\w*|күтілуде"
    # the post to start work (fct105): «1 шілдеден бастап жаңа ғимаратта жұмысын бастайды», as «заработает 1 июля»
    r"|жұмысын\s+бастайды|жұмыс\s+істей\s+бастайды)",
    re.IGNORECASE,
)
# A Kazakh verb is the clause's last word, so a future verb of works may stand after the list of
# posts it is said of: the clause from the year to it, with no sentence stop between.
# facts92: the works' end and the post's start are such verbs too («… бекетінің құрылысы 2027 жылы
# аяқталады», «2027 жылы іске қосылады», «2027 жылы пайдалануға беріледі»); past «аяқталды» is not.
_KK_WORKS_LATER = re.compile(
    r"[^.;!?]{0,120}?(?<![\w-])(?P<verb>(?:қайта\s+)?жаңғыртылады|жаңартылады|кеңейтіледі|жөнделеді|салынады|ашылады"
    r"|аяқталады|аяқталмақ|іске\s+қосылады|пайдалануға\s+беріледі)(?![\w-])",
    re.IGNORECASE,
)
# The plan told with a verbal noun (facts75): «2027 жылы толық ашу мүмкіндігін талқылады», «2026 жылы
# іске қосу жоспарлануда», «2028 жылы пайдалануға беруді көздеп отыр» — what is to be done, then the
# word of planning (not «2019 жылы ашылды», past, nor a year with no such pair after it).
_KK_PLAN_LATER = re.compile(
    r"[^.;!?,]{0,80}?(?<![\w-])(?P<plan>(?:ашу|іске\s+қосу|пайдалануға\s+беру|жаңғырту|қайта\s+жаңарту|салу)\w{0,3}"
    r"\s+(?:жоспар\w*|көзде\w*|мүмкіндіг\w*|күтілуде))(?![\w-])",
    re.IGNORECASE,
)
_KK_N = {
    "бірінші": 1,
    "екінші": 2,
    "үшінші": 3,
    "төртінші": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
}
_KK_TAIL = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:аяқта\w*|жоспарлан\w*|іске\s+қосыл\w*|пайдалануға\s+бер\w*|жалғас\w*|салын\w*|ашыл\w*)"
    r"(?:\s+жоспарлан\w*)?",
    re.IGNORECASE,
)

_HALF_N = {"первое": 1, "первом": 1, "1": 1, "i": 1, "второе": 2, "втором": 2, "2": 2, "ii": 2}
_Q_N = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "1": 1, "2": 2, "3": 3, "4": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def _month(word: str) -> int:
    w = word.lower()
    for stem, n in _MONTHS.items():
        if w.startswith(stem) and (stem != "ма" or w[:3] in ("май", "мая", "мае", "маю")):
            return n
    return 0


# What a deadline's text says when its year is the article's: «до 31 октября» in a story of
# 2024-10-07 is 2024-10-31, and in one of 2024-11-20 the next year's 31 October.
YEAR_FROM_ARTICLE = "год по дате статьи"


def _yearless_date(day: str, month: str, article_date: str | None) -> str | None:
    """«31 октября» with the article's year, or the next year's when that day has passed by the
    article's date; None when the article's date is unknown."""
    return _day_in_articles_year(int(day), _month(month), article_date)


def _day_in_articles_year(dd: int, mm: int, article_date: str | None) -> str | None:
    """Month `mm`'s day `dd` in the article's year, or the next year's when it has passed."""
    if not article_date or not re.match(r"\d{4}-\d\d-\d\d$", article_date):
        return None
    year = int(article_date[:4])
    if not mm or not 1 <= dd <= 31:
        return None
    if (mm, dd) < (int(article_date[5:7]), int(article_date[8:10])):
        year += 1
    return f"{year}-{mm:02d}-{dd:02d}"


def _date_of(m: re.Match, article_year: int | None, article_date: str | None = None) -> str | None:
    """The date a _TIME match names, in the module's date shapes."""
    g = m.groupdict()
    half, hy, quarter, qy, day, dmonth, dy = g["half"], g["hy"], g["quarter"], g["qy"], g["day"], g["dmonth"], g["dy"]
    month, my, year, nday, nmonth = g["month"], g["my"], g["year"], g["nday"], g["nmonth"]
    rel = g["rel"] or g["end_of"] or g["middle_of"]
    if nday:
        return _yearless_date(nday, nmonth, article_date)
    if half:
        return f"{hy}-H{_HALF_N[half.lower()]}"
    if quarter:
        key = quarter.lower()
        n = _Q_N.get(key) or _Q_N.get(key[:4])
        return f"{qy}-Q{n}" if n else qy
    if day:
        return f"{dy}-{_month(dmonth):02d}-{int(day):02d}"
    if month:
        return f"{my}-{_month(month):02d}"
    if year:
        return year
    if rel and article_year:
        return str(article_year + 1) if rel.lower().startswith("следующ") else str(article_year)
    return None


def _deadline_lead(sentence: str, end: int) -> re.Match | None:
    """_DEADLINE_LEAD ending at `end`. A lead is at most five words, each followed by
    whitespace, so the search starts at the fifth word back («Завершить все строительные работы
    рассчитывают в 2028 году», facts61): searched from the sentence
    start (it tries every position) it was quadratic on a giant sentence."""
    pos = end
    for _ in range(5):
        k = pos
        while k > 0 and sentence[k - 1].isspace():
            k -= 1
        j = k
        while j > 0 and (sentence[j - 1].isalnum() or sentence[j - 1] == "_"):
            j -= 1
        if k == pos or j == k:
            break
        pos = j
    return _DEADLINE_LEAD.search(sentence, pos, end)


# A time that says when something begins is no deadline: «с 1 марта 2025 года будет
# перенаправлено», «С января 2020 года временно будет приостановлен», «строительство
# начнётся в 2025 году» (facts42 saw the first two on the board as deadlines).
_FROM = re.compile(r"(?:\bс|\bсо|\bначиная\s+с|\bот)\s+$", re.IGNORECASE)
_START = re.compile(
    r"\b(?:начн[её]т\w*|начнут\w*|начат\w*|начал[аио]?\w*|начина\w+|стартует|стартуют|стартовал\w*|приступ\w+"
    r"|начало\w*|бастал\w*|басталады)\b",
    re.IGNORECASE,
)


def _start_date(sentence: str, m: re.Match) -> bool:
    """True when the time `m` is when something starts: «с»/«начиная с» before it, or a verb of
    starting among the three words before it or as the first word after it."""
    head = sentence[max(0, m.start() - 60) : m.start()]
    if _FROM.search(head):
        return True
    before = " ".join(head.split()[-3:])
    after = sentence[m.end() :].split()[:1]
    return bool(_START.search(before) or (after and _START.match(after[0])))


# Every match of _TIME holds a digit or «год» (its years and days are figures; «этом году», «конца
# года» are the words): a sentence with neither has no deadline, nor a past date (issue 15).
_TIME_NEEDLES = ("год",)
# The same needles as a pattern under _TIME's own flags (its case folding, its \d), and how many words
# a match can hold before its first one: the preposition, the season, and at most three words of the
# time itself («в» «конце» «втором» «е» «полу|годии», «на» «начале» «третьем» «м» «квартале» «2…»; a
# month or «этом» before «году», one). Each of those is letters (\w) and what parts them (\s, «-») is not, so the runs of \w
# a match meets before its first needle are at most five.
_TIME_NEEDLE = re.compile(r"\d|год", re.IGNORECASE)
_TIME_WORDS = 5


def _times(sentence: str) -> list[re.Match]:
    r"""`list(_TIME.finditer(sentence))`, each search started where a match can first begin: at most
    _TIME_WORDS words before the next needle (_TIME_NEEDLE) and not at all after the last one.

    Why (issue 15, stop 50): _TIME opens with a preposition or a season, and its first letters are
    most of the alphabet, so a scan tries its many alternatives at nearly every position of a
    sentence (0.1 ms a generated article). Exact: a match starting at `s` holds a needle at or after
    `s`, so the first needle `d` at or after the scan's position bounds it, and no more than
    _TIME_WORDS runs of \w stand between `s` and `d`; a search from the end of the run before those
    finds the same leftmost match finditer does (a search from a position still sees the text before
    it, as finditer's own searches do: look-behinds and \b are the same)."""
    out = []
    pos = 0
    while True:
        needle = _TIME_NEEDLE.search(sentence, pos)
        if needle is None:
            return out
        m = _TIME.search(sentence, _words_before(sentence, needle.start(), _TIME_WORDS, pos))
        if m is None:
            return out
        out.append(m)
        pos = m.end()  # never empty: every alternative takes a character


def _words_before(text: str, end: int, words: int, floor: int) -> int:
    r"""The least position from which at most `words` runs of word characters (\w: str.isalnum or
    «_») stand before `end` (a run `end` cuts counts), not below `floor`."""
    at = end
    for _ in range(words):
        while at > floor and not (text[at - 1].isalnum() or text[at - 1] == "_"):
            at -= 1
        while at > floor and (text[at - 1].isalnum() or text[at - 1] == "_"):
            at -= 1
    while at > floor and not (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at


# fct101: a word of planning or promising right before the time makes it a deadline even with «в»
# («Сдать в эксплуатацию пункт «Сырым» планируется в 2028 году»): what is planned opens the sentence.
_PLANNED_BEFORE = re.compile(
    r"(?<![\w-])(?:планиру(?:ется|ются|ют)|запланирован[аоы]?|намечен[аоы]?|предполагается|ожидается"
    r"|обеща(?:ют|но|ли))\s+$",
    re.IGNORECASE,
)
_PLANNED_ACT = re.compile(
    r"\s*((?:сдать|ввести|принять)\s+в\s+эксплуатацию|открыть|завершить|закончить|запустить|построить"
    r"|реконструировать|модернизировать|расширить)(?![\w-])",
    re.IGNORECASE,
)


def _with_planned_act(sentence: str, text: str) -> str:
    """The deadline's words with the act planned before them when the sentence opens with it
    («Сдать в эксплуатацию … планируется в 2028 году»): a bare «планируется в 2028 году» says no what."""
    act = _PLANNED_ACT.match(sentence)
    if not act or sentence.find(text) <= act.end():
        return text
    return f"{act.group(1)} … {text}"


def _deadlines(sentence: str, year: int | None, article_date: str | None = None) -> list[tuple[str, str | None]]:
    if not (_DIGIT.search(sentence) or may_hold(sentence, _TIME_NEEDLES) or "конц" in sentence):  # _month_end
        return []
    if not _future(sentence) or (_ROAD_WORKS.search(sentence) and not _POST_WORKS.search(sentence)):
        return []
    out = []
    for m in _times(sentence):
        if _start_date(sentence, m):
            continue
        date = _date_of(m, year, article_date)  # None for «в этом году» when the article's date is unknown
        lead = _deadline_lead(sentence, m.start())
        start = lead.start() if lead and lead.group().strip() else m.start()
        end = m.end()
        planned = None if start < m.start() else _PLANNED_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        if planned:  # fct101: «… планируется в 2028 году», «… обещают в третьем квартале»
            start = planned.start()
        if start == m.start():  # «в этом году … завершат расширение»: the verb follows the time
            after = _DEADLINE_TAIL.match(sentence, end)
            if after:
                end = after.end()
        text = sentence[start:end].strip().rstrip(".")
        if planned:
            text = _with_planned_act(sentence, text)
        if m.group("nday") and date:
            text = f"{text} ({date[:4]}: {YEAR_FROM_ARTICLE})"
        if re.match(r"(?:на|до|к)\s", m.group(), re.IGNORECASE) or start < m.start() or end > m.end():
            out.append((text, date))
    return out or _day_after_verb(sentence, article_date) or _month_end(sentence, article_date)


# fct103: a day without a year a few words after its verb («заработает в тестовом режиме 1 сентября»,
# «откроется после ремонта 20 мая»): _TIME reads it only right after the verb (_YEARLESS_AFTER); the
# words between are letters only, so a comma or another number parts them.
_VERB_THEN_DAY = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_YEARLESS_VERBS)})\s+(?:[^\W\d_]+\s+){{1,4}}(?P<day>\d{{1,2}})\s+{_month_rx('month')}"
    r"(?![\s,]*(?:20\d\d|\d{2}\b))",
    re.IGNORECASE,
)


# fct103: the end of a month with no year («работы планируют завершить до конца мая», «к концу августа»);
# a year after it is _TIME's («до конца мая 2026 года»).
_MONTH_END = re.compile(
    rf"(?<![\w-])(?:до\s+конца|к\s+концу|в\s+конце)\s+{_month_rx('month')}(?![\w-])(?![\s,]*(?:20\d\d|\d{{2}}\b))",
    re.IGNORECASE,
)


def _month_end(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    """A deadline at a month's end, no year said: the month of the article's year, the next year's
    when that month has passed by the article's date; its verb before it (_DEADLINE_LEAD) kept."""
    m = _MONTH_END.search(sentence) if "конц" in sentence else None
    if not m or not article_date or not re.match(r"\d{4}-\d\d", article_date):
        return []
    year, mm = int(article_date[:4]), _month(m.group("month"))
    year += mm < int(article_date[5:7])
    lead = _deadline_lead(sentence, m.start())
    start = lead.start() if lead and lead.group().strip() else m.start()
    date = f"{year}-{mm:02d}"
    return [(f"{sentence[start : m.end()].strip()} ({year}: {YEAR_FROM_ARTICLE})", date)]


def _day_after_verb(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    """A deadline no time of _TIME gave: a yearless day a few words after a verb of _YEARLESS_VERBS,
    of the article's year (_yearless_date); read only when a digit is there (cost)."""
    m = _VERB_THEN_DAY.search(sentence) if _DIGIT.search(sentence) else None
    date = _yearless_date(m.group("day"), m.group("month"), article_date) if m else None
    if not m or not date:
        return []
    return [(f"{m.group().strip()} ({date[:4]}: {YEAR_FROM_ARTICLE})", date)]


def _kk_deadlines(sentence: str, year: int | None, article_date: str | None = None) -> list[tuple[str, str | None]]:
    """Kazakh deadlines: the time phrase and the verb after it («2026 жылдың соңына дейін аяқтау жоспарланған»)."""
    out: list[tuple[str, str | None]] = []
    if not may_hold(sentence, _KK_TIME_WORDS):
        return out
    for m in _KK_TIME.finditer(sentence):
        if m.group("kk_year"):
            later = _KK_WORKS_LATER.match(sentence, m.end())
            plan = None if later else _KK_PLAN_LATER.match(sentence, m.end())
            verb = later.group("verb").split() if later else []
            said = verb[-1:] if verb[:1] == ["қайта"] else verb or (plan.group("plan").split() if plan else [])
            if later and not later.group()[: later.start("verb") - later.start()].strip():
                # the verb right after the year: «2027 жылы аяқталады», no words left out
                out.append((sentence[m.start() : later.end()], m.group("kk_year")))
                continue
            out += [(f"{m.group()} … {' '.join(said)}", m.group("kk_year"))] if said else []
            continue
        if m.group("kk_end_year") or m.group("kk_day") or m.group("kk_month"):
            found = _kk_plain_deadline(sentence, m, article_date)
            out += [found] if found else []
            continue
        hy, half, qy, quarter, ey, by, rel, this_year, bare_quarter, sy = m.groups()[:10]
        if bare_quarter:
            date = f"{year}-Q{_KK_N[bare_quarter.lower()]}" if year else None
        elif sy:
            date = sy
        elif half:
            date = f"{hy}-H{_KK_N[half.lower()]}"
        elif quarter:
            date = f"{qy}-Q{_KK_N[quarter.lower()]}"
        elif ey or by:
            date = ey or by
        elif this_year and year:
            date = str(year + 1) if (rel or "").lower() == "келесі" else str(year)
        else:
            date = None
        end = m.end()
        tail = _KK_TAIL.match(sentence, end)
        if tail:
            end = tail.end()
        out.append((sentence[m.start() : end].strip().rstrip("."), date))
    return out


def _kk_month(word: str) -> int:
    """The number of a Kazakh month word («мамырда» → 5, «қыркүйегінде» → 9)."""
    low = word.lower()
    return next((n for n, stem in enumerate(_KK_MONTHS, 1) if low.startswith(stem)), 0)


def _kk_plain_deadline(sentence: str, m: re.Match, article_date: str | None) -> tuple[str, str | None] | None:
    """A Kazakh time with no «дейін» (`m`), a deadline only before a future verb: «1 мамырда
    ашылады» (the article's year), «2026 жылдың соңында аяқталады»; «1 мамырда ашылды» is past."""
    tail = _KK_FUTURE_TAIL.match(sentence, m.end())
    if not tail:
        return None
    g = m.groupdict()
    if g["kk_end_year"]:
        date: str | None = g["kk_end_year"]
    elif g["kk_month"]:
        date = f"{g['kk_month_year']}-{_kk_month(g['kk_month']):02d}"
    elif g["kk_day_year"]:
        date = f"{g['kk_day_year']}-{_kk_month(g['kk_day_month']):02d}-{int(g['kk_day']):02d}"
    else:
        date = _day_in_articles_year(int(g["kk_day"]), _kk_month(g["kk_day_month"]), article_date)
    text = sentence[m.start() : tail.end()].strip()
    if date and not g["kk_day_year"] and g["kk_day"]:
        text = f"{text} ({date[:4]}: {YEAR_FROM_ARTICLE})"
    return (text, date)


def _past_date(sentence: str, article_date: str | None) -> str | None:
    """The first explicit date with a year in the sentence (not after the article's own date).
    Such a date holds a digit: without one, every time found is a relative one, skipped."""
    if not _DIGIT.search(sentence):
        return None
    for m in _times(sentence):
        if (
            m.group("rel") or m.group("end_of") or m.group("middle_of") or m.group("nday")
        ):  # «в этом году», «до 31 октября»: relative
            continue
        date = _date_of(m, None)
        if date and (not article_date or date[:4] <= article_date[:4]):
            return date
    return None


# A status the words deny or put before the change: «не закроют», «не будет закрыт»,
# «не работает в штатном режиме»; «до завершения модернизации» is not «завершена» (qa41:
# a denial gave Бугристое «закроют», «до завершения работ» gave Бахты «commissioned»).
_DENIED = re.compile(r"(?:\bне|\bни)\s+(?:(?:будет|будут|был[аио]?|планируется|планируют)\s+)?$", re.IGNORECASE)
_NOT_YET = re.compile(r"(?:\bдо|\bпосле)\s+$", re.IGNORECASE)
# The thing a status or deadline speaks of is a road, not the post: «закрыт участок
# автодороги … Кордай», «закрыта дорога из Бейнеу на пункте "Тажен"», «дорожные работы …
# перед пунктом пропуска "Жайсан" … завершение запланировано на …» (qa41). Read in the few
# words after the phrase and the word before it.
_ROAD = re.compile(
    r"\b(?:участ(?:ок|к\w*)|дорог\w*|автодорог\w*|трасс\w*|автомагистрал\w*|полотн\w*|перевал\w*)", re.IGNORECASE
)
_ROAD_WORKS = opening_with(
    r"дорожн\w+\s+работ|(?:ремонт|реконструкци|строительств)\w*\s+(?:\w+\s+){0,2}?(?:авто)?(?:дорог|трасс|участк)\w*",
    re.IGNORECASE,
    r"дрс",
)
_POST_WORKS = re.compile(
    r"(?:реконструкци|модернизаци|строительств|ремонт)\w*\s+(?:\w+\s+){0,3}?(?:пункт|пост|КПП|МЦПС|терминал)",
    re.IGNORECASE,
)


# A rail line, a branch or a cargo terminal near the post is not the post either: «ведётся
# строительство второй линии железнодорожной ветки «Достык – Мойынты»», «второй ж/д линии
# Алтынколь – Жетыген», «строительство терминала на станции Достык»; the post's own
# terminals stay («модернизация терминалов на посту»).
_LINE = re.compile(
    r"\b(?:лини[ийяюе]\w*|ветк\w*|железн\w+\s+дорог\w*|магистрал\w*|(?:грузов|контейнерн|логистическ)\w+\s+терминал\w*"
    r"|терминал\w*\s+на\s+станци\w*|trans\s+terminal)",
    re.IGNORECASE,
)


# Kazakh roads before a status: «Жамбыл облысында жол жабылды», «автожол учаскелерінде де
# қозғалыс қайта ашылды» (a post's own name «Нұр жолы» is «жолы», not «жол»).
# A road in the locative adjective qualifies the noun after it, not the closure (facts64: «"Кеген"
# бекеті "Қарқара" асуындағы көшкінге байланысты жабылды», the avalanche on the pass closed the post).
_KK_ROAD = re.compile(
    r"(?!\w*(?:дағы|дегі|тағы|тегі)$)(?:жол|тасжол\w*|автожол\w*|учаске\w*|асу\w*|көпір\w*)$", re.IGNORECASE
)


# Works told of a road inside the phrase itself: «Ремонт дороги ведётся у пунктов …» (facts71: the
# posts were given the road's repair as their own).
_ROAD_INSIDE = re.compile(
    r"^(?:ремонт|реконструкци|строительств)\w*\s+(?:\w+\s+)?(?:авто)?(?:дорог|трасс)", re.IGNORECASE
)


# A road named in the reason after the phrase is not what the phrase speaks of: «пункт не
# работает из-за ремонта дороги», «закрыт в связи с ремонтом трассы» — the post is shut, the road's
# repair is why (stop 41: such a sentence gave its reason and no status).
_CAUSE_AFTER = re.compile(
    # «после» too (facts89): «вновь заработал после ремонта дороги» is the post reopened after the road's works
    r"(?<!\w)(?:из-за|в\s+связи\s+с|по\s+причине|ввиду|вследствие|на\s+время|после)(?!\w)",
    re.IGNORECASE,
)


# A road the subject of the clause the phrase ends (facts76): «Дорога к пункту «Кеген» из-за снегопада
# закрыта», «Трасса до КПП «А» перекрыта» — the post is named in the road's complement; a comma ends it
# («Участок дороги закрыт, сам пункт …» leaves the second clause its own subject), and so does a post
# joined to the road («Дорога к пункту «А» и сам пункт закрыты»: both are, facts77). The road as the
# object put first is the same (facts80): «…, а трассу к нему закрыли из-за снегопада».
_ROAD_SUBJECT = re.compile(
    r"^\s*(?:(?:вся|всю|эта|эту|та|ту)\s+)?(?:(?:авто)?дорог[аиу]|(?:авто)?трасс[аиуы]|автомагистраль|подъезд|участок\s+(?:авто)?(?:дороги|трассы))"
    r"(?![\w-])(?:(?!\sи\s+(?:сам\w*\s+|также\s+)?(?:пункт|кпп|пост|погранпост|погранпереход|переход)\w*(?![\w-]))[^,;:])*$",
    re.IGNORECASE,
)


def _road_object(sentence: str, m: re.Match) -> bool:
    """True when the phrase's works are a road's, or the words right after it (four, up to a
    reason's «из-за», «в связи с») or the word before it name a road, a rail line or a cargo
    terminal, or a Kazakh road is among the three words before it, or a road is the subject
    its clause opens with."""
    after = _CAUSE_AFTER.split(" ".join(sentence[m.end() :].split()[:4]), maxsplit=1)[0]
    before = sentence[: m.start()].split()[-3:]
    return bool(
        _ROAD_INSIDE.match(m.group())
        or _ROAD_SUBJECT.match(sentence, 0, m.start())
        or (_ROAD.search(after) and not surface_at_post(sentence, m.start(), _ROAD.findall(after)))
        or surface_on_way(sentence, after)
        or _LINE.search(after)
        or (before and re.match(r"дорожн", before[-1], re.IGNORECASE))
        or any(_KK_ROAD.match(w) for w in before)
    )


_AUXILIARY = re.compile(r"\b(?:будет|будут)\s+(?:временно\s+)?$", re.IGNORECASE)


def _with_auxiliary(sentence: str, m: re.Match) -> str:
    """The phrase with the «будет»/«будут» before it («будет закрыт»): the label then reads a
    closure to come, not a closed post."""
    aux = _AUXILIARY.search(sentence, max(0, m.start() - 20), m.start())
    return sentence[aux.start() if aux else m.start() : m.end()].strip()


def _to_begin(m: re.Match) -> bool:
    """«готов начать реконструкцию»: an infinitive of beginning is no work under way."""
    return m.group().lower().startswith("начать")


# Kazakh denies after the verb: «жабылған жоқ», «жабық емес», «іске қосылған жоқ».
# Russian too (facts89): «закрыт не был» is no closure.
_DENIED_AFTER = re.compile(r"\s*(?:жоқ|емес)\b|\s+не\s+был[аио]?(?![\w-])", re.IGNORECASE)


def _negated(sentence: str, m: re.Match, label: str) -> bool:
    head = sentence[max(0, m.start() - 40) : m.start()]
    return bool(
        _DENIED.search(head)
        or _DENIED_AFTER.match(sentence, m.end())
        or (label == "commissioned" and _NOT_YET.search(head))
    )


# Every match of each status pattern (store/lang/statuses.py) holds one of its label's words,
# every match of WORKING_PATTERN one of the last (issue 15: a sentence without them is not scanned).
_STATUS_NEEDLES = {
    "commissioned": (
        "эксплуатаци",
        "после",
        "заверш",
        "закончен",
        "закончил",
        "аяқта",
        "пайдалануға",
        "қосыл",
        "кейін",
        "торжественно",
        *("открыл", "открыт", "ашыл", "құрыл"),
    ),
    "reopened": (
        "возобнов",
        "вновь",
        "қайта",
        "восстановлен",
        "снова",
        "опять",
        "қалпына",
        "перерыв",
        "простоя",
        "закрыти",
        "пауз",
        *("примет", "примут", "начнёт", "начнет", "начнут"),
        *("бастай", "бастад", "бастаған"),  # «жүк көліктерін қабылдай бастайды» (fct105)
    ),
    "closed": (
        *("закрыт", "приостанов", "закро", "прекратил", "прекращ", "жабыл", "жабық", "работать", "пропускать"),
        *("закрыли", "не работа", "істеме", "тоқтат", "останов", "приостанавлива", "закрыва"),
        *("не проехать", "не пройти", "нельзя проехать", "нельзя пройти"),
        *("перекрыт", "прекращен", "не функциониру", "тоқтатыл"),
        *("не открыт", "закрыл", "жапты"),
        *("не пропуска", "не выпуска", "не впуска", "запрещ", "өткізбей", "кіргізбей", "шығармай"),
    ),
    "under reconstruction": (
        *("реконструкци", "модернизаци", "строительств", "расширени", "ремонт", "жұмыстар", "жаңартылу"),
        *("реконструир", "модернизир", "жүргізілу", "стартовал", "начал", "расширя", "работы на", "құрыл"),
        *("жөндел", "салын", "кеңейтіл", "жаңғыртыл", "реконструкциялан"),
        "готовност",  # «готовность объекта составляет 90%» (fct107)
    ),
    "planned": (
        *("планир", "намечен", "предусмотрен", "жоспарлан"),
        *("разраб", "проектно-сметн", "псд", "конкурсн", "начн", "басталады"),
        *("году", "расширят", "обновят", "построят", "отремонтируют", "переоснастят", "будут"),
        # the passive after «будет» (facts82): «пост будет модернизирован»; «будут …» has its needle above
        *("будет реконструирован", "будет модернизирован", "будет отремонтирован", "будет расширен"),
        "будет перестроен",
    ),
    "limited": (
        *("ограничен", "только", "способност", "тек ", "шектеу", "шектел", "ограничил", "шектеді"),
        *("не пропуска", "не выпуска", "не впуска", "запрещ", "өткізбей", "кіргізбей", "шығармай"),
    ),
}
_WORKING_NEEDLES = (
    *("режим", "жұмыс", "круглосуточно", "без перебоев", "без сбоев", "штатно", "открыт", "ашық"),
    *("работа", "функциониру", "без перерыв", "без выходных", "істеп тұр", "закры", "жабыл", "жабық емес"),
    "прекращал",  # «не прекращал работу»: «работу» holds no «работа» (gate76)
    "график",  # «перейдёт на летний график работы» (fct104)
)
# Every match of HOURS_PATTERN holds one of these.
_HOURS_NEEDLES = ("закрыва", "открыва", "работа", "открыт", "сағат", " с ", "режим", "график", "жұмыс", ":")
_CLOCK = re.compile(r"\d[:.]\d\d|\d\s+час")
# A second needle a label's every match holds too, where its first (_STATUS_NEEDLES) stands in most sentences
# of a story about a post and the pattern matches in few (ingest100, issue 15; over 389 generated texts):
# «under reconstruction» scanned 896 sentences (the works' nouns), matched in 143: every match holds a verb of
# works going on or begun; «limited» scanned 214 («только», «способност»), matched in none: a match with
# «способност» holds its fall too; «closed» scanned 102, every one for «работать» inside «разработать», matched
# in none: «работать» and «пропускать» stand only in «не будут работать / пропускать», which hold «буд» too; every
# needle here one word (tests/test_ingest100_cuts.py).
_STATUS_ALSO = {
    "under reconstruction": (
        *("ведется", "ведётся", "ведутся", "проводится", "проводятся", "продолжа", "идет", "идёт", "идут"),
        *("начат", "начал", "осуществляется", "реконструир", "модернизир", "ремонтир", "расширя", "стартовал"),
        *("құрыл", "жүргізіл", "жалғас", "басталды", "жүріп", "жаңартыл", "жөндел", "салын", "кеңейтіл"),
        *("жаңғыртыл", "реконструкциялан", "пайызға"),
        *("процент", "%"),  # a share of works done (fct107)
    ),
    "limited": (
        *("ограничен", "ограничил", "только", "снизил", "снижен", "сократил", "упал", "өткізіл", "шектеу"),
        *("шектел", "шектеді", "пускают", "запрещ", "өткізбей", "кіргізбей", "шығармай"),
    ),
    "closed": (
        *("закрыт", "приостанов", "закро", "прекратил", "прекращ", "жабыл", "жабық", "закрыли", "істеме"),
        *("тоқтат", "останов", "приостанавлива", "закрыва", "перекрыт", "прекращен", "тоқтатыл", "закрыл"),
        *("жапты", "запрещ", "өткізбей", "кіргізбей", "шығармай", "буд"),
        # the first needles' «не работа», «не проехать» … as one word each: a match may hold more than one space
        *("работает", "работают", "проехать", "пройти", "функциониру", "открыт", "пускают"),
    ),
}
# The status patterns as facts scan sentences with them: behind a look at the letter each match opens with
# (store/extract/needles.py: opening_with; issue 15).
_STATUS_FIRST = {
    "commissioned": "вгжзмопрстіқ",
    "reopened": "авджкнопрстфқө",
    "closed": "бвдежзкнопртушіқө",
    "under reconstruction": "абвгжикмнопрстғқ",
    "planned": "бвжзкмнопрсқ",
    "limited": "абвгджзклмнопртфшқө",
}
_STATUS_SCANS = tuple(
    (label, opening_with(rx.pattern, rx.flags, _STATUS_FIRST[label])) for label, rx in STATUS_PATTERNS
)
_WORKING_SCAN = opening_with(WORKING_PATTERN.pattern, WORKING_PATTERN.flags, r'\sабвджзкнопрстуфшіқүә«»"“”')


# What «не работает» may be said of besides the post: its press service, a site, a phone line,
# a kiosk, the electronic queue («Пресс-служба пункта «X» не работает в выходные»).
_NOT_THE_POST = re.compile(
    r"(?:пресс-служб|сайт|телефон|колл-центр|горяч\w+\s+лини|касс|магазин|кафе|столов|аптек|заправк|гостиниц|банк|обменн"
    r"|приложени|систем|электронн\w+\s+очеред)\w*"
    r"[^.;:!?]{0,40}$",
    re.IGNORECASE,
)


# A present verb after «когда», «если», «как только» tells what will follow the works, not works
# under way: «Когда пункт «Кордай» реконструируют, он сможет пропускать …» (facts61).
_WHEN_DONE = re.compile(r"\b(?:когда|если|как\s+только|после\s+того,?\s+как)\b[^,;:.]*$", re.IGNORECASE)
_PRESENT_WORKS = re.compile(r"(?:реконструир|модернизир|ремонтир)\w*$", re.IGNORECASE)


def _works_to_come(sentence: str, m: re.Match) -> bool:
    """True when a works verb in the present is the condition of a clause about the future."""
    return bool(_PRESENT_WORKS.search(m.group()) and _WHEN_DONE.search(sentence, max(0, m.start() - 100), m.start()))


# What «закрыто» may be said of besides the post (facts76): a case, proceedings, an inquiry, an
# account — «закрыто уголовное дело», «производство закрыто».
_CASE = re.compile(
    r"(?:уголовн\w*|дел[оа]|производств\w*|расследовани\w*|проверк\w*|сч[её]т\w*|вопрос\w*|сделк\w*)$", re.IGNORECASE
)


def _regime_verb(sentence: str, m: re.Match) -> bool:
    """True when the status verb is a residents' regime's («упрощённый въезд для жителей …
    приостановлен»: the regime is suspended, the post is not closed; fact_rules.REGIME_RX, facts89)."""
    if not may_hold(sentence, REGIME_NEEDLES):
        return False
    return any(r.start() <= m.start() < r.end() for r in REGIME_RX.finditer(sentence))


def _something_else_stopped(sentence: str, m: re.Match) -> bool:
    """True when «не работает», «открыт для …» or «работает без …» is said of a service at the post, not the post
    (facts61, facts76), or «закрыт» of a case (the word after it or the one before)."""
    word = m.group().lower()
    if word.startswith(("не работа", "открыт", "работа", "функционир")):  # facts80: «Кафе у КПП «А» работает без …»
        return bool(_NOT_THE_POST.search(sentence, max(0, m.start() - 80), m.start()))
    if not word.startswith("закрыт"):
        return False
    after = sentence[m.end() :].split()[:1]
    before = sentence[: m.start()].split()[-1:]
    return any(_CASE.match(w.strip('«»"“”,.')) for w in after + before)


# A status word in a case that says nothing alone (qa61: Кайрак's status read «закрытого»): a
# participle agreeing with the noun it qualifies («вместо закрытого пункта «Кайрак»»), one a
# verb governs («он простоит закрытым ещё два дня», «остаётся закрытой»), a verbal noun («о
# закрытии пункта «Достык» на две недели»), Kazakh «жабылған «Қайрақ» бекеті».
_OBLIQUE = re.compile(r"(?:закрыт|приостановлен)(?:ого|ому|ым|ыми|ой|ую|ых|ом|ии|ию|ием|ия|ие)|жабылған", re.IGNORECASE)
# What such a word then reads with: the words after it up to the post's name (at most four and
# its closing quote), else the verb before it.
_UP_TO_NAME = re.compile(r"(?:\s+[^\s«»\"“”.,;:!?]+){0,4}?\s*[«\"“][^«»\"“”]{1,40}[»\"”]")
_VERB_BEFORE = re.compile(r"[^\s.,;:!?«»\"“”()—–-]+\s+$")


def _readable(sentence: str, m: re.Match, phrase: str) -> str:
    """`phrase`, the status `m` found, with the words it needs to read alone when it is one word
    in an oblique case; the phrase itself otherwise."""
    if phrase != m.group().strip() or not _OBLIQUE.fullmatch(phrase):
        return phrase
    name = _UP_TO_NAME.match(sentence, m.end())
    if name:
        return " ".join(sentence[m.start() : name.end()].split())
    verb = _VERB_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    return " ".join(sentence[verb.start() : m.end()].split()) if verb else phrase


# Every match of HABITUAL_CLOSURE holds one of these (the days it names; issue 15: cost).
_DAYS_NEEDLES = (
    *("понедельник", "вторник", "средам", "четверг", "пятниц", "суббот", "воскресен", "выходн", "праздник"),
    *("демалыс", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі"),
)


def _habitual(sentence: str) -> re.Match | None:
    """A closure on certain days every week («по воскресеньям закрыт», «демалыс күндері жабық
    болады»): the post's hours, not a closure (facts68)."""
    return HABITUAL_CLOSURE.search(sentence) if may_hold(sentence, _DAYS_NEEDLES) else None


def _status_match(rx: re.Pattern, sentence: str, habit: re.Match | None) -> re.Match | None:
    """The first match of `rx` outside the habitual closure `habit` (the days' words own it)."""
    m = rx.search(sentence)
    if m and habit and m.start() < habit.end() and habit.start() < m.end():
        m = rx.search(sentence, habit.end())
    return m


# The day a closure to come falls on or begins (facts68): «2021 жылғы 14 маусымда … жабық болады»,
# «будет закрыт 12 июня», «закроется с 1 июня», «1 маусымнан бастап жабылады»; not the day it ends
# («до 12 июня», «по 14 июня», «1–3 октября»: the period is told in the phrase).
_CLOSURE_DAY = re.compile(
    # a period's first day (fct103): «закрыт 1–3 октября», «5–7 мая», «1-7 қазан аралығында»
    rf"(?<![\w\-–—])(?P<pday>\d{{1,2}})\s*[–—-]\s*\d{{1,2}}\s+(?:{_month_rx('pmonth')}|(?P<pk_month>{_KK_MONTH_RX}))"
    rf"(?:\s+{_year_rx('pyear')})?"
    rf"|(?:(?P<kk_year>20\d\d)\s+жыл(?:ғы|дың|ы)\s+)?(?P<kk_day>\d{{1,2}})\s+(?P<kk_month>{_KK_MONTH_RX})\w*?"
    # fct103: «8 қаңтардан 12 қаңтарға дейін» — a Kazakh period's first day
    rf"(?:да|де|та|те|(?:нан|нен|дан|ден|тан|тен)(?:\s+бастап|(?=\s+\d{{1,2}}\s+(?:{_KK_MONTH_RX})\w*\s+дейін)))\b"
    rf"|(?<![\w\-–—])(?<!до\s)(?<!по\s)(?P<day>\d{{1,2}})\s+{_month_rx('month')}(?:\s+{_year_rx('year')})?",
    re.IGNORECASE,
)


def _day_and_month(m: re.Match) -> tuple[int, int | None]:
    """The day and month a _CLOSURE_DAY match names: a period's first, a Kazakh or a Russian day."""
    if m.group("pday"):
        month = m.group("pmonth")
        return int(m.group("pday")), _month(month) if month else _kk_month(m.group("pk_month"))
    if m.group("kk_day"):
        return int(m.group("kk_day")), _kk_month(m.group("kk_month"))
    return int(m.group("day")), _month(m.group("month"))


def _closure_day(sentence: str, article_date: str | None) -> str | None:
    """The date a closure to come falls on, when the sentence names one day: its year, else the
    article's (the next year's when the day has passed by the article's date)."""
    m = _CLOSURE_DAY.search(sentence) if re.search(r"\d", sentence) else None
    if not m:
        return None
    year = m.group("kk_year") or m.group("year") or m.group("pyear")
    dd, mm = _day_and_month(m)
    if year and mm and 1 <= dd <= 31:
        return f"{year}-{mm:02d}-{dd:02d}"
    return _day_in_articles_year(dd, mm, article_date)


def _status_day(sentence: str, article_date: str | None) -> str | None:
    """The day a closure or reopening is told with, no year said (fct102: «возобновил работу 15 февраля»,
    «возобновит работу 3 июня», «20 сәуірден бастап жабылды»): of the year that puts it nearest the article's
    date, a few months either way, whatever the verb's tense (news tells a day of another year with its year)."""
    m = _CLOSURE_DAY.search(sentence) if _DIGIT.search(sentence) else None
    if not m or not article_date or not re.match(r"\d{4}-\d\d-\d\d$", article_date):
        return None
    if m.group("kk_year") or m.group("year") or m.group("pyear"):
        return _closure_day(sentence, article_date)
    dd, mm = _day_and_month(m)
    if not mm or not 1 <= dd <= 31:
        return None
    said = calendar_day.fromisoformat(article_date)
    days = []
    for year in (said.year - 1, said.year, said.year + 1):
        with contextlib.suppress(ValueError):  # 29 February of a common year
            days.append(calendar_day(year, mm, dd))
    return min(days, key=lambda d: abs((d - said).days)).isoformat() if days else None


# A Kazakh year before a verb in the past (facts76): «2020 жылы жабылған болатын» (had been closed),
# «2019 жылы жабылды» — the closure is of that year, not of the article's day.
_KK_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s+жыл(?:ы|ғы)(?!\w)", re.IGNORECASE)
# (after a consonant: «жабылды»; «жабылады», «болады» are the future)
_KK_PAST_VERB = re.compile(r"(?:(?<![аеәйоөұүыі])(?:ды|ді|ты|ті)|ған|ген|қан|кен|болатын)$", re.IGNORECASE)


def _kk_past_year(sentence: str, m: re.Match, article_date: str | None) -> str | None:
    """The year a Kazakh past status is told with, when the sentence names one before it (not
    after the article's own year)."""
    if not _KK_PAST_VERB.search(m.group()) or "жыл" not in sentence:
        return None
    year = _KK_YEAR.search(sentence, 0, m.end())
    if year and (not article_date or year.group(1) <= article_date[:4]):
        return year.group(1)
    return None


# Readers a text asks of one sentence more than once: a sentence's queue test and then its one clause (the
# same words), a sentence carried to two posts or to a far one, a status asked again by the works or the
# exception's rule (ingest100, issue 15: _queues 3,863 calls over 389 generated texts, 1,469 of them repeated).
# Each reader is a pure function of its arguments, so its answer is kept by them for the text in hand
# (find_facts empties the memo each text) and handed out as a fresh list (callers may add to it).
_KEPT: dict[tuple, list] = {}
_KEPT_MAX = 4096  # answers held at most (a pasted book's sentences): emptied past it, recomputed if asked


def _kept(reader, *args) -> list:
    """reader(*args), computed once per text (see _KEPT)."""
    key = (reader, *args)
    found = _KEPT.get(key)
    if found is None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        found = _KEPT[key] = reader(*args)
    return list(found)


def _statuses(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    """The statuses a sentence tells (_read_statuses), once per text (_kept)."""
    return _kept(_read_statuses, sentence, article_date)


# A regime to come (fct104): «перейдёт на круглосуточный режим 1 июля», «будет работать круглосуточно уже
# 10 марта», «1 шілдеден бастап тәулік бойы жұмыс істейді» — its day, not the article's.
_WORKING_TO_COME = re.compile(r"(?:буд(?:ет|ут)|перейд|переход|переве)\w*\s|.*істейді$", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"(?<![\w-])буд(?:ет|ут)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def _working_date(sentence: str, m: re.Match, article_date: str | None) -> str | None:
    """The date of a working status: the article's when told as now (_DONE_NOW), the day it names
    when the status is to come (_WORKING_TO_COME, read only when a digit is there: cost)."""
    if _DONE_NOW.search(sentence):
        return article_date
    if _DIGIT.search(sentence) and (
        _WORKING_TO_COME.match(m.group()) or _WILL_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
    ):
        return _status_day(sentence, article_date)
    return None


def _read_statuses(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    out = []
    habit = _habitual(sentence)
    for _label, rx in _STATUS_SCANS:
        also = _STATUS_ALSO.get(_label)
        held = may_hold(sentence, _STATUS_NEEDLES[_label]) and (also is None or may_hold(sentence, also))
        m = _status_match(rx, sentence, habit) if held else None
        if not m or _negated(sentence, m, _label) or _road_object(sentence, m) or _to_begin(m):
            continue
        if _something_else_stopped(sentence, m) or _works_to_come(sentence, m) or _regime_verb(sentence, m):
            continue
        date = None
        if _label in ("commissioned", "closed", "reopened"):
            # «введен в эксплуатацию в октябре 2025 года»: the past date the sentence gives;
            # «на сегодня введены»: the article's date
            when = None if _future(sentence) else _past_date(sentence, article_date)
            date = when or (article_date if _DONE_NOW.search(sentence) else None)
            date = date or _kk_past_year(sentence, m, article_date)
        phrase = _with_auxiliary(sentence, m) if _label == "closed" else m.group().strip()
        if date is None and _label == "closed" and status_label(phrase) == "to close":
            date = _closure_day(sentence, article_date)
        if date is None and _label in ("closed", "reopened"):
            date = _status_day(sentence, article_date)
        out.append((_readable(sentence, m, phrase), date))
        if _label == "commissioned":
            break  # «введен в эксплуатацию после реконструкции» is not also «under reconstruction»
    m = _WORKING_SCAN.search(sentence) if not out and may_hold(sentence, _WORKING_NEEDLES) else None
    if m and not out and not _negated(sentence, m, "working") and not _something_else_stopped(sentence, m):
        out.append((m.group().strip(), _working_date(sentence, m, article_date)))
    # «закрывается в 20:00»: the hours it works, not a closure (a clock time or «на ночь» first: cost)
    timed = _CLOCK.search(sentence) or "ночь" in sentence
    hours = HOURS_PATTERN.search(sentence) if timed and may_hold(sentence, _HOURS_NEEDLES) else None
    if hours:
        out.append((" ".join(hours.group().split()), None))
    if habit:
        out.append((" ".join(habit.group().split()), None))
    return out


# A figure the sentence puts in the past and one it gives for now or after the works: «Бұрын
# тәулігіне 70 көлік өткізілсе, қазір 500 көлікті өткізуге мүмкіндік бар», «раньше пропускали
# 300 машин в сутки, теперь — 1 000». The capacity is the later one, told with the earlier
# («тәулігіне 70 көлік → қазір 500 көлікті»), as «с 200 до 1600 … в сутки» is.
_EARLIER = re.compile(r"(?:\bбұрын|\bранее|\bраньше|\bпрежде|\bбыл[оаи]?)\b[^,;]{0,40}$", re.IGNORECASE)
_LATER = re.compile(
    rf"(?:қазір|енді|теперь|сейчас|станет|будет)\s*[—–-]?\s*(?:до\s+|более\s+)?{_RUN_START}"
    rf"(\d(?:[\d\s]*\d)?(?:[.,]\d+)?(?:\s*(?:тысяч\w*|тыс\.?|мың))?(?:\s+(?:{_KK_UNITS}|{_UNITS}))?)",
    re.IGNORECASE,
)


def _then_and_now(sentence: str, m: re.Match, text: str) -> str:
    """`text`, the capacity `m` found, told with the later figure when `m` is an earlier one."""
    if not _EARLIER.search(sentence, max(0, m.start() - 40), m.start()):
        return text
    later = _LATER.search(sentence, m.end())
    return f"{text} → {' '.join(later.group().split())}" if later else text


# Every match of _CAPACITY holds one of the first, of _KK_CAPACITY one of the second (issue 15:
# a sentence without them is not scanned).
_DIGIT = re.compile(r"\d")
_CAPACITY_NEEDLES = ("пропускн", "сутки", "день", "час")
_KK_CAPACITY_NEEDLES = ("тәулігіне", "күніне", "сағатына", "жылына")


# More capacities than this in one sentence is a table pasted as a line: the pairwise check for
# phrases inside others is skipped there (quadratic in their number, tests/test_linear.py).
_FEW = 12


def _capacities(sentence: str) -> list[str]:
    # a limit's, a lane count's and a promise's may be words («восемь полос», «примет больше машин»)
    lanes = fact_amounts.facilities(sentence) + fact_lanes.lanes(sentence)
    in_words = fact_amounts.limits(sentence) + [t for t in lanes if not fact_amounts.of_a_road(sentence, t)]
    promised = fact_promises.promised(sentence)
    if not _DIGIT.search(sentence):  # every other capacity pattern's figure opens with a digit
        return _longest(list(dict.fromkeys(in_words + promised)))
    found = (
        [_then_and_now(sentence, m, " ".join((m.group(1) or m.group(2)).split())) for m in _CAPACITY.finditer(sentence)]
        if may_hold(sentence, _CAPACITY_NEEDLES)
        else []
    )
    found += [t for m in _CAN_PASS.finditer(sentence) if re.search(_PERIOD, t := " ".join(m.group(1).split()))]
    kazakh = (
        [_then_and_now(sentence, m, " ".join(m.group(1).split())) for m in _KK_CAPACITY.finditer(sentence)]
        if may_hold(sentence, _KK_CAPACITY_NEEDLES)
        else []
    )
    # facts89: a promise holding a figure the patterns above read is told whole, its future verb
    # kept («пропускная способность вырастет с 300 до 900 машин в сутки», «сможет пропускать до
    # 1 200 грузовиков в сутки»), so a figure promised is never read as one passed (sort `planned`,
    # store/db/capacity_sorts.py); the bare figure inside it goes
    promised += fact_promises.promised_figures(sentence)
    kazakh = [k for k in kazakh if not any(k in p for p in promised)]
    return _longest(list(dict.fromkeys(found + in_words + promised))) + kazakh


def _worded_capacities(sentence: str) -> list[str]:
    """A capacity promised or told by lanes with no figure («будет принимать больше машин», «заходит
    всего один ряд»): carried to the post of the sentences before like a figure is (facts86)."""
    return _longest(list(dict.fromkeys(fact_promises.promised(sentence) + fact_lanes.lanes(sentence))))


def _longest(found: list[str]) -> list[str]:
    """`found` without a phrase inside a longer one (that one says it); pairwise, so only for a few."""
    if len(found) > _FEW:
        return found
    return [t for t in found if not any(t != u and t in u for u in found)]


# A figure with its counted noun and no period: «станция Алашанькоу будет принимать не менее 14
# поездов, станция Достык – 12 поездов в сутки» — the first post's figure, in the period the
# sentence gives the second.
_BARE_FIGURE = re.compile(rf"(?:(?:до|более|свыше|не\s+менее|около)\s+)?{_RUN_START}{_NUM}\s+({_UNITS})", re.IGNORECASE)
# The figure must be what the post can pass: a verb of passing or receiving, or a word for
# capacity, in its part («будет принимать не менее 14 поездов»), not a count standing there.
_ABLE = re.compile(
    r"принима\w*|принять|пропуска\w*|пропустить|обслужива\w*|способн\w*|рассчитан\w*|мощност\w*", re.IGNORECASE
)
_PERIOD_AT_END = re.compile(rf"{_PERIOD}$", re.IGNORECASE)


def _capacities_by_post(text: str, b: int, spans: list) -> list[tuple[str, str]] | None:
    """(post, capacity) when a sentence naming several posts gives each its own capacity, each
    told after its post's name up to the next one's; None when fewer than two posts have one
    (then the sentence's capacities belong to every post it names). A post's figure with no
    period takes the period of another post's capacity in the same unit."""
    parts = [
        (s.ref, " ".join(text[s.start : (spans[i + 1].start if i + 1 < len(spans) else b)].split()))
        for i, s in enumerate(spans)
    ]
    found = [(ref, part, _capacities(part)) for ref, part in parts]
    full = [caps[0] for _ref, _part, caps in found if caps]
    if not full:
        return None
    out = []
    for ref, part, caps in found:
        if not caps:
            caps = [_with_period(part, full[0])] if _with_period(part, full[0]) else []
        out += [(ref, c) for c in caps]
    return out if len({ref for ref, _c in out}) > 1 else None


def _with_period(part: str, capacity: str) -> str | None:
    """A bare figure of `part` counted in `capacity`'s noun, with `capacity`'s period («не менее
    14 поездов» and «12 поездов в сутки» → «не менее 14 поездов в сутки»)."""
    period = _PERIOD_AT_END.search(capacity)
    unit = re.search(_UNITS, capacity, re.IGNORECASE)
    m = _BARE_FIGURE.search(part)
    if (
        not _ABLE.search(part)
        or not (period and unit and m)
        or m.group(1).split()[-1][:4].lower() != unit.group().split()[-1][:4].lower()
    ):
        return None
    return f"{' '.join(m.group().split())} {period.group()}"


# A queue told by its size in words, no figure: «многокилометровая очередь из фур», «огромные
# пробки», «ұзын-сонар кезек» — where trucks queue is answered without a count.
_QUEUE_SIZE = re.compile(
    r"(?<![\w-])(?:многокилометров|километров|огромн|гигантск|длинн|ұзын-сонар)\w*\s+(?:[а-яё]+\s+)?"
    r"(?:(?:очеред|пробк|затор|скоплени|кептеліс)\w*|кезек(?![\w-])"
    # a Kazakh case form keeps the word that says what the queue does: «ұзын-сонар кезектің
    # қалыптасуына», «ұзын-сонар кезекте тұрған» (a bare «кезектің» is no report)
    r"|кезек\w+(?:\s+(?:қалыптас|тұр|пайда\s+бол|түзіл)\w*)?)",
    re.IGNORECASE,
)


_KK_ACROSS = r"(?:шекарадан\s+)?өте\s+алмай"
# A queue gone or shorter is a queue report too (facts69): «очередь рассосалась», «очередь на «А»
# сократилась до 40 машин», Kazakh «кезек азайды», «кезек жойылды». The fact keeps the verb (and the
# figure after «до»): the board shows the words, so «сократилась до 40 машин» reads as less than before.
_QUEUE_SHRANK = opening_with(
    r"(?<![\w-])(?:очеред[ьи]|пробк[аи]|затор[ы]?|скоплени[ея])(?:\s+из\s+[а-яё]+)?(?:\s+(?:на|у|в|перед)\s+«[^«».,;:!?]{1,30}»)?"
    r"\s+(?:(?:заметно|значительно|полностью|уже|почти)\s+)?(?:рассосал(?:ась|ись|ся)|сократил(?:ась|ись|ся)|уменьшил(?:ась|ись|ся)|исчезл[аи]?)"
    r"(?:\s+до\s+\d[\d\s]*\s*[а-яё]+)?"
    r"|(?<![\w-])(?:кезек|кезегі)\s+(?:[^\s.,;:!?]+\s+){0,3}?(?:азайды|қысқарды|жойылды|сейілді)(?![\w-])",
    re.IGNORECASE,
    r"зкопс",
)
# A queue said to have formed, no figure: «на КПП «Ак-Тилек» образовался затор грузовых
# автомобилей», «затор из фур образовался в районе пунктов «Маштаково» и «Сырым»», «на пункте
# «Нур Жолы» выстроилась пробка», ««Сырым» өткізу пунктінде кезек қалыптасты». The fact keeps the
# verb with the noun (and its «из …»), as the text says it: a bare «затор» on the board read
# like a length. Only where the sentence gives no figured queue (_queues).
_QUEUE_NOUN = r"(?:очеред|пробк|затор|скоплени)\w*"
_FORMED = r"(?:образовал\w*|выстроил\w*|скопил\w*|возникл[аио]?|возник\b)"
_OF = r"(?:\s+из\s+[а-яё]+(?:\s+(?!(?:в|во|на|и|у|от|с|со|к|по|за|из)\s)[а-яё]+){0,2})?"
# A queue the authorities report seen (facts61): «отмечено скопление людей и машин», «Скопление
# людей и машин отмечено на отдельных участках», «зафиксировано скопление большегрузов».
# Seen now, and still there (facts69): «наблюдаются заторы», «фиксируются скопления», «скопление
# … сохраняется».
_SEEN = r"(?:отмечен[аоы]?|зафиксирован[аоы]?|наблюда(?:ется|ются)|фиксиру(?:ется|ются)|сохраня(?:ется|ются))\b"
# Vehicles said to have gathered, no queue noun (facts61): «на пункте «Нур жолы» скопились
# грузовики», «скопилось много большегрузов».
_GATHERED = r"(?:грузовик|машин|фур|большегруз|автомобил|автомашин|транспорт)\w*"
_QUEUE_FORMED = opening_with(
    rf"(?<!не\s){_FORMED}\s+(?:[а-яё]+\s+)?{_QUEUE_NOUN}{_OF}"
    rf"|(?<![\w-]){_QUEUE_NOUN}{_OF}\s+{_FORMED}"
    rf"|(?<!не\s){_SEEN}\s+(?:[а-яё]+\s+)?{_QUEUE_NOUN}(?:\s+(?!(?:на|в|во|у|возле|перед)\b)[а-яё]+){{0,3}}"
    rf"|(?<![\w-]){_QUEUE_NOUN}(?:\s+(?!не\b)[а-яё]+){{0,4}}(?:\s+«[^«».,;:!?]{{1,30}}»)?\s+{_SEEN}"
    r"|(?<![\w-])кезек\w*\s+(?:пайда\s+бол(?:ды|ған)|түзіл(?:ді|ген)|қалыптас(?:ты|қан|ып))"
    # Kazakh (facts69): «көліктер кезегі бар», «кезек байқалады»; vehicles «кезекте тұр», «шекарадан
    # өте алмай тұр» (cannot get across)
    r"|(?<![\w-])(?:(?:жүк\s+)?(?:көлі|автокөлі|машина|фура)\w*\s+)?(?:кезек|кезегі)\s+(?:бар|байқал(?:ады|уда|ды))(?![\w-])"
    # «көліктер тәулік бойы кезекте тұр» (fct106): all day and night in the queue
    rf"|(?<![\w-])(?:жүк\s+)?(?:көлі|автокөлі|машина|фура)\w*\s+(?:(?:тәулік|күн|түн)\s+бойы\s+)?(?:кезекте|{_KK_ACROSS})\s+(?:тұр|күт)\w*"
    rf"|(?<!не\s)скопил\w*\s+(?:[а-яё]+\s+)?{_GATHERED}",
    re.IGNORECASE,
    r"авжзкмнопсф",
)
# A Kazakh span in figures, with what bounds it after it («8 сағаттан астам», «3 тәуліктен бері») (fct106).
_KK_SPAN = r"\d+(?:\s*[-–]\s*\d+)?\s+(?:сағат|тәулік|күн|апта)\w*(?:\s+(?:астам|артық|бойы|бері|жуық))?"
# How long drivers wait at the post (facts61): «простоял там 16 часов», «ждут по 10 часов»,
# «12 сағат кезекте тұрдық»; not «ожидается через 2 часа», nor «стоят 8 часов» (anyone stands).
_WAIT = opening_with(
    r"(?<![\w-])(?:простоя\w*|простаива\w*|ожида(?:ют|ли|ние|ния|нии)\w*|ждут|ждали|ждём|ждем)\s+(?:(?!через\b)[а-яё]+\s+){0,2}?"
    r"(?:(?:около|более|свыше|почти|по|до|уже|порядка|примерно)\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:час\w*|сут\w*|дн\w*|дней)(?![\w-])"
    # standing in the queue, a bound before the span (fct107): «стоят в очереди более 8 часов» — the queue word
    # says whose span it is, as «по» does below
    r"|(?<![\w-])сто(?:ять|ят|яли|ял|яла|ит)\s+в\s+очеред(?:и|ях)\s+(?:(?:около|более|свыше|почти|до|уже|порядка|примерно)\s+)?"
    r"\d+(?:\s*[-–]\s*\d+)?\s*(?:час\w*|сут\w*|дн\w*|дней|недел\w*)(?![\w-])"
    r"|(?<![\w-])\d+(?:\s*[-–]\s*\d+)?\s+сағат\w*\s+(?:бойы\s+)?(?:кезекте\s+)?(?:күт|тұр)\w*"
    # fct106: days or more than a span, in the queue as Kazakh says it: «2 тәулік кезекте тұрды», «8 сағаттан
    # астам кезекте тұр», «кезекте 2 тәулік тұрып қалды», «кезек 2 күнге созылды», «кезекте тұру уақыты 4
    # сағатқа жетті»; days need the queue word («3 күн жабық тұрды» is a closure's)
    rf"|(?<![\w-]){_KK_SPAN}\s+кезекте\s+(?:күт|тұр)\w*"
    rf"|(?<![\w-])кезекте\s+{_KK_SPAN}\s+(?:күт|тұр)\w*(?:\s+қал\w+)?"
    rf"|(?<![\w-])(?:кезек|кезегі|кезекте\s+тұру\s+уақыты)\s+{_KK_SPAN}\s+(?:созыл|жет)\w*"
    # standing, with «по» before the figure (facts66): «стоять по 5 суток», «стоят в очереди по 3 дня» — a
    # span given each vehicle is a queue's; «стоят 8 часов» without it stays anyone's
    r"|(?<![\w-])сто(?:ять|ят|яли|ял|яла)\s+(?:(?!через\b)[а-яё]+\s+){0,3}?по\s+\d+(?:\s*[-–]\s*\d+)?\s*(?:час\w*|сут\w*|дн\w*|дней|недел\w*)(?![\w-])",
    re.IGNORECASE,
    r"\dжкопс",
)

# The same wait told in words (facts64): «ждут по трое суток», «простояли почти неделю», «стоят
# сутками», «ожидают несколько часов», Kazakh «үш тәулік күтеді», «жарты күн кезекте тұрдық».
# «Стоят» counts here, not with a figure: a span in words after it («по двое-трое суток»,
# «сутками») is a queue's, while «стоят 8 часов» may be anyone's.
_WAIT_WORDS = opening_with(
    r"(?<![\w-])(?:простоя\w*|простаива\w*|ожида(?:ют|ли|ние|ния|нии)\w*|ждут|ждали|ждём|ждем|сто(?:ять|ят|яли|ял|яла))"
    r"\s+(?:(?!через\b)[^\s.,;:!?]+\s+){0,3}?"
    # the quoted post between the verb and the span (facts66): «стоять в очереди на «Темир Бабе» по двое суток»
    r"(?:(?:на|у|в|во|возле|перед)\s+«[^«».,;:!?]{1,30}»\s+)?(?:(?:по|уже|до|ещё|еще)\s+)?"
    # «стоят по неделе» (facts66): the week given each truck, said only after «по»
    rf"(?:{number_words.DURATION}|(?<=по\s)неделе(?![\w-]))"
    # «үш күннен бері кезекте тұр» (fct101): waiting since, not only for, the span
    # «бір тәуліктен астам кезекте тұрды» (fct106): more than the span
    rf"|{number_words.KK_DURATION}\s+(?:(?:бойы|бері|астам|артық|жуық)\s+)?(?:кезекте\s+|кезек\s+)?(?:күт|тұр)\w*",
    re.IGNORECASE,
    r"абежопстү",
)

# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_CAPACITY_WORDS = re.compile(r"пропускн\w+\s+способност|өткізу\s+қабілет", re.IGNORECASE)


# Every match of NO_QUEUE, _QUEUE_KM, _KM_QUEUE, _QUEUE_SIZE and _QUEUE_FORMED, and every _QUEUE_CUE,
# holds one of these (issue 15: a sentence without them has no queue and is not scanned).
_QUEUE_NEEDLES = (
    *("очеред", "скоплени", "скопил", "застрял", "простаива", "ожида", "кезек", "затор", "пробк", "кептеліс"),
    *("км", "километр", "шақырым", "нет", "зафиксирован", "наблюдается", "отмечается"),
    *("отмечен", "простоя", "ждут", "ждали", "ждём", "ждем", "сағат"),
    # _WAIT_WORDS: «стоят сутками», «үш тәулік күтеді»; no space before «стоят» (gate76): the patterns
    # take it after «(», «—» or at a sentence's start too, though «состоялось» then passes the gate
    *("стоят", "стоял", "стоять", "күт"),
    # the vehicles waiting of _QUEUE_CUE (facts73): «стоит 40 фур», «70 фура тұр» (after \s+: needles.folded)
    *("стоит", " тұр"),
    # _SEEN's newer verbs (the queue nouns already stand above) and _QUEUE_SHRANK's (facts69)
    *("наблюдаются", "фиксиру", "сохраня", "өте алмай", "кезег"),
)


def _queues(sentence: str) -> list[str]:
    """The queues a sentence tells (_read_queues), once per text (_kept)."""
    return _kept(_read_queues, sentence)


def _counts(sentence: str) -> list[str]:
    """fact_amounts.counts of a sentence, once per text (_kept)."""
    return _kept(fact_amounts.counts, sentence)


# Every match of _QUEUE_KM and _KM_QUEUE holds _KM, so one of these: a queue sentence without them is
# not scanned (ingest122: 116 of 1,072 generated queue sentences hold one; the scans ~0.057 ms a text).
_KM_NEEDLES = ("км", "километр", "шақырым")


def _km_lengths(sentence: str) -> list[str]:
    """The queue's lengths, its own queue words with them («очередь растянулась на 5 км»), then
    the length before the queue («2 шақырым кезек тұр»)."""
    lengths = [" ".join(m.group().split()) for m in _QUEUE_KM.finditer(sentence)]
    return lengths + [" ".join(m.group().split()) for m in _KM_QUEUE.finditer(sentence)]


def _read_queues(sentence: str) -> list[str]:
    if not may_hold(sentence, _QUEUE_NEEDLES) or _CAPACITY_WORDS.search(sentence):
        return []
    none = [" ".join(m.group().split()) for m in NO_QUEUE.finditer(sentence)]
    none += [" ".join(m.group().split()) for m in _QUEUE_SHRANK.finditer(sentence)]
    lengths = _km_lengths(sentence) if may_hold(sentence, _KM_NEEDLES) else []
    lengths += [" ".join(m.group().split()) for m in _QUEUE_SIZE.finditer(sentence)]
    lengths += [" ".join(m.group().split()) for m in _WAIT.finditer(sentence)] if _DIGIT.search(sentence) else []
    if may_hold(sentence, number_words.DURATION_NEEDLES):
        lengths += [" ".join(m.group().split()) for m in _WAIT_WORDS.finditer(sentence)]
    counted = _DIGIT.search(sentence) and _QUEUE_CUE.search(sentence)  # _QUEUE's figure opens with a digit
    counts = [" ".join(m.group(1).split()) for m in _QUEUE.finditer(sentence)] if counted else []
    if may_hold(sentence, number_words.NEEDLES) and _QUEUE_CUE.search(sentence):  # «около полутора тысяч фур»
        worded = [t for t in _counts(sentence) if not _DIGIT.search(t.split("(≈")[0])]
        # told with the queue's verb when it has one: «образовалась очередь из десятков машин»
        formed = _formed(sentence) if worded else []
        counts += [next((f for f in formed if t in f), t) for t in worded]
    if not (counts or lengths or none):
        return _formed(sentence)
    counts = [c for c in counts if not any(c in n for n in none)]  # «сократилась до 40 машин» says it
    return counts + lengths + none


# A second needle of _QUEUE_FORMED (its queue nouns are _QUEUE_NEEDLES'): every match holds a verb of
# forming or of being seen (_FORMED, _SEEN), a Kazakh one, or «бар», «байқал», «тұр», «күт» after «кезек»
# (stop 51, ingest114: 191 scans over 389 generated texts, ~0.06 ms each, none matched; 24 hold one).
_FORMED_NEEDLES = (
    *("образовал", "выстроил", "скопил", "возник", "отмечен", "зафиксирован", "наблюда", "фиксиру", "сохраня"),
    *("пайда", "түзіл", "қалыптас", "бар", "байқал", "тұр", "күт"),
)


def _formed(sentence: str) -> list[str]:
    """The queues said to have formed (_QUEUE_FORMED), as the sentence words them."""
    if not may_hold(sentence, _FORMED_NEEDLES):
        return []
    return [" ".join(m.group().split()) for m in _QUEUE_FORMED.finditer(sentence)]


_CARRY_HINT = opening_with(r"\d|\bгод|жыл", re.IGNORECASE, r"\dгж")  # behind its first character (stop 51, ingest114)


# Bookings in the electronic queue are not trucks standing at the post: «электронную очередь
# … забронировали более 120 грузовых машин».
_E_QUEUE = re.compile(r"электронн\w*\s+очеред|электрондық\s+кезек", re.IGNORECASE)


def _carried(
    text: str,
    bounds: list,
    i: int,
    ref: str | None,
    article_date: str | None,
    seen: set,
    far: bool = False,
    kinds: tuple[str, ...] | None = None,
) -> list[Fact]:
    """A capacity, deadline or queue of sentence `i`, which names no post, for the post `ref`
    the sentences just before it name (store/extract/fact_context.py); none for a denied report.
    `far`: `ref` is the article's only post, named further back; only its queue and capacity
    are carried that far. `kinds`: only facts of these kinds are wanted (the caller drops the
    rest), so the works, rules, reasons and founding no kind of them is read from are not read
    (ingest100, issue 15: each is read on its own, the others never see what it found)."""
    if ref is None or _denied_report(text, bounds, i):
        return []
    if far:
        kinds = far_kinds(text[bounds[i][0] : bounds[i][1]])
        return [
            f
            for f in _carried(text, bounds, i, ref, article_date, set(seen), kinds=kinds)
            if f.kind in kinds and _once(f, seen)
        ]
    a, b = bounds[i]
    sentence = " ".join(text[a:b].split())
    if about_the_post(text, a):  # «Пункт будет закрыт с 1 по 3 октября»: all it says
        founded = [("event", t, d) for t, d in _founded(sentence, article_date)]  # «Этот пункт построен в 1975 году»
        found = [
            f
            for f in _facts_in(sentence, article_date, text[bounds[i - 1][0] : a] if i else "")
            if f[0] != "event" or f in founded
        ]
        return _own(ref, found, sentence, seen, every_kind=True)
    wanted = _EVERY_KIND if kinds is None else kinds
    works = _works_carried(ref, sentence, article_date, seen) if "status" in wanted else []
    if "rule" in wanted:
        works += _own(ref, [("rule", t, None) for t in passage_rules(sentence)], sentence, seen, every_kind=True)
    if not _CARRY_HINT.search(text, a, b):  # most sentences: no figure, no year, nothing to carry but a reason
        before = text[bounds[i - 1][0] : a] if i else ""
        works += _own(ref, [("capacity", t, None) for t in _worded_capacities(sentence)], sentence, seen)
        if "cause" not in wanted:
            return works
        return works + _own(ref, [("cause", t, None) for t in stated_cause(sentence, before)], sentence, seen)
    year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    found = [("capacity", t, None) for t in _capacities(sentence)]
    found += [
        ("deadline", t, d)
        for t, d in _deadlines(sentence, year, article_date) + _kk_deadlines(sentence, year, article_date)
    ]
    if not _E_QUEUE.search(sentence):
        found += [("queue", t, article_date) for t in _queues(sentence)]
    # the states and the two tests serve only to drop deadlines: none to drop, none asked (issue 15)
    deadlines = any(f[0] == "deadline" for f in found)
    states = [("status", t, d) for t, d in _statuses(sentence, article_date)] if deadlines else []
    if deadlines and (_until_not_done(sentence, found + states) or _projects_only(sentence)):
        found = [f for f in found if f[0] != "deadline"]
    found += _amounts(sentence, found, article_date) if not _E_QUEUE.search(sentence) else []
    if "event" not in wanted:
        return works + _own(ref, found, sentence, seen)
    founded = [("event", t, d) for t, d in _founded(sentence, article_date)]  # «Станцию открыли в 1990 году»
    return works + _own(ref, found, sentence, seen) + _own(ref, founded, sentence, seen, every_kind=True)


# Every kind _carried may read (its `kinds` left out).
_EVERY_KIND = ("status", "rule", "capacity", "cause", "deadline", "queue", "count", "funding", "event")


def _side_carried(text: str, bounds: list, i: int, side: tuple[str, bool], article_date: str | None, seen: set) -> list:
    """What sentence `i`, naming no post but with a side as its subject, tells of the post `side`
    gives (fact_context.side_carried): the kinds a side does at the crossing (SIDE_KINDS), of them
    only those carried that far when the post was named further back."""
    ref, far = side
    kinds = set(SIDE_KINDS) & set(far_kinds(text[bounds[i][0] : bounds[i][1]]) if far else SIDE_KINDS)
    wanted = tuple(sorted(kinds))
    return [
        f
        for f in _carried(text, bounds, i, ref, article_date, set(seen), kinds=wanted)
        if f.kind in kinds and _once(f, seen)
    ]


def _works_carried(ref: str, sentence: str, article_date: str | None, seen: set, deadlines: bool = False) -> list[Fact]:
    """The works on `ref` a sentence naming no post tells as a status («Работы на объекте
    стартовали в мае», store/extract/fact_works.py); the look for works words first (issue 15).
    `deadlines`: its deadlines too, when it tells works («Реконструкция завершится в 2026 году»
    after a sentence naming two posts, store/extract/fact_groups.py)."""
    if not may_hold(sentence, WORKS_NEEDLES):
        return []
    found = [("status", t, d) for t, d in post_works(sentence, _statuses(sentence, article_date))]
    if deadlines and _CARRY_HINT.search(sentence):
        year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
        told = _deadlines(sentence, year, article_date) + _kk_deadlines(sentence, year, article_date)
        found += [("deadline", t, d) for t, d in told if works_deadline(sentence, t)]
    return _own(ref, found, sentence, seen, every_kind=True)


def _works_after(text: str, i: int, a: int, b: int, before: tuple | None, article_date: str | None, seen: set) -> list:
    """The works sentence `i` (text[a:b], naming no post) tells of the two posts, or the one dash
    pair, the sentence just before it names (`before`: its index and spans; fact_groups.works_posts),
    when it has no subject of its own (fact_context.carried_post)."""
    if before is None or before[0] != i - 1:
        return []
    sentence = text[a:b]
    posts = works_posts(text, i, before, sentence)
    return [
        f
        for ref in posts or ()
        if carried_post((i - 1, [ref]), i, sentence)
        for f in _works_carried(ref, sentence, article_date, seen, deadlines=True)
    ]


# The kinds a sentence told of a counted group gives each post of it: «На трёх пунктах идёт
# реконструкция», «… будут закрыты до 1 мая» (a queue or count there is the group's, not each post's)
_GROUP_KINDS = ("status", "deadline")


def _told_of_both(
    text: str, bounds: list, i: int, refs: list[str], article_date: str | None, seen: set, kinds: tuple = ()
) -> list[Fact]:
    """Every fact of sentence `i`, whose subject is «оба пункта» (fact_context.both_posts), for
    each of the two posts `refs` it means: like a sentence whose subject is «пункт», all it
    says is theirs, its status and hours too; none for a denied report. `kinds`: only these
    (a counted group, store/extract/fact_groups.py: its figures are the group's, not each post's)."""
    if _denied_report(text, bounds, i):
        return []
    a, b = bounds[i]
    sentence = " ".join(text[a:b].split())
    found = _facts_in(sentence, article_date, text[bounds[i - 1][0] : a] if i else "")
    found = [f for f in found if f[0] != "event" and (not kinds or f[0] in kinds)]
    return [f for ref in refs for f in _own(ref, found, sentence, seen, every_kind=True)]


def _once(fact: Fact, seen: set) -> bool:
    """True the first time (post, kind, text) is told; it is then marked told."""
    key = (fact.checkpoint, fact.kind, fact.text)
    if key in seen:
        return False
    seen.add(key)
    return True


def _own(ref: str, found: list, sentence: str, seen: set, every_kind: bool = False) -> list[Fact]:
    """The carried kinds of `found` (all, with `every_kind`) as facts of `ref`, each once."""
    out = []
    for kind, fact_text, date in found:
        if (every_kind or kind in CARRY_KINDS) and (ref, kind, fact_text) not in seen:
            seen.add((ref, kind, fact_text))
            out.append(Fact(checkpoint=ref, kind=kind, text=fact_text, sentence=sentence, date=date))
    return out


def _lead_regime(lead: tuple[int, str, list[str]], i: int, refs: list[str], seen: set) -> list[Fact]:
    """The residents' regime of an article's lead (`lead`: its sentence's index, the sentence and
    the regimes it states), told before any post is named, as rules of the posts of sentence `i`,
    the first to name posts, that it is of (fact_rules.lead_regime_owners, facts90)."""
    at, sentence, regimes = lead
    owners = lead_regime_owners(sentence, refs, adjacent=i == at + 1)
    found = [("rule", t, None) for t in regimes]
    return [f for ref in owners for f in _own(ref, found, sentence, seen, every_kind=True)]


def _queue_sentence(text: str, bounds: list[tuple[int, int]], i: int, sentence: str) -> bool:
    """True when sentence `i` may tell queues post by post: it has queue words of its own, or it
    lists figures under a queue report a few sentences before (store/extract/fact_context.py)."""
    return bool(_queues(sentence)) or (
        bool(_DIGIT.search(sentence) and _QUEUE.search(sentence)) and queue_report_before(text, bounds, i, _QUEUE_CUE)
    )


_FIRST_TIME = r"(?<![\w-])(?:впервые|тұңғыш\s+рет|алғаш\s+рет|алғашқы)"
_ARRIVED = r"(?:прибыл|приш[её]л|пришл[аи]|прош[её]л|прошл[аи]|отправил|проследовал|келді|келіп|жетті|өтті|аттанды)\w*"
_VEHICLE = r"(?:поезд|пойыз|состав|автобус|рейс|контейнер|фур|вагон|эшелон|грузовик|машин|көлі)\w*"
# What happened at or about a checkpoint when no status, figure or deadline is given:
# talks, agreements, visits, inspections, meetings planned («договорились о проведении в
# ноябре первого совместного заседания … МЦПС «Хоргос»», «волновали вопросы развития
# инфраструктуры … «Нур жолы»», «была проведена реконструкция автомобильной дороги … до
# станции «Достык»»).
_EVENT = opening_with(
    r"(?:обсудил\w*|обсуждал\w*|договорил\w*|посетил\w*|осмотрел\w*|проинспектировал\w*|проверил\w*"
    r"|рассмотрел\w*|волновал\w*\s+вопрос\w*|(?:был[аио]?\s+)?проведен[аоы]?\s+(?:\w+\s+){0,2}?"
    r"(?:реконструкци|ремонт|модернизаци|строительств)\w*"
    r"|талқыла\w+|барып\s+көрді|аралады|тексерді"
    # a visit told as one (facts75): «прибыл на пункт «А» с рабочим визитом», Kazakh «"В" бекетіне жұмыс
    # сапарымен барды / келді»; a bare «побывал на пунктах» is not (dev's c003: no fact of the visit
    # in the reference, two facts agreeing with none)
    r"|(?:прибыл|приехал|побывал)\w*\s+(?:[^\s.;:!?]+\s+){0,8}?с\s+(?:официальным|рабочим|ознакомительным)\s+визитом"
    r"|(?:жұмыс\s+)?сапармен\s+(?:барды|келді)|жұмыс\s+сапарымен\s+(?:барды|келді)"
    # a first arrival or passage (facts93, dev e006): «биыл тұңғыш рет … Болашақ станциясына жолаушы пойызы
    # келіп тоқтады», «впервые на станцию «Болашак» прибыл пассажирский поезд», «прошёл первый поезд»
    rf"|{_FIRST_TIME}(?:\s+[^\s.,;:!?]+){{0,6}}?\s+{_VEHICLE}(?:\s+[^\s.,;:!?]+){{0,2}}?\s+{_ARRIVED}"
    rf"|{_FIRST_TIME}(?:\s+[^\s.,;:!?]+){{0,6}}?\s+{_ARRIVED}(?:\s+[^\s.,;:!?]+){{0,3}}?\s+{_VEHICLE}"
    rf"|{_ARRIVED}\s+(?:впервые\s+)?перв(?:ый|ая|ое|ые)(?:\s+[^\s.,;:!?]+){{0,2}}?\s+{_VEHICLE})",
    re.IGNORECASE,
    r"абвджкопрстө",
)
_MONTH_ONLY = re.compile(rf"\bв\s+{_month_rx('month')}(?!\s+20\d\d)", re.IGNORECASE)


# Every match of _EVENT holds one of these (issue 15: a sentence without them is not scanned).
_EVENT_NEEDLES = (
    *("обсудил", "обсуждал", "договорил", "посетил", "осмотрел", "проинспектировал", "проверил", "рассмотрел"),
    *("волновал", "проведен", "талқыла", "барып", "аралады", "тексерді"),
    *("визитом", "сапар", "впервые", "тұңғыш", "алғаш", "перв"),
)


# The year a post was built or opened (facts61): «Этот пункт построен в 1975 году», «Станцию
# открыли в 1990 году», «Бекет 1994 жылы салынған», «2024 жылғы 6 желтоқсанда … өткел ашылды».
# Only a past year (not after the article's): «будет открыт в 2027 году» is a deadline; a post
# opened again after works is a status («вновь открыт», «жаңартудан кейін ашылды»).
# The passive agrees with the post it is said of; the active verb's object may be anything, so it
# must come before the verb («Станцию открыли в 1990 году»), not after («открыли в 2019 году магазин»).
_BUILT = r"(?:построен[аоы]?|открыт[аоы]?|основан[аоы]?|сдан[аоы]?)"
_BUILT_ACTIVE = r"(?:построил[аи]?|открыл[аи]?)"
_CLAUSE_ENDS = r"(?=\s*(?:[,.;:!?—–-]|$)|\s+(?:и|а|но)\s)"
_FOUNDED = re.compile(
    rf"(?<!будет\s)(?<!будут\s)(?<!вновь\s)(?<!снова\s)(?:был[аио]?\s+)?{_BUILT}\s+(?:ещё\s+|еще\s+)?в\s+((?:19|20)\d\d)\s*(?:год\w*|г\.)"
    rf"|(?<!вновь\s)(?<!снова\s){_BUILT_ACTIVE}\s+(?:ещё\s+|еще\s+)?в\s+((?:19|20)\d\d)\s*(?:год\w*|г\.){_CLAUSE_ENDS}"
    rf"|в\s+((?:19|20)\d\d)\s*(?:год\w*|г\.)\s+(?:был[аио]?\s+)?(?:{_BUILT}|{_BUILT_ACTIVE}{_CLAUSE_ENDS})(?![\w-])"
    r"|((?:19|20)\d\d)\s+жыл(?:ы|ғы(?:\s+\d{1,2}\s+[а-яәғқңөұүһі]+)?)\s+(?:(?!қайта|кейін|жөндеу)[^\s.;!?]+\s+){0,5}?"
    r"(?:салын(?:ған|ды)|ашыл(?:ған|ды)|құрыл(?:ған|ды))(?![\w-])",
    re.IGNORECASE,
)
_FOUNDED_NEEDLES = ("построен", "построил", "открыт", "открыл", "основан", "сдан", "салын", "ашыл", "құрыл")


def _founded(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    """When the post was built or opened, the year as its date."""
    if not may_hold(sentence, _FOUNDED_NEEDLES) or not _DIGIT.search(sentence):
        return []
    out = []
    for m in _FOUNDED.finditer(sentence):
        year = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if article_date and year > article_date[:4]:
            continue
        out.append((" ".join(m.group().split()), year))
    return out


# A Kazakh verb ends its clause and its object goes before it: the event reads from the post's
# name or four words back («…«Қалжат» бекетіндегі жөндеу жұмыстарын тексерді», not «тексерді»
# alone, qa61's store; facts62).
_KK_EVENT = re.compile(r"талқыла|барып|аралады|тексерді|жұмыс\s+сапар|сапармен", re.IGNORECASE)
_KK_OBJECT = re.compile(r"(?:[«\"“][^«»\"“”]{1,40}[»\"”]\s+)?(?:[^\s,.;:!?«»\"“”()]+\s+){0,4}$")


def _events(sentence: str, article_date: str | None) -> list[tuple[str, str | None]]:
    m = _EVENT.search(sentence) if may_hold(sentence, _EVENT_NEEDLES) else None
    if not m:
        return []
    start = m.start()
    if _KK_EVENT.match(m.group()):
        start = _KK_OBJECT.search(sentence, max(0, start - 120), start).start()  # type: ignore[union-attr]
    text = re.split(r"(?<=[.!?;])\s|,\s+(?:а|но|что|который|которая|благодаря)\s", sentence[start:])[0]
    words = text.split()
    text = " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    if text.endswith(":"):  # a clause that opens a list (_CONTRAST): what follows is the list's
        text = f"{text} …"
    month = _MONTH_ONLY.search(sentence)
    date = _past_date(sentence, None)
    if date is None and month and article_date:
        date = f"{article_date[:4]}-{_month(month.group(1)):02d}"
    return [(text.rstrip(" .,;"), date)]


# A report the article retells and then denies is no fact: «в соцсетях распространяется
# информация о якобы закрытии пункта «X» … не соответствует действительности», «ранее
# сообщалось о закрытии …, однако в ведомстве опровергли». The retelling, in the sentence
# itself; the denial, in it or the next sentence (the press service's «Между тем …»). Its
# alternatives grouped by their opening letters (needles.by_opening, stop 50 ingest112): same matches.
_HEARSAY = by_opening(
    r"\bякобы\b|\bслух\w*|\bсообщалось\b|\bсообщени\w*\s+о\b|\bинформаци\w*\s+о\b|\bраспространя\w+"
    r"|\bв\s+(?:соцсетях|социальных\s+сетях|сети|мессенджерах)\b|ақпарат\w*\s+тара\w+",
    re.IGNORECASE,
)
# Every match of _HEARSAY holds one of these (issue 15: a sentence without them is not scanned).
_HEARSAY_NEEDLES = (
    *("якобы", "слух", "сообщалось", "сообщени", "информаци", "распространя"),
    *("соцсетях", "социальных", "сети", "мессенджерах", "ақпарат"),
)
_DENIAL = re.compile(
    r"опроверг\w*|не\s+соответству\w*|недостоверн\w*|\bложн\w*|\bфейк\w*|не\s+подтвер\w*|дезинформ\w*"
    r"|не\s+зафиксирован\w*|жоққа\s+шығар\w*|шындыққа\s+жанаспа\w*|\bжалған\b",
    re.IGNORECASE,
)


def _denied_report(text: str, bounds: list[tuple[int, int]], i: int) -> bool:
    """True when sentence `i` retells a report and it or the sentence after it denies it."""
    sentence = text[bounds[i][0] : bounds[i][1]]
    if not may_hold(sentence, _HEARSAY_NEEDLES):
        return False
    following = text[bounds[i + 1][0] : bounds[i + 1][1]] if i + 1 < len(bounds) else ""
    if not _HEARSAY.search(sentence):
        return False
    if _DENIAL.search(sentence) or _DENIAL.search(following):
        return True
    # a retelling over two sentences, denied after them by a word pointing back (facts93, dev a006:
    # «"…перекрыли границу … из-за слухов …» | «Никого не пропускают", - было написано …» | «В
    # Погранслужбе эти сведения опровергли»)
    after = text[bounds[i + 2][0] : bounds[i + 2][1]] if i + 2 < len(bounds) else ""
    return bool(_DENIAL.search(after) and _POINTS_BACK.search(after))


# The denial's word for what was just retold: «эти сведения», «эту информацию», «бұл ақпаратты»
_POINTS_BACK = re.compile(
    r"(?<![\w-])(?:эт[иуо]\w*|данн\w+|такие|такую|подобн\w+|бұл|осы|мұндай)\s+"
    r"(?:сведени|информаци|данн|сообщени|слух|утверждени|ақпарат|мәлімет|дерек|хабар)\w*",
    re.IGNORECASE,
)


def _working_only(text: str, a: int, b: int, refs: list[str], article_date: str | None, seen: set) -> list[Fact]:
    """The facts of a denied report: normal operation only («…не соответствует действительности,
    пункт работает в штатном режиме»), for every post the sentence names."""
    sentence = " ".join(text[a:b].split())
    m = _WORKING_SCAN.search(sentence)
    if not m or _negated(sentence, m, "working"):
        return []
    date = article_date if _DONE_NOW.search(sentence) else None
    out = []
    for ref in refs:
        if (ref, "status", m.group().strip()) not in seen:
            seen.add((ref, "status", m.group().strip()))
            out.append(Fact(checkpoint=ref, kind="status", text=m.group().strip(), sentence=sentence, date=date))
    return out


# A deadline of projects counted in the zone or region, not of works at the post: «Қалған 33
# жоба … оларды 2027 жылға дейін аяқтау көзделіп отыр» after a sentence on «Қорғас» (a Хоргос
# deadline of 2027 taken from the economic zone's projects), «12 инвестпроектов завершат до 2027
# года». A sentence that names works at a post keeps its deadline.
_PROJECTS = opening_with(
    r"(?<![\w-])\d+\s+(?:жоба|проект|инвестпроект)\w*|(?<![\w-])жобалар\w*|инвестиционн\w+\s+проект\w*"
    r"|(?<![\w-])инвестпроект\w*",
    re.IGNORECASE,
    r"\dжи",
)
_KK_POST_WORKS = re.compile(
    r"(?:бекет|өткізу\s+пункт)\w*\s+(?:\w+\s+){0,2}?(?:жаңғырт|реконструкц|құрылыс|жөнде)", re.IGNORECASE
)


def _projects_only(sentence: str) -> bool:
    """True when the sentence's deadline is of projects it counts, not of works at a post."""
    return bool(_PROJECTS.search(sentence)) and not (_POST_WORKS.search(sentence) or _KK_POST_WORKS.search(sentence))


def _facts_in(sentence: str, article_date: str | None, before: str = "") -> list[tuple[str, str, str | None]]:
    """(kind, text, date) for one sentence; an event only where nothing more specific is said.
    `before`, the sentence before it, may tell the closure or queue its reason explains."""
    year = int(article_date[:4]) if article_date and article_date[:4].isdigit() else None
    facts = [("status", t, d) for t, d in _statuses(sentence, article_date)]
    told = [t for _k, t, _d in facts]
    facts += [("rule", t, None) for t in beside_statuses(sentence, passage_rules(sentence), told)]
    facts += [("capacity", t, None) for t in _capacities(sentence)]
    facts += [("deadline", t, d) for t, d in _deadlines(sentence, year, article_date)]
    facts += [("deadline", t, d) for t, d in _kk_deadlines(sentence, year, article_date)]
    facts += [("queue", t, article_date) for t in _queues(sentence)]
    # (the two tests only drop deadlines: not asked when there is none, issue 15)
    if any(f[0] == "deadline" for f in facts) and (_until_not_done(sentence, facts) or _projects_only(sentence)):
        facts = [f for f in facts if f[0] != "deadline"]
    facts = _with_closure_period(sentence, facts) + _amounts(sentence, facts, article_date, before)
    facts += [("event", t, d) for t, d in _founded(sentence, article_date)]
    if not facts:
        facts = [("event", t, d) for t, d in _events(sentence, article_date)]
    return facts


def _not_in_reason(text: str, spans: list, refs: list[str], reason: str) -> list[str]:
    """The posts a reason explains: not those it names itself («…«Жибек жолы» вызвана тем, что
    на КПП «Гишт Куприк» строят дорогу» explains Жибек жолы), unless it names them all."""
    inside = set(_named_in(text, spans, refs, reason))
    return [r for r in refs if r not in inside] or refs


def _of_reason(text: str, spans: list, refs: list[str], fact_text: str, reasons: list[str]) -> list[str]:
    """The posts a status or deadline belongs to when the clause gives a reason naming posts
    (facts63): «"Темір баба" бекеті жабылды, себебі "Болашақ" стансасында жөндеу жүріп жатыр» —
    the closure is Темір баба's, the works told inside the reason are Болашақ's."""
    for reason in reasons:
        inside = _named_in(text, spans, refs, reason)
        if not inside or len(inside) == len(refs):
            continue
        if fact_text in reason:
            return inside
        refs = [r for r in refs if r not in inside]
    return refs


def _named_in(text: str, spans: list, refs: list[str], reason: str) -> list[str]:
    """The posts of `refs` a reason names by the words of one of their mentions."""
    return list(dict.fromkeys(s.ref for s in spans if s.ref in refs and text[s.start : s.end] in reason))


def _counts_by_post(text: str, a: int, b: int, inside: list, sentence: str) -> list[tuple[str, str]] | None:
    """(post, count) when the posts of a sentence each carry a count of their own («на «А»
    стоят 10 машин, на «Б» – 20»); None otherwise (store/extract/queue_lists.py)."""
    if not _counts(sentence):
        return None
    return queues_by_post(text, a, b, inside, fact_amounts.COUNT_FIGURE)


def _amounts(clause: str, facts: list[tuple[str, str, str | None]], article_date: str | None, before: str = "") -> list:
    """The clause's counts, money and reasons (store/extract/fact_amounts.py, fact_causes.py)
    that no queue or capacity of `facts` already states."""
    told = {" ".join(m.group().split()) for _k, t, _d in facts for m in _FIGURE_DIGITS.finditer(t)}
    said = [t for _k, t, _d in facts]  # a count in words only («сотни фур») has no digits to compare
    out = [
        ("count", t, article_date)
        for t in _counts(clause)
        if not any(t in other for other in said) and not _figure_told(t, told)
    ]
    out += [("funding", t, None) for t in fact_amounts.funding(clause)]
    reasons = causes(clause, f"{before} {clause}" if before else clause)
    out += [("cause", t, None) for t in reasons if not _road_reason(clause, t)]
    return out


def _road_reason(clause: str, reason: str) -> bool:
    """True when the reason follows a road the clause opens with as its subject (facts78): «Дорога к
    посту «А» закрыта из-за заносов» — the snow closed the road, the post's state is not told.
    «Дорога к пункту «А» и сам пункт закрыты из-за …» keeps it (_ROAD_SUBJECT: a post joined)."""
    at = clause.find(reason)
    return at > 0 and bool(_ROAD_SUBJECT.match(clause, 0, at))


_FIGURE_DIGITS = re.compile(r"\d(?:[\d\s]*\d)?")


def _figure_told(text: str, told: set[str]) -> bool:
    """True when every figure of `text` is one a queue or capacity already said (`told`)."""
    figures = [" ".join(m.group().split()) for m in _FIGURE_DIGITS.finditer(text)]
    return bool(figures) and all(f in told for f in figures)


def _closure_span(clause: str) -> str | None:
    """The period a closure is told with, or its last day: «с 5 по 7 мая», «до 1 апреля», or else its term
    («до особого распоряжения», fct102); a
    start and a last day told apart are both kept (facts90: «С 1 марта «Тажен» закрывается на
    реконструкцию до 1 сентября» lost its «до 1 сентября» to the start)."""
    period, end = closure_period(clause), closure_end(clause)
    starts_only = period is not None and period.lower().startswith(("с ", "со ")) and " по " not in period
    low = clause.lower()
    if period and end and starts_only and end not in period and low.find(period.lower()) < low.find(end.lower()):
        return f"{period} {end}"
    return period or end or closure_term(clause)


def _with_closure_period(clause: str, facts: list[tuple[str, str, str | None]]) -> list:
    """A closure's status told with its period: «будет закрыт» + «с 5 по 7 мая», or its last day
    («закрыт на ремонт» + «до 1 апреля», facts72: the export shows it in brackets after the status)."""
    period = None
    out = []
    for kind, text, date in facts:
        if kind == "status" and status_label(text) in ("closed", "to close", "limited"):
            period = period or _closure_span(clause)
            if period and period not in text:
                text = f"{text} ({period})"
        out.append((kind, text, date))
    return out


# «до …» that ends a state, not works: a closure's end («будет закрыт до 10 октября»,
# «прекратил работу до следующего года»), a regime extended («продлить круглосуточный режим … до 30 июня»), a start
# promised («готов начать реконструкцию … до конца 2019 года»); a sentence that also says
# works end keeps its deadline. Closed for repairs until a date is the closure's end too (facts72):
# the status carries it («закрыт на ремонт (до 1 апреля)»); «ремонт завершат до …» stays a deadline.
_STATE_UNTIL = opening_with(
    r"продл\w+\s+(?:\w+\s+){0,3}?режим\w*|режим\w*\s+(?:\S+\s+){0,2}?продл[её]н\w*|\bначать\b"
    # a post goes on working until a date: «продолжат круглосуточную работу до лета 2026 года»
    r"|продолж\w+\s+(?:круглосуточн\w+\s+)?работ[уа]\b|круглосуточн\w+\s+(?:режим|работ)\w*",
    re.IGNORECASE,
    r"кнпр",
)
_WORKS_END = opening_with(r"заверш|оконч|сдач|сдад|введ|аяқта|пайдалануға", re.IGNORECASE, "авзопс")
# works told beside a closure: a «до …» of the sentence may be the works' end
_WORKS = opening_with(r"ремонт|реконструкц|модернизац|строительств|жөндеу|жаңғырт|қайта\s+құру", re.IGNORECASE, "жмрсқ")
# …unless the date closes the closure's own phrase: «закрыт на ремонт до 1 апреля», «будут закрыты на
# реконструкцию до 15 апреля», «жөндеуге 1 сәуірге дейін жабық»
_CLOSED_FOR_WORKS_UNTIL = re.compile(
    r"закры\w*\s+на\s+(?:\w+\s+){0,2}?(?:ремонт|реконструкц|модернизац)\w*\s+(?:\w+\s+){0,2}?до\s+\d"
    r"|\d{1,2}\s+\w+\s+дейін\s+(?:уақытша\s+)?жабы",
    re.IGNORECASE,
)


# A post reopening after a closure: «возобновит работу со 2 марта», «возобновление работы
# запланировано на 2 марта 2026 года», «вновь откроется», «қайта ашылады» — when it opens again,
# not when works must be finished.
# Works resumed are not the post reopening: «возобновление работ по реконструкции запланировано
# на март» keeps its deadline.
_REOPENING = opening_with(
    r"возобнов\w*\s+(?:\w+\s+)?(?:работ[уыа]?\b(?!\s+по\b)|пропуск\w*|движени\w*|функционировани\w*|при[её]м\w*)"
    r"|вновь\s+(?:откро|открыт|заработа)\w*|(?:откро|заработа)\w*\s+вновь|қайта\s+ашыл\w*",
    re.IGNORECASE,
    r"взоқ",
)


# Work halted until a date, in the verb forms the status patterns leave to others:
# «работу «Хоргоса» приостановили до 15 февраля», «пропуск прекратили до 1 марта».
_HALTED = re.compile(r"приостанови(?:ли|л|ла)\b|прекрати(?:ли|л|ла)\b|прекращ\w+", re.IGNORECASE)


def _until_not_done(sentence: str, facts: list[tuple[str, str, str | None]]) -> bool:
    """True when the sentence's «до …» ends a closure, a regime or a start, or dates a
    reopening, not works."""
    if _WORKS_END.search(sentence):
        return False
    if _REOPENING.search(sentence):
        return True
    if may_hold(sentence, REGIME_NEEDLES) and REGIME_RX.search(sentence):
        return True  # the day a residents' regime is suspended to (facts89), not works

    closure = _HALTED.search(sentence) or any(
        kind == "status" and status_label(t) in ("closed", "to close", "limited") for kind, t, _d in facts
    )
    works = _WORKS.search(sentence) and not _CLOSED_FOR_WORKS_UNTIL.search(sentence)
    return (closure and not works) or bool(_STATE_UNTIL.search(sentence))


def find_facts(text: str, spans: list[CheckpointSpan], article_date: str | None) -> list[Fact]:
    """Facts about the checkpoints in `spans`, one per (checkpoint, statement)."""
    if not spans:
        return []
    _KEPT.clear()  # the readers' answers are kept for one text at a time
    out: list[Fact] = []
    seen: set[tuple] = set()
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    bounds = body_sentences(text)  # razdel over the whole body (fact_sentences)
    named = None  # (index, posts) of the last sentence that named posts
    history: list[tuple[int, list[str]]] = []  # every such sentence, in order («оба пункта»)
    owner = None  # the same, leaving out a sentence that names only the other side's posts (carried facts)
    last_spans = None  # (index, spans) of the last sentence that named posts (a group or pair after it)
    only = spans[0].ref if all(s.ref == spans[0].ref for s in spans) else None  # the article's one post
    ours = partial(story_post, foreign=_is_foreign, faces=_faces)  # or one of ours and its neighbour (facts91)
    only = only or ours([s.ref for s in spans])
    lead = None  # (index, sentence, regimes) of a residents' regime told before any post (facts90)
    offer = None  # (index, sentence holding the cue) of the last sentence that offered posts (facts93)
    for i, (a, b) in enumerate(bounds):
        inside = spans[bisect_left(starts, a) : bisect_left(starts, b)]  # by bisection, not a scan
        refs = list(dict.fromkeys(s.ref for s in inside))
        if not refs and named is None and lead is None and (regimes := residents_regimes(text[a:b])):
            lead = (i, " ".join(text[a:b].split()), regimes)
        if refs and named is None and lead is not None:
            out += _lead_regime(lead, i, refs, seen)
        if not refs and (both := both_posts(history, i, text[a:b])):
            out += _told_of_both(text, bounds, i, both, article_date, seen)
            continue
        if not refs and (they := they_posts(history, i, text[a:b])):  # «Сейчас они работают …» (facts89)
            out += _told_of_both(text, bounds, i, they, article_date, seen, kinds=THEY_KINDS)
            continue
        if not refs and (pair := this_crossing(named, i, text[a:b], _faces)):  # «Этот пункт …» (facts92)
            for ref in pair:
                out += _carried(text, bounds, i, ref, article_date, seen)
            continue
        if not refs and may_hold(text[a:b], GROUP_NEEDLES):
            if group := group_posts(text, bounds, i, spans, starts, last_spans):  # «На трёх пунктах …»
                out += _told_of_both(text, bounds, i, group, article_date, seen, kinds=_GROUP_KINDS)
                continue
        if not refs:
            near = carried_post(owner, i, text[a:b])
            if near is None:  # «… «А» и «Б». Сейчас там идёт реконструкция», «Пункт «А» – «Б» … . На объекте …»
                out += _works_after(text, i, a, b, last_spans, article_date, seen)
            far = sole_post(owner, only, text[a:b], ours) if near is None else None
            side = side_carried(owner, i, only, text[a:b]) if near is None and far is None else None
            if side:  # «Китайская сторона будет принимать больше машин» (facts87)
                out += _side_carried(text, bounds, i, side, article_date, seen)
                continue
            out += _carried(text, bounds, i, near or far, article_date, seen, far=far is not None)
            continue
        earlier = {r for _, rs in history for r in rs} if may_hold(text[a:b], NEIGHBOURING_NEEDLES) else set()
        out += _pairs(text, a, b, inside, seen, named[1] if named and named[0] == i - 1 else [], earlier)
        out += _lines(text, a, b, inside, seen) if may_hold(text[a:b], LINE_NEEDLES) else []
        lead = text[bounds[i - 1][0] : bounds[i - 1][1]] if i and not (named and named[0] == i - 1) else None
        going_on = lead is None and offer is not None and offer[0] == i - 1 and goes_on(text, a, b, inside)
        if going_on:  # «…бекеттері ашық. Жүк тасымалы мына бекеттер арқылы жүреді: …» (facts93)
            lead = offer[1]
        offers, offered = alternatives(text, a, b, inside, lead, partial(_closed_before, out, named, i))
        made = _offers(offers, text[a:b], seen, offer[2] if going_on and offer else {})
        out += made
        offer = (i, text[a:b] if cue(text[a:b]) else lead, {f.checkpoint: f for f in made}) if offers else None
        named = (i, refs)
        history.append(named)
        last_spans = (i, inside)
        # a sentence naming only the neighbour's post facing the story's one post does not take its facts (facts91)
        neighbour = only is not None and all(_is_foreign(r) and only in _faces(r) for r in refs)
        owner = named if owner is None or not (only_the_other_side(text, inside) or neighbour) else owner
        if _denied_report(text, bounds, i):
            out += _working_only(text, a, b, refs, article_date, seen)
            continue
        sentence = " ".join(text[a:b].split())
        # posts named as the exception to a closure stay open (store/extract/fact_exceptions.py)
        before = text[bounds[i - 1][0] : a] if i else ""
        spared = excepted(text[a:b], inside, a, before, _tells_closure, _tells_work)
        for ref, fact_text in spared.items():
            if fact_text is not None and (ref, "status", fact_text) not in seen:
                seen.add((ref, "status", fact_text))
                out.append(Fact(checkpoint=ref, kind="status", text=fact_text, sentence=sentence))
        listed = queues_by_post(text, a, b, inside, _QUEUE) if _queue_sentence(text, bounds, i, sentence) else None
        partners = dash_partners(text, inside) if len(refs) > 1 else {}
        listed_owners = without_partners([r for r, _ in listed or ()], partners)
        for ref, fact_text in listed or ():
            if ref not in listed_owners:
                continue  # the crossing's other half (store/extract/fact_crossings.py)
            if (ref, "queue", fact_text) not in seen:
                seen.add((ref, "queue", fact_text))
                out.append(Fact(checkpoint=ref, kind="queue", text=fact_text, sentence=sentence, date=article_date))
        counted = _counts_by_post(text, a, b, inside, sentence) if len(refs) > 1 and not listed else None
        for ref, fact_text in counted or ():
            if (ref, "count", fact_text) not in seen:
                seen.add((ref, "count", fact_text))
                out.append(Fact(checkpoint=ref, kind="count", text=fact_text, sentence=sentence, date=article_date))
        own = _capacities_by_post(text, b, inside) if len(refs) > 1 else None
        for ref, fact_text in own or ():
            if (ref, "capacity", fact_text) not in seen:
                seen.add((ref, "capacity", fact_text))
                out.append(Fact(checkpoint=ref, kind="capacity", text=fact_text, sentence=sentence))
        parts = clauses(text, a, b, inside, refs)
        found_in = [_facts_in(p.text, article_date, text[bounds[i - 1][0] : a] if i else "") for p in parts]
        for n in range(len(parts) - 1):  # «…сломался сканер, из-за чего | образовалась очередь» (fact_causes)
            if THEREFORE.search(parts[n].text):
                found_in[n] += [("cause", t, None) for t in reasons_before(parts[n].text, parts[n + 1].text)]
        for n, (clause_refs, clause, turned, set_apart) in enumerate(parts):
            found = found_in[n]
            # whose side the clause speaks of serves only the facts of _SIDE_KINDS: not read for a clause
            # without one (stop 51, ingest114: each reader here is a pure function of its arguments)
            facing = None
            if any(kind in _SIDE_KINDS for kind, _t, _d in found):
                sided = _without_causes(clause, found)
                facing = across_or_ours(clause_refs, _facing, bool) if _OPPOSITE.search(sided) else None
                facing = _other_side(text, inside, sided, clause_refs, facing)
                facing = side_owners(sided, clause_refs, _facing, turned) if facing is None else facing
                facing = side_after_name(sided, clause_refs, _facing) if facing is None else facing
            # set apart only when the posts' own part tells their state (fact_clauses)
            set_apart = set_apart and any(kind == "status" for kind, _t, _d in found_in[n + 1])
            reasons = [t for k, t, _d in found if k == "cause"]
            for kind, fact_text, date in found:
                if (kind == "queue" and listed) or (kind == "capacity" and own) or (kind == "count" and counted):
                    continue  # told post by post above
                owners = facing if facing is not None and kind in _SIDE_KINDS else clause_refs
                if set_apart and kind in _SIDE_KINDS and (kind != "cause" or not _queue_told(found)):
                    continue  # another subject's state, set against the post's own (fact_clauses)
                if kind == "cause":
                    owners = _not_in_reason(text, inside, owners, fact_text)
                elif kind in ("status", "deadline") and reasons:
                    owners = _of_reason(text, inside, owners, fact_text, reasons)
                if kind in _NOT_OFFERED:  # the closure and its works are the replaced post's
                    owners = [r for r in owners if r not in offered]
                if kind in QUEUE_KINDS:  # a crossing's queue is its Kazakh post's (fact_crossings)
                    owners = without_partners(owners, partners)
                # the closure they escape is not theirs; nor is the work as usual they are left out of
                owners = [r for r in owners if r not in spared or (spared[r] is None and not _usual(kind, fact_text))]
                for ref in owners:
                    said = (
                        _with_side(fact_text, ref, clause, turned)
                        if facing is not None and kind in _SIDE_KINDS
                        else fact_text
                    )
                    key = (ref, kind, said)
                    if key not in seen:
                        seen.add(key)
                        out.append(Fact(checkpoint=ref, kind=kind, text=said, sentence=sentence, date=date))
    return out


def _usual(kind: str, fact_text: str) -> bool:
    """Is this the work as usual (a status labelled working)?"""
    return kind == "status" and status_label(fact_text) == "working"


def _tells_work(text: str) -> bool:
    """Does `text` tell the work as usual (the exception's rule, fact_exceptions)?"""
    return any(status_label(t) == "working" for t, _d in _statuses(text, None))


def _tells_closure(text: str) -> bool:
    """Does `text` tell a closure, now or to come (the exception's rule, fact_exceptions)?"""
    return any(status_label(t) in ("closed", "to close") for t, _d in _statuses(text, None))


def _lines(text: str, a: int, b: int, inside: list, seen: set) -> list[Fact]:
    """The rail lines sentence text[a:b] names with a post as one end (store/extract/fact_lines.py),
    as `line` facts of that post, each line once an article."""
    out = []
    raw = text[a:b]
    for start, end, fact_text in line_ends(raw):
        ends = {w[:5].lower() for w in re.findall(r"\w+", raw[start:end])}
        for span in inside:
            within = a + start <= span.start and span.end <= a + end
            # the post named elsewhere in the sentence by the same word as an end («станции Мактаарал …
            # линии «Дарбаза – Мактаарал»»: the finder may not mark a name inside a dash pair)
            same_name = text[span.start : span.end][:5].lower() in ends
            key = ("line", span.ref, fact_text.split("»")[0])
            if (within or same_name) and key not in seen:
                seen.add(key)
                out.append(Fact(checkpoint=span.ref, kind="line", text=fact_text, sentence=" ".join(raw.split())))
    return out


def _without_causes(clause: str, found: list[tuple[str, str, str | None]]) -> str:
    """The clause with its causes blanked out (same length): a neighbour's side told inside a cause
    («Из-за аварии на сопредельной стороне пункт «Шарбакты» приостановил работу», «Шекараның арғы
    бетіндегі апатқа байланысты … жабылды») places the cause, not the post the status is of (fct103)."""
    for kind, cause, _d in found:
        if kind == "cause" and cause and (at := clause.find(cause)) >= 0:
            clause = clause[:at] + " " * len(cause) + clause[at + len(cause) :]
    return clause


def _queue_told(found: list[tuple[str, str, str | None]]) -> bool:
    """True when a clause's facts hold a queue or a count: its reason is theirs («Из-за бурана очередь
    выросла до 300 фур, но КПП «А» работает»), kept where a contrast sets its state apart."""
    return any(kind in QUEUE_KINDS for kind, _t, _d in found)


def _with_side(fact_text: str, ref: str, clause: str, turned: bool = False) -> str:
    """A neighbour's side's fact kept by our post (its two posts facing ours: which one, the story
    does not say) carries the side: «закрыла пропуск (со стороны России)» (facts77)."""
    cp = gazetteer.get(ref)
    if cp is None or cp.foreign:
        return fact_text
    m = _NEIGHBOUR.search(clause)
    side = side_told(clause, turned) or (_facing_country(ref, bool(m and m.group("kk"))) if m else None)
    return f"{fact_text} ({side})" if side else fact_text


def _facing_country(ref: str, kazakh: bool) -> str | None:
    """«со стороны России» («Ресей тарапынан») when the posts facing `ref` are all of one country."""
    countries = {cp.country for f in _facing([ref]) if (cp := gazetteer.get(f))}
    return side_of(countries.pop(), kazakh) if len(countries) == 1 else None


# What a clause told of the other side's post carries over to it: its status, its deadline, and the
# reason told with them (facts73: «…, с китайской стороны переход не работает из-за снегопада» — the
# snow is the Chinese post's reason, not ours). Queues stay the crossing's Kazakh post's (fact_crossings).
_SIDE_KINDS = ("status", "deadline", "cause")


# What a sentence offering other posts says of the post they replace, not of them: «Когда пост
# «Сырым» закрыли на реконструкцию, перевозчикам предложили другие пункты: «Шаган» …».
_NOT_OFFERED = ("status", "deadline", "cause", "funding", "event")


# The closures and works a post offered instead of is told by (a limit too: «движение ограничено»).
_REPLACED_STATES = ("closed", "to close", "under reconstruction", "limited")


def _closed_before(out: list[Fact], named: tuple | None, i: int) -> str | None:
    """The post an offer that names none it replaces is offered instead of: the one an earlier
    sentence closed (a home post first of that sentence's), else the one post of a sentence at
    most three before («На «Бугристое» будут ремонтировать полотно. … предложили другие пункты:
    …»)."""
    closed = [f for f in out if f.kind == "status" and status_label(f.text) in _REPLACED_STATES]
    if closed:
        last = [f.checkpoint for f in closed if f.sentence == closed[-1].sentence]
        home = [r for r in last if (cp := gazetteer.get(r)) and not cp.foreign]
        return (home or last)[0]
    if named and len(named[1]) == 1 and i - named[0] <= 3:
        return named[1][0]
    return None


def _offers(offers: dict[str, str], raw: str, seen: set, before: dict[str, Fact]) -> list[Fact]:
    """«alternative» facts of the posts a sentence offers instead of another
    (store/extract/fact_alternatives.py); a post the sentence before offered too (`before`, when
    this one goes on with that offer) keeps one fact naming both audiences (facts93)."""
    out = []
    for ref, fact_text in offers.items():
        if ref in before and (both := joined(before[ref].text, fact_text)) is not None:
            seen.add((ref, "alternative", both))
            before[ref].text = both
            before[ref].sentence = f"{before[ref].sentence} {' '.join(raw.split())}"
            continue
        if (ref, "alternative", fact_text) not in seen:
            seen.add((ref, "alternative", fact_text))
            out.append(Fact(checkpoint=ref, kind="alternative", text=fact_text, sentence=" ".join(raw.split())))
    return out


def _pairs(text: str, a: int, b: int, inside: list, seen: set, before: list[str], earlier: set[str]) -> list[Fact]:
    """«facing» facts of the foreign posts a sentence names with the Kazakh posts they face
    (store/extract/fact_pairs.py), named in it or in the sentence just before (`before`: «…пункт
    «Сырым». С российской стороны здесь находится пункт «Маштаково»»), and of those Kazakh posts
    when the foreign one is named as their other side or the two as one crossing («переход
    Достык – Алашанькоу», facts90); a foreign post named as the neighbouring one faces a Kazakh
    post named anywhere before (`earlier`: «…у пункта «Сырым» … . Похожая картина и возле
    сопредельного российского пункта «Маштаково»», facts90)."""
    refs = list(dict.fromkeys(s.ref for s in inside))
    out = []
    raw = text[a:b]
    told = neighbouring_across(text, inside, earlier - set(refs) - set(before))
    if len(refs) + len(before) >= 2:
        told = facing_pairs(refs, before) + named_across(text, inside, before) + crossing_pairs(text, inside) + told
    for ref, fact_text in told:
        if (ref, "facing", fact_text) not in seen:
            seen.add((ref, "facing", fact_text))
            out.append(Fact(checkpoint=ref, kind="facing", text=fact_text, sentence=" ".join(raw.split())))
    return out


# A status told of the other side of the posts named: «на «Кольжат» и «Майкапчагай» закрыта
# сопредельная сторона», «с той стороны пункты закрыты», «пункты РК, расположенные напротив
# АПП «Бугристое», работают» (qa41: the neighbour's closure went to the Kazakh posts).
# Kazakh (facts80): «көрші тарапта / тараптан» (on / from the neighbour's side), «шекараның арғы бетінде»
# (across the border); not «көрші тараппен» (with the neighbour: talks, a deal).
_KK_NEIGHBOUR = (
    r"(?<![\w-])көрші\s+(?:тарапта|тарапында|тараптан|тарапынан|тарап(?![\w-])|елде|мемлекетте)"
    r"|шекараның\s+арғы\s+(?:бетінде|бетіндегі|жағында|жағындағы)"
)
_OPPOSITE = opening_with(
    rf"\bсопредельн\w+\s+сторон\w*|\bс\s+(?:той|сопредельной|другой|соседней)\s+стороны|\bнапротив\b|{_KK_NEIGHBOUR}",
    re.IGNORECASE,
    r"кнсш",
)


# «напротив российского МАПП «Маштаково»», «напротив АПП в посёлках Бугристое и Николаевка»:
# the posts named after «напротив» (no bracket between) locate the post the clause speaks
# of; they are not its subject.
# «сопредельный с Казахстаном – пункт пропуска «Таскала»», «с плановым ремонтом сопредельных
# пунктов «Алимбет» и «Сырым»» locate the same way: the posts across from the subject.
_LOCATOR = opening_with(  # behind «н» or «с», the letters its two words open with (stop 51, ingest114)
    r"(?:\bнапротив\b|\bсопредельн\w*\s+(?:с\s+\w+\s+)?(?:[–—-]\s+)?(?:ему\s+|им\s+)?(?:пункт\w*|пост\w*|КПП|погранпереход\w*))"
    r"[^()]{0,70}$",
    re.IGNORECASE,
    "нс",
)
# A post named right after another post's name and «у», «возле», «рядом с» locates it (facts80): «Российский
# пункт пропуска «Маштаково» у «Сырым» закрыт» is Маштаково's closure. Only when the clause names another
# post to be the subject (_other_side): «Очередь у «Сырым»» is Сырым's.
_BESIDE_NAMED = re.compile(
    r"[»\"”]\s+(?:у|возле|около|рядом\s+с)\s+(?:(?:пункт\w*|КПП|пост\w*|М?А?АПП)\s+(?:пропуска\s+)?)?[«\"“]?$",
    re.IGNORECASE,
)
# A home post's name with the neighbour's adjective before the post word: «Китайский пункт
# пропуска со стороны «Бахты» остаётся закрытым» is the Chinese post facing Бахты.
_FOREIGN_POST_WRITTEN = (
    r"(?<![-\w])(китайск|российск|кыргызск|киргизск|узбекск|туркменск)\w*\s+(?:(?!границ|сторон)\w+\s+){0,2}?"
    r"(?:пункт\w*|пост\w*|КПП|погранпереход\w*|погранпункт\w*|автопереход\w*|М?А?АПП(?![\w-]))"
)
# searched behind the country adjective's first letter (stop 51, ingest114)
_FOREIGN_POST = opening_with(_FOREIGN_POST_WRITTEN, re.IGNORECASE, "крту")
# The neighbour told without its country (facts78): «сопредельная сторона», «с той стороны», «российский
# пункт» kept by our post name the side by the posts facing it. Not «напротив»: it locates our post.
_NEIGHBOUR = re.compile(
    rf"\bсопредельн\w+\s+сторон\w*|\bс\s+(?:той|сопредельной|другой|соседней)\s+стороны|(?<!напротив\s){_FOREIGN_POST_WRITTEN}"
    rf"|(?P<kk>{_KK_NEIGHBOUR})",
    re.IGNORECASE,
)


_COUNTRY_OF = {
    "китайск": "Китай",
    "российск": "Россия",
    "кыргызск": "Кыргызстан",
    "киргизск": "Кыргызстан",
    "узбекск": "Узбекистан",
    "туркменск": "Туркменистан",
}


def _other_side(text: str, spans: list, clause: str, refs: list[str], facing: list[str] | None) -> list[str] | None:
    """The posts a status or deadline of this clause belongs to when they are not the ones it
    names (None: the named ones; `facing`: what «сопредельная сторона», «с той стороны»,
    «напротив» gave). Posts named only after «напротив» locate the subject: the others named,
    else the posts facing them. The neighbour's post («китайский пункт») named by a home
    post's name: the neighbour's posts facing it."""
    ends = {s.ref for s in spans if s.ref in refs and _route_end(text, s, spans)}
    routes = {r for r in ends if all(_route_end(text, s, spans) for s in spans if s.ref == r)}
    if routes:
        return [r for r in (facing if facing is not None else refs) if r not in routes]
    locators = {s.ref for s in spans if s.ref in refs and _LOCATOR.search(text[max(0, s.start - 80) : s.start])}
    if locators:
        subjects = [r for r in refs if r not in locators]
        return subjects or _facing(list(locators))
    beside = {s.ref for s in spans if s.ref in refs and _BESIDE_NAMED.search(text, max(0, s.start - 60), s.start)}
    if beside and (subjects := [r for r in refs if r not in beside]):
        return subjects
    if facing is not None:
        return facing
    m = _FOREIGN_POST.search(clause)
    home = [r for r in refs if (cp := gazetteer.get(r)) and not cp.foreign]
    if m and home and len(home) == len(refs):
        country = _COUNTRY_OF[m.group(1).lower()]
        return across_or_ours(home, _facing, lambda f: bool((cp := gazetteer.get(f)) and cp.country == country))
    return None


# A post's name as one end of a rail line or road named by its two ends («проекты «Алтынкол —
# Жетыген»», «проектов Достык – Мойынты, Бахты – Аягоз», «ж/д линии Алтынколь–Жетыген»): the
# other end is a town, not a post. Only inside one pair of quotes or after a word for a line
# or road: «Бахты — Абайская область», «на границе с Китаем — Кольжат», «ЕАЭС - «Тажен»»
# and two posts joined («Нур жолы» – «Хоргос») stay.
_QUOTED_AFTER = re.compile(r"\s*[-–—]\s*([А-ЯЁA-Z][\w-]+)[»\"”]")
_QUOTED_BEFORE = re.compile(r"[«\"“]([А-ЯЁA-Z][\w-]+)\s*[-–—]\s*$")
_BARE_AFTER = re.compile(r"\s*[-–—]\s*([А-ЯЁA-Z][\w-]+)")
_BARE_BEFORE = re.compile(r"([А-ЯЁA-Z][\w-]+)\s*[-–—]\s*$")
_ROUTE_WORD = opening_with(  # behind its words' first letters (stop 51, ingest114)
    r"\b(?:проект|лини|дорог|ветк|трасс|магистрал|коридор|ж/д)\w*", re.IGNORECASE, "вджклмпт"
)


def _route_end(text: str, span, spans: list) -> bool:
    """True when the post named by `span` is one end of a line or road named by its ends."""

    def other_is_post(pos: int) -> bool:
        return any(s.start <= pos < s.end for s in spans)

    lead = text[max(0, span.start - 40) : span.start]
    m = _QUOTED_AFTER.match(text, span.end) or (_ROUTE_WORD.search(lead) and _BARE_AFTER.match(text, span.end))
    if m and not other_is_post(m.start(1)):
        return True
    back = max(0, span.start - 30)
    m = _QUOTED_BEFORE.search(text, back, span.start)
    if not m:
        m = _BARE_BEFORE.search(text, back, span.start)
        m = m if m and _ROUTE_WORD.search(text[max(0, m.start() - 40) : m.start()]) else None
    return bool(m and not other_is_post(m.start(1)))


def _is_foreign(ref: str) -> bool:
    cp = gazetteer.get(ref)
    return cp is not None and cp.foreign


def _faces(ref: str) -> list[str]:
    return _facing([ref])


def _facing(refs: list[str]) -> list[str]:
    """The posts opposite `refs` by the gazetteer (a foreign post's `faces`, the foreign posts
    facing a Kazakh one); none known leaves the fact with no owner rather than a wrong one."""
    out: list[str] = []
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp and cp.foreign:
            out += cp.faces
        else:
            out += [f.id for f in gazetteer.foreign() if ref in f.faces]
    return list(dict.fromkeys(out))
