"""Places that name the page's outlet by the shape of the line, so a site the table of
outlets (store/data/outlets.csv) has never heard of is still found: a masthead line whose
slogan says what the site is («X — новости Оренбурга», «X — қоғамдық-саяси апталық»,
«Марал Радиосу»), a byline stamp naming a news agency («Bishkek - X news agency»), a
reprint ban or subscribe prompt naming the site («Перепечатка материалов «X» запрещена»,
«Подписывайтесь на X в Telegram»), a lone Latin logo word under the headline («SteppeTV»).

Some shapes also fit a name that is not the page's own. Those are `weak` marks: they
count only when another place names the same outlet (a dateline «BISHKEK. STEPPE» and a
lead «Steppe reports» agree; either alone might be a city and a sentence).
"""

from __future__ import annotations

import re

from store.reading import furniture as fu
from store.reading import outlets
from store.reading.credits import MONTH_DAY
from store.reading.dates import day_month, find_date

# Words that say a name is a medium: a paper, a radio, a channel, an agency, a news site.
_MEDIUM = (
    r"(?:газета|газеты|газеті|газетасы|гезит|апталық|апталыгы|еженедельник|журнал|радио|радиосу|радиосы|"
    r"телеканал|телеарна|тв|tv|агентство|агенттігі|агенттиги|информагентство|портал|порталы|"
    r"новости|жаңалықтары|жаңылыктар|yangiliklar|news|media|медиа)"
)
# «РИА56 — новости Оренбурга и области», «Түркістан — қоғамдық-саяси апталық»: name, dash, what the site is.
_SLOGAN_LINE = re.compile(rf"(?i)^([^\s—–-][^—–|]{{1,30}}?)\s+[—–-]\s+(?:[\w-]+\s+){{0,3}}{_MEDIUM}\b")
# «Марал Радиосу», «Степь ТВ», «Радио Степь»: a short top line that is a radio's, channel's or paper's
# name («Последние новости» is a rubric, so news words do not count here).
_BROADCAST = r"(?:радио|радиосу|радиосы|телеканал|телеарна|тв|tv|газета|газеті|газетасы|гезит|апталық)"
_MEDIUM_NAME = re.compile(rf"(?i)^(?:[^\W\d_][\w-]*\s+){{1,2}}{_BROADCAST}$|^(?:радио|radio)\s+[^\W\d_][\w-]*$")
# The first crumb of a breadcrumb trail or a rubric before a dash is not a site's name.
_NOT_NAMES = frozenset(
    "главная домой басты бет home bosh sahifa башкы новости жаңалықтар news лента общество политика экономика "
    "происшествия регионы мир спорт культура қоғам саясат аймақ".split()
)


# «Новости Mail», «Новости Mail Общество Экономика …»: a portal's news logo, a Latin brand after «Новости»
# (a place after it, «Новости Казахстана», is a tagline).
_NEWS_BRAND = re.compile(r"^((?:Новости|Жаңалықтар|Yangiliklar)\s+[A-Z][\w.]*)(?=\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]|$)")


def slogan_masthead(header: list[str]) -> str | None:
    """The site's name on a top line that is its masthead: the name before a slogan that says
    what the site is, a short line that is a radio's, channel's or paper's name, or a portal's
    «Новости <brand>» logo."""
    for line in header[:3]:
        s = line.strip()
        brand = _NEWS_BRAND.match(s)
        if brand:
            return outlets.known(brand[1]) or brand[1]
        if fu.word_count(s) > 12 or fu.ends_sentence(s):
            continue
        m = _SLOGAN_LINE.match(s)
        if m and fu.word_count(m[1]) <= 3 and len(re.findall(r"\s[—–-]\s", s)) == 1:
            name = m[1].strip()
            if name.lower() not in _NOT_NAMES:
                return outlets.known(name) or name
        if _MEDIUM_NAME.match(s) and not s.lower().startswith(("новости", "жаңалықтар")):
            return outlets.known(s) or s
    return None


