"""Find mentions of border checkpoints in an article body and resolve them to gazetteer ids.

NER labels «Нур жолы» a person and «Достык» a place; the names are few and known, so
a gazetteer matcher is both more accurate and much faster. Every name of every land
crossing (Russian, Kazakh, Latin, variants, former names) is compiled once into a
table keyed by its first letters; a capitalized word is looked up there and accepted
when the rest of it is an ending the name can take:
  - Russian case endings, chosen by how the name ends (Хоргоса, Алаколе, Луговой);
  - Kazakh case endings (Қорғастағы, Достыққа, Нұр жолында);
  - adjectives in -ский/-ское/-ского… (Достыкское направление), accepted only before a
    head noun such as «направление», «пункт», «станция», so «Алакольский район» is not
    a checkpoint.
Many of these names are also towns, lakes, people or organizations, so a match needs
checkpoint context: rows marked ambiguous (and former names) need it in the same
sentence (or to stand in one list with other checkpoints); the rest need it anywhere
in the text. A name right after a word like «улица», «палата», «озеро» is never a
checkpoint. Airports and seaports are in the gazetteer but not matched here: their names
are the cities' (checkpoint_airports.py and checkpoint_seaports.py read the port noun beside
the city in a sentence about the border).

This module finds the mentions (candidates, context cues, confirmation by lists and
pairs); the name table is checkpoint_names.py, the choice among rows sharing a name
checkpoint_sides.py (by side) and checkpoint_kinds.py (by kind, and the stored name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, is_dataclass, replace
from functools import cache
from itertools import compress

from store.extract.checkpoint_bare_quoted import bare_quoted_post
from store.extract.checkpoint_context_kinds import clause_kind, clause_of, context_kind
from store.extract.checkpoint_cues import AND_WORDS, NEIGHBOURS, OR_WORDS
from store.extract.checkpoint_kind_phrases import freight_kind
from store.extract.checkpoint_kinds import kind_at, one_name_per_row, own_kind_at, pair_kinds, stored_name
from store.extract.checkpoint_lists import COUNTED_POINTS, confirm_bullets
from store.extract.checkpoint_names import KEY, TOKEN, Cand, Name, fold, fold_text, names_by_prefix
from store.extract.checkpoint_not_posts import (
    ENTRY_PORT_CUE,
    end_of_a_road,
    first_name_of_person,
    in_the_town,
    kazakh_common_noun,
    place_by_its_words,
    route_spans,
    something_else_after,
    station_of_road_post,
    stop_on_a_route,
    thing_named,
    town_after_preposition,
    town_of_a_quoted_name,
    town_of_its_people,
    zone_named_after_post,
)
from store.extract.checkpoint_queues import queue_at, queue_story
from store.extract.checkpoint_quoted import quoted_at_fact
from store.extract.checkpoint_quoted_passage import quoted_at_passage
from store.extract.checkpoint_rail_lines import line_end
from store.extract.checkpoint_sides import (
    GLUED_KIND,
    bracketed_alias,
    by_pairs,
    choose,
    home_first,
    named_on_both_sides,
    off_its_border,
    one_side_per_name,
    side_of,
)
from store.extract.checkpoint_towns import town_by_its_words
from store.extract.checkpoint_traffic import cargo_through, corridor_through, traffic_story, traffic_through
from store.extract.checkpoint_unlisted import find_unlisted
from store.extract.checkpoint_work import at_work_words, opens_sentence_at_work, post_at_work
from store.extract.needles import by_opening, opening_with
from store.lang import gazetteer

_GAP = re.compile(r"\s*[-‐.'’`‘]?\s*")  # an apostrophe too: «G'ishtko'prik» is three words

# a country in brackets after a post's name, as Russian and Kazakh texts write it:
# «Шаган» (РК) / «Тёплое» (РФ), «Ақсай» (ҚР) / «Илек» (Ресей)
_BRACKETED_COUNTRY = (
    r"(?:РК|РФ|КНР|КР|РУз|ҚР|ҚХР|ҚырР|ӨР|Казахстан|Россия|Китай|Кыргызстан|Узбекистан|Туркменистан|"
    r"Қазақстан|Ресей|Қытай|Қырғызстан|Өзбекстан|Түрікменстан|Түркіменстан)"
)


# an interstate rail junction, the railways' word for a crossing: «на стыке Оазис», «стыки
# Сарыагаш и Сырдарья», «межгосударственный стык», Kazakh «түйісу пункті»; not «на стыке
# Европы и Азии» (a junction word before a name only when the name follows it at once); and
# the Kazakh crossing word «өткел» after «international» or «rail»
_JUNCTION = (
    r"(?:железнодорожн|межгосударствен)\w*\s+стык|\bстык(?:а|е|и|ов|ам|ах|ом|у)?\s+(?!Европ|Ази)[«\"“„]?(?-i:[А-ЯЁ])"
    r"|түйісу\s+пункт|(?:халықаралық|теміржол|темір\s*жол)\s+өткел"  # Kazakh «халықаралық өткелі», an international crossing
)


# a quoted name with the word «пункт» right after it, as Kazakh and Kyrgyz write a post's noun
# after its name: «"Қордай" пункті», ««Ак-Жол» жана «Кордай» пункттары» (cp58)
_QUOTED_THEN_POINT = r"[»\"”][ \t]+пункт"


# a customs office or a frontier outpost bearing the post's name stands at that post (cp71): a
# customs noun, the customs post's abbreviation «ТП» or an outpost's noun right before a
# capitalized name, quoted or not («таможни Ак-Жол», «на ТП «Кольжат» ДГД по …», «заставы
# Сырым»), and the Kazakh customs word after it («Сырым кедені», «"Жайсаң" кеден бекеті»)
_CUSTOMS_BEFORE_NAME = (
    r"\b(?:таможн\w*|застав\w*|(?-i:ТП))[ \t]+[«\"“„]?(?=(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))"
    r"|(?<=[\w»\"”])[ \t]+кеден"
)


_ARTICLE_CUE = re.compile(
    r"пункт\w*\s+пропуска|\b(?:пп|мапп|дапп|кпп|ппп|апп|ждпп|мцпс|тпк)\b|\bп/п|\bө/п|погранперех|пропускн|граничн|\bграниц|"
    r"таможен|\bтаможн|\bстанци|железнодорож|направлени|checkpoint|border|crossing|өткізу|бекет|шекара|кеден|\bстанса|"
    r"темір\s?жол|"  # the Kazakh rail word, as «железнодорож» is the Russian one
    # road posts by their kind word, as «железнодорож» names rail ones (facts90: «Автомобильные пункты с
    # Китаем закрыты; «Достык» принимает только поезда» named no post)
    r"автомобильн\w*\s+(?:пункт|переход|пост)\w*|"
    # road traffic with a neighbour by name (facts91: «Автомобильное сообщение с Китаем остановлено; «Достык»
    # принимает только поезда»): the crossings' road traffic, not a town's
    r"автомобильн\w*\s+(?:сообщени|движени)\w*\s+(?:с|со)\s+(?-i:[А-ЯЁ])|"
    r"погранпост|автопереход|автопункт|" + _JUNCTION + r"|" + _CUSTOMS_BEFORE_NAME + r"|"
    r"ótkizý|otkizu|ötkızu|\bbeket|shekara|şekara|"  # Kazakh in Latin letters (2021 and 2017 alphabets)
    r"\bstansa|\bstansiya|\bstantsiya|temir\s?jol|"  # and the station and rail words («Dostyq stansiyasy»)
    r"\b(?:пункт|пост)\w*[\s,]+[«\"“„]|" + _QUOTED_THEN_POINT + r"|"
    # a post's noun right before an unquoted name, in any case: «на посту Тажен», «постом Кайрак»
    r"\bпост(?:ы|ов|ах|ам|а|е|у|ом)?[ \t]+(?=(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))|"
    r"[»\"]\s*\(" + _BRACKETED_COUNTRY + r"\)|" + ENTRY_PORT_CUE + "|" + NEIGHBOURS + "|" + COUNTED_POINTS,
    re.IGNORECASE,
)


# Seven of _ARTICLE_CUE's own alternatives, copied as written: the words most texts about posts
# hold («пропускн», «пункт пропуска», «границ», «өткізу» … opened 390 of the 400 generated
# articles' first cues). Whether the text names posts by their words is asked by searching these
# first: any match of one is a match of the whole alternation, so the answer is the same, and the
# whole pattern (~100 case-insensitive alternatives tried at every position, ~1.6 µs a letter) is
# searched only when none is there. Behind a look ahead at their first letters (needles.opening_with).
# 0.075 → 0.002 ms a generated body (issue 15, stop 50).
_ARTICLE_CUE_FIRST = opening_with(
    r"пропускн|пункт\w*\s+пропуска|\bграниц|автомобильн\w*\s+(?:пункт|переход|пост)\w*|өткізу|шекара|таможен",
    re.IGNORECASE,
    "пгаөшт",
)


def _names_posts_by_words(text: str) -> bool:
    """bool(_ARTICLE_CUE.search(text)), its most frequent alternatives asked first (_ARTICLE_CUE_FIRST)."""
    return _ARTICLE_CUE_FIRST.search(text) is not None or _ARTICLE_CUE.search(text) is not None


# Its alternatives grouped by the letters they open with, each group behind a look ahead
# (needles.by_opening): the same matches; a sentence's cue scan 1.6 -> 0.8 ms a generated body
# searched whole (issue 15, stop 50).
_LOCAL_CUE = by_opening(
    r"пункт\w*\s+пропуска|пункт\w*\s*:|\b(?:пп|мапп|дапп|кпп|ппп|апп|ждпп|мцпс)\b|\bп/п|\bө/п|погранперех|пропускн\w+\s+пункт|"
    r"[»\"]\s*\(" + _BRACKETED_COUNTRY + r"\)|"
    r"\b(?:пункт|пост)\w*[\s,]+[«\"“„]|пограничн\w*\s+пост(?!ов\b)|\bстанса|"
    # «работают шесть пограничных пунктов, которые расположены в Чуйской области: «Ак-Жол», …»
    r"пограничн\w*\s+пункт|"
    # a post's noun right before an unquoted name: «открылись посты Сыпатай батыр, Айша-биби»,
    # «на пограничном переходе Маштаково — Сырым»
    r"\b(?:пункт|пост|переход)(?:ы|ов|ах|ам|а|е|у|ом)?\s+(?=(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))|" + _QUOTED_THEN_POINT + r"|"
    r"\bграниц|таможенн\w+\s+пост(?!ов\b)|\bстанци|checkpoint|border|crossing|өткізу|бекет|"
    # the Kazakh border word, but not «шекара аймағы / маңы / өңірі / белдеуі» (the border region,
    # Russian «приграничье», no cue there either): «шекара аймағында тұратын халық …, Петропавл
    # атауын Қызылжар деп өзгерту» names a city twice and no post (kz55); nor a border guard
    # («шекарашылар», as Russian «пограничники» is none) or a region's bordering another
    # («облыс Өзбекстанмен шекаралас», Russian «граничит»): «Петропавлда шекарашылар күні аталып
    # өтті» is the city (place82)
    r"шекара(?!ш|лас)(?!\w*\s+(?:маң|аймағ|аймақ|өңір|белдеу))|"
    # «на погранпосту «Алимбет»», «на автопереходе Аксай», «на переходе «Аят»», «на таможне «Орда»»
    r"погранпост|автопереход|автопункт|\b(?:переход|таможн)\w*[\s,]+[«\"“„]|"
    + _JUNCTION
    + r"|"
    + _CUSTOMS_BEFORE_NAME
    + r"|"
    # a crossing named as a direction, in quotes: «кордон обустроен на направлении "Фомин"»
    r"\bнаправлени\w*[\s,]+[«\"“„]|"
    r"ótkizý|otkizu|ötkızu|\bbeket|shekara|şekara|" + ENTRY_PORT_CUE + "|" + NEIGHBOURS + "|" + COUNTED_POINTS,
    re.IGNORECASE,
)


_HEAD = re.compile(
    r"(?:направлени[еяюи]\w*|пункт\w*|переход\w*|погранпереход\w*|таможн\w*|пост(?:а|у|ом|е|ы|ов)?|"
    r"коридор\w*|маршрут\w*|узл\w*|узел|станци\w*|мцпс|кпп|мапп|дапп|пп)",
    re.IGNORECASE,
)


_ADJ_WORD = re.compile(r"\w+(?:ое|ого|ий|ый|ая|ую|ой|ом|ому|ие|их|ые|ых)", re.IGNORECASE)


_BLOCK = frozenset(
    "улица улицы улице улицу ул проспект проспекта проспекте пр микрорайон мкр палата палаты палатой "
    "палату нпп партия партии банк тоо ао фонд фонда компания компании трц тц жк клуб фк газета "
    "программа программы программу программе программой озеро озера озере озеру река реки реке город города городе поселок поселка "
    "поселке посёлок посёлка посёлке поселком посёлком пгт райцентр райцентре райцентра станица станицы станице "
    "село села селе район района районе аул аула ауле көшесі даңғылы кафе ресторан ресторана ресторане гостиница гостиницы "
    # «к казахстанским городам — Петропавловску и Уральску»: a list of towns
    "городам городов городах городу городом "
    "гостинице отель отеля отеле магазин магазина магазине санаторий санатория санатории "
    # the Great Silk Road: «Ұлы Жібек жолының тарихи бағыты», «Великий Жибек жолы» is no post
    "ұлы великий великого великому великим великом "
    # a republic or a lake written before its name: «Республики Каракалпакстан», «озёр Алаколь и Сасыкколь»
    "республика республики республике республику республикой озёр озер lake "
    # a mountain pass: «обход перевала Кордай» (a road notice) is the pass, not the post
    "перевал перевала перевале перевалу перевалом "
    # a gorge or a river named like a post (facts64): «ущелье «Каркара»», «по реке Хоргос»
    "ущелье ущелья ущелью ущельем ущельях реку рекой речка речки речке "
    # a town's people: «сняли жители Горняка» (the Russian post's town)
    "жители жителей жителям жителями житель жителя".split()
)


# an initial's dot («Б. Конысбаев», «пункт «Б. Конысбаева»») ends no sentence. The mark is
# matched first and the capital before it looked behind for after it (the same matches as
# `(?<!(?<!\w)[A-Z…])[.!?…]…`): a pattern opening with a look-behind is tried at every position
# of the text, one opening with a character class skips in C to the next mark or line break.
_SENT_END = re.compile(r"[.!?…](?<!(?<!\w)[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][.!?…])\s+(?=[«\"„“A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\n\s*\n")


@dataclass
class CheckpointSpan:
    """A checkpoint named in the text: [start, end) offsets, the text as written, the gazetteer id."""

    start: int
    end: int
    surface: str
    ref: str
    name: str = ""  # the name to store it under: the row's, or the former name the text used
    kind: str | None = None  # the kind of crossing this mention's text gives (road, rail, passenger), if any


def _sentence(text: str, pos: int, ends: list[int], skip_to: int | None = None) -> tuple[int, int]:
    """Bounds of the sentence holding `pos`, from the sorted sentence-end offsets, by
    bisection. Ends in (pos, skip_to] do not count: an initial's dot inside a name
    («Б. Конысбаева») ends no sentence."""
    i = bisect_right(ends, pos)
    start = ends[i - 1] if i else 0
    j = bisect_right(ends, skip_to) if skip_to is not None and skip_to > pos else i
    end = ends[j] if j < len(ends) else len(text)
    return start, end


def _match_at(tokens: list[re.Match], i: int, text: str, name: Name) -> tuple[int, bool] | None:
    """Does `name` start at token i? Returns (index of its last token, adjective form)."""
    adjective = False
    for k, (stem, nouns, adjs) in enumerate(name.words):
        j = i + k
        if j >= len(tokens):
            return None
        if k and not _GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
            return None
        low = fold(tokens[j].group())
        if not low.startswith(stem):
            return None
        rest = low[len(stem) :]
        if rest in nouns:
            continue
        if rest in adjs:
            adjective = True
            continue
        return None
    return i + len(name.words) - 1, adjective


def _head_follows(tokens: list[re.Match], j: int) -> bool:
    """An adjective form counts only before a checkpoint/direction noun (allowing «Достыкское и Хоргосское направление»)."""
    for t in tokens[j + 1 : j + 4]:
        word = t.group()
        if _HEAD.fullmatch(word):
            return True
        if word.lower() != "и" and not _ADJ_WORD.fullmatch(word):
            return False
    return False


_IN_ADDRESS = re.compile(r"\.[A-Za-z]{2,6}\b|@|/(?=[A-Za-z0-9_])")  # «Orda.kz», «t.me/…», not «Жибек Жолы/Гишт-Куприк»
# a company's initials glued to the name: «ТОО KTZE-Khorgos Gateway» is a terminal operator
# (a post's own initials are not: «МЦПС-Хоргос», «КПП-Кордай»)
_CAPS_PREFIX = re.compile(r"(?<!\w)(?!(?:МЦПС|МАПП|ДАПП|ЖДПП|КПП|АПП|ПП)[-‐])[A-ZА-ЯЁ]{2,6}[-‐]$")
_ADDRESS_BEFORE = re.compile(r"(?:@|[A-Za-z0-9_.]/)$")


# a Kazakh place noun after the name makes it the district, region, village, street, river
# or lake of that name: «Қордай ауданында», «Хоргос қаласы», «Алакөл көлі»
_PLACE_AFTER = re.compile(
    r"\s+(?:аудан|облыс|қала|ауыл|көше|даңғыл|өзен|көл"
    r"|район|округ|айыл|шаар|облус)\w*"  # Russian «в Звериноголовском округе»; Kyrgyz «Кордай районундагы», «Чалдыбар айылынын»
    # the Russian loanwords Kazakh writes a village or a settlement with: «Ганюшкино селосынан»,
    # «Қорғас кентінде» (the district centre, the town, not the post named after it)
    r"|\s+(?:село|кент(?!ау))\w*"
    # a region's name with its region word: «Qoraqalpog`iston Respublikasi», «Каракалпакстан
    # Республикасы» is the republic, not the rail post «Каракалпакия»
    r"|\s+(?:республик|respublika)\w*"
    # English place nouns, and a lake of a list: «Alakol district», «Alakol and Balkhash lakes»
    r"|\s+(?:district|region|village|town|lake)s?\b"
    r"|\s+(?:and|и|және)\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:lakes|озёр|озер|көлдер)\w*"
    # a town's bypass or ring road, in Kazakh and Kyrgyz or Uzbek: «Мамлютка айналма жолы», «Алматы
    # айналма автожолы», «Шамалған станциясының айналма жолы» (the station's bypass), «… айланма йўли»
    r"|(?:\s+станция\w*)?\s+(?:айналма|айланма)\b",
    re.IGNORECASE,
)
# «г.Токмок», «с. Кен-Булун», «пос. Жаркент»: a name after a settlement's abbreviation is
# the town or village, not the post named after it
_SETTLEMENT_ABBR = re.compile(r"(?<![\w.])(?:г|гор|с|пос|п|дер)\.[ \t]*$", re.IGNORECASE)


# «населённый пункт Аксай» is a village, whatever the name
_SETTLEMENT = re.compile(r"\bнасел[её]нн\w*\s+пункт\w*$", re.IGNORECASE)


_VILLAGE = frozenset("поселок поселке поселка посёлок посёлке посёлка село селе села аул ауле аула".split())
# a post's noun and «в» before the village's noun: the post is the one at that village
_POST_IN_VILLAGE = re.compile(r"(?:пункт\w*\s+пропуска|\b(?:апп|мапп|кпп|пп)|\bпост\w*)[ \t]+в[ \t]+$", re.IGNORECASE)


# Compiled once here: the pattern was looked up in re's cache at every call (issue 15).
_SENTENCE_STOP = re.compile(r"[.!?]")


def _blocked(tokens: list[re.Match], i: int, text: str, last: int | None = None) -> bool:
    """Right after «улица», «палата», «озеро»… the name is a street, an organization, a lake;
    inside a web or mail address («Orda.kz», «t.me/…») it is a site's name; before a place noun
    or a party's noun it is that place or party (something_else_after)."""
    end = tokens[last if last is not None else i].end()
    start = tokens[i].start()
    if _IN_ADDRESS.match(text, end) or _ADDRESS_BEFORE.search(text, max(0, start - 2), start):
        return True
    if _CAPS_PREFIX.search(text, max(0, start - 12), start):
        return True
    if _PLACE_AFTER.match(text, end) or something_else_after(text, start, end) or thing_named(text, start, end):
        return True
    if _SETTLEMENT_ABBR.search(text, max(0, start - 8), start):
        return True
    if i == 0:
        return False
    prev = tokens[i - 1]
    if _SENTENCE_STOP.search(text[prev.end() : tokens[i].start()]):
        return False
    word = prev.group().lower()
    if word in _VILLAGE and _POST_IN_VILLAGE.search(text, max(0, prev.start() - 30), prev.start()):
        return False  # «напротив пункта пропуска в поселке Мариинский»: the post named after its village
    return word in _BLOCK or _SETTLEMENT.search(text, max(0, prev.start() - 16), prev.end()) is not None


