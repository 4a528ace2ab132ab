"""Passes that find or retype organizations: quoted names after a kind of organization
(«ТОО «…»»), bodies of states the model calls places («ЕС», «НАТО»), places whose head noun
is an organization's, and the bodies a name belongs to or is named after.
"""

from __future__ import annotations

import re

from store.extract.naming import firm_compound_nominative, firm_word_nominative, nominative_in, normalized_name
from store.extract.ner import NerSpan
from store.extract.spans import ByStart, Named, derived_named, in_quotes, mapped, with_derived
from store.lang import kb
from store.lang.normalize import key, parses
from store.lang.wordlists import words

# Bodies of states that the model labels as places: a union of states, and the
# Kremlin standing for Russia's presidential administration, are organizations.
_ORG_NOT_PLACE = words("bodies_of_states")


# «индустриального парка «Казахстанско-китайский международный промышленный город»», «компания
# «Казахстан темир жолы»», «авиакомпания «Эйр Астана»», «pre-seed-фонд «Начинай»»: a name in
# quotes after a kind of organization is that organization. A kind glued to a known prefix
# counts; any other glued prefix does not («импорт «ножек Буша»» is no port). A farm or a sole
# trader by its letters («КХ «Ерлан»», «крестьянское хозяйство «…»», «ИП «…»») too (org105).
_ORG_KIND = (
    r"(?<![\w-])(?:\w+-)*(?:авиа|медиа|теле|кино|радио|нефте|газо|авто|агро|гос|аэро|энерго)?"
    r"(?:компани|холдинг|корпораци|концерн|фонд|парк|завод|комбинат|порт|терминал|хаб|"
    r"банк|агентств|издани|газет|телеканал|журнал|парти|движени|ассоциаци|союз|объединени|"
    r"предприяти|перевозчик|оператор|логистическ\w+ центр|центр|групп|клуб|студи|издательств|"
    r"радиостанци|театр|сет(?=[ьи])|хозяйств|кх(?=\s)|ип(?=\s))[а-яё]{0,4}"
)
_QUOTED_NAME = r"«(?P<name>[А-ЯЁA-Z0-9][^«»\n]{1,80}?)»"
_ORG_KIND_QUOTE = re.compile(_ORG_KIND + r"\s+" + _QUOTED_NAME, re.IGNORECASE)
# «движения Сергея Кургиняна «Суть времени»», «компании Тимура Кулибаева «…»»: the kind, then
# the person the body is known by (a person span of the model), then the name in quotes.
_KIND_AT_END = re.compile(_ORG_KIND + r"\s+$", re.IGNORECASE)
_QUOTE_NEXT = re.compile(r"[ \t]+" + _QUOTED_NAME)
_KIND_READ_BACK = 40  # characters before the person that may hold the kind word


# A quote opened after white space: every _ORG_KIND_QUOTE match has one.
_SPACE_QUOTE = re.compile(r"\s+«")


def _org_kind_quotes(text: str) -> list[re.Match]:
    """What `_ORG_KIND_QUOTE.finditer(text)` gives, with the pattern tried only where a match
    can start (it cost 0.2 ms an article tried at every position): its kind is the word run
    (letters, digits, hyphens) right before the white space before a «, or that run and the
    one before it («логистический центр «…»»), and it starts where such a run starts."""
    out: list[re.Match] = []
    done = 0  # matches do not overlap: none starts before the last one's end
    for q in _space_quote_starts(text):
        last = _run_start(text, q)
        for start in (_run_start(text, last - 1), last) if last > 0 and text[last - 1] == " " else (last,):
            if start < done:
                continue
            m = _ORG_KIND_QUOTE.match(text, start)
            if m:
                out.append(m)
                done = m.end()
                break
    return out


# A « with white space before it, found from the «: `re` skips to it in C, where `_SPACE_QUOTE`
# opening with `\s` stopped at every blank of the text (issue 15, ingest104).
_QUOTE_AFTER_SPACE = re.compile(r"«(?<=\s«)")


def _space_quote_starts(text: str) -> list[int]:
    """Where each `_SPACE_QUOTE.finditer(text)` match starts: the white space run before a «
    from its first character (`re` reads white space as `str.isspace` does; a match ends at its
    «, so the run before the next one starts after it). Over the generated corpus the scan took
    0.024 → 0.004 ms an article (tests/test_ingest104_cuts.py compares both)."""
    out = []
    for q in _QUOTE_AFTER_SPACE.finditer(text):
        i = q.start()
        while i > 0 and text[i - 1].isspace():
            i -= 1
        out.append(i)
    return out


