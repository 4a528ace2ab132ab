"""Linking the names of an article to the knowledge base (store.lang.kb), as span passes.

`link_knowledge_base`: every body, country or Kazakh region the KB knows, found in the
text in any script, becomes one span named by its row (in the script the text is written
in), replacing what the model made of those words; the model's longer body names that
merely contain it («Департамент … по области Абай») are kept. Kazakh articles are where
this matters most: the Russian model does not read «Көлік министрлігінің» at all.

`acronyms_and_platforms`: a capital short word that is a common noun here («КПП» a
post, «ГУ» a state institution, «ТОО» a company form) is no body unless the article
spells it out as one; chat platforms («Telegram-канал») are channels, not bodies. (The
stricter rule, «a short capital is a body only when the KB or the article defines it»,
cost factRu 0.86 → 0.83: РБК, ЕС, НАТО, ООН are bodies no local table lists.)

`link_people`: a person of the knowledge base (store/data/people.csv) printed with a
given name or an initial («Олжасом Бектеновым», «Қасым-Жомарт Тоқаевтың», «O. Bektenov»)
that no pass read as a person becomes one, named as printed in the nominative; the store
then files every spelling of the row as one person (store.lang.identity.entity_key). A bare
surname is never taken: it may be anyone's.

All three take (text, spans, context) and return spans, as extractor.PASSES expects; a span
renamed here carries its name in `context.names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.lang import kb, people
from store.lang.canonical import without_legal_form
from store.lang.country_words import country_of_word
from store.lang.kazakh import DISCOURSE_WORDS, FUNCTION_WORDS, KAZAKH_LETTERS, a_plural_noun, kazakh_context
from store.lang.morphology import from_dictionary
from store.lang.normalize import key, parses
from store.lang.phrases import phrase_nominative
from store.lang.wordlists import words

_WORD = re.compile(r"\w+")
# Words a body's name may run on with past a KB form and still be that body's longer name.
_TAIL_WORDS = re.compile(
    r"^(?:[А-ЯЁӘҒҚҢӨҰҮҺІA-Z]{2,6}|Республик\w*|Казахстан\w*|Қазақстан\w*|Kazakhstan|Qazaqstan|[а-яёәғқңөұүһі-]+|«|»|\"|[-–—,])$"
)
# «Telegram-канал», «YouTube-канал»: a channel on a platform (the platform alone is a company).
_PLATFORMS = re.compile(
    r"^(?:telegram|телеграм|whatsapp|instagram|facebook|youtube|tiktok|vk)[\s-]*(?:канал|чат|аккаунт|страниц)",
    re.IGNORECASE,
)
# Capital short words that are common nouns here, not names of bodies: kinds of posts
# («КПП», «МАПП»), of legal entities («ГУ», «ТОО», «АО»), of border procedures («СЭО»),
# units of container traffic («ДФЭ», «ЖФЭ», «TEU»: twenty-foot equivalents).
_COMMON_ACRONYMS = frozenset(
    "кпп мапп апп ждпп пп ппп гу ргу кгу ргп тоо ао ип чп оао зао пао ооо осоо сэо свх тс фгку фгуп гуп ақ жшс жшқ вэд"
    " дфэ жфэ teu".split()
)
# Head nouns (lemmas) of a phrase that spells out a body («государственное учреждение (ГУ)»),
# beside the organization heads of the lexicon; «система электронной очереди (СЭО)» is a thing.
# Councils, chambers, unions, courts, inspectorates, prosecutors and bureaus spell out bodies
# too (org75's trace: «Совета по правам человека (СПЧ)» and «советом по международным делам
# (РСМД)» were read as things and their letters dropped by acronyms_and_platforms).
_UNIT_HEADS = words("org_head_nouns") | {
    "учреждение",
    "управление",
    "департамент",
    "предприятие",
    "товарищество",
    "общество",
    "орган",
    "центр",
    "совет",
    "палата",
    "союз",
    "суд",
    "инспекция",
    "прокуратура",
    "администрация",
    "бюро",
    "организация",
    "объединение",
}


def link_knowledge_base(text: str, spans: list, ctx) -> list:
    """The KB's bodies and places in `text` as spans named by their rows (see module doc)."""
    quoted = _guillemets(text)
    found = _unit_with_its_parents(_joined(quoted, kb.find(quoted)))
    kyrgyz = getattr(ctx, "kyrgyz", False)
    script = _Scripts(text)
    found = _by_their_state(text, found, kyrgyz, script)
    stray = _stray_foreign_abbreviations(text, found, kyrgyz, getattr(ctx, "page", "") or "")
    matches = [
        m
        for m in found
        if not _on_checkpoint(m, ctx)
        and (m.start, m.end) not in stray
        and not _in_a_title(text, m, quoted)
        and not _a_destination(text, m)
        and not _a_state_bodys_tail(text, m)
        and not _a_port_by_its_place(text, m)
        and not _a_kazakh_common_noun(text, m)
        and not _a_thing_in_lower_case(text, m)
    ]
    firms = [(m.start, end) for m in matches if (end := _a_firm_named_after(text, m))]
    if firms:
        spans = _whole_firm_names(text, spans, firms)
        matches = [m for m in matches if not any(m.start == a for a, _ in firms)]
    products = [(m.start, end) for m in matches if (end := _a_product_of(text, m))]
    if products:
        spans = _without_products(spans, products)
        matches = [m for m in matches if not any(m.start == a for a, _ in products)]
    longer = [m for m in matches if _opens_a_longer_quoted_name(quoted, m)]
    if longer:
        spans = _whole_quoted_names(text, quoted, spans, longer)
        matches = [m for m in matches if m not in longer]
    matches = _with_bracketed_abbreviations(text, matches)
    if not matches:
        return spans
    names = _display_names(matches, script)
    out = list(spans)
    for m, name in _regional_units(text, matches, names, script):
        out = _place(text, out, m, _without_printed_legal_form(text, m, name), ctx)
        for r, region in _region_inside(text, m, names, script):
            out = _with_span(
                text,
                [s for s in out if not (s.type == "location" and s.start < r.end and r.start < s.end)],
                r,
                region,
                ctx,
            )
    return sorted(out, key=lambda s: (s.start, s.end))


# «(МФ)», «(КАД)», «(SRC)» right after a name: the letters a text defines the name by
_BRACKETED = re.compile(r"\s*\(\s*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,8})\s*\)")


def _with_bracketed_abbreviations(text: str, matches: list[kb.Match]) -> list[kb.Match]:
    """The matches and, after a body's full name, its own abbreviation in brackets
    («Министерство финансов Республики Казахстан (МФ)»): the text defines the letters, so
    even a short or ambiguous one the matcher leaves alone is the body there (the model
    read «(МФ)» as a place), and so is each later use of them as a word of their own in
    capitals («… В МТ отметили …»): the text said what they stand for."""
    defined: dict[str, tuple[kb.Form, int]] = {}
    for m in matches:
        if m.form.row.type != "organization" or kb.is_abbreviation(m.form.text):
            continue
        b = _BRACKETED.match(text, m.end)
        form = kb.abbreviation_of(m.form.row, b.group(1)) if b else None
        if form is not None and form.text not in defined:
            defined[form.text] = (form, b.start(1))
    if not defined:
        return matches
    out = list(matches)
    for u in _uses(text, defined):
        form, since = defined[u.group()]
        if u.start() >= since and not any(x.start < u.end() and u.start() < x.end for x in out):
            out.append(kb.Match(form, u.start(), u.end()))
    return sorted(out, key=lambda x: x.start)


def _uses(text: str, defined: dict):
    """Every use of the defined letters as a word of their own, in one pass over the text
    (a Kazakh case ending after a hyphen, «МТ-ның», keeps the word)."""
    letters = "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
    return re.finditer(rf"(?<![\w-])(?:{letters})(?!\w)", text)


def _by_their_state(text: str, matches: list[kb.Match], kyrgyz: bool, script_of_match: _Scripts) -> list[kb.Match]:
    """Each match, a name another state's body goes by too («Кабинет министров», «МИД»,
    «Погранслужба»: kb.namesakes), made that state's body where the text says it is: that
    state named right after it («Погранслужба Кыргызстана»), or that body named before in
    the text (the press says whose once: «… сообщили в Погранслужбе Кыргызстана. Пресс-
    секретарь Погранслужбы …»), or a Kyrgyz text. A name no state follows stays its row's:
    the nearest state named before it is as often the other side of the border."""
    out: list[kb.Match] = []
    for i, m in enumerate(matches):
        states = kb.namesakes(m.form)
        if not states:
            out.append(m)
            continue
        named = {x.form.row.id for x in out}
        before = [s for s in sorted(states) if (kb.namesake(m.form, s) or m.form.row).id in named]
        before = before if m.form.row.id not in named else []  # both named before: whose is not said
        state = _state_after(text, matches, i) or (before[0] if len(before) == 1 else "")
        script = "kk" if script_of_match(m) == "kk" else "ru"
        form = kb.namesake_form(m.form, state or ("Кыргызстан" if kyrgyz else ""), script)
        out.append(kb.Match(form, m.start, m.end) if form else m)
    return out


def _stray_foreign_abbreviations(text: str, found: list[kb.Match], kyrgyz: bool, page: str) -> set[tuple[int, int]]:
    """The (start, end) of the matches that are a foreign body's bare initials on a page
    naming no state of theirs. The page's states (a scan of every word) are read only when
    such initials are there at all: most texts have none."""
    foreign = [m for m in found if _foreign_initials(m)]
    if not foreign:
        return set()
    named = _states_named(text, found, kyrgyz) | _page_states(page)
    return {(m.start, m.end) for m in foreign if _a_stray_foreign_abbreviation(text, m, named)}


def _foreign_initials(m: kb.Match) -> bool:
    """A foreign body's abbreviation, one word («ГТУ», «ГПС»)."""
    if m.form.role != "abbreviation" or m.form.row.type != "organization" or " " in m.form.text:
        return False
    return kb.state_of(m.form.row) not in ("", "Казахстан")


