"""The folded keys a query is looked up by: the query itself, its Russian words
without case endings («Бектенова» → «бектенов»), its pinyin read as Palladius, and a
knowledge-base abbreviation in it written out («КГД МФ РК»)."""

from __future__ import annotations

import re

from store.lang import names

VARIANT_PENALTY = 3.0  # a query rewritten (case ending stripped, pinyin) scores a little lower
HEAD_PENALTY = 1.0  # a body's name with its head put back in the nominative: the name itself, nearly sure
TRANSPOSE_PENALTY = 11.0  # a name reached by swapping two letters scores 89 at best: a span, never exact
TRANSPOSE_LETTERS = (4, 7)  # words this long lose most trigrams to one swap («Ксоак», «Tzahen»)
MAX_TRANSPOSED = 12

# a letter typed three times or more in a row: no name is spelt so, and fold() squeezes the
# run to one letter, so «zzzzqqqxx» was looked up as «zksks» and matched «DXX» at 80
_LETTER_RUN = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)

_SURNAME_CASE = re.compile(r"(ов|ев|ёв|ин|ын)(а|у|ым|ом|е|ой|ою|ых|ыми)$")
# a Russian-shaped surname with a Kyrgyz case ending («Жапаровдун», «Жапаровго»,
# «Ташиевдин»): Kyrgyz press declines names so, and without a Kyrgyz letter the word
# looks Russian. Not -ка/-га after -ов/-ин: «Михайловка», «Малиновка», «Беринга» are Russian.
_SURNAME_KYRGYZ = re.compile(
    r"(?<=\w{3})(ов|ев|ёв|ин|ын)(дун|тун|нун|дүн|түн|нүн|дын|тын|нын|дин|тин|нин|го|гө|ко|кө|до|дө|то|тө|дон|дөн|тон|төн)$"
)
_ADJECTIVE = re.compile(r"(?<=\w{3})[сц]к(ий|ая|ое|ие|ого|ому|ом|ой|ую|их|им|ими|ых|ым|ыми)$")
_NOUN_CASE = re.compile(r"(?<=\w{4})(ами|ями|ах|ях|ом|ем|ой|ей|у|ю|а|я|е|ы|и)$")
_CYR = re.compile(r"[а-яёәғқңөұүһі]")
_KAZAKH = re.compile(r"[әғқңөұүһі]")
# Kazakh case endings, longest first: genitive, dative, accusative, locative, ablative,
# instrumental (after vowels, voiced and voiceless consonants)
_KAZAKH_CASE_ENDINGS = tuple(
    sorted(
        "ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде "
        "дан ден тан тен нан нен мен бен пен".split(),
        key=len,
        reverse=True,
    )
)
_KAZAKH_MIN_STEM = 4
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")  # «КГД», (КГД) КГД, → КГД


# Kazakh endings no Russian word ends in, so a word without Kazakh letters that ends so
# is Kazakh: a case after the possessive («облысынан», «ауданында», «облысына») and the
# ablative and instrumental («Оралдан», «Атыраумен»). «-стан» is Russian (Казахстан).
_SURELY_KAZAKH = re.compile(r"(?<=\w{4})(?:ынан|ында|ымен|ына|дан|(?<!с)тан|нан|ден|тен|нен|мен|бен|пен|нда|нде)$")


def strip_case_ending(word: str, kazakh: bool = False) -> str:
    """A Russian inflected word reduced to the nominative stem names are stored with:
    «Бектенова» → «бектенов», «Хоргосское» → «хоргос», «Олжаса» → «олжас». A Kazakh
    word (Kazakh letters, an ending only Kazakh has, or `kazakh`: another word of the
    query is Kazakh) loses its Kazakh case ending instead."""
    w = word.lower()
    if not _CYR.search(w):
        return w
    m = _SURNAME_KYRGYZ.search(w)
    if m:
        return w[: m.start(2)]
    if kazakh or _KAZAKH.search(w) or _SURELY_KAZAKH.search(w):
        return _without_kazakh_ending(w)  # Russian rules would cut a Kazakh stem
    m = _SURNAME_CASE.search(w)
    if m:
        return w[: m.start(2)]
    for rule in (_ADJECTIVE, _NOUN_CASE):
        stem = rule.sub("", w)
        if stem != w:
            return stem
    return w


