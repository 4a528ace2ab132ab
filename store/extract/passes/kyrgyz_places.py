"""Places on a Kyrgyz page: the neighbours' states by their Kyrgyz names with Kyrgyz case
endings («Казакстанга», «Кыргызстандын»), and places named by a Kyrgyz place noun after the
name («Чүй облусундагы», «Панфилов районунун», «Чалдыбар айылынын», «Кайыңды шаарында»).

Why: Kyrgyz pages about the Kazakh–Kyrgyz posts (kloop.kg, akchabar.kg, nazarnews.org) are
written in a Cyrillic close to Kazakh but without its letters ә, ғ, қ, ұ, һ, і. The knowledge
base reads them as Kazakh and names «Кыргызстан» by its Kazakh name «Қырғызстан», which no
Kyrgyz reference writes; it does not know «Казакстан» at all, and the Russian model reads
«Казакстанга», «Кыргызстандын Тышкы» or «Мамлекеттик» ('state') as persons. A Kyrgyz page
names its places as it prints them, in the nominative: the Kyrgyz form is the name.
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.extract.passes.found_places import put_places
from store.lang import kb
from store.lang.kyrgyz import kyrgyz_text

# The states a Kyrgyz page about the border names, in Kyrgyz (general knowledge: the
# spellings of the Kyrgyz press, e.g. kloop.kg, akchabar.kg, 24.kg's Kyrgyz pages).
STATES = ("Казакстан", "Кыргызстан", "Өзбекстан", "Тажикстан", "Түркмөнстан", "Кытай", "Орусия", "Россия")
# A Kyrgyz ending after a state's name: any run of lower-case letters but those that derive
# a new word («Казакстандык» 'Kazakhstani', «Кыргызстандыктар», «Кытайча» 'in Chinese').
_ENDING = "[а-яөүңё]{0,9}"
_DERIVED = re.compile("^(?:дык|дик|дук|дүк|тык|тик|тук|түк|лык|лик|лук|лүк|ча|че|чо|чө)")
_STATE = re.compile(rf"(?<![\w-])({'|'.join(STATES)})({_ENDING})(?![\w-])")

_UPPER = "A-ZА-ЯЁӨҮҢ"
_NAME = rf"[{_UPPER}][\w]*(?:-[{_UPPER}]?[\w]+)*"
# noun (as after a name, any case) → the noun kept in the name, or "" for the name alone
_NOUNS = {"облус": "облусу", "район": "району", "айыл": "", "шаар": "", "кыштак": "", "Республика": "Республикасы"}
# the noun's own endings, but not an adjective made of it («райондук» 'district-level')
_ONE = re.compile(rf"(?<![\w-])({_NAME})\s+({'|'.join(_NOUNS)})(?![дт][ыиуү]к)[а-яөүң]{{0,9}}(?![\w-])")
_NOT_NAMES = frozenset("бул ошол ар бардык биздин алардын жаңы чек облус район шаар айыл".split())
# loc47: a list before the plural noun, each item a place of that noun: «Чүй, Талас жана
# Ысык-Көл облустарында» (three oblasts), «Масанчи, Сортөбе, Каракемер айылдарындагы» (villages)
_PLURALS = {"облустар": "облусу", "райондор": "району", "айылдар": "", "шаарлар": ""}
_JOIN = r"(?:,\s*|\s+(?:жана|менен)\s+)"
_LIST = re.compile(rf"(?<![\w-])({_NAME}(?:{_JOIN}{_NAME})+)\s+({'|'.join(_PLURALS)})[а-яөүң]{{0,9}}(?![\w-])")
_ITEM = re.compile(_NAME)


def find_kyrgyz_places(text: str) -> list[tuple[NerSpan, str]]:
    """Every state and «Name noun» place of a Kyrgyz `text`, with its name."""
    out: list[tuple[NerSpan, str]] = []
    for m in _STATE.finditer(text):
        if not _DERIVED.match(m.group(2)):
            out.append((NerSpan("location", m.start(), m.end(), m.group()), m.group(1)))
    for m in _LIST.finditer(text):
        kept = _PLURALS[m.group(2)]
        for w in _ITEM.finditer(m.group(1)):
            word, start = w.group(), m.start(1) + w.start()
            if word.lower() in _NOT_NAMES or word in STATES:
                continue
            span = NerSpan("location", start, start + len(word), word)
            out.append((span, f"{word} {kept}" if kept else word))
    for m in _ONE.finditer(text):
        word = m.group(1)
        if word.lower() in _NOT_NAMES or any(s.start <= m.start() < s.end for s, _ in out):
            continue
        kept = _NOUNS[m.group(2)]
        end = m.end() if kept else m.end(1)
        out.append((NerSpan("location", m.start(), end, text[m.start() : end]), f"{word} {kept}" if kept else word))
    return out


# A person span on a Kyrgyz page that is a word of the language, not a name: an adjective
# in «-тик/-дык/…» («Мамлекеттик» 'state'), or words joined by «жана» ('and').
_ADJECTIVE = re.compile("(?:тик|тык|дик|дык|лик|лык|түк|тук|дүк|дук|лүк|лук)$")
# Words that open a Kyrgyz sentence, capitalized there and read by the model as a name or
# its first word: 'this', 'such', 'now', 'official', 'however', 'at present', 'he/she', 'his'.
_OPENERS = frozenset("бул мындай эми азыр расмий ошондой бирок учурда ал анын мына ошол".split())
# A place with the locative-attributive ending ('the … in Ысык-Көл'): «Ысык-Көлдөгү»,
# «Таластагы», «Чүйдөгү»: no person's name takes it.
_LOCATIVE = re.compile(rf"^({_NAME}?)(?:да|де|до|дө|та|те|то|тө|нда|нде|ндо|ндө)(?:гы|ги|гу|гү)$")
# A surname with a Kyrgyz case ending: «Жапаровдун», «Токаевдин», «Атамбаевге».
_SURNAME_CASE = re.compile(
    "^(.+(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына))"
    "(?:[дтн](?:ын|ин|ун|үн|ы|и|у|ү|а|е|о|ө|ан|ен|он|өн)|[гк][аеоө]|[дтл][аеоө]р)$"  # «Айтиевдер»: a plural
)


def _a_kyrgyz_word(s) -> bool:
    words = s.text.split()
    return s.type == "person" and ((len(words) == 1 and bool(_ADJECTIVE.search(words[0].lower()))) or "жана" in words)


# The head words of a Kyrgyz body's name ('service', 'ministry', 'committee', 'government',
# 'department', 'directorate', 'agency', 'council', 'mayor's office', 'division') and the
# Russian ones a Kyrgyz page keeps.
_BODY_HEADS = re.compile(
    "(?:кызмат|министрлиг|комитет|өкмөт|департамент|башкарма|агенттиг|кеңеш|мэрия|бөлүм|"
    "служб|министерств|управлен|компания|банк|партия|университет|ассоциация|фонд)",
    re.IGNORECASE,
)


def _a_sentence_not_a_body(s) -> bool:
    """«Кеген аркылуу Кыргызстан менен Казакстан ортосунда автобустук каттам жанданат», a
    Kyrgyz headline the model read whole as one body: five words or more and no head word a
    body's name has is a sentence."""
    return s.type == "organization" and len(s.text.split()) >= 5 and not _BODY_HEADS.search(s.text)