def _states_named(text: str, matches: list[kb.Match], kyrgyz: bool) -> frozenset[str]:
    """The states a page names anywhere: by a word of country_words («китайской», «КНР»,
    «России»), by a country, a region or a body's full name the KB found, or by being a
    Kyrgyz text."""
    out = {c for w in _WORD.findall(text.lower()) if (c := country_of_word(w))}
    out |= {kb.state_of(m.form.row) for m in matches if m.form.row.type == "location"}  # «Курганской области»
    # a body named in full owns its initials wherever they stand («Федеральная таможенная служба (ФТС)»)
    out |= {
        kb.state_of(m.form.row) for m in matches if m.form.row.type == "organization" and m.form.role != "abbreviation"
    }
    return frozenset(out | ({"Кыргызстан"} if kyrgyz else set()))


@lru_cache(maxsize=8)
def _page_states(page: str) -> frozenset[str]:
    """The states the whole page names by a country word: a long article is read in
    chunks, and a chunk's initials are the state's that another chunk names."""
    return frozenset(c for w in _WORD.findall(page.lower()) if (c := country_of_word(w)))


def _a_stray_foreign_abbreviation(text: str, m: kb.Match, named: frozenset[str]) -> bool:
    """Is the match a foreign body's bare abbreviation («ГТУ», «ГПС») on a page that never
    names its state? Such initials are shared by several states' bodies (a Kazakh
    regional «главное таможенное управление по ВКО» is the page's «ГТУ» as much as
    China's customs is): whose they are is the page's country context, and with none the
    KB adds no span for them. A span the model read there is left as it is: the store keys
    a body by its name alone, so it is still filed under the row (dropping it lost org43's
    body «ГТУ» on the ВКО-customs page; a key that knows the page is issue 15's leftover)."""
    if m.form.role != "abbreviation" or m.form.row.type != "organization" or " " in m.form.text:
        return False
    if _a_word_of_its_own_name(m.form):
        return False  # «Контейнеры COSCO прибыли …»: the brand the name holds, not initials (org99)
    state = kb.state_of(m.form.row)
    return state not in ("", "Казахстан") and state not in named


@lru_cache(maxsize=1024)
def _a_word_of_its_own_name(form: kb.Form) -> bool:
    """Is the abbreviation a word of its row's own name («COSCO» of «China COSCO Shipping»)? Then
    it is the company's brand, which no other state's body is called, not initials that several
    states' bodies share («ГТУ»)."""
    row = form.row
    word = re.compile(r"(?<![\w-])" + re.escape(form.text) + r"(?![\w-])")
    return any(word.search(n) for n in (row.name_ru, row.name_kk, row.name_en) if n)


def _state_after(text: str, matches: list[kb.Match], i: int) -> str:
    """The state named right after match `i` («МИД России», «Погранслужба РК»), or in
    Kazakh right before it («Қырғызстанның Шекара қызметі»); "" if none is."""
    m = matches[i]
    nxt = matches[i + 1] if i + 1 < len(matches) else None
    if nxt is not None and nxt.form.row.kind == "country" and not text[m.end : nxt.start].strip():
        return kb.state_of(nxt.form.row)
    printed = kb.state_printed_after(text, m.end)  # «Погранслужба РК»: initials no match holds
    if printed:
        return printed
    prev = matches[i - 1] if i else None
    if prev is not None and prev.form.row.kind == "country" and not text[prev.end : m.start].strip():
        return kb.state_of(prev.form.row) if m.form.script == "kk" else ""
    return ""


def _without_printed_legal_form(text: str, m: kb.Match, name: str) -> str:
    """«АО "Кедентранссервис"» printed with its legal form: named by what its quotes hold,
    as a name the model read is (naming.normalized_name); the form is written or left out
    at will. A name the text printed without one keeps the row's."""
    if m.form.row.type != "organization" or without_legal_form(text[m.start : m.end]) == text[m.start : m.end]:
        return name
    return without_legal_form(name) or name


# A straight or curly quote that opens a name: at the start, or after a space, a bracket or
# another opening quote («СЭЗ "Хоргос - Восточные ворота"», «АО "НК "КазАвтоЖол"»).
_OPENING_QUOTE = re.compile(r'(?:(?<=^)|(?<=[\s(«"“„]))["“„]')
_CLOSING_QUOTE = re.compile(r'["”“]')


def _guillemets(text: str) -> str:
    """`text` with straight and curly quotes written as the table writes them, « and »
    (one character for one: offsets hold), so a form with quotes in it («СЭЗ «Хоргос –
    Восточные ворота»») is found however a site types its quotes."""
    if '"' not in text and "“" not in text and "„" not in text:
        return text
    opened = _OPENING_QUOTE.sub("«", text)
    return _CLOSING_QUOTE.sub("»", opened)


# «… по», «… РК по», «… МФ РК по» (the parent's initials between a unit and its region).
# «… по», «… МФ РК по», and a city after «г.» or «городу» («ДГД по г. Алматы»: org43)
_BY_REGION = re.compile(r"\s+(?:(?:[А-ЯЁ]{2,3}\s+){1,2}|Казахстана\s+)?по\s+(?:г\.\s*|городу\s+)?$")
_UNIT_BEFORE = re.compile(r"(?i:(департамент|управлени|отдел|филиал)[а-яё]*)\s+$")
_UNIT_NOMINATIVE = {"департамент": "департамент", "управлени": "управление", "отдел": "отдел", "филиал": "филиал"}


def _regional_units(text: str, matches: list[kb.Match], names: dict, script: _Scripts) -> list[tuple[kb.Match, str]]:
    """Each match with its name, a body's regional unit joined into one: «департамент
    Пограничной службы КНБ РК по области Абай», «Департамента государственных доходов по
    ЗКО» are one body each (named as written, the unit word in the nominative), not a body
    and a place."""
    out: list[tuple[kb.Match, str]] = []
    i = 0
    while i < len(matches):
        m = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if (
            nxt is not None
            and m.form.row.type == "organization"
            and nxt.form.row.type == "location"
            and nxt.form.row.kind != "country"
            and _BY_REGION.fullmatch(" " + text[m.end : nxt.start])
        ):
            unit = _UNIT_BEFORE.search(text, max(0, m.start - 30), m.start)
            start = unit.start() if unit and m.form.role != "pattern" else m.start
            joined = kb.Match(m.form, start, nxt.end)
            out.append((joined, _unit_name(text[start : nxt.end])))
            out.append((nxt, names[(nxt.form.row.id, script(nxt))]))  # the region is still named
            i += 2
            continue
        out.append((m, names[(m.form.row.id, script(m))]))
        i += 1
    return out


def _region_inside(text: str, m: kb.Match, names: dict, script_of_match: _Scripts) -> list[tuple[kb.Match, str]]:
    """The region a Kazakh or English regional unit's name holds («Түркістан облысы» of
    «Түркістан облысы бойынша Мемлекеттік кірістер департаменті»): still a place named, as
    the region after a Russian unit's «по» is (_regional_units). Nothing for another match."""
    region = kb.unit_region(m.form.row)
    if region is None or m.form.script == "ru":
        return []
    script = "kk" if m.form.script == "kk" else "latin"
    printed = [g for g in kb.forms() if g.row is region and g.script == script and g.role in ("name", "variant")]
    for g in printed:
        words = r"\s+".join(re.escape(w) for w in g.text.split())
        found = re.search(rf"(?<!\w){words}", text[m.start : m.end], re.IGNORECASE)
        if found:
            r = kb.Match(g, m.start + found.start(), m.start + found.end())
            found_in = script_of_match(r)
            return [(r, names.get((region.id, found_in)) or kb.display_name(region, [g], found_in))]
    return []


def _unit_name(written: str) -> str:
    """The written name of a regional unit with its head in the nominative: the unit
    word («департамента» → «департамент»), or the whole phrase before «по» when the unit
    is named by the body's own words («Пограничном управлении ФСБ России по …» →
    «Пограничное управление ФСБ России по …»)."""
    first, _, rest = written.partition(" ")
    for stem, nominative in _UNIT_NOMINATIVE.items():
        if first.lower().startswith(stem):
            word = nominative.capitalize() if first[:1].isupper() else nominative
            return f"{word} {rest}"
    head, by, region = written.partition(" по ")
    if by and not KAZAKH_LETTERS.search(head):
        return f"{phrase_nominative(head)} по {region}"
    return written


_CYRILLIC = re.compile("[а-яёәғқңөұүһі]", re.IGNORECASE)
_QUOTED_BEFORE = re.compile(r"«[^«»\n]{0,60}$")
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:в|во|из|на|по|для|о|об|с|со|до|через|и)\s+$", re.IGNORECASE)


# the rest of a quoted name after a body's form the quote opens with: more words before the close
_MORE_WORDS_IN_QUOTE = re.compile(r"[ \t]+[^\W\d_][^«»\n]{0,40}»")


def _opens_a_longer_quoted_name(quoted: str, m: kb.Match) -> bool:
    """«Kaspi Travel», «Kaspi Pay»: a body's name opening a quoted name that goes on with more
    words names a product, a service or another firm of the name, not the body (org91: «сервис
    «Kaspi Travel»» was linked as the bank, and the model's span of the whole name dropped for it).
    A quoted name the knowledge base knows whole is matched whole, and is not this; nor is a
    quoted sentence whose first word is the body in an oblique Kazakh case («Қазмортрансфлотта
    жұмыс жалғасады», — деді …: org94; a name goes on from its own nominative or genitive)."""
    if m.form.row.type != "organization" or m.start == 0 or quoted[m.start - 1] != "«":
        return False
    return bool(_MORE_WORDS_IN_QUOTE.match(quoted, m.end)) and not _an_oblique_kazakh_case(quoted, m)


