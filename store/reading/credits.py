"""Who wrote and who published an article, from its lines: the dateline («АСТАНА,
7 августа — Kazinform»), the outlet the text cites («как передает …»), the byline,
the copyright owner in the trailer, the URL's host.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.lang.persons import given_names
from store.lang.places import is_known_town
from store.lang.wordlists import words
from store.reading import furniture as fu
from store.reading import outlets
from store.reading.dates import day_month
from store.reading.outlets import known as known_outlet

_NAME = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’-]+"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,2}}"
_JOB = (
    r"(?:(?:выпускающий|главный|шеф-|старший|специальный|собственный|ответственный|политический)\s*)?"
    r"(?:редактор|корреспондент|журналист|обозреватель|автор|фотокорреспондент|колумнист|репортер|репортёр|"
    r"editor|reporter|correspondent|тілші)"
)
# «Дайындаған» and «Материалды дайындаған» («prepared by», «prepared the material») sign a
# Kazakh story as «Подготовил» does a Russian one (dev d008 ends so); «Муаллиф»/«Muallif»
# («author») an Uzbek one (oz.inform: «Муаллиф:Есимжан Нақтибай» under the story).
_AUTHOR_RX = (
    re.compile(
        r"^(?:Автор(?:ы)?|Текст|Author|By|Подготовил[аи]?|Тілші|(?:Материалды\s+)?[Дд]айындаған|Муаллиф|Muallif)"
        rf"\s*[:\-–—]?\s*({_PERSON})\s*$"
    ),
    re.compile(rf"(?i:^)({_PERSON})\s*[,|/–—-]?\s*(?i:{_JOB})\b[\w\s,.-]{{0,40}}$"),
)
# Head nouns of a body («Пресс-служба Акимата», «Агентство Кабар»): a credit naming one signs
# the story with a body, not a person.
_BODY_HEADS = words("org_head_nouns") | {"пресс-служба", "редакция", "департамент", "управление", "акимат"}


def author_line(line: str) -> str | None:
    """The name a byline-shaped line credits, or None. The layout drops such a line from
    the headline and the body whoever it names; `author` keeps only a person."""
    if len(line) > 120:
        return None
    for rx in _AUTHOR_RX:
        m = rx.match(line.strip())
        if m:
            return m[1]
    return None


def _a_person(name: str) -> bool:
    """`name` reads as a person's: no word of it heads a body and it is no outlet's name."""
    return not any(w.lower() in _BODY_HEADS for w in name.split()) and known_outlet(name) is None


def author(lines: list[str]) -> str | None:
    """A byline: «Автор: X», «Имя Фамилия выпускающий редактор», or a name over its job line,
    near the top or after the body; a body or a known outlet in the byline's place («Автор:
    Kazakhstan Today») is no author."""
    for i, line in enumerate(lines):
        a = author_line(line) or _name_over_job(line, lines[i + 1] if i + 1 < len(lines) else "")
        if a and _a_person(a):
            return a
    return None


# A surname's ending (Russian and Kazakh shapes, either gender): a bare two-word line under
# the story is a name when one of its words ends so or is a given name on our list.
_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|[ұу]лы|[қк]ызы|бек|бай|баев|бекова)$", re.I)
_BARE_NAME = re.compile(rf"({_NAME})\s+({_NAME})")


# «Валерия ВАХНЕНКО», «Мөлдір БАҚЫТҚЫЗЫ.»: many dailies sign with the surname in capitals
_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_CAPS_SURNAME = re.compile(rf"([{_UP}][a-zа-яёәғқңөұүһі]+)\s+([{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)\.?")


def bare_name(line: str) -> str | None:
    """A line that is only a person's name («Николай Ильясов», «Валерия ВАХНЕНКО»): two
    capitalized words, one a given name we know or a surname's ending, none a body's head or
    an outlet. A surname in capitals is named in title case («Валерия Вахненко»)."""
    caps = _CAPS_SURNAME.fullmatch(line.strip())
    if caps:
        line = f"{caps[1]} {caps[2].title()}"
    m = _BARE_NAME.fullmatch(line.strip())
    if not m or m[0].isupper():
        return None
    first, last = m[1].lower(), m[2].lower()
    names = given_names()
    shaped = first in names or last in names or _SURNAME_END.search(last) or _SURNAME_END.search(first)
    return m[0] if shaped and _a_person(m[0]) else None


def signed_by(trailer: list[str]) -> str | None:
    """The person who signs the story on the first line under its body: «Дайындаған: X»,
    «Подготовил X», «X, корреспондент» or a bare name before the share buttons. The
    reference counts such a signature as a person of the article (dev d008, d015), while a
    byline above the story and a photo credit are not counted."""
    if not trailer:
        return None
    line = trailer[0].strip()
    name = author_line(line) or _name_over_job(line, trailer[1] if len(trailer) > 1 else "") or bare_name(line)
    return name if name and _a_person(name) else None


_NAME_LINE = re.compile(rf"({_PERSON})")
# A journalist's post on a line of its own: «Собственный корреспондент по … области»,
# «… облысы бойынша меншікті тілші» (rail-news.kz in Russian and Kazakh, dev b005, e006).
_JOB_LINE = re.compile(rf"(?i)^(?:[^\W\d_][\w-]*\s+){{0,6}}?(?:меншікті\s+)?{_JOB}(?:\s+[^\W\d_][\w-]*){{0,6}}$")


def _name_over_job(line: str, below: str) -> str | None:
    """A line that is only a name, with the writer's post on the next line: the byline."""
    m = _NAME_LINE.fullmatch(line.strip())
    return m[1] if m and _JOB_LINE.match(below.strip()) else None