def _without_opener(s: NerSpan) -> NerSpan | None:
    """A span without the sentence opener the model took into it («Расмий Астана» → «Астана»)
    and without lower-case words closing it («Бишкек бул» 'Bishkek this'); None when the
    opener is all of it («Мындай», «Бул»)."""
    spots = list(re.finditer(r"\S+", s.text))
    while len(spots) > 1 and spots[-1].group().islower():
        spots.pop()
    if spots[-1].end() < len(s.text):
        s = NerSpan(s.type, s.start, s.start + spots[-1].end(), s.text[: spots[-1].end()])
    words = [w.group() for w in spots]
    if words[0].lower() not in _OPENERS:
        return s
    if len(words) == 1:
        return None
    cut = s.text.index(words[1])
    rest = s.text[cut:]
    return NerSpan("location" if _a_known_place(rest) else s.type, s.start + cut, s.end, rest)


def _a_known_place(words: str) -> bool:
    found = kb.find(words)
    return len(found) == 1 and found[0].form.row.type == "location" and found[0].end == len(words)


def _renamed(s: NerSpan, ctx) -> NerSpan | list[NerSpan]:
    """A place in «-дагы» read as a person is the place (and a place after it a place too);
    a person's surname with a case ending is named without it."""
    words = s.text.split()
    if s.type in ("person", "location") and len(words) == 1:
        m = _LOCATIVE.match(s.text)
        if m and m.group(1)[:1].isupper():
            ctx.names[(s.start, s.end)] = m.group(1)
            return NerSpan("location", s.start, s.end, s.text)
    if s.type == "person" and len(words) == 2 and (first := _LOCATIVE.match(words[0])):
        # «Памирдеги Мургап» 'Murgab in the Pamirs': the place it is in, then the place
        ctx.names[(s.start, s.start + len(words[0]))] = first.group(1)
        return [
            NerSpan("location", s.start, s.start + len(words[0]), words[0]),
            NerSpan("location", s.start + s.text.rindex(words[1]), s.end, words[1]),
        ]
    if s.type == "person" and len(words) >= 2:
        m = _SURNAME_CASE.match(words[-1])
        if m:
            ctx.names[(s.start, s.end)] = " ".join([*words[:-1], m.group(1)])
    return s


def kyrgyz_places(text: str, spans: list, ctx) -> list:
    """The pass, on a Kyrgyz article only: each place found replaces the places and persons
    it overlaps (a body that holds it keeps its words, a checkpoint's words stay the
    checkpoint's); a person that is a Kyrgyz word is dropped, a sentence's opening word
    is cut off a span, a place in «-дагы» and a surname with a case ending are named
    without their endings."""
    if not (getattr(ctx, "kyrgyz", False) or kyrgyz_text(text)):
        return spans
    out = []
    for s in spans:
        if _a_sentence_not_a_body(s):
            continue
        if (s.start, s.end) in ctx.names or s.type not in ("person", "location"):
            out.append(s)
            continue
        s = _without_opener(s) if not _a_kyrgyz_word(s) else None
        if s is not None:
            fixed = _renamed(s, ctx)
            out += fixed if isinstance(fixed, list) else [fixed]
    return put_places(out, find_kyrgyz_places(text), ctx)
