"""The page's own outlet, read from where a site prints its name: the logo line and the
first item of the navigation row at the top, a line that is nothing but the name, the
«Новости X от <date>» photo caption, subscribe and reprint prompts, the copyright line
and the «original article: <url>» line after the body.

Only these places count: an outlet named in the text («передает X со ссылкой на …»)
may be the source the page copied, and a photo credit («Фото: © Sputnik») names the
agency that took the picture. Names are checked against the table of known outlets
(store.reading.outlets); an unknown name counts only when it is shaped like a site's name —
a domain, or a one-word logo in capitals at the very top.
"""

from __future__ import annotations

import re

from store.reading import furniture as fu
from store.reading import outlets, signatures
from store.reading.dates import date_only, rubric_date

_TOP_LINES = 4
_PHOTO = re.compile(r"(?i)(?:^|\s)(?:фото|photo|сурет|иллюстрац\w*|коллаж|кадр)\b")
_NEWS_FROM = re.compile(
    r"(?i)\b(?:Новости|жаңалықтары?)\s+(.{2,30}?)\s+(?:от|[–—-])\s*\d{1,2}\.\d{1,2}\.\d{4}"
    r"|(?:[-–—]|\bсурет)\s+(\S{2,30})\s+жаңалық\w*\s+\d{1,2}\.\d{1,2}\.\d{4}"  # «сурет - Zakon.kz жаңалық 27.02.2026»
)
_CAPTION_TAIL = re.compile(r"\s[-–—]\s+([^-–—,]{2,40}?)(?:,\s*\d{4}.*)?$")
_PROMPT = re.compile(
    r"(?i)^(?:подписывайтесь|подпишитесь|читайте|следите|перепечатка|"
    r"при (?:полном или частичном )?(?:использовании|перепечатке)|"
    r"копирование|материалдарды|жазылыңыз)|(?:telegram|телеграм)"
)
# «Мақаланың түпнұсқасы: <url>», «url: <url>», «Ссылка на материал: <url>»: the site's own address,
# printed for readers who copy the story.
_ORIGINAL = re.compile(
    r"(?i)(?:түпнұсқасы|оригинал\w*|^\s*url|ссылка на (?:материал|новость|статью))\s*:\s*(https?://\S+)"
)
# «Источник: <url>»: usually the site a reprint copied, so only a weak mark of the page's own.
_SOURCE_URL = re.compile(r"(?i)(?:источник|дереккөз\w*|source|manba)\s*:\s*(https?://\S+)")
_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")


def page_marks(lines: list[str], start: int, end: int):
    """(place, weight, name or None) for each place around the body where a site prints its
    own name, most trusted first: the scored choice (store.reading.outlet_choice) weighs them.
    `start` and `end` bound the body. Only names the table knows or that a line presents as
    the site's (a masthead «Областная газета «X»», a prompt with the site's domain, the
    page's own URL) count here; a capitalized word that merely looks like a logo is
    `logo_guess`, weighed less."""
    header, trailer = lines[:start], lines[end + 1 :]
    top = header + lines[start : start + 3]
    places = (
        ("logo", 10, lambda: _logo(header)),
        ("browser title", 10, lambda: _page_title(header)),
        ("masthead line", 10, lambda: _paper_line(header)),
        ("print issue", 10, lambda: signatures.issue_line(header)),
        ("newsroom line", 10, lambda: signatures.newsroom_line(header)),
        ("date stamp", 10, lambda: signatures.stamp_line(header)),
        ("own line", 9, lambda: _own_line(top)),
        ("caption", 9, lambda: _caption(header + lines[start : start + 2])),
        ("byline", 9, lambda: _byline(header + trailer)),
        ("reporter's paper", 9, lambda: _paper_reporter(header)),
        ("footer", 8, lambda: _footer(trailer)),
        ("print header", 9, lambda: _print_header(header[:2])),
        ("read on site", 8, lambda: _read_on_site(header[:8] + trailer)),
        ("signature", 8, lambda: _signature(trailer[:3])),
        ("official site", 8, lambda: signatures.official_site(trailer + header[:8])),
        ("original url", 9, lambda: _original_url(lines[start:])),
        ("address line", 9, lambda: address_line(lines[: min(start + 2, _ADDRESS_LINES)])),
        ("source url", 3, lambda: _original_url(lines[start:], _SOURCE_URL)),
        ("contact email", 5, lambda: _contact_email(header[:30] + trailer)),
    )
    for place, weight, read in places:
        yield place, weight, read()


