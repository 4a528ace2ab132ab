"""Orders reported through their execution: «… которую реализуют по поручению Президента
Казахстана Касым-Жомарта Токаева», «По поручению Главы государства на посту установят
сканеры»; in Kazakh «Мемлекет басшысының тапсырмасы бойынша бекетте терминал салынады».
No verb of ordering is in the sentence, yet it says who ordered what: the giver
is the person, post or body after «по (прямому) поручению», and what was ordered is the
clause before the phrase (the work done by the order), or the one after it when the
phrase opens the sentence. Sentences with an ordering verb are left to russian.py and
kazakh.py.

Only two such citations are orders a reader tracks: a programme the order set going,
named in a relative clause («частью программы, которую реализуют по поручению X»; dev's
e003 counts it), and work the order has still to bring («Полиция по поручению министра
усилит патрулирование»: a future verb). Work told as done or under way («По поручению
Президента трассу расширили», «Работы … ведутся по поручению премьер-министра …», «Жаңа
көпір … тапсырмасы бойынша салынды») cites an earlier order to credit it (dev's c001
counts none; on the 1,150 saved pages 17 of 111 directives were such credits).
"""

from __future__ import annotations

import re

from store.extract.directives.posts import ByPosition, holds_post, kz_is_role, post_phrase
from store.extract.directives.russian import POST_WORDS, holder_or_post, lemma, time_phrase
from store.lang.normalize import parses, phrase_nominative
from store.lang.office_holders import named_holder
from store.lang.wordlists import words
from store.model import Directive

# The outlet's attribution ending a sentence: «…, передает корреспондент агентства».
_ATTRIBUTION = re.compile(r",\s*(?:—|-)?\s*(?:сообщает|сообщили|передает|передаёт|пишет|говорится)\b", re.I)

# «по (прямому) поручению X», «во исполнение поручения X» (dir109): the giver in the genitive either way.
COMMISSION = re.compile(
    r"\b(?:по\s+(?:(?:прямому|личному|непосредственному)\s+)?поручению|во\s+исполнение\s+поручени[яй])\s+", re.I
)

# «<giver in the genitive> (тікелей) тапсырмасы бойынша / аясында / тапсырмасымен / тапсырмасына сәйкес»
KZ_COMMISSION = re.compile(
    r"(?<![\w-])((?:[\w-]+\s+){0,3}[\w-]+(?:ның|нің|дың|дің|тың|тің))\s+(?:тікелей\s+)?"
    r"(?:тапсырмасы\s+(?:бойынша|аясында)|тапсырмасымен|тапсырмасына\s+сәйкес)(?![\w-])",
    re.I,
)
# A Kazakh post in the genitive, as the Russian post phrase the holders are looked up by.
# The outlet's attribution ending a Kazakh sentence: «…, деп хабарлайды «Адырна» тілшісі».
_KZ_ATTRIBUTION = re.compile(r",?\s*[-–—]?\s*деп\s+(?:хабарлайды|хабарлады|жазады|мәлімдеді)\b", re.I)

_KZ_POSTS = [
    (re.compile(r"(?:мемлекет\s+басшысының|президенттің|елбасының)$", re.I), "Мемлекет басшысы", "Президент"),
    (re.compile(r"(?:үкімет\s+басшысының|премьер-министрдің)$", re.I), "Үкімет басшысы", "Премьер-министр"),
]


