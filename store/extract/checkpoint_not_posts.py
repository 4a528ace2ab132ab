"""Names of posts standing for something else: a railway station that only a road post is
named like («станция Кызылжар»), the village a road post is named after («в Кордае»), the far
end of a road, a village of a list, a party, a zone or terminal named after the post."""

from __future__ import annotations

import re
from collections.abc import Container

from store.extract.checkpoint_names import KEY, Name, fold
from store.extract.checkpoint_queues import queue_in_its_clause
from store.extract.needles import may_hold, opening_with
from store.lang import gazetteer

# «станция Кызылжар», «на вокзале Кызылжар», «Қызылжар стансасы»: a railway station
_STATION_BEFORE = re.compile(r"(?:\bстанци\w*|\bст\.|\bвокзал\w*|\bж/д)[ \t]*[«\"“„]?$", re.IGNORECASE)
_STATION_AFTER = re.compile(r"[»\"”]?[ \t]+(?:станци|стансас|вокзал)", re.IGNORECASE)


def station_of_road_post(text: str, start: int, end: int, name: Name) -> bool:
    """A name that only road posts bear, written as a railway station («станция Кызылжар»),
    is the station (the town's, or one a train is checked at), not the road post «Кызыл Жар»
    of that name: a name with a rail or mixed row is read as usual."""
    if any(gazetteer.get(r).kind != "road" for r in name.refs):
        return False
    return bool(_STATION_BEFORE.search(text, max(0, start - 14), start) or _STATION_AFTER.match(text, end))


def in_the_town(tokens: list[re.Match], i: int, found: tuple[int, Name], text: str) -> bool:
    """«стоянка в Кордае»: a one-word name of road posts only, in the locative after «в» and
    unquoted, is the village the post is named after (at the post is «на Кордае», «в пункте
    «Кордай»»); so is a passenger post's («в Черняевке», the village of Гишткуприк). A rail
    post is its station's: «краны в Алтынколе» stand at the post. A queue of freight in the name's
    clause («в Таскале выросла очередь фур») stands at the post (cp107)."""
    last, name = found
    if last != i or i == 0 or tokens[i - 1].group().lower() not in ("в", "во"):
        return False
    if any(gazetteer.get(r).kind not in ("road", "passenger") for r in name.refs):
        return False
    if text[tokens[i - 1].end() : tokens[i].start()].strip():
        return False  # a quote or a bracket between: «в «Кордае»» is the post
    row = gazetteer.get(name.refs[0])
    word = tokens[i].group()
    if word[-1:] != "е" or (row and row.name_ru.endswith("е")):
        return False
    return not queue_in_its_clause(text, tokens[i].start(), tokens[last].end())


def town_of_a_quoted_name(tokens: list[re.Match], i: int, found: tuple[int, Name], text: str) -> bool:
    """plc101: «пункт пропуска «Нур жолы» в Хоргосе», «МЦПС «Хоргос» в Жаркенте»: an unquoted
    one-word name in the locative after «в» right behind a quoted name tells where the quoted
    thing stands: the town, not a second post. A name in another case («с «Нур жолы» в Хоргос»:
    where traffic was sent) or quoted itself («в «Хоргосе»») is read as usual."""
    last, name = found
    if last != i or i == 0 or tokens[i - 1].group().lower() not in ("в", "во"):
        return False
    if text[tokens[i - 1].end() : tokens[i].start()].strip():
        return False  # a quote or a bracket between: the name is quoted itself
    if not re.search(r"[»\"”][ \t]+$", text[max(0, tokens[i - 1].start() - 3) : tokens[i - 1].start()]):
        return False
    row = gazetteer.get(name.refs[0]) if name.refs else None
    word = tokens[i].group()
    return word[-1:] == "е" and not (row and row.name_ru.endswith("е"))


# a surname's ending: Russian «-ов/-ев/-ин» with their feminines and cases, «-ский/-ская» (not
# the oblique cases, which a region's adjective shares: «Аят Костанайской области»), Kazakh
# «-ұлы/-қызы», Ukrainian «-енко/-ук»
_SURNAME = re.compile(
    r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}"
    r"(?:[оеё]в|[ыи]н|[оеё]ва|[ыи]на|[оеё]ву|[ыи]ну|[оеё]вым|[ыи]ным|[оеё]ва|[сц]кий|[сц]кая"
    r"|[ұу]лы|[қк]ызы|енко|[уюч]к)",
)


