"""Passes that clean and drop spans: edges and words bled from the clause after a name,
what is no name at all (role words, adjectives, function words, common nouns heading a
line), quoted titles of works read as organizations, and spans a checkpoint overrides.
"""

from __future__ import annotations

import re

from store.extract.naming import PROPER, after_street_word, is_surname
from store.extract.ner import NerSpan
from store.extract.roles import is_role_word
from store.extract.spans import ByStart, in_quotes
from store.lang import kazakh, kb
from store.lang.abbreviations import DEFINITION_OPENER
from store.lang.kazakh import kazakh_context
from store.lang.normalize import fix_bounds, from_dictionary, key, parses
from store.lang.wordlists import words

_NOT_NAME_POS = {
    "ADJF",
    "ADJS",
    "COMP",
    "VERB",
    "INFN",
    "PRTF",
    "PRTS",
    "GRND",
    "ADVB",
    "NPRO",
    "PRED",
    "PREP",
    "CONJ",
    "PRCL",
    "INTJ",
    "NUMR",
}


_ADJECTIVE = re.compile(r"(?:[сц]к|ийск|инск)(?:ий|ая|ое|ие|ого|ому|ой|ом|ым|им|их|ую|ых)$", re.I)


# Abbreviations of common nouns, not names: «СМИ сообщают», «ДТП на трассе».
_GENERIC_ABBR = words("generic_abbreviations")


# Kinds of organization that, capitalized alone, refer back to one named before
# («сотрудников Группы», «Фонд купил активы»): no name of their own.
_GENERIC_ORG_KINDS = words("generic_org_kinds")
_KAZAKH_COMMON_NOUNS = words("kk_common_nouns")
# loc67: what such a noun carries opening a headline: a plural, a possessive, then a case or the
# «-дағы» of «at/in» («Шекарадағы кезек», «Бекеттегі», «Аудандағы кездесу» read as «Ауда»,
# «Облыстағы»); a name that merely starts with the noun («Кентау», «Елдос», «Жолдас») has
# letters no ending spells
_KAZAKH_NOUN_ENDING = re.compile(
    r"(?:лар|лер|дар|дер|тар|тер)?(?:сы|сі|ы|і)?н?"
    r"(?:дағы|дегі|тағы|тегі|да|де|та|те|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен"
    r"|ны|ні|ды|ді|ты|ті|мен|бен|пен)?"
)
_LONGEST_COMMON_NOUN = max((len(n) for n in _KAZAKH_COMMON_NOUNS), default=0)
_COMMON_NOUN_OPENINGS = frozenset(n[:2] for n in _KAZAKH_COMMON_NOUNS)


def _kazakh_common_noun(word: str) -> bool:
    """Is `word` one of the Kazakh common nouns above, bare or with its endings?"""
    low = word.lower()
    if low in _KAZAKH_COMMON_NOUNS:
        return True
    if low[:2] not in _COMMON_NOUN_OPENINGS:
        return False  # most words: one set look-up
    return any(
        low[:n] in _KAZAKH_COMMON_NOUNS and _KAZAKH_NOUN_ENDING.fullmatch(low, n)
        for n in range(2, min(len(low), _LONGEST_COMMON_NOUN + 1))
    )


# Words that end a span only by bleeding into the clause after the name («Большого переняло»).
_BLEED_POS = {"VERB", "INFN", "GRND", "PRTS", "ADVB", "PRED", "CONJ", "PRCL", "PREP"}


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_LETTER = re.compile(r"[^\W\d_]")
_LOWER_WORD_AT_END = re.compile(r"\s+([а-яё]+)$")
_OPENING_QUOTE_AHEAD = re.compile(r"\s*[«\"“„]")
_RUSSIAN_CAPITAL = re.compile("[А-ЯЁ]")
_RUSSIAN_WORD = re.compile(r"[А-Яа-яЁё]+")
_CLOSING_QUOTE_AHEAD = re.compile(r"\s*[»\"“”]")


