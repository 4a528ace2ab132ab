"""The addressee of a Russian order: the dative noun phrase it is given to («Министерству
транспорта и коммуникаций», «правительству и акиматам», «акиму города Азамату Бекету, …,
руководителям органов»), or whom a task is set before («перед руководством Погранслужбы»),
read into the nominative — a body mention in full, a named official by name, a post as its
holder. russian.py finds where the phrase is; this module reads it.
"""

from __future__ import annotations

import re

from store.extract.directives.posts import REGION_ABBREVIATIONS, holds_post
from store.extract.roles import is_role_word
from store.lang.normalize import parses, person_nominative, phrase_nominative

# The posts a giver or addressee may be written as, in the nominative.
POST_WORDS = frozenset({"глава", "вице-премьер", "премьер", "премьер-министр", "президент", "министр", "аким"})


def dative_np(words: list[tuple[int, str]], lo: int, hi: int) -> tuple[int, int] | None:
    """The first dative noun phrase in words[lo:hi] that no preposition governs («по
    развитию» is not an addressee), with its genitive tail: (i, j) word range."""
    for i in range(lo, hi):
        if not has_case(words[i][1], "datv", nouns=True):
            continue
        k = i
        while k > lo and _agrees(words[k - 1][1], words[i][1]):
            k -= 1
            if k - 2 >= lo and words[k - 1][1] == "и" and _agrees(words[k - 2][1], words[i][1]):
                k -= 1  # adjectives joined: «центральным и местным органам»
        if k > 0 and any(p.tag.POS == "PREP" for p in parses(words[k - 1][1])[:1]):
            continue
        if k > lo and _genitive_of(words[k - 1][1], words[i][1]):
            continue
        j = _placed(words, _named(words, i, _field_tail(words, _genitive_tail(words, i + 1, hi), hi), hi), hi)
        # coordinated addressees: «правительству и акиматам», «Минтрансу, Минфину и акиматам»
        while j + 1 < hi and words[j][1] in {",", "и"}:
            n = j + 1
            if words[j][1] == "," and [w.lower() for _, w in words[n : n + 2]] == ["а", "также"]:
                n += 2  # «органам, а также национальным компаниям»
            if n < hi and _ABBREVIATION.match(words[n][1]):  # «Правительству, КНБ и акиматам»
                j = _genitive_tail(words, n + 1, hi)
                continue
            if n >= hi or not has_case(words[n][1], "datv"):
                break
            while n < hi and has_case(words[n][1], "datv") and not has_case(words[n][1], "datv", nouns=True):
                n += 1  # its adjectives
            if n >= hi or not has_case(words[n][1], "datv", nouns=True):
                break
            j = _placed(words, _named(words, n, _genitive_tail(words, n + 1, hi), hi), hi)
        return k, j
    return None


# An abbreviated body, written in capitals and never declined («КНБ», «МИД», «МЧС»):
# the dictionary gives it no dative, or none among its first readings.
_ABBREVIATION = re.compile(r"^[А-ЯЁ]{2,6}$")


def abbreviated_np(words: list[tuple[int, str]], lo: int, hi: int) -> tuple[int, int] | None:
    """Abbreviations opening words[lo:hi], the slot right after an active «поручил»
    («поручил КНБ и МИД», «поручил МЧС и акиматам»): an undeclined body there is the one the
    order is given to, since no ending says its case. (lo, j) with the bodies joined to it
    by «и» or commas (abbreviations or datives) and their genitive tails; None if words[lo]
    is not one."""
    if lo >= hi or not _ABBREVIATION.match(words[lo][1]):
        return None
    j = _abbreviation_tail(words, lo, hi)
    while j + 1 < hi and words[j][1] in {",", "и"}:
        if _ABBREVIATION.match(words[j + 1][1]):
            j = _abbreviation_tail(words, j + 1, hi)
            continue
        np = dative_np(words, j + 1, hi)  # «КГД, Пограничной службе и акиматам»: the datives after, adjectives too
        if np is None or np[0] != j + 1:
            break
        j = np[1]
    return lo, j


def _abbreviation_tail(words: list[tuple[int, str]], i: int, hi: int) -> int:
    """Where the abbreviation at i ends with its genitive tail («КГД Минфина»); a comma right
    after it ends it («КГД, Пограничной службе»: the next addressee, not a tail)."""
    return i + 1 if i + 1 < hi and words[i + 1][1] == "," else _genitive_tail(words, i + 1, hi)


