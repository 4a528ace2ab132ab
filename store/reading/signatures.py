"""Header lines that sign a story with its outlet's name: the print issue it ran in
(«Еженедельник «X» № 31»), the newsroom's signature («Редакция X») and the date-and-time
stamp that ends with the site's name («18.03.2010 23:53 msk, X»). Each is a whole line of
a fixed shape above the body, so a name it holds is the page's own, not a source it quotes.
"""

from __future__ import annotations

import re

from store.reading import furniture as fu
from store.reading import outlets
from store.reading.dates import date_only

# What a print masthead calls itself before the quoted name.
_KIND = r"(?:газет[аы]|еженедельник|журнал|альманах|вестник)"

# A print story's issue line: «Еженедельник "Аргументы и Факты" № 31», «Газета «X» №12 от …».
_ISSUE_LINE = re.compile(rf"(?i)^(?:{_KIND}\s+)?[«\"“„]([^«»\"“”]{{2,40}})[»\"”“]\s*№\s*\d+")


def issue_line(header: list[str]) -> str | None:
    """The paper whose issue number a header line gives: the story was printed in it."""
    for line in header[:12]:
        m = _ISSUE_LINE.match(line.strip())
        if m:
            return outlets.known(m[1]) or m[1].strip()
    return None


# The newsroom signing the story above it: «Редакция Орен.Ру», «Редакция сайта «X»».
_NEWSROOM_LINE = re.compile(
    r"(?i)^(?:редакция|редакциясы)(?:\s+(?:сайта|портала|газеты|издания))?\s+[«\"“]?([^«»\"“”]{2,30}?)[»\"”]?\.?$"
)
# A Cyrillic site address printed as a name («Орен.Ру», «Мой-город.рф»).
_CYRILLIC_DOMAIN = re.compile(r"[А-ЯЁ][\w-]*\.(?:ру|рф|кз)", re.I)


def newsroom_line(header: list[str]) -> str | None:
    """A header line that is the newsroom's signature: «Редакция» and the site's name."""
    for line in header:
        m = _NEWSROOM_LINE.match(line.strip())
        if not m or fu.word_count(m[1]) > 3:
            continue
        name = m[1].strip()
        hit = outlets.known(name)
        if hit or outlets.domains(name) == [name] or _CYRILLIC_DOMAIN.fullmatch(name):
            return hit or name
    return None


# The story's stamp: its date and time, then the site's name («18.03.2010 23:53 msk, Фергана.Ру»).
_STAMP_TAIL = re.compile(
    r"^(.{6,40}?\d{1,2}:\d{2})(?:\s*(?:msk|мск|gmt|utc)(?:\s*[+-]\d+)?)?\s*,\s*([^,]{2,30})$", re.I
)


def stamp_line(header: list[str]) -> str | None:
    """A header line that is a date and a time followed by the name of the site that stamped it."""
    for line in header[:12]:
        m = _STAMP_TAIL.match(line.strip())
        if not m or not date_only(m[1]) or fu.word_count(m[2]) > 3:
            continue
        name = m[2].strip(" .")
        hit = outlets.known(name)
        if hit or outlets.domains(name) == [name] or _CYRILLIC_DOMAIN.fullmatch(name):
            return hit or name
    return None


# «Официальный вебсайт - http://x.com», «Наш сайт: x.kz», «Official website: …», «Rasmiy sayt: …»:
# a site listing its own addresses under the story (its networks follow on the next lines).
_OFFICIAL_SITE = re.compile(
    r"(?i)^(?:официальный\s+(?:веб-?)?сайт|наш\s+сайт|сайт\s+(?:издания|редакции|газеты)|official\s+(?:web\s*)?site|"
    r"ресми\s+(?:веб-?)?сайт\w*|rasmiy\s+(?:veb-?)?sayt\w*|расмий\s+сайт\w*)\s*[-–—:]?\s*"
    r"(?:https?://)?(?:www\.)?((?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,6})/?\S*$"
)


def official_site(lines: list[str]) -> str | None:
    """The address a line gives as the site's own («Официальный вебсайт - http://x.com»)."""
    for line in lines:
        m = _OFFICIAL_SITE.match(line.strip())
        if m:
            return outlets.known(m[1]) or m[1].lower()
    return None
