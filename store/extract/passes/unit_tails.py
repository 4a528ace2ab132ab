"""A regional unit's territorial tail, as a span pass (`territorial_tails`, issue 15, org46).

Regional units of state bodies are named by the body's words and the territory they serve,
written after the name: «Пограничного управления по Жамбылской области», «Инспекции
транспортного контроля по Северо-Казахстанской области», «ДГД по городу Шымкенту»,
«Департамента полиции на транспорте». The model and the shape rules before this pass read
the body's words and stop before «по»/«на» (a dative is no genitive field), so the unit was
exported under its parent's shorter name: a false positive and a miss for the reference,
which names the unit as printed («… по Оренбургской области», «… по ЗКО», «… по области
Абай»).

A body span followed right away by such a tail runs on over it; it is named as printed,
the body's words in the nominative and the tail as written. The tail's place keeps its own
mention. Only the territory shapes below count: a region's adjective with «области», «области»
with one of the new regions' names, «городу»/«г.» with a city, a region's initials, a city
in the dative that is one of the three republican cities, and «на транспорте» (the transport
units of police and prosecution); and, for the Russian units across our border (org52), two
regions served by one unit («по Саратовской и Самарской областям», «по Республике Калмыкия и
Астраханской области») and a krai («по Алтайскому краю»). A region of 2022 in the genitive with
no «по» is a tail too (org82: «Департамент по чрезвычайным ситуациям области Абай», «Палата
предпринимателей области Абай»): its name is no adjective, so the model stops before it.

org52's `unit_adjectives` (a unit span right after its kind's adjective, «Пограничное
управление ФСБ по …», taking the adjective in) was removed at stop 48: it changed no extraction
on dev, factRu, the seeds, 400 generated articles or the form sweeps, and its one change over
1,212 saved pages was on the pages its shape came from (bench/README «Stop 48, passes71»).
"""

from __future__ import annotations

import re

from store.extract.ner import NerSpan
from store.lang import kb
from store.lang.phrases import phrase_nominative
from store.lang.places import place_nominative

_NAME = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?"
_TAIL = re.compile(
    r"[ \t]+(?P<tail>по[ \t]+(?:"
    r"[А-ЯЁ][а-яё]+(?:ой|ей)[ \t]+и[ \t]+[А-ЯЁ][а-яё]+(?:ой|ей)[ \t]+областям"  # по Саратовской и Самарской областям
    r"|Республике[ \t]+" + _NAME + r"(?:[ \t]+и[ \t]+[А-ЯЁ][а-яё]+(?:ой|ей)[ \t]+области)?"  # по Республике Калмыкия …
    r"|[А-ЯЁ][а-яё]+(?:ому|ему)[ \t]+краю"  # по Алтайскому краю
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ой|ей)[ \t]+области"  # по Жамбылской области
    r"|области[ \t]+(?:Абай|Жетісу|Жетысу|Ұлытау|Улытау)"  # по области Абай
    r"|(?:городу[ \t]+|г\.[ \t]*)" + _NAME + r"|городам[ \t]+" + _NAME + r"[ \t]+и[ \t]+" + _NAME + r"|"
    r"(?:ЗКО|ВКО|СКО|ЮКО)"
    r"|(?:Алматы|Астане|Шымкенту|Нур-Султану)"
    r")|на[ \t]+транспорте"
    # org82: a region of 2022 in the genitive with no «по» («Департамент по чрезвычайным ситуациям
    # области Абай», «Палата предпринимателей области Абай»): its name is no adjective, so the model
    # stops before «области» (a place's adjective it reads into the name)
    r"|области[ \t]+(?:Абай|Жетісу|Жетысу|Ұлытау|Улытау))(?![\w-])"
)
# A name that has its territory already («… по ЗКО», «… области», «… на транспорте»).
_HAS_TERRITORY = re.compile(r"(?:\sпо\s|\sна\s+транспорте|област\w*$|район\w*$)")
# A name that ends in its territory: the genitive tail («… области Абай») is a field, and a name
# may have a «по» field of its own before it («Департамент по чрезвычайным ситуациям»).
_ENDS_IN_TERRITORY = re.compile(r"(?:област\w*|район\w*|Абай|Жетісу|Жетысу|Ұлытау|Улытау)$")
# A unit's kind word in lower case right before the body («департамента МВД на транспорте»,
# «филиала Национального центра … по Павлодарской области»): the unit is what the text names.
_UNIT_WORD_BEFORE = re.compile(r"(?<![\w-])(департамент|управлени|отдел|филиал|представительств)[а-яё]{0,3}\s+$")
_UNIT_NOMINATIVE = {
    "департамент": "департамент",
    "управлени": "управление",
    "отдел": "отдел",
    "филиал": "филиал",
    "представительств": "представительство",
}
_READ_BACK = 30  # characters before a body that may hold its unit's kind word
# Quotes hold a name as written: its own words are not declined.
_QUOTES = re.compile('[«»"“”„]')


