"""Directives told in Russian: the narrative («X поручил кому сделать …»), the passive
(«Госорганам поручено …») and the quote with its attribution («… необходимо провести …», —
поручил X); the giver, the dative addressee, the infinitive clause and the time phrase.
"""

from __future__ import annotations

import re

from store.extract.directives.posts import REGION_ABBREVIATIONS, WORD, holds_post, last_person, post_phrase
from store.extract.directives.russian_accusative import accusative_nominative, accusative_np
from store.extract.directives.russian_addressees import (
    POST_WORDS,
    abbreviated_np,
    addressee,
    before_whom,
    dative_np,
    has_case,
    phrase,
    undeclined_surname,
)
from store.extract.directives.russian_agents import passive_agent
from store.extract.directives.russian_from_list import listed_from
from store.extract.directives.speech import FIRST_PERSON, speaker_span
from store.extract.needles import opening_with
from store.extract.roles import is_role_word
from store.lang.normalize import parses, phrase_nominative
from store.lang.office_holders import holder_by_surname, named_holder
from store.lang.people import holder_named
from store.model import Directive, Mention

# behind a look at its first letter (needles.opening_with; issue 15)
TRIGGER = opening_with(
    r"\b(?:поручил[аио]?|потребовал[аио]?|поручено|поручается|обязал[аио]?|распорядил(?:ся|ась|ось|ись)|"
    r"дал[аи]?\s+(?:[\w-]+\s+){0,2}?поручени[ея]|(?:дал[аи]?|дан[оы]?)\s+(?:ряд|несколько|\d+)\s+(?:[\w-]+\s+)?поручений|"
    r"(?:поставил|обозначил)[аи]?\s+задач[уи]|поручаю|дал[аи]?\s+(?:[\w-]+\s+){0,2}?указани[ея]|"
    r"указал[аи]?\s+на\s+необходимость|"
    r"ставлю\s+задачу|(?:поставил|обозначил)[аи]?\s+перед\s+(?:[\w-]+\s+){1,4}?(?:ряд\s+)?задач[уи]?|"
    r"(?:поставлен[аоы]?|обозначен[аоы]?|дан[аоы]?)\s+(?:[\w-]+\s+){0,2}?(?:задач[аи]|поручени[ея])|"
    r"поручени[ея]\s+(?:был[оаи]?\s+)?дан[аоы]?)\b",
    re.I,
    "допсур",
)

# The noun shapes: an order given as a task or an instruction («поставлена задача …», «дано
# поручение …», «поставил перед акимом ряд задач «по обеспечению …»»); a passive one when no
# subject gives it.
_NOUN_ORDER = re.compile(r"задач|поручени", re.I)
_NOUN_PASSIVE = re.compile(r"^(?:поставлен|обозначен|дан|поручени)", re.I)


OBLIGATION = re.compile(r"\b(?:необходимо|нужно|следует|надлежит|должн[ыао]?|поручаю|ставлю\s+задачу)\b", re.I)


# The quote may end on a name in quotes whose closing mark closes it too («… пункта пропуска
# «Кольжат», — поручил …): one «», not two, as many sites print it.
QUOTE = re.compile(
    r"[«\"“]((?:[^«»\"“”]|«[^«»]*»)+?(?:«[^«»\"“”]*)?)[»\"”]\s*,?\s*[—–-]+\s*"
    r"(?:поручил[аи]?|потребовал[аи]?|указал[аи]?)\s+([^.!?\n]+)",
    re.I,
)


_WHEN = opening_with(  # behind its words' first letters (stop 51, ingest114)
    r"\b(?:в\s+(?:\w+)?(?:дневный|недельный|месячный|годичный)\s+срок|в\s+кратчайшие\s+сроки|"
    r"в\s+течение\s+(?:[\w-]+\s+){0,2}(?:дн(?:я|ей)|недел[иь]|месяц(?:а|ев)?|года|лет)|"
    r"до\s+(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|"
    r"к\s+(?:концу|началу|середине)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|"
    r"до\s+\d{1,2}(?:-?го)?\s+числа(?:\s+(?:следующего|текущего|каждого)\s+месяца)?|"
    r"(?:до|к)\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}\s+года)?|до\s+\d{4}\s+года|в\s+(?:первом|втором|третьем|четвертом|четвёртом)\s+"
    r"(?:полугодии|квартале)(?:\s+\d{4}\s+года)?|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|"
    r"незамедлительно|в\s+срок\s+до\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-я]+(?:\s+\d{4}\s+года)?|"
    r"(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?(?:года|месяца|квартала|недели)|\d{4}\s+года|[^,.;\s]+))",
    re.I,
    "вдекн",
)


