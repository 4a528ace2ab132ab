"""One-word «persons» that are no person: a word of Kazakh, Kyrgyz or Uzbek text the Russian
model read as a name, and a word the same text names as a place.

Why: the NER model is Russian. In a Kazakh, Kyrgyz or Uzbek text a capitalised common word
or place («Бұрын», «Наурыз», «Алай», «Ноокат», «Чегаранинг», «Биз») looks to it like a lone
surname. ppl43 and per44 read the one-word persons printed over ~1,200 saved real pages: in
such texts nearly all were places, months or plain words; the true ones were a given name
alone, a surname of Russian shape («Жапаровдун», «Токаева») or a surname the article also
prints beside a given name. Dev's reference has no one-word person at all.

The shape decides, not a list of words. A one-word person span of a text that is not Russian
(the reader's language is kk, ky or uz) goes when the word is neither a given name on our
lists, nor a surname or patronymic by its ending (a Kazakh, Kyrgyz or Uzbek case ending taken
off first), nor a surname of the knowledge base, nor a word of another person the same text
names in full. A person span opened by a demonstrative («Бу ҳақда Қозоғистон Молия», «Бунга
Тошкент»: ogoh.uz, nuz.uz) goes when no word after the opening has a name's shape. Within one
text, a person whose word the text names as a place elsewhere is pass `named_place_elsewhere`'s;
across the title and the body (in any language), `persons_named_as_places` below drops the
headline's «Тенгиз» the body names as a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.naming import PATRONYMIC, SURNAME
from store.extract.passes.kazakh_case_surnames import _base_surnames
from store.extract.passes.kazakh_persons import _given
from store.extract.passes.latin_persons import _first_names
from store.lang.names import fold

# The readers' languages whose texts the Russian model misreads this way.
NON_RUSSIAN = frozenset({"kk", "ky", "uz"})

# Case endings of Kazakh, Kyrgyz and Uzbek (Cyrillic): the genitive, dative, accusative,
# locative, ablative and instrumental a surname may carry («Жапаровдун», «Каримовнинг»).
_CASE_ENDING = re.compile(
    r"(?:нинг|тың|тің|дың|дің|ның|нің|дун|дүн|дын|дин|тун|түн|тын|тин|нун|нүн|нын|нин"
    r"|нан|нен|дан|ден|тан|тен|дон|дөн|тон|төн|пен|бен|мен"
    r"|га|ге|ка|ке|ға|ғе|қа|го|гө|ко|кө|да|де|та|те|до|дө|то|тө|ни|ны|ні|ды|ді|ты|ті|ну|нү|ду|дү|ту|тү)$"
)
# Endings a lone word of these languages ends a surname with besides the Russian ones:
# Russian -ский/-цкий/-енко, Kyrgyz «уулу»/«кызы», Uzbek «ўғли»/«қизи».
_MORE_SURNAME = re.compile(r"(?:ский|ская|цкий|цкая|енко|уулу|кызы|ўғли|угли|қизи|кизи)$")
_MIN_STEM = 3
# «-ин/-ын/-ина/-ына»: a surname's ending on a word of six letters or more
_SHORT_RISK = re.compile(r"ин|ын|ина|ына")
_MIN_IN_WORD = 6


def _surname_shaped(word: str) -> bool:
    """A surname or patronymic by its ending, bare or with a case ending on it. «-ин/-ын»
    counts on a longer word only: short Kazakh words end so too («Бұрын», «earlier»)."""
    low = word.lower()
    stems = [low]
    m = _CASE_ENDING.search(low)
    if m and m.start() >= _MIN_STEM:
        stems.append(low[: m.start()])
    return any(_surname_ending(s) for s in stems)


def _surname_ending(stem: str) -> bool:
    m = SURNAME.search(stem)
    if m and (not _SHORT_RISK.fullmatch(m.group()) or len(stem) >= _MIN_IN_WORD):
        return True
    return bool(PATRONYMIC.search(stem) or _MORE_SURNAME.search(stem))


@lru_cache(maxsize=4096)
def name_shaped(word: str) -> bool:
    """Could this one word be a person's name on its own: a given name, a surname by its
    ending, or a surname of the knowledge base?"""
    plain = word.strip(".-")
    if not plain:
        return False
    if _given(plain) or fold(plain) in _first_names() or _surname_shaped(plain):
        return True
    low = plain.lower()
    m = _CASE_ENDING.search(low)
    return low in _base_surnames() or bool(m and m.start() >= _MIN_STEM and low[: m.start()] in _base_surnames())


def _words_of_full_names(spans: list, ctx) -> set[str]:
    """The words (and their stems) of the persons this text names with two words or more."""
    out: set[str] = set()
    for s in spans:
        if s.type != "person":
            continue
        words = (ctx.names.get((s.start, s.end)) or s.text).split()
        if len(words) >= 2 and _opened_by_a_pronoun(s.text.split()) is None:
            out.update(w.lower() for w in words)
    return out


def _one_word(s, ctx) -> str | None:
    name = (ctx.names.get((s.start, s.end)) or s.text).strip()
    return name if name and len(name.split()) == 1 else None


def _part_of_a_full_name(word: str, full: set[str]) -> bool:
    low = word.lower()
    if low in full:
        return True
    m = _CASE_ENDING.search(low)
    return bool(m and m.start() >= _MIN_STEM and low[: m.start()] in full)


# A demonstrative or pronoun opening a sentence («Бу ҳақда …» «about this», «Бунга …» «to this»),
# and the postpositions after it, in Uzbek, Kyrgyz and Kazakh: the model runs such an opening
# into the capitalised names after it («Бу ҳақда Қозоғистон Молия», «Бунга Тошкент»).
_LEAD_WORDS = frozenset(
    "бу бунга бундан бунинг шу шунга ушбу мазкур бул буга мындай ушул ошол осы бұл осыған "
    "bu bunga bundan ushbu shu shunga mazkur".split()
)
_POSTPOSITIONS = frozenset("ҳақда ҳақида хақда haqda haqida туралы тууралуу жөнүндө жөнінде".split())


def _opened_by_a_pronoun(words: list[str]) -> list[str] | None:
    """The words after a leading demonstrative (and its postposition), or None when the span
    does not open with one."""
    if not words or words[0].lower() not in _LEAD_WORDS:
        return None
    rest = words[1:]
    while rest and rest[0].lower() in _POSTPOSITIONS:
        rest = rest[1:]
    return rest


def _no_person(s, ctx, full: set[str]) -> bool:
    words = (ctx.names.get((s.start, s.end)) or s.text).split()
    if len(words) == 1:
        return not name_shaped(words[0]) and not _part_of_a_full_name(s.text, full)
    rest = _opened_by_a_pronoun(s.text.split())
    return rest is not None and not any(name_shaped(w) or _part_of_a_full_name(w, full) for w in rest)


def lone_word_persons(text: str, spans: list, ctx) -> list:
    """The pass: one-word persons of the shapes in the module doc, and persons opened by a
    demonstrative with no name's word after it, are dropped."""
    if getattr(ctx, "language", None) not in NON_RUSSIAN:
        return spans
    full = _words_of_full_names(spans, ctx)
    return [s for s in spans if not (s.type == "person" and _no_person(s, ctx, full))]


def persons_named_as_places(mentions: list) -> list:
    """Across the title and the body (the pass sees one at a time): a one-word person of the
    title whose word the body names as a place is that place («Когда Тенгиз выйдет …» over a body
    about «месторождение Тенгиз»): the person mention goes."""
    places = {w for m in mentions if m.type == "location" and m.field == "body" for w in _words(m)}
    return [m for m in mentions if not (m.field == "title" and _lone_person(m) and _words(m) & places)]


def _words(m) -> set[str]:
    return {m.name.lower(), m.surface.lower()}


def _lone_person(m) -> bool:
    return m.type == "person" and len(m.name.split()) == 1