_SHORT_LAST = 5  # letters: a last word this short may be the second half of a name written apart


def _stems(words: list[str]) -> list[str]:
    """Each word without its case ending (_compound_stem); a short last word after
    another is cut as the two written as one («Темир Жолом» as «Темир-Жолом»: «Жолом»
    alone is too short a stem to cut). In a query with a Kazakh word (its letters or
    an ending only Kazakh has) every word takes Kazakh endings: «Ақмола облысында» is
    «ақмола облысы», not Russian «облысынд», and «Жылыой ауданында» keeps «жылыой»."""
    kazakh = any(_KAZAKH.search(w.lower()) or _SURELY_KAZAKH.search(w.lower()) for w in words)
    stems = [_compound_stem(w, kazakh) for w in words]
    if len(words) >= 2 and len(words[-1]) <= _SHORT_LAST and "-" not in words[-2] + words[-1]:
        stems[-2:] = [_compound_stem(words[-2] + "-" + words[-1], kazakh)]
    return stems


def _compound_stem(word: str, kazakh: bool = False) -> str:
    """A word's case ending cut as from the word written glued, its hyphens kept:
    «Кара-Суға» loses «ға» as «Карасуға» does (its last part alone, «Суға», is too
    short a stem to cut), so «X-Y», «X Y» and «XY» inflected meet the same stored name.
    The ending always lies inside the last part; a cut that would reach past a hyphen
    falls back to the parts cut one by one."""
    parts = [p for p in word.split("-") if p]
    if len(parts) < 2:
        return strip_case_ending(word, kazakh)
    glued = "".join(parts)
    cut = len(glued) - len(strip_case_ending(glued, kazakh))
    if cut >= len(parts[-1]):
        return " ".join(strip_case_ending(p, kazakh) for p in parts)
    return " ".join([*parts[:-1], parts[-1][: len(parts[-1]) - cut]]).lower()


def _without_kazakh_ending(word: str) -> str:
    """A Kazakh word without its case ending, the stem kept at 4+ letters: «Тарлауыққа»
    → «тарлауық», «Жаңаөзеннің» → «жаңаөзен». One ending, the longest that fits."""
    for ending in _KAZAKH_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _KAZAKH_MIN_STEM:
            return word[: -len(ending)]
    return word


def one_script_words(query: str) -> str:
    """The query with each word typed in two scripts put into one: Latin letters that look
    like Cyrillic ones in a word mostly Cyrillic become those («Хоpгоc», a Latin p and c
    typed with the keyboard switched mid-word), and Cyrillic look-alikes in a word mostly
    Latin become Latin («Khоrgos»). fold() reads a Latin «p» as «r»'s neighbour «p» and
    a Latin «c» as «ц», so such a word matched its name only loosely. A word of one
    script, or a letter with no look-alike, is left as typed."""
    return " ".join(_one_script(w) for w in query.split(" "))


def _one_script(word: str) -> str:
    cyr = sum(1 for ch in word if _CYR_ANY.match(ch))
    lat = sum(1 for ch in word if "a" <= ch.lower() <= "z")
    if not cyr or not lat:
        return word
    table = _TO_CYRILLIC if cyr >= lat else _TO_LATIN
    return "".join(table.get(ch, ch) for ch in word)


_CYR_ANY = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
# Latin letters drawn like Cyrillic ones, both cases
_TO_CYRILLIC = dict(zip("aceopxyiABCEHKMOPTX", "асеорхуіАВСЕНКМОРТХ", strict=True))
_TO_LATIN = {v: k for k, v in _TO_CYRILLIC.items()}


def initials_apart(query: str) -> str:
    """The query with an initial glued to the surname after it set apart: the press
    writes «Е.Досаев», «О.А.Бектенов», and a user copies it so; glued, the two read as
    one word and matched the person only loosely (73 for «Е.Досаев», nothing for
    «Y.Dosayev»). «г.Алматы» (a lower-case «город») is left as typed."""
    return _GLUED_INITIAL.sub(r"\1 ", query)


