"""Directives told in Kazakh, subject–object–verb with the verb last («Мемлекет басшысы
Үкіметке … әзірлеуді тапсырды»): the trigger verbs, the giver (a person mention, a name the
model missed, or a role standing for one) and the directive assembled from its parts.
"""

from __future__ import annotations

import re

from store.extract.directives.commission import KZ_COMMISSION, kazakh_giver
from store.extract.directives.kazakh_clauses import kz_addressee, kz_nominative, kz_what
from store.extract.directives.kazakh_tasks import DUTY_SET, TASK_FIRST, before_addressee, task_first
from store.extract.directives.posts import (
    KZ_POSTS,
    KZ_ROLE,
    WORD,
    ByPosition,
    holds_kazakh_post,
    kz_is_role,
    last_person,
)
from store.extract.directives.speech import FIRST_PERSON, speaker_span
from store.lang.office_holders import named_holder
from store.lang.people import holder_named
from store.model import Directive, Mention

# Kazakh news (Kazinform kz, Egemen, Akorda) tells an order in subject–object–verb
# order, the verb last:
#   «Мемлекет басшысы Үкіметке бір ай мерзімде жол картасын әзірлеуді тапсырды»
#    giver (nominative)  to (dative)  when  what (verbal noun -у + case)  verb
# The verbs: тапсыр- (тапсырды, тапсырған, тапсырады, тапсырып, тапсырамын, тапсырдым),
# жүкте-, міндетте-, талап ет-, нұсқау бер-, тапсырма бер-/жүкте-, and their passives
# (тапсырылды, жүктелді, міндеттелді, тапсырма берілді: «Үкіметке … әзірлеу тапсырылды»).
# Most of them also have other senses: тапсыр- is 'hand over, submit, pass' («емтихан
# тапсырды», «бекет пайдалануға тапсырылды» = was put into service), жүкте- 'load',
# талап ет- 'require'. An order is told only where its content is an action: a
# verbal noun in -у/-ю ending the clause before the verb, in the case the verb
# governs (accusative «әзірлеуді», dative «әзірлеуге» after міндетте-, nominative
# before «жөнінде/бойынша/туралы» or in the passive) — else nothing is reported.
# «Президенттің тапсырмасы бойынша … салынды» ('on the President's instruction … was
# built') tells an order through its execution, with no verb of ordering: commission.py
# reads it, as the Russian «по поручению». A pupil's «үй тапсырмасы» is no order.
# Kyrgyz news tells an order in the same order, «тапшырма(ларды) берди» its verb and «боюнча»
# its «бойынша»: «Мадумаров … текшерүү чараларын күчөтүү боюнча бир катар тапшырмаларды берди».
KZ_TRIGGER = re.compile(
    r"(?<![\w-])(?:"
    r"тапсыр(?:ды|дым|ған|ады|ып|амын|ылды|ылған|ылады)|"
    r"жүкте(?:ді|дім|ген|йді|п|ймін|лді|лген)|"
    r"міндетте(?:ді|дім|ген|йді|п|ймін|лді|лген)|"
    r"талап\s+ет(?:ті|кен|еді|іп|емін|ілді)|"
    r"(?:нұсқау|тапсырма)(?:лар)?(?:с?ын?)?\s+(?:бер(?:ді|ген|еді|іп|емін|ілді|ілген)|жүкте(?:ді|ген|п|лді))|"
    r"тапшырма(?:лар)?(?:ды|ны)?\s+бер(?:ди|ген|ет|ип)|"  # Kyrgyz: «… күчөтүү боюнча тапшырмаларды берди»
    rf"{DUTY_SET}|{TASK_FIRST}"  # «… міндетін қойды», «… тапсырмасын <кімге> <кім> берді» (kazakh_tasks)
    r")(?![\w-])",
    re.I,
)


_KZ_PASSIVE = re.compile(r"(?:ыл|іл|л)(?:ды|ді|ған|ген|ады)$")


