"""Persons the Russian model misses or misreads in Kazakh text, and the surname said
again later in the article.

`full_names`: a known given name followed by a capitalized word is a person, in any script
and case («Айгүл Құспан», «Марат МУРЗИЕВ», «Қанат Бозымбаевтың»); the role words the model
glued in front («Облыс әкімі Қанат Бозымбаев») are not part of it.

`repeated_surnames`: a full name's surname written again alone with a Kazakh case suffix
(«Бозымбаевтың айтуынша») or in capitals is a mention of that person: the canonical
merge (store/lang/canonical.py) then names it by the full form.

Why: on fresh Kazakh pages the model found none of these; one person came out as two, or
as a body glued to the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from store.extract.naming import PATRONYMIC, SURNAME
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.extract.spans import coverage_mask
from store.lang import kb
from store.lang.kazakh import DISCOURSE_WORDS, KAZAKH_LETTERS
from store.lang.persons import KAZAKH_PLURAL, KAZAKH_POSSESSIVE_CASE, given_names

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_CAP = rf"[{_UPPER}][\w-]+"
# overlapping: «Кеше Айгүл Құспан»; the capital is asked first (the pair opens with it anyway), so
# a position in lower case fails before the look back and the look ahead: 0.05 → 0.03 ms/article
_PAIR = re.compile(rf"(?=[{_UPPER}])(?<![\w.-])(?=({_CAP})\s+({_CAP})(?![\w-]))")
# _PAIR's matches found from their capital (stop 50, ingest110): the pattern opens with the capital
# itself, so `re` skips in C to the capitals instead of entering the pattern at every position
# (0.093 -> 0.051 ms a generated article); the look back at what stands before it, then the pair
# looked ahead at from the capital (a look back one character wide around a look ahead: its groups
# are _PAIR's). A match takes the capital (end = start + 1, not start): full_names reads only its
# start and groups, each the same as _PAIR's (tests/test_ingest110_cuts.py).
_PAIR_FROM_CAPITAL = re.compile(rf"[{_UPPER}](?<![\w.-].)(?<=(?=({_CAP})\s+({_CAP})(?![\w-])).)")
# Kazakh case and possessive endings a surname takes («Бозымбаевтың», «Құспанға»)
_KK_ENDING = re.compile(
    r"(?:тың|тің|дың|дің|ның|нің|қа|ке|ға|ге|та|те|да|де|нда|нде|тан|тен|дан|ден|нан|нен|ты|ті|ды|ді|ны|ні|пен|бен|мен)$"
)
# a «-ұлы/-қызы» surname takes «-на/-не» (dative) and «-н» (accusative) after its «-ы», the
# endings _KK_ENDING has not (per47: «Нартай Аралбайұлына сұхбат беріп», a journalist's name)
_SON_OF_CASE = re.compile(r"(?:[ұу]лы|[қк]ызы)(на|не|н)$")
_RU_SURNAME_CASE = re.compile(r"(?:ова|ева|ина|ову|еву|ину|овым|евым|иным|ове|еве|ине|ой|ым|ом)$")


_KK_FOLD = str.maketrans("әғқңөұүһіё", "агкноуухие")


def _folded(word: str) -> str:
    """«Айгүл» and «Айгуль», «Қанат» and «Канат»: one given name in either spelling."""
    return word.lower().translate(_KK_FOLD).replace("ь", "")


@lru_cache(maxsize=1)
def _folded_given_names() -> frozenset[str]:
    return frozenset(_folded(n) for n in given_names())


def _given(word: str) -> bool:
    """A given name on our list; a double one («Қасым-Жомарт», «Кайрат-Бек») when each half is."""
    names = _folded_given_names()
    return _folded(word) in names or ("-" in word and all(_folded(p) in names for p in word.split("-") if p))


def _surname_nominative(word: str) -> str:
    """«БОЗЫМБАЕВТЫҢ» → «Бозымбаев»: capitals to a title, a Kazakh case ending off a
    Russian-shaped surname (the only kind whose stem is sure)."""
    w = word[:1] + word[1:].lower() if word.isupper() else word
    son = _SON_OF_CASE.search(w)
    if son:  # «Аралбайұлына», «Сапарқызын»: a «-ұлы/-қызы» surname's dative or accusative
        return w[: son.start(1)]
    stripped = _KK_ENDING.sub("", w)
    if stripped != w and (SURNAME.search(stripped) or PATRONYMIC.search(stripped)):
        return stripped
    return w


@lru_cache(maxsize=2)
def _kazakh_text(text: str) -> bool:
    """Does `text` hold a Kazakh letter? Asked once a text, not once a pair, initial or
    surname read in it: a Russian text was scanned whole each time (issue 15)."""
    return bool(KAZAKH_LETTERS.search(text))


@lru_cache(maxsize=4096)
def _in_the_base(word: str) -> bool:
    """Is the word alone a place or body the knowledge base knows (asked once a word)?"""
    return bool(kb.find(word))


def _surname_like(word: str) -> bool:
    """A capitalized word that may be a surname: not a known place or body, not a given name."""
    return not _given(word) and not _in_the_base(word) and len(word) > 2


_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:облыс|аудан|ауыл|қала|район|област|округ|көш)", re.IGNORECASE)


_CAPITAL_WORD_BEFORE = re.compile(rf"[{_UPPER}][\w-]*\s+$")


# a given name and a surname just before: a name ended there, the next begins («Ералы Тоғжанов
# Нартай Аралбайұлына сұхбат берді», per47), unlike «Ерлан Серікұлы Ахметов»
_NAME_ENDED_BEFORE = re.compile(rf"(?<![\w-])[{_UPPER}][а-яёәғқңөұүһі]+\s+[{_UPPER}][\w-]*(?:ов|ев|ёв|ин|ын)\s+$")
_SON_OF = re.compile(r"(?:[ұу]лы|[қк]ызы)$")
# a capitalized word after «-ұлы»: the «-ұлы» word was a patronymic inside a longer name
_CAPITAL_WORD_AFTER = re.compile(rf"\s+[{_UPPER}]")


def _unknown_given_before_surname(text: str, start: int, given: str, surname: str, end: int = -1) -> bool:
    """«Өмірхан Қанағатов», «Аденбек АБИЛЬМАЖИНОВ»: a given name off our list still opens a
    name when the next word has a surname's ending, in Kazakh text or in capitals (a
    Russian text's Title-case names are the model's)."""
    if not (given[:1].isupper() and given[1:].islower() and len(given) >= 3) or _in_the_base(given):
        return False
    if is_role_word(given) or given.lower() in DISCOURSE_WORDS:
        return False  # per69: «Депутат Ерсайын Бахытұлы Ұзақов» is no «Депутат Ерсайын»; names70: nor «Кеше Ерсайын»
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start)
    if PATRONYMIC.search(given) or (
        before
        and not is_role_word(before.group().strip())  # «Депутат Ерсайын Ұзақов»: a role opens no name
        and before.group().strip().lower() not in DISCOURSE_WORDS  # «Кеше Ерсайын Бахытұлы»: nor «yesterday»
        and not _NAME_ENDED_BEFORE.search(text, max(0, start - 80), start)
    ):
        return False  # the middle of a longer name («Ерлан Серікұлы Ахметов»)
    nominative = _surname_nominative(surname).lower()
    if _SON_OF.search(nominative) and _kazakh_text(text) and not _CAPITAL_WORD_AFTER.match(text, end):
        return True  # loc31: «Жұлдызбек Қойшыбайұлы», a surname in «-ұлы/-қызы» ('son/daughter of')
    if not SURNAME.search(nominative) or KAZAKH_POSSESSIVE_CASE.search(surname):
        return False  # «Отанына» 'to the homeland' only ends like «Ильина»
    if KAZAKH_PLURAL.search(given):
        return False  # «Сарбаздар» 'soldiers': a given name has no plural
    return surname.isupper() or _kazakh_text(text)


def full_names(text: str) -> list[tuple[NerSpan, str]]:
    """Each «Given Surname» pair in `text` with its name (surname in the nominative)."""
    out = []
    russian = not _kazakh_text(text)
    for m in _PAIR_FROM_CAPITAL.finditer(text):
        given, surname = m.group(1), m.group(2)
        if russian and not surname.isupper() and _surname_nominative(surname) == surname:
            continue  # the last test below, asked first: each test only answers, and this one is cheap (ingest110)
        if not _surname_like(surname):
            continue
        if _PLACE_NOUN_AFTER.match(text, m.end(2)) and not _GENITIVE.search(surname):
            continue  # «Көктал ауылы» is a place; «Асқар Қазыбаевтың ауыл тұрғындары» is a man's
        if not (_given(given) or _unknown_given_before_surname(text, m.start(), given, surname, m.end(2))):
            continue
        if given.isupper() and len(given) > 1:
            continue  # «МАРАТ БЕК»: a headline in capitals, not a name we can read
        nominative = _surname_nominative(surname)
        if not _kazakh_text(text) and nominative == surname and not surname.isupper():
            continue  # a Russian text's Title-case names are the model's to read (it declines them)
        end, name = m.end(2), f"{given} {nominative}"
        after = _surname_after_patronymic(text, surname, end)
        if after is not None:
            end, name = after[0], f"{given} {surname}{after[1]} {after[2]}"
        out.append((NerSpan("person", m.start(), end, text[m.start() : end]), name))
    return out


# after «Given Father»: «ұлы»/«қызы» written apart, then the surname
_SON_WORD_AND_CAPITAL = re.compile(rf"(\s+(?:[ұу]лы|[қк]ызы))?\s+({_CAP})(?![\w-])")


def _surname_after_patronymic(text: str, second: str, end: int) -> tuple[int, str, str] | None:
    """«Қасым-Жомарт Кемелұлы Тоқаев», «Қасым-Жомарт Кемел ұлы Тоқаев»: the pair's second word
    was the patronymic (ending in «-ұлы/-қызы», or followed by it written apart) and the
    surname follows; (its end, the «ұлы» written apart or "", the surname in the nominative).
    None when no surname-shaped word follows: «Жұлдызбек Қойшыбайұлы» is given name and surname."""
    m = _SON_WORD_AND_CAPITAL.match(text, end)
    if m is None or (m.group(1) is None and not _SON_OF.search(second)):
        return None
    surname = _surname_nominative(m.group(2))
    if not SURNAME.search(surname) or _given(surname) or _in_the_base(surname):
        return None
    return m.end(2), (" " + m.group(1).strip()) if m.group(1) else "", surname


# «Б.Елеусізова», «К. Назымбековпен», «Қ. Тоқаевтың»: an initial and a surname
_INITIALED = re.compile(rf"(?<![\w.-])([{_UPPER}])\.\s?([{_UPPER}][\w-]{{2,}})(?![\w-])")


def initialed_names(text: str) -> list[tuple[NerSpan, str]]:
    """Each «И.Фамилия» of a Kazakh text, with a case ending taken off the surname: the
    model reads none of them when the surname carries a Kazakh ending or the initial is
    glued to it. The word after the initial must be shaped like a surname or patronymic
    once its ending is off («Ж.Түймебаев», not «Т.Рысқұлов атындағы» … which is one too)."""
    if not _kazakh_text(text):
        return []
    out = []
    for m in _INITIALED.finditer(text):
        surname = _surname_nominative(m.group(2))
        if not (SURNAME.search(surname) or PATRONYMIC.search(surname)) or KAZAKH_POSSESSIVE_CASE.search(surname):
            continue
        if surname.isupper() or _in_the_base(surname):
            continue
        out.append((NerSpan("person", m.start(), m.end(2), m.group()), f"{m.group(1)}. {surname}"))
    return out


@lru_cache(maxsize=4096)
def _surname_pattern(surname: str) -> re.Pattern:
    """A surname with up to four letters of ending, compiled once per surname (not per text).
    It opens with the surname, not with the check of the character before it (_WORD_BEFORE,
    made by _surname_finds): a pattern opening with a look-behind is tried at every position
    of the text, one opening with a letter skips in C to where that letter is (3x faster)."""
    return re.compile(rf"{re.escape(surname)}(\w{{0,4}})(?![\w-])", re.IGNORECASE)


# What may not stand right before a lone surname: a letter or digit, a dot, a hyphen.
_WORD_BEFORE = re.compile(r"[\w.-]")


def _surname_finds(text: str, surname: str) -> Iterator[re.Match]:
    r"""`(?<![\w.-])` + _surname_pattern's finds, left to right, as finditer gives them: a
    find after a letter, dot or hyphen is passed over and the search goes on from the
    next character, where the whole pattern would have been tried next."""
    pattern = _surname_pattern(surname)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() and _WORD_BEFORE.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()  # never empty: a surname has four letters or more


def repeated_surnames(text: str, people: list[str], taken: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """Lone surnames of `people` (full names) written again with a Kazakh ending or in capitals.
    A person named n times gives their surname's finds n times (the caller places each in
    turn), but the text is searched once per surname; a find inside `taken` is looked up in
    a mask of their characters, not in every span."""
    out = []
    covered = coverage_mask(text, taken)
    kazakh_text = None
    found: dict[str, list] = {}
    for full in people:
        surname = full.split()[-1]
        if len(surname) < 4:
            continue
        if surname not in found:
            if kazakh_text is None:
                kazakh_text = _kazakh_text(text)
            found[surname] = _lone_surnames(text, surname, covered, kazakh_text)
        out += found[surname]
    return out


def _lone_surnames(text: str, surname: str, covered: bytearray, kazakh_text: bool) -> list[tuple[NerSpan, str]]:
    """repeated_surnames' finds of one surname (see there)."""
    out = []
    for m in _surname_finds(text, surname):
        if covered[m.start()]:
            continue
        word = m.group()
        ending = m.group(1)
        if not (word[:1].isupper() and (word.isupper() or not ending or _KK_ENDING.fullmatch(ending))):
            continue
        if not ending and not word.isupper() and not kazakh_text:
            continue  # a Russian text's lone surname is the model's to find
        if _RU_SURNAME_CASE.fullmatch(ending or "-"):
            continue
        out.append((NerSpan("person", m.start(), m.end(), word), surname))
    return out