# org93: the words a company names its products and services with after its own Latin name: «Kaspi
# Pay», «Kaspi QR», «Kaspi Gold», «Kaspi Магазин», «Halyk Homebank». Source: the `kaspi` row of
# bodies.csv (guide.kaspi.kz: «Kaspi Магазин», «Kaspi Доставка», «Kaspi Pay»; its note: «Kaspi
# Gold»); the rest (QR, Red, Business, Travel, Homebank, Mobile, Wallet, Card, Kredit, Гид, Депозит) from
# memory of Kazakh banks' apps and cards.
_PRODUCT_WORD = re.compile(
    r"[ \t]+(?:Pay|QR|Gold|Red|Business|Travel|Homebank|Mobile|Wallet|Card|Kredit"
    r"|Магазин\w*|Доставк\w*|Гид\w*|Депозит\w*)(?![\w-])"
)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.]*$")


def _a_product_of(text: str, m: kb.Match) -> int:
    """Where the product's name ends when a body's Latin name printed bare is its product's first word
    («оплата через Kaspi QR», «картой Kaspi Gold», «Halyk Homebank арқылы»), else 0. The model read
    the bank's name alone and the linker named it the bank (org93's fresh texts: 6 of 32 worked texts);
    the product is no body, and no reference counts it. A quoted name is _opens_a_longer_quoted_name's."""
    if m.form.row.type != "organization" or not _LATIN_NAME.match(text[m.start : m.end]):
        return 0
    p = _PRODUCT_WORD.match(text, m.end)
    return p.end() if p else 0


def _without_products(spans: list, products: list[tuple[int, int]]) -> list:
    """The spans without the organizations inside a product's name (a span of «Kaspi» or «Kaspi QR»)."""
    return [
        s for s in spans if not (s.type == "organization" and any(a <= s.start and s.end <= b for a, b in products))
    ]


def _whole_quoted_names(text: str, quoted: str, spans: list, longer: list) -> list:
    """The spans with each quoted name a body's form opens (_opens_a_longer_quoted_name) read as
    one organization span, in place of the shorter ones inside its quotes («ҚТЖ Экспресс» өкілдері:
    the model proposed nothing there, and the firm's name is the whole quote). Whether the name
    is a body at all is left to the passes after (a service's kind: kinds_not_bodies)."""
    out = list(spans)
    for m in longer:
        end = quoted.index("»", m.end)
        if any(s.start <= m.start and end <= s.end for s in out if s.type == "organization"):
            continue
        out = [s for s in out if not (s.start < end and m.start < s.end)]
        out.append(NerSpan("organization", m.start, end, text[m.start : end]))
    return sorted(out, key=lambda s: (s.start, s.end))


def _in_a_title(text: str, m: kb.Match, quoted: str) -> bool:
    """«Вечерний Алматы»: a place inside a quoted title is part of the title, unless the
    title speaks of the place («Инвестиции в Казахстан», or in Kazakh, where a case ending
    does a preposition's work: «Ақтөбеге инвестиция») or the quote is someone's words,
    not a title («В Костанае всё спокойно», — сказал он: read in `quoted`, the text with its
    quotes as guillemets, so that a title in straight quotes inside the words stays one)."""
    if m.form.row.type != "location":
        return False
    before = text[max(0, m.start - 60) : m.start]
    if not _QUOTED_BEFORE.search(before) or _PREPOSITION_BEFORE.search(before):
        return False
    return not _in_a_kazakh_place_case(text, m) and not _reported_speech(quoted, m.end)


# kb62: Kazakh dative, locative and ablative endings (to, in, from a place) of both vowel rows
_KAZAKH_PLACE_CASES = frozenset("ға ге қа ке на не да де та те нда нде дан ден тан тен нан нен".split())
# a quote closed with a comma, or after «!», «?», «…», and the dash that opens the author's
# words: «…», — деді ол; «…?» — спросил он («Эхо Москвы» — это …: a title, no comma)
_SPEECH_AFTER = re.compile(r"[^«»\n]{0,300}?(?:[!?…]»|»,)\s*[—–-]\s")


def _in_a_kazakh_place_case(text: str, m: kb.Match) -> bool:
    """Does the place carry a Kazakh case ending of direction or location («Ақтөбеде»)?"""
    ending = text[m.start : m.end][len(m.form.text) :].lower().lstrip("-'")
    return m.form.script == "kk" and ending in _KAZAKH_PLACE_CASES


def _reported_speech(text: str, end: int) -> bool:
    """Is the quote holding text[..end] someone's words, closed by «», —» (a title is not)?"""
    return bool(_SPEECH_AFTER.match(text, end))


# «поезд отправился в порт Актау», «до сухого порта Хоргос»: a body named by its site's common
# noun and a place, after a preposition of motion or place, is where things go, not the body.
# A quoted name is the operator's own («на сухом порту «Хоргос»»: ent75): the body, wherever it
# stands (else the model kept the bare «Хоргос» as an organization).
_DESTINATION_BEFORE = re.compile(r"(?:^|\s)(?:в|во|из|до|через|к|ко|на)\s+$", re.IGNORECASE)
_SITE_LEAD = re.compile(r"(?:сух\w*\s+)?(?:порт|станци|терминал)\w*\s", re.IGNORECASE)


def _a_destination(text: str, m: kb.Match) -> bool:
    written = text[m.start : m.end]
    if m.form.row.type != "organization" or not written[:1].islower() or not _SITE_LEAD.match(written):
        return False
    if "«" in written or '"' in written:
        return False
    return bool(_DESTINATION_BEFORE.search(text[max(0, m.start - 12) : m.start]))


# One-word forms of a body that are also Kazakh common nouns: «атамекен» (the homeland;
# «Атамекенге қоныс аударушылар», those who move back to it) is the chamber «Атамекен» only
# quoted or named as itself, not declined bare (dev e006; org43).
_KAZAKH_COMMON_NOUNS = frozenset({"атамекен"})


def _a_kazakh_common_noun(text: str, m: kb.Match) -> bool:
    """Is the match a Kazakh common noun a body's one-word form spells, declined and unquoted?"""
    if m.form.row.type != "organization" or m.form.text.lower() not in _KAZAKH_COMMON_NOUNS:
        return False
    ending = text[m.start : m.end][len(m.form.text) :].lower().lstrip("-'")
    quoted = m.start > 0 and text[m.start - 1] in '«"“'
    return not quoted and ending in _WHERE_ENDINGS


# Dative, locative and ablative: where to, where and where from (a genitive «Атамекеннің
# өкілдері» may be the chamber's).
_WHERE_ENDINGS = frozenset({"ге", "ке", "де", "те", "ден", "тен", "нен"})


# «государственного комитета национальной безопасности (ГКНБ) Кыргызстана», «Государственной
# пограничной службы Украины»: «State» before the words of one of our bodies names another body.
_STATE_BEFORE = re.compile(r"(?:^|\s)[Гг]осударственн[а-яё]{2,3}\s+$")


def _a_state_bodys_tail(text: str, m: kb.Match) -> bool:
    """Is the match the tail of a «Государственный …» body's name its form does not hold?"""
    if m.form.row.type != "organization" or m.form.text.lower().startswith("государствен"):
        return False
    return bool(_STATE_BEFORE.search(text[max(0, m.start - 20) : m.start]))


def _script(text: str, m: kb.Match) -> str:
    """The script a mention is named in: Kazakh in Kazakh text (a Kazakh form in a short
    text counts when a fifth of the words around it are Kazakh, however few they are);
    Latin for a Latin form in English text (fewer than a fifth of the words around it
    Cyrillic), so «Ministry of Finance» is not shown by its Russian name; else Russian."""
    if kazakh_context(text, m.start, m.end) or kb.kazakh_place_form(m.form):
        return "kk"
    if m.form.script == "ru":
        return "ru"  # a Russian form's script is the text's only when the text is Kazakh (above)
    words = text[max(0, m.start - 200) : m.end + 200].split()
    if m.form.script == "kk":
        if len(list(filter(KAZAKH_LETTERS.search, words))) * 5 >= len(words):
            return "kk"
    if m.form.script == "latin" and len(list(filter(_CYRILLIC.search, words))) * 5 < len(words):
        return "latin"
    return "ru"