KZ_WHEN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:(?:бір|екі|үш|төрт|бес|алты|жеті|он|\d+)\s+)?(?:күндік|апталық|айлық|жылдық|тоқсандық)\s+мерзімде|"
    r"(?:бір|екі|үш|төрт|бес|алты|жеті|он|\d+)\s+(?:күн|апта|ай|жыл)\s+(?:мерзімде|ішінде)|"
    r"қысқа\s+мерзім(?:де|\s+ішінде)|"
    r"(?:(?:\d{4}\s+жылдың|биылғы\s+жылдың|осы\s+жылдың|келесі\s+жылдың|ағымдағы\s+жылдың|жылдың|жыл|"
    r"айдың|ай|тоқсанның|тоқсан|[а-яәғқңөұүһі]+\s+айының)\s+(?:соңына|басына|ортасына|аяғына)|"
    r"(?:\d{4}\s+жылғы\s+)?\d{1,2}\s+(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|"
    r"қазан|қараша|желтоқсан)(?:ға|ге|қа|ке)|\d{4}\s+жылға|"
    r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
    r"(?:дың|дің|тың|тің|ның|нің)\s+\d{1,2}-?(?:с?[ыі]на|с?[іы]не|на|не)|"
    r"(?:(?:келесі|ағымдағы|осы)\s+)?айдың\s+\d{1,2}-?(?:с?[ыі]на|с?[іы]не|на|не))\s+(?:дейін|шейін)|"
    r"(?:\d{4}\s+жылдың\s+)?(?:бірінші|екінші|үшінші|төртінші)\s+(?:жартыжылдығында|тоқсанында)|"
    r"(?:күн|апта|ай|тоқсан|жыл)\s+сайын|дереу|жедел\s+түрде"
    r")(?![\w-])",
    re.I,
)


_KZ_NAME = re.compile(
    r"(?<![\w-])((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?\s+){0,2}"
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[ұу]лы|[қк]ызы))(?![\w-])"
)


def kz_directive(text: str, a: int, b: int, persons: list[Mention], mentions: list[Mention]) -> Directive | None:
    """An order told in a Kazakh sentence text[a:b], or None."""
    sent = text[a:b]
    trig = KZ_TRIGGER.search(sent)
    verb = trig.group().lower().split()[-1]
    passive = bool(_KZ_PASSIVE.search(verb))
    words = [(m.start(), m.group()) for m in WORD.finditer(sent)]
    before = [i for i, (o, _) in enumerate(words) if o < trig.start()]
    when = KZ_WHEN.search(sent)
    told = task_first(sent, a, words, trig, mentions, when, lambda lo, hi: _kz_giver(text, lo, hi, persons))
    if told:  # «… тапсырмасын Көлік министрлігіне Премьер-министр X берді»: the giver after the task
        return Directive(by=told[0], to=told[1], what=told[2], when=_when_text(when), sentence=sent.strip())
    giver = _kz_giver(text, a, a + trig.start(), persons)
    lo = 0
    if giver is not None:
        by, subject_end = giver
        lo = next((i for i in before if a + words[i][0] >= subject_end), len(before))
    elif passive:
        by = _commissioned_by(text, a, a + trig.start(), persons)
        if by:  # the order's words start after the instruction it follows
            lo = next((i for i in before if a + words[i][0] >= _commission_end(text, a, a + trig.start())), lo)
        by = by or _kz_last_person(persons, a)
    else:  # ««… тапсырамын», — деді Мемлекет басшысы»: the giver named after the verb
        after = _kz_giver(text, a + trig.end(), b, persons)
        if after is None and FIRST_PERSON.search(verb):  # the quote goes on: its attribution names the speaker
            span = speaker_span(text, b)
            after = _kz_giver(text, *span, persons) if span else None
        elif after is None:  # «Өңір басшысы … атап өтті. … қадағалауда ұстауды тапсырды.»: the subject goes on
            prev = _previous_subject(text, a)
            after = _kz_giver(text, *prev, persons) if prev else None
        by = after[0] if after else None
    if by is None or not before:
        return None
    hi = before[-1] + 1
    cases = {"талап": ("datv", "ablt"), "міндетте": ("datv", "accs")}
    found = [
        kz_addressee(sent, a, words, lo, hi, mentions, case, when)
        for case in next((c for k, c in cases.items() if trig.group().lower().startswith(k)), ("datv",))
    ]
    np = min((f for f in found if f), default=None)  # the addressee comes before the content
    np = np or before_addressee(sent, a, words, lo, hi, mentions, when)  # «Үкімет алдына … міндетін қойды»
    to = None
    segments = [(lo, hi)]
    if np is None and passive and lo:
        to = _kz_addressee_ahead(sent, a, words, lo, mentions, when)
    if np:
        i, j, to = np
        segments = [(j, hi), (lo, i)]
    for s_lo, s_hi in segments:
        addressed = bool(np) and s_lo == np[1]  # the content right after the addressee
        what = kz_what(sent, words, s_lo, s_hi, when, trig.group().lower(), passive, addressed)
        if what:
            return Directive(
                by=by,
                to=to,
                what=what,
                when=_when_text(when),
                sentence=sent.strip(),
            )
    return None


