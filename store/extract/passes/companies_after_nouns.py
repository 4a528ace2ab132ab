"""`companies_after_nouns`: an unquoted name right after the noun «компания» or «фирма»
(«выиграла компания Актобе Агро Транс», «с компанией Кордай Логистик») is the company's name,
not a place or a person.

Why (org74, issue 15): firms of this trade are named after a town or a post and printed
without quotes; the model reads the town in front as the name's type, a place («Актобе Агро
Транс») or, for a two-word name, a person («Кордай Логистик»). The noun before the name says
what it is. Left as they are: a name the knowledge base knows as a place, whole («компании
Казахстана», the country's companies), a place declined after the noun («компании Северной
Америки»: a firm's name is printed as it is, its nominative), and a one-word name; a person's
name is retyped only when its first word is a place or a post («Кордай», «Жибек Жолы»), so an
owner named after the noun («компании Тимура Кулибаева») stays a person.

ent75: the same name when the model read none of it, or only part («фирма Нур Жолы Карго
открыла склад» gave nothing but the post «Нур Жолы»): a run of two or three capitalised words
after the noun, the first a place or a post, with no capitalised word after it (an owner's
name may follow: «фирмы Нур Жолы Карго Ержан …» is left alone), is the body, named as
printed; so is the model's own body there («компания Алтынколь Транс Сервис» was named
«Алтынколи …» by declension).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.naming import nominative_in
from store.extract.needles import may_hold
from store.extract.ner import NerSpan
from store.lang import gazetteer, kb

# the noun in any case, then only spaces before the name
_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:авиа)?(?:компани(?:я|и|ю|ей|ею|ям|ях|ями)|фирм(?:а|ы|е|у|ой|ою))\s+$", re.IGNORECASE
)
# a text with neither, in any case, is passed over before any scan: _NOUN_BEFORE folds case, so «ФИРМА»
# must not pass over it (gate76; needles.may_hold reads the text's lower-case copy)
_NEEDLES = ("омпани", "ирм")
_CAPITAL_WORD = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)?"
# the noun, then two or three capitalised words and no third or fourth
_RUN_AFTER_NOUN = re.compile(
    r"(?<![\w-])(?:[Аа]виа)?(?:[Кк]омпани(?:я|и|ю|ей|ею)|[Фф]ирм(?:а|ы|е|у|ой|ою))[ \t]+"
    rf"(?P<name>{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{1,2}})(?![ \t]+[А-ЯЁӘҒҚҢӨҰҮҺІA-Z\d])(?![\w-])"
)


def may_name_a_company(text: str) -> bool:
    """False only when no match of _NOUN_BEFORE can stand in `text` (its needles in any case)."""
    return may_hold(text, _NEEDLES)


def companies_after_nouns(text: str, spans: list, ctx) -> list:
    """The pass (see module doc): each place or person span right after a company noun, of
    two words or more, retyped as a body named as printed."""
    if not may_name_a_company(text):
        return spans
    out = []
    for s in spans:
        if s.type in ("location", "person") and _a_company(text, s, ctx):
            s = NerSpan("organization", s.start, s.end, s.text)  # named as printed: a firm's name is not declined
            ctx.names[(s.start, s.end)] = text[s.start : s.end]
        out.append(s)
    return _unread_companies(text, out, ctx)


def _unread_companies(text: str, spans: list, ctx) -> list:
    """The runs of _RUN_AFTER_NOUN that start with a place or a post, as bodies named as
    printed; the model's places, persons or bodies inside the run give way to it."""
    for m in _RUN_AFTER_NOUN.finditer(text):
        start, end = m.span("name")
        first = m.group("name").split()[0]
        if not (_a_known_place(first) or first.lower() in _post_words()) or _a_known_place(m.group("name")):
            continue
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue  # a longer name read across the run
        spans = [s for s in spans if s not in inside] + [NerSpan("organization", start, end, text[start:end])]
        ctx.names[(start, end)] = text[start:end]
    return sorted(spans, key=lambda s: (s.start, s.end))


def _a_company(text: str, s, ctx) -> bool:
    written = text[s.start : s.end]
    words = written.split()
    if len(words) < 2 or not _NOUN_BEFORE.search(text[max(0, s.start - 20) : s.start]):
        return False
    if s.type == "location":
        declined = nominative_in(ctx.nominatives, s, None, text).lower() != " ".join(words).lower()
        return not declined and not _a_known_place(written)
    return _a_known_place(words[0]) or words[0].lower() in _post_words()


def _a_known_place(name: str) -> bool:
    """Is `name` (as printed, any case ending) wholly one place of the knowledge base?"""
    found = kb.find(name)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end - found[0].start == len(name)


@lru_cache(maxsize=1)
def _post_words() -> frozenset[str]:
    """The first words of the posts' names, lower case («кордай», «жибек», «сарыагаш»)."""
    names = [n for cp in gazetteer.all() for n in (cp.name_ru, cp.name_kk, *cp.variants) if n]
    return frozenset(n.split()[0].lower() for n in names)
