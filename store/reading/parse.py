"""RawDoc → Article: find the title, date, outlet, dateline, author, language and
the clean body of a scraped news page.

A saved page reads top to bottom as: header (navigation, category label, title
— often printed twice —, date, author, share buttons, photo credit), the body
(a lead paragraph of running text, more paragraphs, the odd link teaser), and a
trailer (related headlines with their own dates, surveys, widgets, footer).
The parser finds the *lead* — the first paragraph of running text — and reads
the header above it and the body below it; the body ends with the last
paragraph of running text before a related-news block starts. Line shapes come
from store.reading.furniture, dates from store.reading.dates, languages from store.reading.language;
the dateline, cited outlet, byline and copyright owner from store.reading.credits.
Metadata the container carried (HTML meta tags, JSON fields) wins over guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from store.model import Article, RawDoc
from store.reading import furniture as fu
from store.reading import outlets
from store.reading.clipped import clipped_tail, cut_off
from store.reading.credits import (  # noqa: F401  (read here by callers and tests)
    DATELINE,
    author,
    author_line,
    copyright_owner,
    credited_bodies,
    find_dateline,
    find_outlet,
    host,
    lead_dateline,
    opens_with_dateline,
    press_signature,
    signed_by,
    source_line,
    strip_dateline,
)
from store.reading.dates import (
    all_dates,
    caps_dateline,
    caption_date,
    closing_date,
    credit_date,
    date_only,
    day_month,
    find_date,
    issue_date,
    leading_date,
    named_stamp_date,
    parse_date,
    relative_date,
    rubric_date,
    stamp_date,
    stamp_year,
    timed_line,
    today_widget,
)
from store.reading.hard_wrap import continues, ends_mid_phrase, wrap_width
from store.reading.headline import captioned_headline, is_list_item, not_a_headline, without_stamp
from store.reading.language import article_language, detect, russian_alphabet_line
from store.reading.line_hyphen import ends_with_hyphen, joined
from store.reading.masthead import signed_date
from store.reading.outlet_choice import article_outlet
from store.reading.polls import without_poll_answers
from store.reading.press_release import release_header
from store.reading.repeats import without_repeated_sentences
from store.reading.short_lead import closes_story, note_line, opens_story, opens_with_deck, reader_prompt
from store.sanitize import clean_line, clean_text

_MAX_TITLE_WORDS = 30
# How far down its text a page or a record prints its headline (under a rubric, a date, a menu).
_HEADER_LINES = 12
_LEAD_MIN_WORDS = 6


# Patterns used per line or per paragraph, compiled once (the re module's own cache
# still costs a lookup per call, and parsing makes tens of thousands of such calls).
_SENTENCE_END = re.compile(r"[.!?:;…]\W*$")
_WORDS = re.compile(r"\w+")
_DATE_PREFIX = re.compile(r"(?i)^date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+(.*)$")  # «date 2022-01 …»: a month only
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DATE_FIELD = re.compile(r"(?i)^date\s+\d{4}-\d{2}")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_MARK = re.compile(r"[,;]|[.!?…]\s")


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
    lines = without_poll_answers(paragraphs(doc.text))
    release = release_header(lines) if doc.format == "txt" else None
    if release:
        lines = lines[release.headline_at :]  # the letterhead names the outlet, not the headline
    meta_title = _printed_headline(meta.get("title"), lines)
    lay = _layout(lines, meta_title, doc.format == "json")
    if meta.get("paragraphs_only") or doc.format == "json" and meta.get("standfirst"):
        # a record's text under the lead it keeps beside it goes on with the story: its first
        # lines are the story's, not a header («Источник: …», a list's first item), as in the
        # .txt form of the same story where the lead stands above them
        _from_first_paragraph(lay)
    header = lines[: lay.start]
    story_first = bool(meta.get("paragraphs_only"))
    body = lay.subtitle + _body(lines[lay.start : lay.end + 1], lay.title, _is_note(lines, lay), story_first)
    if doc.format == "json" and all(source_line(p) for p in body):
        body = _record_body(lines, lay.title)
    elif doc.format == "txt" and not body and (_one_sentence(lines) or _wrapped_sentence(lines, doc.text)):
        body = lines  # a note of one sentence was its own headline and was rejected (qa73)
    body = _without_teaser_of_lead(body)
    lang = article_language(body)
    body = [p for p in body if not _foreign_headline(p, lang)]
    lead = " ".join(body[:1])
    dateline, dl_outlet = lead_dateline(body)
    if dateline is None and lay.subtitle:  # the agency's dateline opens the story under its subtitle
        dateline, dl_outlet = lead_dateline(body[len(lay.subtitle) :])
    signed = signed_by(lines[lay.end + 1 :]) if lay.end >= lay.start else None
    return Article(
        file=doc.file,
        path=doc.path,
        title=clean_line(without_stamp(meta_title or lay.title or _fallback_title(body))),
        body="\n\n".join(_with_standfirst(meta.get("standfirst"), body)),
        raw=doc.raw,
        date=parse_date(meta.get("date") or "") or (release and release.date) or _header_date(header, lay, lead),
        source=clean_line(outlets.site_name(meta.get("source") or ""))
        or article_outlet(
            lines,
            lay.start,
            lay.end,
            body,
            dl_outlet,
            meta.get("url"),
            meta.get("page_outlet") or (release and release.issuer),
        ),
        dateline=dateline,
        author=clean_line(meta.get("author") or "") or author(header + lines[lay.end + 1 :]) or signed,
        language=lang,
        url=meta.get("url") or None,
        signed_by=signed and clean_line(signed),
        credited=[clean_line(c) for c in _credited(lines, body, lay)],
    )


def _credited(lines: list[str], body: list[str], lay: _Layout) -> list[str]:
    """The bodies the page credits outside the story: source credits, and the press office
    signing it on the lines right under it (credits.press_signature), each once."""
    kept = set(body)
    out = credited_bodies(lines, kept)
    if lay.end >= lay.start:
        out += [c for c in press_signature(lines[lay.end + 1 :], kept) if c not in out]
    return out


def _without_teaser_of_lead(body: list[str]) -> list[str]:
    """The body's first paragraph is the opening words of the next one, no more («Неделю граница
    … будет закрыта» over «Неделю граница … будет закрыта. Такое решение …»: a page's printed
    headline or teaser that its lead repeats). The story says it once: the copy goes, as it does
    when a record keeps the teaser as its `lead` beside the text (fmt02: db008 read it twice as
    a .txt, once as a record)."""
    if len(body) < 2:
        return body
    first, second = _norm(body[0]), _norm(body[1])
    if first and len(first) < len(second) and second.startswith(first + " ") and not fu.ends_sentence(body[0]):
        return body[1:]
    return body


def _record_body(lines: list[str], title: str | None) -> list[str]:
    """A dump record's text when the page layout finds no running text in it (or only its
    «Источник: …» line, the story above it with no stop: qa69): a Telegram
    or feed post of one or two lines that end in an emoji, a hashtag or no stop at all
    («… водители ждут с утра 🚛») was rejected as «no article text found», though the
    record's own `text` field says it is the story. Its lines are the body: furniture, nav
    rows, bylines and the repeated title left out as on a page (a line with no stop is no
    link teaser here: the record holds one story, not a page of them). A text that is its
    title and nothing else (a post whose exporter copied the whole text into `title`) is that
    text: the record was rejected, and the bodies it names were lost."""
    seen = {_norm(title)} if title else set()
    out: list[str] = []
    for ln in lines:
        key = _norm(ln)
        if key in seen or fu.classify(ln) or fu.is_nav_row(ln) or author_line(ln):
            continue
        seen.add(key)
        out.append(ln)
    if not out and title:
        out = [ln for ln in lines if _norm(ln) == _norm(title) and fu.word_count(ln) >= _LEAD_MIN_WORDS][:1]
    return out


def _one_sentence(lines: list[str]) -> bool:
    """A text file of one line that is a sentence (six words or more, ending in a stop): the
    layout took it for the headline of a story with no text, and a note of one report
    («Пункт пропуска закрыт из-за бурана.») was rejected as «no article text found»."""
    return len(lines) == 1 and fu.word_count(lines[0]) >= _LEAD_MIN_WORDS and lines[0].rstrip().endswith((".", "!"))


def _wrapped_sentence(lines: list[str], text: str) -> bool:
    """A text file of one sentence printed on several lines (a note wrapped mid-phrase: «Пункт
    пропуска закрыт до» / «вечера из-за ветра»), joined into one line by paragraphs(): a headline
    is not wrapped, so the line is the note's text, stop or no stop (qa75's «Строка с» /
    «переводом» kept only its second line)."""
    return len(lines) == 1 and "\n" in text.strip() and fu.word_count(lines[0]) >= 2 and not fu.classify(lines[0])


def _with_standfirst(standfirst: str | None, body: list[str]) -> list[str]:
    """The page's standfirst (an HTML lead the main-text extractor left out, or the leads a
    dump record keeps beside its text, one a line) opens the body, each line unless the
    body's first paragraphs already have it. It is added after the lead's dateline and date
    were read."""
    if not standfirst:
        return body
    # a lead field holding furniture («Фото: пресс-служба акимата», a scraper's first line kept as
    # the lead) is no text of the story, as the same line over the .txt form's lead is not (fmt01)
    leads = [line for line in standfirst.split("\n") if _norm(line) and not fu.classify(line)]
    return [clean_line(line) for line in leads if not any(_norm(line) in _norm(p) for p in body[:3])] + body


# ---------------------------------------------------------------- lines


def paragraphs(text: str) -> list[str]:
    """The text's non-empty lines, whitespace collapsed, hard-wrapped lines re-joined
    (a line that starts in lower case continues a long line that did not end a sentence;
    in a text wrapped at a width, any line under a full one that is not a list item: hard_wrap; a word
    broken at a line's end with a hyphen is joined first, with or without it: line_hyphen)."""
    out: list[str] = []
    # each run of spaces one space, the ends stripped: str.split's spaces are `\s`'s (ingest96: was a
    # regex substitution of every line, 2.6 times as dear)
    lines = _unglued([" ".join(raw.split()) for raw in clean_text(text).split("\n")])
    width = wrap_width(lines)
    above: str | None = None  # the line right above; None after a blank line, which ends a paragraph
    for line in lines:
        if not line:
            above = None
            continue
        both = joined(out[-1], line) if out and above is not None and ends_with_hyphen(above) else None
        if both is not None:
            out[-1] = both  # a word broken at the line's end with a hyphen («Минис-» / «терство»): line_hyphen
        elif out and above is not None and (continues(above, line, width) or _wrapped_lower(out[-1], line)):
            out[-1] += " " + line
        else:
            out.append(line)
        above = line
    return out


# A date glued to the paragraph it opens, no space between: «12.11.2026Астана. На посту …» (a page whose
# date sat in its own inline element: the markup's boundary is all that parted them). An ISO stamp's
# «2026-12-06T09:48» is one token.
_GLUED_DATE = re.compile(
    r"^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}(?!T\d))(?:,?\s?\d{1,2}:\d{2})?(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])"
)


def _unglued(lines: list[str]) -> list[str]:
    """The lines with a date glued to the text after it put on a line of its own, followed by a
    blank line, as a page that prints the date apart from its story gives it."""
    out: list[str] = []
    for line in lines:
        m = _GLUED_DATE.match(line) if line[:1].isdigit() else None
        out.extend((m[0], "", line[m.end() :]) if m else (line,))
    return out


def _wrapped_lower(paragraph: str, line: str) -> bool:
    """A line in lower case under a long line that did not end a sentence continues it; so does
    one under a line of any length that ends on a preposition or a conjunction («Строка с» /
    «переводом»: a two-line note was read as a headline and a one-word body)."""
    if line[0].islower() and ends_mid_phrase(paragraph):
        return True
    return (
        line[0].islower()
        and not _DATE_FIELD.match(line)  # a scraper's «date 2026-10-21» field under the headline
        and len(paragraph) >= 40
        and not _SENTENCE_END.search(paragraph)
        and (
            " " in line
            or fu.ends_sentence(line)  # a lone lower-case token is a logo («eKaraganda»), not a wrapped line
        )
    )


@lru_cache(maxsize=8192)
def _norm(line: str) -> str:
    """The line's words, lower-case, «ё» as «е», one space apart. Was each run of non-word
    characters made a space and the ends stripped: the same as the words joined, since no word
    character is a space (ingest96: a fifth cheaper, on every line). Kept per process (a pure
    function of the line): parse asks it 2.6 times a distinct line on bench/make_corpus.py's
    articles, ~0.34 ms a text uncached (ingest111)."""
    return " ".join(_WORDS.findall(line.lower().replace("ё", "е")))


# «www.NazarNews.kg NazarNews - …»: a masthead strip led by the site's address, never the lead.
_WWW_MASTHEAD = re.compile(r"(?i)^\s*www\.[\w-]+\.[a-z]{2,}\b")


def _is_lead(line: str) -> bool:
    """The first paragraph of running text: a sentence that is not a headline ending in ?/!."""
    n = fu.word_count(line)
    if fu.classify(line) or _WWW_MASTHEAD.match(line) or fu.is_separated_row(line):
        return False
    if not (fu.is_prose(line) or _list_lead_in(line, n) or n >= _LEAD_MIN_WORDS and opens_with_dateline(line)):
        return False  # a dateline opens the story whether or not its sentence ends with a stop
    if issue_date(line):
        return False  # «(проект «DAT» №37 (401) от 12 октября 2017 г.»: the paper's issue stamp, a header line
    return n >= _LEAD_MIN_WORDS and not (line.rstrip(' »"”').endswith(("?", "!")) and n < 15)


def _list_lead_in(line: str, n: int) -> bool:
    """A sentence that opens a list («…предложил пересекать границу через другие пункты:»): running text."""
    ws = fu.words(line)
    return line.rstrip().endswith(":") and n >= 12 and sum(1 for w in ws if w[0].islower()) >= len(ws) / 2


def _title_candidate(line: str) -> bool:
    """Headline-shaped: a few words, not a sentence ending in a period, not a label row."""
    if len(line) > 250:  # first: the tests below read the whole line (a 3 MB one-line file took seconds)
        return False
    n = fu.word_count(line)
    if fu.classify(line) or (fu.is_nav_row(line) and not line.isupper()) or author_line(line) or not_a_headline(line):
        return False
    if n < 3 or n > _MAX_TITLE_WORDS:
        return False
    return not (line.endswith(".") and not line.endswith("..") and n >= 8) and not opens_with_dateline(line)


# ---------------------------------------------------------------- layout


def _layout(lines: list[str], meta_title: str | None, record: bool = False) -> _Layout:
    lay = _Layout(lines=lines)
    if lines:
        ld = leading_date(lines[0])
        if ld:
            lay.first_line_date, lines[0] = ld
    _scraper_date_lines(lines, lay)
    lay.start = next(
        (i for i, ln in enumerate(lines) if _is_lead(ln) and not _teaser_with_link(lines, i)), _first_text_line(lines)
    )
    lead = lay.start
    lay.start = _short_opening(lines, lay.start)
    lay.title = meta_title or _pick_title(lines[: lay.start], lines)
    if not lay.title and lay.start == lead:
        lay.title = _pick_title(lines[: lay.start + 1][:1], lines)
    if lay.title and lay.start < len(lines) and _norm(lines[lay.start]) == _norm(lay.title):
        lay.start += 1  # the "lead" was the title itself (a one-line title that ends with punctuation)
    below = _below_title(lines, lay)
    lay.subtitle = [ln for ln in lines[below : lay.start] if _subtitle(ln, lay.title)]
    if _deck_above_lead(lines, lay, below, meta_title, record):
        lay.subtitle.append(lines[lay.start - 1])
    lay.end = _body_end(lines, lay.start)
    if lay.end > lay.start and fu.earlier_story_link(lines, lay.end):
        lay.end -= 1
    if _is_note(lines, lay):
        lay.end = _before_prompts(lines)
    return lay


def _deck_above_lead(lines: list[str], lay: _Layout, below: int, meta_title: str | None, record: bool) -> bool:
    """The line right above the lead is the story's short deck (short_lead.opens_with_deck), below
    the headline the text prints — or, in a record's text that does not print it (the title is
    its own field), the text's first line. On a page whose printed headline differs from its
    meta title the line above the lead may be that headline: no deck unless it is under it."""
    i = lay.start - 1
    if i < 0 or i < below or (lines[i] in lay.subtitle) or lay.start >= len(lines):
        return False
    if below == 0 and not meta_title:
        return False
    if below == 0 and not (record and i == 0 or _deck_over_title(lines[:i], lines[i], meta_title)):
        return False
    return _norm(lines[i]) != _norm(lay.title or "") and opens_with_deck(lines[i], lines[lay.start])


def _deck_over_title(above: list[str], line: str, title: str | None) -> bool:
    """A page's text that does not print its meta title (the extractor took the headline out):
    `line` is the deck when nothing but dates and furniture stand above it and it does not say
    the title again in other words (a printed headline that differs from the meta title shares
    most of its words with it; a deck says something the headline does not)."""
    if any(not (date_only(ln) or fu.classify(ln)) for ln in above):
        return False
    own, head = set(_norm(line).split()), set(_norm(title or "").split())
    return len(own & head) * 3 < len(own)


def _before_prompts(lines: list[str]) -> int:
    """The last line before the reader prompts a text ends with («Следите за нашими новостями.»)."""
    end = len(lines) - 1
    while end > 0 and reader_prompt(lines[end]):
        end -= 1
    return end


# A note: the lead and at most this many lines under it (a post's status in two lines).
_NOTE_TAIL = 2


def _is_note(lines: list[str], lay: _Layout) -> bool:
    """A short note — its lead and one or two short lines under it, none of them chrome
    (short_lead.note_line) — is its lines: «Очереди нет», «Проезд свободный.» close the story
    though they have no verb (the closing-sentence test wants one) and though a line with no
    stop reads as a link teaser on a page of many paragraphs."""
    tail = lines[lay.start + 1 : _before_prompts(lines) + 1]
    if not 0 < len(tail) <= _NOTE_TAIL or lay.start >= len(lines) or not _is_lead(lines[lay.start]):
        return False
    return all(_note_tail_line(ln) for ln in tail)


def _note_tail_line(line: str) -> bool:
    """One of a note's last lines, not a date, a source line, a link to an earlier story («Ранее
    сообщалось, что …») or a line cut off mid-word at the page's end."""
    return (
        note_line(line)
        and not date_only(line)
        and not source_line(line)
        and not fu.EARLIER_STORY.match(line)
        and not cut_off(line)
    )


def _short_opening(lines: list[str], start: int) -> int:
    """Where the story starts once the short sentences it opens with are taken in («Очередь
    растёт.» over the lead): up to two, each its own line right above the next. The same sentence
    printed twice (a page that repeats its lead) is one line: the copy goes, so that it is neither
    taken for the headline nor kept in the body twice."""
    for _ in range(2):
        if start == 0 or start >= len(lines) or not opens_story(lines[start - 1], lines[start], first_line=start == 1):
            break
        start -= 1
        if start > 0 and _norm(lines[start - 1]) == _norm(lines[start]):
            del lines[start - 1]
            return start - 1
    return start


def _from_first_paragraph(lay: _Layout) -> None:
    """A text that is the story's paragraphs alone (a dump's list of paragraphs, its HTML
    opening with <p>) starts at its first line that is neither the headline nor furniture,
    however short: «Фуры пустят в объезд.» is the story's first sentence, not a header line."""
    title = _norm(lay.title or "")
    first = next(
        (i for i, ln in enumerate(lay.lines[: lay.start]) if _norm(ln) != title and not fu.classify(ln)), lay.start
    )
    if first < lay.start:
        lay.start, lay.subtitle = first, []


def _below_title(lines: list[str], lay: _Layout) -> int:
    """Where a standfirst may start: below the headline when the header prints it (a line
    above it is a teaser, a rubric or a menu — «О чем X говорил на встрече?» over the title)."""
    key = _norm(lay.title) if lay.title else ""
    return next((i + 1 for i, ln in enumerate(lines[: lay.start]) if key and _norm(ln) == key), 0)


def _teaser_with_link(lines: list[str], i: int) -> bool:
    """Line i is a teaser in a feed of other stories: its bare «подробнее» / «читать далее» link
    comes right under it, and another teaser with its link stands within four lines (a news feed
    printed above the article). One story cut short over «Читать полностью» is no feed."""
    return _bare_link(lines, i + 1) and any(_bare_link(lines, j) for j in range(i - 3, i + 6) if j != i + 1)


def _bare_link(lines: list[str], j: int) -> bool:
    return 0 <= j < len(lines) and fu.word_count(lines[j]) <= 3 and fu.classify(lines[j]) == "read-more"


def _scraper_date_lines(lines: list[str], lay: _Layout) -> None:
    """A scraper's «date 2026-02-21 <text>» field a few lines down: the date is read and the
    prefix dropped; when the text is a teaser of the lead printed again below, the line goes."""
    for i, ln in enumerate(lines[:8]):
        m = _DATE_PREFIX.match(ln)  # «date 2022-01 …»: a month only
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
    headline on the first line that is not furniture, else the first headline-shaped line."""
    cands = [ln for i, ln in enumerate(header) if _title_candidate(ln) and not _teaser_with_link(header, i)]
    cands = [c for c in cands if not any(_title_with_site(c, o) for o in cands if o != c)]  # «<title> - Site»
    cands = [c for c in cands if not any(_rubric_glued(c, o) for o in cands if o != c)]  # «Страна и мир <title>»
    seen: dict[str, str] = {}
    for ln in cands:
        key = _norm(ln)
        if key in seen:
            return seen[key]
        seen[key] = ln
    # the first line past furniture above it («← Таможня и ВЭД», a back link to the rubric)
    first = next((ln for ln in header if not is_list_item(ln)), None)
    if first and _short_title(first) and not _printed_again(first, lines) and not _dated_headline_below(header, first):
        return first
    stamped = _headline_over_stamp(header)
    if stamped in cands:
        return stamped
    # a rubric («Экономика и бизнес») is a short label above the headline: a longer line below wins
    return next((c for c in cands if fu.word_count(c) >= 4), cands[0] if cands else None)


def _headline_over_stamp(header: list[str]) -> str | None:
    """The headline printed right over the story's date stamp («Дата публикации: 30.11.2026»,
    «ЭКОНОМИКА 3 декабря 2026 11:05») at the foot of the header. A browser copy prints the
    portal's own name, a «Главное» list of other headlines and a menu above it: those come
    first on the page, but the line the stamp dates is this story's headline."""
    dated = False
    for ln in reversed(header[-4:]):
        kind = fu.classify(ln)
        if kind in ("date", "teaser-with-date") or kind is None and date_only(ln):
            dated = True
            continue
        if kind is not None:
            continue
        return ln if dated and fu.word_count(ln) >= 4 else None
    return None


