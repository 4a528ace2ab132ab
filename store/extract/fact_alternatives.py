"""Which posts a story offers instead of one that is closed or under repair.

When a post closes, the story's most useful lines for a driver are the other posts to take:
«перевозчикам предложили пересекать границу через другие пункты пропуска: «Шаган» (РК) /
«Тёплое» (РФ), «Аксай» (РК) …», «балама ретінде «Қазығұрт» пен «Атамекен» бекеттері
ұсынылады», «Альтернативой закрытому «Кегену» стал пункт «Сартобе»». facts.py read such a
sentence as one clause, so the closure it begins with went to every post it lists and the
offer itself was lost. Here the offer's cue (a word for an alternative, or a verb of advice
with «другие пункты»/«басқа бекеттер») splits the sentence: the home posts named after the cue
are the alternatives, each given an «alternative» fact; the post the offer replaces (named
before the cue, or right after «вместо»/«закрытому»/«на время ремонта») keeps the sentence's
other facts. A cue in a sentence naming no post governs the one sentence after it («…басқа
бағыттарды пайдалануды ұсынады. Жаяу жүргіншілерге «Қапланбек» … бекеттері ашық»).

The fact's text is the word for an alternative in the story's language («альтернатива»,
«балама»), for whom when the story says («жаяу жүргіншілерге», «для грузовиков»; each part of
a list its own: «грузовикам — «А», пешеходам — «Б»»), and «вместо «X»» for the replaced post:
named in the sentence (a home post first, else the neighbour's: «На время ремонта пункта
«Бугристое» …»), else the post an earlier sentence closed, else the one post of a sentence
just before (facts62).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.extract.needles import may_hold
from store.lang import gazetteer

_ADVICE = (
    r"(?:рекоменд|предлаг|предлож|совет|призва|призыва|воспользова|пересекать|ехать|следовать|направля|направи)\w*"
)
_OTHER_POSTS = r"(?:други\w*|ины\w*|соседни\w*|резервн\w*)\s+(?:пункт\w*|пост\w*|КПП|погранпереход\w*|направлени\w*)"
_CUE = re.compile(
    rf"(?<![\w-])(?:альтернатив\w*|вместо(?=\s+(?:[а-яё]+\s+)?(?:пункт|пост|КПП|погранперех|[«\"“]))|{_ADVICE}(?:\s+[^\s.;:!?]+){{0,5}}?\s+{_OTHER_POSTS}"
    # Kazakh «вместо» follows the replaced post and counts only with a verb of offering: «Жабылған
    # «Қайрақ» бекетінің орнына «Шарбақты» бекеті ұсынылды» (not «ескі бекеттің орнына … салынды»)
    r"|(?<![\w-])орнына(?=[^.;!?]{0,120}?(?:ұсын|кеңес|пайдалан))"
    r"|балама\w*|басқа\s+(?:бекет|бағыт|өткізу\s+пункт)\w*(?:\s+[^\s.;!?]+){0,3}?\s+(?:ұсын|пайдалан|кеңес)\w*)",
    re.IGNORECASE,
)
# An offer told with no word for «other posts» (facts64): the sentence closes one post, then
# advises a way «через» another — «Поскольку «Хоргос» закрыт, перевозчикам рекомендуют ехать
# через «Нур жолы»», «Пункт «Кайрак» на ремонте, водителям советуют следовать через «Шарбакты»»;
# Kazakh gives the reason with «-ғандықтан»/«байланысты», then the post «арқылы» with a verb of
# advice: ««Қорғас» жабық болғандықтан, жүргізушілерге «Нұр жолы» арқылы өту ұсынылады». The
# cue is the advice (Russian) or the clause after the reason (Kazakh), so the closed post stays
# before it: the replaced one.
_VIA_ADVICE = re.compile(rf"(?<![\w-]){_ADVICE}(?:\s+[^\s.;!?]+){{0,4}}?\s+через(?![\w-])", re.IGNORECASE)
_CLOSED = re.compile(
    r"(?<![\w-])(?:закрыт\w*|закрыл\w*|не\s+работа\w*|на\s+ремонт\w*|приостановл\w*|жабық|жабыл\w*|жөндеу\w*)",
    re.IGNORECASE,
)
_KK_BECAUSE = re.compile(
    r"(?:жабық|жабыл\w*|жөндеу\w*)[^.;!?]{0,40}?(?:\w*(?:ғандықтан|гендіктен|қандықтан|кендіктен)|байланысты|себепті)"
    r"[,\s]+(?=[^.;!?]{0,80}?арқылы\s+[^.;!?]{0,30}?(?:ұсын|кеңес))",
    re.IGNORECASE,
)
# Every match of _CUE holds one of these (a sentence without them is not scanned: ingest cost),
# and every offer by way of a post «через»/«арқылы» (_VIA_ADVICE, _KK_BECAUSE) one of the last two.
NEEDLES = (
    *("альтернатив", "вместо", "орнына", "други", "иные", "иных", "иным", "соседни", "резервн", "балама", "басқа"),
    *("через", "арқылы"),
)
# The post the offer replaces, named right after these: «вместо закрытого пункта «Кайрак»»,
# «альтернативой закрытому «Кегену»», «альтернатива пункту «Кордай»», «на время ремонта пункта
# «Бугристое»», Kazakh «орнына».
_REPLACED_BEFORE = re.compile(
    r"(?:вместо|закрыт\w*|на\s+время\s+(?:ремонта|реконструкции|модернизации|закрытия)|пока|альтернатив(?:а|ы|ой|у))"
    r"(?:\s+(?:пункт\w*|пост\w*|КПП|пропуска|погранпереход\w*)){0,2}\s*[«\"“]?$",
    re.IGNORECASE,
)
_REPLACED_AFTER = re.compile(r"[»\"”]?\s*(?:өткізу\s+)?(?:пункт|бекет)?\w*\s+(?:орнына|балама)", re.IGNORECASE)
# The subjects of a sentence going on with an offer, and how the fact says them (in the dative of the
# other audiences, so that «жүк тасымалы» and «жүк көліктеріне» read as the one audience they are).
_SUBJECT_WORDS = (
    (r"жүк\s+тасымал\w*|жүк\s+көліктері(?![\w-])|жүк\s+көлігі(?![\w-])", "жүк көліктеріне"),
    (r"жаяу\s+жүргіншілер(?![\w-])", "жаяу жүргіншілерге"),
    (r"жеңіл\s+көліктер(?![\w-])", "жеңіл көліктерге"),
    (r"жолаушылар(?![\w-])", "жолаушыларға"),
    (
        r"грузов\w+\s+(?:авто)?(?:машин\w*|автомобил\w*|транспорт\w*|автотранспорт\w*|фур\w*)|грузовики(?![\w-])",
        "для грузовиков",
    ),
    (r"легков\w+\s+(?:авто)?(?:машин\w*|автомобил\w*|транспорт\w*)|легковушки(?![\w-])", "для легковых"),
    (r"пешеходы(?![\w-])", "пешеходам"),
)
_SUBJECTS = "|".join(f"(?:{rx})" for rx, _said in _SUBJECT_WORDS)
_SUBJECT_SAID = [(re.compile(rf"(?:{rx})$", re.IGNORECASE), said) for rx, said in _SUBJECT_WORDS]


def _audience_said(m: re.Match) -> str:
    """The audience as the fact says it: a subject in the other audiences' dative, the rest as written."""
    words = " ".join(m.group().split())
    return next((said for rx, said in _SUBJECT_SAID if rx.match(words)), words.lower())


