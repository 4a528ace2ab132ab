"""A known place in a Kazakh where-case that the model glued to a common word beside it:
«Кеше Астанада жаңа мектеп ашылды» (a person «Кеше Астанада»), «Астанада жаңа мектеп
ашылды» (a body «Астанада жаңа»), «Жол Семейге дейін …» (a person «Жол Семейге»), «Жаңа
жол Шымкентке дейін салынады» (the whole sentence a body, dropped by shaped_not_bodies).

The model, trained on Russian, takes a capitalized word and its neighbour for a name: the
sentence's first word («Кеше», yesterday; «Жол», the road) capitalized only by its place,
or a lowercase word after the town («жаңа», new). A word that the knowledge base reads
whole as one of its places with a locative, ablative or dative ending («-да», «-дан»,
«-ге») answers where, which no person's or body's name does; when every other word
of the span is lowercase or the sentence's first word and no given name, the span is that
place alone (the linking pass names it by its row).

Why: loc69's probe of every Kazakhstan town row in «Кеше <town>-да жаңа мектеп ашылды.»
found 78 of 173 towns read as a person, «Астана» and «Алматы» among them, and «Жаңа жол
<town>-ға дейін салынады» lost 20.
"""

from __future__ import annotations

import re

from store.extract.naming import is_first_name
from store.extract.ner import NerSpan
from store.extract.passes.short_towns import short_town_in_a_where_case, town_name
from store.lang import kb

_WORD = re.compile(r"[\w-]+")
# where to, where, where from: never a person's or body's name («-дағы», the one at, is left
# out: «Алматыдағы … лицейі» may open a body's name)
_WHERE = re.compile(r"^[-'’]?(?:н?(?:да|де|та|те|дан|ден|тан|тен|нан|нен)|ға|ге|қа|ке|на|не)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*)$")
# What every where-case ending above or of short_towns._WHERE_ENDINGS ends with («-дан» in
# «-ан», «-дағы» in «-ағы»): a word ending otherwise is no place in a where-case, so kb.find
# is not asked (three words in four of the spans read; ingest91)
_WHERE_TAILS = ("да", "де", "та", "те", "ан", "ен", "ға", "ге", "қа", "ке", "на", "не", "ағы", "егі")
_MAX_WORDS = 6  # «Жаңа жол Шымкентке дейін салынады» was one body
_MAX_WORDS_OF_A_ROUTE = 12  # two places or more: «Ақмола облысынан Көкшетау арқылы Петропавлға баратын жол …»
# a postposition after a noun in the nominative: «Көкшетау арқылы» (through)
_POSTPOSITIONS = frozenset(("арқылы",))


def places_in_kazakh_cases(text: str, spans: list, ctx) -> list:
    """The pass: such a person or body span becomes the place it holds (see module doc), and a
    given name just before the place stays a person of its own."""
    out = []
    changed = False
    for s in spans:
        parts = _glued_place(text, s, ctx) if s.type in ("person", "organization") else None
        out += parts or [s]
        changed = changed or parts is not None
    return out if changed else spans


def _glued_place(text: str, s: NerSpan, ctx) -> list[NerSpan] | None:
    words = list(_WORD.finditer(text, s.start, s.end))
    if not 2 <= len(words) <= _MAX_WORDS_OF_A_ROUTE:
        return None
    places = [w for i, w in enumerate(words) if _a_place_in_a_where_case(w.group()) or _a_place_passed(words, i)]
    if len(places) > 1:
        return _places_of_a_route(text, words, places)
    if len(places) != 1 or len(words) > _MAX_WORDS:
        return None
    place = places[0]
    given = _given_name_before(words, place)
    if not all(w is place or w is given or _a_common_word(text, w) for w in words):
        return None
    short = short_town_in_a_where_case(place.group())
    if short is not None:
        ctx.names[place.span()] = town_name(short)
    found = NerSpan("location", place.start(), place.end(), place.group())
    if given is None:
        return [found]
    return [NerSpan("person", given.start(), given.end(), given.group()), found]


def _places_of_a_route(text: str, words: list[re.Match], places: list[re.Match]) -> list[NerSpan] | None:
    """place82: «Ақмола облысынан Көкшетау арқылы Петропавлға баратын жол жөнделуде» (the road
    from Akmola region through Kokshetau to Petropavl) was one body and lost both towns. A span
    of several known places, each in a where-case or before «арқылы» (through), every other word
    lowercase or the sentence's first, is those places; a place with its noun («Ақмола
    облысынан») is read by kazakh_place_nouns, its first word being the sentence's."""
    if not all(w in places or _a_common_word(text, w) for w in words):
        return None
    return [NerSpan("location", w.start(), w.end(), w.group()) for w in places]


def _a_place_passed(words: list[re.Match], i: int) -> bool:
    """A known place in the nominative before a postposition that takes one («Көкшетау арқылы»,
    through Kokshetau): asked only where two places or more make a route."""
    if i + 1 >= len(words) or words[i + 1].group().lower() not in _POSTPOSITIONS:
        return False
    word = words[i].group()
    found = kb.find(word) if word[:1].isupper() else []
    return (
        len(found) == 1 and found[0].start == 0 and found[0].end == len(word) and found[0].form.row.type == "location"
    )


def _given_name_before(words: list[re.Match], place: re.Match) -> re.Match | None:
    """names70: «Асқар Астанада болды» ('Asqar was in Astana'): a given name right before the
    place, the place the span's last word, is a person of its own, not a part of the place
    nor a name with it (no surname takes a where-case)."""
    i = words.index(place)
    if i == 0 or place is not words[-1] or not is_first_name(words[i - 1].group()):
        return None
    return words[i - 1]


def _a_place_in_a_where_case(word: str) -> bool:
    """The knowledge base reads the whole word as one of its places with a where-case ending
    (a town of under four letters, which kb.find passes over, by short_towns)."""
    if not word[:1].isupper() or not word.lower().endswith(_WHERE_TAILS):
        return False  # no where-case ending (_WHERE, short_towns'): most words, without kb.find
    found = kb.find(word)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(word):
        return short_town_in_a_where_case(word) is not None
    m = found[0]
    return m.form.row.type == "location" and bool(_WHERE.match(word[len(m.form.text) :].lower()))


def _a_common_word(text: str, w: re.Match) -> bool:
    """Lowercase, or capitalized only as the sentence's first word, and no given name."""
    if w.group()[:1].islower():
        return True
    return bool(_SENTENCE_START.search(text, max(0, w.start() - 3), w.start())) and not is_first_name(w.group())
