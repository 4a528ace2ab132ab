"""RawDoc → Article: find the title, date, outlet, dateline, author, language and
the clean body of a scraped news page.

A saved page reads top to bottom as: header (navigation, category label, title
— often printed twice —, date, author, share buttons, photo credit), the body
(a lead paragraph of running text, more paragraphs, the odd link teaser), and a
trailer (related headlines with their own dates, surveys, widgets, footer).
The parser finds the *lead* — the first paragraph of running text — and reads
the header above it and the body below it; the body ends with the last
paragraph of running text before a related-news block starts. Line shapes come
from store.furniture, dates from store.dates, languages from store.language.
Metadata the container carried (HTML meta tags, JSON fields) wins over guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.model import Article, RawDoc
from store.reading import furniture as fu
from store.reading.dates import (
    date_only,
    day_month,
    find_date,
    leading_date,
    parse_date,
    relative_date,
    stamp_date,
    today_widget,
)
from store.reading.headline import not_a_headline
from store.reading.language import article_language, detect
from store.reading.masthead import page_outlet
from store.sanitize import clean_line, clean_text

_MAX_TITLE_WORDS = 30
_LEAD_MIN_WORDS = 6


@dataclass
class _Layout:
    """Where the parts of a page are, as indexes into its lines."""

    lines: list[str]
    title: str | None = None
    first_line_date: str | None = None
    start: int = 0  # the lead paragraph
    end: int = -1  # the last body paragraph (inclusive)
    subtitle: list[str] = field(default_factory=list)


def parse(doc: RawDoc) -> Article:
    """Parse one document; never raises on odd text (a page with no body gives an empty body)."""
    meta = doc.meta or {}
    lines = paragraphs(doc.text)
    lay = _layout(lines, meta.get("title"))
    header = lines[: lay.start]
    body = lay.subtitle + _body(lines[lay.start : lay.end + 1], lay.title)
    lang = article_language(body)
    body = [p for p in body if not _foreign_headline(p, lang)]
    lead = " ".join(body[:1])
    dateline, dl_outlet = find_dateline(lead)
    return Article(
        file=doc.file,
        path=doc.path,
        title=clean_line(meta.get("title") or lay.title or _fallback_title(body)),
        body="\n\n".join(body),
        raw=doc.raw,
        date=parse_date(meta.get("date") or "") or _header_date(header, lay, lead),
        source=clean_line(meta.get("source") or "")
        or dl_outlet
        or page_outlet(lines, lay.start, lay.end)
        or find_outlet(body, citing=False)
        or copyright_owner(lines[lay.end + 1 :])
        or find_outlet(body, citing=True)
        or _host(meta.get("url")),
        dateline=dateline,
        author=clean_line(meta.get("author") or "") or _author(header + lines[lay.end + 1 :]),
        language=lang,
        url=meta.get("url") or None,
    )


# ---------------------------------------------------------------- lines


def paragraphs(text: str) -> list[str]:
    """The text's non-empty lines, whitespace collapsed, hard-wrapped lines re-joined
    (a line that starts in lower case continues a long line that did not end a sentence)."""
    out: list[str] = []
    gap = False
    for raw in clean_text(text).split("\n"):
        line = re.sub(r"[\s\u00a0\u2009\u202f]+", " ", raw).strip()
        if not line:
            gap = True  # a blank line ends a paragraph: the next line is not its continuation
            continue
        joined, gap = not gap, False
        if (
            joined
            and out
            and line[0].islower()
            and len(out[-1]) >= 40
            and not re.search(r"[.!?:;…]\W*$", out[-1])
            and (
                " " in line
                or fu.ends_sentence(line)  # a lone lower-case token is a logo («eKaraganda»), not a wrapped line
            )
        ):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line.lower().replace("ё", "е")).strip()


def _is_lead(line: str) -> bool:
    """The first paragraph of running text: a sentence that is not a headline ending in ?/!."""
    n = fu.word_count(line)
    if fu.classify(line) or not (fu.is_prose(line) or _list_lead_in(line, n)):
        return False
    return n >= _LEAD_MIN_WORDS and not (line.rstrip(' »"”').endswith(("?", "!")) and n < 15)


def _list_lead_in(line: str, n: int) -> bool:
    """A sentence that opens a list («…предложил пересекать границу через другие пункты:»): running text."""
    ws = fu.words(line)
    return line.rstrip().endswith(":") and n >= 12 and sum(1 for w in ws if w[0].islower()) >= len(ws) / 2


def _title_candidate(line: str) -> bool:
    """Headline-shaped: a few words, not a sentence ending in a period, not a label row."""
    n = fu.word_count(line)
    if fu.classify(line) or (fu.is_nav_row(line) and not line.isupper()) or _author_line(line) or not_a_headline(line):
        return False
    if n < 3 or n > _MAX_TITLE_WORDS or len(line) > 250:
        return False
    return not (line.endswith(".") and not line.endswith("..") and n >= 8)


# ---------------------------------------------------------------- layout


def _layout(lines: list[str], meta_title: str | None) -> _Layout:
    lay = _Layout(lines=lines)
    if lines:
        ld = leading_date(lines[0])
        if ld:
            lay.first_line_date, lines[0] = ld
    _scraper_date_lines(lines, lay)
    lay.start = next((i for i, ln in enumerate(lines) if _is_lead(ln)), _first_text_line(lines))
    lay.title = meta_title or _pick_title(lines[: lay.start], lines) or _pick_title(lines[: lay.start + 1][:1], lines)
    if lay.title and lay.start < len(lines) and _norm(lines[lay.start]) == _norm(lay.title):
        lay.start += 1  # the "lead" was the title itself (a one-line title that ends with punctuation)
    lay.subtitle = [ln for ln in lines[: lay.start] if _subtitle(ln, lay.title)]
    lay.end = _body_end(lines, lay.start)
    return lay


def _scraper_date_lines(lines: list[str], lay: _Layout) -> None:
    """A scraper's «date 2026-02-21 <text>» field a few lines down: the date is read and the
    prefix dropped; when the text is a teaser of the lead printed again below, the line goes."""
    for i, ln in enumerate(lines[:8]):
        m = re.match(r"(?i)^date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$", ln)
        if m:
            lay.first_line_date = lay.first_line_date or parse_date(m[1])
            lines[i] = m[2]
    first = lines[0] if lines else ""
    if lay.first_line_date and fu.is_prose(first) and any(first[:50] in ln for ln in lines[1:]):
        del lines[0]  # «date 2025-08-20 На пункте «X» скопились…»: the lead's first words as a description


def _first_text_line(lines: list[str]) -> int:
    """Where the body starts when no paragraph looks like running text: the first long line."""
    return next((i for i, ln in enumerate(lines) if fu.word_count(ln) >= 8 and not fu.classify(ln)), 0)


def _pick_title(header: list[str], lines: list[str] = ()) -> str | None:
    """The headline among the header lines: one printed twice wins, then a two-word
    headline on the first line, else the first headline-shaped line."""
    cands = [ln for ln in header if _title_candidate(ln)]
    seen: dict[str, str] = {}
    for ln in cands:
        if _norm(ln) in seen:
            return seen[_norm(ln)]
        seen[_norm(ln)] = ln
    if header and _short_title(header[0]) and not _printed_again(header[0], lines):
        return header[0]
    # a rubric («Экономика и бизнес») is a short label above the headline: a longer line below wins
    return next((c for c in cands if fu.word_count(c) >= 4), cands[0] if cands else None)


def _printed_again(first: str, lines: list[str]) -> bool:
    """The first line's words come back in a later line (the footer's «Уральская неделя © 2003-2025»):
    a site's name printed as its logo, not a headline."""
    key = _norm(first)
    return any(key in _norm(ln) and _norm(ln) != key and not fu.is_prose(ln) for ln in lines[1:])