_GLUED_INITIAL = re.compile(r"(?<![\w.])((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яё]?\.)+)(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі])")


def without_hyphened_endings(query: str) -> str:
    """The query with each Kazakh case ending written after a hyphen dropped: Kazakh
    hyphenates an ending onto an abbreviation or a figure («ҚХР-мен», «ҰҚК-нің»,
    «ЕАЭО-ға»), and neither the abbreviation's own match (letter for letter) nor the
    ending cut of a word (a 4-letter stem at least) reads «ҚХР-мен» as «ҚХР». Only a
    lower-case ending after a part with a capital letter: «Кара-Су», «Даут-Ата» are
    names whose last part is capitalised."""
    return " ".join(_no_hyphened_ending(w) for w in query.split())


def hyphened_kinds_apart(query: str) -> str:
    """The query with a post's kind word hyphened onto its name set apart: the press
    and the border services name a post with its kind after a hyphen («Достык-
    железнодорожный», «Кайыңды-темир жол», «Chaldybar-Avtodorozhny»), and the glued
    word matches no alias (its trigrams are half kind word: «Достык-железнодорожный»
    came out as the rail post Каинды). Apart, the name is matched as a name and the
    kind word as a topic word, as in «Достык железнодорожный». «Темир»/«temir» counts
    only before «жол»/«jol»/«zhol»: «Темир-Баба» is a name."""
    words = query.split()
    out = []
    for i, word in enumerate(words):
        head, dash, tail = word.rpartition("-")
        bare = _EDGE_PUNCT.sub("", tail).lower()
        after = _EDGE_PUNCT.sub("", words[i + 1]).lower() if i + 1 < len(words) else ""
        kind = bare in _HYPHENED_KINDS or (bare in _RAIL_FIRST_WORDS and after in _RAIL_SECOND_WORDS)
        if dash and kind and len(_EDGE_PUNCT.sub("", head)) >= 3:
            word = f"{head} {tail}"
        out.append(word)
    return " ".join(out)


def joined_names_apart(query: str) -> str:
    """The query with two names joined by a hyphen or a dash set apart: the press names a
    crossing by both its posts («Достык–Алашанькоу», «Dostyk-Alashankou») or a road by
    its ends, and a user copies it glued; as one word it matched neither post (the
    longer name's trigrams took the candidates, «Достык» was in no result). Only parts
    of three letters or more: «Ак-Тилек», «Кен-Булун» keep their hyphen here, and a name
    spelt with one is searched whole first (the caller sets apart only a query whose
    whole text names nothing well). "" when no word is joined so."""
    apart = _JOINED.sub(" ", query)
    return apart if apart != query else ""


_JOINED = re.compile(r"(?<=\w{3})[-–—](?=\w{3})")


# kind words written after a post's name and a hyphen: Russian (the border services'
# «автодорожный»), Kyrgyz («автожол»), and their Latin spellings
_HYPHENED_KINDS = frozenset(
    "автомобильный автодорожный железнодорожный автожол автожолу жд ж/д "
    "avtomobilny avtomobilnyy avtomobilnyi avtodorozhny avtodorozhnyy avtodorozhnyi "
    "zheleznodorozhny zheleznodorozhnyy zheleznodorozhnyi avtozhol avtojol".split()
)
_RAIL_FIRST_WORDS = frozenset({"темир", "темір", "temir"})
_RAIL_SECOND_WORDS = frozenset({"жол", "жолу", "jol", "zhol", "joly", "zholy"})


def _no_hyphened_ending(word: str) -> str:
    head, dash, tail = word.rpartition("-")
    bare = _EDGE_PUNCT.sub("", tail)
    if dash and head and bare.islower() and bare in _HYPHENED_ENDINGS and any(ch.isupper() for ch in head):
        return head + tail[len(bare) :]
    return word


# the case endings of _KAZAKH_CASE_ENDINGS and the possessive's («ҰҚК-сы»), as written
# after a hyphen
_HYPHENED_ENDINGS = frozenset(_KAZAKH_CASE_ENDINGS) | {"сы", "сі", "ы", "і", "на", "не", "нда", "нде", "нан", "нен"}