def _clean(text: str, s: NerSpan) -> list[NerSpan]:
    """The span's name without edge punctuation or words bled from the clause after
    it; «Фонд развития интернет-инициатив (ФРИИ)» is two names of one thing (the
    merge joins them through the pair the text makes)."""
    start, end = fix_bounds(text, s.start, s.end)
    inner = text.find("(", start, end)
    if inner != -1 and text.rfind(")", inner, end) == -1:
        return _clean(text, NerSpan(s.type, start, inner, "")) + _clean(text, NerSpan(s.type, inner + 1, end, ""))
    end = _trim_bleed(text, start, _before_a_verb(text, start, end))
    opener = DEFINITION_OPENER.match(text, start, end)
    if opener and opener.end() < end:  # «(далее – Министерство)»: the short form, not «далее»
        start = opener.end()
    if end <= start or not _LETTER.search(text[start:end]):
        return []
    return [NerSpan(s.type, start, end, text[start:end])]


_LOWER_WORD = re.compile(r"(?<=\s)[а-яё]+(?=\s)")


def _before_a_verb(text: str, start: int, end: int) -> int:
    """Where a span ends if a finite verb stands inside it: a name holds none, so the
    words from it on are the clause the name is the agent of («специалистами Управления
    осуществляется санитарно-карантинный контроль (СКК)»: the model read all of it as
    one body; org56's survey). Only a word every reading of which is a verb counts."""
    for m in _LOWER_WORD.finditer(text, start, end):
        ps = parses(m.group(0))
        if ps and all(p.tag.POS == "VERB" for p in ps):
            return start + len(text[start : m.start()].rstrip())
    return end


def _trim_bleed(text: str, start: int, end: int) -> int:
    """Drop lowercase words at the end of a span that cannot end a name: verbs,
    adverbs, function words («Большого переняло», «Фафнира всюду»), and the kind of
    work a quoted title right after names («Министерством образования и науки премии
    "За покровительство…"»: the prize is not part of the ministry)."""
    while True:
        m = _LOWER_WORD_AT_END.search(text[start:end])
        if not m:
            return end
        if not names_a_work(text, m.group(1), end) and not all(p.tag.POS in _BLEED_POS for p in parses(m.group(1))[:3]):
            return end
        end = start + m.start()


def names_a_work(text: str, word: str, end: int) -> bool:
    """Is `word`, ending at `end`, a kind of work that the quoted title after it names
    («премии "За покровительство…"», «спектакле «Шведская спичка»»)?"""
    if not word.islower() or not _OPENING_QUOTE_AHEAD.match(text[end : end + 3]):
        return False
    ps = parses(word)
    return bool(ps) and ps[0].normal_form in _WORK_NOUNS


def overridden(s: NerSpan, cps: ByStart) -> bool:
    """A checkpoint span wins over any NER span overlapping it, except an organization
    that names more than the checkpoint (МЦПС «Хоргос» stays, and Хоргос is mentioned)."""
    for c in cps.overlapping(s.start, s.end):
        bigger = s.start <= c.start and c.end <= s.end and (s.end - s.start) > (c.end - c.start) + 2
        if not (s.type == "organization" and bigger):
            return True
    return False


def _a_kazakh_headline_phrase(text: str, s: NerSpan, words: list[str]) -> bool:
    """A Kazakh common noun (with its endings) opening a span whose other words are lower
    case: a phrase the model read as a place or a person. loc67: «Шекарадағы кезек» ('the
    queue at the border') as a headline came out the place «Шекара» once the place nouns'
    pass cut the ending."""
    return (
        len(words) > 1
        and all(not w[:1].isupper() for w in words[1:])
        and _kazakh_common_noun(words[0])
        and kazakh_context(text, s.start, s.end)
    )