MONTH_DAY = (
    r"\d{1,2}(?:\s+|-)[а-яёәғқңөұүһіA-Za-z]{3,12}\.?(?:\s+\d{4}(?:\s*(?:г\.|года))?)?"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"  # English: «Almaty. July 11. KazTAG -», «Astana, October 30»
)
# The city may start with a Kazakh capital («Қызылорда, 4 желтоқсан 2026 /КазТАГ/ – …», «Өскемен.»).
DATELINE = re.compile(
    rf"^([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+(?:[ -][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+)?)[.,]\s+((?:{MONTH_DAY}))[.,]?\s*"
    r"(?:(?:[-–—]\s*)?(?:/([^/\n]{2,40})/|([A-ZА-ЯЁ][A-ZА-ЯЁ0-9 .«»\"&-]{1,40}?))\s*(?:--|[-–—.])\s"
    r"|[-–—]\s*([A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*){0,3})[.,]\s)?"  # «ОРЕНБУРГ, 22 ноя – РИА Новости. …»
)
# A dateline without a date: the city and the agency both in capitals («АСТАНА. KAZINFORM — …»).
_CAPS = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_CAPS_DATELINE = re.compile(
    rf"^([{_CAPS}][{_CAPS}-]{{2,}}(?:[ -][{_CAPS}-]{{2,}})?)[.,]\s+([{_CAPS}][{_CAPS}0-9 .&-]{{2,40}}?)\s*[-–—]\s"
)
# After a dateline's date, an agency whose name is not all capitals («Астана. 27 сентября. КазТАГ – …»):
# one or two words ending in a dash, taken when the name is a known outlet or has a capital inside (КазТАГ).
_AGENCY_AFTER_DATE = re.compile(r"\s*([^\W\d_][\w.-]*(?:\s[^\W\d_][\w.-]*)?)\s+[-–—]\s")


def find_dateline(lead: str) -> tuple[str | None, str | None]:
    """«Астана. 6 августа. KAZAKHSTAN TODAY - …» → ("Астана", "Kazakhstan Today").

    A city, a day and month, and optionally the agency in capitals or /slashes/,
    at the very start of the lead paragraph.
    """
    m = DATELINE.match(lead)
    if not m or not day_month(m[2]):
        p = _paren_dateline(lead)
        if p:
            return _paren_parts(p)
        c = _CAPS_DATELINE.match(lead) or _known_after_city(lead)
        if not c:
            t = _town_dateline(lead)
            return (_city_case(t[1]), None) if t else (None, None)
        return _city_case(c[1]), known_outlet(c[2].strip(" .")) or _outlet_case(c[2].strip(" ."))
    city = m[1] if not m[1].isupper() else _city_case(m[1])
    outlet = (m[3] or m[4] or m[5] or "").strip(' .«»"') or _agency_after(lead, m.end())
    return city, (_outlet_case(outlet) if outlet else None)


# «Tashkent, Uzbekistan (UzDaily.com) — …», «TASHKENT (Kun.uz) — …»: a city (and its country), the outlet in
# brackets, a dash.
_PAREN_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][\w-]+(?:[ -][A-ZА-ЯЁ][\w-]+)?)(?:,\s+[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+)?)?\s+"
    r"\(([^()\s][^()]{1,30})\)\s*[-–—]\s"
)


