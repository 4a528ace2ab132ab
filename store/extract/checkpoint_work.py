"""A short record names a post bare and says only what it does, what is done to it, or who works
there: «Бахты оформил 3200 человек», «Тажен закрыли на ремонт», «На Алимбете построят досмотровый
комплекс», «Сотрудники Сартобе задержали контрабанду», Kazakh «Қалжат қайта ашылды», «Бақтыда жаңа
терминал салынады». Such a record has no cue word of the post finder (checkpoints.py: «пункт
пропуска», «граница», «таможня») and often not the two words of a traffic story
(checkpoint_traffic.py), so the model's person or place reading of the name stood. This is the
grammar of a post at work, read at the name itself (a cue for its own mention only):

- **what it does**: the name as the subject of a verb of processing travellers or goods, with a
  count: «X (за сутки) пропустил / оформил / обслужил N человек, машин, вагонов», «X принял N
  вагонов, составов, контейнеров» (a receiving verb with freight only: «принял 40 человек» is an
  official's reception), Kazakh «X … N адамды / көлікті өткізді»; the count of travellers or goods
  is the border's traffic itself, enough for a name that is also something else (below);
- **what is done to it**: the name next to a verb of closing, opening, repair or rebuilding, at
  most one word between: «X закрыли», «X возобновил работу», «X модернизируют», «закрыли X»,
  Kazakh «X жабылды», «X жөндеуден кейін ашылды»; or a post's facility at the name: «на / у / для
  X» with a terminal, lanes, a canopy, scanners, scales or any place of inspection («досмотровый
  комплекс», «площадка для досмотра») in the clause, Kazakh «Xда / Xта жаңа терминал»;
- **its staff**: «сотрудники X», «пограничники X», Kazakh «X қызметкерлері», «на X дежурят …».

The guard against a town or a person that bears a post's name (the same verbs speak of villages:
«Кордай закрыли на карантин», «Аксай модернизируют: в городе обновят котельную», «Аким Бейнеу
принял 40 человек»): no word of a settlement's life in the sentence (город, село, аким, школа,
больница, карантин, жители; Kazakh қала, ауыл, әкім, мектеп), no owner noun right before the
name («аким», «акимат»), no «в», «из», «до» right before it («в Аксае пропустили …» is the town),
no capitalised word right after it («Жаныбек Сатыбалдиев принял …»), no dash joining it to another
name («дорогу «Жаркент-Хоргос» открыли»: a road's end), and a Russian facility only after «на»,
«у» or «для» (not «в», where a town stands; a Kazakh locative name with no Russian preposition
before it).
Each pattern is compiled case-insensitively; a text none of whose verbs and nouns occur is
passed over by one search (`at_work_words`).
"""

from __future__ import annotations

import re

from store.extract.checkpoint_not_posts import town_after_preposition
from store.extract.checkpoint_queues import FREIGHT
from store.extract.needles import lowered