# The case endings (and «-дағы») that end a common noun opening a phrase: a Kazakh body's name
# opens with its noun bare («Кеден комитеті», «Шекара қызметі») or as an adjective, never
# declined, so «Шекарада кезек», «Бекетте кептеліс», «Кеденде тәркілеу» are headlines (ent75).
_KAZAKH_CASE_END = re.compile(
    r"(?:дағы|дегі|тағы|тегі|да|де|та|те|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|дан|ден|тан|тен|нан|нен"
    r"|мен|бен|пен)$"
)


def _in_a_case(word: str) -> bool:
    """Is `word` a Kazakh common noun with a case ending (not bare, not only possessive)?"""
    low = word.lower()
    return low not in _KAZAKH_COMMON_NOUNS and bool(_KAZAKH_CASE_END.search(low))


_ROLE_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]{3,})\s+$")
_POSSESSIVE_SHAPE = re.compile(r"[а-яё]{2,}(?:ин|ын|ов|ев)$")


def _a_surname_after_a_role(text: str, s: NerSpan, word: str) -> bool:
    """«Премьер-министр Мамин сообщил»: a capitalized word the dictionary reads only as a
    possessive adjective («мамин» 'mum's') is a surname right after a role word (per68's
    probe lost the premier's role-and-surname article)."""
    if not _POSSESSIVE_SHAPE.search(word) or not word[:1].isupper():
        return False
    before = _ROLE_WORD_BEFORE.search(text, max(0, s.start - 40), s.start)
    return before is not None and is_role_word(before.group(1))


def _is_name(text: str, s: NerSpan) -> bool:
    """Filter what the model over-extracts: lowercase words, role words alone, adjectives
    («Достыкское»), function words («Как»), and common nouns standing as line headers."""
    words = s.text.split()
    if all(is_role_word(w) or not w[:1].isupper() for w in words if w[:1].isalpha()):
        return False
    if kazakh.is_role_phrase(words) and kazakh_context(text, s.start, s.end):
        return False  # «Мемлекет басшысы» 'head of state' is a post, not a place
    if _a_kazakh_headline_phrase(text, s, words) and (s.type != "organization" or _in_a_case(words[0])):
        return False  # «Шекарадағы кезек», «Аудандағы кездесу»: a headline's words, no place
        # nor body («Шекарада кезек»; «Шекара қызметі», with the noun bare, is one)
    if s.type != "person" and _a_common_compound(text, s, words):
        return False  # «Темір жолы бойынша …»: the railway, not the town Темир
    if len(words) > 1:
        # «К 85-летию со дня рождения …» (a heading): a preposition before a number or a
        # lowercase word starts a phrase, not a name
        return not (parses(words[0])[0].tag.POS == "PREP" and not words[1][:1].isupper())
    w = words[0]
    if key(w) in _GENERIC_ABBR:
        return False
    if _kazakh_common_noun(w) and kazakh_context(text, s.start, s.end):
        return False  # «Ауыл тұрғындары …», «Көлік министрі …»: a common noun opening a sentence
    if s.type != "organization" and _SERVICE_COMPOUND.match(w):
        return False  # «Ветконтроль», «Фитоконтролем»: a kind of check, not a person or a place
    if s.type == "person" and _starts_line(text, s.start) and _ends_line(text, s.end):
        return False  # «Погранконтроль» alone on its line: a section heading, not a person
    if s.type != "person" and not in_quotes(text, s) and parses(w)[0].normal_form in _GENERIC_ORG_KINDS:
        return False
    if w.isupper() and len(w) > 1 and _RUSSIAN_CAPITAL.search(w):
        ps = parses(w)
        if ps and ps[0].tag.POS in ("VERB", "INFN") and "Abbr" not in ps[0].tag.grammemes:
            return False  # «ПОДЕЛИТЬСЯ»: a button, not an acronym
        return True
    if (
        _ADJECTIVE.search(w)
        and not (s.type == "person" and is_surname(w))
        and not (s.type == "location" and after_street_word(text, s))
        and not (s.type == "location" and _town_not_adjective(text, s))
    ):
        return False  # «Достыкское», «Хоргосского»: derived adjectives, not names (but «Жириновский»
        # is, and so is the street «проспект Вернадского»)
    ps = [p for p in parses(w) if from_dictionary(p)]
    if not ps or any(PROPER & set(p.tag.grammemes) for p in ps):
        return True
    if s.type == "person" and _a_surname_after_a_role(text, s, w):
        return True
    if all(p.tag.POS in _NOT_NAME_POS for p in ps):
        return False
    return not _starts_line(text, s.start)