_PRONOUNS = POST_WORDS | {"он", "она"}


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_WORD_CHAR = re.compile(r"\w")


def infinitive_at(words: list[tuple[int, str]], i: int) -> int | None:
    """Index of the first infinitive at or after i (adverbs may come first). Past the
    first eight words the addressee or a time phrase may still be running («поручил
    Пограничной службе в период с 22 мая и до окончания работ по … осуществлять …»):
    the search goes on to the clause's end, a finite verb, a semicolon or 40 words."""
    for j in range(i, min(len(words), i + 40)):
        w = words[j][1]
        if w == ";" or (j >= i + 8 and _finite_verb(w)):
            return None
        if not _WORD_CHAR.match(w):
            continue
        if any(p.tag.POS == "INFN" for p in parses(w)[:2]):
            return j
    return None


def _finite_verb(word: str) -> bool:
    first = parses(word)[:1] if re.match(r"[А-Яа-яЁё]", word) else []
    return bool(first) and first[0].tag.POS == "VERB"


# Where a clause's content ends: the outlet's or the speaker's attribution, a closing quote.
# A dash then «это» comments on the order told before it («настроить работу пунктов — это
# очень важный элемент»): the comment is no part of what is ordered.
_ATTRIBUTED = re.compile(
    r",\s*(?:—|-)?\s*(?:сообщает|передает|передаёт|говорится|отмечается|сообщили|"
    r"(?:сказал|заявил|отметил|подчеркнул|добавил)[аи]?)\b|\s[—–-]\s*это\b|[»\"”]"
    # «…, однако поручение (так и) не исполнено»: the order's status, no part of it (dir109)
    r"|,\s*(?:однако|но)\s+(?:[\w-]+\s+){0,2}?поручени\w*"
)


# An editor's note in parentheses: «(Жандос ДУЙСЕМБИЕВ. — Л. Т.)», «(… - прим. автора)».
_EDITOR_NOTE = re.compile(r"\s*\([^()]*(?:[—–-]\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.|прим\.[^()]*)\)")


def clause(sent: str, start: int) -> str:
    """The infinitive clause from `start` to the sentence end, without trailing attributions
    or an editor's notes."""
    what = _EDITOR_NOTE.sub("", sent[start:])
    what = what[: _content_end(what)]
    return what.strip(" .;:,—–-\n")


def _content_end(what: str) -> int:
    """Where _ATTRIBUTED ends the clause; a closing quote that closes a name the clause opened
    («перевести пункт пропуска «Краскино» на круглосуточный режим») does not."""
    for m in _ATTRIBUTED.finditer(what):
        head = what[: m.start()]
        if m.group() == "»" and head.count("«") > head.count("»"):
            continue
        if m.group() in '"”' and (head.count('"') % 2 == 1 or head.count("“") > head.count("”")):
            continue
        return m.start()
    return len(what)


# Direct speech on its own line, opened by a dash and attributed to who ordered it:
# «– Финансирование выросло. Ускорьтесь по всем направлениям, – поручил аким области.»
DASH_QUOTE = re.compile(
    r"^[ \t]*[—–-]\s*([^\n]+?)[,.!]?\s+[—–-]+\s*(?:поручил[аи]?|потребовал[аи]?|указал[аи]?)\s+([^.!?\n]+)",
    re.I | re.M,
)


