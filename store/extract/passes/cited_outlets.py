"""Pass `cited_outlets`: an outlet another article is credited to, printed in the text by a
name of store/data/outlets.csv that cannot be a common word — one with a digit or a dot
(«24.kg», «31 канал», «Хабар 24», «Газета.uz»), a capital inside a word («ҚазАқпарат»), or
words of two scripts or with initials in capitals («Sputnik Казахстан», «РИА Новости») — is one
organization, named as the table spells it (issue 15, org100). Names of plain words are left
to the model: «Ақ жол», «Алтын Орда», «Мой город» are also a phrase, a party, a bazaar or a
state of the past.

Why: the reference lists an outlet a text cites as an organization (dev: Lada.kz, Хабар 24,
РИА Новости, Казинформ), in the nominative. The model drops a name that opens with a number
(«Об этом сообщает 31 канал», «Сообщение 24.kg подтвердили»), keeps a Russian case on a
domain («Газете.uz») and glues a Kazakh kind noun on («ҚазАқпарат агенттігі»). A Russian
case is read only on a name with a digit or a dot, whose Cyrillic word is the declined one
(«Газете.uz», «31 каналу»); a name of plain words is matched as printed, capitals and all.
The article's own outlet is never added: it is where the text comes from, not a body it
names (`not_the_outlet` reads it the same way).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

from store.extract.ner import NerSpan
from store.lang.normalize import key

# a name that cannot be a common word: a digit or a dot in it, a capital after a small letter
# inside a word, or (checked apart, _two_scripts_or_initials) words of two scripts or initials
_DISTINCT = re.compile(r"\d|\.\w|\w[a-zа-яёәғқңөұүһі][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LATIN_WORD = re.compile(r"(?<!\S)[A-Za-z]+(?!\S)")
_CYRILLIC_IN = re.compile(r"[А-ЯЁа-яёӘҒҚҢӨҰҮҺІәғқңөұүһі]")
_INITIALS = re.compile(r"(?<!\S)[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,}(?!\S)")
_DECLINED = re.compile(r"\d|\.\w")  # only these names are read in a Russian case
_CYRILLIC_WORD = re.compile(r"[А-ЯЁа-яё]{3,}")
_WORD = re.compile(r"(?<![\w./@-])\w+")
# what may stand around a cited name inside the model's span of it: quotes, and one lower-case
# word before (агентства, издания) or after it (Kazakh агенттігі, арнасы, басылымы)
_LEAD = re.compile(r"(?:[а-яёәғқңөұүһі]+\s+)?[«\"“„]?$")
_TAIL = re.compile(r"^[»\"”]?(?:\s+[а-яёәғқңөұүһі]+)?")


def _distinct(spelling: str) -> bool:
    """Can the spelling not be a common word or phrase (see _DISTINCT)? Several words count
    only with a Latin word beside a Cyrillic one, or a word in capitals beside another; a year
    in it makes it none."""
    if _YEAR.search(spelling):
        return False  # «Стратегия 2050» is a plan's name as often as a site's
    if _DISTINCT.search(spelling):
        return True
    words = spelling.split()
    if len(words) < 2:
        return False
    two_scripts = bool(_LATIN_WORD.search(spelling)) and bool(_CYRILLIC_IN.search(spelling))
    return two_scripts or bool(_INITIALS.search(spelling))


def _declinable(word: str) -> str:
    """A Cyrillic word's pattern with the Russian case endings of a noun («Газета» →
    Газет(а|ы|е|у|ой|ою), «канал» → канал(а|у|ом|е)?); any other word as printed."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return re.escape(word)
    if word[-1] in "аяАЯ":
        return re.escape(word[:-1]) + "(?:а|я|ы|и|е|у|ю|ой|ей|ою)"
    if word[-1].lower() in "бвгджзклмнпрстфхцчшщ":
        return re.escape(word) + "(?:а|у|ом|е)?"
    return re.escape(word)


def _pattern(spelling: str) -> re.Pattern:
    """The spelling as a whole name, its words apart by any blanks, declined when it may be."""
    parts = re.split(r"(\s+|[.])", spelling)
    declined = bool(_DECLINED.search(spelling))
    body = "".join(r"\s+" if p.isspace() else (_declinable(p) if declined else re.escape(p)) for p in parts if p)
    return re.compile(body + r"(?![\w/]|\.\w)")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[re.Pattern, str, frozenset[str]], ...]]:
    """First three characters of a distinct spelling's first word → (its pattern, the spelling, the keys of
    every name and domain of its outlet), longest spelling first."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    out: dict[str, list] = {}
    for row in csv.DictReader(io.StringIO(text)):
        names = [s.strip() for s in [row["name"], *row["aliases"].split("|")] if s.strip()]
        keys = frozenset(key(s) for s in [*names, *row["domains"].split("|")] if s.strip())
        for spelling in names:
            first = re.match(r"\w+", spelling)
            if first and _distinct(spelling) and len(spelling) >= 4:
                out.setdefault(first.group()[:3], []).append((_pattern(spelling), spelling, keys))
    return {k: tuple(sorted(v, key=lambda t: -len(t[1]))) for k, v in out.items()}


@lru_cache(maxsize=1)
def _spellings() -> frozenset[str]:
    """Every distinct spelling the pass reads, as the table writes it."""
    return frozenset(spelling for entries in _table().values() for _, spelling, _ in entries)


def is_numbered_outlet(name: str) -> bool:
    """Is the name, blanks aside, a spelling of outlets.csv this pass reads that holds a
    digit («31 канал», «Хабар 24»: a number and a word that are no count)?"""
    name = " ".join(name.split())
    return any(c.isdigit() for c in name) and name in _spellings()


@lru_cache(maxsize=1)
def _opening_words() -> re.Pattern:
    """_WORD, but only the words whose first character opens some key of the table: the
    other words find nothing in it, and reading only these halves the pass's scan
    (ingest122: 0.10 -> 0.05 ms a generated text; the same hits, tests/test_ingest122_cuts.py)."""
    firsts = "".join(sorted({k[0] for k in _table()}))
    return re.compile(r"(?<![\w./@-])[" + re.escape(firsts) + r"]\w*" if firsts else r"(?!)")


def _hits(text: str, own: str) -> list[tuple[int, int, str]]:
    """(start, end, spelling) of each cited name, left to right, none of the article's outlet."""
    table, out, end = _table(), [], -1
    for w in _opening_words().finditer(text):
        if w.start() < end:
            continue
        for pattern, spelling, keys in table.get(w.group()[:3], ()):
            m = pattern.match(text, w.start())
            if m and not (own and own in keys):
                out.append((m.start(), m.end(), spelling))
                end = m.end()
                break
    return out


def _covers(text: str, s, start: int, end: int) -> bool:
    """Is the span inside the cited name with no more than quotes and one lower-case word
    around it?"""
    before, after = text[s.start : start], text[end : s.end]
    return (s.start >= start or _LEAD.fullmatch(before) is not None) and (
        s.end <= end or _TAIL.fullmatch(after) is not None
    )


def cited_outlets(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): each cited name one organization named by its spelling;
    a body or place span it covers gives way, a person over it keeps the name."""
    hits = _hits(text, key(ctx.source) if ctx.source else "")
    if not hits:
        return spans
    out = list(spans)
    for start, end, spelling in hits:
        over = [s for s in out if s.start < end and start < s.end]
        if any(s.type not in ("organization", "location") or not _covers(text, s, start, end) for s in over):
            continue
        out = [s for s in out if s not in over]
        ctx.names[(start, end)] = spelling
        out.append(NerSpan("organization", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))