def first_name_of_person(tokens: list[re.Match], last: int, text: str, known: Container[str]) -> bool:
    """«Аят Ахметов сообщил …»: a post's one-word name right before a surname, unquoted and
    with one space between, is a person's first name. A surname-shaped word that is itself a
    post's name («Кондыбай Комсомольский») does not count (`known`: the folded first letters
    of every post's name, the matcher's table)."""
    if last + 1 >= len(tokens):
        return False
    cur, nxt = tokens[last], tokens[last + 1]
    if text[cur.end() : nxt.start()] != " " or text[cur.start() - 1 : cur.start()] in "«\"“„'" and cur.start():
        return False
    word = nxt.group()
    return bool(_SURNAME.fullmatch(word)) and fold(word)[:KEY] not in known


# a road written by the places it runs through, three or more joined by spaced dashes inside
# quotes, with a road's noun beside it: «"РФ шекарасы – Мәртөк – … – Қордай – Алматы – Қорғас –
# ҚХР шекарасы" автожолының», автодорога «Кизильское — Бреды — Мариинский»
_ROUTE = re.compile(r"[«\"“„](?P<route>[^«»\"“”„\n]{1,60}?(?:[ \t][-–—][ \t][^«»\"“”„\n]{1,60}?){2,})[»\"”]")
_ROAD_AFTER = re.compile(r"[ \t]*(?:автожол|автомобиль жол|жол[ыд]|тасжол|автодорог|трасс|дорог)", re.IGNORECASE)
_ROAD_BEFORE = re.compile(r"(?:автодорог|трасс|дорог|автожол)\w*[ \t]*$", re.IGNORECASE)
# the name's own post noun right after it keeps it a post: «РФ шекарасы (Әлімбет өткізу бекеті)»,
# «Бидайық (ө/п)», «(Урлютобе өткізу пункті)», and the notices' abbreviations «(Жайсан БӨП)»
# (шекаралық өткізу пункті), «(Шарбақты ӨП)»
_OWN_NOUN_AFTER = re.compile(
    r"[ \t]*\(?[ \t]*(?:өткізу|ө/п|бекет|шекаралық өткізу|пункт\w*\s+пропуск|кпп|мапп|апп|п/п|(?:б/?)?ө/?п(?!\w))",
    re.IGNORECASE,
)
# ... or right before it, inside the brackets: «граница РФ (п/п Жана Жол)», «(МАПП Маштаково)»
_OWN_NOUN_BEFORE = re.compile(
    r"\([ \t]*(?:п/п|ө/п|кпп|мапп|дапп|апп|пункт\w*\s+пропуска)[ \t]+[«\"“„]?$", re.IGNORECASE
)


# the same road's stops unquoted, three or more joined by dashes, after a road's or a route's
# noun («маршрут Шымкент – Сарыагаш – Жибек жолы – Ташкент», «по трассе Алматы – Кордай – Бишкек»)
# or before a Kazakh road noun («Шымкент – Сарыағаш – Жібек жолы автожолы»); a stop of two words
# has a capital only on its first («Жибек жолы»)
_STOP = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:[ \t]+[a-zа-яёәғқңөұүһі][\w-]*)?)"
_STOPS = _STOP + r"(?:[ \t]*[-–—][ \t]*" + _STOP + r"){2,}"
# Behind a look ahead at its nouns' first letters (needles.opening_with, issue 15, stop 49): the
# scan of a text holding a road noun was tried whole at every position (0.12 -> 0.06 ms such a text).
_BARE_ROUTE_AFTER_NOUN = opening_with(
    r"(?:маршрут|трасс|автодорог|дорог|шоссе)\w*[ \t]+(?P<route>" + _STOPS + ")", re.IGNORECASE, "мтадш"
)
# a train's route is not a road's: the crossing a train's route names («рейс Урумчи-Хоргос-Москва»)
# is the rail post it crosses at
_RAIL_NEAR = re.compile(r"поезд|железн|ж/д|контейнер|вагон|рейс|темір\s*жол|теміржол|пойыз", re.IGNORECASE)
_BARE_ROUTE = re.compile(r"(?P<route>" + _STOPS + ")")