# The nouns a field «по …» completes as part of a name: «министру по инвестициям и развитию»,
# «Комитету по делам строительства», «управлению по чрезвычайным ситуациям».
_FIELD_HEADS = frozenset(
    {"министр", "министерство", "комитет", "агентство", "управление", "департамент", "комиссия", "председатель"}
)
# Datives after «по» that open a circumstance, not a field: «министру по итогам проверки …».
_NOT_FIELDS = frozenset({"итогам", "результатам", "поводу", "мере", "линии", "случаю", "возможности"})


def _field_tail(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Where a body's or post's field ends when «по» and datives follow it («министру по
    чрезвычайным ситуациям»: the ministry is named by its field, not «министр»), with a genitive
    after them («по делам строительства и жилищно-коммунального хозяйства»); else j."""
    if j + 1 >= hi or words[j][1].lower() != "по" or words[j + 1][1].lower() in _NOT_FIELDS:
        return j
    if not any(p.normal_form in _FIELD_HEADS for p in parses(words[j - 1][1])[:2]):
        return j
    n = j + 1
    while n < hi and (
        has_case(words[n][1], "datv")
        or (words[n][1] == "и" and n + 1 < hi and has_case(words[n + 1][1], "datv", nouns=True))
    ):
        n += 1
    if n == j + 1 or not has_case(words[n - 1][1], "datv", nouns=True):
        return j
    return _genitive_tail(words, n, hi)


def field_cut(raw: str) -> tuple[str, str]:
    """A phrase split before its field («министру», « по инвестициям и развитию»): the field
    stays as written when the head goes to the nominative."""
    m = re.search(r"\s+по\s+", raw)
    if m is None or not any(p.normal_form in _FIELD_HEADS for p in parses(raw[: m.start()].split()[-1])[:2]):
        return raw, ""
    return raw[: m.start()], raw[m.start() :]


def _genitive_of(before: str, word: str) -> bool:
    """Is `word` (a dative that may be a genitive: «области») the genitive of the noun before
    it? «… под председательством акима Восточно-Казахстанской области Ермека Кошербаева
    управлениям поручено …»: «области» names the akim's region, not whom the order is to."""
    if not has_case(word, "gent", nouns=True):
        return False
    first = parses(before)[:1]
    return bool(first) and first[0].tag.POS == "NOUN" and first[0].tag.case != "datv"


def _placed(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Past a place phrase inside a list of addressees: «полномочному представителю президента
    в Ошской области Кыргызской Республики и главам …» — only when another dative addressee
    follows it, so a place after the last one («… акиматам в регионах провести …») stays out."""
    if j >= hi or words[j][1].lower() != "в":
        return j
    n = j + 1
    while n < hi and has_case(words[n][1], "loct") and not has_case(words[n][1], "loct", nouns=True):
        n += 1
    if n >= hi or not has_case(words[n][1], "loct", nouns=True):
        return j
    n = _genitive_tail(words, n + 1, hi)
    joined = n + 1 < hi and words[n][1] in {",", "и"} and has_case(words[n + 1][1], "datv")
    return n if joined else j


def _named(words: list[tuple[int, str]], head: int, j: int, hi: int) -> int:
    """Where an official's dative phrase ends with the name after it: «акиму города Азамату
    Бекету» (up to three capitalized datives after a post), so the list goes on past it."""
    if not is_role_word(words[head][1]):
        return j
    n = j
    while n < hi and n - j < 3 and words[n][1][:1].isupper() and has_case(words[n][1], "datv", nouns=True):
        n += 1
    if (
        n < hi
        and undeclined_surname(words[n][1])
        and ((head + 1 < n and words[n - 1][1][:1].isupper()) or _KAZAKH_PATRONYMIC.search(words[n][1]))
    ):
        n += 1  # «руководителю управления Дархану Сатыбалды», «Игорю Черных»: the surname is the person's too
    return n


# Surnames Russian does not decline, after a first name in the dative: Kazakh «-ұлы/-улы»,
# «-қызы/-кызы», names ending in a vowel other than «а/я» («Сатыбалды», «Уали»), «-ых/-их»
# («Черных»), «-ко» («Бондаренко»).
_UNDECLINED = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]+(?:[ыіиоеуэю]|[ыи]х)")


def undeclined_surname(word: str) -> bool:
    """Is `word` shaped as a surname that keeps its form in a Russian dative?"""
    return bool(_UNDECLINED.fullmatch(word)) and not has_case(word, "datv", nouns=True)


def _agrees(word: str, head: str) -> bool:
    """Is `word` an adjective of the dative noun `head`: dative, not a noun, and of its number
    («Вместе с этим Министерству …»: «этим» is no adjective of «Министерству»)."""
    if not has_case(word, "datv") or has_case(word, "datv", nouns=True):
        return False
    numbers = {p.tag.number for p in parses(head)[:4] if p.tag.case == "datv" and p.tag.POS == "NOUN"}
    return any(p.tag.case == "datv" and p.tag.number in numbers for p in parses(word)[:4])


def _genitive_tail(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Where a noun's genitive tail ending at or after j ends («Министерству транспорта
    и коммуникаций»)."""
    while j < hi:
        if has_case(words[j][1], "gent") or (
            words[j][1] in {",", "и"} and j + 1 < hi and has_case(words[j + 1][1], "gent")
        ):
            j += 1
        elif (n := place_abbreviation_end(words, j, hi)) > j:
            j = n
        else:
            break
    return j


def place_abbreviation_end(words: list[tuple[int, str]], j: int, hi: int) -> int:
    """Where an abbreviated «области/района» (its dot too) or a «г.» before a capitalized name
    starting at words[j] ends, j when none starts there: inside a title («акиму Панфиловского
    р-на», «акиму г. Алматы») they are genitives the dictionary cannot read."""
    w = words[j][1].lower()
    dot = j + 1 < hi and words[j + 1][1] == "."
    if w in REGION_ABBREVIATIONS:
        return j + 2 if dot else j + 1
    if w == "г" and dot and j + 2 < hi and words[j + 2][1][:1].isupper():
        return j + 2
    return j


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_RUSSIAN_LETTER = re.compile(r"[А-Яа-яЁё]")


def has_case(word: str, case: str, nouns: bool = False) -> bool:
    """Can the word be in `case`? A word read first as a preposition or conjunction («к»,
    «с») is not, though the dictionary also lists it as a letter's name."""
    if not _RUSSIAN_LETTER.match(word):
        return False
    if parses(word)[:1] and parses(word)[0].tag.POS in ("PREP", "CONJ", "ADVB"):
        return False  # «Наряду с этим»: an adverb first, though a noun's dative too
    pos = ("NOUN",) if nouns else ("NOUN", "ADJF", "PRTF")
    return any(p.tag.case == case and p.tag.POS in pos for p in parses(word)[:4])


def before_whom(words: list[tuple[int, str]], hi: int) -> tuple[int, int] | None:
    """«перед руководством Погранслужбы», «перед акимом»: the instrumental noun phrase after
    «перед» in words[:hi], with its genitive tail — whom a task is set before."""
    for i in range(hi - 1):
        if words[i][1].lower() != "перед":
            continue
        j = i + 1
        while j < hi and has_case(words[j][1], "ablt") and not has_case(words[j][1], "ablt", nouns=True):
            j += 1  # its adjectives
        if j < hi and has_case(words[j][1], "ablt", nouns=True):
            return i + 1, _genitive_tail(words, j + 1, hi)
    return None


def addressee(sent: str, a: int, words, np: tuple[int, int], persons, mentions) -> str:
    """The dative noun phrase words[np] as the addressee: the body a mention starting there
    names in full («Пограничной службе ГКНБ» is «Пограничная служба ГКНБ», an abbreviation
    the case rules cannot read), else the phrase in the nominative, a post resolved to its
    holder."""
    at = a + words[np[0]][0]
    end = a + words[np[1] - 1][0] + len(words[np[1] - 1][1])
    body = [m for m in mentions.starting_in(at, at + 1) if m.type == "organization" and m.end >= end]
    if body:  # the phrase is that one body (coordinated ones are read as a phrase)
        return body[0].name
    named = [m for m in persons.starting_in(at, end) if m.end <= end]
    if named:  # «акиму города Азамату Бекету, руководителям органов»: each official by name
        return _with_names(sent, a, at, end, named)
    name = _trailing_name(words, np)
    if name:  # a name the model did not mark: «начальнику таможни Сапарбаеву»
        return person_nominative(name, "datv")
    return _addressed_person(phrase(sent, words, np), persons)


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# «Жаксылыкұлы», «Жумабайкызы»: a person's name alone, no given name needed to say so.
_KAZAKH_PATRONYMIC = re.compile(r"(?:[ұу]лы|[қк]ызы)$")


def _trailing_name(words: list[tuple[int, str]], np: tuple[int, int]) -> str | None:
    """The person's name ending an official's dative phrase when no person mention covers it:
    «начальнику управления Айгерим Нурланкызы», «акиму района Сапарбаеву» — a role word first,
    then capitalized words read as a given name or surname, the last one a surname in the
    dative or one Russian does not decline after a given name. «акиму области Жетісу» is a
    region: no name reading."""
    i, j = np
    if j - i < 2 or not is_role_word(words[i][1]):
        return None
    k = j
    while k > i + 1 and j - k < 3 and _name_word(words[k - 1][1]):
        k -= 1
    if k == j:
        return None
    last = words[j - 1][1]
    declined = any(p.tag.case == "datv" and "Surn" in p.tag for p in parses(last)[:4])
    if not (declined or (k < j - 1 and undeclined_surname(last)) or _KAZAKH_PATRONYMIC.search(last)):
        return None
    return " ".join(w for _, w in words[k:j])


def _name_word(word: str) -> bool:
    """A capitalized word that may be part of a person's name."""
    if not word[:1].isupper() or word.isupper():
        return False
    return undeclined_surname(word) or any(_NAME_TAGS & p.tag.grammemes for p in parses(word)[:4])


def _with_names(sent: str, a: int, at: int, end: int, named) -> str:
    """The coordinated addressees in text[at:end], each one naming a person given as that
    person («Азамат Бекет»), the others in the nominative; joined by «; »."""
    raw = sent[at - a : end - a]
    cuts = [0] + [m.end() for m in re.finditer(r",\s*|\s+и\s+", raw) if has_case(raw[m.end() :].split()[0], "datv")]
    out = []
    for lo, hi in zip(cuts, [*cuts[1:], len(raw)], strict=True):
        part = raw[lo:hi].strip(" ,")
        part = re.sub(r"\s+и$", "", part)
        person = next((m.name for m in named if at + lo <= m.start < at + hi), None)
        out.append(person or phrase_nominative(part))
    return "; ".join(p for p in out if p)


def _addressed_person(to: str, persons) -> str:
    """An addressee written as a post («министру поручено …») is the one person the article
    gives that post to («министр транспорта Нурлан Сауранбаев»); with none, or two, the
    post stays as written."""
    words = to.split()
    if not words or words[0].lower() not in POST_WORDS:
        return to
    post = to.lower()
    named = {m.name for m in persons if m.role and holds_post(post, m.role.lower())}
    return named.pop() if len(named) == 1 else to


def phrase(sent: str, words, rng) -> str:
    i, j = rng
    raw = sent[words[i][0] : words[j - 1][0] + len(words[j - 1][1])]
    raw = " ".join(raw.split()).strip(" ,")
    raw, field = field_cut(raw)
    nom = _coordinated_nominative(raw) + field
    return (
        nom[:1].lower() + nom[1:]
        if nom[:1].isupper()
        and not nom.split()[0].isupper()
        and nom.split()[0].lower() in {"госорганы", "акиматы", "госорганам", "акиматам"}
        else nom
    )


def _coordinated_nominative(raw: str) -> str:
    """Each of coordinated addressees in the nominative («правительству и акиматам» →
    «правительство и акиматы»); «и» inside one body's name («транспорта и коммуникаций»,
    a genitive after it) does not split it."""
    parts = re.split(r"(,\s*а\s+также\s+|,\s*|\s+и\s+)(?=(\w+))", raw)
    out, current = [], parts[0]
    for sep, nxt, rest in zip(parts[1::3], parts[2::3], parts[3::3], strict=False):
        head = any(has_case(w, "datv", nouns=True) for w in current.split())  # not «центральным и местным …»
        abbreviation = bool(_ABBREVIATION.match(current))  # «МВД, КНБ и акиматам»: each undeclined body is one
        dative = has_case(nxt, "datv") and (abbreviation or not has_case(nxt, "gent"))  # «КГД, Пограничной службе»
        if (head or abbreviation) and (_ABBREVIATION.match(nxt) or dative):
            out += [_part_nominative(current), sep]
            current = rest
        else:
            current += sep + rest
    return "".join([*out, _part_nominative(current)])


def _part_nominative(part: str) -> str:
    """One addressee in the nominative, adjectives joined by «и» before its noun included:
    «всем центральным и местным органам» → «все центральные и местные органы»."""
    m = re.fullmatch(r"(\S.*?)\s+и\s+(.+)", part)
    if m is None or any(has_case(w, "datv", nouns=True) for w in m.group(1).split()):
        return phrase_nominative(part)
    n = len(m.group(1).split())
    words = phrase_nominative(f"{m.group(1)} {m.group(2)}").split()
    return " ".join([*words[:n], "и", *words[n:]])
