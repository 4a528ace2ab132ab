"""Kazakh-language text around names: what the Russian NER model gets wrong there.

natasha's model is trained on Russian. In Kazakh articles it keeps Kazakh case endings on
names («Олжас Бектеновке» 'to Olzhas Bektenov', «Сауранбаевтың» 'Sauranbayev's'), runs a
sentence's opening connective into a name («Сонымен қатар Бейбит Исабаев» 'In addition,
B. I.'), and takes role phrases for places («Мемлекет басшысы» 'head of state'). Kazakh
names do not decline the Russian way either, so Russian case rules must not touch them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")

# Case endings a Kazakh name takes on its last word, longest first: genitive, dative,
# accusative, locative, ablative, instrumental.
CASE_ENDINGS = sorted(
    """
ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те
дан ден тан тен нан нен мен бен пен
""".split(),
    key=len,
    reverse=True,
)
# «-нко» (loc31): a Ukrainian surname in Kazakh text takes case endings too («Троценконың»)
_NAME_STEM = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|[ұу]лы|[қк]ызы|ич|вна|нко)$", re.IGNORECASE)

# Sentence openers and connectives that are capitalized at a sentence start and so look
# like the first word of a name.
DISCOURSE_WORDS = frozenset(
    """
сонымен сондай-ақ сондайақ алайда дегенмен осылайша бұдан сонымен-қатар қатар бірге бөлек ал яғни
сондықтан әрі және енді кейін бүгін кеше сол осы атап айтқанда сонда онда мұнда бұл ол
болашақта
""".split()
) | frozenset(
    # names70: the simple time adverbs (мезгіл үстеулері) a Kazakh news sentence opens with,
    # capitalized there and so glued by the model to the name after them («Ертең Асқар Мамин …»,
    # «Кеше Ерсайын Бахытұлы …»). From the grammar lists of emirsaba.org «Қазіргі заманғы қазақ
    # тілінің негізі» (p. 23, «Мезгіл үстеуі»: бүгін, былтыр, биыл, таңертең, бүрсігүні, күндіз,
    # бағана, енді, қазір, әлгінде, ежелден, кеше) and tili.softmaker.kz «Наречия времени (мезгіл
    # үстеулер) в казахском языке» (кеше, бүгін, ертең, қазір, биыл, былтыр; «кешке» of its «кешке
    # қарай», towards evening).
    """
ертең қазір биыл былтыр таңертең бүрсігүні күндіз бағана әлгінде ежелден кешке
""".split()
)

# Role nouns in their possessive form («Мемлекет басшысы», «Көлік министрі»): the phrase
# ending in one names a post, not a place or an organization.
ROLE_NOUNS = frozenset(
    """