def _when_text(when: re.Match | None) -> str | None:
    """The term as exported: its words, single-spaced, in lower case."""
    return " ".join(when.group().split()).lower() if when else None


def _kz_addressee_ahead(sent: str, a: int, words, lo: int, mentions: list[Mention], when) -> str | None:
    """A passive order's dative addressee written before the instruction it follows
    («Әкімдіктерге Премьер-министрдің тапсырмасымен … міндеттелді»): the search after the
    instruction found none, so the words before it are read (the content never starts there)."""
    np = kz_addressee(sent, a, words, 0, lo, mentions, "datv", when)
    return np[2] if np else None


def _commissioned_by(text: str, lo: int, hi: int, persons: ByPosition) -> str | None:
    """«Мемлекет басшысының тапсырмасына сәйкес … басшыларына кездесу тапсырылған»: a passive
    order whose sentence names whose instruction it follows is that one's, never the last
    person named before (who is often the one reporting it)."""
    m = KZ_COMMISSION.search(text, lo, hi)
    found = kazakh_giver(m.group(1), m.start(1), m.end(1), persons) if m else None
    return found[0] if found else None


def _commission_end(text: str, lo: int, hi: int) -> int:
    m = KZ_COMMISSION.search(text, lo, hi)
    return m.end() if m else lo


def kz_giver_in(text: str, lo: int, hi: int, persons: list[Mention]) -> tuple[str, int] | None:
    """The giver named in text[lo:hi] and where its name ends (see _kz_giver)."""
    return _kz_giver(text, lo, hi, persons)


def _kz_giver(text: str, lo: int, hi: int, persons: list[Mention]) -> tuple[str, int] | None:
    """The giver named in text[lo:hi] and where its name ends: the last person mention in
    the nominative (one in the dative, genitive… is the addressee or an attribute: «Олжас
    Бектеновке»); else a name the model missed, written with a surname («Қасым-Жомарт
    Тоқаев»), taken as written; else a role or pronoun standing for a person, resolved as
    the Russian «Глава государства», «он» are (the holder of the post, else the post as
    written; the last person named before for «ол»)."""
    named = [m for m in persons.starting_in(lo, hi) if kz_nominative(m.surface)]
    if named:
        return named[-1].name, named[-1].end
    span = text[lo:hi]
    written = _kz_written_names(span)
    if written:
        start, end, name, _ = written[-1]
        if not persons.starting_in(lo + start, lo + end):  # an inflected mention
            return _kz_link(name, persons), lo + end
    roles = [r for r in KZ_ROLE.finditer(span) if not _kz_apposition(span, r.end(), lo, persons)]
    if not roles:
        return None
    r = roles[0]  # the subject comes first
    post = KZ_POSTS[next(k for k, g in enumerate(r.groups()) if g)]
    holders = (
        persons.memo(("kz", post), lambda: [(m.start, m.name) for m in persons if holds_kazakh_post(text, m, post)])
        if post
        else []
    )
    if post:
        written_before = [w for w in persons.memo("written", lambda: _kz_written_names(text)) if w[1] <= lo]
        holders = holders + [(s, _kz_link(n, persons)) for s, _, n, p in written_before if p == post]
    if post and _KZ_REGIONAL.fullmatch(r.group()):  # the region's head is the oblast's akim, not a district's
        holders = [h for h in holders if "облыс" in text[max(0, h[0] - 40) : h[0]].lower()] or holders
    known = _kz_named_holder(r.group(), post, persons) if post and not holders else None
    if holders:
        by = max(holders)[1]
    elif known:  # «Мемлекет басшысы» when the article names the President only in another case
        by = known
    elif post:  # «Көлік министрі тапсырды» with no minister named: the post, as written
        by = _kz_specific_post(text, lo, r.group(), post, persons)
        by = by[:1].upper() + by[1:]
    else:  # «ол»
        by = _kz_last_person(persons, lo)
    return (by, lo + r.end()) if by else None