class _Scripts:
    """_script of one text's matches, each worked out once: link_knowledge_base asks it of a
    match in _by_their_state, _display_names and again in _regional_units (5,150 asks of 2,339
    matches over the 341 generated articles; stop 51, ingest119). The answer depends on the
    text, the match's offsets and its form alone while one call runs (kazakh_context's title
    mark is set per article before any pass), so an entry is keyed by the offsets and the
    form's identity, and holds the form so that no other object can take its id meanwhile."""

    __slots__ = ("text", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[tuple[int, int, int], tuple[kb.Form, str]] = {}

    def __call__(self, m: kb.Match) -> str:
        key = (m.start, m.end, id(m.form))
        got = self.known.get(key)
        if got is None:
            got = self.known[key] = (m.form, _script(self.text, m))
        return got[1]


def _display_names(matches: list[kb.Match], script: _Scripts) -> dict[tuple[str, str], str]:
    """(row id, script) → the name every mention of the row shows in this text."""
    seen: dict[tuple[str, str], list] = {}
    rows = {}
    for m in matches:
        k = (m.form.row.id, script(m))
        seen.setdefault(k, []).append(m.form)
        rows[k] = m.form.row
    return {k: _printed_latin(forms, k[1]) or kb.display_name(rows[k], forms, k[1]) for k, forms in seen.items()}


def _printed_latin(forms: list, script: str) -> str | None:
    """A Cyrillic text that names a body only by a Latin name its Russian row name does not
    hold («Глава QazAvtoJol»: the row is «АО «Национальная компания «ҚазАвтоЖол»»): the body
    is shown as printed, not by a name the text never wrote. None otherwise: abbreviations
    go the table's way, and a Russian name holding the Latin one («АО «KTZ Express»») is used,
    but a foreign company's, which is the table's Russian gloss of it («Датская судоходная группа
    A.P. Moller – Maersk»), not a name the press prints (org50). In Kazakh text the Latin name is
    shown as printed even so: the row's Kazakh name only adds a legal form the text never wrote
    («"KTZ Express" компаниясы» is not «"KTZ Express" АҚ»; org102)."""
    if script == "latin" or not forms or any(f.script != "latin" or f.row.type != "organization" for f in forms):
        return None
    names = [f.text for f in forms if not kb.is_abbreviation(f.text)]
    best = max(names, key=len) if names else None
    row = forms[0].row
    if best is None or (script != "kk" and best.lower() in row.name_ru.lower() and row.kind != "foreign_body"):
        return None
    return best


def _joined(text: str, matches: list[kb.Match]) -> list[kb.Match]:
    """«ҚР ҰҚК Шекара қызметі»: a body written right before its own unit is part of the
    unit's name, so the two are one mention of the unit. Not when the body is printed
    declined («Дочерняя компания Азербайджанских железных дорог ADY Container»: a Russian
    genitive belongs to the words before it, the unit is named on its own; org97)."""
    out: list[kb.Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and m.start - prev.end <= 1 and m.form.row.parent == prev.form.row.id and not _declined(text, prev):
            joined = kb.Form(m.form.row, f"{prev.form.text} {m.form.text}", m.form.script, m.form.role)
            out[-1] = kb.Match(joined, prev.start, m.end)
        else:
            out.append(m)
    return out


def _declined(text: str, m: kb.Match) -> bool:
    """Is the match printed in another form than its row's (a Russian oblique case)?"""
    return text[m.start : m.end].lower().replace("ё", "е").split() != m.form.text.lower().replace("ё", "е").split()


def _unit_with_its_parents(matches: list[kb.Match]) -> list[kb.Match]:
    """«ДГД МФ РК по …»: a regional unit's head followed by a body it belongs to (the
    ministry above its committee) is one mention of the unit, its parents' initials in it."""
    out: list[kb.Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev and prev.form.role == "pattern" and m.start - prev.end <= 1 and _is_above(m.form.row.id, prev.form.row):
            out[-1] = kb.Match(prev.form, prev.start, m.end)
        else:
            out.append(m)
    return out


def _is_above(body_id: str, row: kb.Row) -> bool:
    """Is `body_id` the row's parent, or its parent's parent (and so on)?"""
    parents = _parents()
    seen, current = set(), row.parent
    while current and current not in seen:
        if current == body_id:
            return True
        seen.add(current)
        current = parents.get(current, "")
    return False


@lru_cache(maxsize=1)
def _parents() -> dict[str, str]:
    return {f.row.id: f.row.parent for f in kb.forms()}


def _on_checkpoint(m: kb.Match, ctx) -> bool:
    """A checkpoint's words are the checkpoint's, unless a body's name holds them whole
    («СЭЗ «Хоргос – Восточные ворота»», «МЦПС «Хоргос»»: bodies named after a post)."""
    over = ctx.cp_index.overlapping(m.start, m.end)
    if not over:
        return False
    holds = all(m.start <= c.start and c.end <= m.end and (c.end - c.start) < (m.end - m.start) for c in over)
    return not (m.form.row.type == "organization" and holds)


def _place(text: str, spans: list, m: kb.Match, name: str, ctx) -> list:
    """`spans` with the match in place of what overlaps it (but the places inside a body's
    name), unless a longer name of the model holds it (then that name stays)."""
    over = [s for s in spans if s.start < m.end and m.start < s.end]
    if m.form.row.type == "location" and any(_unit_holds(s, m) for s in over):
        # the place in a unit's name: it stays a place, named by its row, beside the unit
        kept = [s for s in spans if not (s.type == "location" and s in over)]
        return _with_span(text, kept, m, name, ctx)
    if m.form.row.type == "location":
        named = [s for s in over if _a_person_named_like_a_town(text, s, m)]
        if named:  # «Водитель Серик Москва»: a given name and a town's name are a person's
            return [s for s in spans if s not in named] + [NerSpan("person", s.start, s.end, s.text) for s in named]
    leads = {s: lead for s in over if (lead := _a_place_before_its_unit(text, s, m))}
    if leads:  # «Жибек Жолы Сарыагашского района»: a place and the district it lies in
        return _with_span(text, [s for s in spans if s not in leads] + list(leads.values()), m, name, ctx)
    if any(_longer_name(text, s, m) for s in over) or (m.form.row.type == "location" and _cuts_a_person(text, over, m)):
        return spans
    kept = [s for s in spans if not (s.start < m.end and m.start < s.end) or _place_inside(s, m)]
    return _with_span(text, kept, m, name, ctx)


# plc102: the Russian genitive of a unit's noun, «… Сарыагашского района», «… Чуйской области»
_RU_UNIT_GENITIVES = frozenset({"района", "области", "округа"})


def _a_place_before_its_unit(text: str, s, m: kb.Match):
    """The place the model's span names before the district or region it lies in, as a span
    of its own, or None. The model reads «пос. Жибек Жолы Сарыагашского района» as one place;
    a unit in the genitive after a capitalized name is where that place lies, so the span is
    two places (a village the knowledge base lacks and its district). Only capitalized words
    before the unit count: «аким Жетысайского района» is no place of its own."""
    if s.type != "location" or m.form.row.kind not in ("district", "region") or s.end != m.end:
        return None
    printed = text[m.start : m.end].split()
    lead = text[s.start : m.start].split()
    if not printed or printed[-1].lower() not in _RU_UNIT_GENITIVES or not 0 < len(lead) <= 3:
        return None
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in lead):
        return None
    end = s.start + len(text[s.start : m.start].rstrip())
    return NerSpan("location", s.start, end, text[s.start : end])


def _with_span(text: str, spans: list, m: kb.Match, name: str, ctx) -> list:
    ctx.names[(m.start, m.end)] = name
    return [*spans, NerSpan(m.form.row.type, m.start, m.end, text[m.start : m.end])]


def _unit_holds(s, m: kb.Match) -> bool:
    """A regional unit's span this pass made holds the place (its name came from a rule)."""
    return s.type == "organization" and s.start < m.start and m.end == s.end


def _place_inside(s, m: kb.Match) -> bool:
    """«РК» in «правительства РК»: a place a body's name holds is still named, and so is
    a body an earlier pass derived from the words («Министерство финансов» in «Комитет …
    Министерства финансов»)."""
    inside = m.start <= s.start and s.end <= m.end and (s.end - s.start) < (m.end - m.start)
    derived = s.type == "location" or getattr(s, "derived", False)
    return inside and derived and m.form.row.type == "organization"


def _cuts_a_person(text: str, spans: list, m: kb.Match) -> bool:
    """A place name inside or across a person's («Актау Серикбаев») is the person's; a
    «person» that is all place («Ресей Федерациясына») is the place, and so is a «person»
    whose words name a district after a man, its place noun after them («Тасымалдаушылар
    Мағжан Жұмабаев» before «ауданынан»: the match runs on past the span with «аудан-»), and
    so is one whose words before the place only open the sentence (plc102: «Біз Азияны»,
    «Тасымалдаушылар Бетпақдаланы»: a pronoun or a plural noun glued to the place)."""
    return any(
        s.type == "person"
        and not (m.start <= s.start and s.end <= m.end)
        and not _named_after(s, m)
        and not _openers_around(text, s, m)
        for s in spans
    )


# place84: the place noun a district, village or town named after a person ends in
_PLACE_NOUN_TAIL = re.compile(r"\s(?:аудан|ауыл|район|округ|қала|село|поселок|посёлок)\w*$", re.IGNORECASE)


def _named_after(s, m: kb.Match) -> bool:
    """Does the match name a place after the person's words: the span ends inside the
    match, before the match's own place noun («Мағжан Жұмабаев ауданы»)?"""
    return m.start < s.end < m.end and bool(_PLACE_NOUN_TAIL.search(m.form.text))


def _longer_name(text: str, s, m: kb.Match) -> bool:
    """Does the model's span `s` name more than the match, so that it stays? A span holding
    a place does (a longer name, or a body called like a country: the TV channel
    «Россия»); a body span holding a body does when it runs on with words a body's name
    has («… по области Абай», «… КНБ РК», «Пограничное управление ФСБ …»), with
    another state («МИД России»: not Kazakhstan's МИД) or with its parent body
    («Комитет таможенного контроля Министерства финансов»), not with a person's name glued
    on after it («… КНБ Толеужан Джунусов»)."""
    if not (s.start <= m.start and m.end <= s.end):
        return False
    if m.form.row.type == "location":
        if s.type == "organization" and (s.end - s.start) == (m.end - m.start):
            if m.form.row.kind != "country" or kb.is_abbreviation(text[m.start : m.end]):
                # «ВКО», «Жамбыл облысы», «АҚШ» taken for a body: a region's own name, or a
                # state's abbreviation (no channel is called «АҚШ»), is the place
                return False
        if s.type == "location" and _a_kazakh_clause(text, s):
            return False  # «… баратындар көбіне Ресейдің Алтай өлкесін»: a clause, not a longer name
        if s.type == "organization" and _a_place_in_a_kazakh_clause(text, s, m):
            return False  # «Жүк тасымалы Орынбормен бірлесіп жоспарланды»: a clause, no body
        if _an_according_to_word(text[m.end : s.end]):
            return False  # «Павлодардың мәліметінше»: 'according to Pavlodar', not a body's name
        if s.type in ("location", "person") and _openers_around(text, s, m):
            return False  # «Между Приозерском», «Шекарашылар Шетпе», «Форт-Шевченкоға қарай», «Біз Азияны»
        if s.type == "location" and _another_place_coordinated(text[m.end : s.end]):
            return False  # «Орал мен Самара»: two places the model took for one
        return s.type == "organization" or (s.end - s.start) > (m.end - m.start)
    if s.type != "organization" or (s.end - s.start) == (m.end - m.start):
        return False
    tail = text[m.end : s.end]
    if _an_according_to_word(tail):
        return False  # «Дүниежүзілік банктің мәліметінше»: 'according to the World Bank'
    if _another_body_coordinated(tail):
        return False  # «АО Самрук-Қазына и Холдинга Байтерек»: two bodies, not one with its parent
    if tail.strip() and _an_oblique_kazakh_case(text, m):
        return False  # «… комиссиясына өтініш жолдады»: the dative ends the name; the rest is the clause
    if kb.is_staff_word(tail.split(maxsplit=1)[0] if tail.strip() else ""):
        return False  # «КНБ-шники», «ДГД-шного поста»: the body's staff or things, not a longer name
    if _another_firms_tail(tail):
        return True  # «Транстелеком Сервис», «Казатомпром-SaUran»: another firm named after the row
    if _kazakh_openers_only(text[s.start : m.start]):
        return False  # «Біз …», «Бұл туралы …»: a sentence's opening words, not the body's
    extra = tail.split()  # words before it are the unit's own («Пограничное управление …»)
    if not extra and _a_common_noun_before(text[s.start : m.start]):
        return False  # «Вагоны Узбекских железных дорог»: the company's wagons, not a longer name
    if not extra and _legal_forms_only(text[s.start : m.start]):
        return False  # «ФГКУ Росгранстроя»: a legal form before a row's name adds no name
    if _a_company_kind_only(text[s.start : m.start], tail):
        return False  # «Авиакомпания «Туркменские авиалинии»», «Kazakh Tourism» ұлттық компаниясы»
    if _a_parent_and_its_unit(text, s, m):
        return False  # «Азербайджанских железных дорог ADY Container»: two rows, the parent and its unit
    if extra and extra[0] == "по":
        return True  # «… по Оренбургской области»: a unit of the body for a region
    if any(x.form.row.type == "organization" or x.form.row.id != "kz" for x in kb.find(tail)):
        return True  # «МИД Литвы»; «Комитет … Министерства финансов»: the body it belongs to
    return all(_TAIL_WORDS.match(w) for w in extra) or _names_a_state(tail)


# org106: the words a firm named after a body, a place or a brand ends with («Транстелеком Сервис»,
# «Самрук-Казына Траст», «KazLogistics Group»): lexicon/firm_name_words.txt, and beside it
# «траст», «агро» and the English words those transliterate (from memory of company names).
_FIRM_TAIL_WORDS = words("firm_name_words") | frozenset(
    "траст агро group service trade trading invest holding logistics trans express motors oil"
    " development construction technologies systems cargo transit finance food trust capital".split()
)
# «Казатомпром-SaUran»: a capital glued on after a hyphen names the firm's own unit or venture
_HYPHENED_NAME = re.compile(r"^[-–][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _another_firms_tail(tail: str) -> bool:
    """Does the model's span run on past a row's name with a firm's own words — capitalized,
    one to three, the last a word firms end their names with, or a capital after a hyphen?
    Such a name is another company's (a subsidiary, a namesake), and linking the row's part
    of it names the wrong body (org106: «Атамекен Холдинг» filed as the chamber «Атамекен»)."""
    if _HYPHENED_NAME.match(tail):
        return True
    ws = tail.split()
    if not 1 <= len(ws) <= 3 or not all(w[:1].isupper() for w in ws):
        return False
    last = ws[-1].lower()
    return any(last.startswith(f) and _a_case_ending(last[len(f) :]) for f in _FIRM_TAIL_WORDS)


# Kazakh case endings a firm's last word takes («Сервистің», «Групптан», «Логистикке»)
_KK_CASE_ENDING = re.compile(r"(?:[нтд][ыі]ң|[нтд][ыі]|[нтд][ае]н|[нтд][ае]|[ғгқк][ае]|[мбп]ен|сы|сі)")


def _a_case_ending(extra: str) -> bool:
    """Is `extra` what a case adds to a firm's word: two letters at most (a Russian ending,
    «Сервисе», «Групп-а»), or a Kazakh case ending?"""
    return len(extra) <= 2 or bool(_KK_CASE_ENDING.fullmatch(extra))


def _kazakh_cased(word: str) -> bool:
    """Does a firm's last word carry a Kazakh case ending of three letters or more («Сервистің»)?"""
    low = word.lower()
    return not any(low.startswith(f) and len(low) - len(f) <= 2 for f in _FIRM_TAIL_WORDS)


# A run of one to three capitalized words, or a capital after a hyphen, right after a row's name
_CAPITAL_RUN = re.compile(r"[-–][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*|(?:[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*){1,3}")


def _a_firm_named_after(text: str, m: kb.Match) -> int:
    """Where another firm's name ends when a body's name is its first part («У Атамекен Агро
    появились склады», «… Цесна Астык и Атамекен Агро»: org106), else 0. The words after it must
    read as a firm's own (_another_firms_tail); a quoted name is _opens_a_longer_quoted_name's."""
    if m.form.row.type != "organization":
        return 0
    run = _CAPITAL_RUN.match(text, m.end)
    return run.end() if run and _another_firms_tail(run.group()) else 0


def _whole_firm_names(text: str, spans: list, firms: list[tuple[int, int]]) -> list:
    """The spans with each firm named after a body (_a_firm_named_after) read as one organization
    span, unlinked, where no organization span of the model's holds it already: the firm is named
    as printed, and a list it stands in keeps its organization (passes.listed_firms)."""
    out = list(spans)
    for a, b in firms:
        if any(s.start <= a and b <= s.end for s in out if s.type == "organization"):
            continue
        if _kazakh_cased(text[a:b].split()[-1]):
            continue  # «Транстелеком Сервистің»: no span to name as printed; the link alone is dropped
        out = [s for s in out if not (s.start < b and a < s.end)]
        out.append(NerSpan("organization", a, b, text[a:b]))
    return sorted(out, key=lambda s: (s.start, s.end))


_NOT_BODY_LEADS = words("not_body_leads")


def _a_common_noun_before(before: str) -> bool:
    """Is `before` one word that opens no body's name: a lead the lexicon lists («Руководство»,
    «Сотрудники») or a plural noun that is no body's head («Вагоны», «Составы», «Грузы»)? The
    model reads a capitalized first word and the row's genitive after it as one name (org98)."""
    tokens = before.split()
    if len(tokens) != 1 or not before.endswith(" ") or not tokens[0].isalpha():
        return False
    p = (parses(tokens[0]) or [None])[0]
    if p is None or p.tag.POS != "NOUN":
        return False
    lemma = p.normal_form
    if lemma in _NOT_BODY_LEADS:
        return True
    return "plur" in p.tag and lemma not in _UNIT_HEADS


def _a_parent_and_its_unit(text: str, s, m: kb.Match) -> bool:
    """Does the model's span hold the match and, right before or after it with a space between,
    another row's whole name, one of the two the other's parent (or above)? «Дочерняя компания
    Азербайджанских железных дорог ADY Container»: the model read the parent's genitive and the
    unit's name as one body, which no row names; each is its own (org97). The parent after its
    unit («Комитет … Министерства финансов») is a longer name, as before: this is the parent first."""
    start, end = _with_own_quotes(text, m.start, m.end, s)
    before, tail = text[s.start : start], text[end : s.end]
    if before.strip() and not tail.strip():
        other = [x for x in kb.find(before.rstrip()) if x.start == 0 and x.end == len(before.rstrip())]
        return len(before) - len(before.rstrip()) == 1 and any(
            x.form.row.type == "organization" and _is_above(x.form.row.id, m.form.row) for x in other
        )
    if tail.strip() and not before.strip():
        unit = tail.lstrip()
        other = [x for x in kb.find(unit) if _whole_but_quotes(unit, x.start, x.end)]
        return len(tail) - len(unit) == 1 and any(
            x.form.row.type == "organization" and _is_above(m.form.row.id, x.form.row) for x in other
        )
    return False


_OPENING_QUOTES = '«“„"'
_CLOSING_QUOTES = '»”"'


def _with_own_quotes(text: str, start: int, end: int, s) -> tuple[int, int]:
    """The match's start and end with the quotes around its name taken in, inside the span
    («Казахстанских железных дорог «Қазтеміртранс»»: the unit's quotes are its own, org98)."""
    while start > s.start and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    while end < s.end and text[end] in _CLOSING_QUOTES:
        end += 1
    return start, end


def _whole_but_quotes(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all of `text` but the quotes around it?"""
    return not text[:start].strip(_OPENING_QUOTES) and not text[end:].strip(_CLOSING_QUOTES)


# A conjunction between two names (Russian, Kazakh), what the model's one span of both holds
_COORDINATED = re.compile(r"^\s*(?:и|а также|мен|бен|пен|және|,)\s+", re.IGNORECASE)


def _another_body_coordinated(tail: str) -> bool:
    """Does the model's span run on from the match through a conjunction into another body
    the knowledge base names (org86)? Then the span is two names; the rule that a body in the
    tail is the match's parent («Комитет … Министерства финансов») is for a tail with no
    conjunction before it. A tail after «и» naming no body («Министерство торговли и
    интеграции») stays a longer name."""
    c = _COORDINATED.match(tail)
    if not c:
        return False
    rest = tail[c.end() :]
    return any(x.start == 0 and x.form.row.type == "organization" for x in kb.find(rest))


def _another_place_coordinated(tail: str) -> bool:
    """Does the model's place span run on from the match through a conjunction into another place
    the knowledge base names (plc101: «Орал мен Самара арасында», one span to the model)? Then the
    span is two places, each its own row; a name the knowledge base holds whole («Босния и
    Герцеговина») is one match and never reaches here."""
    c = _COORDINATED.match(tail)
    if not c:
        return False
    rest = tail[c.end() :]
    return any(x.start == 0 and x.form.row.type == "location" for x in kb.find(rest))


# The Kazakh case endings that end a noun phrase (dative, locative, ablative, instrumental,
# accusative), after the possessive «-ы/-і/-сы/-сі» or not. Not the genitive or «-дағы»: a
# genitive runs on into a longer name («… министрлігінің Мемлекеттік кірістер комитеті»).
_KK_OBLIQUE = re.compile(
    r"^[-'’]?(?:сы|сі|ы|і)?(?:на|не|ға|ге|қа|ке|а|е|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен|мен|бен|пен|ны|ні|ды|ді|ты|ті|н)$"
)


def _an_oblique_kazakh_case(text: str, m: kb.Match) -> bool:
    """Does the match end in one of those endings on its form's last word (org86: the model's
    span «Тасымалдаушылар БҰҰ … комиссиясына өтініш жолдады» held the row's name, a later pass
    dropped the span as a clause, and the body was lost with it)?"""
    printed = text[m.start : m.end].split()
    form = m.form.text.split()
    if not printed or not form:
        return False
    last, own = printed[-1].lower(), form[-1].lower()
    if own[-1:] in "ыі" and not last.startswith(own) and last.startswith(own[:-1]):
        own = own[:-1]  # «комиссиясы» → «комиссиясына»: the possessive's vowel stays in the ending
    if not (last.startswith(own) and _KK_OBLIQUE.match(last[len(own) :])):
        return False
    return kazakh_context(text, m.start, m.end)  # «Газпрома» is a Russian genitive, not «-а»


# place84: parts of speech a Russian word the model glues before a place has, no name's word
_RU_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "NPRO", "INTJ"})


def _openers_around(text: str, s, m: kb.Match) -> bool:
    """Is all the model's place span holds besides the row's name words that open a
    sentence or a clause, not a name's: a Russian preposition, conjunction or adverb
    («Между Приозерском», «Сегодня Актобе»), Kazakh connectives, pronouns and a plural
    common noun («Шекарашылар Шетпе», «Жүк көліктері …»), and after the name only Kazakh
    postpositions («Форт-Шевченкоға қарай»)? A place noun («район Мақаншы», «Жоңғар
    тауы») or any other capitalized word keeps the longer name."""
    lead, trail = text[s.start : m.start].split(), text[m.end : s.end].split()
    if not lead and not trail:
        return False
    stops = words("kk_postpositions") | FUNCTION_WORDS
    if any(w.lower().strip(",.") not in stops for w in trail):
        return False
    for i, w in enumerate(lead):
        low = w.lower().strip(",.")
        if low in words("place_nouns") or low in words("geo_kind_nouns") or low.startswith(_KAZAKH_PLACE_NOUNS):
            return False
        if low in DISCOURSE_WORDS or low in FUNCTION_WORDS or low in _KAZAKH_PRONOUNS or a_plural_noun(low):
            continue
        if i > 0 and w.islower():
            continue  # «Жүк көліктері»: lower-case words after the opener
        if _a_russian_function_word(w):
            continue
        if i == 0 and len(lead) > 1 and lead[1].islower() and _opens_a_sentence(text, s.start):
            continue  # a capitalized opener whose phrase runs on in lower case («Жүк көліктері»)
        return False
    return True


_KAZAKH_PLACE_NOUNS = ("облыс", "аудан", "ауыл", "қала", "өлке", "аймақ", "аймағ", "кент", "тау", "көл", "өзен")


def _a_russian_function_word(word: str) -> bool:
    """Does pymorphy2 read the word only as a preposition, conjunction, particle, adverb
    or pronoun («Между», «Сегодня», «Там»), from its dictionary?"""
    ps = parses(word)
    return bool(ps) and ps[0].tag.POS in _RU_FUNCTION_POS and from_dictionary(ps[0])


def _a_person_named_like_a_town(text: str, s, m: kb.Match) -> bool:
    """The model's place «Серик Москва» in Russian text: a given name right before a
    one-word town's name, nothing else, is a person whose surname is the town («Водитель
    Серик Актау»): no place is called so."""
    if s.type != "location" or s.end != m.end or m.form.row.kind not in ("city", "district"):
        return False
    lead = text[s.start : m.start].split()
    return (
        len(lead) == 1
        and " " not in text[m.start : m.end].strip()
        and lead[0] in words("first_names")
        and not kazakh_context(text, s.start, s.end)
    )


# kb62: the Kazakh «according to» word after a genitive («мәліметінше», «хабарлауынша», «айтуынша»):
# a possessive noun with the adverb ending -ша/-ше; it ends a phrase and opens no name
_ACCORDING_TO = re.compile(r"^\s*[а-яәғқңөұүһі]+(?:ын|ін|н)(?:ша|ше)\s*$")


def _an_according_to_word(tail: str) -> bool:
    """Is `tail` one lower-case Kazakh «according to» word?"""
    return bool(_ACCORDING_TO.match(tail))


# Kazakh pronouns capitalized at a sentence's start, which the model runs into the body
# named next («Біз … министрлігін шақырамыз» 'we call on the ministry'), and the bare nouns
# of a body standing as the subject before it («Министрлік Әділет министрлігімен келісті»
# 'the ministry agreed with the Ministry of Justice'): no body's name opens with either
_KAZAKH_PRONOUNS = frozenset(
    "біз біздің мен менің сіз сіздер олар ол оның бұл осы сол министрлік ведомство комитет агенттік".split()
)


def _kazakh_openers_only(words: str) -> bool:
    """Are `words` (what a model's body span holds before a row's name) only Kazakh
    pronouns, connectives and postpositions («Біз», «Бұл туралы», «Сондай-ақ»)?"""
    ws = [w.lower() for w in words.split()]
    return bool(ws) and all(w in _KAZAKH_PRONOUNS or w in DISCOURSE_WORDS or w in FUNCTION_WORDS for w in ws)


# Legal forms printed before a body's bare name («ФГКУ Росгранстроя», «РГП Казводхоза»)
_LEGAL_FORM_WORD = re.compile(
    r"(?:ФГКУ|ФКУ|ФГБУ|ФГУП|ФГУ|ГУ|РГУ|РГП|РГКП|КГУ|КГП|ГКП|АО|ОАО|ПАО|ЗАО|ООО|ТОО|НАО|АҚ|ЖШС|РМК|РММ)"
)


# org95: a company's kind printed around its quoted name, in Russian before it («Авиакомпания
# «X»», «национальной компании «X»») or in Kazakh after it («X» ұлттық компаниясы», «X» әуе
# компаниясының»): the kind is no part of the name, so the row names the span.
_COMPANY_KIND_BEFORE = re.compile(r"(?:национальн\w*\s+)?(?:авиа)?компани\w*", re.IGNORECASE)
_COMPANY_KIND_AFTER = re.compile(r"(?:(?:ұлттық|әуе|мемлекеттік)\s+)?(?:компания|корпорация)\w*", re.IGNORECASE)


def _a_company_kind_only(before: str, tail: str) -> bool:
    """Do the words a model's span holds around a row's quoted name say only what kind of company
    it is («Авиакомпания «…»», ««…» әуе компаниясы»)? The name must stand in quotes."""
    before, tail = before.strip(), tail.strip()
    quoted = before.endswith(("«", '"')) or tail.startswith(("»", '"'))
    kind_before, kind_after = before.rstrip('«"').strip(), tail.lstrip('»"').strip()
    if not quoted or not (kind_before or kind_after):
        return False
    return (not kind_before or bool(_COMPANY_KIND_BEFORE.fullmatch(kind_before))) and (
        not kind_after or bool(_COMPANY_KIND_AFTER.fullmatch(kind_after))
    )


def _legal_forms_only(words: str) -> bool:
    """Are `words` (what a model's body span holds before a row's name) legal forms only?"""
    ws = words.split()
    return bool(ws) and all(_LEGAL_FORM_WORD.fullmatch(w) for w in ws)


# Lower-case words a Kazakh place's name may hold («Шыңжаң Ұйғыр автономиялық ауданы»)
_KAZAKH_NAME_WORDS = re.compile(r"^(?:облыс|аудан|ауыл|округ|қала|кент|өлке|автономиялық|республика|аймақ|аймағ)")


def _a_kazakh_clause(text: str, s) -> bool:
    """A model's «place» of three words or more in Kazakh text with a lower-case word that
    no place name holds («Монғолияға баратындар көбіне Ресейдің …» 'most who go to
    Mongolia … Russia's …'): a clause around places, so the places in it are named."""
    words = s.text.split()
    return (
        len(words) >= 3
        and any(w.islower() and not _KAZAKH_NAME_WORDS.match(w) for w in words)
        and kazakh_context(text, s.start, s.end)
    )


def _a_place_in_a_kazakh_clause(text: str, s, m: kb.Match) -> bool:
    """Is the model's «body» a Kazakh clause around a place in an oblique case (plc102:
    «Жол жөндеу мерзімі Мәскеумен бірлесіп талқыланды», 32 of kb_extract_recall's 214 Kazakh
    instrumentals read as a body)? A Kazakh body's name ends in its own noun, never in a
    place's «-мен/-ға/-да/-дан»; the lower-case words around the place are the clause's."""
    rest = (text[s.start : m.start] + " " + text[m.end : s.end]).split()
    if not any(w.islower() and not _KAZAKH_NAME_WORDS.match(w) for w in rest):
        return False
    return _an_oblique_kazakh_case(text, m)


def _names_a_state(tail: str) -> bool:
    """«России», «Литвы», «Украины»: a capitalized genitive right after a body's name is
    the state it belongs to (a person's name would be two words or a known given name)."""
    words = tail.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].endswith(("ии", "ы", "и", "а"))


def acronyms_and_platforms(text: str, spans: list, ctx) -> list:
    """Drop body spans that are a common-noun acronym the article does not define, and chat
    platforms; a body span opening with such an acronym («СМИ Государственной пограничной
    службы», «КПП Пограничной службы») is the body after it."""
    defined = _defined_abbreviations(text)
    things = _abbreviations_of_things(text) - defined
    kept = [_without_common_lead(s, ctx) if s.type == "organization" else s for s in spans]
    _emblem_named(text, kept, ctx)
    return [
        s
        for s in kept
        if not (
            s.type == "organization"
            and (
                _not_a_body(s, ctx, defined)
                or key(s.text.strip()) in things
                or _a_site(text, s)
                or _a_feast(text, s)
                or _a_medium(text, s)
            )
        )
    ]


def _emblem_named(text: str, spans: list, ctx) -> None:
    """«Ъ: на границе …» in an article that names «Коммерсант»: the paper's emblem is the paper
    (one entity, not a second body); alone, «Ъ» stays as printed."""
    if "Коммерсант" not in text:
        return
    for s in spans:
        if s.type == "organization" and s.text.strip(" «»\"'.:") == "Ъ":
            ctx.names[(s.start, s.end)] = "Коммерсантъ"


# «канал в Telegram», «пишите нам в WhatsApp», «Поделиться: WhatsApp Telegram VK»: a chat
# platform the article is read or shared on is a medium, not a body it reports on (the company
# itself, «Telegram заблокировал …», stays).
_PLATFORM_NAMES = frozenset("telegram телеграм whatsapp instagram facebook youtube tiktok vk вконтакте".split())
_MEDIUM_BEFORE = re.compile(r"(?:канал\w*|нам|нас)\s+(?:в|во|на)\s+$", re.IGNORECASE)
_SHARE_LINE = re.compile(r"\W*(?:Поделиться|Бөлісу|Share)\s*:", re.IGNORECASE)


def _a_medium(text: str, s) -> bool:
    if key(s.text.strip(" «»\"'.")) not in _PLATFORM_NAMES:
        return False
    line_start = text.rfind("\n", 0, s.start) + 1
    before = text[max(line_start, s.start - 20) : s.start]
    return bool(_MEDIUM_BEFORE.search(before) or _SHARE_LINE.match(text, line_start))


# «"Дуань У" – Айдаһар қайықтары мерекесі», ««Наурыз» мерекесін», «праздник «Дуань-у»»: a quoted
# name with the word for a feast after it (Kazakh) or before it (Russian) is the feast.
_FEAST_AFTER = re.compile(r"[»\"”]?\s*(?:[–—-]\s*(?:[^\s,.;:]+\s+){1,3})?мереке", re.IGNORECASE)
_FEAST_BEFORE = re.compile(r"(?i:праздник[а-я]{0,3}|фестивал[а-я]{1,3})\s+[«\"“„]?$")


def _a_feast(text: str, s) -> bool:
    """Is the quoted name the name of a feast, not of a body?"""
    return bool(_FEAST_AFTER.match(text, s.end) or _FEAST_BEFORE.search(text, max(0, s.start - 20), s.start))


_SITE_NOUNS = words("site_nouns")
_QUOTES = '«"“„'
# a whole word of letters in any script: «мәселе» read from «селе» on was «село», a site (org69)
_WORD_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)\s+$")
_KIND_THEN_QUOTE = re.compile(r"^([^\W\d_]+)\s+[«\"“„]")