# «13:52, 22 февраля 2022, Bishkek - Steppe.kg news agency , Aida DZHUMASHOVA», «Информагентство X, 12 мая».
_AGENCY_STAMP = re.compile(
    r"(?i)(?:^|[,-–—]\s*)([A-Za-zА-ЯЁа-яё0-9][\w.-]*(?:\s[A-ZА-ЯЁ][\w.-]*)?)\s+news\s+agency\b"
    r"|\b(?:информагентство|информационное агентство)\s+[«\"“]?([A-ZА-ЯЁ][\w.-]*(?:\s[A-ZА-ЯЁ][\w.-]*)?)[»\"”]?"
)


# Every _AGENCY_STAMP match holds one of these words, under the same IGNORECASE (so the same code
# points fold to their letters). The stamp's pattern is tried at every position of a line (its
# opening class `[,-–]` is a range over most letters), ~0.2 ms a generated article: the header is
# searched for the words once first (ingest111).
_AGENCY_WORD = re.compile(r"(?i)agency|агентство")


def agency_stamp(header: list[str]) -> str | None:
    """A short header line (a date stamp or byline) that names the news agency of the story."""
    if not _AGENCY_WORD.search("\n".join(header[:8])):
        return None
    for line in header[:8]:
        if fu.word_count(line) > 16:
            continue
        m = _AGENCY_STAMP.search(line)
        if m:
            name = (m[1] or m[2]).strip()
            return outlets.known(name) or name
    return None


# A dateline printed as a line of its own between the headline and the lead: «Astana, October 30, AZERTAC»,
# «Алматы, 12 мая, КАЗТАГ». The name after the date is the agency's, nothing follows it.
_DATELINE_LINE = re.compile(
    rf"^[A-ZА-ЯЁ][\w-]+(?:[ -][A-ZА-ЯЁ][\w-]+)?[.,]\s+({MONTH_DAY})[.,]?\s+(?:[-–—]\s*)?"
    r"([^\W\d_][\w.&-]*(?:\s[^\W\d_][\w.&-]*)?)\s*$"
)


# «31 июля 2008, 21:30, CA-NEWS»: the page's date stamp signed with the agency's name.
_STAMP_TAIL = re.compile(r"^[\s,|•·–—-]*(?:\d{1,2}:\d{2}[\s,|•·–—-]+)?([^\W\d_][\w.&-]*(?:\s[^\W\d_][\w.&-]*)?)\s*$")


def dateline_line(header: list[str]) -> str | None:
    """The agency a header line made only of a dateline or a signed date stamp names: a known
    outlet, a name in capitals, a name with a capital inside (KazTAG) or a domain — a word in
    lower case after a date is no agency."""
    for line in header[:8]:
        s = line.strip()
        if len(s) > 80:
            continue
        m = _DATELINE_LINE.match(s)
        name = m[2] if m and day_month(m[1]) else _stamp_signature(s)
        name = (name or "").rstrip(".")
        shaped = name.isupper() and len(name) >= 3 or any(c.isupper() for c in name[1:]) or "." in name
        if name and (outlets.known(name) or shaped):
            return outlets.known(name) or name
    return None


# «CA-NEWS (KZ) - <headline>»: an agency's name and the country it files from, over its story.
_COUNTRY_TAGGED = re.compile(r"^([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)\s+\([A-Z]{2}\)\s*[-–—]\s+\S")


def country_tagged(header: list[str]) -> str | None:
    """The agency named with its country's code on a header line, when the name is shaped like an
    agency's (capitals, a capital or a sign inside, a domain) or known: «Almaty (KZ) -» is a city."""
    for line in header[:8]:
        m = _COUNTRY_TAGGED.match(line.strip())
        if m and (not m[1].isalpha() or any(c.isupper() for c in m[1][1:]) or outlets.known(m[1])):
            return outlets.known(m[1]) or m[1]
    return None


def _stamp_signature(line: str) -> str | None:
    """The name after a full date (and its time) that opens the line, when nothing else follows."""
    found = find_date(line)
    if not found or found[1] != 0:
        return None
    m = _STAMP_TAIL.match(line[found[2] :])
    return m[1] if m else None


