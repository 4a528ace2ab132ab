"""Known news outlets (store/data/outlets.csv): the names and domains a site prints
as its own, so the parser can tell the page's outlet from the bodies it quotes.

A site names itself in a handful of places — the logo line at the top, the first item
of its navigation row, a subscribe prompt, the copyright line, a photo credit — and in
any of them it may be spelled as a domain («Zakon.kz»), in capitals («NUR.KZ») or as a
word («Власть»). All spellings fold to one key (case, dots, spaces, hyphens and the
«.kz» ending ignored) so each of them finds the row and the row's own name comes back.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources

# Web counters and widgets whose names look like a site's logo but are not the outlet.
_NOT_OUTLETS = {"topmailru", "liveinternet", "яндексметрика", "yandexmetrika", "googleanalytics"}
_DOMAIN = re.compile(
    r"(?<![\w.@/-])((?:[a-zа-я0-9][a-zа-я0-9-]*\.)+(?:kz|ru|com|org|net|uz|kg|az|tm|info|media|news|tv|by|ua|city|asia|su))(?!\w|-\w)",
    re.I,
)
# The dot and the zone every _DOMAIN match ends with, under the same flags: a pattern opening with a
# literal, which `re` skips to in C, where _DOMAIN (a look-behind first, case-insensitive) is entered at
# every position of the line; most lines hold a dot, few a zone after it.
_ZONE = re.compile(r"\.(?:kz|ru|com|org|net|uz|kg|az|tm|info|media|news|tv|by|ua|city|asia|su)", re.I)


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SCHEME_AND_WWW = re.compile(r"^(?:https?://)?(?:www\.)?")
_KZ_DOMAIN_END = re.compile(r"\.kz$")
_NON_ALNUM_RUN = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """The matching key of an outlet's name: lower case, «ё» as «е», without quotes,
    punctuation, spaces and a trailing «.kz» (so «NUR.KZ», «Nur.kz» and «nur» agree)."""
    s = name.lower().replace("ё", "е").strip()
    s = _SCHEME_AND_WWW.sub("", s)
    s = _KZ_DOMAIN_END.sub("", s)
    return _NON_ALNUM_RUN.sub("", s)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """fold(spelling) → the outlet's own name, for every name, alias and domain in the table."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        spellings = [row["name"], *row["domains"].split("|"), *row["aliases"].split("|")]
        for s in spellings:
            if s.strip():
                out.setdefault(fold(s), row["name"])
    return out


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, str]:
    """domain as written in the table («24.kz») → the outlet's own name."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    return {
        d.strip().lower(): row["name"]
        for row in csv.DictReader(io.StringIO(text))
        for d in row["domains"].split("|")
        if d.strip()
    }


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    """fold(spelling) of every row of kind «telegram»: channels pages cite, with no web pages of their own."""
    text = resources.files("store").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    return frozenset(
        fold(s)
        for row in csv.DictReader(io.StringIO(text))
        if row["kind"] == "telegram"
        for s in [row["name"], *row["aliases"].split("|")]
        if s.strip()
    )


def is_channel(name: str) -> bool:
    """A messenger channel («Mash», «Telegram-канал X»): a source a page cites, never the page's outlet."""
    s = name.strip()
    if re.match(r"(?i)(?:telegram|телеграм|tg)[-\s]?(?:канал|channel)", s):
        return True
    return fold(s) in _channels()


_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=8192)
def known(name: str) -> str | None:
    """The table's name of the outlet `name` spells, else None («NUR.KZ» → «NUR.KZ», «kaz.nur.kz» → «NUR.KZ»)."""
    key = fold(name)
    if not _LETTER.search(key):  # «24» alone is a number; «24.kz» is a domain of the table
        return _by_domain().get(name.strip().lower().removeprefix("www.")) if "." in name else None
    if key in _NOT_OUTLETS:
        return None
    hit = _table().get(key)
    if hit is None and "." in name:  # a subdomain: «rus.azattyq.org», «kaz.nur.kz»
        parts = name.lower().split(".")
        for i in range(1, len(parts) - 1):
            hit = _table().get(fold(".".join(parts[i:])))
            if hit:
                break
    return hit