# a settlement's noun before or after the name: «Село Достык», «в селе Достык», «Ганюшкино селосынан»,
# «Бақты ауылы», «Kordai village»
_SETTLEMENT_WORDS = frozenset(
    "село села селе селу селом сёла поселок поселка поселке поселку поселком посёлок посёлка посёлке посёлку "
    "посёлком аул аула ауле аулу аулом деревня деревни деревне village".split()
)
_SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:ауыл|село|кент(?!ау)|айыл|village|поселок|посёлок)", re.IGNORECASE)
# the name defined as a village after a dash, two words between at most (cp106): «Достык — село в
# Алакольском районе на границе с Китаем», «Бақты — шекара маңындағы ауыл» (not «— станция»: a rail
# post's station is the post; nor «— город»: a town that is also a crossing is read by its words).
# Only that mention is the village: «Бахты — село у границы. Через Бахты прошли 200 фур» names the post.
_SETTLEMENT_DEFINED = re.compile(
    r"[ \t]+[–—-][ \t]+(?:\w+[ \t]+){0,2}(?:село\b|посел(?:ок|ение)\b|посёлок\b|аул\b|ауыл\b|деревня\b|village\b)"
)  # lower case: «Жайсан — Аул» is two posts (Аул is a rail post's name)


def _village_named(tokens: list[re.Match], i: int, last: int, text: str) -> bool:
    """Is the name at tokens[i..last] written as a settlement, with its noun right before or after
    it («в селе Достык», «Бақты ауылында») and no post's noun before that («пункт пропуска в селе …»)?"""
    if _SETTLEMENT_AFTER.match(text, tokens[last].end()):
        return True
    if i == 0 or _SENTENCE_STOP.search(text[tokens[i - 1].end() : tokens[i].start()]):
        return False
    prev = tokens[i - 1]
    if prev.group().lower() not in _SETTLEMENT_WORDS:
        return False
    return not _POST_IN_VILLAGE.search(text, max(0, prev.start() - 30), prev.start())


