"""Page furniture: the parts of a saved page that are not the article.

A scraped news page carries the site around the story: navigation and tag rows,
share and subscribe prompts, photo credits, surveys, currency and weather
widgets, footers, lists of related headlines with their own dates. Every rule
here looks at the *shape* of a line (length, capitalization, final punctuation,
a prompt's verb) rather than at one site's strings, so it holds on sites we
have not seen. The parser decides from these shapes where the body starts and
ends; this module only classifies lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.signers import signer_line
from store.reading.dates import (
    date_only,
    ends_with_date,
    find_date,
    is_time_or_date_fragment,
    relative_date,
    today_widget,
)

# «‘» joins a word as «’» does: Uzbek Latin writes «oʻ», «gʻ» with it («O‘zbekiston» is one word).
_WORD = re.compile(r"[^\W_]+(?:[-'’‘][^\W_]+)*")
_OPENERS = "«\"“„'("

# Short prompts and widget labels, matched at the start of a short line.  "strong"
# prompts are furniture even when they end with a period («Фото: пресс-служба.»);
# "weak" ones only when the line is not a sentence («Погода» but not «Погода испортилась.»).
_STRONG = {
    "share": r"(?:поделиться|поделись|share|tweet|бөлісу|репост|отправить другу)\b",
    "subscribe": r"(?:подписывайтесь|подпишитесь|подписаться|присоединяйтесь|join|follow us|subscribe|жазылыңыз)\b",
    "read-more": r"(?:read more|читайте также|читайте еще|читайте ещё|читать далее|читать полностью|читать также|"
    r"смотрите также|подробнее\s*(?:$|:|»|>|›|[–—-]\s|читайте|по ссылке|здесь)|см\. также|также читайте|оқи отырыңыз|"
    r"читать больше|читать (?:этот |весь )?материал (?:в|на) (?:источнике|сайте)|"
    r"тағы оқыңыз|толығырақ|see also)",
    "photo-credit": r"(?:фото|фотография|photo|видео|video|иллюстрация|изображение(?: для новости)?|источник фото|коллаж|"
    r"сурет|кадр)\b\s*"
    r"(?:[:©/]|[-–—]\s*[\w.@/-]+\.[a-z]{2,6}\s*$|[^\W\d_]|$)|©",
    "error-report": r"(?:нашли ошибку|если вы нашли ошибку|заметили ошибку|выделите (?:ее|её|текст)|ctrl\s*\+\s*enter|"
    r"қате тапсаңыз|қате байқасаңыз)",
    "survey": r"(?:пройти опрос|принять участие в опросе|проголосуйте|голосовать\b|оцените (?:материал|статью|новость))",
    # a call to readers («Звоните, если вы стали очевидцем…», «Есть тема? Пишите…»), a sign-up form,
    # a translation button
    "prompt": r"(?:звоните,|пишите,|присылайте\b|есть тема\b|есть новость\b|стали очевидцем\b)",
    "form": r"(?:ваше имя,|ваш (?:e-?mail|пароль|логин)\b|на указанный (?:e-?mail|адрес)|вы можете указать\b|"
    r"(?:пожалуйста,?\s+)?введите ваш\w*\s+(?:комментарий|имя|e-?mail)|оставьте (?:ответ|комментарий)\s*$)",
    "translate": r"(?:қазақ тіліне аудару|орыс тіліне аудару|перевести на (?:казахский|русский))",
    # a link to the site's front page or full version («Go to the main site», «Перейти на главную»)
    "site-link": r"(?:go to the (?:main|full) (?:site|version)|back to (?:the )?(?:main|home) page|перейти на (?:главную|основн\w+ сайт|"
    r"полную версию)|вернуться на главную|на главную страницу|сайттың толық нұсқасы|басты бетке|"
    # the link back to the list under a 1C-Bitrix story («Возврат к списку», the news.detail template's)
    r"(?:возврат|вернуться|назад)\s+к\s+(?:списку|новостям)|тізімге\s+(?:оралу|қайту)|back\s+to\s+(?:the\s+)?list)\b",
    # the reading-time badge over a story («Примерное время чтения: меньше минуты», «3 мин. на чтение»)
    "reading-time": r"(?:(?:примерное|среднее)\s+)?время\s+(?:на\s+)?чтения\b|\d+\s+мин(?:ут[аы]?|\.)?\s+(?:на\s+)?чтени[яе]\b|"
    r"оқу\s+уақыты\b|reading\s+time\b|\d+\s+min(?:ute)?s?\s+read\b",
    # the legal lines of a footer are sentences, but never article text
    "footer": r"(?:все права защищены|all rights reserved|барлық құқықтар қорғалған|"
    r"(?:при|без)\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|цитировании|копировании|перепечатке)\s+(?:материалов|информации)|"
    r"перепечатка\s+(?:материалов|информации)|"
    r"использование\s+материалов\s+(?:сайта\s+)?(?:разрешается|разрешено|возможно|допускается|запрещено|запрещается))",
}
_WEAK = {
    "section": r"(?:похожие новости|похожие (?:материалы|статьи|публикации)|рекомендуем(?: для вас| прочитать)?|"
    r"вам (?:может быть|будет) интересно|ещ[её] по теме|срочные новости|все новости|наши новостные каналы|"
    r"мы в социальных сетях|тақырыпқа қатысты|ұқсас жаңалықтар|соңғы жаңалықтар|"
    r"другие новости|последние новости|новости по теме|материалы по теме|популярное|"
    r"самое читаемое|главные новости|лента новостей|новости партнер|новости партнёр|комментарии|реклама|"
    r"advertisement|related(?: news| articles)?|top|топ)\s*:?\s*$",
    "widget": r"(?:курс[ы]? валют|exchange rates?|погода|weather|поиск(?: по сайту)?|іздеу|search|menu|меню|rss|"
    r"доступность ссылок|skip to (?:main )?content|перейти к (?:основному )?(?:содержанию|контенту)|загрузка\W*|"
    r"ваша реакция\??|написать ответ|dmca|(?:добавить|предложить|прислать|сообщи(?:те)?\s+свою)\s+новость|"
    r"жаңалық (?:жіберу|ұсыну))\s*:?\s*$|(?:курс[ы]? валют|exchange rates?|погода|weather|прямой эфир)\b",
    "footer": r"(?:редакция|контакты|о нас|о проекте|социальные сети|соцсети|все права защищены|copyright|"
    r"при (?:полном или частичном )?(?:использовании|копировании)|перепечатка|политика конфиденциальности|"
    r"пользовательское соглашение|карта сайта|наши партнеры|18\+|вакансии|рекламодателям)\b",
    "tags": r"(?:теги|метки|тэги|tags|рубрика|категория|раздел|тегтер)\s*:",
}
# The site's age notice, however long («Информационная продукция данного сетевого ресурса предназначена…»).
_AGE_NOTICE = re.compile(
    r"(?i)^(?:информационная продукция (?:данного|этого) (?:сетевого )?(?:ресурса|сайта|издания)|"
    r"материалы (?:сайта|ресурса) предназначены для лиц)"
)
# A copyright line however long («© ТОО «X». Все права защищены. Перепечатка … только с согласия редакции.»),
# the reprint terms after the agency's name («ИА «X». При использовании материала гиперссылка обязательна.»),
# and an English agency's reprint terms («… may not be reproduced without reference to X», «When citing our content…»).
_RIGHTS_LINE = re.compile(
    r"(?i)^[\s•·|]*(?:©|\(c\)\s*\d{4})|\b(?:все права защищены|all rights reserved|барлық құқықтар қорғалған|"
    r"may\s+not\s+be\s+reproduced\s+without|copyright\s+of\s+(?:the\s+)?materials\s+of|when\s+citing\s+our\s+(?:content|materials)|"
    r"при\s+(?:полном\s+или\s+частичном\s+)?(?:использовании|цитировании|копировании|перепечатке)\s+[^.]{0,60}?"
    r"(?:гипер)?ссылка\b[^.]{0,40}?\bобязательна)"
)
# The outlet's registration as a medium, on its imprint («Сетевое издание X зарегистрировано в
# Министерстве информации …», «Свидетельство о постановке на учет СМИ … выдано …», «Басылым … Ақпарат
# және қоғамдық даму министрлігінде тіркелген. Есепке қою туралы куәлік …»): a legal line of the
# footer, which a text page keeps under the story, and whose ministry is no body the story names (org84).
_REGISTRATION = re.compile(
    r"(?i)\bсвидетельств\w*\s+о\s+(?:постановке\s+на\s+уч[её]т|регистрации|перерегистрации)\s+"
    r"(?:сми|средств\w*\s+массовой|сетевого|периодическ\w*|информационн\w*|печатн\w*|электронн\w*)|"
    r"\b(?:сетевое\s+издание|издание|сми|сайт|газета|журнал|информационное\s+агентство|интернет-ресурс)\b(?:[^.]|\.(?=\w)){0,80}?"
    r"\bзарегистрирован\w*\s+(?:в\s+)?министерств\w*\s+(?:культуры\s+и\s+)?информации|"
    r"\bминистрлігінде\s+(?:тіркелген|тіркеуге\s+алынған|есепке\s+қойылған)|\bесепке\s+қою\s+туралы\s+куәлі"
)
# A note that the story was bought: published under the state's information order («Материал
# подготовлен в рамках государственного информационного заказа по заказу Управления внутренней
# политики …», «Материал … мемлекеттік ақпараттық тапсырысы аясында жарияланды») or as an advert
# («Партнерский материал», «На правах рекламы», «Жарнама құқығында»). The body that ordered it is
# no body the story names (org84).
_PAID_NOTE = re.compile(
    r"(?i)\b(?:материал|публикаци|стать)\w*\b[^.]{0,120}?\b(?:государственн\w*\s+информационн\w*\s+(?:заказ|политик)"
    r"|госинформзаказ|госзаказ\w*\s+(?:по\s+)?(?:проведени\w+\s+)?(?:государственной\s+)?информационн)|"
    r"\bв\s+рамках\s+(?:государственного\s+информационного\s+заказа|реализации\s+государственной\s+информационной\s+политики)|"
    r"\bмемлекеттік\s+ақпараттық\s+(?:тапсырыс|саясат)[^.]{0,60}?\s(?:аясында|шеңберінде)|"
    r"^[\s•·|]*(?:партн[её]рский\s+материал|на\s+правах\s+рекламы|жарнама\s+құқығында|серіктес\s+материал)"
)
# Words one of the two lines above must hold: tested as substrings first, since the two searches
# cost 0.53 ms a text over the lines of dev's and factRu's .txt files, 0.08 with the test first.
_IMPRINT_OR_PAID_WORDS = (
    "свидетельств",
    "зарегистрир",
    "министрлігінде",
    "куәлі",
    "заказ",
    "информационн",  # _PAID_NOTE: «государственн… информационн… политик…» in any case ending (gate76)
    "ақпараттық",
    "партн",
    "рекламы",
    "жарнама",
    "серіктес",
)


def _imprint_or_paid(line: str, low: str | None = None) -> bool:
    """An outlet's registration line or a paid story's note (_REGISTRATION, _PAID_NOTE).
    `low`: `line.lower()` when the caller has it already."""
    if low is None:
        low = line.lower()
    if not any(w in low for w in _IMPRINT_OR_PAID_WORDS):
        return False
    return bool(_REGISTRATION.search(line) or _PAID_NOTE.search(line))


# The site's plea to commenters («…, пожалуйста, перед тем как писать комментарий, ознакомьтесь с правилами»).
_COMMENT_RULES = re.compile(
    r"(?i)\bперед тем,? как (?:писать|оставить|оставлять|написать) комментари|\bправила\w* комментирования\b|"
    r"\bпікір (?:қалдырмас|жазбас) бұрын\b"
)
# A call to follow the site, however it is put and wherever it stands in a short line («Хочешь получать
# главные новости? Подпишись на наш Telegram-канал!», «Подпишитесь … и узнавайте новости первыми!»,
# «Біздің Telegram арнамызға қосылыңыз»): a sentence, but the site's, never the story's.
_FOLLOW_US = re.compile(
    r"(?i)\bподпи[сш]\w*\s+на\s+(?:наш|мой|официальн)\w*\s+(?:telegram|телеграм|instagram|инстаграм|youtube|ютуб|whatsapp|"
    r"канал|страниц|аккаунт|рассылк|соцсет|групп)|\b(?:подписывайтесь|подпишитесь|подпишись)\b.{0,80}"
    r"\b(?:будьте в курсе|узнавайте|первыми|не пропустите)|\b(?:telegram|телеграм)\s+арна\w*\s+(?:қосыл|жазыл)"
)
# A caption that ends with its credit («… образовалась очередь из фур Источник фото: tazabek.kg», a site's
# address after «Фото:») or with the word that it is an illustration («… на границе. Иллюстративное фото.»).
# «<headline> Фото: КГД» stays: a body named as the credit may be the story's source.
_CAPTION_TAIL = re.compile(
    r"(?i)(?:\bисточник фото\s*:\s*[\w.@/-]+(?:\s+[\w.@/-]+){0,3}|"
    r"\b(?:фото|photo|сурет|кадр(?: из видео)?|скриншот)\s*:?\s*[\w@/-]+\.[a-z]{2,6}(?:/[\w./-]*)?|"
    r"\b(?:иллюстративное|архивное|иллюстрационное)\s+фото|\bфото\s+(?:иллюстративное|из архива))\s*\.?\s*$"
)
# «"Қамшы" сілтейді» («… refers»): the site's own credit under a story, a name and a verb, no sentence of it.
_SITE_CREDIT = re.compile(r"(?i)^[«\"“]?[^\W\d_][\w .-]{1,30}[»\"”]?\s+сілтейді\.?$")
# Words every match of _RIGHTS_LINE, _COMMENT_RULES, _FOLLOW_US and _CAPTION_TAIL holds (lower case, none
# with a blank): looked for in the line's lower-case copy before the search. These case-insensitive
# patterns are tried at every position of every distinct line, and each line is classified once a
# process, so on fresh text the four searches were ~0.17 ms a generated article (stop 51, ingest116).
# Exact: `re` under IGNORECASE equates a character with a needle's letter only when str.lower() maps it
# to that letter, but for the characters of ODD_CASE (İ ı for «i», ſ for «s», U+1C80–U+1C88 for
# «в д о с т ъ ѣ ꙋ»); a line holding one of them is searched as before (tests/test_ingest116_cuts.py
# checks every code point).
_RIGHTS_LINE_WORDS = ("©", "(c)", "защищены", "rights", "құқықтар", "reproduced", "copyright", "citing", "обязательна")
_COMMENT_RULES_WORDS = ("коммент", "пікір")
_FOLLOW_US_WORDS = ("подпи", "арна")
_CAPTION_TAIL_WORDS = ("фото", "photo", "сурет", "кадр", "скриншот")
ODD_CASE = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")


def may_hold(low: str, odd: bool, words: tuple[str, ...]) -> bool:
    """False only when no match of a pattern whose every match holds one of `words` can be in
    the line whose lower-case copy is `low` (`odd`: it holds a character of ODD_CASE)."""
    if odd:
        return True
    for w in words:
        if w in low:
            return True
    return False


# A clock with its seconds («19:58:55»): the seconds dropped, the line reads as the date widget it is.
_SECONDS = re.compile(r"(\d{1,2}:\d{2}):\d{2}$")
_STRONG_RX = {k: re.compile(rf"(?i)^[\s•·|►▶→>*-]*{v}") for k, v in _STRONG.items()}
_WEAK_RX = {k: re.compile(rf"(?i)^[\s•·|►▶→>*-]*{v}") for k, v in _WEAK.items()}
# Every prompt of _STRONG and _WEAK behind the bullets, in one alternation: it matches at the start of
# every line one of _STRONG_RX and _WEAK_RX matches (an alternative of a prompt's own top-level «|» is
# tried there without the bullets, which may be empty), so a line it does not match needs neither loop.
# Asked once before the loops, which tried each of the sixteen patterns in turn on every line of 14
# words or fewer (stop 51, ingest116).
_ANY_PROMPT = re.compile(
    "(?i)^[\\s•·|►▶→>*-]*(?:" + "|".join(f"(?:{v})" for v in (*_STRONG.values(), *_WEAK.values())) + ")"
)
# A short question about the site itself: the survey widget's prompt.
_SITE_QUESTION = re.compile(r"(?i)\b(?:сайт|опрос|дизайн|website|site)\w*\b.*\?\s*$")
# The comments widget's heading with its count («Комментарии (3)», «Пікірлер (0)»). A poll's
# answers with their counts need their poll around them: store/reading/polls.py.
_COMMENT_COUNT = re.compile(r"(?i)^(?:комментарии|комментариев|отзывы|пікірлер|comments)\s*:?\s*\(?\d+\)?$")
# A photo's caption stamped by the site: keywords, then «фото - Новости Zakon.kz от 23.09.2025»
# or, on the Kazakh page, «сурет - Zakon.kz жаңалық 23.09.2025». However long the keyword list.
_CAPTION_STAMP = re.compile(
    r"(?i)(?<!\w)(?:фото|сурет|photo)\s*[-–—]\s*(?:Новости\s+)?\S+(?:\s+(?:от|жаңалық\w*))?\s+\d{1,2}\.\d{1,2}\.\d{4}"
)
# What every match of _CAPTION_STAMP (and masthead's «Новости X от 23.09.2025») holds: its date's
# «d.dd.dddd». Looked for first, in C with no case folding, since a pattern compiled with IGNORECASE
# and opening with a look-behind is tried at every position of every line (ingest96).
DATE_DOTS = re.compile(r"\d\.\d{1,2}\.\d{4}")
# A rate or a temperature of the page's ticker, whatever currency the neighbours print («12003.18 UZS»).
_NUMBERS_ROW = re.compile(
    r"^[\s\d.,:%+−–—-]*(?:[$€₸₽¥]|usd|eur|rub|kzt|cny|uzs|kgs|tjs|tmt|сум|сом|°[cс]?)?[\s\d.,:%+−–—$€₸₽¥°]*$", re.I
)


def words(line: str) -> list[str]:
    """The line's words (a new list each call; the words are kept per line: parse asks 3.2 times
    a distinct line on bench/make_corpus.py's articles, ~0.09 ms a text uncached — ingest111)."""
    return list(_kept_words(line))