_PASS_VERB = (
    r"пропусти(?:л|ла|ли)\b|пропуска(?:ет|ют)\b|оформи(?:л|ла|ли)\b|оформля(?:ет|ют)\b|обслужи(?:л|ла|ли)\b|"
    r"обслужива(?:ет|ют)\b"
)
_RECEIVE_VERB = r"приня(?:л|ла|ли)\b|принима(?:ет|ют)\b"
_KK_PASS_VERB = r"өткіз(?:ді|еді|ген|іпті)\b|өткізіл\w*|тексеріл\w*|қабылда(?:ды|йды)\b"
_COUNT = r"(?:\d|тысяч|тыс\b|сотн|десятк|млн|миллион|мың\b|жүз\b)"
_ANY_COUNTED = (
    r"человек|граждан|пассажир|путешественник|паломник|машин|автомашин|автомобил|транспорт|фур|грузовик|"
    r"большегруз|автобус|вагон|состав|поезд|контейнер|тонн|турист|иностран|мигрант"
)
_FREIGHT_COUNTED = r"вагон|состав|поезд|контейнер|тонн|груз|фур|грузовик|большегруз|машин|автомобил|транспорт"
_KK_COUNTED = r"адам|жолаушы|азамат|турист|шетелдік|көлі[кг]|автокөлі[кг]|вагон|құрам|контейнер|тонна"
_GAP = r"[^.!?;\n]"
_RU_DOES = (
    r"(?:" + _PASS_VERB + r")" + _GAP + r"{0,40}?" + _COUNT + _GAP + r"{0,25}?\b(?:" + _ANY_COUNTED + r")"
    r"|(?:" + _RECEIVE_VERB + r")" + _GAP + r"{0,40}?" + _COUNT + _GAP + r"{0,25}?\b(?:" + _FREIGHT_COUNTED + r")"
)
_KK_COUNT_THEN = _GAP + r"{0,40}?" + _COUNT + _GAP + r"{0,25}?\b(?:" + _KK_COUNTED + r")\w*"
_KK_DOES = _KK_COUNT_THEN + _GAP + r"{0,30}?\b(?:" + _KK_PASS_VERB + r")"
_DOES_AFTER = re.compile(
    r"[»\"”]?,?[ \t]+(?:" + _GAP + r"{0,40}?[ \t])?(?:" + _RU_DOES + r"|" + _KK_DOES + r")", re.IGNORECASE
)
_STATE_VERB = (
    r"закры(?:ли|ть|т|та|ты|вают|вается)\b|закро(?:ют|ется)\b|откры(?:ли|ть|т|та|ты|вают|вается)\b|откро(?:ют|ется)\b|"
    r"возобнови(?:л|ли|т)\b|возобновят\b|приостанови(?:л|ли)\b|реконструир\w*|модернизир\w*|отремонтир\w*|"
    r"(?:работает|работал|перешел|перешёл|переведут|переведен)[ \t]+(?:в|на)[ \t]+(?:штатн|круглосуточн|усиленн)\w*|"
    r"жабыл(?:ды|ады|ған)\b|ашыл(?:ды|ады|ған)\b|жабу\w*|жөнде\w*|жаңғырт\w*|жаңарт\w*|реконструкция\w*|"
    r"қайта[ \t]+(?:ашыл|жаб)\w*|тәулік[ \t]+бойы[ \t]+жұмыс"
)
_STATE_AFTER = re.compile(r"[»\"”]?[ \t]+(?:[\w-]{1,14}[ \t]+)?(?:" + _STATE_VERB + r")", re.IGNORECASE)
_STATE_BEFORE = re.compile(
    r"(?:" + _STATE_VERB + r"|реконструкци\w*|модернизаци\w*)[ \t]+(?:[\w-]{1,14}[ \t]+)?[«\"“„]?$", re.IGNORECASE
)
_FACILITY = r"терминал\w*|полос(?:а|ы|у|ой|ами)\b|навес\w*|сканер\w*|\bвес(?:ы|ов|ами)\b|\bдосмотр\w*|ангар\w*"
_KK_FACILITY = r"терминал\w*|жолақ\w*|сканер\w*|қалқа\w*|тексеру\w*"  # not a bare «кешен» (спорт кешені)
_AT_BEFORE = re.compile(r"(?:^|[\s(])(?:на|у|для)[ \t]+[«\"“„]?$", re.IGNORECASE)
_FACILITY_IN = re.compile(_FACILITY, re.IGNORECASE)
_KK_LOCATIVE = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке)$", re.IGNORECASE)
# a preposition right before the name, or before an adjective agreeing with it (plc101: «в китайском
# Хоргосе открыли склад» is the town's prepositional case, as «в Хоргосе» is)
_RU_PREPOSITION_BEFORE = re.compile(
    r"(?:^|[\s(])(?:в|во|на|у|для|из|к|о|об|при|по|с)[ \t]+(?:[а-яё]+(?:ом|ем|ой|ей)[ \t]+)?[«\"“„]?$", re.IGNORECASE
)
_KK_FACILITY_AFTER = re.compile(r"[»\"”]?[ \t]+(?:[\w-]{1,14}[ \t]+)?(?:" + _KK_FACILITY + r")", re.IGNORECASE)
_STAFF_BEFORE = re.compile(r"(?:сотрудник|пограничник|таможенник|инспектор|кинолог)\w*[ \t]+[«\"“„]?$", re.IGNORECASE)
_STAFF_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:қызметкер|шекарашы|кеденші|инспектор)\w*"
    r"|[»\"”]?[ \t]+(?:[\w-]{1,14}[ \t]+)?(?:дежур\w+|несут[ \t]+служб\w*)",
    re.IGNORECASE,
)
_TOWN_LIFE = re.compile(
    r"\b(?:город\w*|сел(?:о|а|е|у|ом)\b|сельск\w*|пос[её]лк\w*|поселок|аул(?:а|е)?\b|район\w*|аким\w*|школ\w*|"
    r"больниц\w*|поликлиник\w*|детск\w*|культур\w*|котельн\w*|жител\w*|улиц\w*|карантин\w*|"
    r"қала\w*|ауыл(?:ы|да|ға|дың|дық)\b|аудан\w*|әкім\w*|мектеп\w*|аурухана\w*|тұрғын\w*|"
    # nor of visitors, monuments, sport or trade, nor a hiring («оформил 20 человек на работу»)
    r"посещени\w*|экскурс\w*|музе\w*|памятник\w*|мавзоле\w*|реставрац\w*|стадион\w*|матч\w*|"
    r"магазин\w*|торгов\w*|кафе\b|ресторан\w*|гостиниц\w*|отел(?:ь|я|е|и)\b|рынок|рынк\w*|"
    r"на[ \t]+работу|трудоустро\w*|кесене\w*)",
    re.IGNORECASE,
)
# a post's name that is also something else (rows marked ambiguous: a club «Тобол», a mall
# «Оазис», «Ак Орда», the mausoleum «Айша Биби») is at a post's work only with a word of the
# border's traffic or of a post's duty in the sentence: «Сыпатай Батыр закрыли для грузовиков», «на
# Алимбете построят досмотровый комплекс», «сотрудники Тобола изъяли контрабанду» — not «Оазис
# закрыли на ремонт», «сотрудники Тобола выиграли матч», «на Аяте установили навес для остановки»
_POST_DUTY = re.compile(
    r"(?:" + FREIGHT + r"|машин\w*|автомобил\w*|автомашин\w*|автобус\w*|транспорт\w*|вагон\w*|поезд(?!к)\w*|"
    r"состав(?:ы|ов|а)\b|контейнер\w*|пассажир\w*|пешеход\w*|граждан\w*|водител\w*|"
    r"досмотр\w*|сканер\w*|терминал\w*|полос(?:а|ы|у|ой|ами)\b|\bвес(?:ы|ов|ами)\b|"
    r"контрабанд\w*|задерж\w*|изъя\w*|выяви\w*|нарушител\w*|"
    r"көлі[кг]\w*|жолаушы\w*|жаяу\w*|тәркіле\w*|ұста(?:ды|лды|п)\b|анықта\w*|заңсыз\w*|есірткі\w*)",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"(?:аким\w*|мэр\w*|глав\w*|житель\w*|жители|әкім\w*|тұрғын\w*)[ \t]+$", re.IGNORECASE)
