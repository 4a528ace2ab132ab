"""Places named the Kazakh way, by a place noun after the name: «Көптоғай ауылы», «Түп
ауданында», «Чиназ ауданы», «Саралжын ауылдық округі», and lists over one plural noun («Атырау мен Астрахан
облыстары», «Ақсу, Алакөл және Сарқан аудандары»).

Why: the knowledge base holds the oblasts and many districts, but a village, a foreign
district or a district it lacks is written the same way, and the Russian model reads such
words as persons («Панфилов», «Талғар») or glues them to the next word. The noun after the
name says what it is, so the shape alone is enough.

Named as the references name them: an oblast, district, prefecture or mountain keeps its
noun in the nominative («Қордай ауданы», «Тачэн округі»); a town, village or river is its
name alone («Алматы қаласында» → «Алматы»).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.kazakh import DISCOURSE_WORDS, KAZAKH_LETTERS, a_plural_noun, holds_kazakh_letter, kazakh_context

_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_WORD = rf"[{_UPPER}][\w-]*"
_SUFFIX = "[а-яәғқңөұүһі]{0,8}"
# noun (possessive, as after a name) → the noun kept in the name, or "" for the name alone
_NOUNS = {
    "облысы": "облысы",
    "ауданы": "ауданы",
    "округі": "округі",
    "тауы": "тауы",
    # «Каспий теңізін»: a sea keeps its noun, as a mountain does (not «көлі», a lake: it opens
    # «көлігі», a vehicle, too often: «Жүк көлігі»)
    "теңізі": "теңізі",
    # «Шыңжаң өлкесінде», «Алтай өлкесі»: a krai or a province keeps its noun, as an oblast does
    "өлкесі": "өлкесі",
    "ауылы": "",
    "қаласы": "",
    "кенті": "",
    "селосы": "",  # «Ганюшкино селосынан»: a Russian-named village, by the Kazakh word for it
    # kz52: «Көктерек станциясы» (a railway station, named alone as a village is); a post's
    # station («Достық станциясында») stays the post's: a checkpoint's words are never a place here
    "станциясы": "",
    "стансасы": "",
    "өзені": "",
    # «Қарабайлы елді мекенінің» 'of the settlement Қарабайлы', «Азғыр аумағының» 'of the Азғыр
    # territory': named alone (loc29)
    "елді мекені": "",
    "аумағы": "",
    # loc31: «Баян Өлгей аймағына» (a Mongolian aimag, Chinese or Kazakh region) keeps its
    # noun; a reservoir keeps «су қоймасы»; a lake («Глубокое көліне») is its name alone, but
    # «көлігі», «көлік» (a vehicle) open with the same letters: see _A_VEHICLE
    "аймағы": "аймағы",
    # place82: «Дашогыз уәлаятынан» (a Turkmen velayat), «Гансу провинциясында» (a Chinese
    # province) keep their noun, as an oblast does; places.csv's «Балкан уәлаяты» is one such
    "уәлаяты": "уәлаяты",
    "провинциясы": "провинциясы",
    "су қоймасы": "су қоймасы",
    # place82: «Шарын шатқалын» (a canyon) keeps its noun, as a mountain or a sea does
    "шатқалы": "шатқалы",
    "көлі": "",
}
# «Жүк көлігі», «көлікпен»: the vehicle, not a lake
_A_VEHICLE = re.compile(r"көлі[кгқ]")
# nouns a name of two words may stand before («Баян Өлгей аймағы»)
_TWO_WORD_NOUNS = ("аймағы",)
_PLURALS = {
    "облыстар": "облысы",
    "аудандар": "ауданы",
    "қалалар": "қаласы",
    "ауылдар": "ауылы",
    # loc52: «Ақжар, Қарағаш және Абай селоларының», «Бұлақтышілік және Дальний селолары»:
    # Russian-named villages, by the plural of the Kazakh word for them (adilet.zan.kz's
    # Kazakh decisions on villages; northern oblasts' Kazakh news name their villages alike)
    "селолар": "селосы",
    "округтер": "ауылы",  # «Шаға, Үшқайық ауылдық округтері»: the village's name alone
    "стансалар": "ауылы",  # «Мойынты, Жайрем стансаларында»: stations, named alone
    "станциялар": "ауылы",
    "елді мекендер": "ауылы",  # «Бағыс және Хиебон елді мекендері»: settlements, named alone
    # loc44: «Ор, Сақмар және Елек өзендері», «Сасықкөл мен Қошқаркөл көлдері»: rivers and
    # lakes, each named alone as one river or lake is
    "өзендер": "өзені",
    "көлдер": "көлі",
}
# «Әйтеке би кенті», «Отеген батыр ауылы»: a place named after a «би» or «батыр» keeps the title
_NOUN_WORDS = "|".join(n.replace(" ", r"\s+") for n in _NOUNS)  # «су қоймасы» across any space
# «Погодаева (Бейбітшілік – ред.) ауылына»: an aside in brackets may stand before the noun (loc31)
_ASIDE = r"(?:\s*\([^()\n]{1,40}\))?"
# «Ескі Сауран елді мекені», «Жаңа Иқан ауылы»: «Old»/«New» opens the name (loc44)
# loc52: «Үлкен Нарын», «Кіші Бөген»: «Big»/«Small» open a name as «New»/«Old» do
_NEW_OLD = r"(?:(?:Жаңа|Ескі|Үлкен|Кіші)\s)?"

_TWO = re.compile(rf"(?<![\w-])({_WORD}\s{_WORD})\s+({'|'.join(_TWO_WORD_NOUNS)}){_SUFFIX}(?![\w-])")
# «Саралжын ауылдық округінің»: a rural district, named with its two nouns
# loc52: «Қырыққұдық селолық округінің», the older word for it (before 2009, still in the
# decisions on record at adilet.zan.kz): named as printed
_RURAL = re.compile(rf"(?<![\w-])({_NEW_OLD}{_WORD})\s+(ауылдық|селолық)\s+округ[іi]{_SUFFIX}(?![\w-])")
_JOIN = r"(?:,\s*|\s+(?:мен|бен|пен|және)\s+)"
# «Жаңа тұрмыс» ('New Life'), a village written with its second word in lower case (loc31)
# loc47: «Ақмола, Батыс Қазақстан, Абай және Ұлытау облыстарының»: the oblasts named by a
# point of the compass and «Қазақстан» are one item of two words
_COMPASS_KZ = r"(?:Батыс|Солтүстік|Шығыс|Оңтүстік)\sҚазақстан"
# kz52: «Шорнақ, Жібек жолы, Майдантал ауылдық округтерін»: inside a list (another item after it)
# a name may run on in one lower-case word that is no place noun («Жібек жолы», 'Silk Road')
_LOWER_TAIL = (
    r"\s(?!(?:облыс|аудан|қала|ауыл|округ|кент|село|елді|өзен|көл|стан)[а-яәғқңөұүһі]*(?![\w-]))"
    rf"[а-яәғқңөұүһі]{{3,}}(?={_JOIN}[{_UPPER}])"
)
# loc52: «Батыс Қазақстан облысының әкімдігі»: the compass word is the name's first word;
# read without it, the place was «Қазақстан облысы», a region no one names
# loc52: «Т.Жүргенов ауылында», «Б.Момышұлы ауылы»: a village named after a man keeps his initial
_INITIAL = rf"(?:(?<![\w.])[{_UPPER}]\.\s?)?"
_ONE = re.compile(
    rf"(?<![\w-])({_COMPASS_KZ}|{_INITIAL}{_NEW_OLD}{_WORD}(?:\s(?:бибі|би|батыр))?){_ASIDE}\s+({_NOUN_WORDS}){_SUFFIX}(?![\w-])"
)
_ITEM = (  # «Мөңке би»
    rf"(?:{_COMPASS_KZ}|(?:Жаңа|Ескі)\s[а-яәғқңөұүһі]+"
    rf"|(?:Жаңа\s|Ескі\s|Үлкен\s|Кіші\s)?{_WORD}(?:\s(?:бибі|би|батыр)(?![\w-])|{_LOWER_TAIL})?)"
)
# A list is read in two linear steps, never as one pattern: one pattern («items, then the
# plural noun») tries every shorter list again at every word of a long list with no noun
# after it, which grows with the square of the list's length.
_RUN = re.compile(rf"(?<![\w-])({_ITEM}(?:{_JOIN}{_ITEM})*)")
# «Атырау және Астрахан (Ресей) облыстарының»: a bracketed country may stand before the noun
_PLURAL_NOUNS = "|".join(p.replace(" ", r"\s+") for p in _PLURALS)
_PLURAL_AFTER = re.compile(rf"(?:\s*\([^()\n]{{1,30}}\))?\s+(?:ауылдық\s+)?({_PLURAL_NOUNS}){_SUFFIX}(?![\w-])")
_A_JOIN = re.compile(_JOIN)


# «Қарағанды және Ақмола облысында»: two regions over one singular noun, as the press often
# writes them; read only when every item with the noun is a region the knowledge base knows
_SINGULAR_AFTER = re.compile(r"\s+(облыс|аудан)(?:ы|ын|ына|ында|ынан|ының|ындағы|тары|тарын|тарында)?(?![\w-])")
_SINGULAR_NOUN = {"облыс": "облысы", "аудан": "ауданы"}


def _lists(text: str):
    """Each list of two or more names and the plural noun after it: (start, end, noun)."""
    for run in _RUN.finditer(text):
        tail = _PLURAL_AFTER.match(text, run.end())
        if tail and _A_JOIN.search(run.group(1)):
            yield run.start(1), run.end(1), " ".join(tail.group(1).split())


def _singular_lists(text: str):
    """Each list of known regions (or districts) over one singular noun: (start, end, noun)."""
    for run in _RUN.finditer(text):
        tail = _SINGULAR_AFTER.match(text, run.end())
        if not tail or not _A_JOIN.search(run.group(1)):
            continue
        noun = _SINGULAR_NOUN[tail.group(1)]
        items = [w.group() for w in re.finditer(_ITEM, run.group(1))]
        if all(_known_region(f"{w} {noun}") for w in items):
            yield run.start(1), run.end(1), noun


def _known_region(name: str) -> bool:
    found = kb.find(name)
    if len(found) != 1:
        return False
    return found[0].start == 0 and found[0].end == len(name) and found[0].form.row.type == "location"


# capitalized words that open a sentence and are no names («Бұл ауданы» does not occur, but
# «Осы аудан…» and the like might)
_NOT_NAMES = frozenset("бұл осы сол әр барлық біздің сіздің олардың жаңа шекара облыс аудан қала ауыл".split())


def _named(text: str, start: int, word: str, noun: str) -> tuple[NerSpan, str] | None:
    if word.lower() in _NOT_NAMES or word.isupper() and len(word) < 3:
        return None
    if noun == "аумағы" and word.isupper():
        return None  # «СЭЗ аумағында» 'in the zone's territory': a body's abbreviation, no place
    kept = _NOUNS.get(noun, noun)
    end = start + len(word)
    if kept:  # the span runs over the noun: «Қордай ауданындағы» is one mention
        m = re.compile(rf"\s+{kept[:-1]}\w*").match(text, end)
        end = m.end() if m else end
    return NerSpan("location", start, end, text[start:end]), f"{word} {kept}" if kept else word


# A word every pattern above needs, as written (they are case-sensitive): a text with none
# of them (a Russian text) has no such place, and is not read word by word for lists.
_NEEDED_WORDS = tuple(sorted({n.split()[-1] for n in _NOUNS} | {"ауылдық"} | {p.split()[-1] for p in _PLURALS}))
# ... parted by a Kazakh letter (stop 51, ingest117): a word holding one («округі», «қаласы») is in
# no text without one (holds_kazakh_letter, asked of the text already by the pass), so a Russian
# text is looked through for the 16 others («облысы», «ауданы», «селосы» …) only.
_NEEDED_PLAIN = tuple(w for w in _NEEDED_WORDS if not KAZAKH_LETTERS.search(w))
_NEEDED_KAZAKH = tuple(w for w in _NEEDED_WORDS if KAZAKH_LETTERS.search(w))


# A Latin letter typed inside a Cyrillic word for its Cyrillic twin («ауылдaрының»); the Latin
# letter is asked first and the letter before it after (the same matches), so that `re` skips to
# the Latin letters in C instead of trying the look back at every position (issue 15, perf56)
_LATIN_TWIN = re.compile(r"[aoecpxy](?<=[а-яәғқңөұүһі][aoecpxy])(?=[а-яәғқңөұүһі])")
_TWINS = str.maketrans("aoecpxy", "аоесрху")


def _holds_a_needed_word(text: str, kazakh: bool) -> bool:
    """Does `text` (holding a Kazakh letter when `kazakh`) hold one of _NEEDED_WORDS?"""
    return any(w in text for w in _NEEDED_PLAIN) or (kazakh and any(w in text for w in _NEEDED_KAZAKH))


def find_kazakh_place_nouns(text: str) -> list[tuple[NerSpan, str]]:
    """Every «Name noun» and «Name, Name және Name nouns» in `text`, with its name."""
    kazakh = holds_kazakh_letter(text)  # the twins below are no Kazakh letters: the same answer after them
    text = _LATIN_TWIN.sub(lambda m: m.group().translate(_TWINS), text)  # same length: offsets hold
    if not _holds_a_needed_word(text, kazakh):
        return []
    out: list[tuple[NerSpan, str]] = []
    lists = [(a, b, _PLURALS[plural]) for a, b, plural in _lists(text)] + list(_singular_lists(text))
    for start, end, noun in lists:
        for w in re.finditer(_ITEM, text[start:end]):  # «Жаңа Иқан» is one name
            found = _named(text, start + w.start(), w.group(), noun)
            if found:
                span, name = found
                out.append((NerSpan("location", span.start, span.start + len(w.group()), w.group()), name))
    for m in _RURAL.finditer(text):
        if m.group(1).lower() not in _NOT_NAMES and not any(s.start <= m.start() < s.end for s, _ in out):
            out.append((NerSpan("location", m.start(), m.end(), m.group()), f"{m.group(1)} {m.group(2)} округі"))
    taken = [(s.start, s.end) for s, _ in out]
    for m in [*_TWO.finditer(text), *_ONE.finditer(text)]:
        if any(a <= m.start() < b or a <= m.start(2) < b for a, b in taken):
            continue
        if _A_VEHICLE.match(text, m.start(2)):
            continue
        if m.re is _TWO and m.group(1).split()[0].lower() in DISCOURSE_WORDS:
            continue  # «Бүгін Алтай аймағында»: a sentence's opening adverb is no name's word (place84)
        if m.re is _TWO and a_plural_noun(m.group(1).split()[0]):
            continue  # «Сұрақтар Алтай аймағына»: a plural noun opening the sentence is no name's word
        if m.re is _TWO and _a_place_with_its_ending(m.group(1).split()[0]):
            continue  # «Қытайдың Тарбағатай аймағында»: China's, then the one-word name (place82)
        found = _named(text, m.start(1), m.group(1), " ".join(m.group(2).split()))
        if found:
            out.append(found)
            taken.append((found[0].start, found[0].end))
    return out


def _a_place_with_its_ending(word: str) -> bool:
    """A place the knowledge base knows, with a case ending after it («Қытайдың», «Ресейдің»):
    the owner of the place named after it, not the first word of that place's name."""
    found = kb.find(word)
    return (
        len(found) == 1
        and found[0].start == 0
        and found[0].end == len(word)
        and len(found[0].form.text) < len(word)
        and found[0].form.row.type == "location"
    )


