"""How a name is shortened for a narrow column without losing what tells it apart: a
person's surname, a neighbour's post's country code. Shared by the CLI's tables
(store/cli/table.py) and the explorer's lists (tui/text.py), which the import layers keep
apart from each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from store.lang.abbreviations import ABBREVIATIONS

_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CODE = re.compile(r"(.+?)( \([A-Z]{2}\))$")


# The head words of the posts a directive's giver is written as when no person is linked
# («Президент Казахстана», «Аким Алматы», «Қазақстан Президенті»): capitalized like a
# name, but «П. Казахстана» would hide who gave the order. Kazakh possessive endings are
# read off (президенті, әкімі, төрағасы).
_POST_HEADS = frozenset(
    """президент премьер премьер-министр вице-премьер министр вице-министр аким әкім посол
    губернатор мэр глава председатель спикер генсек генпрокурор басшы төраға
    president premier minister governor ambassador chairman""".split()
)
_KK_POSSESSIVE = re.compile(r"(?:сы|сі|ы|і)$")


def _is_post(word: str) -> bool:
    w = word.lower().removeprefix("экс-")
    return w in _POST_HEADS or _KK_POSSESSIVE.sub("", w) in _POST_HEADS


def initialed(name: str, width: int = 0) -> str:
    """«Касым-Жомарт Токаев» → «К.-Ж. Токаев», «Нурлан Аскарович Сауранбаев» → «Н. А.
    Сауранбаев»: two or three capitalized words (not all capitals, so no «РК») read as a
    person's name and keep the surname whole, not «Касым-Жомарт То…»; anything else
    («Мемлекет басшысы», «Глава региона», «Правительство РК», a post with its place:
    «Президент Казахстана», not «П. Казахстана») is returned as it is. `width` (the
    column's) is taken so a column's `shorten` can be this; the form is the same for any."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(
        _NAME_WORD.fullmatch(w) and w[0].isupper() and not w.isupper() for w in words
    ):
        return name
    if any(_is_post(w) for w in words):
        return name
    given = [".-".join(part[0] for part in w.split("-") if part) + "." for w in words[:-1]]
    return " ".join([*given, words[-1]])


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def coded(label: str, width: int, fit: Callable[[str, int], str] = _cut) -> str:
    """A neighbour's post too long for its column keeps its country's code: «Гишткуп…
    (UZ)», not «Гишткуприк (U…» — the code says which side of the border it is. `fit`
    shortens the name part to the room left (the CLI's counts terminal cells)."""
    m = _CODE.match(label)
    if not m or width <= len(m[2]) + 1:
        return label
    return fit(m[1], width - len(m[2])) + m[2]


def abridged(name: str, width: int = 0) -> str:
    """A directive's addressee too long for its column with each body it names in full
    written as its common abbreviation, in whatever case: «председатель Комитета
    государственных доходов» → «председатель КГД», «Министерство транспорта» →
    «Минтранс» — «Министерство тра…» hid which ministry was told. Anything else is
    returned as it is but a person's name, initialed as the giver's column does («Айгерим
    Нурланкызы» → «А. Нурланкызы»: «Айгерим Нурланк…» cut the surname); `width` is taken so
    a column's `shorten` can be this."""
    short = _BODY_NAMES().sub(lambda m: _short_forms()[_key(m.group())], name)
    return initialed(short) if short == name else short


def _key(full: str) -> str:
    """A body's name read off by its words' first five letters (any case ending): the same
    key for «Комитет государственных доходов» and «Комитета государственных доходов»."""
    return " ".join(w[:5] for w in full.lower().split())


# The key of each abbreviated body's full name → the abbreviation as printed («КГД», «Минтранс»).
_SHORT = {_key(full): short.upper() if len(short) <= 4 else short.capitalize() for short, full in ABBREVIATIONS.items()}


# Words an abbreviation leaves out: «Сауда және интеграция министрлігі» is «СИМ»,
# «Министерство по чрезвычайным ситуациям» «МЧС».
_UNLETTERED = frozenset({"и", "по", "және", "мен", "бен", "пен"})
# A state's mark on an abbreviation: «ҚР КМ» is «КМ» where the state goes without saying.
_STATE_MARK = re.compile(r"^ҚР\s+|\s+РК$")


@cache
def _listed_short() -> dict[str, str]:
    """Bodies' names → the abbreviation the knowledge base lists for them (bodies.csv, with
    its sources), where it is the name's words' initials: «Ұлттық қауіпсіздік комитеті» →
    «ҰҚК», «Қаржы министрлігі» → «ҚМ», «Министерство по чрезвычайным ситуациям» → «МЧС».
    At 80 columns «Көлік министрлі…» and «Министерство по…» hid which ministry was told,
    as «Министерство тра…» did before «Минтранс». The knowledge base is imported here, on the
    first shortened body, not with the module: the explorer's first paint imports this module
    and must not load kb's identity chain (tests/test_import_hygiene.py)."""
    from store.lang import kb

    out: dict[str, str] = {}
    for row in kb.body_rows():
        listed = {_STATE_MARK.sub("", a) for a in row["abbreviations"]}
        for name in row["names"]:
            words = name.split()
            short = "".join(w[0] for w in words if w.lower() not in _UNLETTERED).upper()
            if len(words) >= 2 and short in listed:
                out.setdefault(name, short)
    return out


@cache
def _short_forms() -> dict[str, str]:
    """The key of every abbreviated body's full name → its abbreviation (ABBREVIATIONS' first)."""
    return {**{_key(full): short for full, short in _listed_short().items()}, **_SHORT}


def _stem(word: str) -> str:
    """A name's word less its ending, in any case: «министерств» for «Министерство» and
    «министрлі» for «министрлігі» — not the minister («министр по инвестициям и развитию»
    is no «МИР», «Қаржы министрі» no «ҚМ»)."""
    return word[: max(len(word) - 2, min(len(word), 3))]


@cache
def _BODY_NAMES() -> re.Pattern[str]:  # noqa: N802 (a constant compiled at first use)
    alternatives = sorted({*ABBREVIATIONS.values(), *_listed_short()}, key=len, reverse=True)
    words = [r"\s+".join(re.escape(_stem(w)) + r"\w*" for w in full.split()) for full in alternatives]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I)