def query_variants(query: str) -> list[tuple[str, float]]:
    """The folded keys to look a query up by, each with its score penalty: the query
    itself, its Cyrillic words without case endings, its pinyin read as Palladius, and
    its abbreviation written out (_abbreviation_expanded)."""
    base = names.fold(query)
    variants = [(base, 0.0)] if base else []
    if _CYR.search(query.lower()):
        stems = " ".join(_stems(query.split()))
        for text in [stems, *_adjective_nominatives(query, stems), *_kazakh_reading(query, stems)]:
            key = names.fold(text)
            if key and key not in {v for v, _ in variants}:
                variants.append((key, VARIANT_PENALTY))
        head = names.fold(body_head_nominative(query))
        if head and head not in {v for v, _ in variants}:
            variants.append((head, HEAD_PENALTY))
    elif query.isascii():
        palladius = names.pinyin_to_palladius(query)
        for reading in (palladius, with_countries(query), other_latin_letters(query)):
            folded = names.fold(reading) if reading else ""
            if folded and folded not in {v for v, _ in variants}:
                variants.append((folded, VARIANT_PENALTY))
    expanded = _abbreviation_expanded(query)
    if expanded and expanded not in {v for v, _ in variants}:
        variants.append((expanded, VARIANT_PENALTY))
    return _with_run_penalty(variants, query, base)


def run_excess(query: str) -> int:
    """The letters typed beyond two in a row of one letter («zzzz» → 2, «Хоргоссс» → 1):
    what fold() drops that no spelling of a name holds (a doubled letter is a spelling:
    Hassan, Жанна)."""
    return sum(len(m.group(0)) - 2 for m in _LETTER_RUN.finditer(query))


def _with_run_penalty(variants: list[tuple[str, float]], query: str, base: str) -> list[tuple[str, float]]:
    """The variants scored as if fold() had kept the letters a run squeezed out, as
    insertions: a ratio over the two keys' letters (~2 x the query key's) loses that many
    of its matches' share. A real typo keeps its name near the top («Khorgosss» →
    «Хоргос» 92), a keyboard mash drops under the bar («zzzzqqqxx» → DXX 57)."""
    extra = run_excess(query)
    if not extra or not base:
        return variants
    penalty = 100.0 * extra / (2 * len(base.replace(" ", "")) + extra)
    return [(key, p + penalty) for key, p in variants]


def other_latin_letters(query: str) -> str:
    """A Latin query with the letters other transliterations give other values read as
    the English press would write them: German «sch» is also «ж» («Schakupow»,
    «Schanybek»: fold() reads it as «ш», right for «Schymkent»), Uzbek «x» is «х»
    («Xorgos», «Xo'jaobod»: fold() reads it as «кс»). "" when the query has neither."""
    low = query.lower()
    if "sch" not in low and "x" not in low:
        return ""
    return re.sub(r"x", "kh", low.replace("tsch", "ch").replace("sch", "zh"))


def with_countries(query: str) -> str:
    """An English query with its nationality adjectives read as the country's name
    («Kazakh Railways» → «Kazakhstan Railways», «Kyrgyz border service» → «Kyrgyzstan
    border service»), as the bodies' English names and variants give them; "" when it
    has none. Typed as is, the adjective alone matched a body that holds it whole
    («Kazakh Government», 94) above the body the query names (88). A query of the
    adjective alone is left as it is: «Kazakh» is not the country."""
    words = query.split()
    if len(words) < 2:
        return ""
    out = [_COUNTRY_OF.get(w.lower(), w) for w in words]
    return " ".join(out) if out != words else ""


# English nationality adjectives and their countries' names (the neighbours and the
# states whose bodies the knowledge base holds)
_COUNTRY_OF = {
    "kazakh": "Kazakhstan",
    "kazakhstani": "Kazakhstan",
    "kyrgyz": "Kyrgyzstan",
    "kirghiz": "Kyrgyzstan",
    "uzbek": "Uzbekistan",
    "turkmen": "Turkmenistan",
    "tajik": "Tajikistan",
    "chinese": "China",
    "russian": "Russia",
}