def _dated_headline_below(header: list[str], first: str) -> bool:
    """Under the two-word first line comes a longer headline and, right under that, the date:
    the two words are the site's or paper's name over its story («Таразские ведомости» over
    «У «Кайрата» скопилось 300 грузовиков» over «19.11.2026»), not a headline (read71)."""
    i = header.index(first)
    below = header[i + 1 : i + 3]
    return (
        len(below) == 2
        and _title_candidate(below[0])
        and fu.word_count(below[0]) >= 4
        and bool(date_only(below[1]) or not_a_headline(below[1]) == "rubric and date")
    )


def _rubric_glued(line: str, title: str) -> bool:
    """`line` is the headline printed again below it with the rubric glued in front («Страна и мир
    Казахстан закрыл пункт…» over «Казахстан закрыл пункт…»): the copy lost the break between the
    two, so the bare headline is the title. The rubric is one to three words opening with a capital
    and ending in a letter: «ЕЭК: <title>» is a headline naming its source, not a rubric."""
    if fu.word_count(title) < 4 or not line.endswith(title):
        return False
    rubric = line[: -len(title)].split()
    return 1 <= len(rubric) <= 3 and rubric[0][0].isupper() and rubric[-1][-1].isalpha()


def _printed_again(first: str, lines: list[str]) -> bool:
    """The first line's words come back in a later line (the footer's «Уральская неделя © 2003-2025»,
    «© 2026 Наша газета. Все права защищены.», a sentence but the footer's): a site's name printed
    as its logo, not a headline."""
    key = _norm(first)
    return any(
        key in _norm(ln) and _norm(ln) != key and (not fu.is_prose(ln) or fu.classify(ln) == "footer")
        for ln in lines[1:]
    )