def from_commission(text: str, a: int, b: int, persons: ByPosition, mentions: ByPosition) -> Directive | None:
    """The order a sentence text[a:b] reports as done «по поручению X», or None when no
    giver follows the phrase."""
    sent = text[a:b]
    m = COMMISSION.search(sent)
    if m is None:
        return None
    found = _giver(text, a + m.end(), b, persons, mentions)
    if found is None:
        return None
    by, end = found
    before = re.split(r"\s[—–]\s", sent[: m.start()])[-1].strip()  # not a dateline («… КазТАГ — Полиция»)
    relative = _RELATIVE_END.search(before)
    if relative:  # «…частью программы, которую реализуют по поручению X»: the programme was ordered
        what = _antecedent(before[: relative.start()], relative.group())
        if what is None:
            return None
        return Directive(
            by=by, to=None, what=what[:1].upper() + what[1:], when=time_phrase(sent), sentence=sent.strip()
        )
    before = _SOURCE_LEAD.sub("", before)
    before = _REPORTED.split(before)[-1]  # «…, который напомнил, что проект реализуется (по поручению)»
    after = _EDITOR_NOTE.sub("", _ATTRIBUTION.split(sent[end - a :])[0])
    if len(before.split()) < 3:
        what = after
    else:  # «Заместитель, курирующий сферу, по поручению X был освобожден …»: the predicate comes after
        what = before if _has_predicate(before) else f"{before} {after}"
    what = re.sub(r"\s+([,.;:])", r"\1", " ".join(what.split())).strip(" ,.;:—–-")
    if len(what.split()) < 3 or not _still_to_come(what):
        return None  # «По поручению Президента трассу расширили»: a credit for work done, no order
    to = _subject(what) or (_subject(before + " " + what) if len(before.split()) < 3 else None)
    return Directive(by=by, to=to, what=what[:1].upper() + what[1:], when=time_phrase(sent), sentence=sent.strip())


def _subject(clause: str) -> str | None:
    """Who is to do the work, when a body in the nominative stands before the clause's verb
    («Министерство транспорта до конца года построит …», «В 2027 году пограничная служба обновит
    …», «Полиция … усилит …»): the order's addressee, as the giver's order is theirs to carry out
    (dir109). None for any other opening («На посту установят …»: no subject; «Новые весы
    установят …»: no body)."""
    words = re.findall(r"[\w«»-]+", clause)
    verb = next((k for k, w in enumerate(words) if _is_verb(w)), None)
    if verb is None:
        return None
    head = " ".join(words[:verb])
    term = time_phrase(head)  # «… до конца года построит»: the term is no part of the subject
    cut = head.lower().find(term.split()[0] + " ") if term else -1
    head = head[:cut].strip() if cut >= 0 else head
    if _names_subject(head):
        return head
    last = head.split()[-_SUBJECT_WORDS:]  # «В 2027 году пограничная служба»: the words right before the verb
    return next((" ".join(last[k:]) for k in range(len(last)) if _names_subject(" ".join(last[k:]))), None)


def _names_subject(head: str) -> bool:
    """Is the phrase a body in the nominative: a nominative opening and a body's head noun or an
    abbreviation in it?"""
    if not head or len(head.split()) > _SUBJECT_WORDS:
        return False
    opening = parses(head.split()[0])[:2]
    heads = ("NOUN", "ADJF") if len(head.split()) > 1 else ("NOUN",)  # «Пограничная служба КНБ»
    nominative = any(p.tag.POS in heads and p.tag.case == "nomn" for p in opening)
    named = any(p.normal_form in _SUBJECT_HEADS for w in head.split() for p in parses(w)[:2])
    return nominative and (named or bool(re.search(r"\b[А-ЯЁ]{2,6}\b", head)))


def _is_verb(word: str) -> bool:
    """Is the word's likeliest reading a finite verb or a short participle?"""
    first = parses(word)[:1]
    return bool(first) and first[0].tag.POS in ("VERB", "PRTS")


_SUBJECT_WORDS = 5  # «Пограничная служба КНБ»: a body's name is a short phrase
# The head nouns that make a subject a body («Министерство …», «Полиция», «Акимат …»), not a thing
# the work is done to («Новые сканеры установят …»).
_SUBJECT_HEADS = words("org_head_nouns") | words("parent_body_heads") | {"акимат", "полиция", "ведомство", "управление"}

# What was done by the order is the clause told, not its teller: «премьер, который напомнил,
# что проект реализуется по поручению …» → «проект реализуется».
_REPORTED = re.compile(r",\s*что\s+", re.I)

# A relative clause cut by the phrase: «… программы, которую реализуют (по поручению …)».
_RELATIVE_END = re.compile(r",\s*котор\w+\s+[\w-]+\s*$", re.I)


