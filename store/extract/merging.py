"""One canonical name per entity within an article: the mentions' names merged, with the
abbreviation pairs the text itself spells out («Министерство финансов (Минфин)»), and the
names of one knowledge-base body brought to one («Погранслужба» and «Пограничная служба
КНБ РК» in one article are one body; see store/extract/body_groups.py), the names of one local
body too («Суд Кызылординской области», «Кызылординский областной суд», «облсуд»;
store/extract/territorial_groups.py) and a body no row knows printed in full and then by a few
of its words («Союз транспортников и логистов Казахстана», «Союз логистов»;
store/extract/short_forms.py), and the spellings of
one person brought to one by the identity key the store files him under («Айгуль Куспан» and
«Айгүл Құспан», «Мурзиев» beside «Мұрат Мұрзиев»; store/lang/identity.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.body_groups import one_name_per_body, row_of
from store.extract.passes.kazakh_case_surnames import join_case_forms
from store.extract.place_groups import one_name_per_place
from store.extract.short_forms import one_name_per_short_form
from store.extract.spans import ByStart
from store.extract.territorial_groups import one_name_per_local_body
from store.lang.abbreviations import DEFINITION_OPENER
from store.lang.canonical import initials_and_surname
from store.lang.identity import entity_key
from store.lang.kazakh import KAZAKH_LETTERS, kazakh_context
from store.lang.kyrgyz import kyrgyz_text
from store.lang.normalize import key, merge_names, phrase_nominative
from store.lang.person_spellings import surname_of
from store.lang.persons import surname_forms
from store.model import Article, Mention

_PAIR = re.compile(r"\s*\(\s*([^()\n]{2,40}?)\s*\)")
# Letters printed after a body's name behind a spaced dash, as the press defines them too («…
# ұлттық компаниясы – ҚТЖ Алтынкөл арқылы …», «… перевозчиков Жетысу – ААЖ»): capitals only, the
# word ending there (no «ҚТЖ-ның», no «КТЖ – Грузовые перевозки» read backwards).
_DASH_PAIR = re.compile(r"\s+[-–—]\s+([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})(?![\w-])")


def merge_mentions(mentions: list[Mention], article: Article) -> None:
    """Give every mention its entity's canonical name within the article."""
    named = [m for m in mentions if m.type != "checkpoint"]
    persons = [m for m in named if m.type == "person"]
    case_forms = join_case_forms([m.name for m in persons])
    for m in persons:
        m.name = case_forms.get(m.name, m.name)
    # whether the body reads as Kazakh, asked once (it was asked again at the end: 0.016 ms a
    # generated article; nothing between changes the answer, which depends on the body alone
    # and on the title marked Kazakh before the merge — ingest102)
    kazakh_body = kazakh_context(article.body, 0, len(article.body))
    _one_spelling_per_person(persons, kazakh_body)
    pairs = _abbreviation_pairs(article, named)
    # merge_names compares every item with every distinct name: give it each distinct
    # (type, name) once, in order of first appearance (its answer depends on nothing else)
    distinct = list(dict.fromkeys((m.type, m.name) for m in named))
    canon = dict(zip(distinct, merge_names(distinct, pairs), strict=False))
    for m in named:
        m.name = canon[(m.type, m.name)]
    _lone_surnames_across_scripts(persons)
    one_name_per_body([m for m in named if m.type == "organization"])
    one_name_per_local_body([m for m in named if m.type == "organization"])
    one_name_per_short_form([m for m in named if m.type == "organization"])
    # a Kyrgyz body counts as Kazakh to kazakh_context (ө, ү, ң): its states keep their Kyrgyz names
    kazakh = kazakh_body and not kyrgyz_text(f"{article.title}\n{article.body}")
    one_name_per_place([m for m in named if m.type == "location"], kazakh)


