"""Two shapes the model reads as bodies that are none (issue 15, org37; fix58).

- `projects_not_bodies`: «Проект «Позитивная Караганда» редакция ведет …»: a quoted title
  after «проект» (any case, sentence-initial too) is a project, not a body; the titles-of-works
  filter reads only lower-case kinds.

- `latin_terms_not_bodies`: «Dry port», «Green corridor», «One Belt One Road»: an English
  common-noun phrase is no body unless the knowledge base, a head noun or a cue says so.

Each takes (text, spans, context) and returns spans.

org37's `posts_in_general` («Приграничные КПП» as no body) was removed at stop 48: it changed no
extraction on dev, factRu, the seeds, 400 generated articles or the form sweeps, and no held-out
figure of its own was recorded (bench/README «Stop 48, passes71»).

org37 also wrote `unit_chains` here, a grammar for a unit described in lower case
(«управления пассажирского транспорта … области»): it gained one body on dev and one on its
fresh pages but cost test 0.0035 F1 in the ablation (bench/evaluate.py --ablate at 893a7a3 +
org37, 2026-12-05 00:13), so by the project's rule it was taken out (see git history).
"""

from __future__ import annotations

import re

from store.lang import kb

# «проект «…»», «Проект «…»»: a project's quoted title.
_PROJECT_BEFORE = re.compile(r"(?<![\w-])[Пп]роект(?:а|у|ом|е|ы|ов)?[ \t]*[«\"“„]$")


def projects_not_bodies(text: str, spans: list, ctx) -> list:
    """The «bodies» that are a project's quoted title (see module doc), taken out."""
    return [
        s
        for s in spans
        if not (s.type == "organization" and _PROJECT_BEFORE.search(text, max(0, s.start - 12), s.start))
    ]


# A Latin phrase of the trade's vocabulary: what it names is a thing, a route or a plan
# («Dry port», «Green corridor», «Middle Corridor», «One Belt One Road»), never an office.
_LATIN_WORD = re.compile(r"[A-Za-z][a-z]*")
_FUNCTION_WORDS = frozenset("of the and for on in to a an".split())
_PLAN_OR_ROUTE_NOUNS = frozenset(
    "corridor corridors road roads route routes way belt bridge highway initiative strategy programme program".split()
)
# the head nouns and legal forms of a firm or an institution in English: «Kaspi bank», «Volga Group»
_ENGLISH_BODY_WORDS = frozenset(
    """bank group company corporation corp holding holdings fund agency association organization
organisation institute university council committee ministry service services authority union
railways railway airways airlines logistics express invest investment investments capital partners media
news finance insurance energy oil gas motors telecom trade trading consulting systems solutions technologies
ltd llc inc jsc llp plc gmbh co terminal terminals operator""".split()
)
# a Russian or Kazakh word before the name saying it names a firm, an outlet or a body
_BODY_CUE_BEFORE = re.compile(
    r"(?i)(?:компани\w*|ТОО|АО|ООО|ЖШС|АҚ|банк\w*|холдинг\w*|оператор\w*|групп\w*|корпораци\w*|перевозчик\w*"
    r"|агентств\w*|фирм\w*|фонд\w*|организаци\w*|ассоциаци\w*|издани\w*|портал\w*|сайт\w*|телеканал\w*|СМИ|ИА)"
    r"[ \t]*[«\"“„]?[ \t]*$"
)


def _english_common_phrase(words: list[str]) -> bool:
    """Two Latin words or more that read as a common noun phrase: a content word after the
    first in lower case («Dry port»), or a route's or plan's noun last («Middle Corridor»);
    and no firm's or institution's word anywhere («Kaspi bank», «Volga Group»)."""
    lows = [w.lower() for w in words]
    if len(words) < 2 or any(w in _ENGLISH_BODY_WORDS for w in lows):
        return False
    lowercase_content = any(w.islower() and w not in _FUNCTION_WORDS for w in words[1:])
    return lowercase_content or lows[-1] in _PLAN_OR_ROUTE_NOUNS


