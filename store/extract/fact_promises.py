"""Throughput promised, told without a figure or with one after a verb of growth: «будет
принимать больше автомашин», «примет больше машин», «пропуск автотранспорта увеличат»,
«пропускную способность планируют увеличить вдвое», «өткізу қабілеті екі есе артады»,
«көбірек көлік қабылдайтын болады».

facts.py read a capacity only as a figure with its period («1 500 грузовиков в сутки»); a
story that promises more passage (a deal with the other side, works ending) told nothing the
board could show. Each phrase keeps its future verb: the text says the capacity is planned,
not measured (the facts' JSON has no field for that). A raise in the past («увеличена с 200
до 800») stays _CAPACITY's. Each function takes one clause already known to name or continue
a post.
"""

from __future__ import annotations

import re

from store.extract.needles import may_hold

# A promise or an intent told by its verb (facts88): «обещает / пообещали / намерены / рассчитывают» + infinitive
_PROMISE = r"(?:по)?обеща(?:ет|ют|л|ла|ли)|намерен[аы]?|рассчитыва(?:ет|ют)|планиру(?:ет|ют)|собира(?:ется|ются)"
_VEHICLES = (
    r"(?:(?:грузов|легков|пассажирск|большегрузн)\w*\s+)?(?:транспортных\s+средств|автомобил\w*|автомашин\w*|машин\w*"
    r"|грузовик\w*|фур\w*|большегруз\w*|автобус\w*|пассажир\w*|вагон\w*|поезд\w*|контейнер\w*|людей|граждан)"
)
# «будет принимать больше автомашин», «сможет пропускать больше фур», «примет больше машин»
_MORE = re.compile(
    rf"(?<![\w-])(?:(?:будет|будут|сможет|смогут|станет|станут|{_PROMISE})\s+(?:[а-яё]+\s+)?"
    r"(?:принимать|пропускать|обслуживать|оформлять)|примет|примут|пропустит|пропустят)\s+"
    rf"(?:(?:ещё|еще|значительно|гораздо|намного|вдвое|втрое)\s+)?больше\s+{_VEHICLES}(?![\w-])",
    re.IGNORECASE,
)
# How much: «вдвое», «в два раза», «на 30%», «до 1 500 грузовиков в сутки» (the figure's own
# capacity is then this one, longer: facts.py keeps the longer phrase).
_HOW_MUCH = (
    r"(?:\s+(?:вдвое|втрое|в\s+(?:два|три|четыре|пять|полтора|\d+(?:[.,]\d+)?)\s+раза?"
    rf"|на\s+\d+(?:[.,]\d+)?\s*%|(?:с\s+\d[\d\s]*(?:[.,]\d+)?\s+)?до\s+\d[\d\s]*(?:[.,]\d+)?\s*(?:тыс\.?|тысяч\w*)?\s+{_VEHICLES}"
    r"(?:\s+(?:в|за)\s+(?:сутки|день|час|год|смену))?))?"
)
_GROW_FUTURE = r"увеличат|увеличится|увеличатся|вырастет|возрастет|возрастёт|повысят|повысится|нарастят|расширят"
_GROW_PLAN = r"увеличить|повысить|нарастить|расширить"
_PASSAGE = (
    r"пропуск(?:\s+(?:авто)?(?:транспорта|автомобилей|машин|грузовиков|фур|пассажиров|людей))?"
    r"|пропускн\w+\s+способност\w*"
)
# noun first: «пропуск автотранспорта увеличат», «пропускная способность … увеличится до …»,
# «пропускную способность планируют увеличить вдвое» (a plan's verb before the infinitive)
_RAISE = re.compile(
    rf"(?<![\w-])(?P<noun>{_PASSAGE})(?![\w-])(?P<gap>(?:\s+[^\s.;:!?]+){{0,5}}?)\s+"
    rf"(?P<verb>(?:{_GROW_FUTURE})|(?:(?:{_PROMISE}|планируется|решено|предстоит)\s+)(?:{_GROW_PLAN}))"
    rf"(?![\w-])(?P<much>{_HOW_MUCH})",
    re.IGNORECASE,
)
# verb first (facts88): «обещает увеличить пропуск вдвое», «намерены увеличить пропускную способность в два раза»
_PROMISED_RAISE = re.compile(
    rf"(?<![\w-])(?P<verb>(?:{_PROMISE})\s+(?:{_GROW_PLAN}))\s+(?P<noun>{_PASSAGE})(?![\w-])(?P<much>{_HOW_MUCH})",
    re.IGNORECASE,
)
_RAISE_NEEDLES = ("пропуск",)
# Every match of _RAISE and _PROMISED_RAISE holds its verb of growth too, one of these: «пропуск» alone
# stands in every sentence naming a «пункт пропуска» (ingest100, issue 15: 2,160 scans of each over 389
# generated texts, _PROMISED_RAISE matched in none).
_GROW_NEEDLES = ("увелич", "вырастет", "возраст", "повыс", "нараст", "расшир")
_MORE_NEEDLES = ("больше",)
# Kazakh: «өткізу қабілеті екі есе артады», «… тәулігіне 5 000 көлікке дейін артады»; the
# words between say how much (no quotes: a name there is another sentence's part).
_KK_RAISE = re.compile(
    r"(?<![\w-])өткізу\s+қабілет(?:і|ін)(?:\s+[^\s.;:!?«»\"]+){0,5}?\s+"
    r"(?:артады|арттырылады|арттырады|ұлғаяды|ұлғайтылады|өседі|артпақ|жетеді|жеткізіледі"
    r"|(?:арттыруға|ұлғайтуға|көбейтуге)\s+уәде\s+(?:берді|береді|етті)|арттырмақ|ұлғайтпақ|көбейтпек|көбейтеді)(?![\w-])",
    re.IGNORECASE,
)
_KK_MORE = re.compile(
    r"(?<![\w-])көбірек\s+(?:[^\s.;:!?]+\s+)?(?:автокөлі\w*|көлі\w*|фура\w*|жолаушы\w*|адам\w*|пойыз\w*|вагон\w*)\s+"
    r"(?:қабылдай\w*|өткіз\w*)(?:\s+болады)?",
    re.IGNORECASE,
)
_KK_NEEDLES = ("өткізу", "көбірек")