def _a_site(text: str, s) -> bool:
    """«на стоянке «Барыс»», «КПП «Ак-Жол»»: a quoted name after the noun of a site (lexicon
    site_nouns) names the site, not a body, whether the span holds the noun or not."""
    inside = _KIND_THEN_QUOTE.match(s.text)
    if inside:
        word = inside.group(1)
    else:
        quote = s.start if text[s.start : s.start + 1] in _QUOTES else s.start - 1
        if quote < 0 or not text[quote : quote + 1] or text[quote] not in _QUOTES:
            return False
        before = _WORD_BEFORE.search(text[max(0, quote - 30) : quote])
        if not before:
            return False
        word = before.group(1)
    ps = parses(word)
    lemma = ps[0].normal_form if ps else word.lower()
    return lemma in _SITE_NOUNS or key(word) in _SITE_NOUNS


# Common-noun acronyms that are no part of a body's name when one opens it (legal forms are).
_NOT_A_LEAD = frozenset("сми кпп мапп апп ждпп пп сэо тс".split())
_LEAD = re.compile(r"([A-ZА-ЯЁ]{2,5})\s+(?=[А-ЯЁA-Z][а-яё])")


def _without_common_lead(s, ctx):
    m = _LEAD.match(s.text)
    if not m or key(m.group(1)) not in _NOT_A_LEAD or (s.start, s.end) in ctx.names:
        return s
    return NerSpan(s.type, s.start + m.end(), s.end, s.text[m.end() :])


