"""Directives: who ordered whom to do what, by when.

Official news reports orders in a few grammatical shapes, whatever the site:

- narrative: «X поручил [кому] сделать …», «X потребовал от кого сделать …»,
  «X дал поручение [кому] сделать …», «X поставил задачу …», «X обязал кого …»;
- passive: «Госорганам поручено в месячный срок провести …», its giver the chair named
  before, else the one the next sentence names («Такое поручение дал X», «Совещание провел X»);
- a list after a colon (order_lists.py; Kazakh kazakh_lists.py): «поручил: 1) …; 2) …»,
  «По итогам совещания даны следующие поручения: …», «… тапсырма берді: … іске қосу»;
- an order told through its execution: «… программы, которую реализуют по поручению
  Президента X», «По поручению X на посту установят весы», «Мемлекет басшысының тапсырмасы
  бойынша … салынады» (commission.py; the clause beside the phrase is what was ordered;
  work told as done or under way, «… по поручению X трассу расширили», only credits an
  earlier order and gives none);
- a quote and its attribution: «… акиматам необходимо провести …», — поручил X.
  Inside the quote the order is an obligation word (необходимо, нужно, следует,
  должны, поручаю, ставлю задачу) followed by an infinitive, its addressee the
  dative before it;
- an obligation laid on a body outside such a quote, in reported speech or right after
  an order: «По его словам, всем органам необходимо …», «Правительству надлежит …»
  (statement.py), in Kazakh «Үкімет … шешуге тиіс, – деді …» (kazakh_statement.py);
- a first-person order («Поручаю …», «… тапсырамын») whose speaker the attribution
  closing the quote names, later in the paragraph (speech.py);
- a head of state's or government's direct speech told with a verb of saying, read for
  orders by their shape (head_speech.py): «Следует ускорить …», — сказал Токаев;
  «… министрлігі … күшейтсін!», – деді үкімет басшысы.

The giver is resolved to a person mention: one named in the sentence, else the
last one named before for a pronoun («Он»), else the holder of the post a role phrase
names («Глава государства», «Вице-премьер»). A post nobody in the article holds
(«Министр транспорта поручил …») stays the giver as written, with no person entity. `what` is the infinitive
clause as written, `to` the addressee in the nominative, `when` a time phrase.

Kazakh-language sentences («Мемлекет басшысы Үкіметке … әзірлеуді тапсырды») are read
by kazakh.py (its clause parts in kazakh_clauses.py), Russian ones by russian.py (its
addressees in russian_addressees.py); both resolve a post to the person holding it
through posts.py. This module walks the sentences and the quotes, sends each to its
language's rules and merges duplicates.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.extract.directives.addressee_names import body_names
from store.extract.directives.commission import COMMISSION, KZ_COMMISSION, from_commission, from_kazakh_commission
from store.extract.directives.gapped import split_gapped
from store.extract.directives.head_speech import from_head_quote, head_quotes, head_speaker
from store.extract.directives.kazakh import KZ_TRIGGER, kz_directive, kz_giver_in
from store.extract.directives.kazakh_lists import kz_listed
from store.extract.directives.kazakh_statement import KZ_OBLIGED, kz_obligation
from store.extract.directives.order_lists import list_giver, list_span, listed_orders, opens_list, time_after
from store.extract.directives.posts import ByPosition
from store.extract.directives.russian import (
    DASH_QUOTE,
    QUOTE,
    TRIGGER,
    from_narrative,
    from_obligation,
    resolve_giver,
    time_phrase,
)
from store.extract.directives.statement import STATED, from_statement
from store.extract.needles import may_hold
from store.lang.normalize import parses
from store.model import Directive, Mention


def find_directives(
    text: str, mentions: list[Mention], sentences: list[tuple[int, int]], date: str | None = None
) -> list[Directive]:
    """Directives in `text` (the body); `mentions` are its merged mentions, `sentences` its
    sentence spans, `date` the article's (a post resolves to who held it then)."""
    mentions = ByPosition(mentions)
    persons = ByPosition((m for m in mentions if m.type == "person" and not _plural_noun(m)), text, date)
    out: list[Directive] = []
    quoted: list[tuple[int, int]] = []
    for q in _quotes(text):
        by = resolve_giver(q.group(2), q.start(2), q.end(2), persons)
        quoted.append((q.start(), q.end()))
        said = q.group(1)
        said += "»" if said.count("«") > said.count("»") else ""  # its last name's mark closed both
        for sent in re.split(r"(?<=[.!?])\s+", said):
            d = from_obligation(sent, by, q.group(0))
            if d:
                out.append(d)
    quote_starts = [qa for qa, _ in quoted]  # disjoint and in order: the last one starting before is the one
    told = -1  # where the last sentence telling an order ended
    closed = _closed(text, sentences)
    # Each trigger is asked of a sentence only when the text holds one of its words at all.
    trigger, kz_trigger, commission, stated = (p if may_hold(text, words) else None for p, words in _TRIGGERS_AND_WORDS)
    for k, (a, b) in enumerate(closed):
        sent = text[a:b]
        q = bisect_right(quote_starts, a) - 1
        if (q >= 0 and a < quoted[q][1]) or a < told:  # inside a quote, or an order list read already
            continue
        if trigger and trigger.search(sent):
            d = from_narrative(text, a, b, persons, mentions, out[-1].by if out else None)
            listed = _order_list(text, a, b, persons, d)
            if listed:
                out.extend(listed[0])
                told = listed[1]
                continue
        elif kz_trigger and kz_trigger.search(sent):
            kz_list = kz_listed(text, a, b, persons, mentions)  # «… тапсырма берді: …»
            if kz_list:
                out.extend(kz_list[0])
                told = kz_list[1]
                continue
            d = kz_directive(text, a, b, persons, mentions)
        elif commission and commission.search(sent):
            d = from_commission(text, a, b, persons, mentions)
        elif "тапсырма" in sent and KZ_COMMISSION.search(sent):  # the word first: the pattern starts with any word
            d = from_kazakh_commission(text, a, b, persons)
        elif "тиіс" in sent and KZ_OBLIGED.search(sent):
            near = out[-1].by if out and 0 <= told and a - told < _NEAR else None
            d = kz_obligation(text, a, b, mentions, near, lambda lo, hi: kz_giver_in(text, lo, hi, persons))
        elif stated and stated.search(sent):
            near = out[-1].by if out and 0 <= told and a - told < _NEAR else None
            d = from_statement(text, a, b, persons, mentions, near)
        else:
            continue
        if d:
            if d.when is None and k + 1 < len(closed):  # «… поручил … . Срок — до 1 декабря.»
                d.when = time_after(text[closed[k + 1][0] : closed[k + 1][1]])
            out.extend(split_gapped(d))
            told = b
    out.extend(_head_orders(text, quoted, persons))
    found = _dedupe(out)
    for d in found:
        d.to = body_names(d.to, d.what)  # «Минфин и МВД»: the bodies by their names
    return found


