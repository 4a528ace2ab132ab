"""A span's canonical name: the nominative of a person, place or organization as the text
writes it (Kazakh names, quoted titles, streets, plural towns), and the word tests the
naming and the passes share (given names, surnames, patronymics, dictionary readings).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.lang import kazakh, kb
from store.lang.kazakh import kazakh_context
from store.lang.normalize import (
    from_dictionary,
    given_names,
    match_case,
    parses,
    person_nominative,
    phrase_nominative,
    without_legal_form,
)
from store.lang.persons import kazakh_undeclined_name
from store.lang.places import (
    in_vowel_yot,
    kind_spelled_out,
    lake_town_nominative,
    neuter_nominative,
    place_nominative,
)
from store.lang.wordlists import words

# Nouns that name a kind of place: the capitalized word after them belongs to them,
# not to a person span that follows («области Жетісу Бейбит Исабаев»).
PLACE_NOUNS = words("place_nouns")


PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}


PROPER_PERSON = {"Name", "Surn", "Patr"}


_STREET_WORD = re.compile(
    r"\b(?:улиц[аеуы]|ул\.|проспект[аеу]?|пр-т|пр\.|переул(?:ок|ке|ка)|бульвар[аеу]?|площад(?:ь|и)|"
    r"шоссе|набережн(?:ая|ой|ую))\s+$",
    re.IGNORECASE,
)


def _names_a_street(full: str, s: NerSpan) -> bool:
    """«улица Горького», «проспект Вернадского», «улице Абая»: a street named after a
    person keeps the genitive it is named with (it is no «Горький»). A name that is an
    adjective agrees with the street word instead («на улице Тверской» → Тверская)."""
    if not after_street_word(full, s):
        return False
    return not any(p.tag.POS in ("ADJF", "PRTF") for w in s.text.split() for p in parses(w)[:2])


def after_street_word(full: str, s: NerSpan) -> bool:
    return bool(_STREET_WORD.search(full[max(0, s.start - 20) : s.start]))


# Surnames of the region's naming pattern and patronymics («Бектенов», «Исабаева»,
# «Касымович», «Нурланұлы»). In Kazakh-language text the Russian model runs a name into
# the words after it («Олжас Бектенов Көлік министрлігіне»): a name ends at its surname
# unless a patronymic follows.
SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)$")


PATRONYMIC = re.compile(r"(?:вич|вна|ична|[ұу]лы|[қк]ызы)$", re.IGNORECASE)
_KAZAKH_PATRONYMIC = re.compile(r"(?:[ұу]лы|[қк]ызы)$")


def is_first_name(word: str) -> bool:
    """A given name in the nominative: on the name list, or the dictionary's first reading."""
    if word.lower().replace("ё", "е") in given_names():
        return True
    p = parses(word)
    return bool(p) and "Name" in p[0].tag.grammemes and p[0].tag.case == "nomn"


def is_surname(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in parses(word)[:3])


def kazakh_surname_shape(word: str) -> bool:
    """A surname Russian leaves undeclined: «Сатыбалды», «Жаксыбекұлы», or a given name with
    the Kazakh possessive «-ы/-і» («Бекмухамбеты» from «Бекмухамбет»)."""
    low = word.lower()
    if low[-1:] not in ("ы", "і"):
        return False  # every shape below ends so: the cheap test first (issue 15)
    return kazakh_undeclined_name(low) or bool(_KAZAKH_PATRONYMIC.search(low)) or is_first_name(word[:-1])


def nominative_in(memo: dict, s: NerSpan, case_hint: str | None, full: str, kazakh_article: bool = False) -> str:
    """normalized_name(s, case_hint, full) kept in `memo` (one text's: the passes' context).
    A place's name is asked three times a text (the name sets, the bodies of states, the
    mentions) and each is a chain of pymorphy2 look-ups; it depends on the span, the hint
    and the text only."""
    k = (s, case_hint, kazakh_article)
    name = memo.get(k)
    if name is None:
        name = memo[k] = normalized_name(s, case_hint, full, kazakh_article)
    return name