def _not_a_body(s, ctx, defined: set[str]) -> bool:
    name = ctx.names.get((s.start, s.end)) or s.text
    if _PLATFORMS.match(name.strip()) or (_only_a_kind_of_body(s.text) and _no_longer_than(name, s.text)):
        return True
    if _a_common_thing(s.text):
        return True
    token = key(name.strip(" «»\"'.:"))
    if len(token) == 1:
        return token != "ъ"  # one letter is an initial, no body's name; «Ъ» is Kommersant's emblem
    return token in _COMMON_ACRONYMS and token not in defined


# A body's kind alone («председатель Комитета», «Комитет шекарадан өтуді …»): a word that
# points back at a body named before, not a name. Government and parliament are left out:
# «Үкімет», «Кабмин», «Мажилис» alone do name one body.
_KIND_OF_BODY = re.compile(
    r"(?i:комитет|министерств|департамент|управлени|агентств|ведомств|министрлі[гк]|басқарма|агентті[гк])[а-яёәіңғүұқөһ]{0,6}"
)
# A Kazakh word in the ablative or dative («шекарадан», «шекараға»), run on after the kind word
# (the locative «-да/-та» is left out: «Министерство транспорта» ends so).
_KK_CASE_WORD = re.compile(r"[а-яёәіңғүұқөһ]+(?:дан|ден|тан|тен|нан|нен|ға|қа)")