# A reprint ban or a copying notice quoting the site's name: «Перепечатка материалов «X» без ссылки
# запрещена», «Материалы «X» можно использовать…», «© «X» газеті. Материалдарды көшіріп басқанда…».
_REPRINT = re.compile(r"(?i)перепечатк|копирован|использовани\w*\s+материал|материалдарды|көшіріп|materiallardan")
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{2,40})[»\"”“]")
# «Подписывайтесь на X в Telegram», «Читайте X в Telegram»: the site naming itself to readers.
_SUBSCRIBE = re.compile(
    r"(?i)^(?:подписывайтесь|подпишитесь|читайте|следите\s+за)\s+(?:на\s+)?(?!наш|нас\b|новост)"
    r"([«\"“]?[A-ZА-ЯЁ0-9][\w.-]*(?:\s[A-ZА-ЯЁ0-9][\w.-]*)?[»\"”]?)\s+(?:в|во|on)\s+(?:telegram|телеграм|instagram|vk|вконтакте|facebook|youtube|tiktok|whatsapp)"
)


# An English reprint notice: «… may not be reproduced without reference to X», «Copyright of materials of
# News Agency X».
_EN_REPRINT = re.compile(
    r"(?i:without\s+(?:a\s+)?reference\s+to|copyright\s+of\s+(?:the\s+)?materials\s+of)\s+"
    r"(?:(?i:the|news\s+agency|agency|website|site)\s+)?([A-Z][\w-]*(?:\.[a-z]{2,6})?(?:\s[A-Z][\w-]*){0,2})"
)
# A word each match of _EN_REPRINT and of _REPRINT holds: looked for first in the line's lower-case copy
# (furniture.may_hold, exact: a line with a letter of furniture.ODD_CASE is searched as before); both
# case-insensitive searches were tried at every position of every trailer line (stop 51, ingest116).
_EN_REPRINT_WORDS = ("reference", "materials")
_REPRINT_WORDS = ("перепечатк", "копирован", "материал", "көшіріп", "materiallardan")


def reprint_notice(trailer: list[str]) -> str | None:
    """The quoted name in a reprint ban or copying notice under the story, the name an English
    notice gives, or the name a subscribe prompt gives: the site's own, known to the table or not."""
    for line in trailer:
        if len(line) > 250:
            continue
        low, odd = line.lower(), fu.ODD_CASE.search(line) is not None
        en = _EN_REPRINT.search(line) if fu.may_hold(low, odd, _EN_REPRINT_WORDS) else None
        if en:
            return outlets.known(en[1]) or en[1]
        m = _SUBSCRIBE.match(line.strip())
        if m and not outlets.is_channel(m[1].strip(' «»"“”')):
            name = m[1].strip(' «»"“”')
            return outlets.known(name) or name
        if fu.may_hold(low, odd, _REPRINT_WORDS) and _REPRINT.search(line):
            q = _QUOTED.search(line)
            if q and fu.word_count(q[1]) <= 4:
                return outlets.known(q[1]) or q[1].strip()
    return None


# A lone Latin logo word right under the headline: «SteppeTV», «STEPPEINFO», «Steppe.kz».
_LATIN_LOGO = re.compile(r"^(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{4,}|[A-Za-z][\w-]*\.[a-z]{2,6})$")


# Latin words a page's top prints alone that are rubrics, buttons or networks, not the site's logo.
_NOT_LOGOS = frozenset(
    "news video videos photo photos live online top menu home sport sports main world politics economy society "
    "business tech culture opinion analytics breaking latest search login share tags rss english russian "
    "whatsapp youtube tiktok facebook instagram telegram twitter linkedin vkontakte odnoklassniki".split()
)


def lone_logo(top: list[str]) -> str | None:
    """A line of the page's top that is one Latin word shaped like a logo (capitals inside,
    all capitals, or a domain): the site signing the story under its headline."""
    for line in top[:8]:
        s = line.strip()
        if _LATIN_LOGO.match(s) and not outlets.is_counter(s) and s.lower() not in _NOT_LOGOS:
            return outlets.known(s) or s
    return None