_LOCATIVE_ADJ = re.compile(r"^(\w+?)(?:ндағы|ндегі|дағы|дегі|тағы|тегі)\s+[а-яәғқңөұүһі]")


def _glued_to_a_noun(text: str, s, ctx) -> tuple[NerSpan, str] | None:
    """«Көптоғайдағы дау» ('the dispute in Көптоғай'), taken by the model for one place:
    the place is the first word without its «-дағы»."""
    if s.type != "location" or (s.start, s.end) in ctx.names:
        return None
    m = _LOCATIVE_ADJ.match(s.text)
    if not m or not s.text[:1].isupper():
        return None
    return NerSpan("location", s.start, s.start + len(m.group(1)), m.group(1)), m.group(1)


_PLACE_NOUN_WORD = re.compile(r"^(?:облыс|аудан|ауыл|округ|қала|кент|село)\w*$")


def _only_places(written: str) -> bool:
    """«Ақтөбе облысы Мәртөк ауданы Сарыжар ауылдық», a model's «body» that is names and
    place nouns only: a chain of places, no body (a body has a head word of its own:
    әкімдігі, департаменті, басқармасы …)."""
    words = written.split()
    return any(_PLACE_NOUN_WORD.match(w) for w in words) and all(
        (w[:1].isupper() and not _body_initials(w)) or _PLACE_NOUN_WORD.match(w) or (i and _JOINING.match(w))
        for i, w in enumerate(words)
    )