# «CentralAsia (KZ) - …», «CA-NEWS (KZ) - …»: an agency's own name before the country it files from.
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def _paren_dateline(lead: str) -> re.Match | None:
    """The bracketed dateline, when the name in brackets is an outlet's (a domain, a known outlet or
    a name with a capital inside) or a country's code after the agency's name; a place in
    brackets, «Almaty (Kazakhstan)», is neither."""
    if "(" not in lead:  # every match holds its bracket: the names before it were read for nothing
        return None
    m = _PAREN_DATELINE.match(lead)
    if not m:
        return None
    name = m[2].strip()
    if _COUNTRY_CODE.fullmatch(name):
        return m if not m[1].isalpha() or any(c.isupper() for c in m[1][1:]) or known_outlet(m[1]) else None
    shaped = "." in name and outlets.domains(name) == [name] or any(c.isupper() for c in name[1:].replace(" ", ""))
    return m if known_outlet(name) or shaped else None


def _paren_parts(m: re.Match) -> tuple[str | None, str]:
    """(city, outlet) of a bracketed dateline: «Tashkent (Kun.uz)» → a city and the outlet,
    «CentralAsia (KZ)» → no city, the agency before the country's code."""
    if _COUNTRY_CODE.fullmatch(m[2].strip()):
        return None, known_outlet(m[1]) or m[1]
    return _city_case(m[1]) if m[1].isupper() else m[1], known_outlet(m[2].strip()) or m[2].strip()


# A photo caption printed above the lead: «… /Фото: Синьхуа/», «Фото: X», «Photo: X».
_CAPTION_CREDIT = re.compile(
    r"(?i)(?:/\s*(?:фото|photo)\s*:[^/]{1,40}/|^\s*(?:фото|photo|сурет)\s*:|\((?:фото|photo)\s*:)"
)


def lead_dateline(body: list[str]) -> tuple[str | None, str | None]:
    """The dateline of the lead paragraph; when the first paragraph is a photo caption
    («… /Фото: Синьхуа/»), the agencies' dateline opens the next one («Урумчи, 4 февраля /Синьхуа/ --»)."""
    found = find_dateline(body[0]) if body else (None, None)
    if found[0] is None and len(body) > 1 and len(body[0]) < 400 and _CAPTION_CREDIT.search(body[0]):
        return find_dateline(body[1])
    return found


# «ASTANA. Kazinform - …»: a city in capitals, then an agency spelled in its own case.
# The dash may be missing («BISHKEK. KAZINFORM As of today …»): then the name must be known, as always here.
# A trip's two cities («ASTANA - SHYMKENT. KAZINFORM -»: the first is the dateline's) and a dot with no
# space after it («ТАРАЗ.KAZINFORM –») are the agency's own datelines too; the name is known here, so
# neither lets a capitalised first word through.
# A city in Kazakh Latin capitals keeps its digraphs' small «h» and its accents («KÓKShETAÝ»).
_LATIN_KK_CAPS = "ÁÓÚÝÍŃǴÜÖÇŞ"
_CITY_THEN_NAME = re.compile(
    rf"^([{_CAPS}{_LATIN_KK_CAPS}](?:[{_CAPS}{_LATIN_KK_CAPS}-]|(?<=[SCZ])h){{2,}}|[\u0600-\u06ff]{{3,}})"
    rf"(?:\s[-–—]\s[{_CAPS}][{_CAPS}-]{{2,}})?[.,]\s*([^\W\d_][\w.-]{{1,30}})(?:\s*[-–—]\s|\s+(?=[{_CAPS}]))"
)  # the Arabic-script Kazakh city has no capitals


def _known_after_city(lead: str) -> re.Match | None:
    """The dateline «CITY. Name -» when Name is a known outlet (a capitalised word after a
    city in capitals is otherwise the sentence's own first word)."""
    m = _CITY_THEN_NAME.match(lead)
    return m if m and known_outlet(m[2]) else None


def strip_dateline(lead: str) -> str:
    """The lead without its dateline («Астана. 27 сентября. КазТАГ – Погода …» → «Погода …»),
    so a headline made from the lead's first sentence is not «Астана.»."""
    m = DATELINE.match(lead)
    if m and day_month(m[2]):
        a = _AGENCY_AFTER_DATE.match(lead, m.end())
        rest = lead[a.end() :] if a and not (m[3] or m[4] or m[5]) and _agency_after(lead, m.end()) else lead[m.end() :]
        return rest.lstrip(" -–—") or lead
    c = _paren_dateline(lead) or _CAPS_DATELINE.match(lead) or _known_after_city(lead) or _town_dateline(lead)
    return lead[c.end() :].lstrip() or lead if c else lead


