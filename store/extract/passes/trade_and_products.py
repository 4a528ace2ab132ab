"""Pass `trade_and_products`: a shop, a market or a business centre, a vehicle's make and a
count of firms are no bodies (issue 15, org84).

Why: precision. Counting what the pipeline printed as organizations on org84's fresh border
news (own sentences about posts, roads, markets, trade fairs and transport) showed three shapes
the model reads as a body that no reference counts and that no earlier filter reaches:

- a place of trade or of rest named by its kind: «в бизнес-центре «Москва»», «ТРЦ «Мега»», «у
  торгового центра «Жибек Жолы»», «на базаре «Алтын Орда»», «в кафе «Жол Береке»», «на АЗС
  «Гелиос»» (the café and the motel by a post where drivers wait); in Kazakh the kind follows the quoted name,
  also after a pair joined by «мен»/«және»: «"Хан Шатыр" мен "Бәйтерек" кешенін», «"Береке" жол
  бойы сервисі» (a roadside service), «"Жібек жолы" базары», «"Береке" аялдамасы» (a stop).
  kinds_not_bodies reads one word before a quote, so it misses a compound («бизнес-центр»), a
  kind in capitals («ТРЦ») and a two-word kind («торговый центр», whose «центр» is a body's
  head noun everywhere else);
- a vehicle's make after the vehicle: «грузовики КамАЗ и MAN», «автобусы Yutong», «тягач марки
  Shacman», Kazakh «"КамАЗ" жүк көлігімен», «DAF-тің жүргізушісі» (its driver), and a plate's
  country code, «RUS нөмірлі көлік» (org94): the thing driven, not the maker as a party to the
  story (a maker that acts, «Yutong поставит автобусы», has no vehicle noun before it);
- a count of firms: «Қытай мен Қазақстанның 80 компаниясы», «более 50 предприятий региона»:
  a number before a common noun in lower case closing the span is how many, not a name; and a
  count's currency or unit in Latin capitals, «выручка — 1 млрд CNY» (org94).

A name the knowledge base knows as a body stays («Морской порт Актау», «КТЖ»), and so does a
name after a vehicle that carries a body's head noun or legal form («владелец машины ТОО «…»»).
A trading house («"Ордабасы" сауда үйі», «торговый дом») is a firm and is no kind here; nor is
a warehouse («склад временного хранения «…»»), whose keeper is a licensed firm. A hotel, a
stadium, an award or a system is kinds_not_bodies'; an exhibition, a programme or an operation
is the titles-of-works filter's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.extract.ner import NerSpan
from store.extract.passes.cited_outlets import is_numbered_outlet
from store.extract.passes.kinds_not_bodies import name_key
from store.extract.passes.shaped_not_bodies import _BODY_HEAD
from store.lang import kb
from store.lang.normalize import parses

# The kinds of a place of trade before its name, Russian (any case) or in capitals.
_TRADE_KIND_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:[Бб]изнес-центр|[Тт]оргов\w*(?:[ \t]+и[ \t]+|-)развлекательн\w*[ \t]+центр"
    r"|[Тт]оргов\w*[ \t]+центр|[Тт]оргов\w*[ \t]+комплекс|[Рр]ын(?:ок|к)|[Бб]азар"
    r"|[Гг]ипермаркет|[Сс]упермаркет|[Уу]нивермаг"
    r"|[Кк]афе|[Рр]есторан|[Сс]толов(?:ая|ой|ую)|[Мм]отел|[Пп]ридорожн\w*[ \t]+(?:сервис|кафе|комплекс))\w*"
    r"|(?<![\w-])(?:ТЦ|ТРЦ|ТРК|БЦ|АЗС))[ \t]*[«\"“„]?$"
)
_TRADE_KIND_OPENS = re.compile(
    r"(?:[Бб]изнес-центр|[Тт]оргов\w*[ \t]+центр|[Тт]оргов\w*-развлекательн\w*[ \t]+центр|[Рр]ын(?:ок|к)|[Бб]азар"
    r"|[Кк]афе|[Рр]есторан|[Мм]отел|[Сс]толов(?:ая|ой|ую)|ТЦ|ТРЦ|ТРК|БЦ|АЗС)\w*[ \t]+[«\"“„]"
)
# Kazakh: the kind after the quoted name, or after the second name of a pair.
_PAIR = r"(?:[»\"”]?[ \t]+(?:мен|пен|бен|және)[ \t]+[«\"“„][^«»\"“”\n]{1,40}[»\"”])?"
_TRADE_KIND_AFTER = re.compile(
    rf"{_PAIR}[»\"”]?[ \t]+(?:(?:сауда|ойын-сауық|бизнес|сауда-ойын-сауық)[ \t]+(?:орталығ|кешен)"
    r"|кешен|базар|дәмхана|мейрамхана|жол[ \t]+бойы[ \t]+сервис|аялдама|гипермаркет|супермаркет)\w*",
    re.IGNORECASE,
)

# A vehicle right before a make («грузовики КамАЗ», «тягач марки Shacman»), or «марки» alone;
# up to three makes listed before this one («грузовики КамАЗ, MAN и Volvo») between them.
_VEHICLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:(?:грузовик|тягач|фур|автобус|микроавтобус|автомобил|машин|самол[её]т|вертол[её]т|локомотив"
    r"|тепловоз|электровоз|трактор|самосвал|полуприцеп|прицеп|рефрижератор|внедорожник|седан|минивэн)\w*"
    r"(?:[ \t]+(?:марк(?:и|е|у|ой|ам|ами|ах)|марок))?|(?:марк(?:и|е|у|ой|ам|ами|ах)|марок))"
    r"(?:[ \t]+[«\"“„]?[A-ZА-ЯЁ][\w-]*[»\"”]?(?:[ \t]+\d+)?[ \t]*(?:,|[ \t]и|[ \t]или)){0,3}[ \t]*[«\"“„]?$"
)
# Kazakh: the make before its vehicle («"КамАЗ" жүк көлігімен», «Yutong автобустары»), and a
# plate's country code before «нөмірлі» («RUS нөмірлі көлік», 'a car with RUS plates'; org94).
_VEHICLE_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:(?:жүк|жеңіл)[ \t]+көліг|көліг|автобус|ұшағ|ұшақ|тепловоз|локомотив|тікұшақ|тягач"
    r"|нөмірл)\w*",
    re.IGNORECASE,
)
# org94: a make in the genitive before its driver in the possessive («DAF-тің жүргізушісі» 'the
# DAF's driver'); a body before «жүргізушіні» («… соты жүргізушіні ақтады» 'the court acquitted the
# driver') is the sentence's subject, and a body's own driver is a known or legal-form body's.
_OWN_GENITIVE = re.compile(r"[-'’]?(?:ның|нің|дың|дің|тың|тің)$")
_DRIVER_AFTER = re.compile(r"[ \t]+жүргізуші(?:сі|лері)", re.IGNORECASE)

# A number, then one lower-case word closing the span: «80 компаниясы», «50 предприятий».
_COUNTED = re.compile(r"(?<![\w№/-])\d[\d \u00a0.,]*[ \t\u00a0]+[a-zа-яёәғқңөұүһі][\w-]*$")

# org94: three Latin capitals right after a count («1 млрд CNY», «500 TEU», «2 мың USD») are the
# count's currency or unit, not a body (a body the knowledge base knows stays, as everywhere here).
_CODE = re.compile(r"[A-Z]{3}")
_COUNT_BEFORE = re.compile(
    r"(?<![\w/-])\d[\d \u00a0.,]*(?:[ \t\u00a0]*(?i:млн|млрд|трлн|тыс|мың|mln|bn|k)\.?)?[ \t\u00a0]*$"
)

_READ_BACK = 60


def trade_and_products(text: str, spans: list, ctx) -> list:
    """The organization spans that are a place of trade, a vehicle's make or a count of firms
    (module doc), taken out, unless the knowledge base knows the name as a body."""
    gone = [s for s in spans if s.type == "organization" and _not_a_body(text, s) and not _known_body(_name(s, ctx))]
    ids = {id(s) for s in gone}
    page = getattr(ctx, "page", "") or ""
    if page and len(text) < _HEADLINE and page != text:  # a headline: its names as the page's story reads them
        keys = {name_key(_name(s, ctx)) for s in spans if id(s) not in ids and _not_a_body_on(page, s)}
        ids |= {id(s) for s in spans if keys and _same_name_again(text, s, ctx, keys)}
    return [s for s in spans if id(s) not in ids] if ids else spans


# the longest text read as a headline (the extractor passes the title and the body apart)
_HEADLINE = 300


def _not_a_body_on(page: str, s) -> bool:
    """Is a headless organization span's name, printed elsewhere on the page, a thing this pass takes out
    there? («… продают Samsung и Apple» above «Смартфоны Samsung и Apple стоят …»)"""
    if s.type != "organization" or not _headless(s.text):
        return False
    return any(_not_a_body(page, NerSpan("organization", i, i + len(s.text), s.text)) for i in _found(page, s.text))


def _found(text: str, name: str):
    i = text.find(name)
    while i != -1:
        yield i
        i = text.find(name, i + 1)


# org93: the nouns that make a name after them a firm's whatever it is called elsewhere: «Компания
# Samsung открыла …», «маркетплейс Wildberries», «производитель Shacman».
_FIRM_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?i:компани|фирм|производител|маркетплейс|концерн|корпораци|холдинг|завод|фабрик|дилер|"
    r"перевозчик|оператор|банк|ритейлер|сет[ьи])\w*[ \t]+[«\"“„]?$"
)


def _same_name_again(text: str, s, ctx, keys: set[tuple[str, ...]]) -> bool:
    """A headline's name this pass takes out where the story names it: the headline is too short to
    say what the name is, the story says it (org93: «… продают Samsung и Apple» above «Смартфоны
    Samsung и Apple стоят …», «запустила бренд Damu Express» above «под брендом Damu Express»). A name
    with a body's head noun or legal form, one the knowledge base knows, or one after a firm's noun
    («Компания Samsung открыла …») stays. Only a headline: in a story a maker named by its goods in
    one sentence may act in the next (factRu's «смартфонов Apple» beside «оригинальной Apple»)."""
    if s.type != "organization" or not _headless(s.text):
        return False
    name = _name(s, ctx)
    if name_key(name) not in keys or _known_body(name):
        return False
    return not _FIRM_NOUN_BEFORE.search(text[max(0, s.start - 30) : s.start])


def _name(s, ctx) -> str:
    return " ".join((ctx.names.get((s.start, s.end)) or s.text).split()).strip('«»"“”„ ')


def _not_a_body(text: str, s) -> bool:
    """A place of trade, a vehicle's make or a count (module doc), by the words around the span;
    a make is no name with a body's head noun or legal form («машины ТОО «Ак Жол Транс»»)."""
    if _TRADE_KIND_OPENS.match(s.text) or _COUNTED.search(" ".join(s.text.split())):
        return True
    if _CODE.fullmatch(s.text) and _COUNT_BEFORE.search(text[max(0, s.start - 24) : s.start]):
        return True
    if _TRADE_KIND_AFTER.match(text, s.end) or (_VEHICLE_AFTER.match(text, s.end) and _headless(s.text)):
        return True
    if _DRIVER_AFTER.match(text, s.end) and _OWN_GENITIVE.search(s.text) and _headless(s.text):
        return True
    # the regular expressions that read back are tried only where a kind's stem is in the lead
    # (substring tests: a search anchored at the lead's end was 20 µs a span, most of the pass)
    lead = text[max(0, s.start - _READ_BACK) : s.start]
    low = lead.lower()
    if any(stem in low for stem in _TRADE_STEMS) and _TRADE_KIND_BEFORE.search(lead):
        return True
    if any(stem in low for stem in _VEHICLE_STEMS) and _headless(s.text) and bool(_VEHICLE_BEFORE.search(lead)):
        return True
    return _goods(text, s, lead, low) or _brand_or_means_of_payment(text, s, lead, low)


# org91: goods named by their brand after the goods' noun: «бананов Chiquita», «шоколад Lindt»,
# «сладости Rakhat и шоколад Lindt», «сигареты Winston», «смартфонов iPhone», «парфюмерии Chanel и
# Dior»; Kazakh after the name: «"Coca-Cola" сусындары», «"Marlboro" темекісі», «"Samsung"
# теледидарлары». The goods' noun decides (its lemma, lexicon below): a maker that acts or is named
# by a firm's noun («компания Samsung», «маркетплейс Wildberries») has none before it.
_GOODS = frozenset(
    """шоколад конфета сладость сигарета табак пиво напиток сок кофе чай банан фрукт смартфон телефон
телевизор ноутбук шина парфюмерия духи одежда обувь кроссовка лекарство препарат газировка энергетик
алкоголь водка виски вино коньяк сыр йогурт молоко масло мука сахар печенье косметика""".split()
)
_GOODS_STEMS = (
    "шоколад", "конфет", "сладост", "сигарет", "табак", "пив", "напит", "сок", "кофе", "чай", "банан", "фрукт",
    "смартфон", "телефон", "телевизор", "ноутбук", "шин", "парфюм", "дух", "одежд", "обув", "кроссов", "лекарств",
    "препарат", "газиров", "энергетик", "алкогол", "водк", "виски", "вин", "коньяк", "сыр", "йогурт", "молок",
    "масл", "мук", "сахар", "печень", "косметик",
)  # fmt: skip
# the goods' noun (group 1) right before the brand, up to three brands listed before this one
_GOODS_BEFORE = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё][а-яё]+)"
    r"(?:[ \t]+[«\"“„]?[A-ZА-ЯЁ][\w'’.-]*[»\"”]?[ \t]*(?:,|[ \t]и|[ \t]или)){0,3}[ \t]*[«\"“„]?$"
)
_GOODS_AFTER = re.compile(
    r"[»\"”]?[ \t]+(?:сусын|темекі|теледидар|смартфон|телефон|шоколад|кәмпит|шырын|дәрі|ноутбук|сыра|арақ)\w*",
    re.IGNORECASE,
)