def _candidates(text: str, tokens: list[re.Match], villages: set[int] | None = None) -> list[Cand]:
    """The names of the table found in the text and not blocked; the names written as a
    settlement somewhere («в селе Достык») are added to `villages` (by id)."""
    table = names_by_prefix()
    out: list[Cand] = []
    after = 0  # the first token after the last name taken
    for i in _capitalized(tokens, text):
        if i < after:
            continue
        tok = tokens[i]
        word = tok.group()
        entries = table.get(fold(word)[:KEY])
        found = None
        for name in entries or ():
            hit = _match_at(tokens, i, text, name)
            if hit is None:
                continue
            last, adjective = hit
            if adjective and not _head_follows(tokens, last):
                continue
            found = (last, name)
            break
        if (
            found is not None
            and villages is not None
            and (
                _village_named(tokens, i, found[0], text)
                or town_of_its_people(text, tok.start(), tokens[found[0]].end())
            )
        ):
            villages.add(id(found[1]))
        if (
            found is None
            or _blocked(tokens, i, text, found[0])
            or station_of_road_post(text, tok.start(), tokens[found[0]].end(), found[1])
            or end_of_a_road(text, tok.start(), tokens[found[0]].end())
            or in_the_town(tokens, i, found, text)
            or town_of_a_quoted_name(tokens, i, found, text)
            or _SETTLEMENT_DEFINED.match(text, tokens[found[0]].end()) is not None
            or place_by_its_words(text, tok.start(), tokens[found[0]].end())
            or kazakh_common_noun(text, tok.start(), tokens[found[0]].end())
            or found[0] == i
            and first_name_of_person(tokens, i, text, table)
        ):
            continue
        last, name = found
        ambiguous = name.former or any(cp.ambiguous for cp in home_first(name.refs))
        end, kind = tokens[last].end(), None
        glued = GLUED_KIND.match(text, end)
        if glued:
            end, kind = glued.end(), "road" if glued.group(1) else "rail"
            while last + 1 < len(tokens) and tokens[last + 1].start() < end:
                last += 1
        zone = zone_named_after_post(tokens, i, last, text)
        out.append(Cand(tok.start(), end, name, ambiguous, kind, zone))
        after = last + 1
    return out


