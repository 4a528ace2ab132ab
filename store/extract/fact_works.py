"""The works on a post told in the sentence after the one that names it.

A story names its post once and tells the works in the next sentence without the name: «Вопрос о
КПП «А» обсудили в мажилисе. Работы на объекте стартовали в мае 2025 года»; «… «Сырым» өткізу
бекеті … . Жаңғырту жұмыстары 10 шілдеде басталады». Such a sentence gave the post its
figures and deadlines (store/extract/fact_context.py) but never its status, since «закрыт» in a
sentence naming no post is as often a road's or the neighbour's. A works status (under way,
planned, done) is carried when nothing else in its clause is what the works are on: every word
near the phrase is a works word, a date, an adverb or a part of a post («зоны досмотра»,
«здания»). «Строительство новой школы начнётся летом», «Реконструкция моста продолжается» stay
unowned (facts81).
"""

from __future__ import annotations

import re

from store.lang.statuses import status_label

# The labels (store/lang/statuses.py) that are the post's works
WORKS_LABELS = ("under reconstruction", "planned", "commissioned")

# A sentence holds one of these when it may tell works (a look before the status patterns run)
WORKS_NEEDLES = (
    *("реконструкц", "реконструир", "модерниз", "ремонт", "строительств", "расшир", "работы на"),
    *("жұмыстар", "жаңғырт", "жаңарт", "құрылыс", "жөнде", "құрыл", "будут", "салын", "кеңейтіл"),
)

# How many words on each side of the phrase, inside its clause, are read for another object
_NEAR = 2

# The words that may stand near a works phrase carried to the post: works and their verbs, dates,
# adverbs of time and manner, and the parts of a post the works may be on. Any other word is what
# the works are on (a school, a bridge, a road), and the phrase stays unowned.
_POST_WORD = re.compile(
    r"(?:реконструкц|реконструир|модерниз|ремонт|строительств|строит|расшир|обнов|перестр|работ"
    r"|начал|начат|начн|стартов|ид[её]т$|идут$|вед[её]тся$|ведутся$|продолж|заверш|законч|будут$|будет$|котор"
    r"|жұмыс|жаңғырт|жаңарт|құрылыс|құрыл|қайта$|жөнде|бастала|басталды|жүргізіл|аяқта|жалғас|жатыр$|салын|кеңейт"
    r"|ғимарат|аумағ|алаң"
    r"|объект|пункт|пост$|поста$|посту$|кпп$|бекет|нысан|терминал|площадк|зон[аыуеой]|досмотр|здани|полос"
    r"|комплекс|павильон|движени|контрол|таможен|погранич|инспекц"
    r"|январ|феврал|март|апрел|ма[йяе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|год|квартал|месяц|недел"
    r"|весн|лет[оа]м?$|осен|зим|прошл|текущ|следующ|этом$|этого$|конц[ае]$|середин|начале$"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе|қазан|қараша|желтоқсан|жыл|күн|ай$|айда$|соң|бас[ыт]"
    r"|на$|в$|во$|с$|со$|по$|к$|у$|до$|после$|уже$|ещё$|еще$|сейчас$|там$|здесь$|тут$|теперь$|также$|тоже$"
    r"|полным$|ходом$|активно$|поэтапно$|полностью$|частично$|и$"
    r"|қазір$|онда$|мұнда$|былтыр$|биыл$|толық$|ішінде$|бойы$|бір$|екі$|үш$|да$|де$|та$|те$|мен$|және$"
    r"|\d\S*$)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:—–()«»\"]")
_WORD = re.compile(r"[\w-]+")


def post_works(sentence: str, statuses: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The statuses (phrase, date) of a sentence naming no post that are works on the post the
    sentence before named: a works label, and no other object in the words around the phrase."""
    return [(t, d) for t, d in statuses if status_label(t) in WORKS_LABELS and not _other_object(sentence, t)]


# A works noun the sentence tells its deadline of: «Реконструкция завершится в 2026 году»
_WORKS_NOUN = re.compile(r"реконструкц|модерниз|ремонт|строительств|жаңғырт|жаңарт|құрылыс|жөндеу", re.IGNORECASE)


def works_deadline(sentence: str, phrase: str) -> bool:
    """True when the deadline `phrase` of a sentence naming no post is its works' («Реконструкция
    завершится в 2026 году»): a works noun in the sentence and no other object near the phrase."""
    return bool(_WORKS_NOUN.search(sentence)) and not _other_object(sentence, phrase)


def _other_object(sentence: str, phrase: str) -> bool:
    """True when a word of the phrase, or of the few words around it inside its clause, is not
    one a post's works are told with (a phrase not found as written counts as one)."""
    at = sentence.find(phrase)
    if at < 0:
        return True
    before = _CLAUSE_END.split(sentence[:at])[-1]
    after = _CLAUSE_END.split(sentence[at + len(phrase) :])[0]
    words = _WORD.findall(before)[-_NEAR:] + _WORD.findall(phrase) + _WORD.findall(after)[:_NEAR]
    return not all(_POST_WORD.match(w) for w in words)