def _kz_named_holder(written: str, post: str, persons: ByPosition) -> str | None:
    """The holder of a Kazakh post the article names too: a head of state or government
    (office_holders.csv), else an official of people.csv, the post read as its Russian
    phrase («облыс әкімі» → «аким области», «Көлік министрі» → «министр транспорта»)."""
    names = [m.name for m in persons]
    known = named_holder(written, names)
    if known or post not in ("вице-премьер", "министр", "аким"):
        return known
    phrase = _kz_russian_post(written.lower(), post)
    return holder_named(phrase, names, persons.text, persons.date) if phrase else None


# The field of a Kazakh ministry as a word of its Russian name (a field not listed: not read).
_KZ_FIELDS = {
    "көлік": "транспорта",
    "сауда": "торговли",
    "қаржы": "финансов",
    "энергетика": "энергетики",
    "ауыл": "сельского",
    "ішкі": "внутренних",
    "сыртқы": "иностранных",
    "ұлттық": "национальной",
    "индустрия": "индустрии",
}


def _kz_russian_post(written: str, post: str) -> str | None:
    """A Kazakh post phrase as the Russian one people.csv's titles are matched by."""
    words = written.split()
    if post == "аким":
        scope = (
            "области"
            if words[0].startswith(("облыс", "өңір", "аймақ"))
            else "города"
            if words[0].startswith("қала")
            else ""
        )
        return f"аким {scope}".strip()
    if post == "министр":
        if len(words) == 1:
            return "министр"
        field = _KZ_FIELDS.get(words[0])
        return f"министр {field}" if field else None
    return post


_KZ_REGIONAL = re.compile(r"(?:өңір|облыс|аймақ)\s+басшысы", re.I)


def _previous_subject(text: str, a: int) -> tuple[int, int] | None:
    """The opening words of the sentence before `a` in the same paragraph: where a Kazakh
    sentence with no subject of its own takes it from («Өңір басшысы … атап өтті. Су
    тасқынына … дайындықты күшейтуді тапсырды.»). None after a paragraph break."""
    lo = max(0, a - 400)
    head = text[lo:a].rstrip(" ")
    if not head.endswith((".", "!", "?")):
        return None
    seps = [m.end() for m in re.finditer(r"[.!?]\s+|\n", head[:-1])]
    if not seps and lo > 0:
        return None  # the sentence before is longer than the look-back: not read
    start = lo + (seps[-1] if seps else 0)
    return start, min(a, start + 50)


_KZ_GENERIC_ROLE = re.compile(r"(?:әкім|министр|(?:өңір|облыс|аймақ|қала)\s+басшысы)", re.I)


