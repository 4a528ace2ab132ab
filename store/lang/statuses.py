"""What a checkpoint's status phrase means: one label for the many words articles use.

A status fact keeps the words of its sentence («временно закрыт», «вновь открыт»,
«пайдалануға берілді»); the board and the export show what they mean as one of seven
labels, so a reader compares checkpoints by state, not by the verb forms of each article.
The patterns both find the phrase in a sentence (store/extract/facts.py) and label a phrase
already stored (store/db/board.py, store/db/export.py): one table, so the two never
disagree and a store written before the labels existed reads with them.
"""

from __future__ import annotations

import re

# (label, pattern), in the order a sentence is read: a «commissioned» phrase
# («введен в эксплуатацию после реконструкции») is not also «under reconstruction».
STATUS_PATTERNS = (
    (
        "commissioned",
        re.compile(
            r"(?:осуществл\w+\s+)?(?:ввод\w*|введ[её]н\w*|сдан\w*|принят\w*)\s+в\s+эксплуатаци\w+(?:\s+после\s+реконструкции)?"
            # the object first: «после обновления в эксплуатацию ввели сразу два пункта», «в эксплуатацию
            # сдали обновлённый пункт» (facts61)
            r"|в\s+эксплуатаци\w+\s+(?:был[аио]?\s+)?(?:ввели|введ[её]н[аоы]?|сдали|сдан[аоы]?|приняли|принят[аоы]?)\b"
            r"|открыт\w*\s+после\s+(?:реконструкции|модернизации)"
            r"|(?<!будет\s)(?<!будут\s)(?:заверш[её]н\w*|завершил\w*|закончен\w*|закончил\w*)\s+(?:\w+\s+){0,2}?(?:реконструкци\w+|модернизаци\w+|строительств\w+)"
            r"|(?:реконструкци\w+|модернизаци\w+|строительств\w+)\s+(?:\w+\s+){0,4}?(?:заверш[её]н[аоы]?|завершил\w*|закончил\w*)(?!\s+(?:до|к|в|во)\s)"
            # works said done with the posts between: «Работы на ряде объектов, включая «А» и «Б», уже
            # завершены»; Kazakh «жаңғырту жұмыстарын аяқтады»
            r"|\bработ[аы]\s+(?:(?!будут|будет|должны)\S+\s+){0,10}?(?:уже\s+|полностью\s+)?(?:заверш[её]н[аоы]?|закончен[аоы]?)\b(?!\s+(?:до|к|в|во)\s)"
            r"|жұмыстар\w*\s+(?:\S+\s+){0,2}?аяқта(?:лды|ды)\b"
            # Kazakh: «пайдалануға берілді», «іске қосылды», «қайта жаңартудан кейін ашылды»
            r"|пайдалануға\s+беріл\w*|іске\s+қосыл(?:ды|ған)\b|(?:қайта\s+жаңартудан|жаңғыртудан|жөндеуден)\s+кейін\s+ашыл\w*",
            re.IGNORECASE,
        ),
    ),
    (
        "reopened",
        # Kazakh: «қайта ашылды», «жұмысы қайта жанданды»
        re.compile(
            r"возобнов\w+\s+(?:работ\w*|пропуск\w*)|вновь\s+открыт\w*|қайта\s+ашыл(?:ды|ған|ады)\b|жұмысы\s+қайта\s+жаңғыр\w*",
            re.IGNORECASE,
        ),
    ),
    (
        "closed",
        re.compile(
            r"(?:временно\s+)?(?:закрыт\w*|приостановлен\w*|приостановят|закро(?:ется|ются)|закроют|приостановит(?:ся)?\b"
            r"|прекратил[аи]?\s+(?:работу|пропуск\w*)|прекращ[её]н\w*\s+пропуск\w*"
            # a closure told as work that will not be done: «1–3 октября не будут работать
            # автомобильные пункты», «не будут пропускать людей и грузы» (facts58)
            r"|не\s+буд(?:ет|ут)\s+(?:работать|пропускать)\b"
            # Kazakh: «жабылды», «жабылған», «жабылады» (to come), «жабық тұр», «уақытша жабылады»;
            # a denial after the verb («жабылған жоқ») is read by facts.py
            r"|(?:ішінара\s+)?(?:(?:жөндеуге|уақытша)\s+)?жабыл(?:ды|ған|ады|мақ)\b|жабық\s+(?:тұр\w*|болады|болды|қалады)"
            # the present tense (facts61): «закрыли на реконструкцию», «временно не работает» (not «не
            # работает в штатном режиме»: that one works), «жұмыс істемейді», «жұмысын тоқтатты», a bare
            # «жабық» ending its clause («пандемия басталғаннан бері жабық», «ол жөндеуге жабық»; a roof
            # «үсті жабық» is not the post)
            r"|закрыли\b|не\s+работа(?:ет|ют)\b(?!\s+в\s+(?:\w+\s+)?режиме)|жұмыс(?:ын)?\s+істемей(?:ді|тін)\b"
            r"|жұмысын\s+(?:уақытша\s+)?тоқтат(?:ты|қан)\b|(?<!үсті\s)(?<!үстi\s)(?:(?:жөндеуге|уақытша)\s+)?жабық(?=\s*(?:[.,;:!?\"»]|$)))"
            # what it is closed for stays with it: «закрыт на ремонт», «закрыли на реконструкцию»
            r"(?:\s+(?:на|для)\s+(?:ремонт|реконструкци|модернизаци)\w*)?",
            re.IGNORECASE,
        ),
    ),
    (
        "under reconstruction",
        re.compile(
            r"(?:сверх\s+плана\s+)?(?:вед[её]тся|ведутся|проводится|проводятся|продолжается|продолжаются|идет|идёт|идут|начат\w*|началась|начались|начали|осуществляется)\s+"
            r"(?:\w+\s+){0,2}?(?:реконструкци\w+|модернизаци\w+|строительств\w+|расширени\w+|ремонт\w*(?:\s+работ\w*)?)"
            r"|(?:реконструкци\w+|модернизаци\w+|строительств\w+|расширени\w+|ремонт\w*)\s+(?:\w+\s+){0,3}?(?:вед[её]тся|проводится|продолжается)"
            # the verb in the present (facts61): «сейчас реконструируют», «поэтапно модернизируют досмотровые
            # площадки», «пункт реконструируется»; «реконструкция, которая сейчас идёт» («реконструируют до
            # 2028 года» is the works' deadline, told as one)
            r"|(?<!будут\s)(?<!начнут\s)(?:(?:сейчас|поэтапно|активно|полностью)\s+)?(?:реконструир|модернизир|ремонтир)(?:уют|уется|уются)\b(?!\s+(?:до|к)\s)"
            r"|(?:реконструкци|модернизаци)\w*,\s+котор\w+\s+(?:сейчас\s+)?ид[её]т\b"
            # Kazakh: «жөндеу жүргізілуде», «қайта жаңарту жұмыстары жүргізілуде»
            r"|(?:жөндеу|жаңғырту|қайта\s+жаңарту)\s+(?:жұмыстары\s+)?жүргізілу(?:де|і\s+жалғас\w*)"
            # Kazakh: «қайта жаңарту жұмыстары жалғасып жатыр / басталды / жүргізілуде», «қайта жаңартылуда»
            r"|(?:қайта\s+жаңарту|жаңғырту|реконструкциялау|құрылыс|жөндеу)\s+жұмыстар\w*\s+(?:\w+\s+){0,4}?"
            r"(?:жалғас\w*(?:\s+жатыр)?|басталды|жүргізіл\w*|жүріп\s+жатыр)|қайта\s+жаңартылу(?:да|ы\s+жалғас\w*)",
            re.IGNORECASE,
        ),
    ),
    (
        "planned",
        re.compile(
            r"(?:запланирован\w*|планиру\w+|намечен\w*|предусмотрен\w*)\s+(?:\w+\s+){0,2}?(?:реконструкци\w+|модернизаци\w+|строительств\w+|расширени\w+|открыти\w+|ремонт\w*)"
            r"|(?:реконструкци\w+|модернизаци\w+|строительств\w+|расширени\w+)\s+(?:\w+\s+){0,4}?(?:запланирован\w*|планируется)"
            r"|(?:қайта\s+жаңарту|жаңғырту|салу)\s+(?:\w+\s+){0,2}?жоспарлан\w*",
            re.IGNORECASE,
        ),
    ),
)