def _a_common_compound(text: str, s: NerSpan, words: list[str]) -> bool:
    """A span opening with a town's name written bare that opens a Kazakh common compound
    (kb.opens_a_common_compound: «Темір» + «жол…», the railway) and holding no other capitalised
    word: «Темір жолы бойынша» is no place (names70 left the model's reading of it)."""
    first_end = s.start + len(words[0])
    return all(not w[:1].isupper() for w in words[1:]) and kb.opens_a_common_compound(text, s.start, first_end)


def _town_not_adjective(text: str, s: NerSpan) -> bool:
    """«под Троицком работает», «за Уральском,»: a word shaped like an adjective that the
    dictionary knows as a town's case form, right after a preposition and with no noun or
    adjective after it for it to go with, is the town. «в Уральском районе», «Троицком
    заводе», «на углу Тверской и …» stay adjectives."""
    nxt = re.match(r"\s+([а-яё]+)", text[s.end : s.end + 40])
    if nxt and parses(nxt.group(1))[0].tag.POS in ("NOUN", "ADJF", "PRTF"):
        return False
    prev = re.search(r"([а-яё]+)\s+$", text[max(0, s.start - 20) : s.start], re.IGNORECASE)
    if not prev or parses(prev.group(1))[0].tag.POS != "PREP":
        return False  # «на углу Тверской и …»: a street's adjective, not a town after a preposition
    return any(p.tag.POS == "NOUN" and "Geox" in p.tag.grammemes and from_dictionary(p) for p in parses(s.text))


# A stem glued to a kind of check or service («вет-», «погран-», «фито-», «сан-» + «контроль»,
# «надзор», «служба») in any case: the compounds a story's section headings are made of.
_SERVICE_COMPOUND = re.compile(
    r"[а-яё]{3,}(?:контрол[ьяюе]|контролем|надзор(?:а|у|ом|е)?|служб(?:а|ы|е|у|ой))$"
    # loc67: «Погранпост в Жамбылской области …», «Госдоходы Алматинской области …» opening a
    # headline, read as places: a post or a revenue office in one clipped word
    r"|(?:погран|гос)(?:пост|застав|доход)[а-яё]*$",
    re.IGNORECASE,
)


def _ends_line(text: str, pos: int) -> bool:
    """Is only blank or a closing colon or stop left of the line after `pos`?"""
    j = pos
    while j < len(text) and text[j] in " \t:.":
        j += 1
    return j == len(text) or text[j] == "\n"


def _starts_line(text: str, pos: int) -> bool:
    """Is `pos` the first non-blank of its line? (Read backwards: copying the text before
    it for every name was quadratic in a long text.)"""
    if pos == 0:
        return True
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j > 0 and text[j - 1] == "\n"


# Kinds of works, events and documents whose quoted titles the model reads as organizations:
# «спектакль «Шведская спичка»», «в программе «Воскресное время»», «номинация «Производитель года»».
_WORK_NOUNS = words("work_nouns")
# Kinds of outlet: the quoted name right after one is the outlet («в издании «…»»).
_OUTLET_NOUNS = frozenset("издание газета журнал телеканал агентство портал радиостанция".split())
# Kinds of body: the quoted name right after one is that body's («акций компании «…»»).
_BODY_KINDS = words("org_head_nouns")