# Needles (issue 15, ingest99): each kept span needs a case-insensitive road noun the text holds —
# a quoted route one of _ROAD_AFTER's or _ROAD_BEFORE's (each holds «жол», «дорог» or «трасс»), a
# bare one after a noun one of _BARE_ROUTE_AFTER_NOUN's, a Kazakh one before _KK_ROAD_NOUN_AFTER's
# (each holds «жол»). A text without them skips the scans, which try every capital or quote.
_ROUTE_NEEDLES = ("жол", "дорог", "трасс")
_BARE_ROUTE_NEEDLES = ("маршрут", "трасс", "дорог", "шоссе")
_KK_ROAD_NEEDLES = ("жол",)


def route_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes a road by its stops (see _ROUTE, _BARE_ROUTE_AFTER_NOUN): the names
    in it are towns on the road, not the posts some of them share a name with."""
    out = []
    if may_hold(text, _ROUTE_NEEDLES):
        for m in _ROUTE.finditer(text):
            before = text[max(0, m.start() - 25) : m.start()]
            if _ROAD_AFTER.match(text, m.end()) or _ROAD_BEFORE.search(before):
                out.append(m.span("route"))
    if may_hold(text, _BARE_ROUTE_NEEDLES):
        out += [
            m.span("route")
            for m in _BARE_ROUTE_AFTER_NOUN.finditer(text)
            if not _RAIL_NEAR.search(text, max(0, m.start() - 80), m.start())
        ]
    if may_hold(text, _KK_ROAD_NEEDLES):
        out += [m.span("route") for m in _BARE_ROUTE.finditer(text) if _KK_ROAD_NOUN_AFTER.match(text, m.end())]
    return out


def stop_on_a_route(start: int, end: int, routes: list[tuple[int, int]], text: str) -> bool:
    """Is the mention one stop of a road written by its stops, without a post noun of its own?"""
    if not any(a <= start and end <= b for a, b in routes):
        return False
    own_noun_before = _OWN_NOUN_BEFORE.search(text, max(0, start - 30), start)
    return not (_OWN_NOUN_AFTER.match(text, end) or own_noun_before)


# «завод в Навои», «автобус из Навои», «трасса до Навои»: an unquoted name right after a
# preposition of place is the town
_TOWN_PREPOSITION = re.compile(r"(?<!\w)(?:в|во|из|до|под|около|близ)[ \t]+$", re.IGNORECASE)


def town_after_preposition(text: str, start: int) -> bool:
    """Is the unquoted name at `start` written as a place one goes to or comes from? Such a
    name is not confirmed as a post by its partner's mention nearby (the foreign post «Навои»
    across from Капланбек is also a city; «завод в Навои» is the city)."""
    return bool(_TOWN_PREPOSITION.search(text, max(0, start - 8), start))


# a road written by its two ends after a road's noun («по трассе Алматы — Хоргос»), or, in Kazakh
# order, before it («Алматы – Қорғас ақылы тасжолымен»): the second end is the town the road runs
# to, not the post named after it
_CAP_END = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*[ \t]*[-–—][ \t]*[«\"“„]?$"
_ROAD_END_BEFORE = re.compile(
    r"(?:трасс|автодорог|дорог|шоссе|магистрал|тасжол|автожол)\w*[ \t]+(?:[\w-]+[ \t]+)?" + _CAP_END, re.IGNORECASE
)
_KK_ROAD_NOUN_AFTER = re.compile(r"[ \t]+(?:автожол|тасжол|автомобиль[ \t]+жол)", re.IGNORECASE)
_KK_ROAD_AFTER = re.compile(r"[»\"”]?[ \t]+(?:\w+[ \t]+)?(?:тасжол|автожол|автомобиль[ \t]+жол|трасса)", re.IGNORECASE)
_END_BEFORE = re.compile(_CAP_END)


# a railway is no road: the post that ends a rail line («железной дороги Аягоз – Бахты») is the
# rail crossing there, as the reference reads a line named by its ends (dev a018, a019)
_RAILWAY_BEFORE = re.compile(r"(?:железн|ж/д|жд)\w*[ \t]+$", re.IGNORECASE)


def _dash_before(text: str, start: int) -> bool:
    """Can a match of _CAP_END end at `start`: a dash, blanks and perhaps an opening quote right
    before it? Both of end_of_a_road's patterns end so, and each is searched before the name
    with `start` as the end, so without it neither matches and the two IGNORECASE searches are
    not made (issue 15, stop 49). A line break right before the name is answered True: `$` also
    matches before a string's last line break."""
    j = start
    if j and text[j - 1] == "\n":
        return True
    if j and text[j - 1] in '«"“„':
        j -= 1
    while j and text[j - 1] in " \t":
        j -= 1
    return bool(j) and text[j - 1] in "-–—"