def _capitalized(tokens: list[re.Match], text: str) -> Iterator[int]:
    """The indexes of the tokens whose first letter is a capital, in order: only such a word
    opens a name of the table. Chosen by C-level iterators (a token's first letter is the text's
    letter at its start) where the word loop asked each token in Python, ~85 % of them lower-case
    (issue 15, stop 49: the loop's own time on the generated articles)."""
    return compress(range(len(tokens)), map(str.isupper, map(text.__getitem__, map(_START, tokens))))


_START = re.Match.start


def _may_open_before(tokens: list[re.Match], text: str, limit: int) -> bool:
    """Does a capitalized token starting before `limit` open an entry of the name table? Every
    candidate starts at such a token (_candidates looks a name up only there), so without one no
    candidate starts before `limit`. A title read with the body's cue after it (wanted_before)
    most often has none (239 of the 400 generated articles' titles): the cue's candidates, each
    checked against its words, are then not looked for (issue 15, stop 49)."""
    table = names_by_prefix()
    for i in _capitalized(tokens, text):
        tok = tokens[i]
        if tok.start() >= limit:
            return False
        if table.get(fold(tok.group())[:KEY]):
            return True
    return False


_JOINERS = f"{AND_WORDS}|{OR_WORDS}"  # «и» and «или» in the neighbours' and our languages
_LIST_GAP = re.compile(
    r"[\s,;«»\"“”„']*(?:и|а также|және|" + _JOINERS + r"|,)?[\s,;«»\"“”„']*"
    # a pair or a bulleted list: «Шаган» (РК) / «Тёплое» (РФ), or «– «Аят» авто (РК) – «Николаевка» (РФ)»
    r"|(?:[\s,;«»\"“”„'/–—•·*-]|\bи\b|\bжәне\b|\b(?:" + _JOINERS + r")\b|\bавто\b|\(" + _BRACKETED_COUNTRY + r"\))+"
    # two quoted names with a remark in brackets between: «Теплое» (для граждан двух стран), а также «Светлый»
    r"|[»\"”]\s*\([^()\n]{1,70}\)[\s,;]*(?:и|а также|және)?\s*[«\"“„]"
    # the Kazakh «and» after a word, only between two quoted names (facts72): «"Жаныбек" мен "Орда"
    # бекеттерінде» — «мен» is «I» too, and a country pair «Қазақстан мен Қытай» is no list of posts
    r"|[»\"”][ \t]+(?:мен|пен|бен)[ \t]+[«\"“„]"
    # each quoted name with its district: «Исилькуль» в одноименном районе и «Ольховка» в Черлакском
    r"|[»\"”][ \t]+в[ \t]+(?:[\w-]+[ \t]+){0,2}(?:район|област|округ)\w*[ \t]*(?:,|и|а также)?[ \t]*[«\"“„]"
    # a queue bulletin, each post with its count: «Atameken - 15, Kaplanbek - 25 and Kazygurt - 13»,
    # «Конысбаева» – 20, «Капланбек» – 25
    r"|[»\"”]?[ \t]*[-–—:][ \t]*\d[\d \t]*[,;][ \t]*(?:и|and|және)?[ \t]*[«\"“„]?"
    r"|[»\"”]?[ \t]*[-–—:][ \t]*\d[\d \t]*[ \t](?:и|and|және)[ \t]+[«\"“„]?"
    # posts of two kinds, the second's kind word standing for its noun: «железнодорожный пункт
    # пропуска «Сарыагаш» и пешеходный «Жибек жолы»», «автомобильный «Y»» after a comma
    r"|[»\"”]?[ \t]*(?:,[ \t]*)?(?:и|а также)?[ \t]+(?:автомобильн|автодорожн|железнодорожн|пешеходн|пассажирск)\w*[ \t]+[«\"“„]"
)