def _short_title(line: str) -> bool:
    """A two-word headline on the first line («Японский идеалист», «Оскал капитализма»):
    a word and a lower-case word, not a label that starts with a preposition («В мире»)
    and not a name («Олег Давыдов»)."""
    ws = fu.words(line)
    if len(line.split()) != 2:  # «Zakon.kz», «Tengri-News» are one token: a site's logo, not a headline
        return False
    return (
        len(ws) == 2
        and len(ws[0]) > 3
        and ws[0][0].isupper()
        and ws[1][0].islower()
        and not fu.ends_sentence(line)
        and not fu.classify(line)
        and not not_a_headline(line)
    )


def _subtitle(line: str, title: str | None) -> bool:
    """A header line that is text of the article (a standfirst under the headline)."""
    if title and _norm(line) == _norm(title):
        return False
    if fu.classify(line) or fu.is_nav_row(line) or _author_line(line):
        return False
    ws = fu.words(line)
    lower = sum(1 for w in ws if w[0].islower())
    return len(ws) >= 8 and lower >= len(ws) / 2


def _body_end(lines: list[str], start: int) -> int:
    """The last paragraph of running text before a related-news block (or the end)."""
    stop = next((i for i in range(start + 1, len(lines)) if fu.is_related_start(lines[i])), len(lines))
    for i in range(stop - 1, start - 1, -1):
        if fu.is_prose(lines[i]) and not fu.classify(lines[i]):
            return i
    return stop - 1 if start < stop else start - 1