# one end of a pair written with a dash («дорога «Жаркент-Хоргос» открыли»: a road, its ends towns)
_PAIR_BEFORE = re.compile(r"\w[»\"”]?[ \t]*[-–—][ \t]*[«\"“„]?$")
_PAIR_AFTER = re.compile(r"[»\"”]?[ \t]*[-–—][ \t]*[«\"“„]?(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_CAPITAL_AFTER = re.compile(r"[ \t]+(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]*")
_NEEDLE = re.compile(
    r"пропус|оформ|обслуж|прин[яи]|өткіз|тексеріл|қабылда|закры|закро|откры|откро|возобнов|приостанов|режим|"
    r"реконстр|модерниз|отремонт|жаңарт|жұмыс|"
    r"жабыл|ашыл|жабу|жөнде|жаңғырт|терминал|полос|навес|сканер|\bвес|досмотр|ангар|жолақ|қалқа|кешен|"
    r"сотрудник|пограничник|таможенник|инспектор|кинолог|қызметкер|шекарашы|кеденші|дежур|несут",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


# _NEEDLE's words as plain lower-case strings, but «\bвес» (which needs the word's start):
# `in` on the text's lower-case copy finds any of them at a fraction of a case-insensitive
# search's cost (store/extract/needles.py says why the two agree), and most texts holding no
# such word are told so without _NEEDLE (a text with «вес» anywhere is asked of it).
_NEEDLE_WORDS = tuple(
    "пропус оформ обслуж приня прини өткіз тексеріл қабылда закры закро откры откро возобнов приостанов "
    "режим реконстр модерниз отремонт жаңарт жұмыс жабыл ашыл жабу жөнде жаңғырт терминал полос навес "
    "сканер досмотр ангар жолақ қалқа кешен сотрудник пограничник таможенник инспектор кинолог қызметкер "
    "шекарашы кеденші дежур несут".split()
)


def at_work_words(text: str) -> bool:
    """Does the text hold any word of a post at work? Before any name is read: the plain words
    looked for in the text's lower-case copy, _NEEDLE asked only where that cannot tell
    (the same answer as `_NEEDLE.search`, tests/test_perf77_cuts.py)."""
    low = lowered(text)
    if low is None:
        return bool(_NEEDLE.search(text))
    if any(w in low for w in _NEEDLE_WORDS):
        return True
    return "вес" in low and bool(_NEEDLE.search(text))


def post_at_work(text: str, start: int, end: int, ambiguous: bool = False) -> bool:
    """Is the name at [start, end) a post at work: doing its work, worked on, or staffed (see the
    module's grammar), and not a town's or a person's name in the same verbs? An `ambiguous` name
    (its row says it is also something else) needs a word of the border's traffic or a post's duty
    in its sentence too (_POST_DUTY)."""
    before = text[max(0, start - 60) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    before = before[cut:]
    after = text[end : end + 160]
    stop = _SENTENCE_END.search(after)
    after = after[: stop.start() if stop else len(after)]
    if not _at_work(text[start:end], before, after):
        return False
    if _TOWN_LIFE.search(before) or _TOWN_LIFE.search(after) or _OWNER_BEFORE.search(before):
        return False
    if town_after_preposition(text, start):  # «в Аксае пропустили 300 человек»: the town
        return False
    if _CAPITAL_AFTER.match(after) or _PAIR_BEFORE.search(before) or _PAIR_AFTER.match(after):
        return False
    # a count of travellers or goods the name processed is the border's traffic itself
    return not ambiguous or bool(_DOES_AFTER.match(after) or _POST_DUTY.search(before) or _POST_DUTY.search(after))


# A sentence that opens with the post's bare name and says at once that it closed, opened or
# works (facts63): «Жібек жолы жабылды, …», «Жаныбек закрыт до 10 ноября», «Сырым работает
# круглосуточно». Only verbs said of a post, never of a person or a firm: passive closures and
# openings, work resumed or stopped, a post's working regime — not «закрыла филиал» (a firm),
# «жөндеді» (someone repaired), «работает врачом».
_OPENING_STATE = re.compile(
    r"[»\"”]?[ \t]+(?:(?:временно|снова|вновь|сегодня|уже|полностью|уақытша|бүгін|қайтадан|толықтай)[ \t]+)?"
    r"(?:закры(?:т|та|ты|ли|вается|ваются)\b|закро(?:ют|ется)\b|"
    r"откры(?:т|та|ты|ли|вается)\b|откро(?:ют|ется)\b|"
    r"(?:возобнови|приостанови|прекрати)(?:л|ли)[ \t]+(?:работу|пропуск)\b|"
    r"(?:не[ \t]+)?работа(?:ет|ют)[ \t]+"
    r"(?:в[ \t]+(?:штатн|обычн|круглосуточн|усиленн)\w*|круглосуточно|ежедневно|с[ \t]+\d|до[ \t]+\d)|"
    r"жабыл(?:ды|ады)\b|ашыл(?:ды|ады)\b|жабық\b|қайта[ \t]+ашыл\w*|"
    r"жұмыс(?:ын)?[ \t]+(?:уақытша[ \t]+)?(?:тоқтатты|істемейді|істеп[ \t]+тұр)|"
    r"(?:тәулік[ \t]+бойы|қалыпты)[ \t]+жұмыс[ \t]+істейді)",
    re.IGNORECASE,
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n])[ \t\-–—•*«\"“„]*$")


def opens_sentence_at_work(text: str, start: int, end: int) -> bool:
    """Does the name at [start, end) open its sentence, bare, with a post's state right after it
    («Жібек жолы жабылды», «Нур жолы работает в штатном режиме»)? The subject of such a verb is the
    post; the caller asks it only of a text about the border (checkpoints.py), since a street or a
    firm of the same name (a programme «Нұрлы жол», a former or in-context name) closes too — a
    sentence of a town's life, a capitalised word after the name (a person's surname) or a dash
    to another name (a road's end) is no post here either."""
    if not _SENTENCE_OPENING.search(text, max(0, start - 8), start) and start > 0:
        return False
    after = text[end : end + 160]
    stop = _SENTENCE_END.search(after)
    after = after[: stop.start() if stop else len(after)]
    if not _OPENING_STATE.match(after) or _CAPITAL_AFTER.match(after) or _PAIR_AFTER.match(after):
        return False
    return not _TOWN_LIFE.search(after)


def _at_work(name: str, before: str, after: str) -> bool:
    """The three kinds of evidence, read around the name (its sentence only)."""
    # the subject («Бахты оформил 300 человек»), or the place of the work («на Бахты оформили …»)
    if _DOES_AFTER.match(after) or _STATE_BEFORE.search(before):
        return True
    # what is closed or opened is the name itself, not a thing at it: «Тажен закрыли», not «на
    # Жибек жолы открыли кафе», Kazakh «Бақтыда дүкен ашылды»
    if _STATE_AFTER.match(after) and not _RU_PREPOSITION_BEFORE.search(before) and not _KK_LOCATIVE.search(name):
        return True
    if _STAFF_BEFORE.search(before) or _STAFF_AFTER.match(after):
        return True
    if _AT_BEFORE.search(before) and (_FACILITY_IN.search(before) or _FACILITY_IN.search(after)):
        return True
    # Kazakh «Желқуарда жаңа терминал»: the locative is the name's own ending, with no Russian
    # preposition before it («в Жаркенте построят терминал» is a town's prepositional case)
    return bool(
        _KK_LOCATIVE.search(name) and _KK_FACILITY_AFTER.match(after) and not _RU_PREPOSITION_BEFORE.search(before)
    )