def _antecedent(clause: str, relative: str) -> str | None:
    """What a relative clause says was done by the order is its antecedent, the noun
    phrase before the comma, in the nominative («Открытие стало частью государственной
    программы обновления, которую реализуют по поручению …» → «государственная программа
    обновления»), not the clause it hangs on: the opening of a post was no order. The
    phrase is the genitive chain ending the clause, with the noun before it when the
    chain's head does not agree with «который» («запустили программу обновления, которую»);
    None when no noun ends the clause."""
    words = clause.split()
    pron = parses(re.search(r"котор\w+", relative, re.I).group())[:1]
    agree = (pron[0].tag.gender, pron[0].tag.number) if pron else (None, None)
    i = len(words)
    while i > 0 and _nominal(words[i - 1], "gent"):
        i -= 1
        if i > 1 and words[i - 1].lower() == "по" and _nominal(words[i - 2], "gent"):
            i -= 1  # «программы по модернизации инфраструктуры»: the programme heads it
    head = next((w for w in words[i:] if _noun(w)), None)
    if i > 0 and (head is None or not _agrees(head, agree)) and _noun(words[i - 1]) and _agrees(words[i - 1], agree):
        i -= 1
        while i > 0 and _nominal(words[i - 1], None) and not _noun(words[i - 1]):
            i -= 1
    if i == len(words) or not any(_noun(w) for w in words[i:]):
        return None
    return phrase_nominative(" ".join(words[i:]).strip(' ,«»"'))


def _nominal(word: str, case: str | None) -> bool:
    """A noun or an adjective (in `case` when given) by the word's first readings."""
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and (case is None or p.tag.case == case) for p in parses(word)[:2])


def _noun(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in parses(word)[:1])


def _agrees(word: str, agree: tuple) -> bool:
    """Is the noun of the gender and number the relative pronoun has?"""
    gender, number = agree
    for p in parses(word)[:2]:
        if p.tag.POS == "NOUN" and (number == "plur" and p.tag.number == "plur" or p.tag.gender == gender):
            return True
    return False


# The source a sentence opens with: «По данным пресс-службы правительства, …».
_SOURCE_LEAD = re.compile(
    r"^(?:по\s+(?:данным|информации|сведениям)|как\s+(?:сообщает|сообщил[аи]?|передает))\s+[^,]{3,80},\s*", re.I
)

# An editor's note in parentheses: «(Тимуржан Шакимов - прим. автора)».
_EDITOR_NOTE = re.compile(r"\s*\([^()]*прим\.[^()]*\)")


def _still_to_come(clause: str) -> bool:
    """Is the clause's predicate (its first finite verb or short participle) in the future
    tense («усилит», «будет построен»), the work the order asks still to be done? «Расширили»,
    «ведутся», «был освобождён», «построен» tell it done or under way."""
    for w in re.findall(r"[А-Яа-яЁё-]+", clause):
        first = parses(w)[:1]
        if first and first[0].tag.POS in ("VERB", "PRTS"):
            return first[0].tag.tense == "futr"
    return False


def _has_predicate(clause: str) -> bool:
    """Does the clause hold a finite verb, a short participle or an infinitive (its own
    predicate), or is it only a subject waiting for one?"""
    for w in re.findall(r"[А-Яа-яЁё-]+", clause):
        first = parses(w)[:1]
        if first and first[0].tag.POS in ("VERB", "PRTS", "INFN"):
            return True
    return False


def _giver(text: str, lo: int, hi: int, persons: ByPosition, mentions: ByPosition) -> tuple[str, int] | None:
    """(giver, where its phrase ends): a person named within the role words that follow
    («Президента Казахстана Касым-Жомарта Токаева»), a body named right there («акимата
    области»), or a post («Главы государства») as its holder or as written."""
    words = [(w.start(), w.group()) for w in re.finditer(r"[\w-]+", text[lo : min(hi, lo + 120)])]
    if not words:
        return None
    post_end = _post_words(words)
    reach = lo + (words[post_end][0] if post_end < len(words) else len(text[lo:hi]))
    named = persons.starting_in(lo, reach + 1)
    if named:
        return named[0].name, named[0].end
    first = mentions.starting_in(lo, lo + 2)
    if first and first[0].type == "organization":
        return first[0].name, first[0].end
    if post_end == 0:
        return None
    post = post_phrase([w for _, w in words], 0)
    n = len(post.split())
    return holder_or_post(post, persons), lo + words[n - 1][0] + len(words[n - 1][1])