@lru_cache(maxsize=8192)
def _kept_words(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line))


@lru_cache(maxsize=8192)
def word_count(line: str) -> int:
    """Number of words (cached: every rule asks it of every line)."""
    return len(_WORD.findall(line))


# What may close a sentence after its stop: quotes and brackets (and spaces) up to the line's end.
_SENTENCE_CLOSERS = frozenset("\"»”'’)]")


def ends_sentence(line: str) -> bool:
    """Whether the line ends as a sentence does (. ! ? … possibly inside closing quotes): the
    character before the closing quotes, brackets and spaces at its end is a stop. Read from the
    end (ingest96): the pattern it replaces (a stop, then only those to the end) was tried at every
    position of the line."""
    s = line.rstrip()
    i = len(s)
    while i and (s[i - 1] in _SENTENCE_CLOSERS or s[i - 1].isspace()):
        i -= 1
    return i > 0 and s[i - 1] in ".!?…;"


def is_prose(line: str) -> bool:
    """A paragraph of running text: a sentence of several words, or simply long."""
    n = word_count(line)
    return (n >= 4 and ends_sentence(line)) or n >= 30


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_PUNCTUATION_OR_PLAIN_QUOTE = re.compile(r"[,.;:!?«»\"]")
_PUNCTUATION_OR_QUOTE = re.compile(r"[,.;:!?«»\"“”„]")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def is_nav_row(line: str) -> bool:
    """A row of capitalized labels («Ильхам Алиев III Игры СНГ Саммит ОТГ»): no word
    starts with a lower-case letter, there is no sentence punctuation, and it is short;
    or a row of links a middle dot parts (is_separated_row).
    A decree's signature («Премьер-Министрі К Мәсімов») has the shape and is no such row."""
    if ("·" in line or "•" in line) and is_separated_row(line):
        return True
    if len(line) > 200 or signer_line(line):
        return False
    ws = words(line)
    if not 3 <= len(ws) <= 14 or _PUNCTUATION_OR_PLAIN_QUOTE.search(line):
        return False
    # a script without capitals (Arabic-script Kazakh) says nothing about labels: its headline is no nav row
    return all(not w[0].islower() for w in ws) and any(w[0].isupper() for w in ws)


