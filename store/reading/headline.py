"""Which header lines cannot be a page's headline, whatever their length.

Above a story a page prints its site's logo and slogan, a menu, breadcrumbs, a tag
line, a poll, a search box and photo captions; several of them are headline-shaped
(a few capitalized words without a final period). Each rule below looks at a shape
that headlines do not have: separators between menu items, a hash sign, a domain,
a row where nearly every word is capitalized, a question put to the reader, a caption
crediting a photo, a list bullet, a line of figures.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.reading import furniture as fu
from store.reading import masthead, outlets
from store.reading.dates import rubric_date

_SEPARATED = re.compile(r"\s[|•·>»]\s|\s/\s.*\s/\s|^[^/]{1,30}\s/\s[^/]{1,30}$")
# Breadcrumbs whose separators were lost in the copy («ДомойГлавные новостиПоезда …»): a lower-case
# letter glued to a capital in two or more words (one such word is a name like «КазАвтоЖол»).
_GLUED = re.compile(r"[а-яёәғқңөұүһі][А-ЯЁӘҒҚҢӨҰҮҺІ]")
# A trail that opens with the home link glued to the next crumb («ДомойНовостиПроишествия<headline>»):
# one long word, so the count of glued words above misses it.
_HOME_CRUMB = re.compile(r"^(?:Домой|Главная|Басты бет|Башкы бет|Bosh sahifa|Home)(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
# A site's tagline over its pages: «Новости Актау и Мангыстау», «Ақтау және Манғыстау жаңалықтары».
_TAGLINE = re.compile(r"(?i)^(?:(?:все|последние)\s+)?новости\s+[^\W\d_]|жаңалықтары$|jańalyqtary$|yangiliklari$")
# A Kazakh byline's job at the end of the line («Атырау облысы бойынша меншікті тілші»).
_JOB_END = re.compile(r"(?i)(?:меншікті|арнаулы|өз)?\s*тілші(?:сі)?$")
_BULLET = re.compile(r"^\s*[•·▪►▶→←*]\s*|^\s*[-–—]\s+")
_READER = re.compile(r"(?i)(?<!\w)(?:вы|вас|вам|ваш\w*|сіз\w*|сен|you|your)(?!\w)")
_CAPTION = re.compile(
    r"(?i)(?:^|[\s,(])(?:фото|photo|сурет|иллюстративное фото|скриншот)\s*(?:[-–—:©]|из\s+архива|автора)|"
    r"\b(?:Новости|жаңалықтары?)\s+\S+\s+от\s+\d"
)
# A byline's job description («Собственный корреспондент по Алматинской области»).
_JOB = re.compile(
    r"(?i)^(?:(?:собственн|специальн|главн|выпускающ|шеф)\w*\s+)?(?:корреспондент|редактор|обозреватель|журналист|тілші|"
    r"фотокорреспондент|автор)\w*\b"
)
# Words of a site's slogan («РИА56 — новости Оренбурга», «Түркістан — қоғамдық-саяси апталық»).
_MEDIA_WORD = re.compile(
    r"(?i)(?<!\w)(?:новост\w*|жаңалық\w*|газет\w*|апталық|портал\w*|издани\w*|агентств\w*|журнал\w*|ақпарат\w*|news|"
    r"телеканал\w*|радио|басылым\w*)(?!\w)"
)


# A story line's banner over its pages («Паводки в Казахстане: хроника событий 2026», «Х: мирные переговоры
# 2025»): a topic, a colon, a subtopic and a bare year with no preposition before it («… в 2025» is a headline).
_STORY_LINE = re.compile(r"^[^:]{3,80}:\s[^:]{3,80}\s(\w+)\s(?:19|20)\d\d$")
_BEFORE_YEAR = frozenset("в во на до к ко за с со по от из и год году года г".split())


def _story_line(s: str) -> bool:
    m = _STORY_LINE.match(s)
    return bool(m) and m[1].lower() not in _BEFORE_YEAR


# «В Омске среда, 24 Апреля»: the site's clock of today with its city, a weekday and a day and
# month; no headline is that short with a weekday and a date in it (facts43: kvnews.ru's
# title was this line).
_TODAY_LINE = re.compile(
    r"(?i)\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|сәрсенбі|"
    r"бейсенбі|жұма|сенбі|жексенбі)\b,?\s+\d{1,2}\s+[^\W\d_]+(?:\s+\d{4})?\s*$"
)


def is_list_item(line: str) -> bool:
    """not_a_headline(line) == "list item", without its other tests: a caller asking only
    this paid for all of them on the whole line (seconds on a 3 MB one-line file)."""
    s = line.strip()
    return bool(s) and not s.startswith("#") and bool(_BULLET.match(s))


@lru_cache(maxsize=8192)
def not_a_headline(line: str) -> str | None:
    """Why `line` is page furniture rather than the headline, or None if it may be one. Kept per
    process (a pure function of the line, ~30 µs of a dozen patterns): parse asks it twice a
    distinct line on bench/make_corpus.py's articles (ingest111)."""
    s = line.strip()
    if not s:
        return "blank"
    if s.startswith("#"):
        return "hashtags"
    if _BULLET.match(s):
        return "list item"
    if s[0].islower():
        return "lower-case start"  # a caption's keyword list, a wrapped line
    if _SEPARATED.search(s):
        return "menu or breadcrumbs"
    if _CAPTION.search(s):
        return "photo caption"
    if s.endswith("?") and _READER.search(s):
        return "poll question"
    if _site_line(s):
        return "site name"
    if _menu_row(s):
        return "menu"
    if _figures(s):
        return "widget"
    if _JOB.match(s) or _JOB_END.search(s):
        return "byline"
    if s.endswith(":"):
        return "label"  # «Мы в социальных сетях:», the lead-in of a widget
    if _HOME_CRUMB.match(s) or sum(1 for w in s.split() if _GLUED.search(w)) >= 2:
        return "glued breadcrumbs"
    if _TAGLINE.search(s) and fu.word_count(s) <= 7:
        return "site tagline"
    if masthead.paper_line(s):
        return "masthead"
    if rubric_date(s):
        return "rubric and date"
    if _story_line(s):
        return "story line"
    if _TODAY_LINE.search(s) and fu.word_count(s) <= 6:
        return "today widget"
    return None


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SPACED_DASH = re.compile(r"\s[—–-]\s")