def from_obligation(sent: str, by: str | None, context: str) -> Directive | None:
    """The order a sentence of a quote attributed to `by` gives: an obligation laid on
    someone («акиматам необходимо провести …»), else a verb in the imperative opening it
    («Ускорьтесь по всем направлениям»). A need of the speaker's own («мы должны решить …»)
    orders nobody."""
    ob = OBLIGATION.search(sent)
    if by is None:
        return None
    if ob and re.search(r"\b(?:мы|нам|я|мне)\s+$", sent[: ob.start()], re.I):
        return None
    if not ob:
        return _imperative(sent, by, context)
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    k = next(i for i, w in enumerate(words) if w[0] >= ob.end()) if any(w[0] >= ob.end() for w in words) else None
    inf = infinitive_at(words, k) if k is not None else None
    if inf is None:
        return None
    before = [i for i, w in enumerate(words) if w[0] < ob.start()]
    np = dative_np(words, 0, len(before))
    to = phrase(sent, words, np) if np else None
    return Directive(by=by, to=to, what=clause(sent, words[inf][0]), when=time_phrase(sent), sentence=context.strip())


def _imperative(sent: str, by: str, context: str) -> Directive | None:
    """«Ускорьтесь по всем направлениям», «Подготовьте четкую программу …»: a quote's
    sentence opened (after at most two words) by a verb in the imperative plural."""
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    for i, (_, w) in enumerate(words[:3]):
        first = parses(w)[:1] if re.match(r"[А-Яа-яЁё]", w) else []
        if first and first[0].tag.POS == "VERB" and first[0].tag.mood == "impr" and first[0].tag.number == "plur":
            what = clause(sent, words[i][0])
            return Directive(by=by, to=None, what=what, when=time_phrase(sent), sentence=context.strip())
    return None