def _listed(a: Cand, b: Cand, text: str) -> bool:
    """Do two candidates, `a` before `b`, stand side by side in one enumeration
    («Капланбек, Атамекен, Кольжат и Алаколь»): only commas, quotes and «и» between them?"""
    return bool(_LIST_GAP.fullmatch(text, a.end, b.start))


def _confirm_listed(cands: list[Cand], accepted: list[Cand], pending: list[Cand], text: str) -> None:
    """Move to `accepted` every pending candidate that one enumeration links, through a
    chain of names, to an accepted one. Two names can share a list only if no candidate
    stands between them, so the chains are runs of neighbours (in text order) and each
    run is read once: linear, where comparing every pending name with every accepted
    one, until nothing changed, was quadratic."""
    ok = {id(c) for c in accepted}
    run: list[Cand] = []
    for k, c in enumerate(cands):
        run.append(c)
        if k + 1 < len(cands) and _listed(c, cands[k + 1], text):
            continue
        if len(run) > 1 and any(id(x) in ok for x in run):
            ok.update(id(x) for x in run)
        run = []
    accepted += [c for c in pending if id(c) in ok]
    pending[:] = [c for c in pending if id(c) not in ok]


_ENUMERATION = 3  # distinct names of posts in one enumeration that make it a list of posts


def _enumeration_of_posts(cands: list[Cand], text: str) -> bool:
    """Do `_ENUMERATION` or more distinct names of posts stand in one enumeration («работают
    Кордай, Карасу, Сыпатай Батыр и Айша Биби»)? Such a list is the text's cue: three names of
    posts side by side are seldom three towns. Its ambiguous names still need the list to hold
    an accepted one (_confirm_listed)."""
    run: set[int] = set()
    for k, c in enumerate(cands):
        run.add(id(c.name))
        if len(run) >= _ENUMERATION:
            return True
        if not (k + 1 < len(cands) and _listed(c, cands[k + 1], text)):
            run = set()
    return False


_NEAR = 300  # how far apart, within one paragraph, the two posts of a pair confirm each other


def _facing(a: Name, b: Name) -> bool:
    """Do the two names stand for the two sides of one crossing (a foreign row facing ours)?"""
    ours = set(a.refs) | set(b.refs)
    return any(f in ours for r in (*a.refs, *b.refs) for f in gazetteer.get(r).faces)


def _confirm_facing(accepted: list[Cand], pending: list[Cand], text: str) -> None:
    """A pending name whose partner across the border is an accepted mention in the same
    paragraph is that checkpoint: «Сырым» … «С российской стороны пункт «Маштаково»», but
    not a town written as one («… завод в Навои»)."""
    confirmed = []
    for c in pending:
        if town_after_preposition(text, c.start):
            continue
        for a in accepted:
            lo, hi = (a.end, c.start) if a.end <= c.start else (c.end, a.start)
            if hi - lo <= _NEAR and "\n\n" not in text[lo:hi] and _facing(a.name, c.name):
                confirmed.append(c)
                break
    accepted += confirmed
    pending[:] = [c for c in pending if c not in confirmed]


_KIND_IN_NAME = re.compile(r"[-‐–—]\s*(?:автодорожн|автомобильн|железнодорожн|автокөлік|теміржол)", re.IGNORECASE)


def _kind_glued(c: Cand, text: str) -> bool:
    """Is a kind word glued to the name, matched with it or as a name variant
    («Каинды-железнодорожный»)? Only a crossing is written so."""
    return bool(c.kind or _KIND_IN_NAME.search(text, c.start, c.end))


class _SentenceCues:
    """A sentence's cue spans (_LOCAL_CUE), found only as far as they are asked and kept for the
    next name of the sentence: _own_cue most often stops at the first (issue 15, ingest99). The
    spans come in finditer's order, as the list they replace held them."""

    __slots__ = ("_matches", "_seen")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches: Iterator[re.Match] | None = _LOCAL_CUE.finditer(text, start, end)
        self._seen: list[tuple[int, int]] = []

    def __iter__(self) -> Iterator[tuple[int, int]]:
        i = 0
        while True:
            if i < len(self._seen):
                yield self._seen[i]
                i += 1
                continue
            m = next(self._matches, None) if self._matches is not None else None
            if m is None:
                self._matches = None
                return
            self._seen.append(m.span())


def _own_cue(c: Cand, cues: Iterable[tuple[int, int]], cands: list[Cand], text: str) -> bool:
    """Is one of the sentence's cues there for `c`? A cue word right after another name
    («Болашақ станциясының бастығы») or right before it («на пункте «Тажен»») is that
    name's: it does not confirm a second, ambiguous word of the sentence («Атамекенге», to
    the homeland; «дорога из Бейнеу», a town). Names listed with the cued one are still
    confirmed by the list, and a cue right before `c` is its own even when another name
    stands just before the cue. A cue that opens a sentence is not the last sentence's name's
    («… пункт пропуска «Зангиота». Пункты пропуска «Малик» и …»)."""
    others = [o for o in cands if o.name is not c.name]
    for start, end in cues:
        if _next_to(end, c.start, text):
            return True  # right before it: «Через станцию Сарыагаш и пункт пропуска «Жибек жолы»»
        if not any(_next_to(o.end, start, text) or _next_to(end, o.start, text) for o in others):
            return True
    return False


def _next_to(left: int, right: int, text: str) -> bool:
    """Do `left` and `right` stand within 3 letters of each other, with no sentence's end between?"""
    return 0 <= right - left <= 3 and not any(ch in ".!?" for ch in text[left:right])


