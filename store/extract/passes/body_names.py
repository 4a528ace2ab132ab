"""State bodies by the grammar of their names, in any case and either letter case: a head noun
from a closed set of body kinds («комитет», «служба», «управление», «департамент», …), then
the field it works in as agreed adjective + noun groups in the genitive («транспортного
контроля», «государственных доходов»), «и» joining a second genitive group («пассажирского
транспорта и автомобильных дорог»), «по» with its dative words («по делам государственной
службы», «по Жаркаинскому району») and the places after it («Туркестанской области», «города
Актау»).

Why: the press writes generic departments and services lowercase and inflected («службой
пограничного контроля», «управлением пассажирского транспорта и автомобильных дорог»); the
model reads none of them, the knowledge base holds few, and the older rules read only a
ministry, a unit with a region after it, or a capitalized head. The field must be two words
at least with an adjective, a «по» phrase or a capitalized place among them: a head with
one word after it is mostly no body («служба доставки», «центр города»).

What other passes read is left to them: a capitalized name (the model, `rule_orgs`,
`org_tails`, `territorial_tails`), an akimat or a prosecutor's office by its territory
(`territorial_bodies`), a parent inside a longer name («погранслужба комитета …»:
`committee_services`); a rule span found before this pass wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.extract.ner import NerSpan
from store.extract.spans import ByStart
from store.lang.normalize import parses, phrase_nominative
from store.lang.wordlists import words

# The kinds of body a name opens with, as lemmas. «центр» and «совет» are left out: on dev and
# factRu they named a town's centre, an outlet's tagline and a company's board far more often
# than a body.
_HEADS = frozenset(
    {
        "комитет",
        "служба",
        "управление",
        "департамент",
        "агентство",
        "инспекция",
        "палата",
        "ассоциация",
        "министерство",
        "комиссия",
        "администрация",
        "фонд",
        "отряд",
        "союз",
    }
)
_AMBIGUOUS_HEADS = frozenset({"служба", "фонд", "комиссия", "администрация", "отряд", "союз"})
_HEAD = re.compile(
    r"(?:[Кк]омитет|[Сс]лужб|[Уу]правлени|[Дд]епартамент|[Аа]гентств|[Ии]нспекци|[Пп]алат|[Аа]ссоциаци"
    r"|[Мм]инистерств|[Кк]омисси|[Аа]дминистраци|[Фф]онд|[Оо]тряд|[Сс]оюз)[а-яё]{0,3}(?![\w-])"
)
# A word of the tail: Russian letters (with hyphens: «Восточно-Казахстанской») or capitals
# («РК», «КНБ»), after spaces on one line.
_NEXT = re.compile(r"[ \t\u00a0]+([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*|[А-ЯЁ]{2,})(?![\w-])")
# «не справился с управлением», «потерял управление»: the driver's control of a vehicle.
_DRIVING = re.compile(r"(?i)(?:справ[а-яё]*|потер[а-яё]*|утрат[а-яё]*|лишил[а-яё]*)\s+(?:с\s+)?$")
# A second body after «и» ends the name («комитета … и министерства …»).
_OTHER_BODIES = _HEADS | words("parent_body_heads") | {"таможня", "полиция", "прокуратура", "акимат"}
_PO_PHRASES = words("po_phrases")
_NOT_BODY_LEADS = words("not_body_leads")
_POST_AFTER = re.compile(r"\s+(?:КПП|МАПП|ДАПП|ЖДПП|АПП|ПП|МЦПС|пункт[а-я]{0,3}\s+пропуска|поста?)(?![\w-])")
_POST_KINDS = frozenset({"КПП", "МАПП", "ДАПП", "ЖДПП", "АПП", "ПП", "МЦПС"})
_VERBS = ("VERB", "INFN", "PRTS", "GRND")
_MAX_WORDS = 14  # a field is a few words; a long run is a list, not a name


@dataclass
class _Field:
    """What the words after a head hold: where they end (after the last noun), how many
    content words, and whether an adjective, a «по» phrase or a capitalized word is among them."""

    end: int
    words: int = 0
    adjective: bool = False
    po: bool = False
    capital: bool = False

    def names_a_body(self) -> bool:
        return self.words >= 2 and (self.adjective or self.po or self.capital)


def find_body_names(text: str, spans: list[NerSpan], taken: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """The bodies of the module doc that no span of the model's or of an earlier rule (`taken`)
    reads otherwise, each with its name: the head in the nominative, the field as written."""
    out: list[tuple[NerSpan, str]] = []
    index, rules = ByStart(spans), ByStart(taken)
    last_end = -1
    for m in _heads(text):
        if m.start() < last_end or _inside_a_word(text, m.start()):
            continue
        if not _a_head(m.group()) or _DRIVING.search(text, max(0, m.start() - 20), m.start()):
            continue
        field = _field(text, m.end(), index)
        start, end = _adjectives_before(text, m), field.end
        if text[start].isupper() or m.group()[:1].isupper() or _a_body_before(text, start):
            continue  # capitalized: the model's and the capitalized-head rules' (rule_orgs, org_tails, …)
        if _parent_only(text, m.end()):
            continue  # «управления Министерства финансов»: a unit named by its parent alone, the parent is the body
        if not field.names_a_body() or (_names_other_things(m.group()) and not _whose(field, start < m.start())):
            continue
        if _a_post_next(text, field.end):
            continue  # «служба пограничного контроля КПП Хоргос»: a post's own staff, no body
        if rules.any_overlap(start, end) or any(_read_otherwise(s, start, end) for s in index.overlapping(start, end)):
            continue
        written = " ".join(text[start:end].split())
        out.append((NerSpan("organization", start, end, text[start:end]), phrase_nominative(written)))
        last_end = end
    return out


def _parent_only(text: str, head_end: int) -> bool:
    """Does the field open with another body's head («управления Министерства финансов»,
    «службы министерства»)? A unit with no field of its own is no name."""
    m = _NEXT.match(text, head_end)
    ps = parses(m.group(1))[:1] if m else []
    return bool(ps) and ps[0].normal_form in _OTHER_BODIES


def _a_body_before(text: str, start: int) -> bool:
    """Is the word before the name a body's head («погранслужба комитета …», «службы
    министерства …»)? Then the name is that body's parent, inside its name."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1).lower()
    ps = parses(word)[:1]
    return word.startswith("погранслужб") or bool(ps and ps[0].normal_form in _OTHER_BODIES)