# plc101: the words that join places or stand between them, no body's: «Ақтөбе облысы мен Орынбор
# арасында» ('between'), «… маңында» ('near') — the model's «body» over them is a chain of places
_JOINING = re.compile(r"(?:мен|бен|пен|және|арасы\w*|маңы\w*)$")


# Initials of three letters or more, a case ending after a hyphen: «ТЖД», «МКД-ның».
_INITIALS = re.compile(r"^([А-ЯЁӘҒҚҢӨҰҮҺІ]{3,6})(?:-[а-яёәғқңөұүһі]+)?$")


def _body_initials(word: str) -> bool:
    """Is the word a body's initials, not a place's: «Қостанай облысының ТЖД» is the region's
    emergency department (org85), not a chain of places; a region's or a state's initials
    («ШҚО», «ҚХР») are places the knowledge base knows."""
    m = _INITIALS.match(word)
    return bool(m) and kb.row_named("location", m[1]) is None


def _a_name_before(text: str, held, span) -> bool:
    """Whether the words of `held` before `span` are a name's («Батыс Қазақстан»): all
    capitalized. «Мұндай жағдайлар Возвышенка», the model's span over a sentence's opening
    words, holds no name before the village."""
    return all(w[:1].isupper() for w in text[held.start : span.start].split())