def end_of_a_road(text: str, start: int, end: int) -> bool:
    """Is the name the far end of a road written by its two ends (see _ROAD_END_BEFORE)?"""
    if not _dash_before(text, start):
        return False
    road = _ROAD_END_BEFORE.search(text, max(0, start - 60), start)
    if road:
        return not _RAILWAY_BEFORE.search(text, max(0, road.start() - 16), road.start())
    return bool(_END_BEFORE.search(text, max(0, start - 30), start) and _KK_ROAD_AFTER.match(text, end))


# a name listed before a plural village noun: «Масанчи, Сортөбе, Каракемер айылдарындагы», «Сортобе и
# Масанчи сёлах»: all of them are villages
_LIST_OF_VILLAGES = re.compile(
    r"(?:[ \t]*,[ \t]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*){0,4}(?:[ \t]+(?:и|және|жана|ва)[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*)?"
    r"[ \t]+(?:айылдар|ауылдар|с[её]л(?:ах|ам|ами)|аул(?:ах|ам|ами)|деревн(?:ях|ям))",
    re.IGNORECASE,
)


# the free economic zone at Хоргос, «СЭЗ «Хоргос – Восточные ворота»», «Қорғас – Шығыс қақпасы»:
# an organization named after the post
_ZONE_AFTER = re.compile(
    r"[»\"”]?[ \t]*[-–—][ \t]*[«\"“„]?(?:(?:Восточн|Южн)\w*[ \t]+ворот|(?:Шығыс|Оңтүстік)[ \t]+қақпа)"
    # an English company word after a Latin name: «Khorgos Gateway» is the dry port's operator
    r"|[ \t]+(?:Gateway|Logistics|Terminal|Dry[ \t]+Port)\b",
    re.IGNORECASE,
)


# a party named like a post, the noun after it as Kazakh puts it: «"Ақ жол" партиясының басшылары»
_PARTY_AFTER = re.compile(r"[»\"”]?[ \t]+партия", re.IGNORECASE)


# a place that holds several posts, as Kazakh says it: «Сарыағаштағы бірқатар шекара бекеттерінде» (at
# some border posts in Saryagash) — the name in the locative adjective, then a plural post noun
_HOLDS_POSTS = re.compile(r"(?:[дт]а|[дт]е|нда|нде)(?:ғы|гі)$", re.IGNORECASE)
_POSTS_AFTER = re.compile(r"(?:[ \t]+\w+)?(?:[ \t]+шекара(?:лық)?)?[ \t]+(?:бекеттер|пункттер)", re.IGNORECASE)


# «ауыл» is also the Kazakh common noun «village»: «Ауыл шаруашылығы министрі» (the Minister
# of Agriculture, on a page about grain at the Chinese border), «ауыл әкімі», «ауыл тұрғындары»
_VILLAGE_NOUN_AFTER = re.compile(r"[»\"”]?[ \t]+(?:шаруашылы[ғқ]|әкім|тұрғын)", re.IGNORECASE)
# a border-guard unit named after its town: «Сарыағаш шекара отрядына», «Қордай шекара
# отрядының», «Сарыағаш отрядының», «"Сарқан" шекара бөлімі», «Кордайский… пограничный отряд» — the unit (a body), not
# the post of that name (kz52)
_UNIT_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:(?:шекара[ \t]+)?отряд|шекара[ \t]+(?:бөлім|комендатура)|пограничн\w*[ \t]+(?:отряд|комендатур))",
    re.IGNORECASE,
)