def find_checkpoints(
    text: str,
    queue_cues: bool = True,
    traffic_cues: bool = True,
    work_cues: bool = True,
    quoted_cues: bool = True,
    bare_quoted_cues: bool = True,
    passage_cues: bool = True,
    wanted_before: int | None = None,
) -> list[CheckpointSpan]:
    """Every checkpoint mention in `text`, in order, resolved to gazetteer ids. With
    `queue_cues` (off when the `queue_posts` pass is switched off), a queue story's words are a
    cue for the text and a queue at the name for its sentence (checkpoint_queues.py); with
    `traffic_cues` (off with the `traffic_posts` pass), so are a traffic story's words and a name
    crossed through («через Кайрак прошли 200 фур», checkpoint_traffic.py); with `work_cues` (off
    with the `work_posts` pass), a name the sentence shows at a post's work is its own cue
    («Бахты оформил 3200 человек», «Тажен закрыли на ремонт», checkpoint_work.py); with `quoted_cues`
    (off with the `quoted_posts` pass), a quoted name after «на», «в», «через» with a post's fact
    beside it («Работы на «Сырыме» завершат …», checkpoint_quoted.py); with `bare_quoted_cues` (off
    with the `bare_quoted_posts` pass), in a text about crossings a name bare in quotes in a sentence
    of a post's life («Карасу» и «Сыпатай батыр» работают в усиленном режиме», checkpoint_bare_quoted.py);
    with `passage_cues` (off with the `passage_quoted_posts` pass), a name bare in quotes in a sentence
    of passage or of its state, with no cue in the text («Через «Тажен» выезд разрешён …»,
    checkpoint_quoted_passage.py).
    With `wanted_before` (an offset where a line ends), the caller keeps only the spans that
    start before it (a title read with the body's cue after it): when no name of the table
    starts there, [] is returned at once, which is what the caller would have kept, since each
    span starts at an accepted name or (an unlisted neighbour's post) on such a name's line."""
    if not text:
        return []
    tokens = list(TOKEN.finditer(text))
    if wanted_before is not None and not _may_open_before(tokens, text, wanted_before):
        return []  # no name can start before it: what the check after the candidates returns
    villages: set[int] = set()
    cands = _candidates(text, tokens, villages)
    _keep_candidates(text, cands)
    if wanted_before is not None and not any(c.start < wanted_before for c in cands):
        return []
    routes = route_spans(text) if cands else []
    if routes:  # the towns a road is written by («"… – Қордай – Алматы – Қорғас – …" автожолы»)
        cands = [c for c in cands if not stop_on_a_route(c.start, c.end, routes, text)]
    if not cands:
        return []
    at_work = _at_work_reader(text, work_cues)
    at_passage = _passage_reader(text, passage_cues)
    # a text that names posts by their words: there a sentence opening with a bare ambiguous name
    # and a post's state («Жаныбек закрыт до …») is the post (checkpoint_work.py)
    named_by_words = _names_posts_by_words(text)
    if (
        not named_by_words
        and not (queue_cues and queue_story(text))
        and not (traffic_cues and traffic_story(text))
        and not (traffic_cues and any(cargo_through(text, c.start, c.end) for c in cands))
        and not (traffic_cues and any(_corridor(c, text) for c in cands))
        and not (traffic_cues and any(_rail_line_end(c, text) for c in cands))
        and not _enumeration_of_posts(cands, text)
        and not any(at_work(c) for c in cands)
        and not (quoted_cues and any(quoted_at_fact(text, c.start, c.end) for c in cands))
        and not (passage_cues and any(at_passage(c) for c in cands))
    ):
        return []
    ends = [m.end() for m in _SENT_END.finditer(text)]
    about_posts = work_cues and named_by_words
    # a bare quoted name asks the text to name posts or the border by their words, or to tell of a queue
    # or traffic (cp74): asked once, and only when a name is so written
    about_crossings = cache(lambda: _about_crossings(text, named_by_words, queue_cues, traffic_cues))
    accepted: list[Cand] = []
    pending: list[Cand] = []
    cue_in: dict[tuple[int, int], _SentenceCues] = {}  # a sentence is searched for cues once, as far as asked
    for c in cands:
        s, e = _sentence(text, c.start, ends, skip_to=c.end)
        if c.ambiguous and (s, e) not in cue_in:
            cue_in[(s, e)] = _SentenceCues(text, s, e)
        # the text's posts, or a border word in the sentence, say post unless the words around the
        # name say town (checkpoint_towns.py); a post's words of its own outrank the town's
        said = not c.ambiguous or _own_cue(c, cue_in[(s, e)], cands, text)
        town = _town_meant(c, cands, text, (s, e))
        # a kind word glued to the name («Чон-Капка - Автодорожный») is its own cue
        if (
            said
            and not town
            or _kind_glued(c, text)
            or queue_cues
            and queue_at(text, c.start, c.end)
            or traffic_cues
            and (
                traffic_through(text, c.start, c.end)
                or cargo_through(text, c.start, c.end)
                or not town
                and (_corridor(c, text) or _rail_line_end(c, text))
            )
            or at_work(c)
            or quoted_cues
            and quoted_at_fact(text, c.start, c.end)
            or about_posts
            and not c.name.former
            and opens_sentence_at_work(text, c.start, c.end)
            or bare_quoted_cues
            and bare_quoted_post(text, c.start, c.end)
            and about_crossings()
            or at_passage(c)
        ):
            accepted.append(c)
        elif not town:  # the town is not made a post by the text's other mentions of the name
            pending.append(c)
    # one sense per text: a name confirmed as a checkpoint in one sentence is that checkpoint
    # in the others too («на пункте пропуска «Жибек жолы» …» then «через «Жибек жолы» прошли …»)
    confirmed_names = {id(c.name) for c in accepted}
    accepted += [c for c in pending if id(c.name) in confirmed_names]
    pending = [c for c in pending if id(c.name) not in confirmed_names]
    if pending:  # list membership can confirm a chain of names
        _confirm_listed(cands, accepted, pending, text)
    if pending:
        _confirm_facing(accepted, pending, text)
    if pending:
        confirm_bullets(accepted, pending, text)
    accepted = [
        c for c in accepted if not off_its_border(c.name.refs, text, c.start, c.end, _sentence(text, c.start, ends))
    ]
    if villages:
        accepted = _not_the_village(accepted, villages, cands, text, ends)
    posts = {id(c.name) for c in accepted if not c.zone}
    accepted = [c for c in accepted if not c.zone or id(c.name) in posts]
    return _resolved(sorted(accepted, key=lambda c: c.start), text, ends)


def _corridor(c: Cand, text: str) -> bool:
    """Is the candidate one of our posts a corridor goes through (checkpoint_traffic.corridor_through)?
    An ambiguous name or a former one is not asked (a town, person or word shares it), nor a
    neighbour's post: many bear the name of their region or city («Каракалпакстан» is the Uzbek
    rail post's variant and the republic «через … Каракалпакстан» goes through)."""
    if c.ambiguous or c.name.former or not c.name.refs:
        return False
    row = gazetteer.get(c.name.refs[0])
    return row is not None and not row.foreign and corridor_through(text, c.start, c.end)