def _whose(field: _Field, adjective_before: bool) -> bool:
    """Does the field say whose a head of `_names_other_things` is (see there)?"""
    return field.capital or (adjective_before and field.po)


_HYPHEN_BEFORE = re.compile(r"[-‐–][ \t]?$")


def _inside_a_word(text: str, start: int) -> bool:
    """Is the head the end of a longer word: glued («погранслужба») or hyphenated, spaced as
    some pages print it («пресс - службу Минтранса»: the ministry's press office, no body)?"""
    if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return True
    return _HYPHEN_BEFORE.search(text, max(0, start - 3), start) is not None


def _names_other_things(head: str) -> bool:
    """Heads that name a function, a sum or a group as often as a body («служба доставки»,
    «персонал службы пограничного контроля», «фонд заработной платы», «отряд специального
    назначения», «комиссия по приемке объекта»): such a head is a body when its field says
    whose it is (a place, a state, a parent's initials: a capitalized word) or an adjective
    of the name stands before it and a «по» phrase says what it handles («межправительственной
    комиссии по …»; «передвижная служба технической помощи» is none)."""
    ps = parses(head)[:1]
    return bool(ps) and ps[0].normal_form in _AMBIGUOUS_HEADS


def _a_post_next(text: str, end: int) -> bool:
    """Does a post's kind («КПП», «МАПП», «пункта пропуска») follow the field? (Checkpoints
    are read after this pass, so their spans are not there yet.)"""
    return _POST_AFTER.match(text, end) is not None


_WORD_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)?)[ \t\u00a0]+$")
_MAX_ADJECTIVES = 2


def _adjectives_before(text: str, head: re.Match) -> int:
    """Where the name starts: before the relative adjectives right before the head that agree
    with it («государственной инспекции», «Казахстанская ассоциация»); a quality, a pronoun
    or an ordinal («новое», «это», «первый») is not part of a name."""
    start = head.start()
    forms = [p.tag for p in parses(head.group())[:4] if p.tag.POS == "NOUN" and p.normal_form in _HEADS]
    for _ in range(_MAX_ADJECTIVES):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if not m or not _agrees(m.group(1), forms):
            break
        start = m.start(1)
    return start


def _agrees(word: str, heads: list) -> bool:
    ps = parses(word)[:4]
    if not ps or ps[0].tag.POS != "ADJF" or {"Qual", "Apro", "Anum"} & set(ps[0].tag.grammemes):
        return False
    return any(
        p.tag.POS == "ADJF" and p.tag.case == h.case and p.tag.number == h.number and p.tag.gender in (h.gender, None)
        for p in ps
        for h in heads
    )


_HEAD_STEMS = tuple(
    dict.fromkeys(
        "комитет служб управлени департамент агентств инспекци палат ассоциаци министерств комисси "
        "администраци фонд отряд союз".split()
    )
)


def _heads(text: str) -> list[re.Match]:
    """What `_HEAD.finditer(text)` gives, in order: each stem looked for with `str.find` in the
    lowercased text (in C) and the pattern tried only there. Tried at every position the
    pattern cost ~1 ms a long article (an alternation of letter classes gives `re` no word
    to search for)."""
    low = text.lower()
    if len(low) != len(text):
        return list(_HEAD.finditer(text))  # a letter whose lowercase is longer: offsets would shift
    found = []
    for stem in _HEAD_STEMS:
        at = low.find(stem)
        while at >= 0:
            m = _HEAD.match(text, at)
            if m:
                found.append(m)
            at = low.find(stem, at + 1)
    return sorted(found, key=lambda m: m.start())


