"""A person's surname with a Kazakh case ending the shape rules cannot take off.

store/extract/passes/kazakh_persons.py strips a Kazakh ending only off a Russian-shaped
surname («Бозымбаевтың» → «Бозымбаев»), the one kind whose stem is sure. Kazakh and foreign
surnames of other shapes kept theirs: «Дархан Сатыбалдының», «Роман Склярдың», «Гүлжан
Мәуітханның» were stored so, and a story that also prints «Гүлжан Мәуітхан» got two people;
the Latin-script Kazakh press likewise («Sergeı Kýlagınniń», «Sergeı Kýlagındi»). Here the
ending goes when something vouches for the stem: the knowledge base has it as a surname
(store/data/people.csv), or the same article prints it bare, or with another case ending
(two forms of one stem: «Kýlagınniń» and «Kýlagındi» are «Kýlagın»).

Why: ppl43 read the persons printed over 768 saved real pages (2026-12-05): every Kazakh
case form left on a name was of this kind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang import people
from store.lang.chinese_names import chinese_name
from store.lang.kazakh import holds_kazakh_letter
from store.lang.persons import given_names

# the case endings a Kazakh surname takes (genitive, dative, accusative, locative, ablative,
# instrumental); an alternation anchored at the end matches leftmost, so the longest ending
# goes («Склярдың» loses «дың»)
_ENDING = re.compile(
    r"(?:тың|тің|дың|дің|ның|нің|нда|нде|тан|тен|дан|ден|нан|нен|пен|бен|мен"
    r"|қа|ке|ға|ге|та|те|да|де|ты|ті|ды|ді|ны|ні)$"
)
# the same in the Latin alphabet of 2018–2021 («Kýlagınniń», «Tokaevqa», «Smaıylovtyń»)
_LATIN_ENDING = re.compile(
    r"(?:tyń|tiń|dyń|diń|nyń|niń|nda|nde|tan|ten|dan|den|nan|nen|pen|ben|men"
    r"|qa|ke|ǵa|ge|ta|te|da|de|ty|ti|dy|di|ny|ni)$"
)
# letters only Latin-script Kazakh uses, beside Latin
_LATIN_KAZAKH = re.compile("[ıńǵúýáó]")
_MIN_STEM = 3
_KK_FOLD = str.maketrans("әғқңөұүһі", "агкноуухи")


@lru_cache(maxsize=1)
def _base_surnames() -> frozenset[str]:
    """The surnames of the knowledge base's people, in every spelling a row gives."""
    return frozenset(n.split()[-1].lower() for p in people.people() for n in p.names if len(n.split()) >= 2)


def _vouched(text: str, stem: str, ending: str, endings: re.Pattern) -> bool:
    """Does the article print the stem bare, or with a case ending other than this one?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}(\w*)(?![\w-])", text):
        other = m.group(1)
        if not other or (other != ending and endings.fullmatch(other)):
            return True
    return False


# endings no Kazakh surname ends in by itself (genitive, dative, instrumental, ablative after a
# voiced sound): after a given name we know, the stem needs no other voucher («Самат Нұртазаға»,
# per47). «-ды/-ді», «-та», «-тан» are left to the vouchers: «Сатыбалды», «Тілеуберді», «Сұлтан».
_SURE_AFTER_GIVEN = re.compile(r"(?:тың|тің|дың|дің|ның|нің|ға|ге|қа|ке|мен|бен|пен|дан|ден|нан|нен)$")
_MIN_BARE_STEM = 4


def nominative_surname(text: str, last: str, given: str = "") -> str | None:
    """The surname `last` is with its Kazakh ending off, when the base or the text vouches
    for the stem, or when `given` (the word before) is a given name on our list and the
    ending is one no surname ends in; None otherwise."""
    endings = _LATIN_ENDING if last.isascii() or _LATIN_KAZAKH.search(last) else _ENDING
    m = endings.search(last)
    if not m or m.start() < _MIN_STEM or not last[:1].isupper():
        return None
    stem = last[: m.start()]
    if stem.lower() in _base_surnames() or _vouched(text, stem, m.group(), _ending_words(endings)):
        return stem
    if given and _SURE_AFTER_GIVEN.search(last) and len(stem) >= _MIN_BARE_STEM and _known_given(given):
        return stem
    return None


def _known_given(word: str) -> bool:
    """A given name on the project's list, in Kazakh or Russian spelling («Самат», «Серік»)."""
    names = given_names()
    low = word.lower().replace("ё", "е")
    return low in names or low.translate(_KK_FOLD) in names


def _ending_words(endings: re.Pattern) -> re.Pattern:
    return re.compile(endings.pattern.removesuffix("$"))


def kazakh_case_surnames(text: str, spans: list, ctx) -> list:
    """The pass: a person span of a Kazakh text (either alphabet) whose name ends in such a
    form is named with the bare surname (its offsets stay: the ending is part of what was
    printed)."""
    if not (holds_kazakh_letter(text) or _LATIN_KAZAKH.search(text)):
        return spans
    for s in spans:
        if s.type != "person":
            continue
        words = (ctx.names.get((s.start, s.end)) or s.text).split()
        if len(words) < 2:
            continue
        chinese = chinese_name(words)  # «Чжи Сяньвеймен»: the shape vouches for the stem
        if chinese is not None:
            if chinese != " ".join(words):
                ctx.names[(s.start, s.end)] = chinese
            continue
        stem = nominative_surname(text, words[-1], words[-2] if len(words) == 2 else "")
        if stem is not None:
            ctx.names[(s.start, s.end)] = " ".join([*words[:-1], stem])
    return spans


def join_case_forms(names: list[str]) -> dict[str, str]:
    """Across an article's fields (the pass sees one at a time): a person's name that is
    another's with a Kazakh ending on the surname («Гүлжан Мәуітханның» in the headline,
    «Гүлжан Мәуітхан» in the body) → that bare name."""
    bare = {n for n in names if len(n.split()) >= 2}
    out = {}
    for n in bare:
        *given, last = n.split()
        m = _ENDING.search(last) or _LATIN_ENDING.search(last)
        if m and m.start() >= _MIN_STEM and " ".join([*given, last[: m.start()]]) in bare:
            out[n] = " ".join([*given, last[: m.start()]])
    return out