# The sentence triggers in the order find_directives asks them, each with words one of which
# every match of it contains (lower case): TRIGGER's verbs and nouns (поручил, поручено,
# поручаю, поручение; потребовал; обязал; распорядился; задачу, задача), KZ_TRIGGER's (тапсырды,
# тапсырма, тапшырма; жүктеді; міндеттеді; талап ет-; нұсқау), COMMISSION's, STATED's.
_TRIGGERS_AND_WORDS = (
    (TRIGGER, ("поруч", "потребовал", "обязал", "распорядил", "задач", "указани", "необходимость")),
    (KZ_TRIGGER, ("тапсыр", "тапшырма", "жүкте", "міндет", "талап", "нұсқау")),
    (COMMISSION, ("поручению", "исполнение")),
    (STATED, ("необходимо", "нужно", "следует", "надлежит", "должн")),
)

# A word each match of QUOTE and of DASH_QUOTE holds: its verb (поручил, потребовал, указал).
_QUOTE_VERBS = ("поручил", "потребовал", "указал")
# What each match of QUOTE and of DASH_QUOTE holds whole: the last dash of its `[—–-]+\s*` and the
# verb after it, under the same flags. Most texts with one of the verbs use it otherwise («указал
# на …»): without a dash before it neither pattern is scanned (each tries every quote mark or line
# to its end; issue 15, stop 50: 162 of 256 generated bodies holding a verb).
_DASH_THEN_VERB = re.compile(r"[—–-]\s*(?:" + "|".join(_QUOTE_VERBS) + ")", re.I)