def _site_line(s: str) -> bool:
    """The site's logo or slogan: a domain, a known outlet at the start of a menu, or
    «Name — slogan» with a word like «новости» or «газета»."""
    if outlets.domains(s) and fu.word_count(s) <= 12 and not fu.ends_sentence(s):
        return True
    parts = _SPACED_DASH.split(s, maxsplit=1)
    if len(parts) == 2 and fu.word_count(s) <= 8 and _MEDIA_WORD.search(s):
        return True
    return False


_PUNCTUATION_OR_QUOTE = re.compile(r"[,.;:!?«»\"“”„]")


def _menu_row(s: str) -> bool:
    """A row of menu items: four or more words, nearly all capitalized, no sentence punctuation,
    not all in capitals (a headline printed in capitals)."""
    ws = fu.words(s)
    if len(ws) < 4 or _PUNCTUATION_OR_QUOTE.search(s.replace(".kz", "").replace(".KZ", "")):
        return False
    letters = [w for w in ws if w[0].isalpha()]
    if s.upper() == s or _sentence_opening(letters) or _english_title_case(letters) or _capitals_stress(letters):
        return False
    caps = sum(1 for w in letters if w[0].isupper())
    return bool(letters) and caps >= 0.75 * len(letters)


def _capitals_stress(letters: list[str]) -> bool:
    """A headline that sets its key words in capitals («Шекарада ТЕКСЕРУ ТӘРТІБІ КҮШЕЙДІ»): two words
    of three letters or more all in capitals beside a lower-case word. Menu items are capitalized
    words, never a run in capitals next to lower-case ones."""
    stressed = sum(1 for w in letters if len(w) >= 3 and w.isupper())
    return stressed >= 2 and any(w[0].islower() for w in letters)