def _kz_specific_post(text: str, lo: int, written: str, post: str, persons: ByPosition) -> str:
    """A generic post nobody named holds («өңір басшысы», «әкім») is the one specific
    post of that kind written before it in the article («облыс әкімі»): the same official,
    named the same way in each of his orders. Two specific ones, or none: as written."""
    if not _KZ_GENERIC_ROLE.fullmatch(written):
        return written
    roles = persons.memo("specific posts", lambda: _kz_specific_posts(text))  # read once per article
    specific = {phrase for start, phrase, p in roles if start < lo and p == post}
    return specific.pop() if len(specific) == 1 else written


def _kz_specific_posts(text: str) -> list[tuple[int, str, str | None]]:
    """Every role phrase naming its field («облыс әкімі», «Көлік министрі»): (start, phrase, post)."""
    return [
        (r.start(), r.group().lower(), KZ_POSTS[next(k for k, g in enumerate(r.groups()) if g)])
        for r in KZ_ROLE.finditer(text)
        if not _KZ_GENERIC_ROLE.fullmatch(r.group())
    ]


def _kz_link(name: str, persons: list[Mention]) -> str:
    """A name the model missed here is the person it found elsewhere in the article with
    the same surname («Қасым-Жомарт Тоқаев» written, «Тоқаев» found): the giver is then
    that entity."""
    return persons.memo(("link", name), lambda: _kz_linked_name(name, persons))


def _kz_linked_name(name: str, persons: list[Mention]) -> str:
    if any(m.name == name for m in persons):
        return name
    same = [m.name for m in persons if m.name.split()[-1].lower() == name.split()[-1].lower()]
    inside = [n for n in same if set(n.lower().split()) <= set(name.lower().split())]
    return max(inside or same, key=len) if same else name


def _kz_last_person(persons: list[Mention], pos: int) -> str | None:
    """`last_person`, named in the nominative: «Нұрлан Сауранбаевтың айтуынша» ('according
    to …') names a speaker, not the one who holds the meeting."""
    nominative = persons.memo("nominative", lambda: ByPosition(m for m in persons if kz_nominative(m.surface)))
    return last_person(nominative or persons, pos)


def _kz_written_names(span: str) -> list[tuple[int, int, str, str | None]]:
    """Names in the nominative written with a surname («Қасым-Жомарт Тоқаев», «Президент
    Тоқаев») — the model misses many Kazakh-spelled ones: (start, end, name, post of the
    role written before it)."""
    out = []
    for m in _KZ_NAME.finditer(span):
        if re.search(r"[уюУЮ][ыи]на$", m.group(1)):
            continue  # «Жолдауына»: a noun's dative, not a woman's surname in -ына
        words = m.group(1).split()
        inner = [k for k, w in enumerate(words) if kz_is_role(w)]
        if inner:
            words = words[inner[-1] + 1 :]
        lead = span[max(0, m.start() - 40) : m.start()]
        roles = list(KZ_ROLE.finditer(lead))
        role = roles[-1] if roles and not lead[roles[-1].end() :].strip() else None
        if len(words) >= 2 or (words and (inner or role)):
            post = None
            r = KZ_ROLE.fullmatch(m.group(1).split()[inner[-1]]) if inner else None
            if r is None and inner and inner[-1] > 0:
                r = KZ_ROLE.fullmatch(" ".join(m.group(1).split()[inner[-1] - 1 : inner[-1] + 1]))
            r = r or role
            if r:
                post = KZ_POSTS[next(k for k, g in enumerate(r.groups()) if g)]
            out.append((m.start() + m.group(1).index(words[0]), m.end(), " ".join(words), post))
    return out


def _kz_apposition(span: str, pos: int, lo: int, persons: list[Mention]) -> bool:
    """Is the role ending at `pos` the apposition of an inflected name after it, the
    addressee («Премьер-министр Олжас Бектеновке»), not the subject?"""
    m = re.match(r"\s+((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)", span[pos:])
    if not m:
        return False
    name = m.group(1)
    if kz_is_role(name.split()[0]) or kz_nominative(name):
        return False
    at = lo + pos + m.start(1)
    return bool(persons.covering(at)) or bool(re.search(r"(?:ов|ев|ёв|ин|ын)[а-яәғқңөұүһі]{1,3}$", name.split()[-1]))