# An inline separator between menu items: a middle dot or bullet with a space on each side.
_ITEM_SEPARATOR = re.compile(r"\s[·•]\s")


def is_separated_row(line: str) -> bool:
    """A menu or link row whose items a middle dot parts («Другие ведомства: Министерство
    иностранных дел · Министерство обороны · …», «Бизнес · Финансы · Рынки»): three items or
    more, each a few words and none a sentence. A story's sentence never lists its names so;
    the items name other bodies the page links to, not the story's."""
    if len(line) > 300 or len(_ITEM_SEPARATOR.findall(line)) < 2:
        return False
    items = [it.strip() for it in _ITEM_SEPARATOR.split(line)]
    return all(it and 1 <= word_count(it) <= 8 and not ends_sentence(it) for it in items)


def is_tag_row(line: str) -> bool:
    """A row of tags printed twice over, as a page's header does («Китай Приморье край Китай Приморье
    край»): no sentence punctuation, and at least a third of its words come back in the same line.
    A headline seldom repeats a word, never half of them."""
    if len(line) > 300 or _PUNCTUATION_OR_QUOTE.search(line):
        return False
    ws = [w.lower() for w in words(line)]
    return len(ws) >= 4 and len(ws) - len(set(ws)) >= max(2, len(ws) / 3)