# org99: a body span the model cut at the abbreviation «г.» of a city it serves («Управление
# пассажирского транспорта г» | «. Шымкент»): the point ends the model's sentence, not the name.
_CUT_AT_CITY = re.compile(r"\.[ \t]*(?P<city>" + _NAME + r")(?![\w-])")


def _cut_before_its_city(text: str, s) -> int | None:
    """Where a body span cut right after «г» would end with the city after the point, when the
    word there is a city the knowledge base knows; None for any other span."""
    if s.type != "organization" or not s.text.endswith(" г"):
        return None
    m = _CUT_AT_CITY.match(text, s.end)
    return m.end() if m and _is_city(m.group("city")) else None


def territorial_tails(text: str, spans: list, ctx) -> list:
    """Each body span with a territorial tail right after it, run on over the tail and
    named as printed (see module doc); a span cut at a city's «г.» is made whole."""
    out = []
    for s in spans:
        cut = _cut_before_its_city(text, s)
        if cut is not None:
            ctx.names.pop((s.start, s.end), None)
            s = NerSpan("organization", s.start, cut, text[s.start : cut])
            ctx.names[(s.start, s.end)] = (
                f"{_nominative(' '.join(s.text.split()[:-2]))} {' '.join(s.text.split()[-2:])}"
            )
        m = _TAIL.match(text, s.end) if s.type == "organization" else None
        has_territory = _HAS_TERRITORY if m is None or m.group("tail").startswith(("по", "на")) else _ENDS_IN_TERRITORY
        if m is None or has_territory.search(s.text) or _inside_a_longer_body(s, spans, m.end()):
            out.append(s)
            continue
        name = ctx.names.pop((s.start, s.end), None)
        written = " ".join(s.text.split())
        head = written if _QUOTES.search(written) else _nominative(written)
        if written[:1].islower() and head[:1].isupper():
            head = head[:1].lower() + head[1:]  # «департаменте …» stays lower case, as printed
        if name and _QUOTES.search(written):
            head = name
        start = s.start
        unit = _UNIT_WORD_BEFORE.search(text, max(0, s.start - _READ_BACK), s.start)
        if unit is not None and unit.end() == s.start and not _inside_a_longer_body(s, spans, s.end, unit.start()):
            start, head = unit.start(), f"{_UNIT_NOMINATIVE[unit.group(1)]} {written}"  # the body keeps its genitive
        grown = NerSpan("organization", start, m.end(), text[start : m.end()])
        ctx.names[(grown.start, grown.end)] = f"{head} {' '.join(m.group('tail').split())}"
        out.append(grown)
    return out


def _nominative(written: str) -> str:
    """`written` in the nominative; a phrase printed in lower case is put there as if it
    opened a sentence, so a clipped compound is read too («погрануправления ФСБ» →
    «погрануправление ФСБ»: phrases reads «погран…» compounds only capitalized), and the
    caller puts its lower case back."""
    if not written[:1].islower():
        return phrase_nominative(written)
    return phrase_nominative(written[:1].upper() + written[1:])