# «ЖАРКЕНТ. Пункт пропуска …»: a town in capitals and a full stop, no date and no outlet, as
# regional sites and short notes open a story. A word in capitals before a stop is as often a
# shout («ВНИМАНИЕ.», «СРОЧНО.») or a body («КНБ.»), so the town must be a known one.
_TOWN_DATELINE = re.compile(
    rf"^([{_CAPS}][{_CAPS}-]{{2,}}(?:[ -][{_CAPS}][{_CAPS}-]{{2,}})?)\.\s+(?=[«\"„“]?[{_CAPS}])"
)


def _town_dateline(lead: str) -> re.Match | None:
    m = _TOWN_DATELINE.match(lead)
    return m if m and is_known_town(m[1]) else None


def opens_with_dateline(line: str) -> bool:
    """Whether the line opens with a dateline («ТАРАЗ, 2 декабря 2026.», «ЖАРКЕНТ.», «Астана. 6
    августа. KAZAKHSTAN TODAY -»): the first line of a story, never a headline or a link teaser."""
    return line[:1].isupper() and find_dateline(line)[0] is not None


def _agency_after(lead: str, at: int) -> str | None:
    """«Астана. 27 сентября. КазТАГ – …»: the agency right after the date, when its name is
    a known outlet or a word with a capital inside (not the sentence's first word)."""
    a = _AGENCY_AFTER_DATE.match(lead, at)
    if not a:
        return None
    name = a[1].rstrip(".")
    camel = " " not in name and any(ch.isupper() for ch in name[1:])
    return name if camel or known_outlet(name) else None


# «Алматы, NEGE. …» in one of the first paragraphs: a city and a known outlet's name, no date.
_CITY_OUTLET = re.compile(rf"^[{_CAPS}][\w-]+,\s+([{_CAPS}][\w.-]{{1,24}})[.]?\s+[-–—]?\s*\S")


def city_outlet(paragraphs: list[str]) -> str | None:
    """A dateline without a date in the first paragraphs («Алматы, NEGE. «…»»), when the
    name after the city is a known outlet (a city and a word are common in any text)."""
    for par in paragraphs[:3]:
        m = _CITY_OUTLET.match(par)
        if m and known_outlet(m[1].rstrip(".")):
            return known_outlet(m[1].rstrip("."))
    return None