_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_]\w*")


def _hashtag_row(line: str) -> bool:
    """A row of hashtags (the site's topics, a social post's embed): three or more, or a line that
    opens with one and has another."""
    if "#" not in line:
        return False  # every hashtag holds one: the look-behind-first scan of each line saved (ingest96)
    n = len(_HASHTAG.findall(line))
    return n >= 3 or (n >= 2 and line.lstrip().startswith("#"))


def is_label(line: str) -> bool:
    """A one- to three-word label without punctuation («Спорт», «В регионе», «TOP», «Новости / Архив»)."""
    if len(line) > 40:
        return False
    ws = words(line)
    return (
        1 <= len(ws) <= 3 and not ends_sentence(line) and not re.search(r"[,;:«»\"]", line) and len(line.strip()) <= 40
    )


def is_headline_like(line: str) -> bool:
    """A headline's shape: several words, starts with a capital (or a quote or digit),
    no sentence-final punctuation, not a list item, not a lead-in ending with a colon."""
    s = line.strip()
    if len(s) > 300:
        return False
    ws = words(s)
    if not 3 <= len(ws) <= 25 or ends_sentence(s) or s.endswith((":", ",", "-", "–", "—")):
        return False
    first = s.lstrip(_OPENERS)[:1]
    return bool(first) and (first.isupper() or first.isdigit()) and not re.match(r"^[-–—•*]\s", s)