def _order_list(text: str, a: int, b: int, persons, d: Directive | None) -> tuple[list[Directive], int] | None:
    """The orders of a list opened by the ordering verb of sentence [a, b) and a colon
    (order_lists.py), with where the list ends; None when no such list of two or more."""
    opened = opens_list(text[a:b])
    span = list_span(text, a + opened[0].end(), a + opened[1]) if opened else None
    if span is None:
        return None
    trig = opened[0]
    passive = bool(re.match(r"(?:поручено|поручается|дан|поставлен)", trig.group(), re.I))
    by = d.by if d else list_giver(text, a, a + trig.start(), persons, span[1] if passive else None)
    if by is None:
        return None
    when = time_phrase(text[a : a + trig.end()])
    context = " ".join(text[a : span[1]].split())
    orders = listed_orders(text, span[2], by, d.to if d else None, when, context)
    return (orders, span[1]) if len(orders) >= 2 else None


def _head_orders(text: str, quoted: list[tuple[int, int]], persons) -> list[Directive]:
    """The orders in a head of state's or government's direct speech told with a verb of
    saying (head_speech.py); a quote already read as an order («…», — поручил X) is not read again."""
    out: list[Directive] = []
    for q in head_quotes(text):
        if any(qa <= q.start() < qb for qa, qb in quoted):
            continue
        by = head_speaker(text, q, persons)
        if by:
            out.extend(from_head_quote(q, by))
    return out


def _quotes(text: str) -> list[re.Match]:
    """The attributed quotes, in «» and as a dash's direct speech, in order and disjoint."""
    if not may_hold(text, _QUOTE_VERBS) or not _DASH_THEN_VERB.search(text):
        return []  # QUOTE and DASH_QUOTE each end in a dash and one of these verbs
    found = sorted([*QUOTE.finditer(text), *DASH_QUOTE.finditer(text)], key=lambda m: m.start())
    out: list[re.Match] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _closed(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, each joined with the ones after it while a parenthesis it opens is
    not closed (at most two): «… председателей комитета (Жандос ДУЙСЕМБИЕВ. — Л. Т.) и …»
    is one sentence, whatever the initials' periods made of it."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(sentences):
        a, b = sentences[i]
        j = i
        while text.count("(", a, b) > text.count(")", a, b) and j + 1 < len(sentences) and j - i < 2:
            j += 1
            b = sentences[j][1]
        if text.count("(", a, b) > text.count(")", a, b):
            j, b = i, sentences[i][1]  # never closed: the sentence as it was
        out.append((a, b))
        i = j + 1
    return out


# How far (characters) an obligation sentence may follow an order and still continue it:
# «Глава государства поручил …» then a quote, then «Правительству надлежит …».
_NEAR = 600


def _dedupe(directives: list[Directive]) -> list[Directive]:
    """One order reported twice in an article (told, then quoted: «поручил разработать
    механизмы …» and «Ставлю задачу разработать механизмы …») is one directive: same
    giver, and most words of the shorter `what` in the longer one. The one found first
    stays, completed with what the other one knows."""
    out: list[Directive] = []
    by_giver: dict[str, list[Directive]] = {}  # only one giver's directives are compared
    for d in directives:
        same = next(
            (o for o in by_giver.get(d.by, ()) if _overlap(o.what, d.what) >= 0.6 and not _shared_order(o, d)), None
        )
        if same is None:
            out.append(d)
            by_giver.setdefault(d.by, []).append(d)
            continue
        same.to = same.to or d.to
        same.when = same.when or d.when
    return out


def _shared_order(a: Directive, b: Directive) -> bool:
    """One sentence giving one order to two addressees, each its term («Минфину — до 1 мая, а
    Минтрансу — до 1 июня завершить …»): two directives, not one told twice."""
    return a.sentence == b.sentence and bool(a.to and b.to) and a.to != b.to


def _overlap(a: str, b: str) -> float:
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _plural_noun(m: Mention) -> bool:
    """A one-word «person» read first as a plural inanimate noun's dative («Акиматам поручено …»
    opening a text, which the model takes for a surname): no giver, no addressee by name —
    a person is one, never «акиматы»; the phrase is read as the addressee it is."""
    words = m.surface.split()
    if len(words) != 1:
        return False
    first = parses(words[0])[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and {"inan", "plur", "datv"} <= first[0].tag.grammemes