def _short_kazakh_text(full: str, s: NerSpan, kazakh_article: bool) -> bool:
    """A Kazakh article's text that lies wholly inside kazakh_context's window around the span
    (200 characters either side): too few words to count. A longer Kazakh article quoting a
    Russian sentence («… с Андреем …») is left to kazakh_context, which reads that passage."""
    return kazakh_article and s.start <= 200 and len(full) - s.end <= 200


# An initial glued to the surname («А.Смаилов», «Л.Н.Гумилев»): the references write «А.
# Смаилов» (dev) and keep initials glued to each other («А.Н. Чилингаров», factRu) (loc31)
_GLUED_INITIAL = re.compile(r"(?<!\w)([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


def normalized_name(s: NerSpan, case_hint: str | None, full: str | None = None, kazakh_article: bool = False) -> str:
    """The span's name in the nominative. A person in an article the reader took for Kazakh
    (`kazakh_article`) whose whole text is too short for kazakh_context's count is named the
    Kazakh way (ent79: «Росси мырза келді.» alone had become «Росся»)."""
    text = " ".join(s.text.split())
    if s.type == "person":
        text = _GLUED_INITIAL.sub(r"\1 ", text)
        if full is not None and (_short_kazakh_text(full, s, kazakh_article) or kazakh_context(full, s.start, s.end)):
            return _given_name_first(kazakh.person_name(text))  # Kazakh names do not decline the Russian way
        return _given_name_first(person_nominative(text, case_hint))
    if s.type == "organization" and (bare := abbreviation_without_ending(text)) != text:
        text = bare
        if " " not in text:
            return text
    if full is not None and quoted_nominative(full, s):
        return text
    if s.type == "organization" and full is not None and _quoted_before_legal_form(full, s):
        return text  # «"Нұр Логистика" ЖШС»: the form after the quotes is the name's kind, the name is as printed
    if s.type == "location" and (spelled := kind_spelled_out(text)):
        return phrase_nominative(spelled)  # «Туркестанской обл.» → «Туркестанская область»
    if s.type == "organization" and (bare := without_legal_form(text)) != text:
        return bare  # the quotes held the name as it is written: it is not declined
    if s.type == "location" and full is not None and _names_a_street(full, s):
        return text
    if s.type == "location" and (known := place_nominative(text)):
        return known
    if s.type == "location" and full is not None and _named_by_nominative_noun(full, s):
        return text
    if s.type == "location" and not _in_dictionary(text) and (neuter := neuter_nominative(text) or in_vowel_yot(text)):
        return neuter
    if s.type == "location" and not _in_dictionary(text) and (lake := lake_town_nominative(text)):
        return lake
    if s.type == "location" and (place := _place_reading_nominative(text, full, s.start)):
        return place
    if s.type == "location" and full is not None and (soft := _soft_sign_town(text, full, s.start)):
        return soft
    if s.type == "organization" and (firm := _firm_nominative(text)):
        return firm
    name = phrase_nominative(text)
    if s.type == "organization":
        name = _one_states_body(name)
    return name[:1].upper() + name[1:]


# org91: an abbreviation or a run-together name with a Kazakh case or derivational ending after
# a hyphen («КГД-шы», «ҚТЖ-ның», «ЕАЭС-ке», «МКД-дағы», «ҚазАвтоЖол-дың»), or a Russian one
# («ЕАЭС-а», «КТЖ-ом»). Kazakh text's own naming drops the ending; a Russian sentence quoting a
# Kazakh form (a press release translated in part) kept it, and the body became a second one
# named «КГД-шы». The word before the hyphen holds two capitals or more, so a name whose second
# part is a word of its own («Ак-жол», «Ro-ro») is left; the ending is lower case, so
# «КТЖ-Грузовые перевозки» is too.
_ABBREVIATION_ENDING = re.compile(
    r"(?<![\w-])([\w]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w]*)-"
    r"(?:[нндт][ыі]ң|[ғгқк][аеә]|[нндт][аеә]|н?[дт][аеә]н|[мбп][еә]н|[нндт][ыі]|н?[дт][аеә]ғы|н?[дт][еә]гі|"
    r"ш[ыі]|[лдт][ыі]қ|[лдт][іи]к|[лдт][аеә]р|[лдт][еә]р|а|е|у|ом|ов|ам|ах)(?![\w-])"
)


def abbreviation_without_ending(name: str) -> str:
    """`name` with the case ending after an abbreviation's hyphen dropped («КГД-шы» → «КГД»)."""
    if "-" not in name:
        return name
    return _ABBREVIATION_ENDING.sub(r"\1", name)


# org87: words a Russian-written firm's name ends with, borrowed from English («Логистик»,
# «Групп», «Транс Сервис»; lexicon/firm_name_words.txt), and the endings a Russian sentence
# puts on them («у Сарыагаш Транс Сервиса», «с Казлогистик Групп» stays)
_FIRM_NAME_WORDS = words("firm_name_words")
_FIRM_WORD_CASE = re.compile(r"(?:а|у|ом|е|ы)$")


def firm_word_nominative(word: str) -> str | None:
    """`word` as printed in the nominative if it is a firm's borrowed last word, else None."""
    bare = word.strip('.,:;!?»"')
    if bare.lower() in _FIRM_NAME_WORDS:
        return bare
    cut = _FIRM_WORD_CASE.sub("", bare)
    return cut if cut != bare and cut.lower() in _FIRM_NAME_WORDS else None


# org104: one run-together word of a place's or founder's stem and a business tail
# («Евразтранзита», «Жетысуавтотранса», «Шымкентпиво»; lexicon/firm_compound_tails.txt)
_FIRM_COMPOUND_TAILS = words("firm_compound_tails")
_ONE_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
_STEM_BEFORE_TAIL = 3  # «Транс», «Автотранс» aside, the glued stem is a name's own


def firm_compound_nominative(word: str) -> str | None:
    """«Евразтранзита» → «Евразтранзит»: `word` as printed in the nominative if it is one
    capitalized word ending (maybe under a case ending) in a firm's business tail after a
    stem of its own, else None. A word the model read as a place or person (the stem is
    often a town's) is a firm when this answers."""
    bare = word.strip('.,:;!?»"')
    if not _ONE_WORD.fullmatch(bare):
        return None
    for stem in (bare, _FIRM_WORD_CASE.sub("", bare)):
        low = stem.lower()
        if any(low.endswith(t) and len(low) - len(t) >= _STEM_BEFORE_TAIL for t in _FIRM_COMPOUND_TAILS):
            return stem
    return None


def _firm_nominative(text: str) -> str | None:
    """«Сарыагаш Транс Сервиса» → «Сарыагаш Транс Сервис»: a firm's name of capitalized words
    ending in a borrowed business word declines its last word only; the words before stay as
    printed (phrase_nominative read «Сарыагаш» and «Казлогистик» as plurals' genitives and
    gave «Сарыагаши», «Казлогистики»)."""
    words_ = text.split()
    if len(words_) == 1:
        return firm_compound_nominative(text)
    if not 2 <= len(words_) <= 4 or not all(w[:1].isupper() for w in words_):
        return None
    last = firm_word_nominative(words_[-1])
    return " ".join([*words_[:-1], last]) if last is not None else None


def _one_states_body(name: str) -> str:
    """«правительства КР» (read from «между правительствами КР и РК»): a body's plural head
    followed by nothing but one state names that state's one body, «Правительство КР»; the
    head and the adjectives before it go to the singular. Any other plural («акиматы
    областей») is left as the text says it."""
    toks = name.split(" ")
    head = next((i for i, t in enumerate(toks) if _plural_noun(t)), None)
    if head is None or not 1 <= len(toks) - head - 1 <= 2:
        return name
    if not kb.state_printed_after(name, len(" ".join(toks[: head + 1]))):
        return name
    noun = _plural_noun(toks[head])
    gender = noun.tag.gender if noun.tag.gender in ("masc", "femn", "neut") else None
    lead = [_singular(t, {"sing", "nomn", gender} - {None}, ("ADJF", "PRTF")) for t in toks[:head]]
    one = _singular(toks[head], {"sing", "nomn"}, ("NOUN",))
    if one is None or None in lead:
        return name
    return " ".join([*lead, one, *toks[head + 1 :]])


# Head nouns (lemmas) of one state's single body: «власти России», «таможенные органы
# Казахстана» stay plural, whatever state follows.
_ONE_BODY_HEADS = (
    words("org_head_nouns")
    | words("parent_body_heads")
    | {"правительство", "акимат", "управление", "департамент", "ведомство", "парламент", "таможня"}
)


@lru_cache(maxsize=50_000)
def _plural_noun(word: str):
    """The plural nominative reading of `word` if it is a body's head noun, or None. Kept per
    word (ingest113): every word of every body's name is asked, each time its name is (its
    readings' tags read through pymorphy2's Python-level properties); the answer is a pure
    function of the word (the readings are the process's dictionary's, the heads fixed)."""
    for p in parses(word):
        if p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn" and p.normal_form in _ONE_BODY_HEADS:
            return p
    return None


def _singular(word: str, grammemes: set, pos: tuple[str, ...]) -> str | None:
    """`word` (a plural nominative of part of speech `pos`) in `grammemes`, as printed."""
    for p in parses(word):
        if p.tag.POS in pos and p.tag.number == "plur" and p.tag.case == "nomn":
            form = p.inflect(grammemes)
            if form is not None:
                return match_case(word, form.word)
    return None


# Kinds of place a name stands in apposition to: «архипелаг Хабомаи», «острова Хабомаи».
_GEO_KIND_NOUNS = PLACE_NOUNS | words("geo_kind_nouns")


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_LOWER_WORD_BEFORE = re.compile(r"([а-яё]+)\s+$")


def _named_by_nominative_noun(full: str, s: NerSpan) -> bool:
    """«Японии принадлежат архипелаг Хабомаи», «островов Хабомаи»: after a kind of place
    in the nominative or the plural, a one-word name the dictionary does not know is
    written in its own form; the guesser would decline it («Хабомая»)."""
    if " " in s.text.strip() or any(from_dictionary(p) for p in parses(s.text)):
        return False
    m = _LOWER_WORD_BEFORE.search(full[max(0, s.start - 20) : s.start])
    if not m:
        return False
    kinds = [p for p in parses(m.group(1)) if p.tag.POS == "NOUN" and p.normal_form in _GEO_KIND_NOUNS]
    written = m.group(1).replace("ё", "е")
    return bool(kinds) and all(p.normal_form == written or p.tag.number == "plur" for p in kinds)


_PLURAL_LOCATIVE = re.compile(r"^([А-ЯЁ][а-яё-]+?)([кгхжшчщ]?)(ах|ях)$")


_LOCATIVE_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|о|об|при)\s+$", re.I)