# «Атырау өңіріндегі Көптоғай» ('Көптоғай in the Atyrau region'), one span to the model:
# the region's name, its noun with «-дағы», and the place in it
_IN_A_REGION = re.compile(
    rf"^({_WORD})\s+(?:өңір|облыс|аудан|аймақ)\w*(?:дағы|дегі|ндағы|ндегі)\s+({_WORD}(?:\s{_WORD})?)$"
)


def _place_in_a_region(s, ctx) -> list[tuple[NerSpan, str]]:
    """The two places of «Атырау өңіріндегі Көптоғай», each its own mention (no noun kept:
    «Атырау өңірі» is the city's region, named by the city)."""
    m = _IN_A_REGION.match(s.text) if s.type == "location" and (s.start, s.end) not in ctx.names else None
    if not m:
        return []
    return [(NerSpan("location", s.start + m.start(i), s.start + m.end(i), m.group(i)), m.group(i)) for i in (1, 2)]


def _a_connective(text: str, s) -> bool:
    """«Бүгін» ('today'), «Алайда» ('however') opening a Kazakh sentence, read by the model
    as a place: a connective is no name; nor is one with lower-case words after it («Бұл
    мәселе», 'this question'), nor words ending in a lower-case plural noun («Жаңа
    ережелер», 'new rules': a name takes no plural) (kb62)."""
    if s.type != "location":
        return False
    words = s.text.split()
    first = words[0].lower()
    common = (first in DISCOURSE_WORDS and all(w[:1].islower() for w in words[1:])) or (
        len(words) > 1 and words[-1][:1].islower() and a_plural_noun(words[-1])
    )
    return common and kazakh_context(text, s.start, s.end) and not kb.find(s.text)