def _city_case(name: str) -> str:
    """«УСТЬ-КАМЕНОГОРСК» → «Усть-Каменогорск»."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), name.lower())


def _outlet_case(name: str) -> str:
    """«KAZAKHSTAN TODAY» → «Kazakhstan Today»; short acronyms (ТАСС) and domains keep their form."""
    if "." in name or not name.isupper() or len(name.replace(" ", "")) <= 5:
        return name
    return re.sub(r"[^\W\d_]{4,}", lambda m: m[0].capitalize(), name)


_VERB = (
    r"(?:[Кк]ак\s+)?(?:передает|передаёт|сообщает|пишет|информирует|сообщают|передают|пишут|публикует|хабарлайды"
    r"|(?<=деп\s)(?:хабарлады|жазады|жазды)|(?<=dep\s)(?:habarla[iı]dy|habarlady|jazady|jazdy)|xabarlayd[iı])"
)
_FILLER = (
    r"(?:(?:собственн|специальн|казахстанск|российск|местн|региональн|информационн|международн)\w*\s+)?"
    r"(?:(?:бюро|корреспондент\w*|корр\.|собкор\w*|агентство|информагентство|издание|интернет-издание|портал|сайт|телеканал|"
    r"газета|журнал|радио|МИА|ИА|ИИА|ТК)\s+)?"
    # «передает корреспондент агентства Kazinform»: the reporter, then the kind of outlet
    r"(?:(?<=корреспондент\s)(?:агентства|издания|портала|сайта|газеты|телеканала|МИА|ИА)\s+)?"
)
_OUTLET = (
    r"@?(«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|“[^”\n]{2,40}”|„[^“”\n]{2,40}[“”]"
    r"|[A-Za-zА-ЯЁа-яё0-9][\w-]*\.(?i:kz|ru|com|org|net|uz|kg|az|info|media|news|tv|by|ua)\b"
    r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][\w-]*){0,2})"
)
_OUTLET_RX = re.compile(rf"(?<!\w){_VERB}\s+{_FILLER}{_OUTLET}")
# Bodies that report news but are not the outlet that wrote the article.
_NOT_OUTLET = re.compile(
    r"(?i)^(?:мин\w*|министерств|комитет|ведомств|акимат|аким|правительств|департамент|управлени|прокуратур|суд|"
    r"полици|пресс|мвд|кнб|мчс|мид|двд|дчс|агентств|служб|администраци|кабмин|парламент|мажилис|сенат|ведомств|"
    r"президент|глава|премьер|посольств|нацбанк|компани|погранслужб|погранично|(?:ргп|ргу|кгу|гу|ао|тоо|нао|гкп|ргкп|жшс)\b)"
)


_CITING = re.compile(r"^\s*,?\s*(?:со|с)\s+[cс]сылк\w*\s+на\b|^\s*,?\s*[\w\s«»\".-]{0,40}?сілтеме\s+жасап", re.I)


def find_outlet(body: list[str], citing: bool | None = None) -> str | None:
    """The outlet named in the lead («передает Rail-news.kz», «Как передает казахстанское
    бюро Report», «сообщает МИА «Казинформ»», «деп хабарлайды Tengrinews.kz»), looking at
    the first paragraphs first. «со ссылкой на X» names the outlet's own source and is
    not read; government bodies and people after «сообщает» are reporters of facts, not
    outlets. «передает X со ссылкой на Y» is often a page reprinting X: `citing=False`
    skips such an X, `citing=True` reads only such an X (the parser's last resort), None reads both."""
    for par in body[:3]:
        for said, group, end in _outlet_credits(par):
            name = group.strip('«»"“”„ ')
            if not name or not _outlet_ok(name) or _channel(name, said, par[end:]):
                continue
            if citing is not None and bool(_CITING.match(par[end:])) != citing:
                continue
            if _RETELLS.match(said) and not _OWN_DESK.search(said):
                continue  # «…, пишет РБК»: the page retells another outlet (an aggregator), it is not RBC's page
            if (_KAZAKH_PAST.search(said) or _RUNS_ON.match(par, end)) and not _sure_outlet(name):
                continue  # «… деп хабарлады Шекара қызметі»: a body reported it, not the outlet
            return _outlet_case(name)
    return None


@lru_cache(maxsize=1024)
def _outlet_credits(par: str) -> tuple[tuple[str, str, int], ...]:
    """Each «передает X» of a paragraph: (the match, its name group, where it ends). Kept per process:
    the page's outlet asks find_outlet twice of the same lead paragraphs (citing=False, then True), and
    _OUTLET_RX, with no literal to search for, is tried at every position (ingest111)."""
    return tuple((m[0], m[1], m.end()) for m in _OUTLET_RX.finditer(par))


# «пишет X», «публикует X»: a page retelling what another outlet wrote; a site names itself with
# «передает/сообщает X», or with its own desk («пишет корреспондент X»).
_RETELLS = re.compile(r"(?i)^(?:как\s+)?(?:пишет|пишут|публикует)\s")
_OWN_DESK = re.compile(r"(?i)корреспондент|корр\.|собкор|бюро")


_IN_MESSENGER = re.compile(r"(?i)^\s*(?:в|в своем|в своём|в своих)?\s*(?:telegram|телеграм|tg)\b")


def _channel(name: str, said: str, after: str) -> bool:
    """«пишет Telegram-канал Mash», «сообщает Baza в Telegram», «пишет Mash»: a channel the
    page cites, not the page's own outlet."""
    if outlets.is_channel(name) or re.search(r"(?i)(?<!\w)канал\s*$", said[: -len(name)].rstrip(' «"')):
        return True
    return bool(_IN_MESSENGER.match(after)) and known_outlet(name) is None  # a site's own channel is the site


# «деп хабарлады», «деп жазады»: a Kazakh past or «writes» names a body as often as an outlet.
_KAZAKH_PAST = re.compile(r"(?:хабарлады|жазады|жазды)\s")


# A capitalized word the name runs on from in lower case is a body's first word («Шекара
# қызметі», «Қаржы министрлігі»), unless the word is the reporter («тілшісі») or a citation.
_RUNS_ON = re.compile(r"\s+(?!тілшісі|со\s|с\s|сілтеме)[a-zа-яёәғқңөұүһі]")


def _sure_outlet(name: str) -> bool:
    """A domain, a Latin name or a known outlet: not a body that reported something."""
    return "." in name or bool(re.match(r"[A-Za-z]", name)) or known_outlet(name) is not None


def _outlet_ok(name: str) -> bool:
    if "." in name or re.match(r"[A-Za-z]", name) or len(name) <= 1:
        return "." in name or len(name) > 1
    if _NOT_OUTLET.match(name) or (_ACRONYMS.fullmatch(name) and known_outlet(name) is None):
        return False
    return not _is_person(name.split()[0])


# «Об этом сообщает ГПС КР», «сообщает ПС ГКНБ»: Cyrillic initials are a state body's, unless
# the outlet table knows them (КТК, ТАСС).
_ACRONYMS = re.compile(r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}){0,2}")


_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ына|ова|ева|ина|ский|ская|цкий|енко|ұлы|қызы|улы|кызы)$")