# a mountain pass, a gorge, a river or a ridge named like a post, its noun after the name
# (facts64): «"Қарқара" асуында қар көшкіні болды» (an avalanche on the pass, not at the Kyrgyz
# post), «Қарқара шатқалы», «"Қарқара" өзенінің тасуы», Kyrgyz «Каркыра ашуусу». Russian puts the
# noun before the name (checkpoints._BLOCK: «перевал», «ущелье», «река»).
_LANDFORM_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:асу(?:ы|ын|ында|ындағы|ынан|ына|да|дағы|дан)?|ашуу\w*|шатқал\w*|өзен\w*|жота\w*)(?![\w-])",
    re.IGNORECASE,
)


def something_else_after(text: str, start: int, end: int) -> bool:
    """Do the words after the name make it something else: a village of a list («Масанчи,
    Сортөбе, Каракемер айылдарындагы»), a party («"Ақ жол" партиясының»), agriculture or a
    village's people («Ауыл шаруашылығы министрі»), a border-guard unit named after the town
    («Сарыағаш шекара отряды»), a pass, gorge or river («"Қарқара" асуында»), a place holding several posts
    («Сарыағаштағы бірқатар шекара бекеттерінде»)?"""
    if _LIST_OF_VILLAGES.match(text, end) or _PARTY_AFTER.match(text, end) or _VILLAGE_NOUN_AFTER.match(text, end):
        return True
    if _UNIT_AFTER.match(text, end) or _LANDFORM_AFTER.match(text, end):
        return True
    return bool(_HOLDS_POSTS.search(text, start, end) and _POSTS_AFTER.match(text, end))


# a dry port or a free economic zone named after the post («сухой порт «Хоргос»», «СЭЗ «Хоргос»»,
# «Khorgos Gateway»)
# is a terminal or a zone, an organization (see zone_named_after_post)
_ZONE_BEFORE = frozenset("порт порта порту портом порте сэз аэа".split())


def zone_named_after_post(tokens: list[re.Match], i: int, last: int, text: str) -> bool:
    """Is the name that of a zone or a terminal named after the post («СЭЗ «Хоргос – Восточные
    ворота»», «сухой порт «Хоргос»»)? Such a mention stands only beside the post itself
    (checkpoints.find_checkpoints): an article about the zone alone names no post, and one that
    names the post too keeps the zone's word in the post's entity, where no model reads it as a
    place."""
    if _ZONE_AFTER.match(text, tokens[last].end()):
        return True
    if i == 0 or tokens[i - 1].group().lower() not in _ZONE_BEFORE:
        return False
    return not entry_port(text, tokens[i].start(), tokens[last].end())


# Chinese-side Russian (Xinhua and the papers that copy it) calls a port of entry (口岸) a «порт»:
# «железнодорожный порт Хоргос», «ж/д порт Алашанькоу», «порт Хоргос в Синьцзян-Уйгурском
# автономном районе» are the Chinese crossings, not a dry port; a kind or border adjective before
# the noun, or Xinjiang named right after the name, says so («сухой порт «Хоргос»» stays the terminal)
_ENTRY_PORT_BEFORE = re.compile(
    r"(?:железнодорожн|автомобильн|автодорожн|сухопутн|пограничн|погранперех)\w*[ \t]+$|ж/д[ \t]+$", re.IGNORECASE
)
_CHINA_AFTER = re.compile(r"[»\"”]?[ \t]+(?:в[ \t]+)?(?:Синьцзян|СУАР|Китая\b|КНР\b)", re.IGNORECASE)

# the port-of-entry noun right before the name
_PORT_BEFORE = re.compile(r"\bпорт(?:а|у|ом|е)?[ \t]+[«\"“„]?$", re.IGNORECASE)