def _short_title(line: str) -> bool:
    """A two-word headline on the first line («Японский идеалист», «Оскал капитализма»):
    a word and a lower-case word, not a label that starts with a preposition («В мире»)
    and not a name («Олег Давыдов»)."""
    if len(line.split()) != 2:  # «Zakon.kz», «Tengri-News» are one token: a site's logo, not a headline
        return False
    ws = fu.words(line)
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
    if title and _norm(line) == _norm(title) or captioned_headline(line, title) or _title_with_site(line, title):
        return False
    if fu.classify(line) or fu.is_nav_row(line) or author_line(line) or _WWW_MASTHEAD.match(line):
        return False
    if not_a_headline(line) == "story line":
        return False  # the banner of a story line over the headline, no standfirst
    ws = fu.words(line)
    lower = sum(1 for w in ws if w[0].islower())
    return len(ws) >= 8 and lower >= len(ws) / 2


def _body_end(lines: list[str], start: int) -> int:
    """The last paragraph of running text before a related-news block (or the end), and the
    story's short closing sentence under it («Возбуждено уголовное дело.»).
    A date alone on a line right under the first paragraph is the page's own stamp under
    a standfirst, not the start of a block of teasers: the body goes on after it."""
    stamp = _own_stamp(lines, start)
    stop = next(
        (
            i
            for i in range(start + 1, len(lines))
            if _opens_related(lines, start, i)
            and not _repeats(lines[i], stamp)
            or _opens_comments(lines[i])
            or fu.opens_related_list(lines[i])
        ),
        len(lines),
    )
    for i in range(stop - 1, start - 1, -1):
        if _running_text(lines, i):
            j = _list_tail(lines, i, stop)
            closing = j + 1 < stop and (clipped_tail(lines, j + 1) or closes_story(lines[j + 1], lines[j]))
            return j + 1 if closing else j
    return stop - 1 if start < stop else start - 1


