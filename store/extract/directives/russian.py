"""Directives told in Russian: the narrative («X поручил кому сделать …»), the passive
(«Госорганам поручено …») and the quote with its attribution («… необходимо провести …», —
поручил X); the giver, the dative addressee, the infinitive clause and the time phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.directives.posts import WORD, holds_post, last_person, post_phrase
from store.extract.directives.speech import FIRST_PERSON, speaker_span
from store.extract.roles import is_role_word
from store.lang.normalize import parses, phrase_nominative
from store.lang.office_holders import holder_by_surname, named_holder
from store.model import Directive, Mention

TRIGGER = re.compile(
    r"\b(?:поручил[аио]?|потребовал[аио]?|поручено|поручается|обязал[аио]?|"
    r"дал[аи]?\s+(?:[\w-]+\s+){0,2}?поручени[ея]|(?:поставил|обозначил)[аи]?\s+задач[уи]|поручаю|"
    r"ставлю\s+задачу|(?:поставил|обозначил)[аи]?\s+перед\s+(?:[\w-]+\s+){1,4}?(?:ряд\s+)?задач[уи]?|"
    r"(?:поставлен[аоы]?|обозначен[аоы]?|дан[аоы]?)\s+(?:[\w-]+\s+){0,2}?(?:задач[аи]|поручени[ея])|"
    r"поручени[ея]\s+(?:был[оаи]?\s+)?дан[аоы]?)\b",
    re.I,
)

# The noun shapes: an order given as a task or an instruction («поставлена задача …», «дано
# поручение …», «поставил перед акимом ряд задач «по обеспечению …»»); a passive one when no
# subject gives it.
_NOUN_ORDER = re.compile(r"задач|поручени", re.I)
_NOUN_PASSIVE = re.compile(r"^(?:поставлен|обозначен|дан|поручени)", re.I)


OBLIGATION = re.compile(r"\b(?:необходимо|нужно|следует|надлежит|должн[ыао]?|поручаю|ставлю\s+задачу)\b", re.I)


QUOTE = re.compile(
    r"[«\"“]((?:[^«»\"“”]|«[^«»]*»)+?)[»\"”]\s*,?\s*[—–-]+\s*"
    r"(?:поручил[аи]?|потребовал[аи]?|указал[аи]?)\s+([^.!?\n]+)",
    re.I,
)


_WHEN = re.compile(
    r"\b(?:в\s+(?:\w+)?(?:дневный|недельный|месячный|годичный)\s+срок|в\s+кратчайшие\s+сроки|"
    r"в\s+течение\s+(?:[\w-]+\s+){0,2}(?:дн(?:я|ей)|недел[иь]|месяц(?:а|ев)?|года|лет)|"
    r"до\s+(?:конца|начала|середины)\s+(?:[\w-]+\s+){0,2}?года|"
    r"(?:до|к)\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"(?:\s+\d{4}\s+года)?|до\s+\d{4}\s+года|в\s+(?:первом|втором|третьем|четвертом|четвёртом)\s+"
    r"(?:полугодии|квартале)(?:\s+\d{4}\s+года)?|ежедневно|еженедельно|ежемесячно|ежеквартально|ежегодно|"
    r"незамедлительно|в\s+срок\s+до\s+[^,.;]+)",
    re.I,
)


_PRONOUNS = {"он", "она", "глава", "вице-премьер", "премьер", "премьер-министр", "президент", "министр", "аким"}
# The posts a giver or addressee may be written as, in the nominative.
POST_WORDS = frozenset(_PRONOUNS - {"он", "она"})


def infinitive_at(words: list[tuple[int, str]], i: int) -> int | None:
    """Index of the first infinitive at or after i (adverbs may come first). Past the
    first eight words the addressee or a time phrase may still be running («поручил
    Пограничной службе в период с 22 мая и до окончания работ по … осуществлять …»):
    the search goes on to the clause's end, a finite verb, a semicolon or 40 words."""
    for j in range(i, min(len(words), i + 40)):
        w = words[j][1]
        if w == ";" or (j >= i + 8 and _finite_verb(w)):
            return None
        if not re.match(r"\w", w):
            continue
        if any(p.tag.POS == "INFN" for p in parses(w)[:2]):
            return j
    return None