def from_narrative(
    text: str, a: int, b: int, persons: list[Mention], mentions: list[Mention], previous: str | None = None
) -> Directive | None:
    """The order a sentence with an ordering verb tells; `previous` is the giver of the
    article's last order, the one a passive without a giver continues («Минтрансу также
    поручено …» after «Кабинет министров поручил …»)."""
    sent = text[a:b]
    trig = TRIGGER.search(sent)
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    after = next((i for i, w in enumerate(words) if w[0] >= trig.end()), len(words))
    found: list[int | None] = []

    def infinitive_after() -> int | None:
        """infinitive_at(words, after), looked for once: the addressee's bound and the order's clause
        both ask it (two walks over the same words and their parses; issue 15, stop 50)."""
        if not found:
            found.append(infinitive_at(words, after))
        return found[0]

    before_idx = [i for i, w in enumerate(words) if w[0] < trig.start()]
    passive = trig.group().lower() in ("поручено", "поручается") or bool(_NOUN_PASSIVE.match(trig.group()))
    by = resolve_giver(sent[: trig.start()], a, a + trig.start(), persons, b)
    if by is None and not passive:
        by = _body_subject(sent, a, trig.start(), mentions) or surname_subject(sent[: trig.start()], persons)
    impersonal = (  # «По итогам совещания профильным службам поручили …»: nobody is the subject
        by is None and trig.group().lower() == "поручили" and not resolve_giver(sent[trig.end() :], b, b, persons)
    )
    to = None
    if passive or impersonal:
        agent = passive_agent(sent, a, trig, words, persons) if passive else None
        named = persons.starting_in(a, a + trig.start())
        if agent is None and named and _dative_name(named[-1].surface) and not _agent(text[a : named[-1].start]):
            by = _named_after(text, b, persons)  # «Аринову поручено …. Такое поручение дал X»: X is the giver
            if by is None:
                return None  # «Бижановой было поручено»: the person named is the addressee; the giver is unknown
        np = before_whom(words, len(words)) if _NOUN_ORDER.search(trig.group()) else None  # «перед министром»
        np = np or dative_np(words, 0, agent[1] if agent and agent[1] < after else len(before_idx))
        if np is None and agent and agent[1] > after:  # «Поручение дано Минфину Премьер-министром X»
            np = dative_np(words, after, agent[1]) or abbreviated_np(words, after, agent[1])  # «поручено МЧС X-ом»
        if np is None and (impersonal or agent):  # «Поручено Президентом X Правительству …»: after the agent
            lo = max(after, agent[2]) if agent else after
            inf0 = infinitive_after()
            np = dative_np(words, lo, inf0 if inf0 is not None and inf0 > lo else min(len(words), lo + 6))
        to = addressee(sent, a, words, np, persons, mentions) if np else None
        if agent:
            by = resolve_giver(sent, agent[0].start, agent[0].end, persons)
        by = by or _signer(text, a, sent, persons) or (previous if previous != to else None)
        by = by or passive_giver(text, a, b, persons, to)
    else:
        if by is None:
            by = resolve_giver(sent[trig.end() :], a + trig.end(), b, persons)
        if by is None and FIRST_PERSON.search(trig.group().split()[0]):  # «Поручаю … . …, - сказал Токаев»
            span = speaker_span(text, b)
            by = resolve_giver(text[span[0] : span[1]], *span, persons) if span else None
        if after < len(words) and words[after][1].lower() == "от":
            inf = infinitive_at(words, after + 1)
            end = inf if inf is not None else len(words)
            to = listed_from(text, a + words[after + 1][0], a + words[end][0] if end < len(words) else b, mentions)
            to = to if end > after + 1 else None
        else:
            inf0 = infinitive_after()
            end = inf0 if inf0 is not None else min(len(words), after + 6)
            listed = after + 1 < end and words[after + 1][1] == ","  # «КГД, Пограничной службе и …»
            np = abbreviated_np(words, after, end) if listed else None
            np = np or dative_np(words, after, end) or abbreviated_np(words, after, end)
            obliged = _obliged(words, after, end, trig) if np is None else None
            if np is None and obliged is None:  # the addressee opening the sentence: «Министрам … Бектенов поручил …»
                named = persons.starting_in(a, a + trig.start())
                limit = (
                    next((i for i in before_idx if a + words[i][0] >= named[0].start), len(before_idx))
                    if named
                    else len(before_idx)
                )
                np = dative_np(words, 0, limit)  # never running into the giver's name
                np = np if np and np[0] == 0 else None
            if np is None and obliged is None:
                np, by = _fronted_addressee(sent, a, b, words, len(before_idx), persons, by)
            to = addressee(sent, a, words, np, persons, mentions) if np else obliged
    noun = bool(_NOUN_ORDER.search(trig.group()))
    if to is None and noun and not passive:  # «дал Правительству поручение …»: whom inside the phrase (dir109)
        inner = [i for i, w in enumerate(words) if trig.start() < w[0] < trig.end()]
        np = dative_np(words, inner[0], inner[-1]) if len(inner) > 1 else None
        to = addressee(sent, a, words, np, persons, mentions) if np else None
    if to is None and noun:  # «перед руководством Погранслужбы поставлена задача …»
        np = before_whom(words, len(words) if passive else after)
        to = addressee(sent, a, words, np, persons, mentions) if np else None
    topic = _topic(words, after) if "задач" in trig.group().lower() else None  # «задачи по ужесточению …»
    inf = infinitive_after() if topic is None else None
    if (inf is None and topic is None) or by is None:
        return None
    what = clause(sent, words[topic if topic is not None else inf][0])
    return Directive(by=by, to=to, what=what, when=time_phrase(sent), sentence=sent.strip())


_OBLIGED = re.compile(r"обязал", re.I)


def _obliged(words, after: int, end: int, trig: re.Match) -> str | None:
    """«обязал Министерство транспорта и акиматы …»: the accusative addressees right after
    «обязал», each in the nominative, joined by «и»; None after any other verb or slot."""
    if not _OBLIGED.match(trig.group()):
        return None
    parts = accusative_np(words, after, end)
    return " и ".join(accusative_nominative(words, p) for p in parts) or None


def _dative_name(surface: str) -> bool:
    """Is a person's name written in the dative? «Аринову», «Дархану Сатыбалды», «Игорю
    Черных»: the surname Russian does not decline says it by the given name before it."""
    words = surface.split()
    if has_case(words[-1], "datv"):
        return True
    return len(words) > 1 and has_case(words[0], "datv", nouns=True) and undeclined_surname(words[-1])