# The site's own PHP diagnostic printed above the page («Deprecated: preg_replace(): … in /var/www/…/show.full.php
# on line 316»): the server talking, never the story's headline or lead.
_SERVER_MESSAGE = re.compile(
    r"^(?:PHP\s+)?(?:Deprecated|Warning|Notice|Fatal error|Parse error|Strict Standards)\s*:\s.{0,400}?\bon line \d+"
)


@lru_cache(maxsize=8192)
def classify(line: str) -> str | None:
    """Why a line is furniture on its own, whatever surrounds it; None if it may be text.

    Prompt rules only fire on short lines: a sentence that *mentions* «подробнее»
    or «фото» is text.
    """
    s = line.strip()
    if not s:
        return "blank"
    if len(s) <= 80 and _date_line(s):
        return "date"
    if len(s) <= 80 and _SECONDS.search(s):
        return classify(_SECONDS.sub(r"\1", s))
    if DATE_DOTS.search(s) and _CAPTION_STAMP.search(s):
        return "photo-credit"
    if _NUMBERS_ROW.match(s) and _DIGIT.search(s):
        return "numbers"
    if not _LETTER.search(s):
        return "symbols"
    if _SERVER_MESSAGE.match(s):
        return "server-message"
    n = word_count(s)
    if _AGE_NOTICE.match(s):
        return "age-notice"
    low = s.lower()
    odd = ODD_CASE.search(s) is not None
    if n <= 40 and ((may_hold(low, odd, _RIGHTS_LINE_WORDS) and _RIGHTS_LINE.search(s)) or _imprint_or_paid(s, low)):
        return "footer"
    if n <= 40 and may_hold(low, odd, _COMMENT_RULES_WORDS) and _COMMENT_RULES.search(s):
        return "comment-rules"
    if n <= 2 and _COMMENT_COUNT.match(s):
        return "comments"
    if n <= 5 and _SITE_CREDIT.match(s):
        return "site-credit"
    if n <= 25 and may_hold(low, odd, _FOLLOW_US_WORDS) and _FOLLOW_US.search(s):
        return "subscribe"
    if n <= 30 and may_hold(low, odd, _CAPTION_TAIL_WORDS) and _CAPTION_TAIL.search(s):
        return "photo-credit"
    if is_tag_row(s) or _hashtag_row(s):
        return "tags"
    if n <= 14:
        reason = _prompt(s, n)
        if reason:
            return reason
    if n <= 25 and ends_with_date(s):  # the count first: it is known, the date's search is not (ingest96)
        return "teaser-with-date"
    return None