_COMMON_THINGS = words("common_things")


def _a_common_thing(written: str) -> bool:
    """Is the span a common phrase for a thing («Железные дороги», «Железные дороги
    Казахстана»): its first two words one of the lexicon's, unquoted, and at most a
    state's or place's name after them?"""
    tokens = written.split()
    if len(tokens) < 2 or len(tokens) > 3 or any(q in written for q in '«»"“”'):
        return False
    if len(tokens) == 3 and not tokens[2][:1].isupper():
        return False
    lemmas = [(parses(w) or [None])[0] for w in tokens[:2]]
    return all(lemmas) and " ".join(p.normal_form for p in lemmas) in _COMMON_THINGS


def _a_thing_in_lower_case(text: str, m: kb.Match) -> bool:
    """Is a body's name that ends in a thing's common phrase printed all in lower case («по
    казахстанским железным дорогам», «российским железным дорогам»)? Capitalized, the state's
    adjective makes it the company's name («Казахстанских железных дорог»); in lower case it is
    the railways of that state, as the press writes the roads themselves (org98)."""
    written = text[m.start : m.end]
    if m.form.row.type != "organization" or written != written.lower() or not written[:1].isalpha():
        return False
    tokens = written.split()
    if len(tokens) < 2:
        return False
    lemmas = [(parses(w) or [None])[0] for w in tokens[-2:]]
    return all(lemmas) and " ".join(p.normal_form for p in lemmas) in _COMMON_THINGS


def _no_longer_than(name: str, written: str) -> bool:
    """Is the name a rule gave the span no more than its own words («Комитет сапар» for
    «Комитет сапарға», the kind word alone)? A longer one («Комитет» named «Комитет
    государственных доходов» by a rule that resolved it) says which body is meant."""
    return _only_a_kind_of_body(name) or len(name.split()) <= len(written.split())


def _only_a_kind_of_body(written: str) -> bool:
    """Is the span the kind word of a body alone, maybe with a Kazakh case-marked word the
    model ran on into («Комитет шекарадан»)?"""
    words = written.split()
    if not words or not _KIND_OF_BODY.fullmatch(words[0]) or not words[0][0].isupper():
        return False
    return all(_KK_CASE_WORD.fullmatch(w) for w in words[1:])


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_ABBREVIATION_IN_BRACKETS = re.compile(r"\(([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\)")
_ABBREVIATION_BEFORE_BRACKET = re.compile(r"\b([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})\s*\(")


def _defined_abbreviations(text: str) -> set[str]:
    """Capital tokens the article spells out as a body: «… (КТК)», «КТК (Каспийский …)»;
    not one it spells out as a thing («системы электронной очереди (СЭО)»)."""
    out: set[str] = set()
    if "(" not in text:
        return out  # both patterns' matches hold «(»; `\b` first was tried at every position (ingest104)
    for m in _ABBREVIATION_IN_BRACKETS.finditer(text):
        if not _spelled_out_as_a_thing(text[max(0, m.start() - 80) : m.start()], m.group(1)):
            out.add(key(m.group(1)))
    for m in _ABBREVIATION_BEFORE_BRACKET.finditer(text):
        out.add(key(m.group(1)))
    return out


def _abbreviations_of_things(text: str) -> set[str]:
    """Capital tokens the article spells out as a thing, not a body («санитарно-карантинный
    контроль (СКК)», «системы электронной очереди (СЭО)»): wherever they stand alone they
    name that thing (org56's survey: «СКК» read as a body once its clause was cut off)."""
    out = set()
    for m in _ABBREVIATION_IN_BRACKETS.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        if (
            _spelled_out_as_a_thing(before, m.group(1))
            and _spelled_in_lower_case(before, m.group(1))
            and not _a_bodys_own_letters(before, m.group(1))
        ):
            out.add(key(m.group(1)))
    return out