def _running_text(lines: list[str], i: int) -> bool:
    """Whether line i can end the body: prose or a clipped paragraph, not furniture and not a
    prompt to the reader (which reads as prose: «Следите за нашими новостями.»)."""
    line = lines[i]
    if fu.classify(line) or reader_prompt(line):
        return False
    return fu.is_prose(line) or _clipped_paragraph(line) or _clipped_last(lines, i)


def _list_tail(lines: list[str], i: int, stop: int) -> int:
    """The body's last line once the list its last paragraph leads into is taken in: a short
    lead-in ending in a colon, then items («• «Аксай» (РК) – «Илек» (РФ)», «- в …
    области - Бидаик;»), each a bullet or after a line ending in «:», «;» or «,». A related
    block already ended the body before `stop`; a one-word link or a label is no item."""
    j = i
    if j + 2 < stop and lines[j + 1].rstrip().endswith(":") and fu.word_count(lines[j + 1]) <= 12:
        if _tail_item(lines[j + 2]) and not fu.classify(lines[j + 1]):
            j += 1
    while (
        j + 1 < stop
        and _tail_item(lines[j + 1])
        and (_BULLET.match(lines[j + 1]) or lines[j].rstrip().endswith((":", ";", ",")))
    ):
        j += 1
    return j


def _tail_item(line: str) -> bool:
    return (
        2 <= fu.word_count(line) <= 20 and not fu.classify(line) and not fu.is_label(line) and not fu.is_nav_row(line)
    )