def _rail_line_end(c: Cand, text: str) -> bool:
    """Is the candidate a rail post of ours named as one end of a rail line (checkpoint_rail_lines.py)?
    A former name is not asked, nor an ambiguous one (a junction town: «участок Бейнеу — Шетпе» runs
    inland), nor a name with no rail row (a road post's name so joined is a stop of a road), nor a
    neighbour's post (its lines run inside its country)."""
    if c.ambiguous or c.name.former or not c.name.refs:
        return False
    rows = [cp for cp in map(gazetteer.get, c.name.refs) if cp]
    if not rows or any(cp.foreign for cp in rows) or not any(cp.kind == "rail" for cp in rows):
        return False
    return line_end(text, c.start, c.end)


def _about_crossings(text: str, named_by_words: bool, queue_cues: bool, traffic_cues: bool) -> bool:
    """Is the text about crossings: does it name posts, the border or customs by their words, or
    tell of a queue of freight or of traffic crossing?"""
    return named_by_words or queue_cues and queue_story(text) or traffic_cues and traffic_story(text)


def _town_meant(c: Cand, cands: list[Cand], text: str, sent: tuple[int, int]) -> bool:
    """Do the words around the name say the town it shares with a post (checkpoint_towns.py), and
    no post's noun of the sentence is its own («Аким Сарыагаша пообещал построить у границы
    стоянку» is the town; «аким района побывал на пункте пропуска «Сарыагаш»» the post)?"""
    if not town_by_its_words(text, c.start, c.end, sent):
        return False
    cues = [m.span() for m in _LOCAL_CUE.finditer(text, *sent) if not _BORDER_WORD.match(m.group())]
    return not (cues and _own_cue(c, cues, cands, text))


def _at_work_reader(text: str, work_cues: bool):
    """`post_at_work` for the text's candidates, asked once per mention, and only when the text
    holds a word of a post at work at all (one search; a text without one pays nothing more)."""
    if not (work_cues and at_work_words(text)):
        return lambda c: False
    seen: dict[tuple[int, int], bool] = {}

    def at_work(c: Cand) -> bool:
        key = (c.start, c.end)
        if key not in seen:
            seen[key] = post_at_work(text, c.start, c.end, c.ambiguous)
        return seen[key]

    return at_work


def _passage_reader(text: str, passage_cues: bool):
    """`quoted_at_passage` for the text's candidates, asked once per mention (the text's gate and
    the name's acceptance both ask it); a name not right after a quote costs one comparison."""
    if not passage_cues:
        return lambda c: False
    seen: dict[tuple[int, int], bool] = {}

    def at_passage(c: Cand) -> bool:
        key = (c.start, c.end)
        if key not in seen:
            seen[key] = quoted_at_passage(text, c.start, c.end, c.ambiguous)
        return seen[key]

    return at_passage


_BORDER_WORD = re.compile(r"границ|border|шекара|shekara|şekara|чегара|chegara|чек\s+ара", re.IGNORECASE)


def _not_the_village(
    accepted: list[Cand], villages: set[int], cands: list[Cand], text: str, ends: list[int]
) -> list[Cand]:
    """One sense per text for a village too: a name the text writes as a settlement («Село
    Достык расположено на самой границе…», the village in Келесский район, not the rail post)
    is that settlement in its bare mentions («Достык очень сильно зависит от Узбекистана»),
    unless one of its mentions has a post's cue of its own («пункт пропуска «Достык»»), a kind
    word, or stands in a list with another accepted name."""
    drop = set()
    for nid in villages:
        mine = [c for c in accepted if id(c.name) == nid]
        if mine and not any(_cued(c, accepted, cands, text, ends) for c in mine):
            drop.add(nid)
    return [c for c in accepted if id(c.name) not in drop]


def _cued(c: Cand, accepted: list[Cand], cands: list[Cand], text: str, ends: list[int]) -> bool:
    """Does the mention have a post's cue of its own in its sentence, a glued kind word, or a
    listed neighbour among the accepted names?"""
    if _kind_glued(c, text):
        return True
    s, e = _sentence(text, c.start, ends, skip_to=c.end)
    # a border word is no post's cue here: a border village lies on the border («Достык живёт
    # водой из-за границы»)
    cues = [m.span() for m in _LOCAL_CUE.finditer(text, s, e) if not _BORDER_WORD.match(m.group())]
    if cues and _own_cue(c, cues, cands, text):
        return True
    others = [o for o in accepted if o.name is not c.name]
    return any(_listed(o, c, text) if o.end <= c.start else _listed(c, o, text) for o in others)


# Read a name both sides share («Хоргос») as the neighbour's post when the text says so.
# On since the store keys a checkpoint entity by its row (gazetteer.identity_suffix): keyed
# by name, one Chinese «Хоргос» stored first gave every later «Хоргос» its border. Measured
# on 2026-12-03 (bench/evaluate.py --splits dev): border 158/162 off, 161/162 on.
READ_SHARED_NAMES_BY_SIDE = True


# Read a name of two kinds of post (the rail «Достык» and the road post once called so) by
# what crosses there when no kind word names it (checkpoint_context_kinds.py). Off, such a
# mention is the name's first row.
READ_KIND_BY_CONTEXT = True


# Read a mention's kind from the words after its name as well: a kind word set beside it, what
# the post is for, freight through a passenger post (checkpoint_kind_phrases.py). Off, only the
# words before the name, glued to it, or over its list say its kind. Not a span pass: it changes
# no mention's type or name, only its kind, which the pass tables do not see. Measured on
# 2026-12-06 (cp72's fresh set, worked 30 texts): the kinds its texts say 25/33 off, 33/33 on; dev unchanged.
READ_KIND_PHRASES = True


def _by_context(text: str, c: Cand, sent: tuple[int, int]) -> str | None:
    return context_kind(text, c, sent) if READ_KIND_BY_CONTEXT else None


def _freight_through(text: str, c: Cand, sent: tuple[int, int]) -> str | None:
    """Road for a post whose rows are all passenger posts when its sentence, which names no
    other post, says freight goes through (checkpoint_kind_phrases.freight_kind)."""
    rows = [cp for cp in map(gazetteer.get, c.name.refs) if cp]
    if not rows or any(cp.kind != "passenger" for cp in rows):
        return None
    before = _sentence_before(text, sent[0])
    return freight_kind(text, sent, before)


def _sentence_before(text: str, start: int) -> tuple[int, int] | None:
    """The sentence that ends where the one starting at `start` begins, in its paragraph (a
    title or a list line above says nothing a pronoun takes up); None at a paragraph's start."""
    head = text[:start].rstrip()
    if not head or text.rfind("\n", 0, start) >= len(head):
        return None
    lo = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("\n"))
    return (lo + 1 if lo >= 0 else 0), start


def _clause_over_kind_word(text: str, c: Cand, sent: tuple[int, int], kind: str | None, stop: int | None) -> str | None:
    """The kind of a name of several kinds of post, when the kind word read for it stands in an
    earlier clause of its sentence and its own clause says what crosses there (facts89):
    «Автомобильные пункты закрыты, а «Достык» принял 300 вагонов» is the rail «Достык»; or
    when its own clause holds a kind word or phrase of its own, that one (facts90)."""
    if kind is None or not READ_KIND_BY_CONTEXT:
        return kind
    clause = clause_of(text, c.start, c.end, sent)
    if clause[0] <= sent[0]:
        return kind
    # a kind word of the name's own clause is its own (facts90: «Автомобильное движение
    # приостановлено; «Достык» принимает только поезда» read the first clause's road word)
    # read within the clause: not the kind word of the next sentence («… «Бахты». Станция Достык …»),
    # which the words read right after a name (checkpoint_kinds._kind_after) would reach
    end = max(c.end, len(text[: clause[1]].rstrip(" \t\n.!?;")))
    own = kind_at(text[:end], c, clause[0], stop=end if stop is None else min(stop, end))
    return own or clause_kind(text, c, clause) or kind