def _a_bodys_own_letters(before: str, short: str) -> bool:
    """Do the words before the bracket end with a knowledge-base body's name whose own
    abbreviation `short` is («Қазақстан Республикасы Ұлттық қауіпсіздік комитетінің (ҰҚК)»)?
    Then the letters name that body, whatever the head noun: a Kazakh head («комитетінің»,
    «министрлігі») is no Russian noun the lemmatizer knows, so the letters were read as a
    thing's and every «ҰҚК» of the article was dropped (org83, dev's d004)."""
    found = kb.find(before.rstrip())
    if not found:
        return False
    last = found[-1]
    return (
        last.form.row.type == "organization"
        and last.end >= len(before.rstrip()) - 1
        and kb.abbreviation_of(last.form.row, short) is not None
    )


def _spelled_in_lower_case(before: str, short: str) -> bool:
    """Are the words spelling `short` out lower case? Capitals spell a name («Центральной
    Азии (ЦА)», a place: terms_not_bodies reads those)."""
    tokens = re.findall(r"[^\W\d_]+", before)[-len(short) - 2 :]
    return bool(tokens) and not any(w[:1].isupper() for w in tokens[-2:])


def _spelled_out_as_a_thing(before: str, short: str) -> bool:
    """Do the words right before «(short)» spell it out by their initials, headed by a noun
    that is no kind of body («система», «зона»; after adjectives: «международных
    автомобильных пунктах пропуска (МАПП)», org43)?"""
    tokens = re.findall(r"[^\W\d_]+", before)
    n = len(short)
    for i in range(len(tokens) - 1, max(-1, len(tokens) - n - 3), -1):
        initials = "".join(w[0] for w in tokens[i:] if len(w) > 2 or w[0].isupper()).lower()
        if initials == short.lower():
            head = next((ps[0] for w in tokens[i:] for ps in [parses(w)] if ps and ps[0].tag.POS == "NOUN"), None)
            return head is not None and head.normal_form not in _UNIT_HEADS
    return False


# «порт Курык», «Құрық порты», «Морской порт Актау», «Port of Aktau»: a sea port named by its
# place, not by its operator («АО «НК «АМТП»»), as an airport is named by its city.
_PORT_BY_PLACE = re.compile(
    r"^(?:морской\s+)?порт\s+\S+$|^\S+\s+(?:теңіз\s+)?порты$|^port\s+(?:of\s+)?\S+$|^\S+\s+port$", re.IGNORECASE
)


def _a_port_by_its_place(text: str, m: kb.Match) -> bool:
    """Is the mention a sea port's row printed as the port of a place? That is the place
    where ships call (the reference names no airport or port so), not a body; a dry port's
    name («сухой порт Хоргос») is its operating company's, and so is a port that opens its
    sentence: the subject that acts («Порт Актау нарастил перевалку»)."""
    return (
        m.form.row.kind == "port"
        and "сух" not in m.form.text.lower()
        and bool(_PORT_BY_PLACE.match(m.form.text))
        and not _opens_a_sentence(text, m.start)
    )


def _opens_a_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end, a line break or an opening quote before `start`."""
    before = text[:start].rstrip(' \t«"“„')
    return not before or before[-1] in ".!?\n"


# A person's surname as printed: a row's surname in one of its spellings, then a Russian case
# ending («Бектеновым») or a Kazakh one («Бектеновтың», «Тоқаевқа»); Latin has none.
_RU_ENDINGS = ("", "а", "у", "ым", "ом", "е", "ем", "ой")
_KK_ENDINGS = tuple(
    "тың тің ның нің дың дің қа ке ға ге а е ты ті ны ні ды ді ын ін мен пен бен та те да де нан нен тан тен дан ден"
    " ның".split()
)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.\s?$")
_INITIAL_AFTER = re.compile(r"\s([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])\.(?!\w)")
_WORD_BEFORE_NAME = re.compile(r"([A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)?)\s+$")
_MAX_GIVEN_ENDING = 3  # «Олжас» → «Олжасом», «Айдарбек» → «Айдарбекке»


@lru_cache(maxsize=1)
def _people_surnames() -> tuple[re.Pattern | None, dict[str, list[tuple[people.Person, tuple[str, ...]]]]]:
    """(one pattern over every row's surnames as printed, surname → [(row, its given
    names in every spelling)])."""
    table: dict[str, list[tuple[people.Person, tuple[str, ...]]]] = {}
    for p in people.people():
        given = tuple(dict.fromkeys(" ".join(n.split()[:-1]) for n in p.names if len(n.split()) >= 2))
        for n in p.names:
            parts = n.split()
            if len(parts) >= 2 and len(parts[-1]) >= 3:
                entries = table.setdefault(parts[-1], [])
                if all(row.id != p.id for row, _g in entries):
                    entries.append((p, given))
    if not table:
        return None, {}
    surnames = _surnames_first(sorted(table, key=len, reverse=True))
    return re.compile(rf"({surnames})([а-яёәғқңөұүһі]{{0,3}})(?![\w-])"), table


def _surnames_first(surnames: list[str]) -> str:
    r"""`(?<![\w-])(?:A|B|…)` written as `A(?<![\w-]A)|B(?<![\w-]B)|…`: the same finds (each
    surname's look-behind tests the same character, the one before it), but a pattern
    opening with the surnames' capitals lets `re` skip in C to where one is printed, where
    the look-behind first was tried with the whole alternation at every word of the text
    (0.30 -> 0.05 ms an article over dev + factRu, 343 surnames).

    The surnames are grouped by their first letter, `А(?:бд…(?<![\w-]Абд…)|…)|Б(?:…)`, each
    group in the order given (ingest103): at a capital `re` tried the first letter of each of
    the 355 alternatives in turn, now that of each of ~43 groups and then the ~8 names of one.
    The same finds: at a position only the names opening with the letter printed there can
    match, and they are tried in the same order as before (so the same one wins, and a
    backtrack from the ending tries the same next one). 0.039 -> 0.012 ms a generated article."""
    groups: dict[str, list[str]] = {}
    for w in surnames:
        groups.setdefault(w[:1], []).append(w)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(f"{re.escape(w[1:])}(?<![\\w-]{re.escape(w)})" for w in ws) + ")"
        for first, ws in groups.items()
    )


def _given_printed(word: str, given: tuple[str, ...]) -> str | None:
    """The given name (one of the row's spellings) the printed word is, in any case form
    («Олжасом» → «Олжас», «Касым-Жомарта» → «Касым-Жомарт»); None if it is none of them."""
    for g in given:
        if " " in g:
            continue  # a patronymic form («Касым-Жомарт Кемелевич»): the plain given name is listed too
        stem = g[:-1] if g[-1:].lower() in "аяьй" else g
        if word.startswith(stem) and len(word) - len(g) <= _MAX_GIVEN_ENDING:
            return g
    return None


def _surname_ending_ok(ending: str, surname: str) -> bool:
    if not ending:
        return True
    if not surname[-1:].isalpha() or surname.isascii():
        return False
    return ending in _RU_ENDINGS or ending in _KK_ENDINGS


def link_people(text: str, spans: list, ctx) -> list:
    """The knowledge base's people printed with a given name or an initial, as person spans
    where no person span is (see module doc)."""
    pattern, table = _people_surnames()
    if pattern is None:
        return spans
    found = []
    for m in pattern.finditer(text):
        surname, ending = m.group(1), m.group(2)
        if not _surname_ending_ok(ending, surname):
            continue
        hit = _person_at(text, m, table[surname])
        if hit is not None:
            found.append(hit)
    if not found:
        return spans
    out = list(spans)
    for start, end, name in found:
        same = [s for s in out if s.type == "person" and (s.start, s.end) == (start, end)]
        if same:  # the model's person: named by the row's spelling it prints, in the nominative
            ctx.names.setdefault((start, end), name)
            continue
        if any(_read_already(s, start, end) for s in out):
            continue  # a person read already, or a longer name holding this one
        out = [s for s in out if not (start <= s.start and s.end <= end)]
        ctx.names[(start, end)] = name
        out.append(NerSpan("person", start, end, text[start:end]))
    return sorted(out, key=lambda s: (s.start, s.end))


def _read_already(s, start: int, end: int) -> bool:
    """Does span `s` overlap the name and either read a person there or run past it?"""
    overlaps = s.start < end and start < s.end
    return overlaps and (s.type == "person" or not (start <= s.start and s.end <= end))


def _person_at(text: str, m: re.Match, rows: list) -> tuple[int, int, str] | None:
    """(start, end, nominative name) of a row's person whose surname `m` matched, printed
    with its given name or an initial before it, or an initial after it; None otherwise,
    and None when two rows fit."""
    surname, ending = m.group(1), m.group(2)
    kazakh_ending = bool(ending) and ending not in _RU_ENDINGS
    end = m.end(1) if kazakh_ending else m.end()
    before = text[max(0, m.start() - 40) : m.start()]
    hits = []
    word = _WORD_BEFORE_NAME.search(before)
    for row, given in rows:
        g = _given_printed(word.group(1), given) if word else None
        if g is not None:
            hits.append((m.start() - len(word.group(0)), end, f"{g} {surname}", row.id))
            continue
        initials = {fold_initial(x) for x in given}
        ini = _INITIAL_BEFORE.search(before)
        if ini and fold_initial(ini.group(1)) in initials:
            hits.append((m.start() - len(ini.group(0)), end, f"{ini.group(1)}. {surname}", row.id))
            continue
        after = _INITIAL_AFTER.match(text, m.end())
        if after and fold_initial(after.group(1)) in initials:
            hits.append((m.start(), m.end() + len(after.group(0)), f"{after.group(1)}. {surname}", row.id))
    if len({h[3] for h in hits}) != 1:
        return None
    return hits[0][:3]


def fold_initial(name: str) -> str:
    """The first letter of a name as fold() writes it («Ерлан», «Yerlan» → «e»)."""
    from store.lang.names import fold

    folded = fold(name)
    return folded[:1]