def _body(lines: list[str], title: str | None) -> list[str]:
    """The body's paragraphs: furniture, the repeated title, link teasers, nav rows and
    repeated paragraphs left out."""
    out: list[str] = []
    seen = {_norm(title)} if title else set()
    for i, ln in enumerate(lines):
        key = _norm(ln)
        if key in seen or fu.classify(ln) or fu.is_nav_row(ln) or _author_line(ln):
            continue
        if _link_teaser(ln, lines[i + 1] if i + 1 < len(lines) else ""):
            continue
        seen.add(key)
        out.append(ln)
    return out


def _link_teaser(line: str, following: str) -> bool:
    """A headline-shaped line between body paragraphs: a link to another story.
    Short sub-headings (under five words) and lead-ins to a list stay."""
    if not fu.is_headline_like(line) or fu.word_count(line) < 5:
        return False
    return not (following and following[:1].islower())


def _foreign_headline(par: str, lang: str | None) -> bool:
    """A headline-shaped line in another language than the article (a translated trailer)."""
    if not lang or fu.is_prose(par) and fu.word_count(par) >= 12:
        return False
    other = detect(par)
    return other is not None and other != lang and not fu.ends_sentence(par)


def _fallback_title(body: list[str]) -> str:
    """No headline printed: the lead's first sentence, cut at a word boundary."""
    if not body:
        return ""
    first = re.split(r"(?<=[.!?…])\s+", body[0], maxsplit=1)[0]
    return first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- fields


def _header_date(header: list[str], lay: _Layout, lead: str) -> str | None:
    """The article's date, read from above the body only (teasers below carry their own)."""
    if lay.first_line_date:
        return lay.first_line_date
    for ln in header:
        if relative_date(ln):
            return None  # «Вчера, 18:40»: the page's own date, relative to a day it does not say
        if today_widget(ln):
            continue
        iso = date_only(ln) or (leading_date(ln) or (None,))[0] or stamp_date(ln)
        if iso:
            return iso
    for ln in lay.lines[lay.start + 1 : lay.start + 4]:  # a stamp under a standfirst
        if fu.classify(ln) in ("read-more", "section"):
            break  # teasers follow: their dates are not the page's
        iso = not fu.is_prose(ln) and (date_only(ln) or stamp_date(ln))
        if iso:
            return iso
    found = find_date(lead[:120])  # «Астана, 7 августа 2025 года. …»
    if found and found[1] <= 40 and re.fullmatch(r"[^\W\d_][\w\s-]{1,38}[,.]\s*", lead[: found[1]]):
        return found[0]
    return _dateline_year(lead, header + lay.lines[lay.start : lay.start + 3])