def _one_spelling_per_person(persons: list[Mention], kazakh: bool) -> None:
    """An article that spells one person two ways («Айгуль» and «Айгүл», a Kazakh quote in
    a Russian story) names one person, by the identity key the store would file both
    under anyway. The name is the first spelling in the article's own script: a Kazakh
    article's «Қайрат Жұмабаев» over a Russian caption's «Кайрат Жумабаев» printed before
    it, and the other way round in a Russian article; the first spelling when none fits.
    A name printed in full beats one written with initials: «Ж. Туймебаев» before «Жансеит
    Туймебаев» in one story (one knowledge-base row, so one key) is named in full."""
    spellings: dict[str, list[str]] = {}
    for m in persons:
        spellings.setdefault(entity_key("person", m.name), []).append(m.name)
    chosen = {k: _best_spelling(names, kazakh) for k, names in spellings.items()}
    for m in persons:
        m.name = chosen[entity_key("person", m.name)]


def _best_spelling(names: list[str], kazakh: bool) -> str:
    """The first full name in the article's script, else the first in its script, else the
    first full name, else the first spelling."""
    in_script = [n for n in names if bool(KAZAKH_LETTERS.search(n)) == kazakh]
    for group in (in_script, names):
        full = [n for n in group if not initials_and_surname(key(n))]
        if full:
            return full[0]
    return in_script[0] if in_script else names[0]


def _lone_surnames_across_scripts(persons: list[Mention]) -> None:
    """«деді Мурзиев» after «Мұрат Мұрзиев», «Чжао поручил» after «Чжао Минхуэй» (a Chinese
    name puts the surname first: surname_of): the name merger joins a lone surname to the
    full name it ends with in the same spelling only; compared by identity key, a lone
    surname that one full name of the article ends with (in any of its case forms) is that
    person. Two full names ending so leave it alone: it could be either. The word as
    printed counts too: «Толеуова поручила» after «Асель Толеуова» is read as the genitive
    of «Толеуов» by itself, and the printed «Толеуова» is her surname."""
    full = {m.name for m in persons if len(m.name.split()) > 1}
    last_word = {n: _surname_key(n) for n in full}
    for m in persons:
        if len(m.name.split()) != 1 or m.name in full:
            continue
        forms = {entity_key("person", f) for f in surname_forms(m.name) | surname_forms(m.surface.strip())}
        hits = [n for n, last in last_word.items() if last in forms]
        if len(hits) == 1:
            m.name = hits[0]


@lru_cache(maxsize=50_000)
def _surname_key(name: str) -> str:
    """The identity key of a full name's surname, kept: surname_of asks whether the name is
    Chinese in Palladius spelling (a split into syllables, ~25 µs for a name that starts like
    one), and an ingest meets the same names article after article; the answer depends on
    the name alone (ingest109)."""
    return entity_key("person", surname_of(name))


def _abbreviation_pairs(article: Article, mentions: list[Mention]) -> dict[str, str]:
    """«Министерства финансов (Минфин)» and «КГД (Комитет государственных доходов)»:
    the text itself says which abbreviation stands for which name; so does a definition,
    «Министерство транспорта (далее – Министерство)»: every «Министерство» after it is that
    body (fix58)."""
    pairs: dict[str, str] = {}
    by_field = _ByField(mentions)
    for m in mentions:
        if m.type != "organization":
            continue
        text = article.title if m.field == "title" else article.body
        g = _PAIR.match(text, m.end)
        if not g:
            if m.field in by_field:  # not a byline's or a credit's name
                _pair_dashed_letters(pairs, m, text, by_field)
            g = _PAIR.match(text, _past_closing_quotes(text, m.end))
            if not g or not DEFINITION_OPENER.match(g.group(1)):
                continue
        inner = _defined_short_form(g.group(1))
        if len(inner.split()) == 1:
            if inner[:1].isupper():
                pairs[key(phrase_nominative(inner))] = m.name
                pairs[key(inner)] = m.name
                _pair_linked_short_form(pairs, m, inner, by_field[m.field].within(*g.span(1)))
        elif len(m.name.split()) == 1 and _spells_out(inner, m.name, by_field[m.field].within(*g.span(1))):
            pairs[key(m.name)] = phrase_nominative(inner)
    _dash_glosses(article, mentions, by_field, pairs)
    return pairs