def _is_person(word: str) -> bool:
    """Whether the word reads as a first name or surname (Токаев, Бектенова): pymorphy2's
    Name/Surn tags, or a surname ending (Kazakh surnames are often missing from its dictionary)."""
    from store.lang.lemmas import analyzer

    if _SURNAME_END.search(word.lower()):
        return True
    return any(
        {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",").split(",")) for p in analyzer().parse(word)[:2]
    )


_COPYRIGHT = re.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")
# The rights clause a footer may cut short («© 2026 Все права»): its first words alone are no owner.
_RIGHTS = re.compile(
    r"(?i)(?:все права(?: защищены)?|all rights(?: reserved)?|барлық құқықтар(?: қорғалған)?|"
    r"при использовании|перепечатка|использование материалов|свидетельство|сайт\w* использует).*$"
)
_LEGAL_FORM = re.compile(
    r"(?i)(?<!\w)(?:тоо|ао|оао|зао|ооо|жшс|ақ|хаа|миа|ия|иа|ltd|llp|llc|inc|информационное агентство|"
    r"международное информационное агентство|телеканал|радио|газета|журнал)(?!\w)\.?"
)
_DOMAIN = re.compile(
    r"(?<![\w.])[A-Za-zА-Яа-я0-9][\w-]*(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|uz|kg|az|info|media|news|tv|by|ua)\b"
)


def _may_be_copyright(line: str) -> bool:
    """False only when _COPYRIGHT cannot match: every match holds «©», «(» or «copyright» in some
    case (a line with a letter of furniture.ODD_CASE is searched). The search, case-insensitive, was
    tried at every position of every trailer line (stop 51, ingest116)."""
    return "©" in line or "(" in line or fu.may_hold(line.lower(), fu.ODD_CASE.search(line) is not None, ("copyright",))


def copyright_owner(trailer: list[str]) -> str | None:
    """The outlet a page's copyright line names («© 2009–2025 Kapital.kz. Все права защищены.»,
    «© 1997-2025 МИА «Казинформ»», «LS © 2012–2025», «Copyright © 2007-2025 Tengrinews.kz»):
    the last such line after the body. A quoted name wins, then a domain, then the words
    left when years, legal forms and the rights clause are taken away."""
    for line in reversed(trailer):
        if len(line) > 200 or "/" in line or not _may_be_copyright(line) or not _COPYRIGHT.search(line):
            continue  # «© РИА Новости / Павел Лисицын» is a photo credit
        name = _owner_in(line)
        if name:
            return name
    return None


def sign_owner(trailer: list[str]) -> str | None:
    """The owner the last copyright line names in the sign's own clause (_after_sign), else as
    copyright_owner reads the whole line: a footer that goes on to name the portal's operator,
    or a copy that glued a reader's reply above the sign, gives the page's owner, not theirs."""
    for line in reversed(trailer):
        if len(line) > 200 or "/" in line or not _may_be_copyright(line) or not _COPYRIGHT.search(line):
            continue
        name = _owner_in(_after_sign(line)) or _owner_in(line)
        if name:
            return name
    return None


def _after_sign(line: str) -> str:
    """The copyright sign's own clause: from «©» to the end of its sentence. What follows is
    another party («© 2026 Пограничная служба КНБ РК. Портал сопровождается АО «НИТ».»: the
    portal's operator) or text a copy glued to the footer (a forum's last reply above it)."""
    m = _COPYRIGHT.search(line)
    rest = line[m.start() :] if m else line
    return re.split(r"(?<=[^\W\d_][»\"]|[^\W\d_]{2})\.\s", rest, maxsplit=1)[0]


def _owner_in(line: str) -> str | None:
    """The name a copyright text gives: a quoted name, then a domain, then the words left when
    years, legal forms and the rights clause are taken away."""
    text = _RIGHTS.sub("", line)
    quoted = re.search(r"«([^«»]{2,40})»|\"([^\"]{2,40})\"", text)
    if quoted:
        return (quoted[1] or quoted[2]).strip()
    domain = _DOMAIN.search(text)
    if domain:
        return domain[0]
    text = re.sub(r"(?i)copyright|\(c\)|©|\b\d{4}\b(?:\s*[-–—]\s*\d{4})?", " ", text)
    text = _LEGAL_FORM.sub(" ", text)
    parts = [p.strip(" ,.;:|-–—") for p in re.split(r"\.\s|[|;]|\s{2,}|,\s", text)]
    for part in parts:
        if re.search(r"[^\W\d_]", part) and fu.word_count(part) <= 8:
            return part
    return None


def host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    return m[1] if m else None