def _dateline_year(lead: str, near: list[str]) -> str | None:
    """«АСТАНА, 2 ақпан — Sputnik.» prints no year: a full date of the same day and month
    printed near the top (a photo caption's «…, 02.02.2026») gives it."""
    m = _DATELINE.match(lead)
    dm = day_month(m[2]) if m else None
    if not dm:
        return None
    for ln in near:
        found = find_date(ln)
        if found and (int(found[0][8:]), int(found[0][5:7])) == dm:
            return found[0]
    return None


_NAME = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’-]+"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,2}}"
_JOB = (
    r"(?:(?:выпускающий|главный|шеф-|старший|специальный|собственный|ответственный|политический)\s*)?"
    r"(?:редактор|корреспондент|журналист|обозреватель|автор|фотокорреспондент|колумнист|репортер|репортёр|"
    r"editor|reporter|correspondent|тілші)"
)
_AUTHOR_RX = (
    re.compile(rf"^(?:Автор(?:ы)?|Текст|Author|By|Подготовил[аи]?|Тілші)\s*[:\-–—]?\s*({_PERSON})\s*$"),
    re.compile(rf"(?i:^)({_PERSON})\s*[,|/–—-]?\s*(?i:{_JOB})\b[\w\s,.-]{{0,40}}$"),
)


def _author_line(line: str) -> str | None:
    if len(line) > 120:
        return None
    for rx in _AUTHOR_RX:
        m = rx.match(line.strip())
        if m:
            return m[1]
    return None


def _author(lines: list[str]) -> str | None:
    """A byline: «Автор: X», or «Имя Фамилия выпускающий редактор» near the top or after the body."""
    return next((a for a in map(_author_line, lines) if a), None)


_MONTH_DAY = r"\d{1,2}\s+[а-яёәғқңөұүһіA-Za-z]{3,12}\.?(?:\s+\d{4}(?:\s*(?:г\.|года))?)?"
_DATELINE = re.compile(
    rf"^([A-ZА-ЯЁ][\w-]+(?:[ -][A-ZА-ЯЁ][\w-]+)?)[.,]\s+({_MONTH_DAY})[.,]?\s*"
    r"(?:(?:[-–—]\s*)?(?:/([^/\n]{2,40})/|([A-ZА-ЯЁ][A-ZА-ЯЁ0-9 .«»\"&-]{1,40}?))\s*[-–—.]\s"
    r"|[-–—]\s*([A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ][\w-]*){0,3})[.,]\s)?"  # «ОРЕНБУРГ, 22 ноя – РИА Новости. …»
)
# A dateline without a date: the city and the agency both in capitals («АСТАНА. KAZINFORM — …»).
_CAPS_DATELINE = re.compile(
    r"^([A-ZА-ЯЁ][A-ZА-ЯЁ-]{2,}(?:[ -][A-ZА-ЯЁ-]{2,})?)[.,]\s+([A-ZА-ЯЁ][A-ZА-ЯЁ0-9 .&-]{2,40}?)\s*[-–—]\s"
)


def find_dateline(lead: str) -> tuple[str | None, str | None]:
    """«Астана. 6 августа. KAZAKHSTAN TODAY - …» → ("Астана", "Kazakhstan Today").

    A city, a day and month, and optionally the agency in capitals or /slashes/,
    at the very start of the lead paragraph.
    """
    m = _DATELINE.match(lead)
    if not m or not day_month(m[2]):
        c = _CAPS_DATELINE.match(lead)
        if not c:
            return None, None
        return _city_case(c[1]), _outlet_case(c[2].strip(" ."))
    city = m[1] if not m[1].isupper() else _city_case(m[1])
    outlet = (m[3] or m[4] or m[5] or "").strip(' .«»"')
    return city, (_outlet_case(outlet) if outlet else None)