def _date_line(s: str) -> bool:
    return bool(
        _DIGIT.search(s) and (date_only(s) or is_time_or_date_fragment(s) or today_widget(s)) or relative_date(s)
    )


def _prompt(s: str, n: int) -> str | None:
    if not _ANY_PROMPT.match(s):  # none of the patterns below matches: only the survey's question is left
        return "survey" if n <= 10 and "?" in s and _SITE_QUESTION.search(s) else None
    for reason, rx in _STRONG_RX.items():
        if not rx.match(s):
            continue
        if reason == "photo-credit" and n > 8 and ends_sentence(s):
            continue  # «Фото сделано …» is a sentence about a photo, not a credit
        if reason in ("photo-credit", "footer", "form", "error-report") or not (n >= 8 and ends_sentence(s)):
            return reason
    sentence = n >= 4 and ends_sentence(s) and not s.endswith("?")
    if not sentence:
        for reason, rx in _WEAK_RX.items():
            if rx.match(s):
                return reason
    if n <= 10 and "?" in s and _SITE_QUESTION.search(s):  # every match ends with its «?»
        return "survey"
    return None


def is_related_start(line: str) -> bool:
    """A line that opens a block of related-news teasers (a date of its own, or a
    headline carrying one): once the body has started, everything from here is furniture."""
    s = line.strip()
    if len(s) > 250 or not _DIGIT.search(s):
        return False
    if len(s) <= 80 and date_only(s):
        return True
    if word_count(s) > 25 or ends_sentence(s):
        return False
    return ends_with_date(s) or _starts_with_date(s)