def owner_masthead(header: list[str], owner: str | None) -> str | None:
    """The site's name on the page's first line when the footer's owner is its company: «Деловой
    Курс» over «© ТОО «Деловой Курс Медиа»», «Жетісу Ақпарат» over «© «Жетісу Медиа» ЖШС». The
    company's legal name opens with the brand's first word; the brand, not the company, is the
    outlet a reader cites. Two to four capitalized words, not prose: a logo, not a headline."""
    if not header or not owner:
        return None
    head = re.split(r"\s+[|—–-]\s+", header[0].strip())[0].strip()
    ws, owner_ws = fu.words(head), fu.words(owner)
    if not 2 <= len(ws) <= 4 or not owner_ws or fu.is_prose(head) or not all(w[0].isupper() for w in ws):
        return None
    same_first = ws[0].lower().replace("ё", "е") == owner_ws[0].lower().replace("ё", "е")
    return head if same_first and outlets.fold(head) != outlets.fold(owner) else None


# A Telegram web view's counter under the channel's name: «48 312 subscribers», «12K подписчиков».
_SUBSCRIBERS = re.compile(r"(?i)^[\d\s.,]+[KkКк]?\s+(?:subscribers|members|подписчик\w*|жазылушы\w*)$")


def channel_over_subscribers(header: list[str]) -> str | None:
    """The channel's name on the line right above its subscriber counter: a post copied from
    Telegram's web view is that channel's, whatever other channels the page lists below."""
    for above, line in zip(header, header[1:], strict=False):
        if _SUBSCRIBERS.match(line.strip()) and 1 <= fu.word_count(above) <= 8 and not fu.is_prose(above):
            return above.strip()
    return None


# «BISHKEK. STEPPE As of today …»: a city in Latin capitals and a name in capitals opening the lead.
_CAPS_CITY_NAME = re.compile(r"^[A-Z][A-Z-]{2,}(?:\s[A-Z][A-Z-]{2,})?[.,]\s+([A-Z][A-Z0-9.]{2,20})(?=\s)")
# «Steppe reports», «Steppe news agency reports».
_REPORTS = re.compile(r"(?:^|[.,;]\s+|\s)([A-Z][\w.-]{2,30})(?:\s+news\s+agency)?\s+reports\b")


# A lead opened by the site's own address in capitals, as a dateline: «ERNUR.KZ. Тасжолда …,
# деп жазады Tengrinews.kz» (the page is Ernur's retelling of Tengrinews' report).
_SITE_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9-]{1,30}\.(?:KZ|ҚАЗ|RU|KG|UZ|COM|NET|ORG|INFO|ASIA|MEDIA|NEWS))\s*[.:–—-]\s+\S"
)


def site_dateline(body: list[str]) -> str | None:
    """The site address in capitals that opens the lead («ERNUR.KZ. …», «BAQ.KZ – …»), in the
    body's first paragraph or the one after a standfirst."""
    for par in body[:2]:
        m = _SITE_DATELINE.match(par)
        if m:
            return m[1]
    return None


def weak_dateline(body: list[str]) -> str | None:
    """The name in capitals after a city in capitals opening the lead (a weak mark: it may be
    the sentence's first word)."""
    m = _CAPS_CITY_NAME.match(body[0]) if body else None
    return m[1] if m else None


def weak_reports(body: list[str]) -> str | None:
    """«X reports» in an English lead (a weak mark: «Officials reports» is not an outlet). Every
    match holds «reports» as written (the pattern folds no case), so only a paragraph holding it is
    searched: the pattern opens with a blank or a line start and was tried at every position of
    two paragraphs of every article (stop 52, ingest121)."""
    for par in body[:2]:
        m = _REPORTS.search(par) if "reports" in par else None
        if m:
            return m[1]
    return None


# «Степной курьер › Регион», «Ертіс ақшамы › Өңір › Шекара»: the site's name opening its rubric trail
# (a breadcrumb whose first crumb is the site itself, not «Главная»). «»» is a closing quote, no separator.
_CRUMB_SEPARATOR = re.compile(r"\s*[›>]\s*")
_CRUMB_WORDS = 3
# «Южный экспресс | 19.11.2026»: the site's name and the story's date on a line under the headline.
_NAME_AND_DATE = re.compile(r"^([^|•·]{2,40}?)\s+[|•·]\s+(.{6,40})$")
_NAME_WORDS = 4
# Rubrics a page prints in these two places besides those of `_NOT_NAMES`.
_RUBRIC_WORDS = frozenset(
    "регион өңір граница шекара транспорт бизнес аналитика интервью казахстан қазақстан страна ел "
    "кеден таможня город қала новость жаңалық".split()
)