def _goods(text: str, s, lead: str, low: str) -> bool:
    """A brand of goods by the goods' noun before it (Russian) or after it (Kazakh)."""
    if not _headless(s.text):
        return False
    if _GOODS_AFTER.match(text, s.end):
        return True
    if not any(stem in low for stem in _GOODS_STEMS):
        return False
    m = _GOODS_BEFORE.search(lead)
    return bool(m) and _goods_lemma(m.group(1).lower())


@lru_cache(maxsize=4096)
def _goods_lemma(word: str) -> bool:
    return any(p.normal_form in _GOODS for p in parses(word)[:2])


# org93: names listed with this one before it: quoted («под брендами «Сырная долина» и «Петро»») or
# one or two capitalised words («марок Volvo, Scania и MAN», «картами Visa, Mastercard и «Мир»»).
_LISTED_BEFORE = (
    r"(?:[ \t]+(?:[«\"“„][^«»\"“”\n]{1,40}[»\"”]|[A-ZА-ЯЁ][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*)?)"
    r"[ \t]*(?:,|[ \t]и|[ \t]или)){0,3}[ \t]*[«\"“„]?$"
)
# org93: a brand a firm sells under, after «под» and the brand's noun: «под брендом «Лазурные поля»»,
# «под брендами «A» и «B»», «под торговой маркой X», «под вывеской «Достык»» (a café's sign). Not
# «под названием»: «компания под названием «…»» names a firm. factRu's «(бренд «Билайн»)» has no «под».
_BRAND_BEFORE = re.compile(
    r"(?<![\w-])[Пп]од[ \t]+(?:торгов\w+[ \t]+)?(?:бренд(?:ом|ами)|марк(?:ой|ами)|вывеск(?:ой|ами))" + _LISTED_BEFORE
)
# org93: a card scheme after the card: «картами Visa, Mastercard и «Мир»», «карты UnionPay», «в
# платёжных системах Visa и UnionPay»: the means of payment, not a party to the story.
_PAYMENT_BEFORE = re.compile(
    r"(?<![\w-])(?i:карт(?:а|ы|у|ой|ою|е|ами|ам|ах)?|платё?е?жн\w*[ \t]+систем\w*)" + _LISTED_BEFORE
)
# org93: Kazakh names a brand or a make after it, also after names listed with it: «"Qazaq Bidai"
# брендімен», «"Ақбидай" және "Дән" маркаларымен», «Kamaz, Maz және Ural маркалары», «Haier, Midea
# және Gree маркалары» (kinds_not_bodies reads only quoted names, and «маркасы» alone).
_KAZAKH_LISTED = (
    r"(?:[»\"”]?(?:[ \t]*,[ \t]*|[ \t]+(?:мен|пен|бен|және|немесе)[ \t]+)"
    r"(?:[«\"“„][^«»\"“”\n]{1,40}[»\"”]|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’.&-]*)){0,3}"
)
_BRAND_AFTER = re.compile(_KAZAKH_LISTED + r"[»\"”]?[ \t]+(?:бренд|марка)\w*", re.IGNORECASE)