def _fronted_addressee(sent, a, b, words, trig_at, persons, by):
    """An official's dative phrase right before the verb, the giver before it: «Премьер-министр
    Олжас Бектенов заместителю министра Ерлану Кенжебекұлы поручил …», «… Бектенов обл.
    акимам поручил …». The giver is then the one named before the phrase (the last name
    before the verb is the addressee's). (np, giver); (None, by) for any other shape."""
    np = None
    lo = 0
    while lo < trig_at and (found := dative_np(words, lo, trig_at)) is not None:
        np, lo = found, found[1]
    if np is None or np[1] != trig_at or np[0] == 0 or not is_role_word(words[np[0]][1]):
        return None, by
    giver = resolve_giver(sent[: words[np[0]][0]], a, a + words[np[0]][0], persons, b)
    return (np, giver) if giver else (None, by)


def _agent(lead: str) -> bool:
    """Is the name after `lead` the agent of a passive, a post in the instrumental before it
    («президентом России Владимиром Путиным дано поручение»)?"""
    last = re.findall(r"[\w-]+", lead)[-3:]
    return any(is_role_word(w) and has_case(w, "ablt", nouns=True) and not has_case(w, "datv") for w in last)


def _topic(words: list[tuple[int, str]], after: int) -> int | None:
    """Where a task's content starts when «задача» is followed by «по» and an action («задачи
    по ужесточению требований», «ряд задач «по обеспечению освещения …»»): the word after
    «по», opening quotes skipped. «Поручения по …» name a field more often than an action
    and are not read so (the seeds' reference counts none)."""
    i = after
    while i < len(words) and words[i][1] in '«"“':
        i += 1
    if i + 1 < len(words) and words[i][1].lower() == "по" and has_case(words[i + 1][1], "datv"):
        return i + 1 if lemma(words[i + 1][1]) not in _TOPICS else None
    return None


# A subject area, not an action: «задачи по вопросам цифровизации» orders nothing in particular.
_TOPICS = frozenset("вопрос направление линия тема сфера часть".split())


def _body_subject(sent: str, a: int, trig: int, mentions) -> str | None:
    """A body giving the order as the subject right before the verb («Кабинет министров
    поручил …», «Правительство РК обязало …»): an organization mention ending at most
    two words before it, with no comma between."""
    for m in reversed(mentions.starting_in(a, a + trig)):
        if m.type != "organization" or m.end > a + trig:
            continue
        gap = sent[m.end - a : trig]
        if "," not in gap and len(gap.split()) <= 2 and not re.search(r"[«»\"()]", gap):
            return m.name
        return None
    return None


_SURNAME = re.compile(r"([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:а)?)\s*$")


def surname_subject(before: str, persons) -> str | None:
    """A surname the model did not mark, right before the verb («Мирзиёев поручил …» in a
    headline): the person of that surname the article names elsewhere, else the head of
    state or government of that surname (office_holders.csv), else nobody (a word of that
    shape may be a body, «Минфин»)."""
    m = _SURNAME.search(before)
    if m is None:
        return None
    key = m.group(1).lower().replace("ё", "е")
    stems = {key, key.removesuffix("а")}
    same = {
        p.name
        for p in persons
        if {(last := p.name.split()[-1].lower().replace("ё", "е")), last.removesuffix("а")} & stems
    }
    if len(same) > 1:
        return None
    name = same.pop() if same else None
    if name is None or " " not in name:  # a lone surname, maybe in the model's oblique form («Токаева»)
        return holder_by_surname(m.group(1)) or name
    return name


_BY_DECREE = re.compile(
    r"\b(?:согласно|в\s+соответствии\s+с)\s+(?:указу|указом|постановлени[юем]|распоряжени[юем])\b", re.I
)
_SIGNED = re.compile(r"\bподписал[аи]?\s+(?:указ|постановление|распоряжение)\b", re.I)


def _signer(text: str, a: int, sent: str, persons) -> str | None:
    """«Согласно указу, членам кабмина поручено …»: the giver of an order a decree gives is
    who signed it («Нурсултан Назарбаев подписал указ об отставке правительства»), named
    within the 2,000 characters before."""
    if not _BY_DECREE.search(sent):
        return None
    signed = list(_SIGNED.finditer(text, max(0, a - 2000), a))
    if not signed:
        return None
    m = signed[-1]
    lo = max((x.end() for x in re.finditer(r"[.!?]\s", text[max(0, m.start() - 200) : m.start()])), default=0)
    lo += max(0, m.start() - 200)
    return resolve_giver(text[lo : m.start()], lo, m.start(), persons)