def _opens_related(lines: list[str], start: int, i: int) -> bool:
    """Does line i open a related-news block? Not a bare date within two lines of the lead."""
    near = i - start <= 2 and (date_only(lines[i]) or _bare_stamp(lines[i]))
    return fu.is_related_start(lines[i]) and not near and not _act_date(lines, i) and not _inline_teaser(lines, i)


def _inline_teaser(lines: list[str], i: int) -> bool:
    """Line i is the date under a link to another story set inside the body («<headline>» /
    «4 ноября 2025, 08:19»), and the story goes on right under it: a long paragraph of running
    text, with no other dated line in the next three. A block of teasers has more dates."""
    if not (0 < i < len(lines) - 1 and date_only(lines[i]) and fu.is_headline_like(lines[i - 1])):
        return False
    after = lines[i + 1]
    if fu.classify(after) or not _clipped_paragraph(after, 12):
        return False
    return not any(fu.is_related_start(ln) for ln in lines[i + 2 : i + 5])


_ACT_NUMBER = re.compile(r"^\s*№\s*\d")


def _act_date(lines: list[str], i: int) -> bool:
    """«2011 жылғы 19 қарашадағы» over «№ 1355 қаулысымен»: the date of a legal act in its
    approval stamp, followed by the act's number, not a teaser's date."""
    return i + 1 < len(lines) and bool(_ACT_NUMBER.match(lines[i + 1]))