# For whom: «для пешеходов», «грузовикам», «жаяу жүргіншілерге», «жүк көліктеріне», «пойызбен жүретіндер үшін»,
# «легковым автомобилям»; and the subject of a sentence that goes on with the offer (facts93): «Жүк тасымалы
# … арқылы жүреді», «Жолаушылар … арқылы өтеді», «Грузовые машины направят через …», «Пешеходы могут пройти …».
_AUDIENCE = re.compile(
    r"для\s+(?:\w+\s+)?(?:пешеход|грузов|большегруз|легков|пассажир|турист|фур)\w*|(?:пешеход|грузовик|большегруз|пассажир|турист)ам\b"
    r"|(?:легков|грузов)ым\s+(?:авто)?(?:машин|автомобил)ям|(?:легков|грузов)ым\s+машинам"
    r"|(?:жаяу\s+жүргінші|жүк\s+көлі|жеңіл\s+көлі|жолаушы)\w*(?:ге|ға|ке|қа|не|на)\b|пойызбен\s+жүретіндер\s+үшін"
    rf"|{_SUBJECTS}",
    re.IGNORECASE,
)
# «Альтернативы пункту «Кордай» нет», «балама бекет жоқ»: none offered.
_NONE = re.compile(
    r"[^.;!?]{0,60}?(?<![\w-])(?:нет|не\s+(?:существует|имеется|было|будет)|жоқ)(?![\w-])", re.IGNORECASE
)
_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)