# A closure the words put ahead: the «closed» pattern finds «закроют», «приостановят»,
# «закроется», «приостановит», the infinitive of «должен закрыться» and (facts.py keeps the
# auxiliary in the phrase) «будет закрыт», but the post is still open, so the label says the
# closure is to come (qa41: «закроют» on the board read as a closed post; facts43: «будет
# закрыт до 10 октября», «будет приостановлен» shown as closed).
_TO_CLOSE = re.compile(
    r"закроют|приостановят|закрыть(?:ся)?\b|закро(?:ется|ются)|приостановит(?:ся)?\b"
    r"|\bбуд(?:ет|ут)\s+(?:временно\s+)?(?:закрыт|приостановлен)|жабыл(?:ады|мақ)\b"
    r"|не\s+буд(?:ет|ут)\s+(?:работать|пропускать)\b",
    re.IGNORECASE,
)
# Normal operation is a status too, read only where no other status is (facts.py):
# «будут работать в штатном режиме», «қалыпты жұмыс істейді» (facts42).
WORKING_PATTERN = re.compile(
    r"(?:(?:будут|будет|продолжа\w+)\s+)?(?:работа\w*|функционир\w*)\s+в\s+(?:штатном|обычном|нормальном|прежнем)\s+режиме"
    r"|в\s+штатном\s+режиме|(?:қалыпты|штаттық)\s+(?:режимде\s+)?жұмыс\s+істе\w*"
    # round the clock or reinforced (facts61): «работают круглосуточно», «переведен на усиленный режим»
    r"|(?:работа\w*|функционир\w*)\s+(?:\w+\s+)?круглосуточно|в\s+круглосуточном\s+режиме"
    r"|(?:переведен\w*\s+на|работа\w*\s+в)\s+усиленн\w+\s+режим\w*|тәулік\s+бойы\s+жұмыс\s+істе\w*",
    re.IGNORECASE,
)
STATUS_LABELS = (*(label for label, _rx in STATUS_PATTERNS), "to close", "working")


def status_label(phrase: str | None) -> str | None:
    """The label of a stored status phrase: the first pattern the whole phrase matches,
    else the first that matches inside it; None for a phrase no pattern reads."""
    text = (phrase or "").strip()
    if not text:
        return None
    label = next((label for label, rx in STATUS_PATTERNS if rx.fullmatch(text)), None)
    label = label or next((label for label, rx in STATUS_PATTERNS if rx.search(text)), None)
    if label == "closed" and _TO_CLOSE.search(text):
        return "to close"
    return label or ("working" if WORKING_PATTERN.search(text) else None)