def _bare_stamp(line: str) -> bool:
    """«Бүгін 2026, 08:54», «Сегодня, 14:44»: a time and a word or two, the page's own stamp."""
    return bool(_CLOCK.search(line)) and len(_WORD.findall(line)) <= 2


_COMMENTS_HEADING = re.compile(r"(?i)^(?:комментари\w*|пікірлер\w*|comments?)\s*(?:\(\d+\)|:)?\s*$")
# a reader's comment: a name or nickname, the date and time, a dash, the text
_COMMENT_LINE = re.compile(
    r"^[^\W\d][\w.-]{1,30}(?:\s[^\W\d][\w.-]{1,30})?\s+\d{1,2}\.\d{1,2}\.\d{4},?\s+\d{1,2}:\d{2}\s*[—–-]\s"
)


def _opens_comments(line: str) -> bool:
    """Readers' comments («Комментарии (3)», «Гость 22.09.2025 14:02 — …») end the article."""
    # every comment line holds its time's «:» (the name's two {1,30} runs backtrack at every line; stop 51, ingest116)
    return bool(_COMMENTS_HEADING.match(line) or (":" in line and _COMMENT_LINE.match(line)))


def _own_stamp(lines: list[str], start: int) -> str | None:
    """The page's date and time printed alone right under the lead («1 Марта 2024, 12:35»)."""
    for ln in lines[start + 1 : start + 3]:
        if date_only(ln) and ":" in ln:
            return ln.strip()
    return None


def _repeats(line: str, stamp: str | None) -> bool:
    """Does a dated line carry the page's own stamp, time and all (a photo caption, the
    stamp printed again)? Teasers of other stories carry other dates and times."""
    return bool(stamp) and stamp in line