def _place_reading_nominative(word: str, full: str | None, start: int) -> str | None:
    """One word named as a place: its dictionary place reading wins over a surname
    («в Бутове» → Бутово, not Бутов); an unknown word in -ах/-ях after a place
    preposition is a plural town («в Васюках» → Васюки, not the guessed «Васюкахи»)."""
    if " " in word:
        return None
    ps = parses(word)
    geo = next((p for p in ps if from_dictionary(p) and "Geox" in p.tag.grammemes), None)
    if geo is not None:
        if ps[0] is geo:
            return None  # the usual path reads it so already
        form = geo.inflect({"nomn"})
        return match_case(word, form.word) if form else None
    m = _PLURAL_LOCATIVE.match(word)
    after_preposition = full is not None and _LOCATIVE_PREPOSITION_BEFORE.search(full[max(0, start - 5) : start])
    if m and after_preposition and not any(from_dictionary(p) for p in ps):
        stem, soft = m.group(1) + m.group(2), m.group(3) == "ях" or m.group(2)
        return stem + ("и" if soft else "ы")
    return None


# A foreign town in -нь the dictionary does not know («Сиань», «Тяньцзинь») declines as a
# masculine noun: «из Сианя», «с Сианем». The ending alone does not tell it from a nominative
# («Таня»); the preposition does — one that wants the genitive before -ня, the instrumental
# before -нем; a second such town after «и» shares the first one's preposition («из Шэньчжэня и
# Тяньцзиня») (ent76: «из Сианя» came out as «Сианя»).
_GENITIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:из|от|до|около|возле|близ|у)\s+(?:[А-ЯЁ][а-яё]*[аеиоуэюяь]ня\s+и\s+)?$", re.I
)
_INSTRUMENTAL_BEFORE = re.compile(r"(?:^|\s)(?:с|со|между|над|под|перед)\s+$", re.I)
# names71: «к Сианю», «по Тяньцзиню» — the dative of such a town after «к» or «по»
_DATIVE_BEFORE = re.compile(r"(?:^|\s)(?:к|ко|по)\s+(?:[А-ЯЁ][а-яё]*[аеиоуэюяь]ню\s+и\s+)?$", re.I)
_SOFT_GENITIVE = re.compile(r"^([А-ЯЁ][а-яё]*[аеиоуэюяь]н)я$")
_SOFT_INSTRUMENTAL = re.compile(r"^([А-ЯЁ][а-яё]*[аеиоуэюяь]н)ем$")
_SOFT_DATIVE = re.compile(r"^([А-ЯЁ][а-яё]*[аеиоуэюяь]н)ю$")