_CHAIR = opening_with(r"\bпод\s+председательством\b", re.I, "п")  # behind «п» (stop 51, ingest114)


def _chair(text: str, pos: int, persons) -> str | None:
    """The person chairing the meeting the article reports («совещание под
    председательством акима региона Нуралхана Кошерова»), named before `pos`: the one
    giving the orders its outcome lists («По итогам … поручили …»)."""
    found = persons.memo("chair", lambda: _chair_at(text, persons))
    return found[1] if found and found[0] < pos else None


def _chair_at(text: str, persons) -> tuple[int, str] | None:
    m = _CHAIR.search(text)
    if m is None:
        return None
    named = persons.starting_in(m.end(), m.end() + 60)
    return (named[0].start, named[0].name) if named else None


def passive_giver(text: str, a: int, b: int, persons, to: str | None = None) -> str | None:
    """Who gave a passive order told in text[a:b] without its giver: the chair of the meeting
    named before, else the one the next sentence says gave it or chaired the meeting
    («Министерству дано поручение …. Поручение дал премьер-министр X», «… . Совещание провел
    вице-премьер X»), else the last person named before who is not its addressee."""
    return (
        _chair(text, a, persons)
        or _named_after(text, b, persons)
        or _last_other(persons, a, to)
        or _head_press_service(text[a:b], a, persons)
    )


# The sentence after a passive order naming its giver: «(Это|Такое) поручение дал X», «Совещание провел X».
_GIVEN_BY = re.compile(
    r"\s*(?:(?:эт\w+|так\w+|данн\w+|соответствующ\w+)\s+)?(?:поручени[ея]|задач[аи])\s+(?:дал[аи]?|озвучил[аи]?|поставил[аи]?)\s"
    r"|\s*(?:совещание|заседание|планерку|планёрку|штаб)\s+(?:провел|провёл|провела|проводил|проводила)\s"
    r"|\s*(?:совещание|заседание)\s+прош\w+\s+под\s+председательством\s",
    re.I,
)


def _named_after(text: str, b: int, persons) -> str | None:
    """The giver the sentence right after `b` names as having given the order or chaired the
    meeting (_GIVEN_BY), within 300 characters."""
    m = _GIVEN_BY.match(text, b, min(len(text), b + 300))
    if m is None:
        return None
    end = text.find(".", m.end(), b + 300)
    end = end if end > 0 else min(len(text), b + 300)
    return resolve_giver(text[m.end() : end], m.end(), end, persons)


# «…, сообщили в пресс-службе премьер-министра», «сообщает пресс-служба Президента»: whose service reports it.
_PRESS_SERVICE = re.compile(
    r"пресс-служб\w*\s+((?:[\w-]+\s+){0,1}?(?:президента|премьер-министра|главы\s+государства))", re.I
)


def _head_press_service(sent: str, a: int, persons) -> str | None:
    """A passive order nobody named gives, reported by a head of state's or government's own
    press service («Министру поручено …, сообщили в пресс-службе премьер-министра»): that
    head's order — his service reports his orders. A ministry's service reporting «ему
    поручено» is no giver: only the heads' are read."""
    m = _PRESS_SERVICE.search(sent)
    if m is None:
        return None
    return holder_or_post(phrase_nominative(m.group(1)), persons)


def _last_other(persons, pos: int, addressee: str | None) -> str | None:
    """The giver of a passive order nobody is said to give: the last person named before it,
    never its own addressee («Министру поручено …» after the minister was named)."""
    for m in reversed(persons.starting_in(0, pos)):
        if m.name != addressee:
            return m.name
    return None


def time_phrase(sent: str) -> str | None:
    m = _WHEN.search(sent)
    return " ".join(m.group().split()).lower() if m else None