def _sentence_opening(letters: list[str]) -> bool:
    """A headline opens as a sentence does, a word and a lower-case word after it («Грузовые поезда
    Китай – Европа через КПП Хоргос»), and has another lower-case word further on: a row of menu
    labels («Лента новостей Политика Экономика») has at most the one."""
    lower = [w for w in letters if w[0].islower() and len(w) > 3]
    return len(letters) >= 2 and letters[1][0].islower() and len(letters[1]) > 3 and len(lower) >= 2


# The small words an English headline in title case leaves in lower case.
_EN_SMALL = frozenset("a an the of and or to in on at for with from by as amid over into after".split())


def _english_title_case(letters: list[str]) -> bool:
    """An English headline in title case («Customs Services of Uzbekistan and Kazakhstan Take Measures to
    Ease Border Congestion»): its lower-case words are two or more of English's small words, and only those."""
    lower = [w for w in letters if w[0].islower()]
    return len(lower) >= 2 and all(w in _EN_SMALL for w in lower)


_DIGIT = re.compile(r"\d")


def _figures(s: str) -> bool:
    """A widget's row of figures («Оренбург -3° USD 92,4 EUR 99,8»): numbers are a third of the tokens."""
    tokens = s.split()
    nums = sum(1 for t in tokens if _DIGIT.search(t))
    return len(tokens) >= 3 and nums * 3 >= len(tokens) and bool(re.search(r"[°$€₸₽%]|\b(?:USD|EUR|RUB|KZT)\b", s))


def captioned_headline(line: str, title: str | None) -> bool:
    """A photo's caption that repeats the headline and adds a credit in lower case («<headline>
    ашық дереккөзі»). A credit naming its source in capitals («… Фото: КГД») stays: the body
    it names is one the story credits."""
    if not title or not line.startswith(title) or len(line) == len(title):
        return False
    return not re.search(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", line[len(title) :])


# A date stamp glued to the end of the headline by the page's template: «… Погранслужбе 2025-11-13 00:01:17»,
# «… на границе 14.11.2025 23:07». An ISO date, or a date with its time: a bare date may be the headline's
# own deadline («закроют до 01.03.2026»), and so may a time («закроют в 18:00»).
_TRAILING_STAMP = re.compile(
    r"\s+(?:\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)

# The page's own address printed under the headline and joined to it (a print-out's «<title>
# https://site/123 2026-01-17»): no headline ends in a bare address.
_TRAILING_URL = re.compile(r"\s+https?://\S+\s*$")


# A rubric glued to the headline's first word when the copy lost the space («ТранспортОчередь из …»):
# a capitalized word of six letters or more, then a capital opening the next. Short parts glued
# by design («КазАвтоЖол», «ПетроКазахстан») stay.
_GLUED_RUBRIC = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{5,}(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+\s)")


# Emoji and symbols a channel puts before a post's first line («⚡️», «❗️», «🔴»): a marker, not a word.
_LEADING_PICTOGRAPHS = re.compile(r"^[\s\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+")


def without_stamp(title: str | None) -> str | None:
    """The headline without a date stamp its template glued to the end, a rubric glued to its
    start, or the emoji a Telegram post opens with, when words remain."""
    if not title:
        return title
    title = _LEADING_PICTOGRAPHS.sub("", title) or title
    m = _GLUED_RUBRIC.match(title)
    if m and fu.word_count(title[m.end() :]) >= 4:
        title = title[m.end() :]
    rest = _TRAILING_URL.sub("", _TRAILING_STAMP.sub("", title))
    last = rest.rsplit(" ", 1)[-1].lower()
    if rest == title or fu.word_count(rest) < 3 or last in _PREPOSITIONS:
        return title
    return rest


# A date after one of these is what the headline says («закроют до 2026-03-01»), not a stamp.
_PREPOSITIONS = frozenset("до по от на с со к в из за после перед after until by from since".split())