# the same as a cue of a checkpoint text and sentence (checkpoints._ARTICLE_CUE, _LOCAL_CUE)
ENTRY_PORT_CUE = (
    r"(?:железнодорожн|автомобильн|автодорожн|сухопутн|пограничн)\w*\s+порт|\bж/д\s+порт"
    r"|\bпорт\w*\s+[«\"“„]?(?-i:[А-ЯЁ])\w+[»\"”]?\s+в\s+(?:Синьцзян|СУАР)"
)


def entry_port(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) a Chinese port of entry by its words («железнодорожный порт
    Хоргос», «порт Хоргос в Синьцзяне»; see _ENTRY_PORT_BEFORE)? Such a post is on China's side."""
    port = _PORT_BEFORE.search(text, max(0, start - 10), start)
    if port is None:
        return False
    before = _ENTRY_PORT_BEFORE.search(text, max(0, port.start() - 30), port.start())
    return bool(before or _CHINA_AFTER.match(text, end))


# The words around a name that make it the place a post is named after (issue 15): a
# settlement's or district's noun, a way's direction, a town's bypass. Each is unquoted and
# right before the name: «в сторону Орска» (towards the town), «обход Сарыагаша», «мимо
# Хоргоса», «приграничного Орска» (an adjective of place with no noun: the border town), and a
# trip's stop «через Кеген» when the sentence set out from a town just before («Из Алма-Аты
# маршрут проложен через Кеген»): «через Хоргос проходят 80 маршрутов» stays the post.
_WAY_BEFORE = re.compile(
    r"(?<!\w)(?:в[ \t]+сторону|мимо|(?:обход|объезд)(?:а|ом|е|у|ы)?|приграничн(?:ый|ого|ому|ым|ом))[ \t]+$",
    re.IGNORECASE,
)
_VIA_BEFORE = re.compile(r"(?<!\w)через[ \t]+$", re.IGNORECASE)
_FROM_A_TOWN = re.compile(r"(?<!\w)(?:[Ии]з|[Оо]т)[ \t]+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]+[^.!?\n«»\"]{0,60}$")
# ...but not when the trip set out from a state (the neighbour whose border the post is on, or a
# far one: «грузы из Китая идут через Хоргос», «из Европы через Достык») or carries freight
# («экспортных грузов из Чунцина через Хоргос», «поезда из Урумчи через Алтынколь»): goods and
# trains pass a border at its crossing, so «через» there names the post (cp58)
_FROM_A_STATE = re.compile(
    r"(?:[Ии]з|[Оо]т)[ \t]+(?:Китая|КНР|Поднебесной|России|РФ|Узбекистана|Кыргызстана|Киргизии|Таджикистана|"
    r"Туркменистана|Казахстана|РК|Монголии|Европы|Азии|Евросоюза|ЕС)(?!\w)"
)
_FREIGHT = re.compile(
    r"груз|поезд|\bсостав(?:а|ы|ов|ами)?\b|контейнер|вагон|товар|\bфур|транзит|экспорт|импорт", re.IGNORECASE
)


def place_by_its_words(text: str, start: int, end: int) -> bool:
    """Is the unquoted name at [start, end) written as a town one heads to, passes or goes
    round (see _WAY_BEFORE), with no post's noun of its own after it? The model's location
    span on it then stands."""
    if _OWN_NOUN_AFTER.match(text, end):
        return False
    if _WAY_BEFORE.search(text, max(0, start - 16), start):
        return True
    if not _VIA_BEFORE.search(text, max(0, start - 8), start):
        return False
    via = _VIA_BEFORE.search(text, max(0, start - 8), start).start()
    origin = _FROM_A_TOWN.search(text, max(0, via - 80), via)
    if origin is None:
        return False
    freight = _FREIGHT.search(text, max(0, origin.start() - 40), via)  # «грузов из Чунцина через …»
    return not (_FROM_A_STATE.match(text, origin.start()) or freight)