басшысы министрі әкімі төрағасы орынбасары президенті премьер-министрі директоры депутаты
елшісі хатшысы бастығы меңгерушісі кеңесшісі өкілі спикері
""".split()
)


# the last text asked about and whether it holds a Kazakh letter at all: the passes ask of each
# span of one text in turn (~60 times a text), and in a text without one no window has one.
# One tuple, rebound whole, so that a thread reads a text with its own answer.
_LAST_TEXT: tuple = (None, False)
# loc67: the title of the article being read when the reader took the article for Kazakh
# (Article.language "kk"), else None; set by the extractor before it reads the title.
# names72: and its body when the body is short (_SHORT_BODY), else None.
_KAZAKH_TITLE: list = [None, None]

# A body this short lies inside one kazakh_context window whole: the window can tell no more
# than the article's language did, and with under fifteen words its three-word floor fails.
_SHORT_BODY = 400


def read_title_as_kazakh(title: str | None, body: str | None = None) -> None:
    """Say that `title` (this very string) is a Kazakh article's title, or None. A title of
    six words holds too few Kazakh letters for `kazakh_context` to tell («Көлік ағыны Шымкент
    – Ташкент жолында артты» has two), and the model's readings of it then go unchecked: the
    common noun «Көлік» kept as a place, «Кеден қызметкерлері Алматыда» as a person. A short
    `body` of that article likewise (names72): a one-sentence Kazakh story («Беларусьтен
    келген пойыз …») has two or three Kazakh-lettered words, and a country's ending of Russian
    letters («-тен», «-пен») went unread."""
    _KAZAKH_TITLE[0] = title
    _KAZAKH_TITLE[1] = body if body is not None and len(body) <= _SHORT_BODY else None


def holds_kazakh_letter(text: str) -> bool:
    """`KAZAKH_LETTERS.search(text) is not None`, looked for once a text: the passes that ask it of
    the whole text (kazakh_place_nouns, kazakh_stray_bodies, kazakh_case_surnames) and
    kazakh_context share the last text's answer, kept with the text itself (an object kept alive
    is never another's: `is` is exact). A Russian text was scanned whole by each in turn (stop 50,
    ingest110: ~0.009 ms a generated article a scan)."""
    global _LAST_TEXT
    last = _LAST_TEXT
    if last[0] is not text:
        last = _LAST_TEXT = (text, KAZAKH_LETTERS.search(text) is not None)
    return last[1]


def may_be_kazakh(text: str) -> bool:
    """False only when kazakh_context(text, start, end) is False wherever asked: the text is no
    Kazakh article's title or short body and holds no Kazakh letter (a pass may then skip its
    per-span reading whole; stop 50, ingest110)."""
    return text is _KAZAKH_TITLE[0] or text is _KAZAKH_TITLE[1] or holds_kazakh_letter(text)


def kazakh_context(text: str, start: int, end: int) -> bool:
    """Is the text around a span Kazakh? (a Russian text naming «Жетісу» is not): a fifth
    of the nearby words carry Kazakh letters."""
    global _LAST_TEXT
    if text is _KAZAKH_TITLE[0] or text is _KAZAKH_TITLE[1]:
        return True  # a Kazakh article's title or short body (read_title_as_kazakh)
    last = _LAST_TEXT
    if last[0] is not text:
        last = _LAST_TEXT = (text, KAZAKH_LETTERS.search(text) is not None)
    if not last[1]:
        return False  # no Kazakh letter anywhere in the text (perf56: one search a text, not a window a span)
    return _window_is_kazakh(text, max(0, start - 200), min(len(text), end + 200))


@lru_cache(maxsize=512)
def _window_is_kazakh(text: str, start: int, end: int) -> bool:
    """kazakh_context's reading of text[start:end], kept by its arguments (the answer is theirs
    alone): ~35 passes ask it of a Kazakh text's spans, and half the asks over the generated
    articles are of a window asked before (1,680 windows of 3,654 asks; stop 51, ingest119).
    The words are counted only until the floor is met, as english_bodies._english does."""
    window = text[start:end]
    if not KAZAKH_LETTERS.search(window):
        return False  # a Russian passage: one search instead of one a word
    words = window.split()
    need = max(3, len(words) // 5)
    return len(list(islice(filter(KAZAKH_LETTERS.search, words), need))) >= need


def without_case_ending(word: str) -> str:
    """«Бектеновке» → «Бектенов», «Сауранбаевтың» → «Сауранбаев», «Серікованың» →
    «Серікова»; a word whose stem would not be a surname or patronymic stays."""
    low = word.lower()
    for ending in CASE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 3 and _NAME_STEM.search(low[: -len(ending)]):
            return word[: -len(ending)]
    return word


def person_name(name: str) -> str:
    """A Kazakh-text person name as the nominative: only the last word carries a case."""
    words = name.split()
    return " ".join(words[:-1] + [without_case_ending(words[-1])]) if words else name


_OPENER_ENDINGS = ("да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке")
# kb62: the plural suffix («Тасымалдаушылар», «Жүргізушілер»): a common noun capitalised only
# because it opens the sentence, which the model glues to the name after it; a name takes no
# plural. Long words only: «Сардар», «Омар» end so and are given names.
_PLURAL_ENDINGS = ("лар", "лер", "дар", "дер", "тар", "тер")
_SHORTEST_PLURAL = 8


def a_plural_noun(word: str) -> bool:
    """Is the word a long Kazakh word in the plural («Сұрақтар», «Тасымалдаушылар»)?"""
    low = word.lower().strip(",.")
    return len(low) >= _SHORTEST_PLURAL and low.endswith(_PLURAL_ENDINGS)


def leading_discourse_words(words: list[str], is_given_name=lambda w: False) -> int:
    """How many words at the start of a span are connectives, an opening adverbial
    («Кездесуде» 'at the meeting') or a plural common noun («Тасымалдаушылар»), not a name."""
    n = 0
    while n < len(words) - 1:
        w = words[n].lower().strip(",.")
        if w not in DISCOURSE_WORDS and (
            is_given_name(words[n]) or not (w.endswith(_OPENER_ENDINGS) or a_plural_noun(w))
        ):
            break
        n += 1
    return n


# The same role nouns without their possessive («президент», «министр»), and the case
# endings a role noun takes with its possessive («төрағасының») or without («Президенттің»)
_ROLE_STEMS = frozenset(
    "басшы министр әкім төраға орынбасар президент премьер-министр директор депутат елші хатшы бастық "
    "меңгеруші кеңесші өкіл спикер".split()
)
_AFTER_POSSESSIVE = frozenset("ның нің на не н нда нде нан нен мен".split())
_AFTER_STEM = frozenset(
    "тың тің дың дің ның нің қа ке ға ге на не ты ті ды ді ны ні та те да де "
    "тан тен дан ден нан нен пен бен мен".split()
)

_AFTER_POSSESSIVE_LENGTHS = sorted({len(e) for e in _AFTER_POSSESSIVE})
_AFTER_STEM_LENGTHS = sorted({len(e) for e in _AFTER_STEM})


@lru_cache(maxsize=100_000)
def is_role_word(word: str, possessive: bool = False) -> bool:
    """«төрағасы», «Төрағасының», «Президенттің», «министрге»: a role noun in any case
    (not a surname built on one: «Орынбасаров» takes no case ending of these). With
    `possessive`, only its possessive form («X төрағасы» 'X's chairman': X owns the post).
    Cached by the word and the flag (ingest98): not_names asks it of every span's last word
    (~15 calls a text, most asked before) and the answer depends on them alone, as
    roles.is_role_word's does."""
    low = word.lower().strip(',.«»"')
    if low in ROLE_NOUNS:
        return True
    # A noun and an ending: the word cut before each length an ending has (a few set
    # look-ups, not a startswith for each of the 16 nouns and 16 stems: issue 15).
    if any(low[:-n] in ROLE_NOUNS and low[-n:] in _AFTER_POSSESSIVE for n in _AFTER_POSSESSIVE_LENGTHS):
        return True
    return not possessive and any(low[:-n] in _ROLE_STEMS and low[-n:] in _AFTER_STEM for n in _AFTER_STEM_LENGTHS)


def is_role_stem(word: str) -> bool:
    """«Әкім», «Министр»: a role noun with no ending, as a post written before a name reads."""
    return word.lower().strip(',.«»"') in _ROLE_STEMS


def is_role_phrase(words: list[str], possessive: bool = False) -> bool:
    """Does the phrase end in a role noun («Мемлекет басшысы», «Басқарма Төрағасының»)?"""
    return bool(words) and is_role_word(words[-1], possessive)


# The places a post serves, as its owner word before it: «облыс әкімі» 'the region's akim'.
PLACE_OWNERS = frozenset(
    "облыс облысы облыстың облысының аудан ауданы ауданның ауданының қала қаласы қаланың қаласының "
    "ауыл ауылы ауылдың ауылының өңір өңірдің".split()
)
# Postpositions, conjunctions and particles written apart: «Бұл туралы облыс әкімі …» 'the
# akim said of it', «X пен станция бастығы …» 'X and the station's chief': never an owner's word
# a place noun with its possessive, after the place's name: «Нұр-Сұлтан қаласы(ның)»
_NAMED_PLACE_NOUNS = PLACE_OWNERS - frozenset(
    "облыс аудан қала ауыл өңір өңірдің облыстың ауданның қаланың ауылдың".split()
)
FUNCTION_WORDS = frozenset(
    "туралы жөнінде жайында пен бен мен және әрі не немесе үшін дейін шейін соң бойынша арқылы сияқты "
    "секілді деп ретінде қарай бірге арасында ғана тек тағы да де та те бірақ биыл".split()
)
_OWNER_WORD = re.compile(r"^[\wӘҒҚҢӨҰҮҺІәғқңөұүһі-]+$")
_MAX_OWNER_WORDS = 4


def post_owner_words(words: list[str]) -> int:
    """How many words at the end of `words` are the owner of the possessive post noun that
    follows them («облыс» әкімі, «Қаржы» министрі, «Мемлекеттік кірістер комитетінің»
    төрағасы): up to four words, none a connective or an opening adverbial («Кеше»,
    «Жиында»), a punctuation mark or a number, and at least one with a Kazakh letter or a
    place owner («облыс»), so that a Russian phrase is never read so; 0 for none. A word
    before a place noun («Нұр-Сұлтан» қаласының) is that place's name, whatever it ends in."""
    n = 0
    while n < min(len(words), _MAX_OWNER_WORDS):
        w = words[-1 - n]
        low = w.lower()
        if not _OWNER_WORD.match(w) or w.isdigit() or low in DISCOURSE_WORDS or low in FUNCTION_WORDS:
            break
        named = n > 0 and words[-n].lower() in _NAMED_PLACE_NOUNS  # «Нұр-Сұлтан қаласының»: its name
        if low not in PLACE_OWNERS and not named and _an_adverbial(low):
            break
        if is_role_word(w) or is_role_stem(w):
            break
        n += 1
    owner = words[len(words) - n :]
    if not any(KAZAKH_LETTERS.search(w) or w.lower() in PLACE_OWNERS for w in owner):
        return 0
    return n


_GENITIVE_OWNER = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


def _an_adverbial(low: str) -> bool:
    """«жиында» 'at the meeting', «астанадан»: a locative or ablative after a stem of three
    letters or more (so «кеден» 'customs' is none), not a genitive owner."""
    if _GENITIVE_OWNER.search(low):
        return False
    return any(low.endswith(e) and len(low) - len(e) >= 3 for e in _OPENER_ENDINGS)