# The newsroom speaking of itself: «Редакция Centralmedia24 направила запросы…», «в редакцию
# «Нашей газеты» обратились…», «„Мой город“ ақпарат агенттігінің редакциясына хабарласты»,
# «„Вести.kg“ обратились в погранслужбу», «Rail-news.kz обсудил с экспертом…».
_SELF_NAME = (
    r"(«[^«»\n]{2,40}»|\"[^\"\n]{2,40}\"|“[^”\n]{2,40}”|„[^“”\n]{2,40}[“”]"
    r"|[A-Za-zА-ЯЁа-яё0-9][\w-]*\.(?i:kz|ru|com|org|net|uz|kg|az|info|media|news|tv|by|ua|city)\b"
    r"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[A-Za-z0-9][\w-]*)"
)
_KIND = r"(?:портала|сайта|газеты|издания|агентства|информагентства|телеканала|журнала)"
_NEWSROOM_RX = (
    re.compile(rf"(?i:\bредакци[яиюей]|\bв\s+редакцию|^[\s•·*-]*справка)\s+(?:{_KIND}\s+)?{_SELF_NAME}"),
    re.compile(
        rf"{_SELF_NAME}\s+(?:ақпарат\s+агенттігінің\s+|газетінің\s+|порталының\s+|сайтының\s+|басылымының\s+)?редакция"
    ),
)
# «X обратились в …»: the outlet as the subject of a newsroom's verb, only for a domain or a known name;
# «X, ссылаясь на сайт Y, отмечает»: the page retells Y, but the page is X's.
_NEWSROOM_VERB = re.compile(
    rf"(?:^|[.!?…]\s+){_SELF_NAME}(?:\s+(?:обратил(?:ся|ась|ись|ось)|связал(?:ся|ась|ись|ось)|направил[аио]?|"
    r"обсудил[аио]?|выяснил[аио]?|запросил[аио]?|побывал[аио]?)\b|,\s+ссылаясь\s+на\b)"
)


# «Журналист Orda.kz побывал на границе», «корреспондент Zakon.kz», «эксклюзивном комментарии для
# Kazinform»: the page's own reporter or exclusive, named by a domain or a known outlet.
_OWN_REPORTER = re.compile(
    rf"(?:(?<![\w-])(?:[Жж]урналист|[Кк]орреспондент|[Сс]пецкор|[Сс]обкор)\w*\s+|"
    rf"(?i:эксклюзивн\w*\s+(?:комментари\w*|интервью|заявлени\w*)\s+для)\s+){_SELF_NAME}"
)


# A word every newsroom pattern below needs: a cheap test before the costly ones.
_NEWSROOM_WORDS = (
    "редакци справка обратил связал направил обсудил выяснил запросил побывал ссылаясь журналист корреспондент "
    "спецкор собкор эксклюзивн"
).split()
_NEWSROOM_WORD = re.compile("(?i)" + "|".join(_NEWSROOM_WORDS))
# Characters on which str.lower and a pattern's IGNORECASE agree for those (Cyrillic) words:
# Latin-1, Cyrillic (Kazakh letters included) and general punctuation (checked character by
# character in tests/test_ingest_cpu.py). IGNORECASE also matches «в», «о», «с», «т» to the
# old letter forms of U+1C80–U+1C88, which str.lower does not: those fall outside.
_NOT_PLAIN = re.compile(r"[^\x00-\u04ff\u2000-\u206f]")


def _has_newsroom_word(par: str) -> bool:
    """_NEWSROOM_WORD.search(par), answered by substring tests on the lowered paragraph where
    that is the same answer (the pattern, tried at every position, cost 40 µs a paragraph)."""
    if _NOT_PLAIN.search(par):
        return _NEWSROOM_WORD.search(par) is not None
    low = par.lower()
    return any(w in low for w in _NEWSROOM_WORDS)


def newsroom(paragraphs: list[str]) -> str | None:
    """The outlet whose newsroom the text speaks of as itself («редакция X», «X … редакциясына»,
    «X обратились в …»), in the first paragraphs. The name must look like a site's: quoted,
    a domain, a word with Latin letters or digits, or a known outlet; bodies and people are not."""
    for par in paragraphs[:4]:
        if not _has_newsroom_word(par):
            continue  # the patterns below try every word as a name: look for their key words first
        for rx in _NEWSROOM_RX:
            for m in rx.finditer(par):
                name = _self_name(m[1], quoted_ok=True)
                if name:
                    return name
        for rx in (_NEWSROOM_VERB, _OWN_REPORTER):
            for m in rx.finditer(par):
                name = _self_name(m[1], quoted_ok=False)
                if name:
                    return name
    return None


