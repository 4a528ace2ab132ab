"""Facts a sentence gives only with the sentences before it.

A traffic digest names its subject once and then lists posts with figures: «На погранпереходе
Бахты ждут своей очереди на выезд 179 машин … На погранпереходе в Узбекистан «Атамекен» – 10
машин, «Б. Конысбаева» – 20, «Капланбек» – 15». The list names no queue; the report it belongs
to did, a sentence or three earlier. Read alone, the list's figures were lost. A list of two or
more posts each with its own figure is a queue report when one of the three sentences before it
speaks of queues and the list itself counts no traffic that crossed («пропущено 500 машин»).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.extract.fact_sides import side_subject, side_subject_post
from store.extract.needles import by_opening, may_hold, opening_with, words_or_search

# How many sentences back a queue report's words still govern a list of figures
_LOOKBACK = 3
# Traffic that crossed, not traffic waiting: «пропущено», «пересекли», «оформлено», «выехали».
# Its alternatives grouped by their opening letters (needles.by_opening, stop 50 ingest112): the
# same matches, a sentence's search turned away by five class tests a position, not thirteen words.
_CROSSED = by_opening(
    r"пропущен\w*|пропустил\w*|пересекл\w*|пересек\b|оформлен\w*|оформил\w*|проследовал\w*|выехал\w*|въехал\w*|заехал\w*"
    r"|өтті|өткізілді|өткізді",
    re.IGNORECASE,
)


def queue_report_before(text: str, bounds: list[tuple[int, int]], i: int, cue: re.Pattern) -> bool:
    """True when sentence `i` continues a queue report: one of the few sentences before it has a
    word for queues (`cue`) and sentence `i` itself counts no traffic that crossed."""
    a, b = bounds[i]
    if _CROSSED.search(text, a, b):
        return False
    return any(cue.search(text, lo, hi) for lo, hi in bounds[max(0, i - _LOOKBACK) : i])


# A post's figure or deadline told in the sentences after the one that names it: «Например,
# пункт пропуска «Карасу» на кыргызской границе. По нашим требованиям я могу пропускать в день
# 96 машин»; «…через пункт пропуска «Сырым». Ограничение связано с реконструкцией. Работы
# продлятся до 31 декабря 2026 года»; a queue too (facts52): «…у поста «X». По словам водителей,
# колонна вытянулась на 6 км». Only a capacity, a deadline or a queue is carried, only from the
# nearest sentence that names posts, only when it names one post and is at most this many
# sentences back: a sentence after a list of posts, or far from any, stays unowned.
# A count, the money for works and a reason told alone are carried the same way (facts58):
# «…у поста «X». Там стоят больше 400 машин», «…«Сырым». Жобаның жалпы құны 22 млрд теңге»,
# «…«Сырым». Скопление вызвано тем, что …».
CARRY_KINDS = ("capacity", "deadline", "queue", "count", "funding", "cause")
_CARRY_SPAN = 2


# A sentence with a subject of its own is not about the post before it: «…откроются семь
# новых пограничных застав» (outposts), «казахстанская сторона досматривает 4-5 грузовиков в
# час» (the other side's post), «…сократит дорогу» (a road).
_OWN_SUBJECT = opening_with(
    r"застав\w*|\bсторон[аыуе]\b|тарап\w*|дорог\w*|трасс\w*|\bжол\b|автожол\w*", re.IGNORECASE, "аджзст"
)
# Its alternatives with no \b as words (a match of one holds the word), and the two with \b alone: whether a
# sentence has a subject of its own is looked up in its kept lower-case copy (issue 15, stop 50: _own_subject).
_OWN_SUBJECT_WORDS = ("застав", "тарап", "дорог", "трасс", "автожол")
_OWN_SUBJECT_BOUNDED = opening_with(r"\bсторон[аыуе]\b|\bжол\b", re.IGNORECASE, "жс")


def _own_subject(sentence: str) -> bool:
    r"""`bool(_OWN_SUBJECT.search(sentence))`. Exact as facts._future is: a word `re` finds under
    IGNORECASE stands in the lower-case copy (needles.lowered) and one standing there `re` finds, but for
    U+1C80–U+1C88 (then the scan is asked); «\bсторон…\b» and «\bжол\b» are searched as they are in it."""
    return words_or_search(sentence, _OWN_SUBJECT_WORDS, _OWN_SUBJECT_BOUNDED, _OWN_SUBJECT)


# A sentence that opens with its reason word gives a reason, whatever side it names inside it:
# «Себебі – өзбек тарапында жарық өшкен», «Причина — ремонт на той стороне» (facts61).
_REASON_FIRST = re.compile(r"\W*(?:причин[аы]|себебі)(?![\w-])", re.IGNORECASE)


def carried_post(named: tuple[int, list[str]] | None, i: int, sentence: str = "") -> str | None:
    """The post a sentence `i` naming none speaks of: the one post of the nearest sentence
    before it that names posts (`named`: its index and posts), when that is close enough and
    the sentence has no subject of its own (a reason told first is none)."""
    if named is None or i - named[0] > _CARRY_SPAN or len(named[1]) != 1:
        return None
    if _own_subject(sentence) and not _REASON_FIRST.match(sentence):
        return None
    return named[1][0]


# A side as a sentence's subject («Китайская сторона будет принимать больше машин», «Қытай тарапы …
# қабылдайтын болады») is no subject of its own: it speaks of the crossing named before (facts87;
# store/extract/fact_sides.side_subject_post tells whose post). Only what a side does at the crossing is
# carried: its throughput, its queue, its counts and its deadlines; money and reasons told by a side are as
# often the country's («Казахстанская сторона выделит на заставы 3 млрд тенге»).
SIDE_KINDS = ("capacity", "deadline", "queue", "count")


def side_carried(
    named: tuple[int, list[str]] | None, i: int, only: str | None, sentence: str
) -> tuple[str, bool] | None:
    """The post a sentence `i` naming none speaks of by a side as its subject, and whether it is
    far (the article's only post, named further back than `carried_post` looks); None when the
    sentence has no side as its subject, has another subject of its own, or no post fits."""
    told = side_subject(sentence) if named is not None else None
    if told is None or named is None:
        return None
    m, country = told
    if _own_subject(f"{sentence[: m.start()]} {sentence[m.end() :]}"):
        return None
    if i - named[0] <= _CARRY_SPAN:
        posts, far = named[1], False
    elif only is not None and named[1] == [only]:
        posts, far = [only], True
    else:
        return None
    post = side_subject_post(country, posts)
    return (post, far) if post else None


# A sentence whose subject is the post itself, by a bare post word: «Пункт будет закрыт с 1 по 3
# октября», «Орталық 16 ақпан мен 1 наурыз аралығында жабық тұрады», «Этот пост построен в 1975
# году». Everything it says is the post's, its status too (other sentences naming no post give
# only the kinds above: «закрыт» in them may be a road's or the neighbour's).
_POST_SUBJECT = re.compile(
    r"[\W\d_]*(?:(?:этот|данный|сам)\s+)?(?:пункт\w*|пост\b|КПП\b|погранпереход\w*|переход\b|центр\b"
    r"|бекет\w*|орталық\w*|өткізу\s+пункт\w*)(?![\w-])",
    re.IGNORECASE,
)


def about_the_post(text: str, start: int) -> bool:
    """True when the sentence starting at `start` has the post word as its subject."""
    return bool(_POST_SUBJECT.match(text, start))


# A story about one post may tell its queue or capacity paragraphs after the name
# («…«Сырым» өткізу пунктінде кезекте тұр. … Жүргізушілердің бірі … Ол келген кезде кезектің
# ұзындығы 18 шақырымға созылған»): when the article names no other post, these kinds of a
# sentence naming none are that post's however far back it was named (facts61). Counts, money,
# reasons and deadlines stay near: far from the name they are as often the country's, a road's
# or other works' («До конца года в области откроются три заставы», tests/test_facts48_classes.py).
FAR_KINDS = ("queue", "capacity")

# A deadline of the post's works goes that far too (facts66): a one-post story about its rebuilding
# ends with «Завершить все строительные работы рассчитывают в 2028 году» paragraphs after the name.
# Only a sentence whose deadline is the works' («работ», «строительств», «реконструкци»,
# «модернизаци», Kazakh «жұмыс», «құрылыс», «жаңғырт»): the country's plans for other things stay
# unowned, and a sentence with a subject of its own is none (sole_post).
_WORKS = re.compile(
    r"(?<![\w-])(?:работ[ыау]?|строительн\w*|строительств\w*|реконструкци\w*|модернизаци\w*"
    r"|жұмыс\w*|құрылыс\w*|жаңғырт\w*|қайта\s+жаңарт\w*)(?![\w-])",
    re.IGNORECASE,
)


# Its counts go that far too when the sentence speaks of the post or of what passes it (facts91): a station's
# story tells its figures paragraphs after the name («Импорт: … станция приняла 100 392 вагона», «Всего …
# грузооборот составил 191 644 вагона», «через станцию прошло 1 622 контейнерных поезда»). A count with
# neither («Экспорт в КНР: план ОСЖД составлял 114 230 вагонов») may be the plan's, the country's or the line's.
_OF_THE_POST = re.compile(
    r"(?<![\w-])(?:станци\w*|пункт\w*|пост(?:а|у|ом|е)?|кпп|бекет\w*|стансa\w*|станса\w*|өткізу\s+пункт\w*"
    r"|грузооборот\w*|перевалк\w*|переработ\w*)(?![\w-])",
    re.IGNORECASE,
)


# Its works' cost goes that far too (facts93, dev d005): a story of one post's rebuilding tells the money
# paragraphs after the name, as the project's or the works' («Жобаның жалпы құны 22 млрд теңге», «Общая
# стоимость проекта составит 12 млрд рублей», «Құрылыс жұмыстарына 7,5 млрд теңге бөлінді»). Money with
# neither word («на ремонт дорог выделят 40 млрд тенге», «облыс бюджеті») stays unowned.
_PROJECT = re.compile(r"(?<![\w-])(?:проект\w*|жоба\w*)(?![\w-])", re.IGNORECASE)


def far_kinds(sentence: str) -> tuple[str, ...]:
    """The kinds a sentence far from the article's one post may give it: FAR_KINDS, a
    deadline when the sentence speaks of works, its cost when it speaks of works or the
    project, a count when it speaks of the post or its traffic."""
    works = _WORKS.search(sentence)
    kinds = (*FAR_KINDS, "deadline") if works else FAR_KINDS
    kinds = (*kinds, "funding") if works or _PROJECT.search(sentence) else kinds
    return (*kinds, "count") if _OF_THE_POST.search(sentence) else kinds


def story_post(refs: list[str], foreign: Callable[[str], bool], faces: Callable[[str], list[str]]) -> str | None:
    """The one post of ours `refs` name, when every other post among them is a foreign post facing it
    (facts91: «станции … – Достык и Алашанькоу» in a story of Достык: the neighbour named in passing
    leaves Достык the story's post); None when they name two of ours or a foreign post facing another."""
    ours = [r for r in dict.fromkeys(refs) if not foreign(r)]
    if len(ours) != 1:
        return None
    return ours[0] if all(ours[0] in faces(r) for r in dict.fromkeys(refs) if foreign(r)) else None


def sole_post(named: tuple[int, list[str]] | None, only: str | None, sentence: str = "", ours=None) -> str | None:
    """The article's only post (`only`, None when it names several), once a sentence before has
    named it, unless the sentence has a subject of its own. `ours`: the post of ours a sentence's
    posts name (`story_post`), when the foreign post facing it may be named with it."""
    if only is None or named is None or _own_subject(sentence):
        return None
    if named[1] != [only] and (ours is None or ours(named[1]) != only):
        return None
    return only


# «This post» right after a sentence naming one crossing as its two posts (facts92, dev c014): «Правда,
# пункт «Ак-Тилек» – «Кара-Суу» пропускает только машины с грузом. Этот пункт построен в 1975 году».
# The demonstrative means the crossing that sentence named, and the crossing is both posts (as what
# that sentence said of it is both posts'); carried_post reads «этот пункт» after one post only.
# Only a pair the gazetteer says face each other: two posts merely listed stay no referent.
_THIS_POST = re.compile(
    r"[\W\d_]*(?:этот|данный|этом|данном|этого|данного)\s+(?:пункт\w*|пост\w*|КПП|погранпереход\w*|переход\w*)(?![\w-])"
    r"|[\W\d_]*(?:бұл|аталған|осы)\s+(?:өткізу\s+)?(?:бекет\w*|пункт\w*|өткел\w*)(?![\w-])",
    re.IGNORECASE,
)


def this_crossing(
    named: tuple[int, list[str]] | None, i: int, sentence: str, faces: Callable[[str], list[str]]
) -> list[str] | None:
    """The two posts of one crossing a sentence `i` naming none means by «этот пункт» («бұл
    бекет»): those of the sentence right before it (`named`), when it named exactly two and one
    faces the other (`faces`: the posts the gazetteer says a post faces)."""
    if named is None or named[0] != i - 1 or len(named[1]) != 2 or not _THIS_POST.match(sentence):
        return None
    a, b = named[1]
    return list(named[1]) if b in faces(a) or a in faces(b) else None


# A post named as the other side's, in passing: «Оны іске қосу Қырғызстан жағындағы "Ақжол" пунктіндегі
# жұмыстарға байланысты», «с кыргызской стороны — пункт «Ак-Жол»» (facts66). The sentences after it
# that name no post go on about the story's own post («Паспорттық бақылау үшін бекетте 42 орын
# дайындалған» is the booths of «Қордай», named the sentence before); a sentence naming only such
# posts does not take the carried facts from the one before it.
_ACROSS_BEFORE = opening_with(  # behind its three words' first letters (stop 51, ingest114)
    r"(?:жағында(?:ғы)?|тарапында(?:ғы)?|сторон[аеы])(?:\s+[^\s.,;:!?«»\"]+){0,3}?\s*[«\"“„]?$", re.IGNORECASE, "жст"
)


def only_the_other_side(text: str, inside: list) -> bool:
    """True when every post a sentence names (`inside`: its spans) is written as the other
    side's («Қырғызстан жағындағы "Ақжол"», «с российской стороны пункт «Маштаково»»)."""
    return bool(inside) and all(_ACROSS_BEFORE.search(text, max(0, s.start - 40), s.start) for s in inside)


# «Both posts» as a sentence's subject: «Оба пункта будут модернизированы до …», «На обоих постах
# скопилось …», «Оба КПП закрыты …», «на обоих объектах расширяют полосы», Kazakh «Екі бекет те …»,
# «Екі бекетте де …», «Екі бекеттің де жұмысы …» (facts71). It names no post, so its facts were
# lost; it means the last two posts the story named. Kazakh «екі бекет» needs its particle («те/де»:
# both); bare it is any two.
_BOTH = re.compile(
    r"(?<![\w-])(?:оба|обоих|обоим|обоими)\s+(?:[а-яё]+(?:ых|их|ым|им|ми|ие|ые)\s+)?"
    r"(?:пункт\w*|пост(?:а|ах|ам|ами)?|КПП|погранпереход\w*|переход(?:а|ах|ам|ами)?|объект\w*)(?![\w-])"
    r"|(?<![\w-])екі\s+(?:өткізу\s+)?(?:бекет|пункт|нысан)\w*\s+(?:те|та|де|да)(?![\w-])",
    re.IGNORECASE,
)
# Every match of _BOTH holds one of these (issue 15: a sentence without them is not scanned).
_BOTH_NEEDLES = ("оба", "обоих", "обоим", "екі")
# How far back the nearest sentence naming posts, and the one completing the pair, may stand.
_BOTH_NEAR = 3
_BOTH_FAR = 6


def both_posts(named: list[tuple[int, list[str]]], i: int, sentence: str) -> list[str] | None:
    """The two posts a sentence `i` naming none means by «оба пункта», «на обоих постах», «екі
    бекетте де»: the last two the story named (`named`: index and posts of each sentence that
    named posts, in order), the nearest close by and the pair within a few sentences; none when
    that nearest sentence, or the two before, name three or more («оба» has no referent then)."""
    if (
        not named
        or i - named[-1][0] > _BOTH_NEAR
        or not may_hold(sentence, _BOTH_NEEDLES)
        or not _BOTH.search(sentence)
    ):
        return None
    pair: list[str] = []
    for j, refs in reversed(named):
        if i - j > _BOTH_FAR:
            return None
        pair += [r for r in refs if r not in pair]
        if len(pair) >= 2:
            return pair if len(pair) == 2 else None
    return None


# «They» as a sentence's subject, right after a sentence naming several posts (facts89): «… 3 автомобиль
# өткізу пункті («Нұр Жолы», «Достық», «Бақты») істеп тұр. Карантиндік шектеулер әлі күшінде
# болғандықтан, олар арқылы тек жүктер мен тауарлар өткізіледі», «… «Тажен» и «Атамекен». Сейчас они
# работают круглосуточно», «Через них пропускают только грузовики». It names no post, so its state was
# lost. The pronoun opens the sentence or a clause after a comma; «они» after one naming a single post
# or none (people, terminals) is not read.
_THEY = re.compile(
    r"(?:^|,\s+|^(?:[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+\s+){0,2})"
    r"(?:(?:все|обе|сейчас|теперь|пока|қазір|әзірше)\s+)?"
    r"(?:они|через\s+них|на\s+них|по\s+ним|все\s+эти\s+пункты|эти\s+пункты|олар|олардың|оларда|олар\s+арқылы"
    r"|бұл\s+бекеттер\w*|аталған\s+бекеттер\w*)(?![\w-])",
    re.IGNORECASE,
)
THEY_KINDS = ("status", "deadline", "rule")  # a reason told with «they» may be of another thing


def they_posts(named: list[tuple[int, list[str]]], i: int, sentence: str) -> list[str] | None:
    """The posts a sentence `i` naming none means by «они», «через них», «олар арқылы»: those of
    the sentence right before it, when that one named two or more (`named`: index and posts of
    each sentence that named posts, in order)."""
    if not named or named[-1][0] != i - 1 or len(named[-1][1]) < 2 or not _THEY.search(sentence.strip()):
        return None
    return named[-1][1]