def rubric_trail(header: list[str]) -> str | None:
    """The site's name opening the rubric trail on one of the page's first lines: a short
    capitalized name without digits before «›», unless it is a navigation word or a rubric
    (a single word counts only when the table knows it or it is a domain)."""
    for line in header[:3]:
        crumbs = [c.strip() for c in _CRUMB_SEPARATOR.split(line.strip())]
        if not 2 <= len(crumbs) <= 5 or re.search(r"\d", line):
            continue
        if all(0 < len(c.split()) <= _CRUMB_WORDS for c in crumbs[1:]) and _site_like(crumbs[0]):
            if len(crumbs[0].split()) > 1 or outlets.known_or_domain(crumbs[0]):  # one word: a rubric
                return crumbs[0]
    return None


def name_and_date(header: list[str]) -> str | None:
    """The site's name printed beside the date under the headline («X | 19.11.2026»), unless
    the name is a person's (that line is a byline) or a rubric: a single word there is taken
    for a rubric (meta17), so a one-word name counts only as a domain."""
    from store.reading.credits import bare_name
    from store.reading.dates import date_only

    for line in header[:6]:
        m = _NAME_AND_DATE.match(line.strip())
        name = m and m[1].strip()
        if not name or not date_only(m[2]) or not _site_like(name) or bare_name(name):
            continue
        if len(name.split()) > 1 or outlets.domains(name) == [name]:  # one word: a rubric («Qazaqstan • date»)
            return name
    return None


def _site_like(name: str) -> bool:
    """A short capitalized name of words (no digits), not a navigation crumb or a rubric."""
    words = name.split()
    return (
        0 < len(words) <= _NAME_WORDS
        and name.strip()[:1].isupper()
        and not re.search(r"\d", name)
        and words[0].lower() not in _NOT_NAMES
        and not (len(words) == 1 and words[0].lower() in _RUBRIC_WORDS)
        and not re.search(r"[«»\"“”]", name)
    )


# Words papers and sites are named with («… ведомости», «… вестник», «… Times», «… ақпараты»): a rubric
# over the headline («Темір жол», «Граница. Транспорт.») has the same place and shape, but none of them.
_PAPER_WORD = re.compile(
    r"(?i)^(?:вест|ведомост|правд|курьер|экспресс|недел|врем|голос|звезд|зар[яи]|хабар|таймс|times|news|ньюс|инфо|"
    r"info|пресс|press|медиа|media|онлайн|online|сегодня|today|хроник|обозрен|панорам|вечер|газет|ақпарат|жаршы|"
    r"тыныс|үні|апталы|портал)"
)


def name_over_dated_headline(header: list[str]) -> str | None:
    """A plain text's first line naming the site or paper over its headline and the date
    («Таразские ведомости» / «У «Кайрата» скопилось 300 грузовиков» / «19.11.2026»: read71): two
    or three capitalized words, one of them a word papers are named with, no rubric's or
    person's name, no stops; one word only as a domain."""
    from store.reading.credits import bare_name
    from store.reading.dates import date_only

    if len(header) < 3:
        return None
    name, headline, stamp = (line.strip() for line in header[:3])
    words = name.split()
    if not _site_like(name) or bare_name(name) or any(w.lower() in _NOT_NAMES for w in words):
        return None
    if outlets.domains(name) != [name] and (len(words) == 1 or re.search(r"[.,:;!?]", name)):
        return None
    if outlets.domains(name) != [name] and not any(_PAPER_WORD.match(w) for w in words):
        return None
    if fu.word_count(headline) < 4 or not fu.is_headline_like(headline) or not date_only(stamp):
        return None
    return name


# The outlet a plain text credits under its story or on its last lines: «Дереккөз: Egemen.kz»,
# «Источник: Tengrinews.kz», «Ақпарат көзі: Kazinform», «По материалам Kursiv.media». A text saved from
# a site's story often keeps only this line of the site's frame. A body on such a line («Источник:
# пресс-служба МФ РК») is no outlet.
_CREDIT_LINE = re.compile(
    r"(?i)^\s*(?:источник|дереккөз|ақпарат\s+көзі|source|по\s+материалам|материал\s+дайындалған)\s*:?\s*(?:©\s*)?"
    r"[«\"“]?([^«»\"“”]{2,60}?)[»\"”]?[\s.]*$"
)
_CREDIT_LINES = 3


