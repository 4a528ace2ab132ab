"""Writes out109's second round (worked2/, held2/): harder record shapes, 5 + 5, written after the
first round scored source 13/13 worked on the base tree and before any rule ran on these.

Shapes: a collector's `source` that names the channel it used («rss», «telegram»), not the outlet;
a Scrapy item whose only outlet mark is its `spider`; a record with only a `url` and a person as
author, the lead citing another outlet; a reprint .txt that credits another outlet in its lead and
signs with its own © line; news-please with a language subdomain in `source_domain`."""

from frame import FILES, gold, halves, record, write

halves("worked2", "held2")

jsonl = record


# ---- a collector's `source` names its channel («rss»), the feed/link name the outlet
T = "Через «Достык» прошел тысячный контейнерный поезд года"
k = jsonl(
    "worked2",
    "out109_collector.jsonl",
    dict(
        source="rss",
        feed_url="https://www.kazpravda.kz/rss/ru.xml",
        link="https://www.kazpravda.kz/n/cherez-dostyk-tysyachnyy-poezd/",
        title=T,
        published="Tue, 17 Nov 2026 08:00:00 +0500",
        summary="Станция Достык приняла тысячный контейнерный поезд с начала года.",
        content=(
            "Станция Достык на границе с Китаем приняла тысячный с начала года контейнерный поезд.\n"
            "Как уточняет Kazinform, годом ранее эта отметка была пройдена только в декабре.\n"
            "Железнодорожники связывают рост с открытием второго пути на перегоне."
        ),
    ),
)
gold(
    "worked2",
    k,
    T,
    "2026-11-17",
    "Kazpravda.kz",
    ["Казахстанская правда"],
    notes="`source` is the collector's channel; Kazinform is cited",
)
T = "На посту «Бейнеу» заработал пункт фитосанитарного контроля"
k = jsonl(
    "held2",
    "out109_collector.jsonl",
    dict(
        source="telegram",
        channel_url="https://t.me/lsm_kz",
        link="https://lsm.kz/bejneu-fitokontrol",
        title=T,
        published="2026-10-12T10:20:00+05:00",
        summary="Фитосанитарный контроль на Бейнеу.",
        content=(
            "На железнодорожном пункте пропуска «Бейнеу» открыли пост фитосанитарного контроля.\n"
            "Раньше грузы с зерном проверяли в Атырау, теперь — прямо у границы.\n"
            "По данным Tengrinews.kz, это сократит простой вагонов на сутки."
        ),
    ),
)
gold(
    "held2",
    k,
    T,
    "2026-10-12",
    "LS",
    ["lsm.kz", "Lsm.kz"],
    notes="`source` is the collector's channel; Tengrinews.kz is cited",
)

# ---- Scrapy item: only the spider's name marks the outlet
T = "Водителям напомнили о новых правилах ввоза лекарств"
k = jsonl(
    "worked2",
    "out109_spider.jsonl",
    dict(
        spider="tengrinews",
        title=T,
        body=(
            "Пограничники напомнили водителям о правилах ввоза лекарств через границу.\n"
            "Сильнодействующие препараты можно провозить только с рецептом и в количестве на курс лечения.\n"
            "Нарушителям грозит штраф, а в крупных объемах — уголовная ответственность."
        ),
        date="2026-11-21",
        crawled_at="2026-11-21T12:03:11",
    ),
)
gold("worked2", k, T, "2026-11-21", "Tengrinews.kz", ["Tengri News"])
T = "Казахстан и Кыргызстан договорились о совместном досмотре грузов"
k = jsonl(
    "held2",
    "out109_spider.jsonl",
    dict(
        spider="informburo",
        title=T,
        body=(
            "Казахстан и Кыргызстан договорились о совместном досмотре грузов на четырех пунктах пропуска.\n"
            "Проверять машины будут один раз, а не на каждой стороне границы.\n"
            "Первым по новой схеме заработает «Карасу»."
        ),
        date="2026-10-02",
        crawled_at="2026-10-02T18:40:51",
    ),
)
gold("held2", k, T, "2026-10-02", "Informburo.kz", ["Информбюро", "Informburo"])

