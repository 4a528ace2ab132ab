"""Why a post closed, queues or is limited, and for how long it closes.

A user opens a checkpoint to learn why it closed: «закрыт … из-за праздников в КНР»,
«приостановили в связи с сильным бураном», «Причина — рост потока», «Лимит связан с ремонтом»,
«кептеліс ауа райының қолайсыз болуына байланысты», «жабылудың себебі – …». facts.py kept the
closure and dropped its reason and its period («с 5 по 7 мая», «16 ақпан мен 1 наурыз
аралығында», «төрт айға»). `causes` gives the reason as the text says it, only where the
sentence speaks of a closure, a queue, a limit or a stop (a reason of anything else is not the
post's); `closure_period` gives the period a closure phrase is told with.
"""

from __future__ import annotations

import re

from store.extract.needles import may_hold

# What a reason explains: a closure, a stop, a queue, a limit, a detour, a flow grown (and the
# Kazakh words).
_STATE = re.compile(
    r"закры\w*|закро\w*|приостан\w*|прекра\w*|не\s+работа\w*|не\s+будут?\s+работать|очеред\w*|скоплен\w*|скопил\w*"
    r"|затор\w*|пробк\w*|простаива\w*|ожидани\w*|огранич\w*|лимит\w*|квот\w*|перенаправ\w*|график\w*|режим\w*"
    r"|поток\w*|загруж\w*|жабыл\w*|жабық\w*|кезек\w*|кептеліс\w*|шектеу\w*|шектел\w*|тоқтат\w*|тоқтады"
    # a post that does not work (facts61): «жұмыс істемейді, себебі …»
    r"|істемей\w*"
    # a detour, a delay, a hindrance (facts65): «Из-за ремонта дороги к пункту «Кордай» водители
    # едут в объезд», «поезда идут с задержкой», «движение затруднено»
    r"|объезд\w*|задерж\w*|затрудн\w*"
    # traffic stopped (fct104): «… пункт «Тобол» остановил пропуск грузовиков»
    r"|останов\w*",
    re.IGNORECASE,
)
_STATE_NEEDLES = (
    *("закры", "закро", "приостан", "прекра", "работа", "очеред", "скоплен", "скопил", "затор", "пробк"),
    *("простаива", "ожидани", "огранич", "лимит", "квот", "перенаправ", "график", "режим", "поток", "загруж"),
    *("жабыл", "жабық", "кезек", "кептеліс", "шектеу", "шектел", "тоқтат", "тоқтады", "істемей"),
    *("объезд", "задерж", "затрудн", "останов"),
)
_WORDS = r"[^,.;:!?()«»\"“”]{3,90}?"
# A reason is a noun phrase: it ends before a verb of the clause («Из-за ремонта движение может
# быть затруднено»: the reason is «ремонта», not the rest) or at its clause's end (no count of words: facts78).
_VERBISH = re.compile(
    r"\s(?:может|могут|будет|будут|был[аои]?|стал[аои]?|\w+(?:ется|ются|ится|ятся|ался|алась|алось|ались|ено|ена|ены|ан[аоы]?)"
    # a flow or a queue grown (facts84: «Из-за ремонта весов очередь выросла» kept «очередь выросла» as the reason's)
    r"|вырос(?:л[аои])?|возрос(?:л[аои])?|раст[её]т|растут|\w+ил(?:ся|ась|ось|ись)|упал[аои]?|подскочил[аои]?)(?![\w-])",
    re.IGNORECASE,
)
# A reason ends before the way to the post it is told with (facts65): «Из-за ремонта дороги к
# пункту «Кордай»» is «Из-за ремонта дороги», «из-за ремонта моста движение через пункт» is
# «из-за ремонта моста»; «Из-за тумана пропуск через пост «А»» is «Из-за тумана» (facts77).
_TO_THE_POST = re.compile(
    r"\s(?:(?:движени[ея]|пропуск|поезд[а]?|составы|фуры|грузовики|водители|транспорт)\s+)?(?:к|на|у|через|перед|возле|около)\s+"
    r"(?:пункт\w*|кпп|погранпереход\w*|пограничн\w+\s+переход\w*|погранпост\w*|пост(?:а|у|ом|е)?)(?![\w-])",
    re.IGNORECASE,
)
_MARKER = re.compile(r"причин\w*\s*(?:[—–:-]|стал[аио]?|является|в\s+том,?\s+что)?", re.IGNORECASE)
# «и» between two adjectives joins them (facts79): «на пограничный и таможенный контроль» is one reason.
_ADJ = r"(?:ый|ий|ой|ая|ое|ые|ых)"
# Nor between two words in the instrumental a «в связи с» governs (facts80): «в связи с ремонтом и заменой
# оборудования», «с бураном и гололёдом».
_INSTR = r"(?:ом|ем|ой|ей|ью|ами|ями|ыми|ими)"
_AND = (
    rf"(?<!{_ADJ})(?<!ом)(?<!ем)(?<!ей)(?<!ью)(?<!ми)\sи\s"
    rf"|(?<={_ADJ})\sи\s(?!\w+{_ADJ}\s)|(?<!{_ADJ})\sи\s(?!\w+{_INSTR}(?![\w-]))"
)
_STOP = rf"(?=\s*(?:[,.;:!?()«»\"“”]|$|\s(?:а|но|однако|поэтому|чтобы)\s|{_AND}))"
# A post named as the place inside a «тем, что» reason: «на КПП «А»», «на пункте пропуска «Б»»
_PLACE_POST = r"(?<=\s)(?:КПП|пункте(?:\s+пропуска)?|посту|погранпосту|переходе)\s+[«\"“][^«»\"“”\n]{1,40}[»\"”]"
_RU_CAUSE = re.compile(
    # «вызвана тем, что на сопредельной территории, на КПП «X», строят дорогу»: to the sentence's end
    rf"(?<![\w-])вызван[аоы]?\s+тем,?\s+что\s+[^.;!?]{{3,200}}?(?=[.;!?]|$)|"
    # «В связи с тем, что на посту сломался сканер, …», «Из-за того, что на трассе гололёд, …» (facts84): the
    # clause whole, to its comma; a post in quotes only as the place («на КПП «А» сломался сканер»), not as the
    # clause's subject («В связи с тем, что «А» не работает, фуры идут через «Б»»: its own state, facts64)
    rf"(?<![\w-])(?:в\s+связи\s+с\s+тем|из-за\s+того|по\s+причине\s+того|ввиду\s+того),?\s+что\s+"
    rf"(?:{_PLACE_POST}|[^,.;:!?()«»\"“”]){{3,120}}?(?=\s*(?:[,.;:!?()]|$))|"
    rf"(?<![\w-])(?:из-за|в\s+связи\s+с|по\s+причине|ввиду|вследствие|по\s+случаю|связан[аоы]?\s+с|вызван[аоы]?(?:\s+тем,?\s+что)?)"
    # «в связи с тем, что …», «из-за того, что …» open a clause, no noun of a reason (facts64)
    rf"\s+(?!(?:тем|того)\s*,?\s*(?:что|как)(?![\w-]))(?!(?:чего|чем)(?![\w-])){_WORDS}{_STOP}"
    rf"|(?<![\w-])причин(?:а|ой|ы)\s*(?:[—–:-]|стал[аио]?|является|в\s+том,?\s+что)\s*{_WORDS}{_STOP}",
    re.IGNORECASE,
)
# Kazakh: the reason goes before «байланысты» / «себебінен» / «салдарынан» (the words back to
# a stop, a quote or a post word, at most four); «себебі – …» after.
# «тойлайтындықтан», «күшінде болғандықтан»: a verb's «because» form is the reason's last word.
_KK_AFTER = re.compile(
    r"(?:байланысты|себепті|себебінен|салдарынан)(?![\w-])|(?<=[а-яәғқңөұүһі])(?:дықтан|діктен|тықтан|тіктен)(?![\w-])",
    re.IGNORECASE,
)
# A quoted name is one word of a Kazakh reason (facts63: «себебі «Болашақ» стансасында жөндеу
# жүріп жатыр» was cut to a bare «себебі» at the quote, «"ҚТЖ" жөндеуіне байланысты» to «жөндеуіне»).
_QUOTED = r"[«\"“][^«»\"“”\n]{1,40}[»\"”]"
_KK_BEFORE = re.compile(rf"(?:(?:{_QUOTED}|[^\s,.;:!?()«»\"“”]+)\s+){{1,4}}$")
# (facts80: not «бақылауды», «шекаралық»: an object or a qualifier of the reason, read as «бақылау», «шекара»)
_KK_NOT_REASON = re.compile(
    r"^(?:[«\"“][^«»\"“”\n]{1,40}[»\"”]\s+(?=(?:бекет|пункт|өткізу)\w*\s))?(?:бекет|пункт|өткізу|бақылау|шекара)"
    r"(?!ды|ны|лық)\w*\s+",
    re.IGNORECASE,
)
# The post named before its reason, its name first (fct102): «Қорғас бекеті қатты боранға байланысты», «Жібек жолы
# бекеті жөндеу …» (read back four words: «жолы бекеті жөндеу …») — the name and the post word are the subject, not
# the reason. Only the subject's forms: «бекетіндегі жөндеуге» (repairs at the post) keeps its place.
_KK_POST_FIRST = re.compile(r"^(?:\S+\s+){1,3}?(?:бекеті|бекеттері|пункті|пункттері)\s+", re.IGNORECASE)
# Two qualifiers joined by «және» / «мен» right before the words read are the reason's too (facts80: «шекаралық
# және кедендік бақылауды бір терезеге көшіруге байланысты» was cut to «бір терезеге көшіруге …»)
_KK_WORD = r"[^\s,.;:!?()«»\"“”]+\s+"
_KK_AND = r"(?:және|мен|пен|бен)\s+"
_KK_JOINED = re.compile(rf"{_KK_WORD}{_KK_AND}{_KK_WORD}$", re.IGNORECASE)
_KK_ONE_BEFORE = re.compile(rf"{_KK_WORD}$", re.IGNORECASE)
_KK_AND_FIRST = re.compile(_KK_AND, re.IGNORECASE)
# «жабық болғандықтан», «жабылғандықтан» (since it is closed) give the closure, no reason for it
# (facts64): the status says it.
_KK_JUST_CLOSED = re.compile(r"(?:жабық\s+болғандықтан|жабылғандықтан)", re.IGNORECASE)
_KK_WORDS = rf"(?:{_QUOTED}|[^,.;:!?()«»\"“”]){{3,120}}?"
_KK_STOP = r"(?=\s*(?:[,.;:!?()]|$|\s(?:бірақ|алайда|сондықтан)\s))"
_KK_CAUSE = re.compile(rf"(?<![\w-])себебі\s*[—–:-]?\s*{_KK_WORDS}{_KK_STOP}", re.IGNORECASE)
_CAUSE_NEEDLES = (
    *("из-за", "связи", "причин", "ввиду", "вследствие", "случаю", "связан", "вызван"),
    *("байланысты", "себеп", "себеб", "салдарынан", "дықтан", "діктен", "тықтан", "тіктен"),
)


