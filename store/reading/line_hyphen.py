"""A word broken at a line's end with a hyphen, joined when the lines are read.

PDF exports, `lynx -dump`, newspaper archives and other hard-wrapped dumps break a long word at
the line's end: «Минис-» / «терство по чрезвычайным ситуациям», «өткі-» / «зу пункті», «Хор-» /
«гос». paragraphs() joined such a line to the one above with a space («Минис- терство»), and no
name, place or checkpoint over the broken word was found (org86's sweep: 135 of 579 line-broken
body names). The break is joined here, when paragraphs() reads the two lines, so the clean body
holds the word; the raw text is kept as it came.

A hyphen at a line's end is also the hyphen of a word written with one («Нур-» / «Султан»,
«северо-» / «восток», «из-» / «за», «контрольно-» / «пропускной», «ата-» / «ана», «КГД-» /
«ның»); such a word keeps its hyphen and loses the newline only. Which of the two a line end is:

- the part before the hyphen ends in a digit («5-» / «ші»): a hyphen;
- the word with its hyphen is a word: pymorphy2's dictionary holds it (it holds «северо-восток»,
  «из-за», «кто-то»), a row of the knowledge base, gazetteer or place tables prints it
  («Усть-Каменогорск»), or the list of Kazakh paired words has it (lexicon/kk_hyphenated_words.txt):
  a hyphen;
- the next line starts with a capital (two names: «Алматы-Достык») or the part before the hyphen is
  an abbreviation («ҚТЖ-» / «ның»): a hyphen, unless the word joined is a word of those tables (a
  name in capitals or in camel case broken: «KAZLOG-» / «ISTICS», «Kazakh-» / «Export»);
- the line starts with a Kazakh ending alone («тасымалы-» / «ның»), the word before it lower-case
  Cyrillic: a break (Kazakh hyphens an ending to an abbreviation, a number or a Latin word only);
- the word joined is a word: pymorphy2's dictionary holds it, or a word of those tables (a Kazakh
  word also by its stem: «бекеттері» → «бекет»): a break;
- the part after the hyphen is a word and the part before an adjective's stem with a linking vowel
  («казахстанско-» / «китайской», «складско-» / «логистический»), or both halves are words alone
  («по-» / «казахски», «генерал-» / «майор»): a hyphen;
- else (a half is no word, «өткі» / «зу»): a break.

Only a line that ends on a letter or digit with a hyphen right after it is read so: a dash after
a space («граница –») is punctuation and the lines stay as paragraphs() joins them. A soft hyphen
(U+00AD) never gets here: store.sanitize drops it.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib.resources import files

# A line ending on a letter or a digit with a hyphen (hyphen-minus or U+2010) glued to it.
_HYPHEN_END = re.compile(r"([^\W_](?:[-‐]?[^\W_])*)[-‐]$")
# The word the next line starts with: letters, and the hyphened parts of a word («восток-» no).
_FIRST_WORD = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC = re.compile("[а-яёәғқңөұүһі]+", re.IGNORECASE)
_KAZAKH_LETTER = re.compile("[әғқңөұүһі]")
# Russian case endings of a noun (a name of the tables inflected: «Тараз» → «Таразе»), longest first,
# and the final letters a noun's stem loses before them («Кызылорда» → «Кызылордой»).
_RU_ENDINGS = (
    "ами",
    "ями",
    "ом",
    "ем",
    "ой",
    "ей",
    "ою",
    "ею",
    "ах",
    "ях",
    "ам",
    "ям",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
)
_RU_FINALS = frozenset("аяьйоеы")
_DATA_TABLES = ("bodies", "places", "checkpoints", "regions", "countries", "foreign_posts", "roads", "not_bodies")


def ends_with_hyphen(line: str) -> bool:
    """Does `line` end on a letter or a digit with a hyphen glued to it (a possible break)?"""
    return len(line) > 1 and line[-1] in "-‐" and line[-2].isalnum()


def joined(paragraph: str, line: str) -> str | None:
    """`paragraph` (ending in «слово-») with `line` (the next line) joined to it at the hyphen:
    without the hyphen when it broke a word, with it when the word is written with one. None when
    the two are not that shape (the line does not start with a letter)."""
    m = _HYPHEN_END.search(paragraph)
    first = _FIRST_WORD.match(line)
    if not m or not first:
        return None
    left = m.group(1).split("-")[-1].split("‐")[-1]
    right = first.group().split("-")[0]
    if is_break(left, right, m.group(1), first.group()):
        return paragraph[: m.end(1)] + line
    return paragraph[: m.end(1)] + "-" + line


def is_break(left: str, right: str, before: str = "", after: str = "") -> bool:
    """Is `left`-newline-`right` one word broken at a line's end (not a word written with a hyphen)?
    `before` and `after` are the whole words around the hyphen, with their own hyphens («точь-в» /
    «точь»: «точь-в-точь» is a word; «исто» / «рико-культурном»: «историко-культурном» is one)."""
    if not left or not right or left[-1].isdigit():
        return False
    low_left, low_right = left.lower(), right.lower()
    whole = f"{before}-{after}".lower() if before and after else ""
    if _hyphened_word(f"{low_left}-{low_right}") or (whole and _hyphened_word(whole)):
        return False
    if "-" in after and _hyphened_word(f"{before}{after}".lower()):
        return True  # a compound's first part broken («исто-» / «рико-культурном»)
    if right[0].isupper() or (len(left) > 1 and left.isupper()):
        # two names («Алматы-Достык»), an abbreviation with an ending («ҚТЖ-ның»): a hyphen, unless
        # a table's name is the word joined («Kazakh-» / «Export» of «KazakhExport», «KAZLOG-» / «ISTICS»)
        return _table_word(low_left + low_right)
    if len(right) > 1 and right == low_right and left == low_left and _kazakh_ending(low_right, whole):
        return True  # Kazakh hyphens an ending to an abbreviation, a number or a foreign word only
    if _word(low_left + low_right):
        return True
    if _word(low_right) and _adjective_stem(low_left):
        return False  # a compound adjective's first part: «казахстанско-» / «китайской»
    return not (_word(low_left) and _word(low_right))


def _kazakh_ending(right: str, whole: str) -> bool:
    from store.lang.kazakh_stems import is_ending

    return is_ending(right) and _CYRILLIC.fullmatch(whole.replace("-", "")) is not None


def _adjective_stem(part: str) -> bool:
    """A Russian adjective's stem with the linking vowel a compound puts after it: «казахско»
    (казахский), «складско» (складской), «торгово» (торговый) — no word alone in the dictionary."""
    return len(part) >= 4 and part[-1] in "ое" and any(_russian_word(part[:-1] + end) for end in ("ий", "ый", "ой"))


def join_text(text: str) -> str:
    """Every hyphen break of `text` joined (lines apart from that kept): for a name or a sentence
    read outside paragraphs() (benches, tests)."""
    out: list[str] = []
    for line in text.split("\n"):
        if out and ends_with_hyphen(out[-1].rstrip()) and line.strip():
            both = joined(out[-1].rstrip(), line.strip())
            if both is not None:
                out[-1] = both
                continue
        out.append(line)
    return "\n".join(out)


def _hyphened_word(word: str) -> bool:
    """A word written with a hyphen: in pymorphy2's dictionary, the tables or the Kazakh list, as
    printed or (Kazakh) with its endings off the last part («ата-аналарға» of «ата-ана»)."""
    if _russian_word(word):
        return True
    listed = _listed_hyphened()
    if word in listed:
        return True
    from store.lang.kazakh_stems import kazakh_stem

    head, _, last = word.rpartition("-")
    stem = kazakh_stem(last)
    return stem != last and f"{head}-{stem}" in listed


def _word(word: str) -> bool:
    if _russian_word(word):
        return True
    return _table_word(word)


def _table_word(word: str) -> bool:
    """A word of the tables, as printed, in a Russian case («Таразе» of «Тараз», «Кызылордой» of
    «Кызылорда») or with Kazakh endings («Алматыны»)."""
    table_words, _, stems = _table_words()
    if word in table_words:
        return True
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3 and word[: -len(ending)] in stems:
            return True
    from store.lang.kazakh_stems import kazakh_stem

    stem = kazakh_stem(word)
    return len(stem) >= 3 and stem != word and stem in table_words


def _russian_word(word: str) -> bool:
    """pymorphy2's dictionary holds the word (not a guess from its ending)."""
    from store.lang.lemmas import analyzer

    return bool(analyzer().word_is_known(word.replace("ё", "е")))


@cache
def _table_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words (and the words with a hyphen) of the knowledge base, gazetteer and place tables,
    lower case: a name's word broken at a line («Хор-» / «гос») is one of them. A Kazakh word's
    stem is listed beside it, so an inflected form is found by its stem."""
    from store.lang.kazakh_stems import kazakh_stem

    plain: set[str] = set()
    hyphened: set[str] = set()
    data = files("store").joinpath("data")
    for name in _DATA_TABLES:
        path = data.joinpath(f"{name}.csv")
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    for w in _WORD.findall(cell.lower()):
                        if "-" in w:
                            hyphened.add(w)
                            plain.update(w.split("-"))
                        else:
                            plain.add(w)
    plain.update(kazakh_stem(w) for w in list(plain) if len(w) > 4 and _KAZAKH_LETTER.search(w))
    words = frozenset(w for w in plain if len(w) > 1)
    stems = frozenset(w[:-1] if w[-1] in _RU_FINALS else w for w in words if len(w) >= 4)
    return words, frozenset(hyphened), stems


@cache
def _listed_hyphened() -> frozenset[str]:
    """The tables' words with a hyphen and the Kazakh list of words written with one."""
    from store.lang.wordlists import words

    return _table_words()[1] | words("kk_hyphenated_words")
