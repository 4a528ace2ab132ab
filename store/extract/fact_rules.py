"""Rules of passage at a post: who or what may cross, on what terms, how much may be carried.

A story about a post often says what its rules are rather than what state it is in: «пересекать
границу разрешено лишь на транспорте со специальным разрешением», «пассажир вправе провезти до
25 килограммов груза раз в месяц», «ввоз скота запрещён», «работает только для грузового
транспорта», Kazakh «тек шекара маңындағы тұрғындар үшін ашық», «жаяу өтуге рұқсат етілмейді»,
«жүк көліктеріне шектеу жоқ». None of these is a status (open, closed, limited), so they were
lost, above all when told in the sentence after the one naming the post (facts81's shape E).

A rule is read only where a word of passage stands in it (crossing, entry, exit, carrying, letting
through, Kazakh өту, кіру, өткізу, тасымал): «в магазине можно купить не более двух упаковок»,
«курить запрещено», «телефон пайдалануға рұқсат етілмейді» are no rules of a post (facts85).
"""

from __future__ import annotations

import re

from store.extract.needles import folded
from store.lang import gazetteer
from store.lang.country_words import DEFAULT_COUNTRY, country_of_word

# A sentence holds one of these when it may tell a rule (a look before the patterns run)
RULE_NEEDLES = (
    "только",
    "лишь",
    "исключительно",
    "запрещ",
    "не допуска",
    "провез",
    "ввез",
    "вывез",
    "провоз",
    "ввоз",
    "вывоз",
)
RULE_NEEDLES_KK = ("рұқсат", "тыйым", "шектеу", "тек ")

# Words of passage: letting through, entry and exit, crossing, carrying (Russian)
_PASSAGE = (
    r"(?:пропуска(?:ют|ет|ется|ются)|пропуск\w*|въезд\w*|выезд\w*|проезд\w*|проход\w*|провоз\w*|ввоз\w*|вывоз\w*"
    r"|пересека\w*|пересечь|провезти|ввезти|вывезти|перевезти|въезжа\w*|выезжа\w*|проезжа\w*|проходит\w*"
    r"|принима(?:ют|ет|ется|ются))"
)
# A post said open or working for someone only: «работает только для грузового транспорта»
_OPEN_FOR = r"(?:работа(?:ет|ют)|открыт[аоы]?)"
_ONLY = r"(?:только|лишь|исключительно)"
_ALLOWED = r"(?:разреш[её]н[аоы]?|разрешается|разрешают|можно|вправе|может|могут|допуска(?:ется|ются|ют))"
_TAIL = r"[^.;:!?,()«»\"]{1,100}"
# A few words between the passage word and the rule's «только»: no name in quotes (a post's own
# «пункт пропуска «А»» is no word of passage), no clause end
_GAP = r"(?:[^\s.;:!?,«»\"]+\s+){0,4}?"
_UNITS = r"(?:кг\b|килограмм\w*|литр\w*|тонн\w*|доллар\w*|евро\b|штук\w*|единиц\w*|пачк\w*|блок\w*)"
_FIGURE = r"(?:\d[\d\s]*(?:[.,]\d+)?|[а-яё]+)"
_NEG_BEFORE = r"(?<![\w-])"

_RU_RULES = re.compile(
    # only some may pass: «грузовики пропускают только по специальным разрешениям», «разрешено лишь на
    # транспорте со специальным разрешением», «разрешён проезд только автобусов», «проход … открыт только
    # для жителей», «работает только для грузового транспорта»
    rf"{_NEG_BEFORE}(?:{_PASSAGE}|{_ALLOWED})\s+{_GAP}{_ONLY}\s+{_TAIL}"
    # open or working «только для» someone (not «работают только две» lanes, «работает только досмотровая группа»)
    rf"|{_NEG_BEFORE}{_OPEN_FOR}\s+{_GAP}{_ONLY}\s+для\s+{_TAIL}"
    # what is forbidden: «въезд иностранных грузовиков запрещён», «ввоз скота запрещён», «запрещён ввоз мяса»
    rf"|{_NEG_BEFORE}{_PASSAGE}\s+{_GAP}(?:запрещ[её]н[аоы]?|запрещается|не\s+допуска(?:ется|ются))(?![\w-])"
    rf"|{_NEG_BEFORE}(?:запрещ[её]н[аоы]?|запрещается|не\s+допуска(?:ется|ются))\s+{_PASSAGE}(?:\s+[^\s.;:!?,]+){{0,3}}"
    # how much may be carried: «вправе провезти до 25 килограммов груза раз в месяц», «не более 50 кг багажа»
    rf"|{_NEG_BEFORE}{_PASSAGE}\s+{_GAP}(?:до|не\s+более|не\s+больше|не\s+свыше)\s+{_FIGURE}\s*{_UNITS}[^.;:!?,()]{{0,40}}",
    re.IGNORECASE,
)