# What may stand between a kind of work and the quote that opens its title: up to 80
# characters, none of them a sentence's end, a line break or another quote.
_TITLE_LEAD_STOPS = '.!?\n«»"'
_TITLE_QUOTES = '«"“„'


def _title_lead(text: str, start: int) -> str | None:
    """The words before a quote that opens a span at `start`, back to the sentence's end, a
    line break or a quote (80 characters at most); None when no quote opens it. (A reverse
    scan: a regular expression tried at each of the 81 starts cost 25 µs a span.)"""
    quote = start - 1
    if quote < 0 or text[quote] not in _TITLE_QUOTES:
        return None
    lead = text[max(0, start - 81) : quote]
    cut = max(lead.rfind(c) for c in _TITLE_LEAD_STOPS)
    return lead[cut + 1 :]


def _titles_a_work(text: str, s: NerSpan) -> bool:
    """True for a quoted title that follows a kind of work in its sentence: a play, a TV
    programme, an award category or a law is not an organization. Only the words
    between the kind and the quote may intervene («спектакли Театра Наций «…»»).
    A name in the genitive is the work's owner, not its title (a title stands beside its
    kind in the nominative: «акции «Бессмертный полк»», but «акции «Роснефти»»); a body's
    kind nearer the quote names that body («акций компании «…»», «спектакль театра «…»»)."""
    lead = _title_lead(text, s.start)
    if lead is None or _an_owner_in_the_genitive(s.text):
        return False
    for w in reversed(_RUSSIAN_WORD.findall(lead)[-5:]):
        p = parses(w)[0]
        if p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return False  # «роман опубликовала «Азбука»»: the title is the verb's subject
        if p.normal_form in _OUTLET_NOUNS:
            return False  # «в статье в издании «…»»: the title is the outlet's name, nearer
        if w[:1].islower() and p.normal_form in _BODY_KINDS:
            return False  # «акций нефтяной компании «…»»: the quote names the company
        if w[:1].islower() and p.normal_form in _WORK_NOUNS:
            return True
    return False


def _an_owner_in_the_genitive(name: str) -> bool:
    """Is the quoted name's first word a noun in the genitive singular that no reading
    makes nominative («Яндекса», «Роснефти»; not «Звезды», «Дорога», «Шведская»)?"""
    first = _RUSSIAN_WORD.match(name.strip(_TITLE_QUOTES + '»" '))
    if first is None:
        return False
    ps = parses(first.group())
    return (
        bool(ps)
        and ps[0].tag.POS == "NOUN"
        and {"gent", "sing"} <= ps[0].tag.grammemes
        and not any("nomn" in p.tag.grammemes for p in ps)
    )


def pass_clean(text, spans, ctx):
    return [c for s in spans for c in _clean(text, s)]


def pass_checkpoints_win(text, spans, ctx):
    """A post the matcher found wins over the model's span on its words; so does a post the
    gazetteer does not hold, quoted right after a post's kind («напротив погранпункта
    «Мариинка»», «пункт пропуска "Исилькуль"»): the quotes name the post, not the village."""
    return [s for s in spans if not overridden(s, ctx.cp_index) and not _a_quoted_post(text, s)]


# A post's kind written right before its quoted name: «пункт(а) пропуска», «погранпункт»,
# «погранпереход», «пропускного пункта», «КПП», «МАПП», «АПП», «ЖДПП».
_POST_KIND_BEFORE = re.compile(
    r"(?:пункт\w*\s+пропуска|погранпункт\w*|погранперех\w*|(?:пограничн|пропускн)\w+\s+(?:пункт|переход)\w*"
    r"|КПП|МАПП|АПП|ЖДПП)\s*[«\"„“]$",
    re.IGNORECASE,
)