def kazakh_persons(text: str, spans: list, ctx) -> list:
    """The pass (see the module doc): found names replace the person and place spans they
    overlap, and a «body» that is the name exactly; a body's span across them stays, and
    so does a checkpoint's."""
    out = list(spans)
    for span, name in full_names(text) + initialed_names(text):
        out = _placed(text, out, span, name, ctx)
    people = [ctx.names.get((s.start, s.end)) or s.text for s in out if s.type == "person" and " " in s.text.strip()]
    for span, name in repeated_surnames(text, people, out):
        out = _placed(text, out, span, name, ctx)
    return sorted(out, key=lambda s: (s.start, s.end))


def _placed(text: str, spans: list, span: NerSpan, name: str, ctx) -> list:
    if ctx.cp_index.overlapping(span.start, span.end):
        return spans
    over = [s for s in spans if s.start < span.end and span.start < s.end]
    bodies = [s for s in over if s.type == "organization" and (s.start, s.end) != (span.start, span.end)]
    if bodies or any(s.type == "location" and s.start >= span.start and not _misread_name(s, span) for s in over):
        return spans
    if any(s.type == "person" and s.start == span.start and s.end >= span.end for s in over):
        return spans  # the model's name is as long or longer («Нурлан Нурланұлы Ахметов»)
    if any(s.type == "person" and _surname_first(s, span) for s in over):
        return spans
    kept = [s for s in spans if s not in over]
    for s in over:  # a place the model glued to the name («… облысының әкімі Қанат»): its own words stay a place
        if s.type == "location":
            kept += [
                NerSpan("location", s.start + m.start, s.start + m.end, m.form.text)
                for m in kb.find(s.text[: span.start - s.start])
            ]
            for m in kb.find(s.text[: span.start - s.start]):
                ctx.names[(s.start + m.start, s.start + m.end)] = _place_name(m)
        elif s.type == "person":
            if s.end > span.end:
                kept += _places_after(text, span.end, s.end, ctx)
            if s.start < span.start:  # place82: «Ақтөбенің тұрғыны Ерлан Серікбаев» lost Ақтөбе
                kept += _places_after(text, s.start, span.start, ctx)
    ctx.names[(span.start, span.end)] = name
    return [*kept, span]