def _finite_verb(word: str) -> bool:
    first = parses(word)[:1] if re.match(r"[А-Яа-яЁё]", word) else []
    return bool(first) and first[0].tag.POS == "VERB"


# Where a clause's content ends: the outlet's or the speaker's attribution, a closing quote.
_ATTRIBUTED = re.compile(
    r",\s*(?:—|-)?\s*(?:сообщает|передает|передаёт|говорится|отмечается|сообщили|"
    r"(?:сказал|заявил|отметил|подчеркнул|добавил)[аи]?)\b|[»\"”]"
)


# An editor's note in parentheses: «(Жандос ДУЙСЕМБИЕВ. — Л. Т.)», «(… - прим. автора)».
_EDITOR_NOTE = re.compile(r"\s*\([^()]*(?:[—–-]\s*[А-ЯЁ]\.\s*[А-ЯЁ]\.|прим\.[^()]*)\)")


def clause(sent: str, start: int) -> str:
    """The infinitive clause from `start` to the sentence end, without trailing attributions
    or an editor's notes."""
    what = _EDITOR_NOTE.sub("", sent[start:])
    what = _ATTRIBUTED.split(what)[0]
    return what.strip(" .;:,—–-\n")


def dative_np(words: list[tuple[int, str]], lo: int, hi: int) -> tuple[int, int] | None:
    """The first dative noun phrase in words[lo:hi] that no preposition governs («по
    развитию» is not an addressee), with its genitive tail: (i, j) word range."""
    for i in range(lo, hi):
        if not has_case(words[i][1], "datv", nouns=True):
            continue
        k = i
        while k > lo and _agrees(words[k - 1][1], words[i][1]):
            k -= 1
            if k - 2 >= lo and words[k - 1][1] == "и" and _agrees(words[k - 2][1], words[i][1]):
                k -= 1  # adjectives joined: «центральным и местным органам»
        if k > 0 and any(p.tag.POS == "PREP" for p in parses(words[k - 1][1])[:1]):
            continue
        j = _placed(words, _named(words, i, _genitive_tail(words, i + 1, hi), hi), hi)
        # coordinated addressees: «правительству и акиматам», «Минтрансу, Минфину и акиматам»
        while j + 1 < hi and words[j][1] in {",", "и"}:
            n = j + 1
            if words[j][1] == "," and [w.lower() for _, w in words[n : n + 2]] == ["а", "также"]:
                n += 2  # «органам, а также национальным компаниям»
            if n >= hi or not has_case(words[n][1], "datv"):
                break
            while n < hi and has_case(words[n][1], "datv") and not has_case(words[n][1], "datv", nouns=True):
                n += 1  # its adjectives
            if n >= hi or not has_case(words[n][1], "datv", nouns=True):
                break
            j = _placed(words, _named(words, n, _genitive_tail(words, n + 1, hi), hi), hi)
        return k, j
    return None