# facts89: a figure a post will pass, told with its verb of the future: «сможет пропускать до 1 200
# грузовиков в сутки», «будет обслуживать до 30 тысяч человек в сутки», Kazakh after the works
# «жаңғыртудан кейін тәулігіне 3 000 көлік өткізе алады». Measured and promised figures were one
# sort on the board: the figure alone («до 1 200 грузовиков в сутки») read as what the post passes
# now. The verb stays in the fact's words, so store/db/capacity_sorts.py names it `planned`. A
# present ability («могу пропускать в день 96 машин», «рассчитан на 1 200 машин в сутки») is measured.
_PERIOD = r"(?:в|за)\s+(?:сутки|день|час|год|смену)"
_FIGURE = r"\d[\d\s]*(?:[.,]\d+)?(?:\s*(?:тысяч\w*|тыс\.?))?"
_WILL_PASS = re.compile(
    r"(?<![\w-])(?:смо(?:жет|гут)|будет|будут)\s+(?:[а-яё]+\s+){0,2}?"
    r"(?:пропускать|пропустить|обслуживать|обслужить|принимать|принять|оформлять|оформить)\s+"
    rf"(?:{_PERIOD}\s+)?(?:(?:до|более|свыше|не\s+менее|около)\s+)?(?<!\d){_FIGURE}\s+(?:{_VEHICLES}|человек)(?:\s+{_PERIOD})?",
    re.IGNORECASE,
)
_WILL_NEEDLES = ("смож", "смогут", "будет", "будут")
# Kazakh: the works first («жаңғыртудан кейін», «қайта құрылғаннан кейін», «жөндеуден соң»), then
# the figure and a verb of passing with its ability or future («өткізе алады», «өткізетін болады»)
_KK_WORKS_AFTER = (
    r"(?:жаңғырт\w*|қайта\s+құр\w*|жөнде\w*|реконструкция\w*|модернизация\w*|құрылыс\w*|аяқтал\w*)\s+(?:кейін|соң)"
)
_KK_WILL_PASS = re.compile(
    rf"(?<![\w-])(?P<after>{_KK_WORKS_AFTER})(?:\s+[^\s.;:!?«»\"]+){{0,3}}?\s+(?P<said>(?:тәулігіне|күніне|сағатына|жылына)\s+"
    r"\d[\d\s]*(?:[.,]\d+)?(?:\s*мың)?\s+(?:автокөлі\w*|көлі\w*|(?:жүк|жеңіл)\s+көлі\w*|фура\w*|адам\w*|жолаушы\w*|вагон\w*|пойыз\w*)"
    r"(?:\s+дейін)?\s+(?:өткізе|қабылдай|өткізетін|қабылдайтын)\s+(?:алады|болады|алатын\s+болады))",
    re.IGNORECASE,
)
_KK_WILL_NEEDLES = ("кейін", "соң")


def promised_figures(clause: str) -> list[str]:
    """The figures the clause says a post will pass, each with its verb of the future («сможет
    пропускать до 1 200 грузовиков в сутки», «жаңғыртудан кейін тәулігіне 3 000 көлік өткізе алады»)."""
    found = []
    if may_hold(clause, _WILL_NEEDLES):
        found += [" ".join(m.group().split()) for m in _WILL_PASS.finditer(clause)]
    if may_hold(clause, _KK_WILL_NEEDLES):
        found += [" ".join(f"{m.group('after')} {m.group('said')}".split()) for m in _KK_WILL_PASS.finditer(clause)]
    return found


def promised(clause: str) -> list[str]:
    """The throughput the clause promises («будет принимать больше автомашин», «пропуск
    увеличат», «өткізу қабілеті екі есе артады»), each as the text says it."""
    found = []
    if may_hold(clause, _MORE_NEEDLES):
        found += [" ".join(m.group().split()) for m in _MORE.finditer(clause)]
    if may_hold(clause, _RAISE_NEEDLES) and may_hold(clause, _GROW_NEEDLES):
        found += [_raise_said(m) for m in _RAISE.finditer(clause)]
        found += [_raise_said(m, verb_first=True) for m in _PROMISED_RAISE.finditer(clause)]
    if may_hold(clause, _KK_NEEDLES):
        found += [" ".join(m.group().split()) for m in _KK_RAISE.finditer(clause)]
        found += [" ".join(m.group().split()) for m in _KK_MORE.finditer(clause)]
    return found


def _raise_said(m: re.Match, verb_first: bool = False) -> str:
    """«пропуск увеличат», «пропускная способность увеличится до 1 500 грузовиков в сутки»: the
    noun, the verb and how much; the words between (a post's name, «через», «КПП») left out.
    `verb_first`: told in the text's order («обещает увеличить пропуск вдвое»)."""
    first, second = ("verb", "noun") if verb_first else ("noun", "verb")
    return " ".join(f"{m.group(first)} {m.group(second)}{m.group('much')}".split())