def cue(sentence: str) -> re.Match | None:
    """The first word or phrase of `sentence` that offers other posts, if any."""
    return _find_cue(sentence, 0, len(sentence)) if may_hold(sentence, NEEDLES) else None


def _find_cue(text: str, a: int, b: int) -> re.Match | None:
    """The offer's cue in text[a:b]: a word for other posts, else a way advised «через» a post
    after a closure said earlier in the sentence, else the clause after a Kazakh reason of closure."""
    m = _CUE.search(text, a, b)
    if m:
        return m
    via = _VIA_ADVICE.search(text, a, b)
    if via and _CLOSED.search(text, a, via.start()):
        return via
    because = _KK_BECAUSE.search(text, a, b)
    return _KK_AFTER_REASON.match(text, because.end(), b) if because else None


# The Kazakh clause after the reason, from its first word: the cue _KK_BECAUSE points at.
_KK_AFTER_REASON = re.compile(r"\S[^.;!?]*")


def alternatives(
    text: str, a: int, b: int, spans: list, lead: str | None = None, earlier: Callable[[], str | None] | None = None
) -> tuple[dict[str, str], set[str]]:
    """({post: fact text} for the home posts the sentence text[a:b] offers instead of another,
    every post offered, foreign ones too); `lead`, a sentence naming no post just before, may
    hold the offer's cue instead. The posts offered take none of the sentence's closure.
    `earlier` names the post the story closed before, for an offer that names none it replaces
    («…закрывается «Жибек жолы». … Пешеходам открыты «Капланбек» и «Целинный»»)."""
    m = _find_cue(text, a, b) if may_hold(text[a:b], NEEDLES) else None
    start = m.start() if m else (a if lead is not None and cue(lead) else None)
    if start is None or (m and _NONE.match(text, m.end(), b)):
        return {}, set()
    replaced = [s for s in spans if s.start < start or _replaced(text, s)]
    offered = [s for s in spans if s.start >= start and s not in replaced]
    home = [s for s in offered if (cp := gazetteer.get(s.ref)) and not cp.foreign]
    if not home:
        return {}, set()
    said = text[a:b] if m else f"{lead} {text[a:b]}"
    label = _label(m.group() if m else cue(lead or "").group(), said)  # type: ignore[union-attr]
    instead = _instead(replaced) or (earlier() if earlier else None)
    if instead in {s.ref for s in offered}:
        instead = None
    audiences = list(_AUDIENCE.finditer(text, a, b))
    lead_audience = _AUDIENCE.search(lead or "")
    facts = {}
    for s in home:
        audience = _audience_of(s, audiences, home[0].start) or lead_audience  # the list's own first
        words = [label]
        if audience:
            words.append(_audience_said(audience))
        if instead is not None and (cp := gazetteer.get(instead)):
            words.append(f"(вместо «{cp.name_ru}»)")
        facts[s.ref] = " ".join(words)
    return facts, {s.ref for s in offered} - {s.ref for s in replaced}