def _inside_a_longer_body(s, spans: list, end: int, start: int | None = None) -> bool:
    """Is `s` a part of another body span that already covers its tail (or starts before it
    and ends where it ends), or does one hold the unit word before it (from `start`)? The
    longer body takes the tail, not its part."""
    if start is not None:
        return any(o is not s and o.type == "organization" and o.start <= start < o.end for o in spans)
    bodies = [o for o in spans if o is not s and o.type == "organization" and (o.start, o.end) != (s.start, s.end)]
    holds = any(o.start <= s.start and s.end <= o.end for o in bodies)
    return holds or any(s.start <= o.start < end and o.end > s.end for o in bodies)


# «акимат Алакольского района», «прокуратуры Жамбылской области», «акимате города Жанаозен»,
# «акимату района Алтай» (a district named after the word: ustinka.kz):
# a local body named by the territory it serves, in the genitive after it (org46). The press
# writes the head in lower case as often as not, and the model reads only the place; the
# knowledge base has the regions' akimats, not the districts' and towns'.
_TERRITORY_GENITIVE = (
    r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ой|ого)[ \t]+(?:области|района)"
    r"|(?:города[ \t]+|г\.[ \t]*|района[ \t]+)" + _NAME + r"|области[ \t]+(?:Абай|Жетісу|Жетысу|Ұлытау|Улытау))"
)
# org66: two more local bodies named so — the territory's representative assembly («маслихата
# Жамбылской области») and its akim's office («аппарата акима района Мақаншы»), the body an akim
# answers through; both written lowercase inside a sentence as often as the akimat.
_LOCAL_BODY = re.compile(  # each head word first, its look back after it: `re` searches for the words in C
    r"(?P<head>[Аа]кимат(?<![\w-][Аа]кимат)(?:а|у|ом|е)?|[Пп]рокуратур(?<![\w-][Пп]рокуратур)(?:а|ы|е|у|ой)"
    r"|[Мм]аслихат(?<![\w-][Мм]аслихат)(?:а|у|ом|е)?|[Аа]ппарат(?<![\w-][Аа]ппарат)(?:а|у|ом|е)?[ \t]+акима"
    # org82: the neighbours' local administrations, named the same way: Uzbekistan's «хокимият
    # Ташкентской области», Kyrgyzstan's «мэрия города Бишкек» (the model reads «Хокимият» as a place)
    r"|[Хх]окимият(?<![\w-][Хх]окимият)(?:а|у|ом|е)?|[Мм]эри(?<![\w-][Мм]эри)(?:я|и|ю|ей|е)"
    # org88: a court named by its territory («Суд г. Астаны», «суда Алматинской области», «…
    # межрайонный экономический суд города Шымкента»: the model reads the words up to «суд»)
    r"|[Сс]уд(?<![\w-][Сс]уд)(?:а|у|ом|е)?)"
    # org88: or by its city in the genitive with no «города» («с акиматом Шымкента», «маслихат
    # Актобе»): the word must be a city the places table knows (`_is_city`), checked per match
    r"[ \t]+(?P<territory>" + _TERRITORY_GENITIVE + r"|(?P<city>" + _NAME + r"))(?![\w-])"
)


# org82: a mayoralty is named by its city in the genitive, with «города» or without («мэрия
# Бишкека», «мэрии города Ош»).
_MAYORALTY = re.compile(
    r"(?P<head>[Мм]эри(?<![\w-][Мм]эри)(?:я|и|ю|ей|е))[ \t]+(?P<territory>(?:города[ \t]+)?" + _NAME + r")(?![\w-])"
)
# What every _LOCAL_BODY or _MAYORALTY match holds: one of these words, or «суд» / «мэри» as
# a word's start (each a literal first, so `re` skips in C to «уд» and «эри»; one pattern of
# both alternatives was 9× slower). «суд» alone lets «государство» through (gate75: 334 of
# 1,168 dev, factRu, seeds and generated titles and bodies passed the needles above; 48 hold
# a head, 5 a match).
_HEAD_WORDS = ("кимат", "рокуратур", "аслихат", "ппарат", "окимият")
_COURT = re.compile(r"уд(?<=[Сс]уд)(?<![\w-][Сс]уд)")
_MAYORALTY_WORD = re.compile(r"эри(?<=[Мм]эри)(?<![\w-][Мм]эри)")
_LOCAL_HEADS = {
    "акимат": "акимат",
    "прокуратур": "прокуратура",
    "маслихат": "маслихат",
    "аппарат": "аппарат акима",
    "хокимият": "хокимият",
    "мэри": "мэрия",
    "суд": "суд",
}