def body_head_nominative(query: str) -> str:
    """A Russian body's name with its head noun (and the adjectives before it) put back
    in the nominative: «Министерства транспорта» → «Министерство транспорта»,
    «Пограничной службы КНБ» → «Пограничная служба КНБ». The words after the head are
    a genitive in the name itself and stay as typed, so the whole name matches letter
    for letter; cut to stems instead, the inflected name lost to a committee holding
    «Министерства транспорта» whole. "" when no word is an inflected head."""
    words = query.split()
    for i, word in enumerate(words):
        found = _HEAD_FORMS.get(word.lower())
        if found is None:
            continue
        nominative, gender = found
        out = [*(_adjective_back(w, gender) for w in words[:i]), _cased(nominative, word), *words[i + 1 :]]
        return " ".join(out)
    return ""


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _adjective_back(word: str, gender: str) -> str:
    """An adjective before an inflected head, in the head's nominative gender."""
    low = word.lower()
    for ending, by_gender in _ADJECTIVE_BACK:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            if gender not in by_gender:
                return word
            stem = word[: len(word) - len(ending)]
            return stem + _spelled(stem.lower(), by_gender[gender])[len(stem) :]
    return word


# the oblique endings of an adjective and its nominative by the head's gender (f, m, n)
_ADJECTIVE_BACK = (
    ("ой", {"f": "ая"}),
    ("ей", {"f": "яя"}),
    ("ую", {"f": "ая"}),
    ("его", {"m": "ий", "n": "ее"}),
    ("ему", {"m": "ий", "n": "ее"}),
    ("ого", {"m": "ый", "n": "ое"}),
    ("ому", {"m": "ый", "n": "ое"}),
    ("ым", {"m": "ый", "n": "ое"}),
    ("ом", {"m": "ый", "n": "ое"}),
)


def _head_forms(nominative: str, gender: str, endings: str) -> dict[str, tuple[str, str]]:
    stem = nominative[:-1] if gender in "fn" else nominative
    return {stem + e: (nominative, gender) for e in endings.split()}


# the head nouns of bodies' Russian names, in their oblique cases → (nominative, gender)
_HEAD_FORMS: dict[str, tuple[str, str]] = {
    **_head_forms("министерство", "n", "а у ом е"),
    **_head_forms("агентство", "n", "а у ом е"),
    **_head_forms("управление", "n", "я ю ем и"),
    **_head_forms("комитет", "m", "а у ом е"),
    **_head_forms("департамент", "m", "а у ом е"),
    **_head_forms("служба", "f", "ы е у ой"),
    **_head_forms("палата", "f", "ы е у ой"),
}


def _kazakh_reading(query: str, stems: str) -> list[str]:
    """A one-word query read as Kazakh too, when the Russian reading cut it otherwise:
    «Астанада» (in Astana) has no Kazakh letter and an ending Russian words have
    («-ада»: «ограда»), so it is cut as Russian («астанад»); its Kazakh stem
    «астана» is a name. One word only: a phrase's other words tell its language."""
    words = query.split()
    if len(words) != 1:
        return []
    word = words[0].lower()
    kazakh = _compound_stem(words[0], kazakh=True)
    ending = word[len(kazakh) :] if word.startswith(kazakh) else ""
    if ending not in _AFTER_VOWEL or kazakh[-1:] not in _VOWELS or kazakh == stems:
        return []
    return [kazakh]


# Kazakh case endings that follow a stem ending in a vowel («Астана-да», «Астана-ны»);
# «Тажена» is Russian (Тажен's genitive), not «таже» with the dative «-на» a vowel stem never takes
_AFTER_VOWEL = frozenset("ның нің ға ге ны ні да де дан ден мен".split())
_VOWELS = frozenset("аеиоуыэюяәөұүі")


# An adjective in an oblique case that only an adjective takes (genitive, dative,
# accusative feminine), and the nominatives it may come from: «Тёплого» is «Тёплый» or
# «Тёплое», «Целинного» «Целинный», «Аксарайскую» «Аксарайская». (-ским/-ской and the
# like are cut to the stem by _ADJECTIVE, which «Хоргосское» needs.)
# After -ск-/-цк- also the cases other adjectives share with nouns: «Беляевском районе»
# is «Беляевский район», «Оренбургской области» «Оренбургская область».
_OBLIQUE_ADJECTIVE = re.compile(r"(?<=\w{3})(ого|его|ому|ему|ую|юю)$|(?<=\w{2}[сц]к)(ом|им|ой)$")
_NOMINATIVES = {
    "ого": ("ый", "ое"),
    "его": ("ий", "ее"),
    "ому": ("ый", "ое"),
    "ему": ("ий", "ее"),
    "ую": ("ая",),
    "юю": ("яя",),
    "ом": ("ий", "ое"),
    "им": ("ий", "ое"),
    "ой": ("ая",),
}


