"""Which language a paragraph, and an article, is written in.

py3langid (a pure-Python port of langid.py, ~0.05 ms a paragraph) restricted to
the languages a Kazakhstan news reader meets, so short Russian lines are not
called Bulgarian or Macedonian. Kazakh in Cyrillic is decided first by its own
letters (ә ғ қ ң ө ұ ү һ і): a Russian text that names «Жетісу» has a few such
words, a Kazakh text has them in a large share of its words.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

LANGUAGES = ("ru", "kk", "en", "az", "uz", "ky", "tr", "zh", "uk", "be", "tt", "de", "fr")

_KK_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYR_WORD = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_RUSSIAN_LETTER = re.compile(r"[^\W\d_А-Яа-яЁёA-Za-z]")  # Kazakh, Uzbek, Ukrainian … letters
_LATIN = re.compile("[A-Za-z]")
_MAX_LATIN_SHARE = 0.2  # a Russian paragraph naming «Kaspi.kz» or a URL is still Russian
_RUSSIAN_WORD = re.compile("[А-Яа-яЁё]{2,}")
# Short lines still ask the classifier: a Kyrgyz or Kazakh headline of five to seven words
# can lack its own letters, and the classifier's answer on a lone «НАПОМНИМ» (Ukrainian)
# is one parsing has always acted on.
_RUSSIAN_MIN_WORDS = 9
# Kazakh in the Arabic script (töte jazu: Xinjiang outlets, egemen.kz's «ar.» edition): the
# classifier, which knows no Arabic-script language here, called it Uzbek. Its own letters
# tell it: the high hamza ٴ (a word's front vowels) and ۇ ڭ ە ۋ, none of which Arabic or Persian
# write; Uyghur writes them too, but also ئ ې ۈ, which Kazakh does not.
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_KK_ARABIC = re.compile("[\u0674-\u0678\u06c7\u06ad\u06d5\u06cb]")
_UG_ARABIC = re.compile("[\u0626\u06d0\u06c8]")
# Kazakh in the Latin script: lat.egemen.kz and others print the alphabet of 2018 (á ǵ ı ń ó ú
# ý: «Premer-Mınıstr Qostanaıǵa keldi») or of 2021 (ä ğ ı ñ ö ū ü ş), which the classifier
# called Turkish. Kazakh writes «q» in a word of every few (Qazaqstan, qala, qyzmet) where
# Turkish and Turkmen never do, and letters Uzbek lacks; Uzbek marks oʻ gʻ, Azerbaijani writes ə.
_KK_LATIN_OWN = re.compile("[áǵńóúýäñūıÁǴŃÓÚÝÄÑŪ]")
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f]{2,}")
_NOT_KAZAKH_LATIN = re.compile("[əƏ\u02bb\u2018]|[oOgG]'")
# Cyrillic languages that each write letters Russian lacks (Kyrgyz ң ө ү, Ukrainian і ї є ґ,
# Belarusian ў і, Tatar җ ә, Uzbek ў қ ғ ҳ): an article with not one of them in the paragraphs
# asked is Russian whatever the classifier made of a short one («Дорога на Нарын открыта»,
# «Таможня Кыргызстана» were Kyrgyz to it; ent75).
_OWN_LETTER_CYRILLIC = frozenset({"ky", "uk", "be", "tt", "uz"})
_identifier = None
_MAX_PARAGRAPHS = 8
_SAMPLE = 300  # characters of a paragraph looked at: enough to tell, and keeps a long text cheap


def _langid():
    """The restricted classifier, loaded once per process (a few ms from the user's cache
    folder, 0.3-0.8 s when py3langid's compressed file is read: store/reading/langid_model.py)."""
    global _identifier
    if _identifier is None:
        from store.reading.langid_model import identifier

        _identifier = identifier(LANGUAGES)
    return _identifier


def _letter_count(text: str) -> int:
    """How many letters (word characters but digits and «_») `text` holds, counted by their runs:
    a string a word instead of one a letter (ingest96: 0.12 -> 0.05 ms a text over every
    paragraph's sample)."""
    return sum(map(len, _LETTERS.findall(text)))


def kazakh_share(text: str) -> float:
    """Share of Cyrillic words that hold a letter only Kazakh uses."""
    words = _CYR_WORD.findall(text)
    if not words:
        return 0.0
    return sum(1 for w in words if _KK_LETTERS.search(w)) / len(words)


def detect(text: str) -> str | None:
    """The language code of one paragraph, or None when it has too few letters to tell."""
    return _detect_sample(text[:_SAMPLE])


@lru_cache(maxsize=1024)
def _detect_sample(sample: str) -> str | None:
    """detect() of a paragraph's first _SAMPLE characters; kept for the last paragraphs
    seen, as parsing asks about a short paragraph twice (the article's language, then
    whether it is a headline in another language)."""
    letters = _letter_count(sample)
    if letters < 8:
        return None
    if _NOT_RUSSIAN_LETTER.search(sample) is None:
        # Each Kazakh test needs a letter of this class (a Cyrillic one of _KK_LETTERS, one of
        # _KK_ARABIC, one of _KK_LATIN_OWN: tests/test_ingest116_cuts.py checks each), so none holds;
        # _russian_letters_only without its first search, its letters counted once (stop 51, ingest116).
        if len(_RUSSIAN_WORD.findall(sample)) >= _RUSSIAN_MIN_WORDS and (
            len(_LATIN.findall(sample)) <= _MAX_LATIN_SHARE * letters
        ):
            return "ru"
        return _langid().classify(sample)[0]
    if kazakh_share(sample) >= 0.15 or _kazakh_arabic(sample, letters) or _kazakh_latin(sample):
        return "kk"
    if _russian_letters_only(sample):
        return "ru"
    return _langid().classify(sample)[0]


def _kazakh_arabic(sample: str, letters: int) -> bool:
    """Mostly Arabic letters, with Kazakh's own (one in twenty letters at least) and none of
    Uyghur's."""
    if len(_ARABIC_LETTER.findall(sample)) * 2 < letters or _UG_ARABIC.search(sample):
        return False
    return len(_KK_ARABIC.findall(sample)) * 20 >= letters


def _kazakh_latin(sample: str) -> bool:
    """Latin words, one in ten with a letter of Kazakh's Latin alphabets and one in fifteen
    with a «q», and no Uzbek or Azerbaijani letter."""
    words = _LATIN_WORD.findall(sample)
    if len(words) < 5 or _NOT_KAZAKH_LATIN.search(sample):
        return False
    own = sum(1 for w in words if _KK_LATIN_OWN.search(w))
    with_q = sum(1 for w in words if "q" in w or "Q" in w)
    return own * 10 >= len(words) and with_q * 15 >= len(words)


def russian_alphabet_line(text: str) -> bool:
    """Two Russian words or more and no letter of another alphabet: a line too short for the
    classifier to tell from Kyrgyz or Ukrainian (it called «Таможня Кыргызстана» and «На посту
    Кордай затор» so), which in a Russian article is the article's language. A lone word
    («НАПОМНИМ») still asks the classifier, as parsing always has."""
    return len(_RUSSIAN_WORD.findall(text)) >= 2 and _in_russian_letters(text)


def _in_russian_letters(text: str) -> bool:
    """No letter Russian lacks, and a fifth of the letters Latin at most (Uzbek or Turkish
    written in Latin without their own letters, «Chegara postida navbat», is not Russian)."""
    if _NOT_RUSSIAN_LETTER.search(text):
        return False
    return len(_LATIN.findall(text)) <= _MAX_LATIN_SHARE * _letter_count(text)


def _russian_letters_only(sample: str) -> bool:
    """Written in the Russian alphabet (a fifth of its letters Latin at most: brand names,
    addresses), in nine words or more: Russian, without asking the classifier (a quarter of
    parsing's CPU). Uzbek, Kyrgyz, Kazakh, Tatar, Ukrainian and Belarusian Cyrillic each
    use letters Russian lacks (ў қ ғ ҳ ң ө ү ә і ї є), and a paragraph of nine words or
    more has one: over every paragraph of dev, seeds, factRu and 329 fetched news pages
    (1,767 such paragraphs, 301 with some Latin) the classifier said Russian for all."""
    if _NOT_RUSSIAN_LETTER.search(sample):
        return False
    if len(_RUSSIAN_WORD.findall(sample)) < _RUSSIAN_MIN_WORDS:
        return False
    return len(_LATIN.findall(sample)) <= _MAX_LATIN_SHARE * _letter_count(sample)


def article_language(paragraphs: list[str]) -> str | None:
    """The language of most of the text (paragraphs weighted by their length).

    Only the longest paragraphs are asked (they carry most of the weight anyway),
    which keeps a long article as cheap as a short one."""
    weights: Counter[str] = Counter()
    asked = sorted(paragraphs, key=len, reverse=True)[:_MAX_PARAGRAPHS]
    left = sum(len(p) for p in asked)  # the weight of the paragraphs not asked yet
    for p in asked:
        left -= len(p)
        lang = detect(p)
        if lang:
            weights[lang] += len(p)
        if _decided(weights, left):
            break  # the rest cannot change the answer: not asked
    if not weights:
        return None
    top = weights.most_common(1)[0][0]
    return "ru" if top in _OWN_LETTER_CYRILLIC and _in_russian_letters(" ".join(asked)) else top


def _decided(weights: Counter[str], left: int) -> bool:
    """Is the leading language ahead of the next by more than all the weight left?"""
    top = weights.most_common(2)
    if not top:
        return False
    second = top[1][1] if len(top) > 1 else 0
    return top[0][1] > second + left