_SWALLOWED_DASH_PAIR = re.compile(r"^(\w.*\w)" + _DASH_PAIR.pattern + "$")


class _ByField(dict):
    """A ByStart of the mentions of each field, "title" and "body", each made when first asked
    (ingest115): most articles' organizations have no bracket or dash after them, and making
    both for every article was ~7 % of the merge on generated articles. The same mentions in
    the same order as made at once: nothing here adds one or moves one (a gloss renames one)."""

    def __init__(self, mentions: list[Mention]) -> None:
        super().__init__()
        self.mentions = mentions

    def __contains__(self, field: object) -> bool:
        return field in ("title", "body")

    def __missing__(self, field: str) -> ByStart:
        if field not in ("title", "body"):
            raise KeyError(field)
        made = self[field] = ByStart([x for x in self.mentions if x.field == field])
        return made


def _pair_dashed_letters(pairs: dict[str, str], m: Mention, text: str, by_field: _ByField) -> None:
    """«„Қазақстан темір жолы“ ұлттық компаниясы – ҚТЖ …»: letters after a spaced dash define
    the name before them as a bracket does (dev's references list such a body once: a016's «(КГД)»,
    d004's «(ҰҚК)»), when the model or the linker read the letters as a body and they are the
    name's own — its initials, or an abbreviation of the knowledge-base row the name is (org90).
    Letters of another body («Минтранс – МВД …» in a list) join nothing."""
    swallowed = _SWALLOWED_DASH_PAIR.search(m.name)
    if swallowed and _initials_of(swallowed.group(1)) == swallowed.group(2).lower():
        # the span ran on over its own definition («Ассоциация автоперевозчиков Жетысу – ААЖ»)
        pairs.setdefault(key(m.name), swallowed.group(1))
        pairs.setdefault(key(swallowed.group(2)), swallowed.group(1))
        return
    g = _DASH_PAIR.match(text, _past_closing_quotes(text, m.end))
    if not g:
        return
    letters = g.group(1)
    inside = [x for x in by_field[m.field].within(*g.span(1)) if x.type == "organization" and x.surface == letters]
    if not inside or _tail_initials(letters, m.name):
        return
    row = row_of(m.surface)
    if not (_initials_of(m.name) == letters.lower() or (row is not None and row_of(letters) == row)):
        return
    pairs.setdefault(key(letters), m.name)
    for x in inside:
        pairs.setdefault(key(x.name), m.name)


def _initials_of(name: str) -> str:
    """The first letters of `name`'s capitalized or longer words, lower-case («Ассоциация
    автоперевозчиков Жетысу» → «ааж»)."""
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper() or len(w) > 3).lower()


# «ГПС – Государственная пограничная служба СГБ Узбекистана – усилила …»: letters, a dash, and a
# body whose first words' initials are those letters (org91)
_GLOSS_DASH = re.compile(r"[ \t]*[-–—][ \t]*")
_LETTERS = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}")
_GLUED_GLOSS = re.compile(r"([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6})[ \t]*[-–—][ \t]*(\w.+)")


def _dash_glosses(article: Article, mentions: list[Mention], by_field: dict, pairs: dict[str, str]) -> None:
    """An abbreviation glossed after a dash, the way the press defines one in passing: the body
    named right after the dash is what the letters stand for when its first words' initials
    spell them. Only then: «КТЖ – крупнейший перевозчик» glosses nothing, and «МАПП – Хоргос»
    is no gloss of a body."""
    for m in mentions:
        if m.type != "organization":
            continue
        glued = _GLUED_GLOSS.fullmatch(m.name)
        if glued and _initials_open(glued.group(1), glued.group(2)):  # one span over both: named by the name
            m.name = phrase_nominative(glued.group(2))
            continue
        if not _LETTERS.fullmatch(m.surface.strip()):
            continue
        text = article.title if m.field == "title" else article.body
        d = _GLOSS_DASH.match(text, m.end)
        if not d or d.end() == m.end:
            continue
        near = by_field[m.field].within(d.end(), d.end() + 120)
        after = [x for x in near if x.type == "organization" and x.start == d.end()]
        if after and _initials_open(m.surface.strip(), after[0].surface):
            pairs.setdefault(key(m.name), after[0].name)