# A lower-case Kazakh word that closes a clause, not a name: a participle («тоналған»,
# «жабылатын»), a converb («келіп») or a past verb («жабылды»).
_VERB_END = re.compile(r"^[а-яәғқңөұүһі]+(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ып|іп|ды|ді|ты|ті)$")


def _a_clause(text: str, s) -> bool:
    """«Шекарада тоналған …» ('robbed at the border', a headline's opening words), read by
    the model as a place: words running on to a participle or verb are a clause, not a
    name (no Kazakh place name ends in a verb, and the knowledge base names none here)."""
    words = s.text.split()
    return (
        s.type == "location"
        and len(words) > 1
        and bool(_VERB_END.match(words[-1]))
        and kazakh_context(text, s.start, s.end)
        and not kb.find(s.text)
    )


_KAZAKH_SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина|[ұу]лы|[қк]ызы)$")


def _a_person_and_a_word(text: str, s) -> NerSpan | None:
    """«Есімжан Нәдіров судан» ('Е. Н. from the water', a Kazakh clause), one place to the
    model: a lower-case word closing a Kazakh span is no part of a name, and the given name
    and surname before it are a person — unless that word is a place noun: a district or a
    village is often named after a man («Тұрар Рысқұлов ауданы»)."""
    words = s.text.split()
    if s.type != "location" or len(words) != 3 or not words[2].islower() or not kazakh_context(text, s.start, s.end):
        return None
    if _PLACE_NOUN_WORD.match(words[2]):
        return None  # a district named after a man: «Тұрар Рысқұлов ауданында» (kz55)
    if not (words[0][:1].isupper() and words[1][:1].isupper() and _KAZAKH_SURNAME.search(words[1])):
        return None
    end = s.start + s.text.rindex(words[1]) + len(words[1])
    return NerSpan("person", s.start, end, text[s.start : end])