def resolve_giver(span_text: str, lo: int, hi: int, persons: list[Mention], end: int | None = None) -> str | None:
    """The person giving the order: one named in [lo, hi) (the last one), else the one a
    pronoun stands for (the last named before), else the holder of the post a role
    phrase names («Глава государства», «Вице-премьер»). A post nobody named in the
    article holds («Министр транспорта поручил …») is the giver as written: naming the
    last person instead would put the order in the wrong mouth."""
    inside = persons.starting_in(lo, hi)
    if inside:
        return _nominative_holder(without_title(inside[-1].name))
    words = re.findall(r"[\w-]+", span_text)
    for i in range(len(words) - 1, -1, -1):
        w = words[i].lower()
        if w in ("он", "она"):
            return last_person(persons, lo)
        if w in _PRONOUNS:
            return holder_or_post(post_phrase(words, i), persons, (hi, end) if end else None)
        if w in ("который", "которая"):
            return _antecedent_post(words[:i], persons)
    return None


def without_title(name: str) -> str:
    """A person's name the model took with its title when an abbreviation broke the title
    («Аким Шуского р-на Ерлан Нурбеков», «… Туркестанской обл. Дархан Сатыбалды»): the
    title is the role, the name is what follows its last role word or abbreviation; an
    abbreviation after the name is the next phrase's."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in REGION_ABBREVIATIONS:
        words.pop()  # «Серик Жумангарин обл» (… обл. акимам поручил): the addressees' region
    name = " ".join(words)
    cut = max(
        (i for i, w in enumerate(words) if w.lower().rstrip(".") in REGION_ABBREVIATIONS or is_role_word(w)),
        default=-1,
    )
    rest = words[cut + 1 :]
    return " ".join(rest) if cut >= 0 and rest and all(w[:1].isupper() for w in rest) else name


def _nominative_holder(name: str) -> str:
    """A head of state's name the model left in the genitive («приводятся слова Касым-Жомарт
    Токаева»): the table's nominative when it has the first name and the surname without its
    «-а»; any other name as it is."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1].endswith("а"):
        return name
    holder = holder_by_surname(parts[-1][:-1])
    return holder if holder and holder.split()[0] == parts[0] else name


def holder_or_post(post: str, persons, rest: tuple[int, int] | None = None) -> str:
    """The person holding the post a role phrase names: by the role the article gives a
    person, else by the table of heads of state and government when the article names
    that holder too; else the post as written, in the nominative. A holder named in `rest`,
    the rest of the post's own sentence («Президент … поставил перед ними задачу спасти
    жизнь президента Украины Виктора Януковича»), is another person the order is about."""
    holders = persons.memo(
        ("ru", post.lower()),
        lambda: [m for m in persons if m.role and holds_post(post.lower(), m.role.lower())],
    )
    if rest is not None:
        holders = [m for m in holders if not rest[0] <= m.start < rest[1]]
    if holders:
        return holders[-1].name
    name = phrase_nominative(post)
    known = persons.memo(("kb", name.lower()), lambda: named_holder(name, [m.name for m in persons]))
    if known is None:
        others = [m.name for m in persons if rest is None or not rest[0] <= m.start < rest[1]]
        known = persons.memo(("people", name.lower(), rest), lambda: _official(name, others, persons))
    return known or name[:1].upper() + name[1:]


def _official(post: str, names: list[str], persons) -> str | None:
    """The official of people.csv holding a post beneath the head of state and government
    whom the article names too («Вице-премьер» when it names Роман Скляр; «аким области»
    when it names the akim and his region). A person named in the rest of the post's own
    sentence is left out: «Министр поручил министру транспорта Нурлану Сауранбаеву …»
    names the addressee, not the giver."""
    return holder_named(post, names, getattr(persons, "text", ""), getattr(persons, "date", None))


def _antecedent_post(words: list[str], persons) -> str | None:
    """«по поручению Президента Казахстана, который потребовал …»: the giver is the post the
    relative pronoun refers back to, written a few words before it in any case."""
    for j in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if lemma(words[j]) in POST_WORDS:
            return holder_or_post(post_phrase(words, j), persons)
    return None


def lemma(word: str) -> str:
    """The word's first dictionary reading's lemma («Президента» → «президент»), else the word in lower case."""
    first = parses(word)[:1]
    return first[0].normal_form if first else word.lower()