def _a_head(word: str) -> bool:
    ps = parses(word)[:1]
    return bool(ps) and ps[0].tag.POS == "NOUN" and ps[0].normal_form in _HEADS


def _read_otherwise(s: NerSpan, start: int, end: int) -> bool:
    """A span across the words other than a place or a body inside them: a person, a post,
    or a body the model read from before the head or past the field."""
    if s.type == "location" and start < s.start:
        return False  # «Туркестанской области» inside the name stays a place of its own
    if s.type == "organization" and s.start < start and s.end <= end and _a_lead(s.text):
        return False  # «Представители ассоциации …»: the model took the people in; the body is the rule's
    return not (s.type == "organization" and start <= s.start and s.end <= end)


def _a_lead(name: str) -> bool:
    """Does the span open with a word that names people or a paper, no body («Представители»,
    «Решение»: bodies.py's list of such leads)?"""
    first = name.split()[0] if name.split() else ""
    ps = parses(first)[:1] if first else []
    return bool(ps) and ps[0].normal_form in _NOT_BODY_LEADS


def _field(text: str, pos: int, index: ByStart) -> _Field:
    """The field after a head at `pos` (see _Field): genitive words, «и» before another
    genitive word that opens no second body, «по» and the dative words after it."""
    field, case = _Field(end=pos), "gent"
    for _ in range(_MAX_WORDS):
        m = _NEXT.match(text, pos)
        if not m:
            break
        w = m.group(1)
        if w in ("и", "по"):
            nxt = _NEXT.match(text, m.end())
            if not nxt or (w == "и" and field.words == 0) or not _joins(w, nxt.group(1), case, field.po):
                break
            if w == "по" or _kind(nxt.group(1), case) is None:
                case = "datv"  # «по …», or «и» before a second dative of a «по» phrase
            field.po, pos = field.po or w == "по", m.end()
            continue
        kind = _kind(w, case) or (_kind(w, "gent") if case == "datv" and field.words else None)
        if kind is None or any(s.type in ("person", "checkpoint") for s in index.overlapping(m.start(1), m.end())):
            break
        field.words += 1
        field.adjective |= kind == "adjective"
        field.capital |= w[:1].isupper()
        if kind != "adjective":
            field.end = m.end()  # the name ends with a noun: an adjective alone belongs to what follows
            case = "gent" if case == "datv" and not _joined_next(text, m.end(), case) else case
        pos = m.end()
    return field


def _joined_next(text: str, pos: int, case: str) -> bool:
    """Is the word at `pos` «и» before another word in `case` («по защите и развитию …»)?"""
    m = _NEXT.match(text, pos)
    nxt = _NEXT.match(text, m.end()) if m and m.group(1) == "и" else None
    return nxt is not None and _kind(nxt.group(1), case) is not None


def _joins(word: str, after: str, case: str, po: bool) -> bool:
    """Does «и»/«по» before `after` continue the field? «по» before its dative words (not
    «по словам», «по данным»), «и» before a word in the field's case (the genitive, or the
    dative of a «по» phrase, and after one its dative still: «по регулированию монополий и
    защите конкуренции») that opens no second body. After a «по» phrase's noun the field
    reads genitive words again («по делам государственной службы»)."""
    if word == "по":
        return after.lower() not in _PO_PHRASES and (_kind(after, "datv") is not None or after.isupper())
    ps = parses(after)[:1]
    in_case = _kind(after, case) is not None or (po and _kind(after, "datv") is not None)
    return in_case and not (ps and ps[0].normal_form in _OTHER_BODIES)


def _kind(word: str, case: str) -> str | None:
    """«adjective» or «noun» when `word` reads as one in `case` (its first reading a noun or
    adjective, any of its first readings in that case); capitals are a noun; else None."""
    if word.isupper() and len(word) > 1:
        return None if word in _POST_KINDS else "noun"
    ps = parses(word)[:4]
    if not ps or ps[0].tag.POS not in ("NOUN", "ADJF", "PRTF") or any(p.tag.POS in _VERBS for p in ps[:3]):
        return None  # «Прокуратура области начала проверку»: a word that may be the verb ends the name
    hit = next((p for p in ps if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF")), None)
    if hit is None:
        return None
    return "noun" if hit.tag.POS == "NOUN" else "adjective"


def body_names(text: str, spans: list, ctx) -> list:
    """The pass: the bodies `find_body_names` reads go with the other rules' spans (placed by
    `rule_spans_win`); it runs after them so that their readings come first."""
    ctx.rule_spans += find_body_names(text, spans, [c for c, _ in ctx.rule_spans])
    return spans