# Kazakh common nouns that are also posts' names: «ауыл» (village; the post «Ауыл»), «болашақ»
# (the future; the rail post «Болашақ»), «атамекен» (homeland; the post «Атамекен»)
_KAZAKH_COMMON_NOUN = re.compile(r"(?:ауыл|болашақ|атамекен)[а-яәғқңөұүһі]*", re.IGNORECASE)
# a post's noun or kind word after the name makes it the post: «Ауыл өткізу пункті», «Болашақ станциясы»
_POST_NOUN_AFTER = re.compile(
    r"[»\"”]?[ \t]*[-–—]?[ \t]*(?:автомобиль[ \t]+|автокөлік[ \t]+|теміржол[ \t]+)?"
    r"(?:өткізу|бекет|пункт|станс|станци|кеден|шекара[ \t]+(?:бекет|өткізу)|автожол|теміржол)",
    re.IGNORECASE,
)
_BARE_NOUNS = frozenset(("ауыл", "болашақ", "атамекен"))
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[-–—]\s+)$")


def kazakh_common_noun(text: str, start: int, end: int) -> bool:
    """«Ауылдың бар тіршілігі …» ('the village's whole life'), «ШЕКАРАДАҒЫ АУЫЛ» (a heading,
    'the village on the border'): a Kazakh common noun that names a post too is that noun
    when its capital letter is the sentence's or the heading's, not the name's — unquoted,
    with no post's noun after it, opening a sentence or written all in capitals (kz55: a page
    on the northern border region read two «Ауыл» posts)."""
    word = text[start:end]
    if not _KAZAKH_COMMON_NOUN.fullmatch(word):
        return False
    if start and text[start - 1] in "«\"“„'":
        return False
    if word.lower() in _BARE_NOUNS and _POST_NOUN_AFTER.match(text, end):
        return (
            False  # the name before its noun, in the nominative: «Ауыл өткізу пункті» («Ауылда шекара бекеті жоқ»: no)
        )
    return word.isupper() or bool(_SENTENCE_OPENING.search(text[max(0, start - 4) : start]))


# the people of a place: «поговорила с его жителями», «пользуются только местные жители»,
# «сельчане», «горожане»; a post has travellers and drivers, not inhabitants
_TOWNSFOLK = re.compile(r"\b(?:жител|сельчан|горожан)\w*", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:в|во|из|до)[ \t]+$", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[.!?](?=\s)|\n")  # not the dot of «с 6.00 до 22.00»
_TOWNSFOLK_REACH = 100


def town_of_its_people(text: str, start: int, end: int) -> bool:
    """Is the unquoted name at [start, end) a settlement one goes to or lives in, by its sentence
    naming inhabitants («съездила в Хоргос и поговорила с его жителями», «проехать в Хоргос могут
    только местные жители»)? Such a name is read as the settlement throughout its text, unless one
    of its mentions has a post's cue of its own (checkpoints._not_the_village)."""
    if not _PLACE_PREPOSITION.search(text, max(0, start - 4), start):
        return False
    lo = max(0, start - _TOWNSFOLK_REACH)
    hi = min(len(text), end + _TOWNSFOLK_REACH)
    before = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)]
    after = _CLAUSE_STOP.search(text, end, hi)
    return _TOWNSFOLK.search(text, before[-1] if before else lo, after.start() if after else hi) is not None


# a thing of another kind named like a post, in quotes after its noun (cp74): a train, an outlet, a
# chamber and its people, a scholarship's holders, a hotel, a shop, a firm, a club («поезд
# «Алтынколь»», «издание «Орда»», «палате предпринимателей «Атамекен»», «стипендиаты «Болашака»»);
# checkpoints._BLOCK holds the nouns that block an unquoted name too («ТОО», «гостиница», «газета»)
_THING_BEFORE = re.compile(
    r"(?<![\w-])(?:поезд|поезда|поезде|поездом|поезду|электричк\w*|издани[еяюи]\w*|телеканал\w*|журнал\w*|агентств\w*"
    r"|портал\w*|предпринимател\w*|стипендиат\w*|выпускник\w*|отел[ьяюе]\w*|хостел\w*|магазин\w*|супермаркет\w*"
    r"|компани\w*|фирм\w*|холдинг\w*|корпораци\w*|завод\w*|фабрик\w*|ооо|зао|оао|ип|кх|жк|трц|тц|фк|хк|клуб\w*"
    r"|команд[аыеуой]\w*|школ\w*|лице[йяюе]\w*|колледж\w*|фонд\w*|программ\w*|стипенди\w*|кафе|ресторан\w*"
    r"|кинотеатр\w*|рынк\w*|рынок|базар\w*)[ \t]*[«\"“„]$",
    re.IGNORECASE,
)
# Kazakh writes the thing's noun after the name: «"Бақты" ЖШС», «"Атамекен" палатасы», «"Достық"
# қонақүйі», «"Хоргос" газеті», «"Алтынкөл" пойызы»
_THING_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:(?-i:ЖШС|АҚ|ЖАҚ|ЖК|ШҚ)|компания\w*|палата\w*|қонақ[ \t]?үй\w*|газет\w*|телеарна\w*|басылым\w*"
    r"|пойыз\w*|дүкен\w*|мейрамхана\w*|кафе\w*|зауыт\w*|холдинг\w*|серіктестіг\w*|қоры\w*|бағдарлама\w*"
    r"|клуб\w*|команда\w*|мектеб\w*|мектеп\w*|сауда[ \t]+орталы\w*)(?![\w-])",
    re.IGNORECASE,
)