def _run_start(text: str, end: int) -> int:
    """Where the run of word characters and hyphens ending at `end` starts."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        start -= 1
    return start


# Kazakh puts the kind after the name: «"Хабар 24" телеарнасы», ««Мой город» ақпарат
# агенттігі», ««Заря» серіктестігі»; straight quotes are as common as guillemets there.
_KK_QUOTE_KIND = re.compile(
    r"[«\"“](?P<name>[А-ЯЁӘҒҚҢӨҰҮҺІA-Z0-9][^«»\"“”\n]{1,60}?)[»\"”]\s+(?:ақпарат\s+)?"
    r"(?:телеарна|радиоарна|арна|агентті[гк]|газет|басылым|портал|компания|серіктесті[гк]|"
    r"корпорация|холдинг|қоры|банк|зауыт)[а-яәғқңөұүһі]{0,6}(?![\w-])"
)
# ... or a legal form in capitals after it («"Үрімші темір жолы" ЖШҚ», «"Заря" ЖШС»).
_KK_QUOTE_FIRM = re.compile(
    r"[«\"“](?P<name>[А-ЯЁӘҒҚҢӨҰҮҺІA-Z0-9][^«»\"“”\n]{1,60}?)[»\"”]\s+(?:ЖШС|ЖШҚ|ЖАҚ|АҚ|РМК|МКК)(?![\w-])"
)

# Each Kazakh pattern with the words one of which each of its matches holds (both patterns are
# case-sensitive; «арна» is in «телеарна» and «радиоарна», «АҚ» in «ЖАҚ»): a text holding none is
# not scanned (issue 15, ingest104: 31 and 5 of the 800 generated titles and bodies hold one,
# the two scans took 0.032 ms an article there).
_KK_QUOTES = (
    (
        _KK_QUOTE_KIND,
        ("арна", "агентті", "газет", "басылым", "портал", "компания", "серіктесті", "корпорация", "холдинг")
        + ("қоры", "банк", "зауыт"),
    ),
    (_KK_QUOTE_FIRM, ("ЖШ", "АҚ", "РМК", "МКК")),
)


# «Источник: Комсомольская правда» on a line of its own: the outlet a reprint comes from,
# a body the article cites (a web address or a person's press service is something else).
_SOURCE_LINE = re.compile(
    r"(?m)^(?:Источник|Дереккөз|Source)\s*:\s*(?P<name>[«\"]?[A-ZА-ЯЁ][\w.«»\"-]*(?:[ \t]+[\w.«»\"-]+){0,3})[ \t]*$"
)


def _source_lines(text: str) -> list:
    if "Источник" not in text and "Дереккөз" not in text and "Source" not in text:
        return []  # every match holds one (the pattern is case-sensitive; ingest104)
    return [m for m in _SOURCE_LINE.finditer(text) if not re.search(r"(?i)https?:|www\.|/", m.group("name"))]


def find_quoted_organizations(text: str, spans: list[NerSpan]) -> list[tuple[NerSpan, str]]:
    """Quoted names after a kind of organization (before one, in Kazakh) that the model did
    not read as one name."""
    out = []
    orgs = ByStart([s for s in spans if s.type == "organization"])
    kazakh = (m for k, needed in _KK_QUOTES if any(w in text for w in needed) for m in k.finditer(text))
    for m in [*_org_kind_quotes(text), *_owned_quotes(text, spans), *kazakh, *_source_lines(text)]:
        start, end = m.span("name")
        if m.group("name")[:1].islower():
            continue  # «операторами «большой тройки»»: a nickname, not a name (the kinds match in any case)
        if orgs.containing(start, end):
            continue  # the model has it (or a longer name around it)
        name = " ".join(m.group("name").split())
        out.append((NerSpan("organization", start, end, m.group("name")), name))
    return out


def _owned_quotes(text: str, spans: list[NerSpan]) -> list[re.Match]:
    """Quoted names with a kind of organization and a person between them («движения Сергея
    Кургиняна «Суть времени»»): the person's span is the model's, right before the quote, and
    the kind word right before the person."""
    out = []
    for s in spans:
        if s.type != "person":
            continue
        m = _QUOTE_NEXT.match(text, s.end)
        if m is not None and _KIND_AT_END.search(text, max(0, s.start - _KIND_READ_BACK), s.start):
            out.append(m)
    return out


def _body_of_states(text: str, s: NerSpan, name: str) -> bool:
    """«ЕС», «Евросоюз», «НАТО»: organizations the model calls places; «Кремль» too,
    unless the text goes to or is in the place («в Кремле», «въезжал в Кремль»)."""
    k = key(name)
    if k not in _ORG_NOT_PLACE:
        return False
    return k != "кремль" or not re.search(
        r"(?:^|\s)(?:в|во|из|у|над|под|возле|около)\s+$", text[max(0, s.start - 8) : s.start].lower()
    )


# Head nouns of bodies another body can belong to («Комитет … Министерства финансов РК»).
_PARENT_HEADS = words("parent_body_heads")


_NAMED_AFTER_HEADS = {"фонд", "университет", "институт", "театр", "музей", "библиотека", "академия", "центр"}


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
# Up to three Russian words ending just before a name (the last one its head noun).
_WORDS_BEFORE_NAME = re.compile(r"((?:[А-ЯЁа-яё]+\s+){0,2}?)([А-Яа-яЁё]+)\s+$")


# The same words read from the end of the reversed window: the whitespace before the name and
# up to three runs of Russian letters with only whitespace between them.
_LAST_WORDS_REVERSED = re.compile(r"\s*[А-Яа-яЁё]+(?:\s+[А-Яа-яЁё]+){0,2}")


def _last_words_start(before: str) -> int:
    """Where _WORDS_BEFORE_NAME's find in `before` can start at the earliest: the first of the
    last three runs of Russian letters that only whitespace parts from its end (a find holds
    three words at most, of those letters and whitespace only). Searching from there gives the
    find searching from 0 gives, without trying the pattern at each of the window's 60
    positions first (~20 us a span)."""
    m = _LAST_WORDS_REVERSED.match(before[::-1])
    return len(before) - m.end() if m else len(before)


def _body_named_after(text: str, s: NerSpan) -> NerSpan | None:
    """«Благотворительный фонд Владимира Потанина», «Университет Джорджа Вашингтона»: a
    capitalized body right before a person's name in the genitive is named after them
    (the person stays a mention of their own)."""
    window = max(0, s.start - 60)
    before = text[window : s.start]
    m = _WORDS_BEFORE_NAME.search(before, _last_words_start(before))
    if not m:
        return None
    head = parses(m.group(2))
    if not head or head[0].tag.POS != "NOUN" or head[0].normal_form not in _NAMED_AFTER_HEADS:
        return None
    adjs = m.group(1).split()
    while adjs and parses(adjs[0])[0].tag.POS not in ("ADJF", "PRTF"):
        adjs.pop(0)  # only agreeing adjectives belong to the name
    first = adjs[0] if adjs else m.group(2)
    if not first[:1].isupper() or not any(p.tag.case == "gent" for p in parses(s.text.split()[-1])[:3]):
        return None
    start = window + m.start() + m.group(0).find(first)
    return NerSpan("organization", start, s.end, text[start : s.end])


_QUOTE_MARK = re.compile('[«"“„»”]')
_CAPITALIZED_RUSSIAN_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _parent_body(text: str, s: NerSpan, page: str = "") -> NerSpan | None:
    """The body an organization's name says it belongs to, as a mention of its own:
    «Комитет государственных доходов Министерства финансов РК» names the ministry too,
    «Бизнес-инкубатор Академии народного хозяйства» the academy."""
    if _QUOTE_MARK.search(s.text) or in_quotes(text, s):
        return None
    for m in list(_CAPITALIZED_RUSSIAN_WORD.finditer(s.text))[1:]:  # the first word is the body's own head
        ps = parses(m.group())
        if ps and ps[0].tag.POS == "NOUN" and ps[0].normal_form in _PARENT_HEADS and ps[0].tag.case == "gent":
            start = s.start + m.start()
            parent = text[start : s.end]
            if _an_address(s.text, ps[0].normal_form) and not _named_elsewhere(text, s, parent, page):
                return None
            return NerSpan("organization", start, s.end, text[start : s.end])
    return None


# (the body's head, its parent's head): the parent is the body's address
_ADDRESSES = {("комитет", "министерство"), ("служба", "комитет")}


def _an_address(name: str, parent_head: str) -> bool:
    """«Комитет государственных доходов Министерства финансов РК»: a ministry's committee
    acts on its own; the ministry is its address, not a second body in the story, unless
    the story names the ministry on its own too (see _named_elsewhere). So is a committee
    for its service («Пограничная служба Комитета национальной безопасности», dev's
    references: the committee is listed where the story names it alone too)."""
    words = name.split()
    head = parses(words[1] if len(words) > 1 and words[0][:1].isupper() and _an_adjective(words[0]) else words[0])
    return bool(head) and (head[0].normal_form, parent_head) in _ADDRESSES


def _an_adjective(word: str) -> bool:
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS == "ADJF"


def _named_elsewhere(text: str, s: NerSpan, parent: str, page: str = "") -> bool:
    """Does the text name the parent body on its own, outside `s` («… по данным Министерства
    финансов»)? Then it is a body of the story and the compound names it too. The page
    counts (a headline's «КНБ предупредил» over a body naming only its service): where it
    names the parent's row more often than this text does.

    The three tests are pure, so the answer is that of any order: the text's own printing of
    the parent's first two words outside `s` (a regular expression over this text) is asked
    before the page's scan (the knowledge base's matcher over the whole page, ~1 ms, the
    page's only scan in most articles): on the generated articles of
    bench/ingest_throughput.py it answers 74 of the 116 asks that reached the page (ingest103)."""
    rows = {m.form.row.id for m in kb.find(parent)}
    found = [m for m in kb.find(text) if m.form.row.id in rows] if rows else []
    if any(not s.start <= m.start < s.end for m in found):
        return True  # «Минфин», «МФ»: the knowledge base knows its other names
    words = parent.split()
    if len(words) >= 2:
        pattern = re.escape(words[0][:-1]) + r"\w*\s+" + re.escape(words[1][:-2]) + r"\w*"
        if any(not (s.start <= m.start() < s.end) for m in re.finditer(pattern, text)):
            return True
    return bool(rows and page and sum(1 for m in kb.find(page) if m.form.row.id in rows) > len(found))


# «Комитет … (КГД) Министерства финансов (МФ) Казахстана»: the bracketed initials split the
# name in two; the genitive body after the first bracket is still the committee's address.
_AFTER_BRACKET = re.compile(r"\s*\([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}\)\s*")
_BRACKET_AHEAD = re.compile(r"\s*\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\)(?:\s+(?:РК|Казахстана|Республики Казахстан))?")


def pass_bracketed_parents(text, spans, ctx):
    """A ministry written after its committee's bracketed initials («Комитет государственных
    доходов (КГД) Министерства финансов (МФ)») is the committee's address, as it is when no
    bracket splits the name (_an_address): it and its own initials are dropped, unless the
    story names the ministry on its own elsewhere."""
    orgs = [s for s in spans if s.type == "organization"]
    dropped: set[tuple[int, int]] = set()
    for committee in orgs:
        after = _AFTER_BRACKET.match(text, committee.end, committee.end + 12)
        parent = next((s for s in orgs if after and s.start == after.end()), None)
        if parent is None or not _an_address(f"{committee.text} {parent.text}", _head_lemma(parent.text)):
            continue
        ahead = _BRACKET_AHEAD.match(text, parent.end)
        end = ahead.end() if ahead else parent.end
        whole = NerSpan("organization", committee.start, end, text[committee.start : end])
        if _named_elsewhere(text, whole, parent.text):
            continue
        dropped |= {(s.start, s.end) for s in orgs if parent.start <= s.start and s.end <= end}
    return [s for s in spans if (s.start, s.end) not in dropped or s.type != "organization"]


def _head_lemma(name: str) -> str:
    ps = parses(name.split()[0]) if name.split() else []
    return ps[0].normal_form if ps and ps[0].tag.case == "gent" else ""


# Head nouns that make a name an organization whatever the model says («Северная Лига»);
# «союз» and «федерация» are left out: «Советский Союз», «Российская Федерация» are states.
_ORG_HEAD_NOUNS = words("org_head_nouns")


# A hyphenated word with an adjective's ending: the dictionary knows neither half and may guess
# a noun first.
_HYPHENATED_ADJECTIVE = re.compile(r"-[А-ЯЁа-яё]+(?:ий|ый|ой|ая|ое|ого|ому|ым|ом|ую|ие|ые|их|ых)$")


def _organization_by_head(s: NerSpan) -> NerSpan:
    """«из Северной Лиги»: a «place» whose head noun is a kind of organization is one."""
    words = s.text.split()
    if len(words) < 2:
        return s
    for w in words:
        ps = parses(w)
        if (
            ps
            and ps[0].tag.POS == "NOUN"
            and _HYPHENATED_ADJECTIVE.search(w)
            and any(p.tag.POS == "ADJF" for p in ps[:3])
        ):
            continue  # «Соколовско-Сарбайский (комбинат)»: a place's adjective the dictionary guesses a noun (org82)
        if ps and ps[0].tag.POS == "NOUN":
            if ps[0].normal_form in _ORG_HEAD_NOUNS:
                return NerSpan("organization", s.start, s.end, s.text)
            return s
    return s


_CAPITALIZED = re.compile(r"[А-ЯЁA-Z]")
_ONE_WORD_RU = re.compile(r"[А-ЯЁ][а-яё]+")
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|улы|ұлы|кызы|қызы)[а-яё]{0,3}$")


def _listed_place(word: str) -> bool:
    """Does the knowledge base read `word` as a place, a person or a post (anything but a body)?"""
    return any(m.form.row.type != "organization" for m in kb.find(word))


def _firm_by_last_word(s: NerSpan) -> NerSpan:
    """«Ерназар Логистик построит сухой порт»: the model reads a firm named by a founder's or a
    town's name and a borrowed business word («Логистик», «Групп», «Транс Сервис») as a place
    or a person. Two to four capitalized words ending in such a word are the firm, and so is
    one word glued of a stem and a business tail that the knowledge base does not list."""
    words_ = s.text.split()
    if len(words_) == 1 and firm_compound_nominative(s.text) is not None and not _listed_place(s.text):
        return NerSpan("organization", s.start, s.end, s.text)  # «Евразтранзита», one glued word
    if not 2 <= len(words_) <= 4 or not all(_CAPITALIZED.match(w) for w in words_):
        return s
    if any(_PATRONYMIC.search(w) for w in words_):
        return s  # a person's full name, whatever their surname
    if firm_word_nominative(words_[-1]) is not None or _town_and_trade(words_):
        return NerSpan("organization", s.start, s.end, s.text)
    return s


_TOWN_KINDS = frozenset({"city", "town", "village"})
_PLACE_KIND_WORDS = words("place_nouns") | words("geo_kind_nouns")
_NOT_TRADE_TAGS = frozenset({"Geox", "Name", "Surn", "Patr"})
# «Алматы Арена», «Астана Сити»: a venue after its town is no trade (org105)
_VENUE_WORDS = words("not_body_kinds") | words("venue_words")


def _town_and_trade(words_: list[str]) -> bool:
    """«Костанай Мука», «Павлодар Молоко»: a town the knowledge base lists, then a capitalized
    common noun in the nominative that names no kind of place and no person: a firm named by
    its town and its trade, which the model reads as a place. A venue's word («Арена», «Сити»)
    names a building, not a trade."""
    if len(words_) != 2 or not _ONE_WORD_RU.fullmatch(words_[1]):
        return False
    town = kb.find(words_[0])
    if not town or town[0].form.row.kind not in _TOWN_KINDS or town[0].end != len(words_[0]):
        return False
    first = parses(words_[1])[:1]
    return bool(first) and (
        first[0].tag.POS == "NOUN"
        and first[0].tag.case == "nomn"
        and not (_NOT_TRADE_TAGS & first[0].tag.grammemes)
        and first[0].normal_form not in _PLACE_KIND_WORDS
        and first[0].normal_form not in _VENUE_WORDS
    )


def pass_organization_by_head(text, spans, ctx):
    """A «place» whose head noun is an organization's, and a place or person ending in a
    firm's borrowed word (_firm_by_last_word), are organizations."""
    return mapped(
        spans,
        lambda s: (
            _firm_by_last_word(_organization_by_head(s) if s.type == "location" else s)
            if s.type in ("location", "person")
            else s
        ),
    )


def pass_bodies_of_states(text, spans, ctx):
    """«ЕС», «НАТО», «Кремль»: places the model saw that are bodies of states."""
    out = []
    for s in spans:
        if s.type == "location":
            name = ctx.names.get((s.start, s.end)) or nominative_in(ctx.nominatives, s, None, text)
            if _body_of_states(text, s, name):
                s = Named("organization", s.start, s.end, s.text, name)
        out.append(s)
    return out


def pass_bodies_named_after(text, spans, ctx):
    return with_derived(
        spans,
        lambda s: (
            derived_named(_body_named_after(text, s), lambda b: normalized_name(b, None, text))
            if s.type == "person"
            else None
        ),
    )


def pass_parent_bodies(text, spans, ctx):
    return with_derived(
        spans,
        lambda s: (
            derived_named(_parent_body(text, s, ctx.page), lambda b: normalized_name(b, None, text))
            if s.type == "organization"
            else None
        ),
    )