def _post_words(words: list[tuple[int, str]]) -> int:
    """How many of the first words make a post phrase: a role word in any case and the
    genitive or capitalized words naming its field («Главы государства», «Президента РК»)."""
    if not words or lemma(words[0][1]) not in POST_WORDS:
        return 0
    return len(post_phrase([w for _, w in words], 0).split())


def from_kazakh_commission(text: str, a: int, b: int, persons: ByPosition) -> Directive | None:
    """The order a Kazakh sentence reports as done «X-тың тапсырмасы бойынша», or None."""
    sent = text[a:b]
    m = KZ_COMMISSION.search(sent)
    if m is None:
        return None
    found = kazakh_giver(m.group(1), a + m.start(1), a + m.end(1), persons)
    if found is None:
        return None
    by, at = found
    # «Жаңа көпір Мемлекет басшысының тапсырмасы бойынша … салынды»: the subject before the giver
    subject = [w for w in sent[m.start(1) : at - a].split() if not kz_is_role(w.strip('«»"')) and re.search(r"\w", w)]
    after = _KZ_ATTRIBUTION.split(sent[m.end() :])[0].strip()
    what = " ".join([*subject, after]) if len(after.split()) >= 2 else sent[: m.start()]
    what = " ".join(what.split()).strip(" ,.;:—–-«»")
    if len(what.split()) < 3 or not _KZ_FUTURE.search(what):
        return None  # «… тапсырмасы бойынша көпір ашылды / жөнделіп жатыр»: a credit for work done
    return Directive(by=by, to=None, what=what[:1].upper() + what[1:], when=None, sentence=sent.strip())


# A Kazakh clause ending in a future verb: the aorist of a consonant stem «салынады,
# жүргізіледі» or of a vowel stem «жөндейді», the intention «салынбақ, ашылмақ». The past
# «салынды», «жөндеді» (a vowel stem's past ends like a consonant stem's aorist, hence the
# consonant before «-ады»), the perfect «енгізілген (болатын)», the continuous «жалғасуда»,
# «жөнделіп жатыр» tell the work done or under way.
_KZ_FUTURE = re.compile(r"(?:[^\Wаәеиоөуұүыіэюя][ае](?:ды|ді)|[аәеоөұүыі]й(?:ды|ді)|[мбп](?:ақ|ек))$", re.I)


# A surname in the genitive, an initial or a first name before it: «Е.Көшербаевтың»,
# «Ермек Көшербаевтың».
_KZ_GENITIVE_NAME = re.compile(
    r"(?:([А-ЯЁӘҒҚҢӨҰҮҺІ]\.)\s*|([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+)\s+)?"
    r"([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ын|ова|ева|ина|[ұу]лы|[қк]ызы))(?:тың|тің|ның|нің|дың|дің)$"
)


def _written_giver(m: re.Match, persons: ByPosition) -> str:
    """The name a genitive phrase writes, in the nominative: the person the article names
    with that surname, else the name as written («Е. Көшербаев»)."""
    surname = m.group(3)
    same = [p.name for p in persons if p.name.split()[-1].lower() == surname.lower()]
    if same:
        return max(same, key=len)
    first = m.group(1) or m.group(2)
    return f"{first} {surname}" if first else surname


def kazakh_giver(phrase: str, lo: int, hi: int, persons: ByPosition) -> tuple[str, int] | None:
    """(giver, where its words start) in the genitive phrase text[lo:hi]: a person named
    there («Қасым-Жомарт Тоқаевтың»), else a name the model missed, else the head of state
    or government its post names, as the article's holder or as written."""
    named = persons.starting_in(lo, hi)
    if named:
        return named[-1].name, named[-1].start
    written = _KZ_GENITIVE_NAME.search(phrase)
    if written:  # «облыс әкімі Е.Көшербаевтың»: the model missed the Kazakh-spelled name
        return _written_giver(written, persons), lo + written.start()
    for rx, written_post, post in _KZ_POSTS:
        found = rx.search(phrase)
        if found:
            holders = [m.name for m in persons if m.role and holds_post(post.lower(), m.role.lower())]
            by = holders[-1] if holders else named_holder(post, [m.name for m in persons]) or written_post
            return by, lo + found.start()
    return None
