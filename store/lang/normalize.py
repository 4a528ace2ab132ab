"""Entity names to the nominative, and span edges cleaned.

Russian inflects names: «Каната Бозумбаева», «Комитета государственных доходов».
A reader writes them in the nominative, and the store must see one entity, so:

- persons: every token takes the case and gender the whole name agrees on
  (pymorphy2 knows many Kazakh names and predicts surnames it does not know; a few
  suffix rules cover the rest; foreign names that fit no paradigm stay as written);
- organizations, locations, roles: the head noun and the adjectives before it go to
  the nominative, the genitive tail is kept as written («Комитет государственных
  доходов Министерства финансов РК», not natasha's «Комитет государственные доходы»).

All lookups are cached: one article repeats its names, the corpus repeats its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.lemmas import analyzer
from store.sanitize import strip_invisible

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_NAME_TAGS = {"Name", "Surn", "Patr"}
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_TOKEN = re.compile(r"[\w.]+(?:[-‐–][\w.]+)*|\S")
_EDGE = " \t\n«»\"'“”„()[]{}<>.,;:!?—–-•·*/\\|"
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}

# Kazakh and Russian surname endings pymorphy2 may not predict: (ending, case, gender, replacement).
_SURNAME_RULES = [
    ("овой", "gent", "femn", "ова"),
    ("евой", "gent", "femn", "ева"),
    ("иной", "gent", "femn", "ина"),
    ("ыной", "gent", "femn", "ына"),
    ("овым", "ablt", "masc", "ов"),
    ("евым", "ablt", "masc", "ев"),
    ("иным", "ablt", "masc", "ин"),
    ("ова", "gent", "masc", "ов"),
    ("ева", "gent", "masc", "ев"),
    ("ина", "gent", "masc", "ин"),
    ("ына", "gent", "masc", "ын"),
    ("ову", "datv", "masc", "ов"),
    ("еву", "datv", "masc", "ев"),
    ("ину", "datv", "masc", "ин"),
    ("ове", "loct", "masc", "ов"),
    ("еве", "loct", "masc", "ев"),
    ("ине", "loct", "masc", "ин"),
    ("ского", "gent", "masc", "ский"),
    ("скому", "datv", "masc", "ский"),
    ("ским", "ablt", "masc", "ский"),
    ("ской", "gent", "femn", "ская"),
    # «Хамида Карзая», «Хамидом Карзаем»: surnames in -ай/-яй decline like nouns in -й
    ("аем", "ablt", "masc", "ай"),
    ("аю", "datv", "masc", "ай"),
    ("ае", "loct", "masc", "ай"),
    ("ая", "gent", "masc", "ай"),
]


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Common Kazakh and Russian given names (store/lang/lexicon/first_names.txt) → "masc"/"femn".
    The Russian dictionary lacks many Kazakh ones («Ерлан», «Данияр»), and its guesser
    reads «Ерлана» as a woman's name rather than Ерлан's genitive."""
    from importlib.resources import files

    out, gender = {}, "masc"
    for line in files("store.lang").joinpath("lexicon/first_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("##"):
            gender = "femn" if "female" in line else "masc"
        elif line and not line.startswith("#"):
            out[line.lower().replace("ё", "е")] = gender
    return out


# A man's given name ending in a consonant, in the oblique cases: (ending, case).
_GIVEN_ENDINGS = (("а", "gent"), ("а", "accs"), ("у", "datv"), ("ом", "ablt"), ("ем", "ablt"), ("е", "loct"))


def _given_name_hypotheses(low: str) -> list[tuple[str, str | None, str, float]]:
    names = given_names()
    if names.get(low) == "masc":
        return [("nomn", "masc", low, 1.2)]
    if low in names:
        return [(c, "femn", low, 1.2) for c in CASES] if low[-1:] not in "аяь" else [("nomn", "femn", low, 1.2)]
    return [
        (case, "masc", low[: -len(end)], 1.5)
        for end, case in _GIVEN_ENDINGS
        if low.endswith(end) and names.get(low[: -len(end)]) == "masc"
    ]


def match_case(orig: str, new: str) -> str:
    """Give `new` the capitalization of `orig`: ALL CAPS stays, Title-Case per hyphen
    part and per initial («Н.Прянишникова» → «Н.Прянишников»)."""
    if "ё" not in orig.lower():
        new = new.replace("ё", "е")
    if orig.isupper() and len(orig) > 1:
        return new.upper()
    parts_o, parts_n = re.split(r"([-‐–.])", orig), re.split(r"([-‐–.])", new)
    if len(parts_o) != len(parts_n):
        return new[:1].upper() + new[1:] if orig[:1].isupper() else new
    return "".join(n[:1].upper() + n[1:] if o[:1].isupper() else n for o, n in zip(parts_o, parts_n, strict=False))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def fix_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to its name: no quotes, brackets, dashes or punctuation at either
    edge, except a closing quote the name opened («МЦПС «Хоргос» keeps its »)."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    body = text[start:end]
    for o, c in _QUOTES.items():
        opened = body.count(o) - (body.count(c) if o != c else 0)
        if (o != c and opened > 0) or (o == c and body.count(o) % 2 == 1):
            if end < len(text) and text[end] == c:
                end += 1
                body = text[start:end]
    return start, end


@lru_cache(maxsize=100_000)
def _parses(word: str):
    return analyzer().parse(word.lower().replace("ё", "е"))


def _known(p) -> bool:
    """True unless pymorphy2 only guessed the word from its ending."""
    return type(p.methods_stack[0][0]).__name__ not in ("FakeDictionary", "UnknAnalyzer")


def from_dictionary(p) -> bool:
    """True when the dictionary holds the whole word: not a guess from its ending, and
    not a known ending glued to an unknown prefix («приар|алья» is no name «Алья»)."""
    return len(p.methods_stack) == 1 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _inflect(p, grammemes: set[str]) -> str | None:
    try:
        q = p.inflect(grammemes)
    except (ValueError, KeyError):
        return None
    return q.word if q else None


# ---------------------------------------------------------------- persons


def _person_hypotheses(word: str, surname: bool = False) -> list[tuple[str, str | None, str, float]]:
    """(case, gender or None, nominative form, weight) readings of one name token.
    `surname`: the token ends a name of several words, so an adjective reading is an
    adjectival surname («Андрея Лугового» → Луговой, «Александры Стреляной» → Стреляная)."""
    low = word.lower().replace("ё", "е")
    hyps: list[tuple[str, str | None, str, float]] = [("nomn", None, low, 0.2)]
    if not re.search("[а-я]", low):
        return hyps
    given = [] if surname else _given_name_hypotheses(low)
    for p in _parses(low):
        tag = p.tag
        if tag.POS != "NOUN" or tag.case not in CASES or tag.number == "plur":
            continue
        if given and not _known(p):
            continue  # the name list knows this name better than the guesser
        is_name = bool(_NAME_TAGS & set(tag.grammemes))
        if surname and "Name" in tag.grammemes and not {"Surn", "Patr"} & set(tag.grammemes):
            is_name = False  # the last word of a full name is a surname («Ерлан Карин», not Карина)
        gender = tag.gender if tag.gender in ("masc", "femn") else None
        if not is_name and p.normal_form[-1:] == "а" and len(p.normal_form) > 3:
            gender = None  # «Олега Дерипаски», «Сергея Сороки»: a man's surname in -а declines as a noun in -а
        form = _inflect(p, {"nomn", "sing"}) or p.normal_form
        weight = p.score + (1.0 if _known(p) else 0.5) if is_name else 0.3 * p.score + 0.1
        hyps.append((tag.case, gender, form, weight))
    hyps += given
    if len(hyps) > 1 and not any(_known(p) for p in _parses(low)):
        # only guesses: «as written» is no likelier than the guesses («Сердара» may be Сердар's)
        hyps[0] = ("nomn", None, low, min(0.2, max(h[3] for h in hyps[1:])))
    if not any(h[3] > 0.5 for h in hyps[1:]):
        if surname:
            for p in _parses(low):
                tag = p.tag
                if (
                    tag.POS == "ADJF"
                    and tag.number == "sing"
                    and tag.gender in ("masc", "femn")
                    and tag.case in CASES
                    and _known(p)
                ):
                    form = _inflect(p, {"nomn", "sing", tag.gender})
                    if form:
                        hyps.append((tag.case, tag.gender, form, 0.55))
        for end, case, gender, repl in _SURNAME_RULES:
            if low.endswith(end) and len(low) > len(end) + 2:
                # a woman's «-ая» is likelier than a man's «-ай» in the genitive
                hyps.append((case, gender, low[: -len(end)] + repl, 0.5 if end == "ая" else 0.6))
                if case == "gent" and gender == "masc":  # -ова, -ая are also a woman's nominative
                    hyps.append(("nomn", "femn", low, 0.6))
                break
    return hyps


def _indeclinable(word: str) -> bool:
    nouns = [p for p in _parses(word.lower().replace("ё", "е")) if p.tag.POS == "NOUN"]
    return all("Fixd" in p.tag for p in nouns)  # no noun reading at all («Ли»): the same


def _agrees(h, case: str, gender: str) -> bool:
    return h[0] == case and (h[1] is None or h[1] == gender)


# Chinese surnames in the Palladius spelling that end in a consonant and so decline
# in Russian («с Ван И», «Ваном И» both occur); vowel-final ones («Ли», «Си») never do.
_CHINESE_SURNAMES = {
    "ван",
    "чжан",
    "чэнь",
    "ян",
    "хуан",
    "линь",
    "лян",
    "тан",
    "хань",
    "фэн",
    "дэн",
    "пэн",
    "цзэн",
    "тянь",
    "дун",
    "пань",
    "юань",
    "цай",
    "цзян",
    "шэнь",
    "цзинь",
    "вэнь",
    "сун",
    "сунь",
    "чэн",
    "дин",
    "жэнь",
    "мэн",
    "цинь",
    "инь",
    "лун",
    "чжэн",
    "ли",
    "си",
    "лю",
    "чжао",
    "у",
    "чжоу",
    "сюй",
    "ма",
    "чжу",
    "ху",
    "го",
    "хэ",
    "гао",
    "ло",
    "се",
    "цао",
    "сяо",
    "юй",
    "ду",
    "е",
    "вэй",
    "су",
    "люй",
    "яо",
    "цзя",
    "ся",
    "фу",
    "цуй",
    "лу",
    "хоу",
}
_RUSSIAN_CASE_ENDING = re.compile(r"(?<=[нй])(?:а|у|ом|ем|е)$")
_SOFT_CASE_ENDING = re.compile(r"(?<=н)(?:я|ю|ем|е)$")  # «Ханя», «Ханю» → Хань


def _chinese_stem(word: str) -> str:
    low = word.lower().replace("ё", "е")
    soft = _SOFT_CASE_ENDING.sub("ь", low)
    return soft if soft != low and soft.endswith("нь") and not low.endswith("не") else _RUSSIAN_CASE_ENDING.sub("", low)


def _other_given_name(word: str) -> bool:
    """`word` as written is a given name other than a Chinese surname («Яна», «Анна»)."""
    low = word.lower().replace("ё", "е")
    return low in given_names() or any(
        "Name" in p.tag.grammemes and p.tag.case == "nomn" and _known(p) and p.normal_form not in _CHINESE_SURNAMES
        for p in _parses(low)
    )


def _chinese_nominative(toks: list[str]) -> str | None:
    """«Ли Цяна» → «Ли Цян», «Си Цзиньпином» → «Си Цзиньпин»: a Chinese name is
    surname first, and only a word ending in a consonant declines (as a masculine noun);
    «Сунь Хунмэй», «Ху Чуньхуа» never change. None when the name is not Chinese."""
    from store.lang.names import is_palladius_name

    if not 2 <= len(toks) <= 3:
        return None
    stems = [_chinese_stem(t) for t in toks]
    if stems[0] not in _CHINESE_SURNAMES or not is_palladius_name(" ".join(stems)):
        return None
    if _other_given_name(toks[0]):
        return None  # «Яна Ли», «Ян Ким»: a given name first, a Korean or Chinese surname last
    return " ".join(match_case(t, st) for t, st in zip(toks, stems, strict=False))


@lru_cache(maxsize=50_000)
def person_nominative(name: str, case_hint: str | None = None) -> str:
    """«Каната Бозумбаева» → «Канат Бозумбаев», «Бородавкиной» → «Бородавкина».

    Every token is read in the one (case, gender) that the whole name supports best;
    `case_hint` (the case of a role noun in apposition, «министра … Валентина Иванова»)
    breaks ties. A token with no reading in that case (foreign, indeclinable) stays.
    """
    toks = name.split()
    chinese = _chinese_nominative(toks)
    if chinese:
        return chinese
    hyps = [_person_hypotheses(t, surname=len(toks) > 1 and i == len(toks) - 1) for i, t in enumerate(toks)]
    indeclinable = [len(hs) == 1 or _indeclinable(t) for t, hs in zip(toks, hyps, strict=False)]
    best, best_score = ("nomn", "masc"), -1.0
    for case in CASES:
        for gender in ("masc", "femn"):
            # an indeclinable token («Тони», «Си», «Шкрели») says nothing about the case
            score = sum(
                max(h[3] for h in hs) if neutral else max((h[3] for h in hs if _agrees(h, case, gender)), default=0.0)
                for hs, neutral in zip(hyps, indeclinable, strict=False)
            )
            score += 0.8 if case == case_hint else 0.0
            score += (0.05 if case == "nomn" else 0.0) + (0.1 if gender == "masc" else 0.0)
            if score > best_score:
                best, best_score = (case, gender), score
    out = []
    for tok, hs in zip(toks, hyps, strict=False):
        fit = [h for h in hs if _agrees(h, *best)]
        form = max(fit, key=lambda h: h[3])[2] if fit else tok.lower()
        out.append(match_case(tok, form))
    return " ".join(out)


# ------------------------------------------------- organizations, places, roles


def _is_word(tok: str) -> bool:
    return bool(re.fullmatch(r"[а-яё]+(?:-[а-яё]+)*", tok.lower())) and not _KAZAKH.search(tok)


def _usable(p) -> bool:
    return _known(p) or p.score >= 0.5


@lru_cache(maxsize=50_000)
def phrase_nominative(phrase: str) -> str:
    """«Комитета государственных доходов Министерства финансов РК» → «Комитет
    государственных доходов Министерства финансов РК»; «акиматам областей» →
    «акиматы областей»; «Синьцзян-Уйгурского автономного района» → nominative.

    The head is the first noun; it and the adjectives before it take the case they
    agree on (singular preferred), then go to the nominative in their own number.
    Abbreviations, Latin, quoted and Kazakh-spelled words are never touched.
    """
    toks = phrase.split(" ")
    lead = []
    for i, tok in enumerate(toks):
        if tok.isupper() and len(tok) > 1 and lead and re.fullmatch(r"[А-ЯЁ]+", tok):
            # «Азербайджанскую ССР», «Российской ФСБ»: an indeclinable abbreviation heads
            # the phrase; its adjectives go to the nominative in their own gender and number
            return " ".join(_nominative_adjectives(toks, lead))
        if not _is_word(tok) or (tok.isupper() and len(tok) > 1):
            return phrase
        every = _parses(tok)
        ps = [p for p in every if _usable(p)]
        nouns = [p for p in ps if p.tag.POS == "NOUN" and p.tag.case in CASES]
        adjs = [p for p in ps if p.tag.POS in ("ADJF", "PRTF") and p.tag.case in CASES]
        if i + 1 < len(toks) and tok[:1].isupper():
            # an unknown capitalized adjective («Козицкого переулка») may be guessed
            adjs = adjs or [p for p in every if p.tag.POS == "ADJF" and p.tag.case in CASES]
        if adjs and i + 1 < len(toks) and _agrees_ahead(adjs, toks, i + 1):
            lead.append(adjs)  # «Минской группы»: an adjective before its noun, whatever else it reads as
            continue
        if nouns and (not adjs or nouns[0].score >= adjs[0].score or i == len(toks) - 1):
            head = _choose_head(nouns, lead)
            if head is None:
                return phrase
            return " ".join(_inflect_group(toks, lead, head, i))
        if not adjs:
            return phrase
        lead.append(adjs)
    return phrase


def _agrees_ahead(adjs, toks: list[str], j: int) -> bool:
    """Does one of these adjective readings agree with the noun after toks[j:]'s run of
    agreeing adjectives? «Главного таможенного управления»: «Главного» also reads as the
    noun «главное», but it agrees with «управления» through «таможенного»."""
    while j < len(toks):
        if _agrees_with_next(adjs, toks[j]):
            return True
        if not _is_word(toks[j]):
            return False
        nxt = [q for q in _parses(toks[j]) if q.tag.POS in ("ADJF", "PRTF") and _usable(q)]
        if not any(
            a.tag.case == q.tag.case and a.tag.number == q.tag.number and a.tag.gender == q.tag.gender
            for a in adjs
            for q in nxt
        ):
            return False
        j += 1
    return False


def _agrees_with_next(adjs, nxt: str) -> bool:
    """Does one of these adjective readings agree with a noun reading of the next word?"""
    if not _is_word(nxt):
        return False
    for q in _parses(nxt):
        if q.tag.POS != "NOUN" or q.tag.case not in CASES or not _usable(q) or _NAME_TAGS & set(q.tag.grammemes):
            continue
        for a in adjs:
            if (
                a.tag.case == q.tag.case
                and a.tag.number == q.tag.number
                and (q.tag.number == "plur" or a.tag.gender in (q.tag.gender, None))
            ):
                return True
    return False


def _nominative_adjectives(toks, lead):
    out = list(toks)
    for j, adjs in enumerate(lead):
        a = adjs[0]
        gram = {"nomn", a.tag.number or "sing"} | ({a.tag.gender} if a.tag.number == "sing" and a.tag.gender else set())
        form = _inflect(a, gram)
        out[j] = match_case(toks[j], form) if form else toks[j]
    return out


def _choose_head(nouns, lead):
    """The noun reading most of the preceding adjectives agree with; singular, then
    likelier readings first."""

    def fit(p):
        agree = sum(
            any(
                a.tag.case == p.tag.case
                and a.tag.number == p.tag.number
                and (p.tag.number == "plur" or a.tag.gender in (p.tag.gender, None))
                for a in adjs
            )
            for adjs in lead
        )
        return (agree, p.tag.number != "plur" or "Pltm" in p.tag.grammemes, p.score)

    return max(nouns, key=fit) if nouns else None


def _inflect_group(toks, lead, head, i):
    number = head.tag.number or "sing"
    if (
        number == "plur"
        and lead
        and "Pltm" not in head.tag.grammemes
        and all(all(a.tag.number == "sing" for a in adjs) for adjs in lead)
    ):
        # «в Белгородской и Курской областях»: singular adjectives over a plural noun
        # name one thing each; the name is «Курская область»
        number = "sing"
    out = list(toks)
    form = head.word if head.tag.case == "nomn" and head.tag.number == number else _inflect(head, {"nomn", number})
    out[i] = match_case(toks[i], form) if form else toks[i]
    for j, adjs in enumerate(lead):
        agree = [a for a in adjs if a.tag.case == head.tag.case and a.tag.number == number]
        a = agree[0] if agree else adjs[0]
        gram = {"nomn", number} | ({head.tag.gender} if number == "sing" and head.tag.gender else set())
        form = _inflect(a, gram)
        out[j] = match_case(toks[j], form) if form else toks[j]
    return out


def case_of(word: str) -> str | None:
    """The likeliest case of a noun or adjective form (the hint roles give persons)."""
    for p in _parses(word):
        if p.tag.POS in ("NOUN", "ADJF") and p.tag.case in CASES:
            return p.tag.case
    return None


def lemma_pos(word: str) -> tuple[str, str | None]:
    p = _parses(word)[0]
    return p.normal_form, p.tag.POS


def parses(word: str):
    """pymorphy2's readings of a word (cached)."""
    return _parses(word)


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The identity of a name within an article: case, ё/е, quotes and spacing never count."""
    s = strip_invisible(name).lower().replace("ё", "е")
    s = re.sub(r"[«»\"“”„'()]", " ", s)
    s = re.sub(r"\s*[-‐–—]\s*", "-", s)
    return " ".join(s.split())


# ------------------------------------------------------- one name per entity

# Very common state abbreviations, when the text does not pair them with the full name.
from store.lang.abbreviations import ABBREVIATIONS  # noqa: E402  (re-exported: the table lives with names too)

COUNTRIES = {"рк": "Казахстан", "рф": "Россия", "кнр": "Китай", "кр": "Кыргызстан", "ру": "Узбекистан"}
_COUNTRY_TAILS = {"рк", "рф", "кнр", "россии", "казахстана", "республики казахстан", "китая"}
# The same state written two ways after a body's name («… РК», «… Республики Казахстан»).
_STATE_OF_TAIL = {
    "рк": "казахстан",
    "казахстана": "казахстан",
    "республики казахстан": "казахстан",
    "рф": "россия",
    "россии": "россия",
    "российской федерации": "россия",
    "кнр": "китай",
    "китая": "китай",
}


def _is_country_tail(rest: str) -> bool:
    """«РК», «России», «Азербайджана»: the state a body belongs to («МИД Азербайджана»)."""
    if rest in _COUNTRY_TAILS:
        return True
    if " " in rest:
        return False
    ps = _parses(rest)[:2]
    return bool(ps) and "Geox" in ps[0].tag.grammemes and ps[0].tag.case == "gent" and _known(ps[0])


@lru_cache(maxsize=50_000)
def surname_forms(name: str) -> frozenset[str]:
    """Every nominative a one-word person name could stand for («Бектенова» → бектенов, бектенова)."""
    return frozenset({key(h[2]) for h in _person_hypotheses(name)} | {key(name)})


_INITIALS = re.compile(r"((?:[а-яa-z]\.\s*){1,2})([^\s.]+)")


def initials_and_surname(k: str) -> tuple[str, str] | None:
    """«о. дерипаска», «а.н. чилингаров» (keys) → ("о", "дерипаска"): a name written
    with initials, which joins the full name with that surname and first initial."""
    m = _INITIALS.fullmatch(k)
    return (m.group(1)[0], m.group(2)) if m else None


def merge_names(items: list[tuple[str, str]], pairs: dict[str, str] | None = None) -> list[str]:
    """Canonical names for (type, normalized name) items of one article, in order.

    Case and ё/е never separate two names; a lone surname joins the full name that
    ends with it; an abbreviation joins the full name the text paired it with
    (`pairs`: abbreviation key → full name), else the common-abbreviation table;
    «РК», «РФ», «КНР» are the countries; «Министерство финансов» joins «Министерство
    финансов РК» when the article has the longer form.
    """
    pairs = pairs or {}
    display: dict[tuple[str, str], str] = {}
    for t, n in items:
        display.setdefault((t, key(n)), n)
    multi = [n for (t, k), n in display.items() if t == "person" and (len(k.split()) > 1 or initials_and_surname(k))]
    # full names first: a lone surname joins «Олег Дерипаска» before «О. Дерипаска»
    full_persons = sorted(multi, key=lambda n: initials_and_surname(key(n)) is not None)
    orgs = [n for (t, k), n in display.items() if t == "organization"]
    out = []
    for t, n in items:
        k = key(n)
        short = initials_and_surname(k) if t == "person" else None
        if short:
            forms = surname_forms(short[1])
            hits = [
                f
                for f in full_persons
                if not initials_and_surname(key(f)) and key(f).split()[-1] in forms and key(f)[:1] == short[0]
            ]
            out.append(hits[0] if len(hits) == 1 else display[(t, k)])
        elif t == "person" and len(k.split()) == 1:
            forms = surname_forms(n)
            hits = [
                f
                for f in full_persons
                if key(f).split()[-1] in forms or (initials_and_surname(key(f)) or ("", ""))[1] in forms
            ]
            out.append(hits[0] if len(_distinct_people(hits)) == 1 else display[(t, k)])
        elif t == "organization":
            out.append(_org_name(k, display[(t, k)], orgs, pairs))
        elif t == "location" and k in COUNTRIES:
            out.append(COUNTRIES[k])
        else:
            out.append(display[(t, k)])
    return out


def _distinct_people(names: list[str]) -> list[str]:
    """Full names that are different people: «О. Дерипаска» is «Олег Дерипаска», but
    «Александр Вертинский» and «Николай Вертинский» are two, so a lone «Вертинский»
    cannot be told to be either."""
    full = [n for n in names if not initials_and_surname(key(n))]
    by_first_name = {key(n).split()[0]: n for n in reversed(full)}  # «Олег (Владимирович) Дерипаска» is one
    return list(by_first_name.values()) or names[:1]


@lru_cache(maxsize=50_000)
def _expanded(k: str) -> str:
    """«мид украины» → «министерство иностранных дел украины»: an abbreviated body with
    its state, spelled out (a key; unchanged when the first word is no known abbreviation)."""
    head, _, rest = k.partition(" ")
    full = ABBREVIATIONS.get(head)
    return key(f"{full} {rest}") if full and rest and _is_country_tail(rest) else k


def _org_name(k: str, name: str, orgs: list[str], pairs: dict[str, str]) -> str:
    base = pairs.get(k) or ABBREVIATIONS.get(k) or ABBREVIATIONS.get(key(phrase_nominative(name)))
    if not base and _expanded(k) != k:
        spelled = [o for o in orgs if key(o) == _expanded(k)]
        if spelled:
            return spelled[0]  # «МИД Украины» joins «Министерство иностранных дел Украины»
    target = key(base) if base else k
    longer: dict[str, str] = {}  # spelled-out key → the name shown; «МИД Украины» spelled out
    for o in sorted(orgs, key=lambda o: _expanded(key(o)) != key(o)):  # spelled-out names first
        for t in dict.fromkeys((target, k)):
            x = _expanded(key(o))
            if x.startswith(t + " ") and _is_country_tail(x[len(t) + 1 :]):
                longer.setdefault(x[len(t) + 1 :], o)
    if len({_STATE_OF_TAIL.get(tail, tail) for tail in longer}) > 1:
        longer = {}  # «МИД Украины» and «МИД Литвы»: a lone «МИД» could be either
    if longer:
        return next(iter(longer.values()))
    if base:
        same = [o for o in orgs if key(o) == target]
        return same[0] if same else base
    return name


# Legal forms written before a company's quoted name: Russian, Kazakh-Russian and Kazakh.
_LEGAL_FORM = re.compile(
    r"^(?:ОАО|ЗАО|ПАО|НАО|АО|ООО|ОДО|ТОО|ГУП|ФГУП|МУП|АНО|РГП|РГКП|ГКП|КГП|АҚ|ЖШС|ЖАҚ)\s+(?=[«\"“„])"
)


def without_legal_form(name: str) -> str:
    """«ЗАО «Эхо Москвы»» → Эхо Москвы, «ОАО «ГМК «Норильский никель»» → ГМК «Норильский
    никель», «ОАО "Киностудия "Ленфильм"» → Киностудия "Ленфильм": the legal form
    changes (ОАО became ПАО) and is written or left out at will, so the name is what
    the quotes hold. Quotes the span lost at its end are closed again."""
    m = _LEGAL_FORM.match(name)
    if not m:
        return name
    inner = name[m.end() + 1 :]
    if inner.endswith(("»", "”")) and inner.count("»") + inner.count("”") > inner.count("«") + inner.count("“"):
        inner = inner[:-1]
    elif inner.endswith('"') and inner.count('"') % 2 == 1:
        inner = inner[:-1]
    inner = inner.strip()
    if inner.count("«") > inner.count("»"):
        inner += "»" * (inner.count("«") - inner.count("»"))
    if inner.count('"') % 2 == 1:
        inner += '"'
    return inner or name