def adjective_nominatives(word: str) -> list[str]:
    """An adjective in an oblique case put back in the nominative, one form per gender
    its ending allows («беляевского» → «беляевский», «беляевское»); [] for any other word."""
    w = word.lower()
    m = _OBLIQUE_ADJECTIVE.search(w)
    if not m or _KAZAKH.search(w):
        return []
    return [_spelled(w[: m.start()], end) for end in _NOMINATIVES[m.group(1) or m.group(2)]]


def _spelled(stem: str, ending: str) -> str:
    """«ы» is written «и» after к, г, х and the hushing letters: «беляевский», not «-скый»."""
    return stem + ("и" + ending[1:] if ending.startswith("ы") and stem[-1:] in "кгхжшчщ" else ending)


def _adjective_nominatives(query: str, stems: str) -> list[str]:
    """The stemmed query with its oblique adjectives put back in the nominative, one text
    per gender the ending allows (at most two): a stored name is nominative, and cut
    to the stem («тепл») it is too far from «Тёплое» to be found within a topic query."""
    query_words = query.lower().split()
    found = [(i, w, forms) for i, w in enumerate(query_words) if (forms := adjective_nominatives(w))]
    if not found:
        return []
    out = []
    aligned = len(stems.split()) == len(query_words)  # else the last two words were cut as one
    for gender in range(2):
        words = stems.split()
        changed = False
        for i, word, forms in found:
            at = i if aligned else (words.index(word) if word in words else -1)
            if gender < len(forms) and at >= 0:
                words[at] = forms[gender]
                changed = True
        if changed:
            out.append(" ".join(words))
    return out


def _abbreviation_expanded(query: str) -> str:
    """The folded query with its first knowledge-base abbreviation written out, when
    other words follow or precede it: «КГД МФ РК» → «komitet gosudarstvenih dohodov
    ministerstva finansov mf rk», so the body's stored full names match, not only the
    abbreviation. A lone abbreviation is left to the knowledge-base rows (search_kb)."""
    words = query.split()
    if len(words) < 2:
        return ""
    # imported here: search_kb builds on alias_index, which imports this module
    from store.search.search_kb import abbreviation_names

    table = abbreviation_names()
    for i, word in enumerate(words):
        name = table.get(_EDGE_PUNCT.sub("", word).lower().replace("ё", "е"))
        if name:
            return " ".join(k for k in [*map(names.fold, words[:i]), name, *map(names.fold, words[i + 1 :])] if k)
    return ""


def transposed_variants(query: str) -> list[tuple[str, float]]:
    """The folded query with two neighbouring letters of its word swapped, one key per
    swap, each at TRANSPOSE_PENALTY: «Тжаен» → «tajen» (Тажен). For a one-word query of
    4–7 letters, where one swap leaves too few trigrams shared with the name for the
    trigram index to offer it («тж», «жа» are new, «та», «аж» lost). Looked up only
    when the query as typed matched nothing well (alias_index.AliasIndex.ranked_match)."""
    word = query.strip()
    if " " in word or not (TRANSPOSE_LETTERS[0] <= len(word) <= TRANSPOSE_LETTERS[1]) or not word.isalpha():
        return []
    base = names.fold(word)
    out: dict[str, float] = {}
    for i in range(len(word) - 1):
        if word[i].lower() == word[i + 1].lower():
            continue
        key = names.fold(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        if len(key) == len(base) and key != base:  # «Task» swapped to «aTsk» folds to «ak»: no such typo
            out.setdefault(key, TRANSPOSE_PENALTY)
    return _with_run_penalty(list(out.items())[:MAX_TRANSPOSED], word, base)