def is_counter(name: str) -> bool:
    """A web counter's logo (Top.Mail.Ru): printed at the top of pages, never an outlet."""
    return fold(name) in _NOT_OUTLETS


def domains(line: str) -> list[str]:
    """The domain names printed in a line, as written («Zakon.kz», «asia24.media»)."""
    if not _ZONE.search(line):  # every domain holds a dot and its zone (stop 51, ingest116)
        return []
    return [m for m in _DOMAIN.findall(line) if not is_counter(m)]


def known_or_domain(name: str) -> str | None:
    """The table's name of the outlet `name` spells, else `name` itself when it is a domain and
    nothing more («asia24.media»): how a credit in the text that quotes no table row still
    names a site."""
    return known(name) or (name if domains(name) == [name] else None)


_QUOTED_NAME = re.compile(r"[«\"“]([^«»\"“”]{2,40})[»\"”]")
# A word of a line that may name an outlet: a run between spaces, bars, bullets, dashes and stops.
_NAME_WORD = re.compile(r"[^\s|/•·—–:,;()]+")


@lru_cache(maxsize=8192)
def named_in(line: str, max_words: int = 4, anywhere: bool = False) -> str | None:
    """The known outlet a short stretch of the line names: a domain, or a run of up to
    `max_words` words at the line's start or inside quotes («Мой город», «Наша газета»).
    Kept per process (a pure function of its arguments): a site's footer and menu lines come
    back on every page, 3,007 calls of 974 distinct over the 341 generated articles (ingest111)."""
    for d in domains(line):
        hit = known(d)
        if hit:
            return hit
    for quoted in _QUOTED_NAME.findall(line):
        hit = known(quoted)
        if hit:
            return hit
    words = [w.strip(".") or w for w in _NAME_WORD.findall(line)]
    for i in range(len(words) if anywhere else 1):
        for n in range(min(max_words, len(words) - i), 0, -1):
            hit = known(" ".join(words[i : i + n]))
            if hit and not _name_goes_on(words[i + n - 1], words[i + n :]):
                return hit
    return None


# Words that make a place's name, which a paper may share («Түркістан»), into a region's rubric or
# another site's name: «Түркістан жаңалықтары» (news of Turkistan), «Түркістан облысының …». An adjective
# («облыстық», «областная», «городская») names the paper's kind instead: «X облыстық газеті» is X.
_PLACE_RUBRIC_WORD = re.compile(
    r"^(?:жаңалықтар|хабарлар|облыс(?!тық)|өңір|қала(?!лық)|аудан(?!дық)|новост|област(?!н)|регион(?!альн)|"
    r"район(?!н)|город(?!ск))\w*$"
)
_LATIN_START = re.compile(r"^[A-Za-z\u00c0-\u024f]")


def _name_goes_on(last: str, rest: list[str]) -> bool:
    """Whether the words after a match continue the same name: a Latin word after a Latin
    one («Azattyq Rýhy» is not «Azattyq»), or a word in lower case that makes a place's name a
    region's rubric («Түркістан жаңалықтары» is not the weekly «Түркістан»); navigation after
    a logo changes script or case."""
    if not rest:
        return False
    if _PLACE_RUBRIC_WORD.match(rest[0]):
        return True
    return bool(_LATIN_START.match(last) and _LATIN_START.match(rest[0]) and "." not in last)


def site_name(raw: str) -> str:
    """The outlet a page's markup names (og:site_name, else the canonical address's host, as the
    HTML reader gives it), spelled as the table spells it: «www.zakon.kz» → «Zakon.kz»,
    «Tengrinews.kz - Новости Казахстана и мира» → «Tengrinews.kz» (the slogan after a dash goes),
    «kaz.nur.kz» → «NUR.KZ». A name the table does not know is kept, minus «www.» and the slogan."""
    name = re.sub(r"(?i)^(?:https?://)?www\.", "", raw.strip())
    head = re.split(r"\s+[-–—|:]\s+", name, maxsplit=1)[0].strip()
    hit = known(head) or known(name)
    if hit:
        return hit
    return head if head and (domains(head) == [head] or len(head.split()) <= 4) else name