def _is_city(word: str) -> bool:
    """Is `word` a city of the knowledge base written in some case («Шымкента», «Костаная»)?
    A bare word after a local body's head is its territory only then («акимат Шымкента»), not
    any capitalized word («суд Кордая» is no city's; «суду Верховный …» no territory)."""
    nominative = place_nominative(word)
    row = kb.row_of_printed("location", nominative) if nominative else None
    return row is not None and row.kind == "city"


def territorial_bodies(text: str, spans: list, ctx) -> list:
    """Each akimat, maslikhat, prosecutor's office or court named by its territory (see
    `_LOCAL_BODY`; and a neighbour's hokimiyat or mayoralty, org82) as a body, named as printed
    with its head in the nominative; a body span already over it stays, the places inside it keep
    their own mentions and a place the model read in its head word («Хокимият») goes. A body span
    that ends with the head word («… межрайонный административный суд») runs on over the territory,
    and a person span over the head («Акимат Костаная», org88) gives way: the model proposes none of
    these shapes itself."""
    if not any(w in text for w in ("кимат", "рокуратур", "аслихат", " акима", "окимият", "эри", "суд", "Суд")):
        return spans
    if not (any(w in text for w in _HEAD_WORDS) or _COURT.search(text) or _MAYORALTY_WORD.search(text)):
        return sorted(spans, key=lambda s: (s.start, s.end))  # no head: what the scans below return
    out = list(spans)
    found = [*_LOCAL_BODY.finditer(text), *(_MAYORALTY.finditer(text) if "эри" in text else ())]
    for m in found:
        start, end = m.span()
        if m.groupdict().get("city") and not _is_city(m.group("city")):
            continue
        head_start, head_end = m.span("head")
        bodies = [o for o in out if o.type == "organization" and o.start < end and start < o.end]
        # org88: a body span that ends with the head word («Специализированный межрайонный
        # экономический суд», «Суд» alone) runs on over the territory after it
        led = [o for o in bodies if o.start <= head_start and o.end == head_end]
        if bodies and (len(bodies) > 1 or not led):
            continue  # a body read here already (the knowledge base's akimat of a region)
        out = [
            o
            for o in out
            if not (o.type == "location" and head_start <= o.start and o.end <= head_end)
            # org88: «Акимат Костаная» read as a person's name: a body's head is no name's word
            and not (o.type == "person" and start <= o.start < head_end and o.end <= end)
            and o not in led
        ]
        territory = " ".join(m.group("territory").split())
        if led:
            first = led[0]
            written = " ".join(first.text.split())
            lead = ctx.names.pop((first.start, first.end), None) or _nominative(written)
            if written[:1].islower() and lead[:1].isupper():
                lead = lead[:1].lower() + lead[1:]
            start = first.start
            ctx.names[(start, end)] = f"{lead} {territory}"
            out.append(NerSpan("organization", start, end, text[start:end]))
            continue
        head = m.group("head")
        word = next(v for k, v in _LOCAL_HEADS.items() if head.lower().startswith(k))
        word = word.capitalize() if head[:1].isupper() else word
        ctx.names[(start, end)] = f"{word} {territory}"
        out.append(NerSpan("organization", start, end, m.group()))
    return sorted(out, key=lambda s: (s.start, s.end))