def _soft_sign_town(word: str, full: str, start: int) -> str | None:
    """«Сианя» after «из» → «Сиань»: an unknown one-word town in -нь in the genitive, the
    instrumental or the dative its preposition asks for; None for any other word."""
    before = full[max(0, start - 40) : start]
    m = (
        (_GENITIVE_BEFORE.search(before) and _SOFT_GENITIVE.match(word))
        or (_INSTRUMENTAL_BEFORE.search(before) and _SOFT_INSTRUMENTAL.match(word))
        or (_DATIVE_BEFORE.search(before) and _SOFT_DATIVE.match(word))
    )
    if not m or _in_dictionary(word):
        return None
    return m.group(1) + "ь"


def _in_dictionary(word: str) -> bool:
    return any(from_dictionary(p) for p in parses(word))


def _given_name_first(name: str) -> str:
    """«Жумангарин Серик (Макашевич)», as lists and protocols print names → «Серик
    (Макашевич) Жумангарин», the order the press uses, so both spellings are one entity."""
    words = name.split()
    if len(words) not in (2, 3) or not SURNAME.search(words[0]) or is_first_name(words[0]):
        return name
    if not is_first_name(words[1]) or (len(words) == 3 and not PATRONYMIC.search(words[2])):
        return name
    return " ".join(words[1:] + words[:1])