def _clipped_paragraph(line: str, min_words: int = 16) -> bool:
    """A long paragraph of running text cut off before its last sentence ends (a page
    clipped mid-sentence): many words, most of them lower-case, and a comma or a
    sentence break inside. Headlines and teasers are shorter and not cut."""
    ws = fu.words(line)
    if len(ws) < min_words or not _CLAUSE_MARK.search(line):
        return False
    return sum(1 for w in ws if w[0].islower()) >= len(ws) / 2


def _list_item(par: str) -> bool:
    """A line ending in a comma or semicolon is an item of a list the text runs on with."""
    return par.rstrip().endswith((",", ";"))


def _body(lines: list[str], title: str | None, note: bool = False, first_is_story: bool = False) -> list[str]:
    """The body's paragraphs: furniture, the repeated title, link teasers, nav rows and
    repeated paragraphs left out. A short note (_is_note) has no link teasers: its lines are its text.
    `first_is_story`: the text is the story's paragraphs alone (_from_first_paragraph), so its
    first line is the story's standfirst however headline-shaped, not a link to another story
    («Мера будет действовать с 1 по 3 октября» over the lead: the .txt form keeps it as the
    standfirst under the headline, a dump's list of paragraphs or WordPress's <p> lost it)."""
    out: list[str] = []
    seen = {_norm(title)} if title else set()
    for i, ln in enumerate(lines):
        key = _norm(ln)
        if key in seen or fu.classify(ln) or fu.is_nav_row(ln) or author_line(ln) or _title_with_site(ln, title):
            continue
        if _caption_over_credit(ln, lines[i + 1] if i + 1 < len(lines) else ""):
            continue
        teaser = not note and not (first_is_story and not out)
        if teaser and _link_teaser(ln, lines[i + 1] if i + 1 < len(lines) else "") and not _clipped_last(lines, i):
            continue
        seen.add(key)
        out.append(without_repeated_sentences(ln))
    return out


_SITE_SUFFIX = re.compile(r"^\s*[-–—|]\s*\S+(?:\s\S+)?\s*$")


def _printed_headline(meta_title: str | None, lines: list[str]) -> str | None:
    """The title a record or a page's metadata gives, but the headline its text prints when
    the metadata's is that headline with the site's name after it: a dump's `title` copied
    from <title> («<headline> - Новости Казахстана») is read without the site, whose name
    would otherwise be read as a body or a place of the headline."""
    if not meta_title:
        return meta_title
    return next((ln for ln in lines[:_HEADER_LINES] if _title_with_site(meta_title, ln)), meta_title)


def _title_with_site(line: str, title: str | None) -> bool:
    """The headline printed again with the site's name after it («<title> - Караван», «<title> | Site»)."""
    return bool(title) and line.startswith(title) and bool(_SITE_SUFFIX.match(line[len(title) :]))


def _caption_over_credit(line: str, following: str) -> bool:
    """A photo's caption right above its credit («казахстанско-китайская граница МЦПС «Хоргос»» over
    «Фото: …»): a short line that is no sentence, then the credit. Keywords, not the story's text."""
    if not following or fu.classify(following) != "photo-credit" or fu.word_count(line) > 15:
        return False
    if _norm(following).startswith(_norm(line)):
        return True  # the caption printed twice, the second time with its credit
    return not fu.ends_sentence(line) and not line.rstrip().endswith(":")


def _clipped_last(lines: list[str], i: int) -> bool:
    """The page's last line cut off mid-sentence right after a sentence of the body: a
    shorter clipped paragraph (eight words or more), not a teaser («…пункт пропуска
    «Шаган», где очередь мен»)."""
    if i != len(lines) - 1:
        return False
    return i > 0 and fu.ends_sentence(lines[i - 1]) and _clipped_paragraph(lines[i], 8) or clipped_tail(lines, i)


def _link_teaser(line: str, following: str) -> bool:
    """A headline-shaped line between body paragraphs: a link to another story.
    Short sub-headings (under five words) and lead-ins to a list stay."""
    if not fu.is_headline_like(line) or fu.word_count(line) < 5 or _clipped_paragraph(line):
        return False
    if opens_with_dateline(line):
        return False  # «ТАРАЗ, 2 декабря 2026. Пункт … работает в обычном режиме»: a lead with no final stop
    if "," in line and _CREDIT_VERB.search(line) and find_outlet([line]):
        return False  # «…, деп хабарлайды X» without its final period: the lead crediting the outlet, no teaser
    return not (following and following[:1].islower())


_BULLET = re.compile(r"\s*[•·*▪◦–—-]\s")
# The verbs of a lead's credit («передает X», «деп хабарлайды X»): a cheap test before find_outlet's patterns.
_CREDIT_VERB = re.compile(r"(?i)переда[её]т|сообща|пишет|пишут|информирует|публикует|хабарла|жазады|жазды")


def _foreign_headline(par: str, lang: str | None) -> bool:
    """A headline-shaped line in another language than the article (a translated trailer)."""
    if not lang or fu.is_prose(par) and fu.word_count(par) >= 12 or _list_item(par) or _BULLET.match(par):
        return False  # a bulleted item («• «Аксай» (РК) – «Илек» (РФ)») is no headline
    if lang == "ru" and russian_alphabet_line(par):
        return False  # «Таможня Кыргызстана»: Russian letters only, too short to be called anything else
    other = detect(par)
    return other is not None and other != lang and not fu.ends_sentence(par)