def _starts_with_date(s: str) -> bool:
    """«[21.11.2025] Казахстан и Китай увеличат число поездов» — a teaser led by its own date."""
    found = find_date(s[:40])
    if not found or s[: found[1]].strip(" [(•·|-–—"):
        return False
    rest = s[found[2] :].lstrip(" ])|•·,–—-:0123456789")
    return is_headline_like(rest)


# The head of a list of other stories («Похожие материалы», «Рекомендуем для вас», «Тақырыпқа қатысты»):
# a label alone on its line. Below it come headlines and their leads, never this story's text.
_RELATED_HEAD = re.compile(
    r"(?i)^[\s•·|►▶→>*-]*(?:похожие (?:новости|материалы|статьи|публикации)|рекомендуем(?: для вас| прочитать)?|"
    r"вам (?:может быть|будет) интересно|ещ[её] по теме|другие новости|последние новости|новости по теме|"
    r"материалы по теме|самое (?:читаемое|популярное)|популярное|главные новости|лента новостей|"
    r"новости партн[её]ров|все новости|наши новостные каналы|тақырыпқа қатысты|ұқсас жаңалықтар|соңғы жаңалықтар|"
    r"related(?: news| articles| stories)?|more (?:news|stories))\s*:?\s*$"
)


# The head of the other trailer blocks a browser copy carries under the story: the author's bio
# («Об авторе», «Автор туралы») and a Telegram web view's list of other channels («Similar channels»).
# What follows names the author's schools and employers or other channels, never the story's bodies.
_TRAILER_HEAD = re.compile(
    r"(?i)^[\s•·|►▶→>*-]*(?:об авторе|автор туралы|about the author|similar channels|похожие каналы|"
    r"ұқсас арналар)\s*:?\s*$"
)