# letters Kazakh writes only in Russian loans: a quoted word holding one may be a Russian
# word in a Russian case even inside a Kazakh sentence
_RUSSIAN_ONLY_LETTERS = re.compile(r"[ёщъэЁЩЪЭ]")


def quoted_nominative(text: str, s: NerSpan) -> bool:
    """«Вести», «Ведомости», «Известия»: a one-word title in quotes that reads as a
    nominative is written as its name (not «Весть», «Ведомость»)."""
    if " " in s.text or s.start == 0 or text[s.start - 1] not in '«"“„' or text[s.end : s.end + 1] not in '»"”“':
        return False
    if kazakh_context(text, s.start, s.end) and not _RUSSIAN_ONLY_LETTERS.search(s.text):
        return True  # a Kazakh sentence's quoted name is not declined the Russian way («Мерей», not «Меря»; kz55)
    if _kind_noun_before(text, s.start - 1) and not any(_a_common_word(p) for p in parses(s.text)):
        return True  # «телеканал «Алау»»: the kind noun takes the case, a name no common word's form stays
    nouns = [p for p in parses(s.text) if p.tag.POS == "NOUN"]
    return bool(nouns) and any(p.tag.case == "nomn" and p.score >= nouns[0].score - 1e-9 for p in nouns)


# org99: a legal form right after a quoted name's closing quote, Kazakh or Latin («"Нұр Логистика"
# ЖШС», «"Нұр Логистика" ЖШС-і»)
_LEGAL_FORM_AFTER_QUOTE = re.compile(r"[»\"”“][ \t]+(?:ЖШС|ЖШҚ|ЖАҚ|АҚ|ААҚ|КеАҚ|LLP|JSC)(?![\w])")


