"""Person names to the nominative: «Каната Бозумбаева» → «Канат Бозумбаев».

Every token takes the case and gender the whole name agrees on (pymorphy2 knows many
Kazakh names and predicts surnames it does not know; a few suffix rules cover the
rest; foreign names that fit no paradigm stay as written; Chinese names decline only
in their consonant-final words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.identity import key
from store.lang.morphology import CASES, NAME_TAGS, inflect, known, match_case, parses

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


def _person_hypotheses(word: str, surname: bool = False) -> list[tuple[str, str | None, str, float]]:
    """(case, gender or None, nominative form, weight) readings of one name token.
    `surname`: the token ends a name of several words, so an adjective reading is an
    adjectival surname («Андрея Лугового» → Луговой, «Александры Стреляной» → Стреляная).
    They depend on the lower-case word only: cached by it, as one surname recurs in many
    full names and articles (each reading costs pymorphy2 parses and inflections)."""
    return list(_hypotheses_of(word.lower().replace("ё", "е"), surname))


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_RUSSIAN_LOWER_LETTER = re.compile("[а-я]")
# Kazakh names built on «бала(ды)» 'a child was given', «берді» 'gave', «келді» 'came', «сары»
# «Сатыбалды», «Тілеуберді», «Ескельды», «Кенесары»: nominatives Russian text keeps
# undeclined in every case; the guesser read them as genitives of «Сатыбалда», «Ескельда»
# (names73: «Аким … р-на Сатыбалды» became «Сатыбалда»).
_KAZAKH_UNDECLINED_NAME = re.compile(r"\w{2,}(?:балд[ыі]|берд[ыі]|[гк]ельд[ыі]|[гк]елд[ыі]|сары)$")


def kazakh_undeclined_name(word: str) -> bool:
    """«Сатыбалды», «Тілеуберді», «Кенесары»: a Kazakh name Russian text never declines."""
    return bool(_KAZAKH_UNDECLINED_NAME.search(word.lower()))


@lru_cache(maxsize=50_000)
def _hypotheses_of(low: str, surname: bool) -> tuple[tuple[str, str | None, str, float], ...]:
    """_person_hypotheses of a lower-case word with «ё» as «е»."""
    hyps: list[tuple[str, str | None, str, float]] = [("nomn", None, low, 0.2)]
    if not _RUSSIAN_LOWER_LETTER.search(low) or _KAZAKH_UNDECLINED_NAME.search(low):
        return tuple(hyps)
    given = [] if surname else _given_name_hypotheses(low)
    for p in parses(low):
        tag = p.tag
        if tag.POS != "NOUN" or tag.case not in CASES or tag.number == "plur":
            continue
        if given and not known(p):
            continue  # the name list knows this name better than the guesser
        is_name = bool(NAME_TAGS & set(tag.grammemes))
        if surname and "Name" in tag.grammemes and not {"Surn", "Patr"} & set(tag.grammemes):
            is_name = False  # the last word of a full name is a surname («Ерлан Карин», not Карина)
        gender = tag.gender if tag.gender in ("masc", "femn") else None
        if not is_name and p.normal_form[-1:] == "а" and len(p.normal_form) > 3:
            gender = None  # «Олега Дерипаски», «Сергея Сороки»: a man's surname in -а declines as a noun in -а
        form = inflect(p, {"nomn", "sing"}) or p.normal_form
        weight = p.score + (1.0 if known(p) else 0.5) if is_name else 0.3 * p.score + 0.1
        hyps.append((tag.case, gender, form, weight))
    hyps += given
    if len(hyps) > 1 and not any(known(p) for p in parses(low)):
        # only guesses: «as written» is no likelier than the guesses («Сердара» may be Сердар's)
        hyps[0] = ("nomn", None, low, min(0.2, max(h[3] for h in hyps[1:])))
    if not any(h[3] > 0.5 for h in hyps[1:]):
        if surname:
            for p in parses(low):
                tag = p.tag
                if (
                    tag.POS == "ADJF"
                    and tag.number == "sing"
                    and tag.gender in ("masc", "femn")
                    and tag.case in CASES
                    and known(p)
                ):
                    form = inflect(p, {"nomn", "sing", tag.gender})
                    if form:
                        hyps.append((tag.case, tag.gender, form, 0.55))
        for end, case, gender, repl in _SURNAME_RULES:
            if low.endswith(end) and len(low) > len(end) + 2:
                # a woman's «-ая» is likelier than a man's «-ай» in the genitive
                hyps.append((case, gender, low[: -len(end)] + repl, 0.5 if end == "ая" else 0.6))
                if case == "gent" and gender == "masc":  # -ова, -ая are also a woman's nominative
                    hyps.append(("nomn", "femn", low, 0.6))
                break
    return tuple(hyps)


def _indeclinable(word: str) -> bool:
    nouns = [p for p in parses(word.lower().replace("ё", "е")) if p.tag.POS == "NOUN"]
    return all("Fixd" in p.tag for p in nouns)  # no noun reading at all («Ли»): the same


def _gender_weight(hs, gender: str) -> float:
    """An indeclinable token's best reading of `gender` or of none: «Асель Толеуова» is a
    woman and «Толеуова» her nominative (per68's probe: «Асель Толеуов» when the given name
    said nothing), while «Си», with no gendered reading, weighs the same for both."""
    return max((h[3] for h in hs if h[1] in (None, gender)), default=0.0)


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
        "Name" in p.tag.grammemes and p.tag.case == "nomn" and known(p) and p.normal_form not in _CHINESE_SURNAMES
        for p in parses(low)
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
            # an indeclinable token («Тони», «Си», «Шкрели») says nothing about the case, but
            # a woman's given name («Асель», «Айгерим») still says the surname is hers
            score = sum(
                _gender_weight(hs, gender)
                if neutral
                else max((h[3] for h in hs if _agrees(h, case, gender)), default=0.0)
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


@lru_cache(maxsize=50_000)
def surname_forms(name: str) -> frozenset[str]:
    """Every nominative a one-word person name could stand for («Бектенова» → бектенов, бектенова)."""
    return frozenset({key(h[2]) for h in _person_hypotheses(name)} | {key(name)})


# Kazakh plural endings («сарбаздар», «ақжолдықтар», «шекарашыларға»): a name takes none
KAZAKH_PLURAL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:\w{0,5})$", re.IGNORECASE)
# a possessive with a case after it («Отанына», «Елінің»): the «-ына» that looks like a
# surname's ending is a common noun's case there
KAZAKH_POSSESSIVE_CASE = re.compile(r"(?:ына|іне|ының|інің|ынан|інен|ында|інде|ымен|імен)$", re.IGNORECASE)