_EMAIL = re.compile(r"(?i)\b[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
# Mail services and state domains: a reader's or a ministry's address, not the site's.
_NOT_SITE_MAIL = re.compile(
    r"(?i)(?:^|\.)(?:gmail\.com|mail\.ru|inbox\.ru|list\.ru|bk\.ru|yandex\.\w+|ya\.ru|yahoo\.com|outlook\.com|"
    r"hotmail\.com|icloud\.com|rambler\.ru|(?:gov|edu|mil)\.\w+)$"
)


def _contact_email(lines: list[str]) -> str | None:
    """«Контакты редакции: …, site@lada.kz» above or below the article: the newsroom's mailbox
    is on the site's own domain (mail services and state domains are not)."""
    for line in lines:
        if "@" not in line:  # every address has one (no code point folds to «@»): ~0.05 ms a text spared
            continue
        for dom in _EMAIL.findall(line):
            if not _NOT_SITE_MAIL.search(dom):
                return outlets.known(dom) or dom.lower()
    return None


_TITLE_TAIL = re.compile(r"^(.{15,250}?)\s+[-–—|]\s+([^-–—|]{2,40})$")


def _page_title(header: list[str]) -> str | None:
    """The browser title «Headline - Site» on the first line, with the headline printed again
    below it: what follows the dash is the site's name."""
    if not header:
        return None
    m = _TITLE_TAIL.match(header[0].strip())
    if not m or fu.word_count(m[2]) > 4 or fu.ends_sentence(m[2]):
        return None
    head = m[1].strip().lower()
    if any(ln.strip().lower() == head for ln in header[1:12]):
        return outlets.known(m[2]) or m[2].strip()
    return None


def logo_guess(lines: list[str], start: int) -> str | None:
    """The first line, when it is shaped like a logo but names no known outlet (a domain
    «inAlmaty.kz», one capitalized word «QAZAQSTAN»). Weaker than the outlet the lead cites:
    a rubric in capitals («ЭКОНОМИКА») has the same shape."""
    header = lines[:start]
    if not header or fu.is_prose(header[0]) or fu.word_count(header[0]) > 14:
        return None
    head = re.split(r"\s+[|—–-]\s+|\s+/\s+", header[0])[0].strip()
    camel = re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", head)  # «KzylOrda - ни дня без инсайда»
    if head.lower() in _RUBRICS:
        return None
    return head if _logo_shaped(head) or (camel and head != header[0].strip()) else None


# Section names a page prints in capitals over the story, in the region's languages: rubrics, not logos.
_RUBRICS = frozenset(
    "новости хабарлар жаңалықтар жаңылыктар янгиликлар yangiliklar news лента события главное актуально "
    "общество экономика политика происшествия регионы мир спорт культура аналитика интервью "
    "қоғам экономика саясат аймақтар коом саясат жамият jamiyat iqtisodiyot siyosat".split()
)


def _logo(header: list[str]) -> str | None:
    """The first lines of the page: the logo, or the site name before the navigation items."""
    for line in header[:_TOP_LINES]:
        if _PHOTO.search(line) or fu.classify(line) == "photo-credit":
            continue  # «фото: rail-news.kz» credits a picture to another site
        lead = _LEADING_DOMAIN.match(line)
        if lead and not outlets.is_counter(lead[1]):  # «www.NazarNews.kg NazarNews - …», «01info.kz- ақпараттық портал»
            return outlets.known(lead[1]) or lead[1]
        if fu.is_prose(line) or fu.word_count(line) > 14 or rubric_date(line):
            continue  # «Qazaqstan • 25 Mamyr, 2021»: a rubric over the date, though it spells a channel's name
        head = re.split(r"\s+[|—–]\s+|\s+/\s+", line)[0]
        hit = outlets.named_in(head, max_words=3)
        if hit:
            return hit
    return None


# A header line that starts with the site's domain, then its slogan or menu.
_LEADING_DOMAIN = re.compile(
    r"(?i)^\s*(?:www\.)?((?:[a-z0-9][a-z0-9-]*\.)+(?:kz|ru|com|org|net|uz|kg|az|tm|info|media|news|tv|asia))"
    r"(?:\s*[-–—|:]\s|\s|$)"
)
# «Читать на сайте Orenburg-news.net», «Больше новостей на X», «Все новости на X»: the site sends readers to itself.
_READ_ON_SITE = re.compile(
    r"(?i)(?:читать|читайте)\s+(?:(?:новость|статью|материал|далее|полностью)\s+)?на\s+сайте\s+(\S+)"
    r"|(?:больше|все|другие)\s+новост\w*\s+на\s+(\S+)"
)

# A word each _READ_ON_SITE match holds («на сайте», «новост…»): looked for first in the line's lower-case
# copy (furniture.may_hold: exact, a line with a letter of furniture.ODD_CASE is searched as before).
_READ_ON_SITE_WORDS = ("сайте", "новост")


def _read_on_site(lines: list[str]) -> str | None:
    """The domain a «read it on our site» prompt names (the site's own)."""
    for line in lines:
        if fu.word_count(line) > 10:
            continue
        if not fu.may_hold(line.lower(), fu.ODD_CASE.search(line) is not None, _READ_ON_SITE_WORDS):
            continue
        m = _READ_ON_SITE.search(line)
        name = m and (m[1] or m[2]).strip('.,;:!»"')
        if name and outlets.domains(name) == [name]:
            return outlets.known(name) or name
    return None


# A masthead line: «Областная газета «Актюбинский вестник»», «Республиканская общественно-политическая
# газета «…»», «Информационное агентство «…»», Kazakh «„…“ облыстық газеті».
_PAPER_KIND = (
    r"(?:газет[аы]|еженедельник|журнал|портал|информационн\w+ агентство|информагентство|интернет-издание|"
    r"сетевое издание|телеканал|радио)"
)
_PAPER_LINE = (
    re.compile(rf"(?i)^(?:[а-яё-]+(?:ая|ое|ый|ий)\s+){{0,3}}{_PAPER_KIND}\s+[«\"“„]([^«»\"“”]{{2,40}})[»\"”“]\.?$"),
    re.compile(
        r"(?i)^[«\"“„]([^«»\"“”]{2,40})[»\"”“]\s+(?:[а-яәғқңөұүһі-]+\s+){0,2}"
        r"(?:газеті|порталы|ақпарат агенттігі|апталығы|журналы|телеарнасы)\.?$"
    ),
)


def _paper_line(header: list[str]) -> str | None:
    """A header line that is nothing but the masthead's description of the paper and its name."""
    for line in header[: _TOP_LINES + 2]:
        name = paper_line(line)
        if name:
            return outlets.known(name) or name
    return None


def paper_line(line: str) -> str | None:
    """The paper's name when the line is a masthead («Областная газета «X»», «„X“ облыстық газеті»)."""
    for rx in _PAPER_LINE:
        m = rx.match(line.strip())
        if m:
            return m[1].strip()
    return None


def _logo_shaped(text: str) -> bool:
    """A site's name printed as its logo: a domain («inAlmaty.kz») or one word in capitals («QAZAQSTAN»)."""
    t = text.strip()
    if outlets.is_counter(t) or " " in t:
        return False
    return bool(outlets.domains(t)) or (len(t) >= 4 and t.isupper() and t.isalpha())


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SOURCE_LABEL = re.compile(r"(?i)^(?:источник|дереккөз\w*|source)\s*:\s*")


def _own_line(header: list[str]) -> str | None:
    """A header line that is nothing but a known outlet's name (the byline «Kazpravda.kz»)."""
    for line in header:
        line = _SOURCE_LABEL.sub("", line)
        if fu.word_count(line) <= 4 and not _PHOTO.search(line):
            hit = outlets.known(line.strip(' «»"“”'))
            if hit:
                return hit
    return None


def _caption(lines: list[str]) -> str | None:
    """«…, фото - Новости Zakon.kz от 14.11.2025» and «Пограничная вышка - Sputnik Казахстан»:
    a photo caption that ends with the site's own name."""
    for line in lines:
        m = _NEWS_FROM.search(line) if fu.DATE_DOTS.search(line) else None  # every match holds the date
        if m:
            name = m[1] or m[2]
            hit = outlets.known(name) or (name if outlets.domains(name) else None)
            if hit:
                return hit
        m = _CAPTION_TAIL.search(line)
        if m and not fu.is_prose(line):
            hit = outlets.known(m[1])
            if hit:
                return hit
    return None


# The reporter's job line under the byline names the paper: «„X“ газетінің тілшісі»,
# «Корреспондент газеты «X»», «Собственный корреспондент газеты «X» по … области».
_PAPER_REPORTER = (
    re.compile(
        r"(?i)^[«\"“„]([^«»\"“”]{2,40})[»\"”“]\s+(?:газеті|газетінің|порталының|сайтының)\s+(?:[а-яәғқңөұүһі]+\s+)?тілшісі$"
    ),
    re.compile(
        r"(?i)^(?:[а-яё]+(?:ый|ий)\s+)?корреспондент\s+(?:газеты|портала|издания)\s+[«\"“„]([^«»\"“”]{2,40})[»\"”“]"
    ),
)


def _paper_reporter(header: list[str]) -> str | None:
    """The paper a header's job line says the reporter writes for: the page's own outlet."""
    for line in header:
        for rx in _PAPER_REPORTER:
            m = rx.match(line.strip())
            if m:
                return outlets.known(m[1]) or m[1].strip()
    return None


# A byline that names the reporter's outlet: «Айгуль Серикова, Stepnews.kz», «Текст: Иван Орлов / Степной вестник».
_BYLINE = re.compile(
    r"^(?:(?:автор|текст|фото и текст|тілші)\s*:\s*)?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’.-]+"
    r"\s*(?:,|/|\||[–—])\s*(.{2,40})$",
    re.I,
)


def _byline(lines: list[str]) -> str | None:
    """A short byline line: a person's name, a separator, and a known outlet or a domain."""
    for line in lines:
        if fu.word_count(line) > 8:
            continue
        m = _BYLINE.match(line.strip())
        if m:
            tail = m[1].strip(' .«»"')
            hit = outlets.known_or_domain(tail)
            if hit:
                return hit
    return None


def _footer(trailer: list[str]) -> str | None:
    """Subscribe and reprint prompts and copyright lines after the body that name a known outlet,
    and a short line naming one above any list of other stories or channels: under «Similar
    channels» or «Популярное» the short lines are the other outlets' names, not this page's."""
    listed = False
    for line in trailer:
        if len(line) > 250:
            continue
        if _prompt_or_copyright(line) or fu.classify(line) in ("footer", "subscribe"):
            hit = outlets.named_in(line, anywhere=True) or _site_domain(line)
            if hit:
                return hit
        elif fu.opens_related_list(line):
            listed = True
        elif (
            not listed and fu.word_count(line) <= 8 and not fu.is_prose(line)
        ):  # «ЦентрАзия: Казахстан | …», «Газета «Магистраль», №36»
            hit = outlets.named_in(re.split(r"[:|]", line)[0], max_words=3)
            if hit:
                return hit
    return None


# What a _PROMPT match holds when it does not start the line (its only unanchored alternative),
# and what a _COPYRIGHT match holds but «©» or «(» (lower case: furniture.may_hold, a line with a
# letter of furniture.ODD_CASE searched as before).
_PROMPT_ANYWHERE_WORDS = ("telegram", "телеграм")
_COPYRIGHT_WORDS = ("copyright",)


def _prompt_or_copyright(line: str) -> bool:
    """bool(_PROMPT.search(line) or _COPYRIGHT.search(line)), each search asked only of a line
    that may hold a match: both were tried, case-insensitive, at every position of every trailer
    line (stop 51, ingest120)."""
    if _PROMPT.match(line) or "©" in line:  # «©» alone is a _COPYRIGHT match
        return True
    low, odd = line.lower(), fu.ODD_CASE.search(line) is not None
    if fu.may_hold(low, odd, _PROMPT_ANYWHERE_WORDS) and _PROMPT.search(line):
        return True
    return ("(" in line or fu.may_hold(low, odd, _COPYRIGHT_WORDS)) and _COPYRIGHT.search(line) is not None


# Domains of networks a prompt sends readers to: never the page's own site.
_NETWORKS = re.compile(
    r"(?i)(?:^|\.)(?:instagram|facebook|vk|youtube|twitter|tiktok|ok|telegram|whatsapp|t|x)\.(?:com|ru|me|org)$"
)


def _site_domain(line: str) -> str | None:
    """«Есть тема? Пишите Kaktus.media в Telegram»: a domain in a site's prompt is the site itself."""
    found = [d for d in outlets.domains(line) if not _NETWORKS.search(d)]
    return found[0] if len(found) == 1 else None


# A saved page's own address on a line of its own at the very top, above or under the headline
# (or run on after it when the saver printed no blank line), maybe with the date after it
# («https://site.az/news/123 2025-11-03»): how reader views and page savers print where the text
# came from. A lead that ends in a link ends its sentence first, so the words before the address
# must not end in a full stop or a colon.
_ADDRESS_LINES = 3
_ADDRESS_LINE = re.compile(
    r"(?i)^(?:[^\n]{0,160}[^\s.:;,!?]\s+)?https?://(?:www\.)?([^/\s:?#]+\.[a-z]{2,})\.?(?::\d+)?/\S{2,}(?:\s+\d{4}-\d{2}-\d{2}\S*)?\s*$"
)
# Links to social networks and messengers sit in a header as buttons: they are not the page's address.
_SOCIAL = re.compile(
    r"(?i)(?:^|\.)(?:t\.me|telegram\.me|wa\.me|vk\.com|ok\.ru|facebook\.com|instagram\.com|twitter\.com|x\.com|"
    r"youtube\.com|youtu\.be|tiktok\.com|dzen\.ru|zen\.yandex\.ru|whatsapp\.com|linkedin\.com)$"
)

# A language or mobile edition's host («kz.oqu.news», «m.site.kg») is the same outlet as the site.
_LANGUAGE_HOST = re.compile(r"^(?:ru|kz|kk|kaz|qaz|en|uz|ky|m|mobile)\.(?=[^.]+\.[^.]+$)")


def address_line(top: list[str]) -> str | None:
    """The outlet of a page whose own address is a line of its own among the first lines
    (a saved page's «Headline / https://site/news/123 2025-11-03»), spelled as the table spells
    the site when it knows it. A bare domain or a social network's link is not a page's address."""
    for line in top:
        if "://" not in line:  # every match holds it (no character folds to «:» or «/»): ~0.07 ms a text spared
            continue
        m = _ADDRESS_LINE.match(line)
        if m and not _SOCIAL.search(m[1]):
            return outlets.known(m[1]) or _LANGUAGE_HOST.sub("", m[1].lower())
    return None


def _original_url(lines: list[str], label: re.Pattern = _ORIGINAL) -> str | None:
    """«Мақаланың түпнұсқасы: https://kaz.nur.kz/…» and «url: https://…» (the label and the address
    may sit on two lines): the page's own address. With `label=_SOURCE_URL`, the address after
    «Источник:», which a reprint gives for the site it copied."""
    for i, line in enumerate(lines):
        if "http" not in line and not line.endswith(":"):
            continue
        if line.rstrip().endswith(":") and i + 1 < len(lines) and lines[i + 1].startswith("http"):
            line = f"{line} {lines[i + 1]}"
        m = label.search(line)
        if m:
            host = re.match(r"https?://(?:www\.)?([^/:?#]+)", m[1])
            if host:
                return outlets.known(host[1]) or host[1]
    return None


_URL_HOST = re.compile(r"(?i)https?://(?:www\.)?([^/\s:?#]+)\S*")


def _print_header(header: list[str]) -> str | None:
    """A print version's first line, «- kant.kg - https://kant.kg -»: the site's name and its
    own address, nothing else. A lone address there is often the source a page reprints."""
    for line in header:
        hosts = [h.lower() for h in _URL_HOST.findall(line)]
        rest = _URL_HOST.sub(" ", line).strip(" -–—|")
        if hosts and outlets.domains(rest) == [rest] and rest.lower().removeprefix("www.") in hosts:
            return outlets.known(rest) or rest
    return None


def _signature(trailer: list[str]) -> str | None:
    """The site's name signed under the story, a line that is nothing but a domain
    («CentralasianLIGHT.org»), maybe with the date after it."""
    for line in trailer:
        if _URL_HOST.search(line):
            continue
        name = signature_name(line)
        if name:
            return outlets.known(name) or name
    return None


# A site's name alone in quotes under the story («“The Steppe Times”»): its signature.
_QUOTED_SIGNATURE = re.compile(r"^[«\"“„]([A-ZА-ЯЁ][^«»\"“”]{1,40})[»\"”“]$")


def signature_name(line: str) -> str | None:
    """The domain when `line` is a signature: one domain, optionally followed by a date; or a
    capitalized name of up to four words alone in quotes."""
    quoted = _QUOTED_SIGNATURE.match(line.strip())
    if quoted and fu.word_count(quoted[1]) <= 4 and not fu.ends_sentence(quoted[1]):
        return quoted[1].strip()
    found = outlets.domains(line)
    if len(found) != 1:
        return None
    rest = line.replace(found[0], " ").strip(" ,.-–—|")
    return found[0] if not rest or date_only(rest) else None


def signed_date(trailer: list[str]) -> str | None:
    """«CentralasianLIGHT.org» then «16 декабря 2022 года» right under the story: the date the
    site signs it with. Only after such a signature, since teasers below carry their own dates."""
    for i, line in enumerate(trailer):
        if signature_name(line):
            own = date_only(line.replace(signature_name(line) or "", " "))
            return own or next((d for d in map(date_only, trailer[i + 1 : i + 2]) if d), None)
    return None