def _row_kind(c: Cand, own: str | None, kind: str | None) -> str | None:
    """The kind a name's row is chosen by: the kind its own words give it (`own`, which a kind
    word before an earlier post of the sentence does not reach) when one of its rows is of
    that kind, else the sentence's (facts89: «На автомобильном пункте «Нур жолы» очередь, а через
    «Достык» прошло 300 вагонов» stored the road row with the rail kind)."""
    if own is not None and any(cp and cp.kind == own for cp in map(gazetteer.get, c.name.refs)):
        return own
    return kind


def _resolved(cands: list[Cand], text: str, ends: list[int]) -> list[CheckpointSpan]:
    """Each accepted mention resolved to one row: by the side and kind the text gives it,
    then by the post it is paired with («Алтынколь – Хоргос»: the Хоргос that faces
    Алтынколь), and one side per name in a text once a cue has settled it. Each span keeps
    the kind its own text gives it (None when the text names none), which the store keeps
    per mention: «автомобильный пункт «X»» is a road crossing even where X's one row says
    otherwise. With READ_KIND_PHRASES, words after the name speak for it too: a kind word set beside it, what it is for, and freight through a
    passenger post (checkpoint_kind_phrases.py)."""
    sides: list[str | None] = []
    refs: list[str] = []
    kinds: list[str | None] = []
    prev: Cand | None = None
    for i, c in enumerate(cands):
        s, e = _sentence(text, c.start, ends)
        # words after the name speak for it up to the next post of its sentence
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        stop = min(nxt, e) if READ_KIND_PHRASES else None
        # no kind word: what crosses there, for a name of two kinds of post (checkpoint_context_kinds)
        kind = kind_at(text, c, s, stop=stop) or _by_context(text, c, (s, e))
        # a rail line's end is its rail post («участок Бахты — Аягоз»: not the road Бахты)
        kind = kind or ("rail" if _rail_line_end(c, text) else None)
        kind = _clause_over_kind_word(text, c, (s, e), kind, stop)
        # a kind word before an earlier name is this one's too only when the two are listed together
        floor = prev.end if prev is not None and not _listed(prev, c, text) else 0
        own = kind if floor <= s else own_kind_at(text, c, s, floor, stop) or _by_context(text, c, (s, e))
        if own is None and READ_KIND_PHRASES and (prev is None or prev.end <= s) and nxt >= e:
            own = _freight_through(text, c, (s, e))
        kinds.append(own)
        prev = c
        if not (READ_SHARED_NAMES_BY_SIDE and named_on_both_sides(c.name.refs)):
            sides.append(None)
            refs.append(choose(c.name.refs, _row_kind(c, own, kind) if len(c.name.refs) > 1 else c.kind))
            continue
        side = side_of(text, c.start, c.end, s, c.name.refs)
        sides.append(side)
        refs.append(choose(c.name.refs, kind, side))
    if READ_SHARED_NAMES_BY_SIDE:
        by_pairs(cands, refs, sides, text)
        one_side_per_name(cands, refs, sides)
    bracketed_alias(cands, refs, text)
    pair_kinds(cands, refs, kinds, text)
    spans = [
        CheckpointSpan(c.start, c.end, text[c.start : c.end], r, stored_name(r, text[c.start : c.end]), k)
        for c, r, k in zip(cands, refs, kinds, strict=False)
    ]
    one_name_per_row(spans)
    unlisted = find_unlisted(text, spans, lambda pos: _sentence(text, pos, ends))
    if not unlisted:
        return spans
    spans += [CheckpointSpan(s, e, text[s:e], ref, name) for s, e, name, ref in unlisted]
    return sorted(spans, key=lambda sp: sp.start)


# The candidates of the last few texts find_checkpoints read, by text: post_names asks again for
# the same body when the passes run (a second walk over its words cost ~1% of ingest's CPU).
_CANDIDATES_OF: dict[str, list[Cand]] = {}
_CANDIDATES_KEPT = 4


def _keep_candidates(text: str, cands: list[Cand]) -> None:
    """Keep the text's candidates, dropping the oldest kept when full. The whole table was cleared
    when full: then a body read just before could be dropped by the next reads (the title read with
    the body's cue, the passes' own reads) before the passes asked for it, at an article that
    depended on how many texts earlier articles had stored (stop 49: once the title stopped
    storing its reads, 69 of the 400 generated bodies were read again)."""
    _CANDIDATES_OF.pop(text, None)
    if len(_CANDIDATES_OF) >= _CANDIDATES_KEPT:
        del _CANDIDATES_OF[next(iter(_CANDIDATES_OF))]
    _CANDIDATES_OF[text] = cands


def post_names(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every post's name the matcher reads in `text`, cue aside: (start, end, the ids of the
    rows of that name), for the passes that read such a name as something other than a post."""
    cands = _CANDIDATES_OF.get(text)
    if cands is None:
        cands = _candidates(text, list(TOKEN.finditer(text)))
    return [(c.start, c.end, c.name.refs) for c in cands]


def names_a_post(text: str) -> bool:
    """Does `text` (a title) hold a post's name the matcher could accept, cue aside?"""
    return bool(_candidates(text, list(TOKEN.finditer(text))))


def unread_in(body: str, title_spans: list) -> list:
    """The title's posts whose name the body never writes. A title read with a lead that names
    no post keeps only these: a name the body writes and does not read as a post is read as the
    body reads it («Қордайдағы қақтығыс» over «Қордай ауданындағы оқиғалар», the district)."""
    if not title_spans:
        return title_spans
    folded = fold_text(body)
    return [t for t in title_spans if fold(t.surface.split()[0])[:4] not in folded]


def align_title(title_spans: list, body_spans: list) -> list:
    """The title's posts read as the body reads them. A headline is too short to say which
    of the rows sharing a name it means («Пункт пропуска «Достык» закроют»: the rail post by
    default), and its body says it («автомобильный пункт пропуска «Достык»», the road post
    once called so; «КПП Хоргос Синьцзян-Уйгурского района», the Chinese post): a title mention
    whose row the body never names takes the row of the body's first mention stored under the
    same name. Spans of other shapes (an injected finder's) pass unchanged."""
    body_refs = {b.ref for b in body_spans}
    out = []
    for t in title_spans:
        name = getattr(t, "name", "")
        same = next((b for b in body_spans if name and getattr(b, "name", "") == name), None)
        if t.ref not in body_refs and same is not None and is_dataclass(t):
            t = replace(t, ref=same.ref, kind=t.kind or getattr(same, "kind", None))
        out.append(t)
    return out