def _instead(replaced: list) -> str | None:
    """The post the offer replaces among those named for it: a home post first, else the
    neighbour's («На время ремонта пункта «Бугристое» … другими пунктами: «Аят» …»: the
    Russian post closed, our posts offered; qa61 saw no replaced post named there)."""
    known = [(cp, s.ref) for s in replaced if (cp := gazetteer.get(s.ref))]
    return next((ref for cp, ref in known if not cp.foreign), None) or next((ref for _cp, ref in known), None)


def _audience_of(span, audiences: list[re.Match], first: int) -> re.Match | None:
    """For whom the post of `span` is offered: each part of a list has its own («грузовикам —
    «Атамекен», пешеходам — «Капланбек»», «Атамекен» жүк көліктеріне, «Капланбек» жаяу
    жүргіншілерге), not the sentence's first for every post. A sentence whose first audience
    comes before its first post (`first`) names each before its posts: the last one before the
    post; otherwise each after: the first one after it."""
    if not audiences:
        return None
    before = [m for m in audiences if m.start() < span.start]
    after = [m for m in audiences if m.start() >= span.end]
    if audiences[0].start() < first:
        return before[-1] if before else None
    return after[0] if after else (before[-1] if before else None)


def _replaced(text: str, span) -> bool:
    """True when the post of `span` is the one the offer replaces («вместо закрытого «Кайрак»»)."""
    return bool(_REPLACED_BEFORE.search(text, max(0, span.start - 50), span.start)) or bool(
        _REPLACED_AFTER.match(text, span.end)
    )


def _label(cue_text: str, sentence: str) -> str:
    """«балама» in a Kazakh sentence, «альтернатива» otherwise."""
    return "балама" if cue_text.lower().startswith(("балама", "басқа")) or _KAZAKH.search(sentence) else "альтернатива"


# A sentence that goes on with the offer the sentence before made (facts93, dev d003): «Жаяу жүргіншілерге
# «Қапланбек» … ашық. Жүк тасымалы мына бекеттер арқылы жүреді: «Атамекен», «Тәжен»», «Пешеходам открыт
# «Капланбек». Для грузового транспорта открыты «Атамекен» и «Казыгурт»». It says for whom before its first
# post and a way or an opening (арқылы, через, ашық, открыт, пропуска…), and no closure: «В «Атамекене» вчера
# образовалась очередь» or «Тәжен» бекетінде кезек …» after an offer are news of their own.
_WAY = re.compile(
    r"(?<![\w-])(?:арқылы|через|ашық|ашылады|открыт\w*|пропуска\w*|пропуст\w*|пройти|проезжа\w*|пойдут|направ\w*"
    r"|предлага\w*|предлож\w*|ұсын\w*|жүреді|өтеді|өте\s+алады|жіберіледі)(?![\w-])",
    re.IGNORECASE,
)


def goes_on(text: str, a: int, b: int, spans: list) -> bool:
    """True when the sentence text[a:b] goes on with an offer made just before it: for whom
    before its first post (`spans`: its posts), a way or an opening, no closure."""
    if not spans or not _WAY.search(text, a, b) or _CLOSED.search(text, a, b):
        return False
    return bool(_AUDIENCE.search(text, a, spans[0].start))


def joined(first: str, then: str) -> str | None:
    """One post's two offers of one story as one fact, when the second goes on with the first
    (`goes_on`): «балама жаяу жүргіншілерге (вместо «Жибек жолы»)» and «балама жүк көліктеріне
    (вместо «Жибек жолы»)» are «балама жаяу жүргіншілерге, жүк көліктеріне (вместо «Жибек жолы»)»;
    None when they replace different posts or differ in their word for an alternative."""
    head1, _, tail1 = first.partition(" (вместо ")
    head2, _, tail2 = then.partition(" (вместо ")
    label, _, audience = head2.partition(" ")
    if tail1 != tail2 or not head1.startswith(label) or not audience or audience in head1:
        return None
    return f"{head1}{',' if ' ' in head1 else ''} {audience}" + (f" (вместо {tail1}" if tail1 else "")