# A full stop that ends an abbreviation or an initial ends no sentence: «КПП Бахты расположен
# в г. Чугучак» was cut to «… в г.» (qa41). «г.», «гг.», «обл.», «р-н.», «им.», «ст.», «ул.»,
# «пос.», «с.», «п.», «д.», «т.», «км.», «тыс.», «млн.», «млрд.», «руб.», «каб.», «ж.» (жылы),
# and one capital letter («Н. Назарбаев»).
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(«\"])(?:г|гг|обл|р-н|р-на|им|ст|ул|пр|пос|с|п|д|т|км|тыс|млн|млрд|руб|каб|ж|жж|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.$",
    re.IGNORECASE,
)


_YEAR_ABBREVIATION = re.compile(r"\d\s*гг?\.$")  # «в 2020 г.» may well end the sentence


def _first_sentence(text: str) -> str:
    """`text` up to its first sentence end: a full stop, «!», «?» or «…» before a space, not
    the full stop of an abbreviation."""
    for m in re.finditer(r"[.!?…]\s+", text):
        before = text[max(0, m.start() - 8) : m.start() + 1]
        if m.group()[0] == "." and _ABBREVIATION_END.search(before) and not _YEAR_ABBREVIATION.search(before):
            continue
        return text[: m.start() + 1]
    return text


def _fallback_title(body: list[str]) -> str:
    """No headline printed: the lead's first sentence, cut at a word boundary. A short sentence
    standing alone above the lead («Очередь растёт.») says too little to name the story."""
    if not body:
        return ""
    lead = next((p for p in body if fu.word_count(p) >= _LEAD_MIN_WORDS), body[0])
    first = _first_sentence(strip_dateline(lead))
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
        iso = (
            date_only(ln)
            or (leading_date(ln) or (None,))[0]
            or stamp_date(ln)
            or rubric_date(ln)
            or named_stamp_date(ln)
            or timed_line(ln)
            or issue_date(ln)
            or credit_date(ln)
            or caps_dateline(ln)
            or (ln == lay.title and (closing_date(ln) or (None,))[0])  # «<headline> 2025-11-13 00:01:17»
        )
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
    near = header + lay.lines[lay.start : lay.start + 3]
    first = lay.lines[lay.start : lay.start + 4]
    opening = lead if DATELINE.match(lead) or not first else first[0]  # the dateline under a standfirst
    return (
        _dateline_year(opening, near, first)
        or caption_date(near)
        or stamp_year(header, first)
        or signed_date(lay.lines[lay.end + 1 : lay.end + 4])
        or _stamp_under_story(lay)
        or _stamp_under_marks(lay)
    )


def _stamp_under_story(lay: _Layout) -> str | None:
    """A date alone on the text's last line, right under the story («05 December 2026, 15:40»):
    the stamp a site prints below its article. A teaser's date below a story has the teaser's
    headline beside it, so only a date with nothing after it counts."""
    rest = lay.lines[lay.end + 1 :] if lay.end >= lay.start else []
    return date_only(rest[0]) if len(rest) == 1 else None


# What a post prints between its text and its date: hashtags, a view counter («👁 12.4K edited 14:32»).
_POST_MARKS = frozenset(("tags", "symbols", "numbers", "comments", "share"))
# A counter opens with its icon («👁 12.4K edited 14:32»); a teaser opens with a word or a quote.
_ICON_FIRST = re.compile(r"^[^\w\s«\"“„'(]")


def _stamp_under_marks(lay: _Layout) -> str | None:
    """A date alone on a line under the story with only a post's marks above it (hashtags, the
    views and edit time): a Telegram web view prints the post's date there («December 2, 2026»).
    A teaser's date has the teaser's headline above it, so any other line above ends the search."""
    rest = lay.lines[lay.end + 1 : lay.end + 4] if lay.end >= lay.start else []
    for ln in rest:
        iso = date_only(ln)
        if iso:
            return iso
        kind = fu.classify(ln)
        if kind not in _POST_MARKS and not (kind == "teaser-with-date" and _ICON_FIRST.match(ln)):
            return None
    return None


def _dateline_year(lead: str, near: list[str], body: list[str] = ()) -> str | None:
    """«АСТАНА, 2 ақпан — Sputnik.» prints no year: a full date of the same day and month
    printed near the top (a photo caption's «…, 02.02.2026») gives it; else a full date in the
    first paragraphs at most a month before the dateline or two weeks after it (the event the
    story reports, «22 сентября 2020 года» under «26 сен»)."""
    m = DATELINE.match(lead)
    dm = day_month(m[2]) if m else None
    if not dm:
        return None
    for ln in near:
        found = find_date(ln)
        if found and (int(found[0][8:]), int(found[0][5:7])) == dm:
            return found[0]
    for par in body[:4]:
        for iso in all_dates(par):
            year = _year_near(dm, date.fromisoformat(iso))
            if year:
                return f"{year}-{dm[1]:02d}-{dm[0]:02d}"
    return None


def _year_near(dm: tuple[int, int], event: date) -> int | None:
    """The year that puts day and month `dm` from 31 days after `event` to 14 days before it."""
    for year in (event.year, event.year + 1, event.year - 1):
        try:
            stamp = date(year, dm[1], dm[0])
        except ValueError:
            continue
        if -14 <= (stamp - event).days <= 31:
            return year
    return None