# Kazakh: «тек … үшін (ашық)», «тек жолаушылар ғана өте алады», «жаяу өтуге рұқсат етілмейді»,
# «өтуіне тыйым салынды», «жүк көліктеріне шектеу жоқ»
_KK_PASSAGE = r"(?:өт|кір|шығ|өткіз|тасымал|әкел|әкет)\w*"
_KK_WORD = r"[^\s.;:!?,]+"
# Who may not pass, told before the passage word: «жаяу өтуге», «жеңіл көліктердің өтуіне» (not the post)
_KK_WHO = r"(?:(?!бекет|пункт|өткізу|арқылы)[^\s.;:!?,«»\"]+\s+){0,2}"
_KK_RULES = re.compile(
    rf"(?<![\w-])тек\s+(?:{_KK_WORD}\s+){{0,4}}?үшін(?:\s+(?:ашық|жұмыс\s+істейді|ғана))?"
    rf"|(?<![\w-])тек\s+(?:{_KK_WORD}\s+){{0,3}}?(?:ғана\s+)?(?:өте|кіре|шыға)\s+(?:алады|береді)"
    rf"|(?<![\w-]){_KK_WHO}{_KK_PASSAGE}\s+(?:{_KK_WORD}\s+)?(?:рұқсат\s+(?:етілмейді|етіледі|берілмейді|берілді)|тыйым\s+салын\w+)"
    rf"|(?<![\w-])(?:(?:жүк|жеңіл)\s+)?(?:көлік\w*|фура\w*|автобус\w*|жолаушы\w*)\s+шектеу\s+жоқ"
    rf"|(?<![\w-])шектеу\s+тек\s+{_KK_WORD}(?:\s+{_KK_WORD})?(?:\s+қатысты)?",
    re.IGNORECASE,
)


# A regime of passage for the border zone's residents (facts89): «упрощённый въезд в Туркменистан для
# жителей Мангыстауской области приостановлен до 27 сентября», «безвизовый режим для жителей
# приграничных районов продлён», «жители области въезжают … без виз до пяти суток», Kazakh «шекара
# маңындағы тұрғындар үшін жеңілдетілген режим тоқтатылды». Its «приостановлен» is the regime's, not
# the post's: the post is not closed (REGIME_RX is what facts.py leaves out of the status verbs).
_REGIME_NOUN = r"(?:въезд|выезд|режим|порядок|пересечени|проезд|пропуск|переход)\w*"
_RESIDENTS = r"(?:жител|резидент|населени|приграничь)\w*"
_REGIME_VERB = (
    r"(?:приостановлен|отмен[её]н|возобновл[её]н|восстановлен|введ[её]н|продл[её]н|сохран[её]н|упрощ[её]н|ограничен)\w*"
    r"|(?:приостановил|отменил|возобновил|ввел|ввёл|продлил)\w*|действует|сохраняется|прекращ[её]н\w*"
)
REGIME_RX = re.compile(
    # «упрощённый въезд … для жителей … приостановлен (до 27 сентября)»
    rf"(?<![\w-])(?:упрощ[её]нн\w+|безвизов\w+|льготн\w+|облегч[её]нн\w+|особ\w+)\s+{_REGIME_NOUN}"
    rf"[^.;:!?]{{0,80}}?\s+для\s+{_RESIDENTS}[^.;:!?]{{0,80}}?\s+(?:{_REGIME_VERB})(?![\w-])"
    r"(?:\s+до\s+\d{1,2}\s+[а-яё]+)?"
    # «жители … въезжают … без виз до пяти суток»
    rf"|(?<![\w-])(?:жител|резидент|(?:казахстанц|граждан)\w*,?\s+котор\w+\s+(?:постоянно\s+)?(?:живут|проживают))\w*[^.;:!?]{{0,120}}?\s+(?:въезжа|выезжа|пересека|находят)\w*[^.;:!?]{{0,80}}?"
    r"\s+без\s+виз\w*(?:\s+до\s+[а-яё\d]+\s+(?:суток|дней|дня|день))?"
    # Kazakh: «… тұрғындар үшін жеңілдетілген (кіру) режимі тоқтатылды»
    r"|(?<![\w-])тұрғындар\w*\s+үшін\s+(?:[^\s.;:!?«»\"]+\s+){0,3}?(?:режим|тәртіп|кіру|өту)\w*\s+"
    r"(?:уақытша\s+)?(?:тоқтатыл|қалпына\s+келтіріл|енгізіл|ұзартыл|жойыл)\w*",
    re.IGNORECASE,
)
REGIME_NEEDLES = ("жител", "резидент", "населени", "тұрғын", "живут", "проживают")