def _brand_or_means_of_payment(text: str, s, lead: str, low: str) -> bool:
    """A brand a firm sells under or a card scheme (above), by the words around a name with no body's
    head noun or legal form: «ТОО «Петро»» after «под брендом» is a firm."""
    if not _headless(s.text):
        return False
    if ("бренд" in text or "марка" in text) and _BRAND_AFTER.match(text, s.end):
        return True
    if "под" in low and _BRAND_BEFORE.search(lead):
        return True
    return ("карт" in low or "систем" in low) and bool(_PAYMENT_BEFORE.search(lead))


# The stems of the kinds above, in lower case, that must be in a lead for its kind to be read.
_TRADE_STEMS = (
    "центр",
    "торгов",
    "рын",
    "базар",
    "маркет",
    "универмаг",
    "кафе",
    "ресторан",
    "столов",
    "мотел",
    "придорожн",
    "тц",
    "трц",
    "трк",
    "бц",
    "азс",
)
_VEHICLE_STEMS = (
    "грузовик",
    "тягач",
    "фур",
    "автобус",
    "автомоб",
    "машин",
    "самол",
    "вертол",
    "локомотив",
    "воз",
    "трактор",
    "самосвал",
    "прицеп",
    "рефрижератор",
    "внедорожник",
    "седан",
    "минивэн",
    "марк",
)


@lru_cache(maxsize=4096)
def _headless(name: str) -> bool:
    """No body's head noun or legal form in the name."""
    return not _BODY_HEAD.search(name)


@lru_cache(maxsize=4096)
def _known_body(name: str) -> bool:
    """Does the knowledge base know the whole name as a body, or outlets.csv as a cited outlet
    («31 канал» is a channel, not a count of channels: org100)?"""
    return bool(name) and (
        is_numbered_outlet(name)
        or any(m.form.row.type == "organization" and m.end - m.start >= len(name) - 2 for m in kb.find(name))
    )