def _self_name(raw: str, quoted_ok: bool) -> str | None:
    name = raw.strip('«»"“”„ ')
    if not name or _NOT_OUTLET.match(name) or not _outlet_ok(name):
        return None
    sure = "." in name or known_outlet(name) is not None
    if sure or (quoted_ok and (raw[:1] in '«"“„' or re.search(r"[A-Za-z0-9]", name))):
        return known_outlet(name) or name
    return None


# A source credit outside the story: «Источник: пресс-служба Правительства РК», «Дереккөз: Көлік
# министрлігінің баспасөз қызметі». The reading drops such a line from the body, yet the reference
# counts the body it names as an organization of the article (dev a007, c001). A photo's credit
# («Фото: пресс-служба КГД», «Фото: КНБ РК») is not read: the reference only accepts such a body
# (a012, a016), it never requires it, and earlier fresh sets count it as no organization.
_SOURCE_LINE = re.compile(r"(?i)^\s*(?:источник|дереккөз|ақпарат\s+көзі|source)\s*:\s*(?:©\s*)?(.{3,100}?)\s*$")


def source_line(line: str) -> bool:
    """Whether the line is a source credit alone («Источник: пресс-служба ДГД»), no story."""
    return bool(_SOURCE_LINE.match(line))


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
# Between the bodies of a credit line: a spaced slash or bar, or a comma.
_CREDIT_LIST_BREAK = re.compile(r"\s[/|]\s|,\s")


def credited_bodies(lines: list[str], kept: set[str]) -> list[str]:
    """The body-shaped names on the page's source credits that the body does not keep (`kept`:
    its paragraphs), in page order, each once. Whether a name is a body is the extractor's
    question; an outlet («Источник: Комсомольская правда», «Источник: Tengrinews.kz») or a
    person on such a line is left out here."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        m = _SOURCE_LINE.match(text) if text not in kept and len(text) <= 120 else None
        for part in _CREDIT_LIST_BREAK.split(m[1] if m else ""):
            part = part.strip(" ©")
            if len(part) > 2 and part not in out and not _an_outlet(part) and _body_shaped(part):
                out.append(part)
    return out[:4]


# A press office signing the release it sent, on the line right under the story: «Пресс-служба ДЧС
# СКО», «Көлік министрлігінің баспасөз қызметі». Dumps of press releases keep it in the text, and the
# reading drops it with the trailer; the body it names is the story's, as a source credit's is (org85).
# A photo's credit («Фото: … баспасөз қызметі») is no signature: a label before a colon is no body.
_PRESS_SIGNATURE = re.compile(
    r"(?i)^\s*(?:пресс-служба\s+[^\s:][^:]{1,90}|[^\s:][^:]{1,90}?\s+баспасөз\s+қызметі)\s*\.?\s*$"
)
_UNDER_THE_STORY = 2  # lines after the story's last paragraph a signature may stand on


def press_signature(trailer: list[str], kept: set[str]) -> list[str]:
    """The press office signing the story on one of the first lines under it (see
    _PRESS_SIGNATURE), as a credited name; a line the body keeps, or an outlet, is none."""
    for line in trailer[:_UNDER_THE_STORY]:
        text = line.strip().rstrip(".")
        if text and text not in kept and len(text) <= 100 and _PRESS_SIGNATURE.match(text) and not _an_outlet(text):
            # lower-cased as a credit line prints it («Источник: пресс-служба X»): the body is X
            return [text[:1].lower() + text[1:] if text[:1] == "П" else text]
    return []


# A body's word on a credit line, in Russian, Kazakh or English («пресс-служба …», «Министерство
# транспорта», «… баспасөз қызметі», «Ministry of …»), or a state body's initials (КГД, КНБ РК).
_BODY_WORD = re.compile(
    r"(?i)(?<!\w)(?:министерств|комитет|департамент|управлени|акимат|правительств|ведомств|прокуратур|служб|"
    r"министрлі|әкімдіг|басқарма|қызмет|ministry|committee|government|service|department|"
    r"ао|тоо|жшс|ақ|jsc|llp)"
)
_INITIALS = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}(?:\s|$)")


def _body_shaped(name: str) -> bool:
    """Whether a credited name reads as a body's («пресс-служба КГД», «Министерство транспорта»,
    «КНБ РК»), not a person's or a site's («Илья Питалев», «Halyq Uni»)."""
    return bool(_BODY_WORD.search(name) or _INITIALS.match(name))


def _an_outlet(name: str) -> bool:
    """A site or a known outlet named as the source («Tengrinews.kz», «© Sputnik»): the outlet
    the page copied, never a body of the story."""
    return known_outlet(name.strip('«»"')) is not None or bool(_DOMAIN.search(name))