def credited_outlet(trailer: list[str]) -> str | None:
    """The known outlet or site address that a line right under the story (before a «Читайте
    также» list) or one of the text's last lines credits as its source."""
    for line in trailer[:_CREDIT_LINES] + trailer[-_CREDIT_LINES:]:
        m = _CREDIT_LINE.match(line) if len(line) <= 100 else None
        name = m and outlets.known_or_domain(m[1].strip())
        if name:
            return name
    return None


# A byline naming the writer and the outlet they write for, parted by a slash or a bar:
# «Марат Ибраев / Индустриальная Караганда», «Liter.kz | Асель Нурова» (out109). The writer's side is
# a bare name; a lead's «как ранее сообщал X» must not outweigh it.
_BYLINE_PARTS = re.compile(r"\s+[/|]\s+")
_BYLINE_LEN = 80
_NOT_BYLINE_OUTLETS = re.compile(r"(?i)^(?:фото|сурет|автор|корреспондент|тілші|редактор|видео|иллюстрац)")


def byline_outlet(header: list[str]) -> str | None:
    """The outlet beside the writer's name in a byline over the story, unless it is a rubric, a
    photo or post word, or one bare word the table of outlets does not know (it may be a town:
    «Марат Ибраев / Астана»). A name of several words counts when each is capitalized or one is a
    word papers are named with («Уральская неделя»)."""
    from store.reading.credits import bare_name

    for line in header[:6]:
        if len(line) > _BYLINE_LEN or ("/" not in line and "|" not in line):
            continue  # no slash nor bar: one part, no byline (split only where one stands; perf124)
        parts = _BYLINE_PARTS.split(line.strip())
        if len(parts) != 2 or sum(1 for p in parts if bare_name(p)) != 1:
            continue
        name = next(p for p in parts if not bare_name(p)).strip(' «»"“”')
        if not _site_like(name) or _NOT_BYLINE_OUTLETS.match(name):
            continue
        words = name.split()
        if len(words) == 1:
            if outlets.known_or_domain(name):
                return outlets.known_or_domain(name)
            continue
        if all(w[:1].isupper() for w in words) or any(_PAPER_WORD.match(w) for w in words):
            return name
    return None


# A newsroom signing the story as its own under it: «Материал подготовлен редакцией газеты «Уральская
# неделя»», «Материалды дайындаған – «Ақтөбе» газетінің редакциясы» (out109). A sponsor's or a state
# order's line («подготовлен в рамках государственного заказа», «при поддержке …») names no newsroom.
_KIND_RU = r"(?:газеты|сайта|портала|издания|журнала|агентства|информагентства|телеканала|радио)"
_KIND_KK = r"(?:газетінің|газеті|сайтының|порталының|агенттігінің|журналының|басылымының|телеарнасының)"
_PREPARED_RU = re.compile(
    r"(?i)^материал\s+подготовлен\w*\s+(?:редакцией|журналистами|корреспондентами)\s+"
    rf"(?:{_KIND_RU}\s+[«\"“]([^«»\"“”]{{2,40}})[»\"”]|(\S+\.[a-z]{{2,6}}))[\s.]*$"
)
_PREPARED_KK = re.compile(
    r"(?i)^материалды\s+(?:дайындаған|әзірлеген)\s*[-–—:]?\s*[«\"“]([^«»\"“”]{2,40})[»\"”]\s+"
    rf"(?:{_KIND_KK}\s+)?редакциясы[\s.]*$"
)


def prepared_by_newsroom(trailer: list[str]) -> str | None:
    """The newsroom a line under the story says prepared it: the quoted name after a kind word
    («газеты «X»», «X» газетінің редакциясы), or a site's address («редакцией Orda.kz»)."""
    for line in trailer[:_CREDIT_LINES] + trailer[-_CREDIT_LINES:]:
        m = _PREPARED_RU.match(line.strip()) or _PREPARED_KK.match(line.strip())
        name = m and next(g for g in m.groups() if g).strip()
        if name and (m.re is _PREPARED_KK or m[1] or outlets.domains(name) == [name]):
            return name
    return None