# ---- a record with only a url, a person as author, the lead citing another outlet
T = "Пограничники задержали нарушителей у поста «Сарыагаш»"
k = jsonl(
    "worked2",
    "out109_url_only.jsonl",
    dict(
        url="https://www.nur.kz/incident/2049921-sarygash-narushiteli/",
        author="Мадина Ержанова",
        title=T,
        text=(
            "У пункта пропуска «Сарыагаш» пограничники задержали троих граждан соседней страны, пытавшихся перейти границу вне поста.\n"
            "Об этом сообщает Kazinform со ссылкой на Пограничную службу КНБ.\n"
            "Задержанные переданы в отдел дознания."
        ),
        date="2026-11-16",
    ),
)
gold("worked2", k, T, "2026-11-16", "NUR.KZ", ["Nur.kz"], notes="Kazinform is cited; only the url names the outlet")
T = "В Шымкенте таможенники изъяли партию поддельной обуви"
k = jsonl(
    "held2",
    "out109_url_only.jsonl",
    dict(
        url="https://www.zakon.kz/proisshestviia/6019877-shymkent-poddelnaya-obuv.html",
        author="Ерлан Жумабаев",
        title=T,
        text=(
            "Таможенники Шымкента изъяли 2 тысячи пар поддельной обуви известных брендов.\n"
            "Как передает Sputnik Казахстан, груз пришел из Узбекистана через «Жибек жолы».\n"
            "Владелец склада оштрафован."
        ),
        date="2026-09-27",
    ),
)
gold("held2", k, T, "2026-09-27", "Zakon.kz", notes="Sputnik is cited; only the url names the outlet")

# ---- a reprint: the lead credits another outlet, the page signs with its own ©
T = "На «Алтынколе» простаивают 300 вагонов"
FILES["worked2"]["out109_reprint.txt"] = (
    f"{T}\n\n24 ноября 2026, 18:15\n\n"
    "На станции Алтынколь на границе с Китаем простаивают около 300 вагонов, передает Kazinform.\n\n"
    "Причина — ремонт путей на китайской стороне, который продлится до конца недели.\n\n"
    "© 2026 Orda.kz\n"
)
gold(
    "worked2",
    "out109_reprint.txt",
    T,
    "2026-11-24",
    "Orda.kz",
    notes="Kazinform credited in the lead, Orda's © at the end",
)
T = "Пост «Таскескен» закроют на ночь до весны"
FILES["held2"]["out109_reprint.txt"] = (
    f"{T}\n\n5 декабря 2026, 11:40\n\n"
    "Пункт пропуска «Таскескен» в Абайской области до весны будет закрыт ночью, сообщает Tengrinews.kz.\n\n"
    "Днем пост работает в обычном режиме с 9:00 до 21:00.\n\n"
    "© Vlast.kz, 2026\n"
)
gold(
    "held2",
    "out109_reprint.txt",
    T,
    "2026-12-05",
    "Vlast.kz",
    ["Власть"],
    notes="Tengrinews.kz credited in the lead, Vlast's © at the end",
)

# ---- news-please with a language subdomain in source_domain (Kazakh)
T = "Қорғас арқылы жолаушылар саны артты"
k = jsonl(
    "worked2",
    "out109_subdomain.jsonl",
    dict(
        title=T,
        maintext=(
            "Биыл он бір айда «Қорғас» өткізу пункті арқылы 1,4 миллион жолаушы өтті.\n"
            "Бұл өткен жылдың осы кезеңімен салыстырғанда 20 пайызға көп.\n"
            "Шекара қызметі демалыс күндері кезек болатынын ескертті."
        ),
        description="Қорғастағы жолаушылар ағыны.",
        date_publish="2026-12-03 09:00:00",
        source_domain="kaz.tengrinews.kz",
        url="https://kaz.tengrinews.kz/kazakhstan_news/qorgas-zholaushylar-51234/",
        authors=[],
        language="kk",
    ),
)
gold("worked2", k, T, "2026-12-03", "Tengrinews.kz", ["Tengri News", "kaz.tengrinews.kz"], lang="kk")
T = "Шекарадағы кезек туралы ақпарат онлайн жарияланады"
k = jsonl(
    "held2",
    "out109_subdomain.jsonl",
    dict(
        title=T,
        maintext=(
            "Мемлекеттік кірістер комитеті өткізу пункттеріндегі кезек туралы деректі онлайн жариялай бастады.\n"
            "Жүргізушілер кезектің ұзындығын сайттан көре алады.\n"
            "Деректер әр он бес минут сайын жаңарады."
        ),
        description="Кезек онлайн.",
        date_publish="2026-11-27 15:30:00",
        source_domain="kaz.nur.kz",
        url="https://kaz.nur.kz/society/2051122-kezek-online/",
        authors=[],
        language="kk",
    ),
)
gold("held2", k, T, "2026-11-27", "NUR.KZ", ["Nur.kz", "kaz.nur.kz"], lang="kk")

write(lambda half: f"out109 {half}: harder records written by out109 to measure the outlet")