def _city_case(name: str) -> str:
    """«УСТЬ-КАМЕНОГОРСК» → «Усть-Каменогорск»."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), name.lower())


def _outlet_case(name: str) -> str:
    """«KAZAKHSTAN TODAY» → «Kazakhstan Today»; short acronyms (ТАСС) and domains keep their form."""
    if "." in name or not name.isupper() or len(name.replace(" ", "")) <= 5:
        return name
    return re.sub(r"[^\W\d_]{4,}", lambda m: m[0].capitalize(), name)


_VERB = r"(?:[Кк]ак\s+)?(?:передает|передаёт|сообщает|пишет|информирует|сообщают|передают|пишут|публикует|хабарлайды)"
_FILLER = (
    r"(?:(?:собственн|специальн|казахстанск|российск|местн|региональн|информационн|международн)\w*\s+)?"
    r"(?:(?:бюро|корреспондент\w*|корр\.|агентство|информагентство|издание|интернет-издание|портал|сайт|телеканал|"
    r"газета|журнал|радио|МИА|ИА|ИИА|ТК)\s+)?"
)
_OUTLET = (
    r"(«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|[A-Za-zА-ЯЁа-яё0-9][\w-]*\.(?:kz|ru|com|org|net|uz|kg|az|info|media|news|tv|by|ua)\b"
    r"|[A-ZА-ЯЁ][\w-]*(?:\s+[A-ZА-ЯЁ0-9][\w-]*){0,2})"
)
_OUTLET_RX = re.compile(rf"(?<!\w){_VERB}\s+{_FILLER}{_OUTLET}")
# Bodies that report news but are not the outlet that wrote the article.
_NOT_OUTLET = re.compile(
    r"(?i)^(?:мин\w*|министерств|комитет|ведомств|акимат|аким|правительств|департамент|управлени|прокуратур|суд|"
    r"полици|пресс|мвд|кнб|мчс|мид|двд|дчс|агентств|служб|администраци|кабмин|парламент|мажилис|сенат|ведомств|"
    r"президент|глава|премьер|посольств|нацбанк|компани)"
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
        for m in _OUTLET_RX.finditer(par):
            name = m[1].strip('«»" ')
            if not name or not _outlet_ok(name):
                continue
            if citing is not None and bool(_CITING.match(par[m.end() :])) != citing:
                continue
            return _outlet_case(name)
    return None


def _outlet_ok(name: str) -> bool:
    if "." in name or re.match(r"[A-Za-z]", name) or len(name) <= 1:
        return "." in name or len(name) > 1
    if _NOT_OUTLET.match(name):
        return False
    return not _is_person(name.split()[0])


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
_RIGHTS = re.compile(
    r"(?i)(?:все права защищены|all rights reserved|барлық құқықтар қорғалған|при использовании|перепечатка|"
    r"использование материалов|свидетельство|сайт\w* использует).*$"
)
_LEGAL_FORM = re.compile(
    r"(?i)(?<!\w)(?:тоо|ао|оао|зао|ооо|жшс|ақ|хаа|миа|ия|иа|ltd|llp|llc|inc|информационное агентство|"
    r"международное информационное агентство|телеканал|радио|газета|журнал)(?!\w)\.?"
)
_DOMAIN = re.compile(
    r"(?<![\w.])[A-Za-zА-Яа-я0-9][\w-]*(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|uz|kg|az|info|media|news|tv|by|ua)\b"
)


def copyright_owner(trailer: list[str]) -> str | None:
    """The outlet a page's copyright line names («© 2009–2025 Kapital.kz. Все права защищены.»,
    «© 1997-2025 МИА «Казинформ»», «LS © 2012–2025», «Copyright © 2007-2025 Tengrinews.kz»):
    the last such line after the body. A quoted name wins, then a domain, then the words
    left when years, legal forms and the rights clause are taken away."""
    for line in reversed(trailer):
        if len(line) > 200 or not _COPYRIGHT.search(line) or "/" in line:
            continue  # «© РИА Новости / Павел Лисицын» is a photo credit
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


def _host(url: str | None) -> str | None:
    m = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
    return m[1] if m else None