# a club at play: «"Тобол" обыграл …», «обыграл "Тобол"», «"Ордабасы" сыграл вничью», its fans and players before it
_PLAYING_AFTER = re.compile(
    r"[»\"”][ \t]+(?:обыграл\w*|сыграл\w*|победил\w*|уступил\w*|проиграл\w*|разгромил\w*|жеңді|ұтылды|ойнады)(?![\w-])",
    re.IGNORECASE,
)
_FANS_BEFORE = re.compile(
    r"(?<![\w-])(?:болельщик\w*|игрок\w*|тренер\w*|фанат\w*|обыграл\w*|победил\w*|уступил\w*|разгромил\w*|матч\w*"
    r"|(?:сыграл\w*|матч\w*)[ \t]+с)[ \t]*[«\"“„]$",
    re.IGNORECASE,
)


# the rest of a quoted name the post's name opens: «"Кеген Агро" ЖШС», «"Достық Логистик" ЖШС»
_REST_OF_QUOTE = re.compile(r"[ \t-][^«»\"“”„\n.!?]{1,40}(?=[»\"”])")


def _end_of_quote(text: str, start: int, end: int) -> int:
    """Where the quoted name the post's name opens ends (its closing quote), else `end`: the
    Kazakh noun after the quotes names the whole firm or hotel, not only its first word (cp108)."""
    if not start or text[start - 1] not in '«"“„':
        return end
    rest = _REST_OF_QUOTE.match(text, end)
    return rest.end() if rest else end


# a firm's trade word right after a post's name inside the quotes it opens: «Хоргос Логистик»,
# «Достык Транзит Сервис», «Кеген Агро» are firms even with no noun or legal form around them
_FIRM_WORD_IN_QUOTE = re.compile(
    r"[ \t-]+(?:логисти\w*|транзит\w*|сервис\w*|терминал\w*|трейд\w*|агро\w*|строй\w*|плаза|сити|групп\w*"
    r"|ойл|холдинг\w*|экспресс\w*)(?![\w-])[^«»\"“”„\n]{0,30}[»\"”]",
    re.IGNORECASE,
)


def _firm_in_quotes(text: str, start: int, end: int) -> bool:
    """Does the post's name open a quoted firm's name whose next word is a trade word (cp108)?"""
    return bool(start and text[start - 1] in '«"“„' and _FIRM_WORD_IN_QUOTE.match(text, end))


def thing_named(text: str, start: int, end: int) -> bool:
    """Is the name at [start, end) that of a train, an outlet, a firm, a hotel, a chamber or a
    club: quoted right after the thing's noun, or followed by the Kazakh noun of one (after the
    whole quoted name it opens), or opening a quoted firm's name, or a club at play?"""
    if _THING_AFTER.match(text, end) or _PLAYING_AFTER.match(text, end):
        return True
    if _THING_AFTER.match(text, _end_of_quote(text, start, end)) or _firm_in_quotes(text, start, end):
        return True
    if start and text[start - 1] in '«"“„' and _FANS_BEFORE.search(text, max(0, start - 20), start):
        return True
    return bool(start and text[start - 1] in '«"“„' and _THING_BEFORE.search(text, max(0, start - 30), start))