def opens_related_list(line: str) -> bool:
    """Is this line the head of a list of other stories or of another trailer block (the
    author's bio, other channels): the page's trailer starts here?"""
    return len(line) <= 60 and bool(_RELATED_HEAD.match(line) or _TRAILER_HEAD.match(line))


# «Ранее …», «Напомним, ранее …»: a line that recalls an earlier story (a link to it, as a rule).
EARLIER_STORY = re.compile(r"^(?:Ранее,?|Напомним,? ранее|Бұған дейін)\s")


# «Ранее мы писали», «Напомним, ранее мы сообщали», «Бұған дейін біз жазған едік»: the site points to its own story.
_WE_WROTE = re.compile(r"(?i)^(?:напомним,?\s+)?ранее\s+мы\s+(?:писали|сообщали|рассказывали)|^бұған дейін біз\s")


def _glued_headlines(line: str) -> bool:
    """«Ранее, <headline>. <headline>. <headline>.»: links to three stories or more run together
    as one paragraph, each a headline's length (sixteen words at most)."""
    parts = [p for p in re.split(r"(?<=[.!?…])\s+", line.strip()) if p]
    return len(parts) >= 3 and all(word_count(p) <= 16 for p in parts)


# What a page prints right under the story: the lists and buttons an earlier-story link sits on.
_TRAILER_HEADS = ("read-more", "section", "share", "subscribe", "tags")


def earlier_story_link(lines: list[str], end: int) -> bool:
    """«Ранее мы писали о том, как …» as the last line, right above «Читайте также» (or
    «Самое читаемое», share buttons, tags): a link to an earlier story, one sentence long,
    not text of this one."""
    line, after = lines[end], lines[end + 1 : end + 2]
    sentences = len(re.findall(r"[.!?…](?:\s|$)", line))
    one_sentence = sentences <= 1 and word_count(line) <= 25
    if _WE_WROTE.match(line) and sentences <= 2 and word_count(line) <= 40:
        one_sentence = True  # «Ранее мы писали, что … . <one sentence more on it>»: the site's link to its own story
    one_sentence = one_sentence or _glued_headlines(line)
    return bool(EARLIER_STORY.match(line) and one_sentence and after and classify(after[0]) in _TRAILER_HEADS)