def _quoted_before_legal_form(text: str, s: NerSpan) -> bool:
    """Is the span a name wholly in quotes with a legal form after them? The quotes hold the
    name as it is written: it is not declined («Нұр Логистика» had become «Нұр Логистик»)."""
    if s.start == 0 or text[s.start - 1] not in '«"“„':
        return False
    return bool(_LEGAL_FORM_AFTER_QUOTE.match(text, s.end))


# org82: the kind nouns a quoted name stands in apposition to (an outlet's, a firm's): the noun is
# declined, the name in quotes is printed in the nominative («сообщил телеканал «Алау»» had
# become «Алаа», read as the dative of a noun the dictionary guessed). A word the dictionary knows
# as a common word is still read by its case («газета «Родины»» → «Родина», tests/test_extract.py);
# one it knows only as a person's name («Алау», a given name to it) or not at all is not.
_APPOSITION_KINDS = frozenset(
    "телеканал газета издание журнал агентство портал сайт радиостанция телерадиокомпания"
    " компания корпорация фирма холдинг концерн".split()
)
_WORD_BEFORE_QUOTE = re.compile(r"([а-яё]+)[ \t\u00a0]+$")


def _a_common_word(p) -> bool:
    """Is parse `p` the dictionary's, of a word other than a person's name?"""
    return from_dictionary(p) and not ({"Name", "Surn", "Patr"} & set(p.tag.grammemes))


def _kind_noun_before(text: str, quote: int) -> bool:
    """Is the word right before the opening quote at `quote` one of _APPOSITION_KINDS, in lower case?"""
    m = _WORD_BEFORE_QUOTE.search(text, max(0, quote - 30), quote)
    return bool(m) and any(p.tag.POS == "NOUN" and p.normal_form in _APPOSITION_KINDS for p in parses(m.group(1))[:2])


_FEMININE_NOMINATIVE_SURNAME = re.compile(r"[а-яё](?:ова|ева|ёва|ина|ына)$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([а-яё]+)(?![\w-])")


def feminine_subject(text: str, s: NerSpan, name: str) -> str:
    """The name as printed when a woman is the subject of the past-tense verb right after it
    («Нодира Салимова провела», «Салимова сообщила»): a surname in «-ова/-ина» reads as a
    man's genitive too, and a given name the dictionary does not know («Нодира») tips the
    name to «Нодир Салимов» (per66's held out: «Нигора Юсупова … Юсупова» gave a «Юсупов»).
    `name` (the nominative the reader chose) is kept unless it dropped that ending."""
    printed = " ".join(s.text.split())
    if name == printed or not _FEMININE_NOMINATIVE_SURNAME.search(printed) or "." in printed:
        return name
    m = _WORD_AFTER.match(text, s.end)
    if not m or not _feminine_past_verb(m.group(1)):
        return name
    words = printed.split()
    if len(words) > 2 or (len(words) == 2 and not _a_womans_given_name(words[0])):
        return name
    return printed


def _a_womans_given_name(word: str) -> bool:
    """A given name ending as a woman's does, which the dictionary does not know as a man's
    in an oblique case («Юрия Федутинова заняла …»: the verb's subject comes after)."""
    if not word.endswith(("а", "я")):
        return False
    return not any(
        from_dictionary(p) and "Name" in p.tag.grammemes and p.tag.gender == "masc" and p.tag.case != "nomn"
        for p in parses(word)
    )


def _feminine_past_verb(word: str) -> bool:
    """«провела», «сообщила»: a verb in the past tense agreeing with a woman."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.gender == "femn" for p in parses(word))