def _placed(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Past a place phrase inside a list of addressees: «полномочному представителю президента
    в Ошской области Кыргызской Республики и главам …» — only when another dative addressee
    follows it, so a place after the last one («… акиматам в регионах провести …») stays out."""
    if j >= hi or words[j][1].lower() != "в":
        return j
    n = j + 1
    while n < hi and has_case(words[n][1], "loct") and not has_case(words[n][1], "loct", nouns=True):
        n += 1
    if n >= hi or not has_case(words[n][1], "loct", nouns=True):
        return j
    n = _genitive_tail(words, n + 1, hi)
    joined = n + 1 < hi and words[n][1] in {",", "и"} and has_case(words[n + 1][1], "datv")
    return n if joined else j


def _named(words: list[tuple[int, str]], head: int, j: int, hi: int) -> int:
    """Where an official's dative phrase ends with the name after it: «акиму города Азамату
    Бекету» (up to three capitalized datives after a post), so the list goes on past it."""
    if not is_role_word(words[head][1]):
        return j
    n = j
    while n < hi and n - j < 3 and words[n][1][:1].isupper() and has_case(words[n][1], "datv", nouns=True):
        n += 1
    return n


def _agrees(word: str, head: str) -> bool:
    """Is `word` an adjective of the dative noun `head`: dative, not a noun, and of its number
    («Вместе с этим Министерству …»: «этим» is no adjective of «Министерству»)."""
    if not has_case(word, "datv") or has_case(word, "datv", nouns=True):
        return False
    numbers = {p.tag.number for p in parses(head)[:4] if p.tag.case == "datv" and p.tag.POS == "NOUN"}
    return any(p.tag.case == "datv" and p.tag.number in numbers for p in parses(word)[:4])


def _genitive_tail(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Where a noun's genitive tail ending at or after j ends («Министерству транспорта
    и коммуникаций»)."""
    while j < hi and (
        has_case(words[j][1], "gent")
        or (words[j][1] in {",", "и"} and j + 1 < hi and has_case(words[j + 1][1], "gent"))
    ):
        j += 1
    return j


def has_case(word: str, case: str, nouns: bool = False) -> bool:
    """Can the word be in `case`? A word read first as a preposition or conjunction («к»,
    «с») is not, though the dictionary also lists it as a letter's name."""
    if not re.match(r"[А-Яа-яЁё]", word):
        return False
    if parses(word)[:1] and parses(word)[0].tag.POS in ("PREP", "CONJ", "ADVB"):
        return False  # «Наряду с этим»: an adverb first, though a noun's dative too
    pos = ("NOUN",) if nouns else ("NOUN", "ADJF", "PRTF")
    return any(p.tag.case == case and p.tag.POS in pos for p in parses(word)[:4])


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
    to = _phrase(sent, words, np) if np else None
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
        named = persons.starting_in(a, a + trig.start())
        if named and has_case(named[-1].surface.split()[-1], "datv") and not _agent(text[a : named[-1].start]):
            return None  # «Бижановой было поручено»: the person named is the addressee; the giver is unknown
        np = _before_whom(words, len(words)) if _NOUN_ORDER.search(trig.group()) else None  # «перед министром»
        np = np or dative_np(words, 0, len(before_idx))
        if np is None and impersonal:
            inf0 = infinitive_at(words, after)
            np = dative_np(words, after, inf0 if inf0 is not None else min(len(words), after + 6))
        to = addressee(sent, a, words, np, persons, mentions) if np else None
        by = by or _signer(text, a, sent, persons) or (previous if previous != to else None)
        by = by or _chair(text, a, persons) or _last_other(persons, a, to)
    else:
        if by is None:
            by = resolve_giver(sent[trig.end() :], a + trig.end(), b, persons)
        if by is None and FIRST_PERSON.search(trig.group().split()[0]):  # «Поручаю … . …, - сказал Токаев»
            span = speaker_span(text, b)
            by = resolve_giver(text[span[0] : span[1]], *span, persons) if span else None
        if after < len(words) and words[after][1].lower() == "от":
            inf = infinitive_at(words, after + 1)
            end = inf if inf is not None else len(words)
            to = _addressees(text, a, words, after + 1, end, mentions)
        else:
            inf0 = infinitive_at(words, after)
            np = dative_np(words, after, inf0 if inf0 is not None else min(len(words), after + 6))
            if np is None:  # the addressee opening the sentence: «Министрам транспорта и финансов Бектенов поручил …»
                named = persons.starting_in(a, a + trig.start())
                limit = (
                    next((i for i in before_idx if a + words[i][0] >= named[0].start), len(before_idx))
                    if named
                    else len(before_idx)
                )
                np = dative_np(words, 0, limit)  # never running into the giver's name
                np = np if np and np[0] == 0 else None
            to = addressee(sent, a, words, np, persons, mentions) if np else None
    noun = bool(_NOUN_ORDER.search(trig.group()))
    if to is None and noun:  # «перед руководством Погранслужбы поставлена задача …»
        np = _before_whom(words, len(words) if passive else after)
        to = addressee(sent, a, words, np, persons, mentions) if np else None
    topic = _topic(words, after) if "задач" in trig.group().lower() else None  # «задачи по ужесточению …»
    inf = infinitive_at(words, after) if topic is None else None
    if (inf is None and topic is None) or by is None:
        return None
    what = clause(sent, words[topic if topic is not None else inf][0])
    return Directive(by=by, to=to, what=what, when=time_phrase(sent), sentence=sent.strip())


def _agent(lead: str) -> bool:
    """Is the name after `lead` the agent of a passive, a post in the instrumental before it
    («президентом России Владимиром Путиным дано поручение»)?"""
    last = re.findall(r"[\w-]+", lead)[-3:]
    return any(is_role_word(w) and has_case(w, "ablt", nouns=True) and not has_case(w, "datv") for w in last)


def _before_whom(words: list[tuple[int, str]], hi: int) -> tuple[int, int] | None:
    """«перед руководством Погранслужбы», «перед акимом»: the instrumental noun phrase after
    «перед» in words[:hi], with its genitive tail — whom a task is set before."""
    for i in range(hi - 1):
        if words[i][1].lower() != "перед":
            continue
        j = i + 1
        while j < hi and has_case(words[j][1], "ablt") and not has_case(words[j][1], "ablt", nouns=True):
            j += 1  # its adjectives
        if j < hi and has_case(words[j][1], "ablt", nouns=True):
            return i + 1, _genitive_tail(words, j + 1, hi)
    return None


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


_CHAIR = re.compile(r"\bпод\s+председательством\b", re.I)


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


def _last_other(persons, pos: int, addressee: str | None) -> str | None:
    """The giver of a passive order nobody is said to give: the last person named before it,
    never its own addressee («Министру поручено …» after the minister was named)."""
    for m in reversed(persons.starting_in(0, pos)):
        if m.name != addressee:
            return m.name
    return None


def addressee(sent: str, a: int, words, np: tuple[int, int], persons, mentions) -> str:
    """The dative noun phrase words[np] as the addressee: the body a mention starting there
    names in full («Пограничной службе ГКНБ» is «Пограничная служба ГКНБ», an abbreviation
    the case rules cannot read), else the phrase in the nominative, a post resolved to its
    holder."""
    at = a + words[np[0]][0]
    end = a + words[np[1] - 1][0] + len(words[np[1] - 1][1])
    body = [m for m in mentions.starting_in(at, at + 1) if m.type == "organization" and m.end >= end]
    if body:  # the phrase is that one body (coordinated ones are read as a phrase)
        return body[0].name
    named = [m for m in persons.starting_in(at, end) if m.end <= end]
    if named:  # «акиму города Азамату Бекету, руководителям органов»: each official by name
        return _with_names(sent, a, at, end, named)
    return _addressed_person(_phrase(sent, words, np), persons)


def _with_names(sent: str, a: int, at: int, end: int, named) -> str:
    """The coordinated addressees in text[at:end], each one naming a person given as that
    person («Азамат Бекет»), the others in the nominative; joined by «; »."""
    raw = sent[at - a : end - a]
    cuts = [0] + [m.end() for m in re.finditer(r",\s*|\s+и\s+", raw) if has_case(raw[m.end() :].split()[0], "datv")]
    out = []
    for lo, hi in zip(cuts, [*cuts[1:], len(raw)], strict=True):
        part = raw[lo:hi].strip(" ,")
        part = re.sub(r"\s+и$", "", part)
        person = next((m.name for m in named if at + lo <= m.start < at + hi), None)
        out.append(person or phrase_nominative(part))
    return "; ".join(p for p in out if p)


def _addressed_person(to: str, persons) -> str:
    """An addressee written as a post («министру поручено …») is the one person the article
    gives that post to («министр транспорта Нурлан Сауранбаев»); with none, or two, the
    post stays as written."""
    words = to.split()
    if not words or words[0].lower() not in POST_WORDS:
        return to
    post = to.lower()
    named = {m.name for m in persons if m.role and holds_post(post, m.role.lower())}
    return named.pop() if len(named) == 1 else to


def _addressees(text, a, words, i, j, mentions) -> str | None:
    """«от Минфина и Минтранса»: the organizations named there, else the phrase itself."""
    lo, hi = a + words[i][0], a + (words[j][0] if j < len(words) else len(text) - a)
    named = [m.name for m in mentions.starting_in(lo, hi) if m.type == "organization"]
    if named:
        return "; ".join(dict.fromkeys(named))
    if j <= i:
        return None
    end = a + words[j - 1][0] + len(words[j - 1][1])
    return _phrase(text[a:end], words, (i, j))  # not text[a:]: a copy of the rest of the text per call


def _phrase(sent: str, words, rng) -> str:
    i, j = rng
    raw = sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])]
    raw = " ".join(raw.split()).strip(" ,")
    nom = _coordinated_nominative(raw)
    return (
        nom[:1].lower() + nom[1:]
        if nom[:1].isupper()
        and not nom.split()[0].isupper()
        and nom.split()[0].lower() in {"госорганы", "акиматы", "госорганам", "акиматам"}
        else nom
    )