def latin_terms_not_bodies(text: str, spans: list, ctx) -> list:
    """The «bodies» that are an English common-noun phrase (see _english_common_phrase) the
    knowledge base does not list and no word before calls a firm or a body, taken out.

    Why (fix58): the model reads Latin words where Russian text has a name as a body, and a
    record's headline «Dry port» became an organization; so did «One Belt One Road» in a
    Russian sentence. What makes a Latin phrase a body is its head noun («Bank», «Group»,
    «Railways»), the knowledge base, or a cue before it («компания «…»», «ТОО»): a phrase
    with none of these is a term of the trade, as its Russian «сухой порт» would be."""
    return [s for s in spans if not (s.type == "organization" and _latin_term(text, s, ctx.page if ctx else ""))]


# org91: an event's English name, its event noun last (a year may follow): «Astana International
# Forum», «Caspian Logistics Summit 2026», «TransLogistica Expo». Only where the text says it is
# the event: a year in or right after the name, or «на» or a Russian event noun right before it
# («На Astana International Forum обсудили», «выставки TransLogistica Expo»). A forum with no such
# cue may be the body that holds it («World Economic Forum», «International Transport Forum»).
_EVENT_NOUNS = frozenset(
    "forum summit expo exhibition conference week festival fair show days games cup awards award hackathon".split()
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_EVENT_CUE_BEFORE = re.compile(
    r"(?:(?<![\w-])[Нн]а|форум\w*|выставк\w*|саммит\w*|конференци\w*|фестивал\w*|ярмарк\w*|[Нн]а[ \t]+полях)"
    r"[ \t]*[«\"“„]?[ \t]*$"
)
_YEAR_AFTER = re.compile(r"[»\"”]?[ \t]*[-–—]?[ \t]*(?:19|20)\d\d(?!\d)")


# org101: a Latin name quoted right after a Russian noun of a forum, a fair or a conference is that
# event's title whatever its last word («на форуме «Central Asia Logistics»», «выставка «TransLogistica
# Kazakhstan»»). Not «саммит», whose quoted name is as often the group that meets, and only a Latin
# name: a Cyrillic one after the noun may be in the genitive, the body that holds the event.
_LATIN_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z&.'-]*")  # «TransLogistica»: an inner capital too
_TITLING_EVENT_NOUN = re.compile(r"(?i)(?<![\w-])(?:форум|выставк|конференци|фестивал|ярмарк)\w*[ \t]*[«\"“„][ \t]*$")


def _titled_by_event_noun(text: str, s) -> bool:
    """Is the span a quoted Latin name right after a Russian event noun (see above)?"""
    words = s.text.strip('«»"“”„ ').split()
    if not words or not all(_LATIN_TITLE_WORD.fullmatch(w) or _YEAR.fullmatch(w) for w in words):
        return False
    start = s.start + (len(s.text) - len(s.text.lstrip('«"“„ ')))  # after a quote the span holds
    return bool(_TITLING_EVENT_NOUN.search(text, max(0, start - 30), start))


def _latin_event(text: str, s, page: str) -> bool:
    """An English event name the text calls an event (see _EVENT_NOUNS above); a headline's
    is read by the cues of the page's other mentions of it (the story says «на …», the
    headline only names it)."""
    if _titled_by_event_noun(text, s):
        return not any(m.form.row.type == "organization" for m in kb.find(s.text))
    words = s.text.split()
    year = bool(words) and _YEAR.fullmatch(words[-1]) is not None
    if year:
        words = words[:-1]
    if len(words) < 2 or words[-1].lower() not in _EVENT_NOUNS or not all(_LATIN_WORD.fullmatch(w) for w in words):
        return False
    cued = year or _event_cued(text, s.start, s.end)
    if not (cued or any(_event_cued(page, i, i + len(s.text)) for i in _found(page, s.text))):
        return False
    return not any(m.form.row.type == "organization" for m in kb.find(s.text))


def _event_cued(text: str, start: int, end: int) -> bool:
    return bool(_YEAR_AFTER.match(text, end) or _EVENT_CUE_BEFORE.search(text, max(0, start - 30), start))


def _found(text: str, name: str):
    i = text.find(name)
    while i != -1:
        yield i
        i = text.find(name, i + 1)


def _latin_term(text: str, s, page: str = "") -> bool:
    words = s.text.split()
    if _latin_event(text, s, page):
        return True
    if not all(_LATIN_WORD.fullmatch(w) for w in words) or not _english_common_phrase(words):
        return False
    if _BODY_CUE_BEFORE.search(text, max(0, s.start - 30), s.start):
        return False
    return not any(m.form.row.type == "organization" for m in kb.find(s.text))