def residents_regimes(sentence: str) -> list[str]:
    """The border zone residents' regimes of passage a sentence states («упрощённый въезд … для жителей
    … приостановлен до 27 сентября»), each once; [] when it names no residents."""
    low = sentence.lower()
    if not any(w in low for w in REGIME_NEEDLES):
        return []
    return list(dict.fromkeys(" ".join(m.group().split()) for m in REGIME_RX.finditer(sentence)))


# the kinds of post people cross with their own cars or on foot: a residents' regime is theirs
_PEOPLE_KINDS = ("road", "passenger", "mixed")


def lead_regime_owners(regime_sentence: str, refs: list[str], adjacent: bool) -> list[str]:
    """The posts a residents' regime told before the article names any post (its lead: «Упрощённый
    въезд в Туркменистан для жителей Мангыстауской области приостановлен …», the post named
    paragraphs later) belongs to, of `refs`, the posts of the first sentence that names posts
    (facts90): our posts people cross by car or on foot (a rail post, «железнодорожный таможенный
    пост «Болашак»», carries trains) on the border of the neighbour the regime names; when it names
    none, those of the very next sentence only (`adjacent`), else none: a regime of some other
    border stays no post's."""
    countries = {c for w in re.findall(r"\w+", regime_sentence.lower()) if (c := country_of_word(w))} - {
        DEFAULT_COUNTRY
    }
    if not countries and not adjacent:
        return []
    out = []
    for ref in refs:
        cp = gazetteer.get(ref)
        if cp is None or cp.foreign or cp.kind not in _PEOPLE_KINDS:
            continue
        if not countries or cp.border in countries:
            out.append(ref)
    return out


def passage_rules(sentence: str) -> list[str]:
    """The rules of passage a sentence states, as phrases («разрешено лишь на транспорте со
    специальным разрешением», «тек шекара маңындағы тұрғындар үшін ашық»), each once."""
    low = folded(sentence)  # «не допуска», «тек »: the patterns part the words on any \s+ (gate76)
    found = []
    if any(w in low for w in RULE_NEEDLES):
        found += [m.group().strip() for m in _RU_RULES.finditer(sentence)]
    if any(w in low for w in RULE_NEEDLES_KK):
        found += [m.group().strip() for m in _KK_RULES.finditer(sentence)]
    regimes = residents_regimes(sentence)
    found = [f for f in found if not any(f in r for r in regimes)] + regimes
    return list(dict.fromkeys(found))


def beside_statuses(sentence: str, rules: list[str], statuses: list[str]) -> list[str]:
    """The rules a status of the same sentence does not already say: a rule whose words in the
    sentence overlap a status phrase («пропускают только грузовики», read as `limited`) is that status."""
    taken = [(at, at + len(s)) for s in statuses if (at := sentence.find(s)) >= 0]
    out = []
    for rule in rules:
        at = sentence.find(rule)
        if not any(at < end and start < at + len(rule) for start, end in taken):
            out.append(rule)
    return out