def _places_after(text: str, start: int, end: int, ctx) -> list[NerSpan]:
    """names70: the places the knowledge base reads in a replaced person span's words after the
    found name («Ертең Асқар Мамин Шымкентке барады»: the model read «Мамин Шымкентке» as one
    name, and Шымкент went with it), each a place named by its row; place82: and in its words
    before the name («Ақтөбенің тұрғыны Ерлан Серікбаев», the town whose resident he is)."""
    out = []
    for m in kb.find(text[start:end]):
        if m.form.row.type == "location":
            out.append(NerSpan("location", start + m.start, start + m.end, text[start + m.start : start + m.end]))
            ctx.names[(start + m.start, start + m.end)] = _place_name(m)
    return out


def _misread_name(place: NerSpan, name: NerSpan) -> bool:
    """Is the model's «place» a misreading of the found name: its given name alone («Нұрлан», a
    known given name), or the name with only lower-case words after it («Нұрлан Әбілқасымов
    айтты»)? e2e114's w7 left «Нұрлан» a place and lost the department's head. A place's own
    name would go on with a capital, and a given name is no place."""
    if place.start != name.start:
        return False
    if place.end < name.end:
        return " " not in place.text.strip() and _given(place.text.strip())
    rest = place.text[name.end - place.start :].split()
    return bool(rest) and all(w[:1].islower() for w in rest)


def _surname_first(model: NerSpan, found: NerSpan) -> bool:
    """«Тоқаев Қасым-Жомарт Кемелұлы»: the model's name is the found given name and
    patronymic with the surname before them, the order decrees print; it is one person."""
    head = model.text[: found.start - model.start]
    return (
        model.start < found.start
        and model.end == found.end
        and len(head.split()) == 1
        and bool(SURNAME.search(head.strip()))
        and bool(PATRONYMIC.search(found.text.strip()))
    )


def _place_name(m: kb.Match) -> str:
    script = "kk" if kb.kazakh_place_form(m.form) or m.form.script == "kk" else "ru"
    return kb.display_name(m.form.row, [m.form], script)