def _initials_open(letters: str, name: str) -> bool:
    """Do the initials of `name`'s first words (small function words skipped) spell `letters`?"""
    words = [w for w in re.findall(r"\w+", name) if w[0].isupper() or len(w) > 3]
    return len(words) >= len(letters) and "".join(w[0] for w in words[: len(letters)]).upper() == letters.upper()


_CLOSING_QUOTES = '»"”“'


def _past_closing_quotes(text: str, end: int) -> int:
    """Where a bracket after a mention ending at `end` may open: past the closing quotes of a
    quoted name the mention stops inside («Компания «Казахстанские железные дороги» (далее –
    КЖД)»: the span ends before «»», and the definition after the quote is still its own).
    Only a definition («далее – …») is read so: a bare bracket after a quote («саммит «Большой
    восьмерки» (G8)», factRu) may name the event or a thing in it, and factRu's reference lists
    both names (org83)."""
    while end < len(text) and text[end] in _CLOSING_QUOTES:
        end += 1
    return end


def _pair_linked_short_form(pairs: dict[str, str], m: Mention, inner: str, inside: list[Mention]) -> None:
    """The bracket's short form may already carry a knowledge-base body's name («Ассоциация
    международных автомобильных перевозчиков Казахстана (КазАТО)»: the linker named «КазАТО»
    by its row, «Союз … «КазАТО»»), so pairing its printed letters joins nothing; the text
    says both are one body, so that name joins the one before the bracket too (org83). Not
    when the letters are the initials of the name's own tail («Пограничная служба Комитета
    национальной безопасности (КНБ)»: the bracket names the committee, not the service), nor
    when the name before the bracket is itself another body of the knowledge base."""
    if _tail_initials(inner, m.name):
        return
    own_row = row_of(m.surface)
    for x in inside:
        if x.type != "organization" or x.name == m.name or x.surface.strip(' «»"') != inner:
            continue
        row = row_of(x.surface)
        if row is not None and own_row is not None and row != own_row:
            continue
        pairs.setdefault(key(x.name), m.name)


def _tail_initials(short: str, name: str) -> bool:
    """Are `short`'s letters the initials of the last words of `name` but not of all of it
    («КНБ» of «… Комитета национальной безопасности»)?"""
    words = [w for w in re.findall(r"\w+", name) if w[0].isupper() or len(w) > 3]
    letters = short.lower().replace("-", "")
    for i in range(1, len(words)):
        if "".join(w[0] for w in words[i:]).lower() == letters:
            return True
    return False


def _defined_short_form(inner: str) -> str:
    """The bracket's words without a definition's opener: «далее – ДТТ» → «ДТТ», «далее —
    «Компания»» → «Компания»; a bracket of another kind as it is."""
    m = DEFINITION_OPENER.match(inner)
    return inner[m.end() :].strip(' «»"“”„') if m else inner


def _spells_out(inner: str, short: str, named_inside: list[Mention]) -> bool:
    """«Google (которой принадлежит сервис YouTube)», «Xiaomi (произносится "Сяоми")»: a
    parenthesis after a one-word name is its expansion only when it reads as one, i.e.
    the model found an organization filling it, or its words' initials spell the short
    name («ФАС (Федеральная антимонопольная служба)»). Otherwise it is a remark."""
    if any(x.type == "organization" and x.end - x.start >= len(inner) - 1 for x in named_inside):
        return True
    return _initials_of(inner) == short.lower().replace("-", "")