# A reason told before its consequence (facts91): «…обнаружили высокий уровень грунтовых вод, из-за чего
# проектно-сметную документацию пришлось корректировать», «На посту сломался сканер, в связи с чем образовалась
# очередь». The consequence may be a closure, a queue or a limit (`_STATE`) or the works held up (`_DELAY`).
THEREFORE = re.compile(
    r",\s*(?:из-за\s+чего|в\s+связи\s+с\s+чем|по\s+причине\s+чего|вследствие\s+чего|ввиду\s+чего)(?![\w-])",
    re.IGNORECASE,
)
_DELAY = re.compile(
    r"корректир\w*|перенес\w*|перенос\w*|отлож\w*|сдвину\w*|сдвинул\w*|затяну\w*|затягива\w*|сорва\w*"
    r"|пересматрива\w*|пересмотр\w*|задерж\w*|не\s+успе\w*|останов\w*|замороз\w*",
    re.IGNORECASE,
)
# The verb the reason is the object or subject of, read back from the mark: a past or present form
# («обнаружили», «выявили», «произошёл сбой», «поднялся уровень воды»)
_CLAUSE_VERB = re.compile(
    r"(?<![\w-])\w{3,}(?:или|ыли|ели|али|ился|илась|илось|ились|ался|алась|алось|ались|ёл|ел|ил|ал|ла|ет|ют|ут|ят|ит)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Where the clause before the mark begins
_CLAUSE_START = re.compile(r"[.;:!?]|,\s+(?:а|но|однако|и)\s|^\W*(?:однако|но|при\s+этом|также)\s", re.IGNORECASE)


# The place the reason was found at, before it («обнаружили на участке пункта пропуска высокий уровень …»):
# the post's, not the reason's words
_PLACE_FIRST = re.compile(
    r"^(?:на|в|во|у|при|около|возле)\s+(?:(?:участк|территори|пункт|пропуск|кпп|пост|объект|станци|границ|мост"
    r"|погранпереход|переход)\w*\s+|[«\"“][^«»\"“”]+[»\"”]\s+)+",
    re.IGNORECASE,
)


def reasons_before(clause: str, after: str = "") -> list[str]:
    """Reasons told before their consequence («…высокий уровень грунтовых вод, из-за чего … пришлось
    корректировать»): the words after the clause's verb, when the consequence (the clause's rest, or
    `after`, the next part, when the clause ends with the mark: fact_clauses cuts there) is a closure, a
    queue, a limit or works held up."""
    out = []
    for m in THEREFORE.finditer(clause):
        then = clause[m.end() :] if clause[m.end() :].strip(" .,;") else after
        then = then[: (e.start() if (e := re.search(r"[.;!?]", then)) else len(then))]
        if not (_STATE.search(then) or _DELAY.search(then)):
            continue
        start = max((c.end() for c in _CLAUSE_START.finditer(clause, 0, m.start())), default=0)
        told = clause[start : m.start()]
        verbs = [v for v in _CLAUSE_VERB.finditer(told) if not v.group()[:1].isupper()]
        # a verb told of the reason as its subject stays with it («сломался весовой сканер», «прошёл сильный
        # снегопад»); a plural one, someone's doing, does not («строители обнаружили … грунтовых вод»)
        keep = verbs and not re.search(r"(?:ли|ут|ют|ят)$", verbs[-1].group(), re.IGNORECASE)
        reason = told[(verbs[-1].start() if keep else verbs[-1].end()) :] if verbs else told
        words = _PLACE_FIRST.sub("", reason.strip()).split()
        if 2 <= len(words) <= 12:
            out.append(" ".join(words).strip(" ,.;:–—-"))
    return out


def causes(clause: str, sentence: str) -> list[str]:
    """The reasons `clause` gives for a closure, stop, queue or limit its `sentence` speaks of."""
    told = explained(clause, sentence)
    if not may_hold(clause, _CAUSE_NEEDLES):
        return told
    before = told + (reasons_before(clause) if THEREFORE.search(clause) else [])
    if not may_hold(sentence, _STATE_NEEDLES):
        return before
    if not _STATE.search(sentence):
        return before
    # Russian verb endings cut only a Russian reason: in Kazakh «-ан» ends nouns too («себебі –
    # Өзбекстан жағындағы …» read «себебі», qa61's store, facts62)
    found = [_noun_phrase(m.group(), _opens(clause, m.start())) for m in _RU_CAUSE.finditer(clause)]
    found += [m.group() for m in _KK_CAUSE.finditer(clause)] + _kk_reasons(clause)
    return before + [" ".join(t.split()).strip(" ,.;:–—-") for t in found]


def _opens(clause: str, start: int) -> bool:
    """Does the reason open its clause, so that a post named next in it is the clause's subject?"""
    return not clause[:start].strip(' \t\n«"“-–—•*')


# A post named after a reason that opens the sentence is the subject the reason is told of (facts79):
# «В связи с ремонтом весовой КПП «А» закрыт», «Из-за снегопада пункт пропуска «Б» не работает». Not
# after a word of the post's own state or works: «Из-за закрытия КПП «А» очередь на «Б» выросла».
# The reason stops at the name's quote, so the post word is its last.
_SUBJECT_POST = re.compile(
    r"\s(?:КПП|пункт\s+пропуска|пункт|пост|погранпост|погранпереход|пограничный\s+переход)\s*$",
    re.IGNORECASE,
)
_OF_THE_POST = re.compile(
    r"(?<![\w-])(?:закрыти|открыти|приостановк|остановк|работ|загруженност|перегруженност|блокировк|модернизаци"
    r"|реконструкци|ремонт|строительств|перенос|переезд|очеред|простоя?)\w*$",
    re.IGNORECASE,
)


def _before_subject_post(reason: str) -> str:
    """An opening reason up to the post its sentence goes on about (`_SUBJECT_POST`)."""
    post = _SUBJECT_POST.search(reason)
    if not post or _OF_THE_POST.search(reason[: post.start()]):
        return reason
    return reason[: post.start()]


# A reason told as a clause of its own, kept whole: «вызвано тем, что …», «в связи с тем, что …» (facts84)
_WHOLE_CLAUSE = re.compile(
    r"вызван\w*\s+тем|(?:в\s+связи\s+с|из-за|по\s+причине|ввиду)\s+(?:тем|того),?\s+что", re.IGNORECASE
)


def _noun_phrase(reason: str, opens: bool = False) -> str:
    """A Russian reason up to its clause's verb, the way to the post or its clause's end (_STOP,
    _WORDS: at most 90 characters), not a count of words: «в связи с усилением контроля на участке
    границы у села» was cut after «участке» at seven words with its marker (facts78); a «тем, что …»
    clause whole."""
    if _WHOLE_CLAUSE.match(reason):
        return reason
    marker = _MARKER.match(reason)
    verb = _clause_verb(reason, max(5, marker.end() if marker else 0))
    reason = _before_subject(reason[: verb.start()]) if verb else reason
    post = _TO_THE_POST.search(reason, max(5, marker.end() if marker else 0))
    reason = reason[: post.start()] if post else reason
    words = (_before_subject_post(reason) if opens else reason).split()
    return " ".join(words)


# What a verb's ending may not be read after (facts77): the reason's marker or a preposition (its noun
# comes next: «из-за бурана», «из-за тумана», «на границе с Узбекистаном»), an adjective in the
# genitive (its noun: «из-за сильного бурана»); a capital is a name's («Казахстана»), not a verb's. The whole
# word (facts84: «грузовиков» was read as its last letter «в», a preposition).
_NOUN_SLOT = re.compile(
    r"(?:из-за|связи|причине|ввиду|вследствие|случаю|связан[аоы]?|с|со|в|во|на|к|ко|у|по|от|до|из|для|без|при|через"
    r"|\w+(?:ого|его|ых|их|[нвкх]ой|[нжш]ей))$",
    re.IGNORECASE,
)


# The subject of the verb a reason was cut at, when it is the state the reason explains (facts84): «Из-за
# снегопада поток машин вырос» — the reason is «Из-за снегопада», the flow is what grew. Nominative forms only
# («из-за роста потока», «из-за скопления фур» keep their words).
_STATE_SUBJECT = re.compile(
    r"\s(?:очередь|очереди|поток|движение|пробка|пробки|затор|заторы|скопление|количество|число|нагрузка|трафик"
    r"|время\s+ожидания)(?:\s+[^\s,]+){0,2}$",
    re.IGNORECASE,
)


def _before_subject(reason: str) -> str:
    """A reason cut at its clause's verb, without the state that verb is told of (`_STATE_SUBJECT`)."""
    subject = _STATE_SUBJECT.search(reason)
    return reason[: subject.start()] if subject and subject.start() > 0 else reason


def _clause_verb(reason: str, start: int) -> re.Match | None:
    """The first word from `start` that ends as a verb and stands where a verb can: not the noun
    a marker, a preposition or an adjective asks for («из-за бурана» is no «-ана» participle)."""
    for verb in _VERBISH.finditer(reason, start):
        word = reason[verb.start() :].split(maxsplit=1)[0]
        before = reason[: verb.start()].split()[-1:]
        if word[:1].isupper() or (before and _NOUN_SLOT.fullmatch(before[0])):
            continue
        return verb
    return None


def _kk_reasons(clause: str) -> list[str]:
    """Kazakh reasons told before their word: «Қытайдағы мерекеге байланысты»."""
    out = []
    for m in _KK_AFTER.finditer(clause):
        start = m.start()
        while start > 0 and not clause[start - 1].isspace():  # a suffix: back to its word's start
            start -= 1
        before = _KK_BEFORE.search(clause, max(0, start - 120), start)
        words = before.group() if before else ""
        words = _joined_before(clause, before.start(), words) if before else words
        while _KK_NOT_REASON.match(words):
            words = _KK_NOT_REASON.sub("", words, count=1)
        words = _KK_POST_FIRST.sub("", words, count=1)
        said = words + clause[start : m.end()]
        if said != m.group() and not _KK_JUST_CLOSED.fullmatch(said):  # a bare «байланысты» names no reason
            out.append(said)
    return out


def _joined_before(clause: str, at: int, words: str) -> str:
    """`words` (the reason read back from its word, starting at `at`) with the qualifier «және» /
    «мен» joins to them: one more word when they open with the conjunction, the pair before them."""
    rx = _KK_ONE_BEFORE if _KK_AND_FIRST.match(words) else _KK_JOINED
    joined = rx.search(clause, max(0, at - 80), at)
    return joined.group() + words if joined else words


def stated_cause(sentence: str, before: str) -> list[str]:
    """A reason a sentence gives on its own, after the one naming the post (`before`, where the
    closure or queue it explains may be told): «Причина — рост потока туристов», «Шектеу жол
    жөндеуіне байланысты енгізілді», «Лимит связан с ремонтом»."""
    return causes(sentence, f"{before} {sentence}")


_MONTH = (
    r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
)
_DAY = rf"\d{{1,2}}(?:\s+{_MONTH})?"
_SPAN_WORDS = (
    r"(?:двух|трех|трёх|четырех|четырёх|пяти|шести|(?<!\d)\d+|одного|один|одну|два|две|три|четыре|пять|шесть"
    r"|екі|үш|төрт|бес|алты)"
)
_PERIOD = re.compile(
    rf"с\s+{_DAY}\s+по\s+\d{{1,2}}\s+{_MONTH}(?:\s+20\d\d(?:\s+года)?)?"
    rf"|\d{{1,2}}\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}(?:\s+20\d\d(?:\s+года)?)?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+20\d\d)?\s*[-–—]\s*\d{{1,2}}\s+{_MONTH}"
    rf"|(?:20\d\d\s+жылғы\s+)?\d{{1,2}}\s+{_MONTH}\s+(?:мен|пен|бен)\s+\d{{1,2}}\s+{_MONTH}\s+аралығында"
    rf"|\d{{1,2}}\s+{_MONTH}(?:нан|нен|дан|ден|тан|тен)\s+(?:бастап\s+)?(?:\d{{1,2}}\s+{_MONTH}\s+дейін|{_SPAN_WORDS}\s+ай\w*)"
    rf"|на\s+{_SPAN_WORDS}\s+(?:дн\w*|дня|сут\w*|недел\w*|месяц\w*)"
    rf"|{_SPAN_WORDS}\s+(?:айға|күнге|аптаға)"
    # only its start (facts63): «закрывается на ремонт с 1 июня», «с понедельника закрывается»,
    # «1 маусымнан бастап жабылады» — when a closure to come begins
    rf"|(?<![\w-])с\s+\d{{1,2}}\s+{_MONTH}(?:\s+20\d\d(?:\s+года)?)?"
    r"|(?<![\w-])с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья|завтрашнего\s+дня)"
    rf"|\d{{1,2}}\s+{_MONTH}(?:нан|нен|дан|ден|тан|тен)\s+бастап",
    re.IGNORECASE,
)


def closure_period(clause: str) -> str | None:
    """The period a closure is told with in its clause: «с 5 по 7 мая», «на два месяца»,
    «16 ақпан мен 1 наурыз аралығында», «5 ақпаннан бастап төрт айға»."""
    m = _PERIOD.search(clause)
    if not m:
        return None
    said = " ".join(m.group().split())
    return said[0].lower() + said[1:] if said.startswith("С ") else said  # «(с понедельника)» inside a phrase


# A closure's last day or year (facts72): «закрыт на ремонт до 1 апреля», «20 наурызға дейін жабық»,
# «2020 жылға дейін жабылады» — when the post opens again, not a deadline for the works.
_UNTIL = re.compile(
    rf"(?<![\w-])до\s+(?:\d{{1,2}}\s+{_MONTH}(?:\s+20\d\d(?:\s+года)?)?|20\d\d\s+года)"
    rf"|(?:\d{{1,2}}\s+{_MONTH}|20\d\d\s+жылға)\s+дейін",
    re.IGNORECASE,
)


def closure_end(clause: str) -> str | None:
    """The day or year a closure is told to last until in its clause: «до 1 апреля», «20 наурызға дейін»."""
    m = _UNTIL.search(clause)
    return " ".join(m.group().split()) if m else None


# A reason told as the explanation of a queue or closure the sentence before tells, with no word for a reason
# (facts93, dev e002): «На «Озинки» скопилось много большегрузов. … приезжает очень много грузовиков, у которых …
# не оборудованы технологические проходы, — пояснили в ведомстве», «Как объяснили в ведомстве, на посту не
# хватает инспекторов», Kazakh «Шекарашылардың түсіндіруінше, жүк көліктерінің саны күрт көбейген». The claim is a
# reason only when it says what makes queues (many vehicles, a growth, something missing, broken or seasonal) and
# tells no state itself: «Пункт работает круглосуточно, — пояснили …», «Инспекторы работают в усиленном режиме»,
# «Водителям советуют запастись водой» after a queue are no reasons.
_EXPLAIN = r"(?:пояснил|объяснил|разъяснил)\w*"
_EXPLAINED_AFTER = re.compile(rf"[\s,]*[–—-]+\s*{_EXPLAIN}(?:\s+[^\s.!?]+){{0,5}}?\s*[.!]?\s*$", re.IGNORECASE)
_EXPLAINED_BEFORE = re.compile(
    rf"[\W\d_]*(?:(?:как\s+)?{_EXPLAIN}(?:\s+[^\s,]+){{0,5}}?|по\s+(?:объяснени|пояснени|разъяснени)\w*(?:\s+[^\s,]+){{1,4}}?"
    r"|(?:[^\s,]+\s+){0,3}?(?:түсіндіруінше|түсіндірмесінше|түсіндіргендей))\s*,\s*",
    re.IGNORECASE,
)
# vehicles standing or waiting told with their number: a queue by other words («стоят 80 фур», «ждут 200 машин»)
_STANDING = re.compile(r"(?<![\w-])(?:стоят|стоит|ждут|ожидают|тұр|күтіп)(?![\w-])", re.IGNORECASE)
_CONNECTIVE = re.compile(r"^(?:при\s+этом|кроме\s+того|также|однако|между\s+тем|сонымен\s+қатар)[,\s]+", re.IGNORECASE)
_EXPLAIN_NEEDLES = ("пояснил", "объяснил", "разъяснил", "пояснени", "объяснени", "разъяснени", "түсінді")
_MAKES_QUEUES = re.compile(
    r"(?<![\w-])(?:много|множеств\w*|большое\s+количество|рост\w*|вырос\w*|возрос\w*|увеличил\w*|нехватк\w*"
    r"|не\s+хватает|недостат\w*|не\s+оборудован\w*|не\s+работа\w*|сломал\w*|неисправ\w*|вышл?[аио]?\s+из\s+строя"
    r"|сбо[йя]\w*|сезонн\w*|маусымдық|көп|көбей\w*|артқан|артты|жетіспе\w*|істен\s+шық\w*|бұзыл\w*)(?![\w-])",
    re.IGNORECASE,
)


def explained(clause: str, sentence: str) -> list[str]:
    """The claim of `clause` told as an explanation («…, — пояснили в ведомстве», «Как объяснили …, …»)
    when what `sentence` says before the clause is a queue or closure and the claim says what makes
    queues (`_MAKES_QUEUES`) without telling a state itself; else nothing."""
    if not may_hold(clause, _EXPLAIN_NEEDLES):
        return []
    after = _EXPLAINED_AFTER.search(clause)
    first = None if after else _EXPLAINED_BEFORE.match(clause)
    if after is None and first is None:
        return []
    claim = clause[: after.start()] if after else clause[first.end() :]  # type: ignore[union-attr]
    earlier = sentence[: len(sentence) - len(clause)] if sentence.endswith(clause) else ""
    if (
        not (_STATE.search(earlier) or _STANDING.search(earlier))
        or _STATE.search(claim)
        or not _MAKES_QUEUES.search(claim)
    ):
        return []
    words = _CONNECTIVE.sub("", claim.strip(' \t\n,.;:–—-"«»“”')).split()
    return [" ".join(words[:16]) + (" …" if len(words) > 16 else "")] if words else []