def _spans_read(text: str, spans: list, ctx) -> list:
    """The model's spans with connectives and clauses dropped, a person and a word parted, a
    place in a region split in two and a place glued to its noun cut (names set in ctx)."""
    out = []
    for s in spans:
        if _a_connective(text, s) or _a_clause(text, s):
            continue
        person = _a_person_and_a_word(text, s)
        if person is not None:
            out.append(person)
            continue
        pair = _place_in_a_region(s, ctx)
        for part, name in pair:
            ctx.names[(part.start, part.end)] = name
            out.append(part)
        if pair:
            continue
        cut = _glued_to_a_noun(text, s, ctx)
        if cut:
            ctx.names[(cut[0].start, cut[0].end)] = cut[1]
        out.append(cut[0] if cut else s)
    return out


def kazakh_place_nouns(text: str, spans: list, ctx) -> list:
    """The pass: each place found replaces the places and persons it overlaps; a body that
    holds it keeps its words, and a checkpoint's words stay the checkpoint's. A connective
    or a clause the model took for a place is dropped."""
    # A text without a Kazakh letter leaves every span as it is: the connective, the clause and
    # the person need a Kazakh context, the region's and the locative's endings a Kazakh letter
    # in a place's span (three in four texts skip the per-span reading: perf56)
    kazakh = holds_kazakh_letter(text) or any(s.type == "location" and KAZAKH_LETTERS.search(s.text) for s in spans)
    out = _spans_read(text, spans, ctx) if kazakh else list(spans)
    found = [(s, n) for s, n in find_kazakh_place_nouns(text) if not ctx.cp_index.overlapping(s.start, s.end)]
    for span, name in found:
        over = [s for s in out if s.start < span.end and span.start < s.end]
        chains = [s for s in over if s.type == "organization" and _only_places(s.text)]
        out = [s for s in out if s not in chains]
        over = [s for s in over if s not in chains]
        if any(s.type == "organization" and not (s.start <= span.start and span.end <= s.end) for s in over):
            continue  # a body's name runs across it: the body's pass decides
        if any(s.type == "location" and s.start < span.start and _a_name_before(text, s, span) for s in over):
            continue  # a longer place name holds it («Батыс Қазақстан облысы»)
        out = [s for s in out if s not in over or s.type == "organization"]
        out.append(span)
        ctx.names[(span.start, span.end)] = name
        replaced = [s for s in over if s.type != "organization"]
        beside = _known_places_before(text, replaced, span) + _known_places_after(text, replaced + chains, span)
        for head, head_name in beside:
            if not any(s.start < head.end and head.start < s.end for s in out):
                out.append(head)
                ctx.names[(head.start, head.end)] = head_name
    return sorted(out, key=lambda s: (s.start, s.end))


def _known_places_before(text: str, replaced: list, span) -> list[tuple[NerSpan, str]]:
    """loc52: «Ресей Федерациясының Саратов облысы», one person to the model: the oblast found
    replaces it, and the words before the oblast that the knowledge base knows as a place
    (the state, in its genitive) are a place of their own, not lost with the span."""
    out = []
    for s in replaced:
        if s.start >= span.start:
            continue
        before = text[s.start : span.start]
        for hit in kb.find(before):
            start, end = s.start + hit.start, s.start + hit.end
            if hit.form.row.type != "location" or (start and text[start - 1].isalnum()):
                continue
            while end < span.start and text[end].isalpha():
                end += 1  # the genitive ending runs to the word's end
            if _GENITIVE.search(text[start:end]):  # «Абай Құнанбаев …»: a man's name stays his
                out.append((NerSpan("location", start, end, text[start:end]), hit.form.text))
    return out


_GENITIVE = re.compile("(?:ның|нің|дың|дің|тың|тің)$")
_JOINED_ON = re.compile(_JOIN)  # matched at the span's end (`match` with a position)


def _known_places_after(text: str, replaced: list, span) -> list[tuple[NerSpan, str]]:
    """plc101: «Самар облысы мен Атырау арасында», one place to the model: the oblast found
    replaces it, and a place the knowledge base knows right after a conjunction that follows
    the oblast is a place of its own (its case ending taken in), not lost with the span."""
    out = []
    for s in replaced:
        joined = _JOINED_ON.match(text, span.end, s.end)
        if joined is None:
            continue
        for hit in kb.find(text[joined.end() : s.end]):
            start, end = joined.end() + hit.start, joined.end() + hit.end
            if hit.start or hit.form.row.type != "location":
                continue
            while end < s.end and text[end].isalpha():
                end += 1
            out.append((NerSpan("location", start, end, text[start:end]), hit.form.text))
    return out