def _a_quoted_post(text: str, s: NerSpan) -> bool:
    """Is the location `s` the whole of a quoted name right after a post's kind?"""
    if s.type != "location" or not _CLOSING_QUOTE_AHEAD.match(text[s.end : s.end + 2]):
        return False
    return bool(_POST_KIND_BEFORE.search(text, max(0, s.start - 40), s.start))


def pass_not_names(text, spans, ctx):
    """Drop what is no name (a rule's span is one by construction)."""
    return [s for s in spans if (s.start, s.end) in ctx.names or _is_name(text, s)]


def pass_titles_of_works(text, spans, ctx):
    return [s for s in spans if not (s.type == "organization" and _titles_a_work(text, s))]


# A domain's last label: «nege.kz» is the outlet «NEGE», «ria56.ru» is «РИА56».
_DOMAIN_TAIL = re.compile(r"\.(?:kz|ru|com|org|net|uz|kg|tm|by|media|tv|city|info|news)$", re.IGNORECASE)


def not_the_outlet(text: str, spans: list, ctx) -> list:
    """The article's own outlet (`ctx.source`: «NEGE.KZ», «Мой город») is where the
    article comes from, not a body it names: a body span that is a fragment of the
    outlet's name, its domain's stem («NEGE») or the initials of a name of several words
    («МГ»), is byline furniture and is dropped. The outlet cited by its full name
    («передает Report», «сообщает NEWSru.com») is a source the article quotes, which
    every reference here counts as a body; another outlet always stays a body."""
    forms = outlet_forms(ctx.source) - {key(" ".join(ctx.source.split()))}
    if not forms:
        return spans
    return [s for s in spans if not (s.type == "organization" and _span_key(s, ctx) in forms)]


def outlet_forms(source: str) -> frozenset[str]:
    """The keys an outlet goes by in its own text: its name, its domain without the
    zone, the name without a leading «Новости», and a several-word name's initials."""
    name = " ".join((source or "").split())
    if not name:
        return frozenset()
    stem = _DOMAIN_TAIL.sub("", name)
    forms = {key(name), key(stem), key(re.sub(r"^(?:Новости|Жаңалықтар)\s+", "", stem))}
    words_ = re.findall(r"\w+", stem)
    if len(words_) > 1:
        forms.add(key("".join(w[0] for w in words_)))
    return frozenset(f for f in forms if f)


def _span_key(s, ctx) -> str:
    return key((ctx.names.get((s.start, s.end)) or s.text).strip(" «»\"'."))


# The one-line link to an older story that closes many pages: «Ранее в X рассказали, …»,
# «Ранее мы писали о …», «Бұған дейін … хабарлаған едік». «Ранее, 18 марта, …» (a date
# after a comma) is a sentence of the story, not a link.
_TEASER = re.compile(r"^(?:Ранее|Бұған дейін|Читайте также|Оқи отырыңыз)\s+(?![,–—-])", re.IGNORECASE)
_TEASER_WORDS = 16


def teaser_names(text: str, spans: list, ctx) -> list:
    """Names found only in the closing teaser line are not the article's: a person, body
    or place inside it is dropped unless the text before it names them too."""
    teaser = _closing_teaser(text)
    if teaser is None:
        return spans
    before = text[:teaser].lower().replace("ё", "е")
    return [s for s in spans if s.start < teaser or s.type == "checkpoint" or _named_before(s.text, before)]


def _closing_teaser(text: str) -> int | None:
    """Where the closing teaser line starts, if the text's last paragraph is one."""
    body = text.rstrip()
    start = body.rfind("\n") + 1
    last = body[start:]
    if start == 0 or not _TEASER.match(last) or len(last.split()) > _TEASER_WORDS:
        return None
    return None if re.search(r"[.!?]\s+\S", last) else start


def _named_before(surface: str, before: str) -> bool:
    """Every word of the name, its ending cut, is in the text before the teaser."""
    words_ = re.findall(r"\w+", surface.lower().replace("ё", "е"))
    return bool(words_) and all(w[: max(4, len(w) - 2)] in before for w in words_)