def _coordinated_nominative(raw: str) -> str:
    """Each of coordinated addressees in the nominative («правительству и акиматам» →
    «правительство и акиматы»); «и» inside one body's name («транспорта и коммуникаций»,
    a genitive after it) does not split it."""
    parts = re.split(r"(,\s*а\s+также\s+|,\s*|\s+и\s+)(?=(\w+))", raw)
    out, current = [], parts[0]
    for sep, nxt, rest in zip(parts[1::3], parts[2::3], parts[3::3], strict=False):
        head = any(has_case(w, "datv", nouns=True) for w in current.split())  # not «центральным и местным …»
        if head and has_case(nxt, "datv") and not has_case(nxt, "gent"):
            out += [_part_nominative(current), sep]
            current = rest
        else:
            current += sep + rest
    return "".join([*out, _part_nominative(current)])


def _part_nominative(part: str) -> str:
    """One addressee in the nominative, adjectives joined by «и» before its noun included:
    «всем центральным и местным органам» → «все центральные и местные органы»."""
    m = re.fullmatch(r"(\S.*?)\s+и\s+(.+)", part)
    if m is None or any(has_case(w, "datv", nouns=True) for w in m.group(1).split()):
        return phrase_nominative(part)
    n = len(m.group(1).split())
    words = phrase_nominative(f"{m.group(1)} {m.group(2)}").split()
    return " ".join([*words[:n], "и", *words[n:]])


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
        return _nominative_holder(inside[-1].name)
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
    return known or name[:1].upper() + name[1:]


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


_SECOND_ORDER = re.compile(r",\s+а\s+(?:также\s+)?([^,—–]{3,80}?)\s+[—–-]\s+(\w[^;]*)$")


def split_coordinated(d: Directive) -> list[Directive]:
    """«поручил министру провести мониторинг, а Министерству финансов — изыскать
    резервы»: two orders in one sentence, the second with its own dative addressee and
    infinitive after a dash; the giver is the same."""
    m = _SECOND_ORDER.search(d.what)
    if m is None:
        return [d]
    head, rest = m.group(1).split(), m.group(2)
    if not has_case(head[0], "datv") or not any(p.tag.POS == "INFN" for p in parses(rest.split()[0])[:2]):
        return [d]
    first = replace(d, what=d.what[: m.start()].strip(" ,"))
    second = replace(d, to=phrase_nominative(m.group(1)), what=rest.strip(" .;"), when=time_phrase(rest) or d.when)
    return [first, second]
