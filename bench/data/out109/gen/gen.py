"""Writes out109's two halves (worked/, held/): corpus/dev, gold/dev.json, queries/dev.tsv.

Every text here was written by helper out109 (stop 53). Gold covers the page's own outlet
(`source`, `accept_sources`), title, date and language; entity lists are left empty on purpose
(this set measures the outlet, not entities)."""

import json

from frame import FILES, gold, halves, record, write

halves("worked", "held")


def jsonl(half, name, records):
    """Appends records to a JSON-lines file of the half; returns the key of each record."""
    return [record(half, name, rec) for rec in records]


def text_file(half, name, text):
    FILES[half][name] = text
    return name


def page(title, body_html, head="", header="", footer="", lang="ru"):
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n{head}\n</head>\n'
        f'<body>\n<header>{header}\n<nav><a href="/">Главная</a> <a href="/news">Новости</a> '
        f'<a href="/economy">Экономика</a></nav></header>\n<main><article>\n<h1>{title}</h1>\n{body_html}\n'
        f"</article></main>\n<footer>{footer}</footer>\n</body>\n</html>\n"
    )


def paras(*ps):
    return "\n".join(f"<p>{p}</p>" for p in ps)


# ===================== trafilatura: hostname + sitename + author (a person) =====================
T = "Очередь на «Майкапчагае» сократилась после открытия второй полосы"
k = jsonl(
    "worked",
    "out109_trafilatura.jsonl",
    [
        dict(
            title=T,
            author="Алия Сейтказина",
            hostname="vko-vesti.kz",
            sitename="ВКО Вести",
            date="2026-11-03",
            url="https://vko-vesti.kz/news/2026/11/03/maykapchagay-polosa",
            raw_text=(
                "На пункте пропуска «Майкапчагай» в Восточно-Казахстанской области открыли вторую полосу для грузовиков.\n"
                "По данным пограничников, за сутки границу с Китаем пересекли 410 машин против 260 неделей ранее.\n"
                "Водители говорят, что ожидание сократилось с двух суток до десяти часов."
            ),
        )
    ],
)[0]
gold("worked", k, T, "2026-11-03", "ВКО Вести", ["vko-vesti.kz"])
T = "В Павлодаре перевозчики пожаловались на простой у российской границы"
k = jsonl(
    "held",
    "out109_trafilatura.jsonl",
    [
        dict(
            title=T,
            author="Роман Ким",
            hostname="www.irtysh-today.kz",
            sitename="Иртыш Сегодня",
            date="2026-10-21",
            url="https://www.irtysh-today.kz/obshchestvo/peregruz-granica",
            raw_text=(
                "Павлодарские перевозчики пожаловались на простой у пункта пропуска «Шарбакты».\n"
                "По их словам, грузовики ждут досмотра на российской стороне по полтора суток.\n"
                "В областном акимате обещали направить запрос в пограничное ведомство."
            ),
        )
    ],
)[0]
gold("held", k, T, "2026-10-21", "Иртыш Сегодня", ["irtysh-today.kz"])

# trafilatura: hostname only, and the text cites another outlet
T = "На «Жибек жолы» ввели электронную очередь для фур"
k = jsonl(
    "worked",
    "out109_trafilatura.jsonl",
    [
        dict(
            title=T,
            author="Данияр Омаров",
            hostname="zakon.kz",
            date="2026-11-11",
            url="https://www.zakon.kz/obshestvo/6021113-zhibek-zholy-ochered.html",
            raw_text=(
                "На пункте пропуска «Жибек жолы» в Туркестанской области с понедельника действует электронная очередь для грузовиков, "
                "сообщает Kazinform со ссылкой на Комитет госдоходов.\n"
                "Перевозчик бронирует время пересечения на сайте, а у границы его машину пропускают без живой очереди.\n"
                "Ранее такую систему испытали на «Нур жолы»."
            ),
        )
    ],
)[0]
gold("worked", k, T, "2026-11-11", "Zakon.kz", notes="Kazinform is cited in the lead; the page is Zakon.kz's")
T = "Узбекская сторона продлила работу поста «Казыгурт» до полуночи"
k = jsonl(
    "held",
    "out109_trafilatura.jsonl",
    [
        dict(
            title=T,
            author="Асель Турсунова",
            hostname="tengrinews.kz",
            date="2026-09-30",
            url="https://tengrinews.kz/kazakhstan_news/uzbekskaya-storona-prodlila-590211/",
            raw_text=(
                "Пункт пропуска «Казыгурт» на границе с Узбекистаном будет работать до полуночи, а не до 20:00, как раньше.\n"
                "Как ранее писал Zakon.kz, в сентябре у поста скапливалось до трехсот легковых машин.\n"
                "Решение принято по просьбе жителей приграничных сел."
            ),
        )
    ],
)[0]
gold("held", k, T, "2026-09-30", "Tengrinews.kz", ["Tengri News"], notes="Zakon.kz is cited; the page is Tengrinews'")

# ===================== news-please: source_domain, authors =====================
T = "Экспорт зерна через «Алтынколь» вырос на треть"
k = jsonl(
    "worked",
    "out109_newsplease.jsonl",
    [
        dict(
            title=T,
            maintext=(
                "Экспорт казахстанского зерна в Китай через станцию «Алтынколь» за десять месяцев вырос на 33%.\n"
                "По словам представителей КТЖ, основной объем пришелся на пшеницу и ячмень.\n"
                "Компания планирует увеличить число вагонов-зерновозов на этом направлении."
            ),
            description="Отгрузки зерна в Китай через Алтынколь растут.",
            date_publish="2026-11-06 10:40:00",
            source_domain="inbusiness.kz",
            url="https://inbusiness.kz/ru/news/eksport-zerna-altynkol",
            authors=["Жанна Абдрахманова"],
            language="ru",
        )
    ],
)[0]
gold("worked", k, T, "2026-11-06", "Inbusiness.kz", ["inbusiness"])
T = "Логисты оценили потери от закрытия «Бахты» на ремонт"
k = jsonl(
    "held",
    "out109_newsplease.jsonl",
    [
        dict(
            title=T,
            maintext=(
                "Логистические компании оценили потери от двухнедельного закрытия пункта пропуска «Бахты» в 1,2 млрд тенге.\n"
                "Грузы пришлось перенаправить через «Майкапчагай» и «Хоргос».\n"
                "Ремонт досмотрового комплекса завершат к концу месяца."
            ),
            description="Закрытие Бахты обошлось перевозчикам дорого.",
            date_publish="2026-10-14 16:05:00",
            source_domain="kapital.kz",
            url="https://kapital.kz/economic/120455/logisty-bakhty.html",
            authors=["Kapital.kz"],
            language="ru",
        )
    ],
)[0]
gold("held", k, T, "2026-10-14", "Kapital.kz")

T = "Таможенники Актау нашли в фуре 300 кг незадекларированной икры"
k = jsonl(
    "worked",
    "out109_newsplease.jsonl",
    [
        dict(
            title=T,
            maintext=(
                "В морском порту Актау таможенники обнаружили в грузовике 300 кг черной икры без документов.\n"
                "По информации Tengrinews.kz, груз направлялся в Азербайджан.\n"
                "Возбуждено уголовное дело о контрабанде."
            ),
            description="Контрабанда икры в порту Актау.",
            date_publish="2026-10-28 09:15:00",
            source_domain="www.kt.kz",
            url="https://www.kt.kz/rus/incidents/aktau-ikra.html",
            authors=[],
            language="ru",
        )
    ],
)[0]
gold("worked", k, T, "2026-10-28", "Kt.kz", ["Kazakhstan Today"], notes="Tengrinews.kz is cited; the record is kt.kz's")
T = "Пассажиропоток через «Атамекен» вырос перед праздниками"
k = jsonl(
    "held",
    "out109_newsplease.jsonl",
    [
        dict(
            title=T,
            maintext=(
                "Перед праздниками пассажиропоток через пункт пропуска «Атамекен» на границе с Кыргызстаном вырос вдвое.\n"
                "Об этом сообщил Sputnik Казахстан со ссылкой на пограничную службу.\n"
                "Пограничники рекомендуют выезжать ранним утром."
            ),
            description="Рост пассажиропотока на Атамекене.",
            date_publish="2026-12-01 12:30:00",
            source_domain="www.caravan.kz",
            url="https://www.caravan.kz/news/atameken-passazhiropotok-852311/",
            authors=[],
            language="ru",
        )
    ],
)[0]
gold("held", k, T, "2026-12-01", "Caravan.kz", ["Караван"], notes="Sputnik is cited; the record is caravan.kz's")

# ===================== newspaper3k: source_url, meta_data.og.site_name =====================
T = "На границе с Россией задержали партию поддельных запчастей"
k = jsonl(
    "worked",
    "out109_newspaper.jsonl",
    [
        dict(
            url="https://orda.kz/na-granice-s-rossiej-zaderzhali-zapchasti-394412/",
            source_url="https://orda.kz",
            title=T,
            text=(
                "Сотрудники ДГД по Северо-Казахстанской области задержали на посту «Жана Жол» партию поддельных автозапчастей.\n"
                "Груз на 40 млн тенге ввозили из России под видом деталей для сельхозтехники.\n"
                "Водитель и экспедитор дают показания."
            ),
            authors=[],
            publish_date="2026-11-19T14:20:00+05:00",
            meta_data={"og": {"site_name": "Orda.kz", "type": "article"}, "description": "Контрафакт на границе."},
        )
    ],
)[0]
gold("worked", k, T, "2026-11-19", "Orda.kz")
T = "Пограничники Мангистау усилили контроль на «Темир Баба»"
k = jsonl(
    "held",
    "out109_newspaper.jsonl",
    [
        dict(
            url="https://ulysmedia.kz/news/31877-temir-baba-kontrol/",
            source_url="https://ulysmedia.kz",
            title=T,
            text=(
                "На пункте пропуска «Темир Баба» на границе с Туркменистаном усилили досмотр легковых машин.\n"
                "Пограничники объясняют это участившимися попытками провоза наличной валюты.\n"
                "Время прохождения границы выросло до трех часов."
            ),
            authors=[],
            publish_date="2026-10-08T11:00:00+05:00",
            meta_data={"og": {"site_name": "Ulysmedia", "type": "article"}, "description": "Досмотр на Темир Бабе."},
        )
    ],
)[0]
gold("held", k, T, "2026-10-08", "Ulysmedia.kz", ["Ulysmedia", "Ulys Media"])

# ===================== Scrapy items: spider + site =====================
T = "В Уральске открыли новый терминал у поста «Сырым»"
k = jsonl(
    "worked",
    "out109_scrapy.jsonl",
    [
        dict(
            spider="azh_news",
            site="Ак Жайык",
            url="https://azh.kz/ru/news/view/91233",
            headline=T,
            text=(
                "У пункта пропуска «Сырым» на границе с Россией открыли терминал для ожидания грузовиков на 150 мест.\n"
                "В терминале есть столовая, душевые и стоянка с охраной.\n"
                "Строительство обошлось частному инвестору в 600 млн тенге."
            ),
            date="2026-11-25",
        )
    ],
)[0]
gold("worked", k, T, "2026-11-25", "Ак Жайык", ["azh.kz", "Ақ Жайық"])
T = "Сотрудника поста «Таскала» задержали за взятку"
k = jsonl(
    "held",
    "out109_scrapy.jsonl",
    [
        dict(
            spider="ratel",
            site="ratel.kz",
            url="https://ratel.kz/raw/sotrudnika_posta_taskala_zaderzhali",
            headline=T,
            text=(
                "Антикоррупционная служба задержала сотрудника пункта пропуска «Таскала» при получении 500 долларов.\n"
                "По версии следствия, он брал деньги с водителей за пропуск без очереди.\n"
                "Решается вопрос о мере пресечения."
            ),
            date="2026-10-17",
        )
    ],
)[0]
gold("held", k, T, "2026-10-17", "Ratel.kz", ["ratel"])


# ===================== Telegram export: the channel's name =====================
def telegram(half, name, channel, date, pieces):
    text_file(
        half,
        name,
        json.dumps(
            {
                "name": channel,
                "type": "public_channel",
                "id": 1700000000 + len(name),
                "messages": [
                    {
                        "id": 512,
                        "type": "message",
                        "date": date,
                        "from": channel,
                        "from_id": "channel1700000000",
                        "text": pieces,
                    }
                ],
            },
            ensure_ascii=False,
            indent=1,
        ),
    )
    return f"{name}:1"


k = telegram(
    "worked",
    "out109_tg_worked.json",
    "Жетысу LIVE",
    "2026-11-08T08:45:00",
    [
        {"type": "bold", "text": "Хоргос: очередь 12 км"},
        "\n\n",
        "Утром на подъезде к пункту пропуска «Нур жолы» стоят около 500 фур. Водители ждут с ночи, на китайской стороне проверяют документы вручную.\n\n",
        "Пишите нам, если вы в очереди: ",
        {"type": "mention", "text": "@zhetysu_live_bot"},
    ],
)
gold("worked", k, None, "2026-11-08", "Жетысу LIVE", ["zhetysu_live"])
k = telegram(
    "held",
    "out109_tg_held.json",
    "Маңғыстау жаңалықтары",
    "2026-10-30T19:10:00",
    [
        {"type": "bold", "text": "Теміржол арқылы жүк тасымалы артты"},
        "\n\n",
        "Болашақ станциясы арқылы Түрікменстанға жөнелтілген жүк көлемі бір айда 18 пайызға өсті. Бұл туралы ҚТЖ өкілдері мәлімдеді.\n\n",
        "Жаңалықтарды бірінші болып оқыңыз: ",
        {"type": "text_link", "text": "арнаға жазылыңыз", "href": "https://t.me/mangystau_zhanalyq"},
    ],
)
gold("held", k, None, "2026-10-30", "Маңғыстау жаңалықтары", ["mangystau_zhanalyq"], lang="kk")

# ===================== .txt: trailer with ©, photo and «Источник» credits =====================
T = "ДГД: через «Кайрак» в октябре прошло вдвое больше авто"
k = text_file(
    "worked",
    "out109_copyright_trailer.txt",
    (
        f"{T}\n\n12 ноября 2026, 15:40\n\n"
        "Через пункт пропуска «Кайрак» на границе с Узбекистаном в октябре проехали 18 тысяч автомобилей — вдвое больше, чем год назад.\n\n"
        "В ДГД по Туркестанской области рост объясняют открытием новых полос для легковых машин.\n\n"
        "Фото: Kazinform\n\n"
        "Источник: пресс-служба ДГД по Туркестанской области\n\n"
        "© 2026 Zakon.kz. Все права защищены. При использовании материалов гиперссылка обязательна.\n"
    ),
)
gold("worked", k, T, "2026-11-12", "Zakon.kz", notes="photo credit and «Источник» name others")
T = "В Атырау задержали грузовик с контрабандными сигаретами"
k = text_file(
    "held",
    "out109_copyright_trailer.txt",
    (
        f"{T}\n\n2 декабря 2026, 10:05\n\n"
        "На трассе у пункта пропуска «Курмангазы» полицейские остановили фуру, в которой под грузом овощей лежали 40 тысяч пачек сигарет.\n\n"
        "Водитель, гражданин соседней страны, задержан.\n\n"
        "Источник: ДП Атырауской области\n\n"
        "Фото: Tengrinews.kz\n\n"
        "© Lada.kz, 2026\n"
    ),
)
gold("held", k, T, "2026-12-02", "Lada.kz", ["Лада"], notes="photo credit and «Источник» name others")

# .txt: «передает корреспондент Kazinform» / «хабарлайды Kazinform тілшісі»
T = "В Петропавловске обсудили загрузку поста «Кызылжар»"
k = text_file(
    "worked",
    "out109_correspondent.txt",
    (
        f"{T}\n\n20 ноября 2026\n\n"
        "ПЕТРОПАВЛОВСК. На совещании в акимате Северо-Казахстанской области обсудили загрузку пункта пропуска «Кызылжар», "
        "передает корреспондент Kazinform.\n\n"
        "По словам заместителя акима, пост работает на пределе: за сутки через него проходят до 900 грузовиков.\n\n"
        "Источник фото: пресс-служба акимата СКО\n"
    ),
)
gold("worked", k, T, "2026-11-20", "Kazinform")
T = "«Қалжат» өткізу пунктінде жаңа таразы орнатылды"
k = text_file(
    "held",
    "out109_correspondent.txt",
    (
        f"{T}\n\n2026 жылғы 9 қазан\n\n"
        "АЛМАТЫ. Алматы облысындағы «Қалжат» өткізу пунктінде жүк көліктерін өлшейтін жаңа таразы орнатылды, "
        "деп хабарлайды Kazinform тілшісі.\n\n"
        "Жаңа құрылғы көлікті тоқтатпай өлшейді, бұл кезекті азайтады деп күтілуде.\n\n"
        "Фото: облыс әкімдігінің баспасөз қызметі\n"
    ),
)
gold("held", k, T, "2026-10-09", "Kazinform", ["Казинформ", "Қазақпарат"], lang="kk")

# .txt: «Материал подготовлен редакцией …» / Kazakh «Материалды дайындаған …»
T = "Уральские фермеры жалуются на сроки ветконтроля на границе"
k = text_file(
    "worked",
    "out109_prepared_by.txt",
    (
        f"{T}\n\n4 ноября 2026\n\n"
        "Фермеры Западно-Казахстанской области жалуются, что скот, который везут в Россию, по три дня держат на ветеринарном контроле у поста «Сырым».\n\n"
        "В территориальной инспекции ответили, что сроки установлены правилами ЕАЭС.\n\n"
        "Материал подготовлен редакцией газеты «Уральская неделя»\n"
    ),
)
gold("worked", k, T, "2026-11-04", "Уральская неделя", ["uralskweek.kz"])
T = "Ақтөбеде шекара маңындағы жол жөнделеді"
k = text_file(
    "held",
    "out109_prepared_by.txt",
    (
        f"{T}\n\n2026 жылғы 15 қараша\n\n"
        "Ақтөбе облысындағы «Әйтеке би» өткізу пунктіне апаратын 40 шақырымдық жол келесі жылы жөнделеді.\n\n"
        "Облыстық жолаушылар көлігі басқармасының мәліметінше, жұмыс көктемде басталады.\n\n"
        "Материалды дайындаған – «Ақтөбе» газетінің редакциясы\n"
    ),
)
gold("held", k, T, "2026-11-15", "Ақтөбе", ["aqtobe-gazeti.kz", "Актобе"], lang="kk")

# ===================== .html: og:site_name + copyright; a cited outlet in the text =====================
T = "Перевозчики просят продлить работу «Карасу» в выходные"
k = text_file(
    "worked",
    "out109_og_copyright.html",
    page(
        T,
        (
            '<div class="meta"><time datetime="2026-11-14T09:30">14 ноября 2026, 09:30</time></div>'
            + paras(
                "Ассоциация перевозчиков попросила продлить работу пункта пропуска «Карасу» на границе с Кыргызстаном по выходным.",
                "Как сообщает Tengrinews.kz, в субботу очередь растягивается на несколько километров.",
                "В погранслужбе обещали рассмотреть обращение.",
            )
        ),
        head='<meta property="og:site_name" content="Informburo.kz">\n<meta property="og:type" content="article">',
        header='<a class="logo" href="/"><img src="/img/logo.svg" alt="Informburo"></a>',
        footer="<p>© 2026 Информбюро. Все права защищены.</p>",
    ),
)
gold("worked", k, T, "2026-11-14", "Informburo.kz", ["Информбюро", "Informburo"], notes="Tengrinews.kz is cited")
T = "На «Хоргосе» запустили зеленый коридор для скоропортящихся грузов"
k = text_file(
    "held",
    "out109_og_copyright.html",
    page(
        T,
        (
            '<div class="meta"><time datetime="2026-10-25T13:10">25 октября 2026, 13:10</time></div>'
            + paras(
                "На пункте пропуска «Хоргос» запустили зеленый коридор для фруктов и овощей.",
                "По данным Kazinform, такие машины будут проходить досмотр за 30 минут.",
                "Перевозчики встретили новость с осторожностью.",
            )
        ),
        head='<meta property="og:site_name" content="Vlast.kz">\n<meta property="og:type" content="article">',
        header='<a class="logo" href="/"><img src="/img/logo.png" alt="Власть"></a>',
        footer="<p>© Власть, 2026. Перепечатка без согласия редакции запрещена.</p>",
    ),
)
gold("held", k, T, "2026-10-25", "Vlast.kz", ["Власть"], notes="Kazinform is cited")

# .html: logo alt + canonical link, no og
T = "В СКО модернизируют автомобильный пункт пропуска «Караозек»"
k = text_file(
    "worked",
    "out109_logo_canonical.html",
    page(
        T,
        (
            '<p class="date">7 ноября 2026</p>'
            + paras(
                "В Северо-Казахстанской области начали модернизацию пункта пропуска «Караозек» на границе с Россией.",
                "Здесь построят новый досмотровый ангар и расширят въезд.",
                "Работы планируют завершить до конца 2027 года.",
            )
        ),
        head='<link rel="canonical" href="https://pkzsk.info/v-sko-moderniziruyut-karaozek/">',
        header='<a href="https://pkzsk.info/"><img src="/wp-content/uploads/logo.png" alt="Петропавловск News"></a>',
        footer="<p>Все права защищены</p>",
    ),
)
gold("worked", k, T, "2026-11-07", "Петропавловск News", ["pkzsk.info"])
T = "Костанайские аграрии везут зерно в Россию через «Кайрак» в обход"
k = text_file(
    "held",
    "out109_logo_canonical.html",
    page(
        T,
        (
            '<p class="date">19 октября 2026</p>'
            + paras(
                "Часть костанайских аграриев везет зерно в Россию через пост «Кайрак» вместо загруженного «Карабутака».",
                "Крюк в 200 километров, по их словам, обходится дешевле, чем двое суток ожидания.",
                "В управлении сельского хозяйства обещали разобраться.",
            )
        ),
        head='<link rel="canonical" href="https://kstnews.kz/news/society/item/81234">',
        header='<a href="https://kstnews.kz/"><img src="/images/logo.png" alt="Костанайские новости"></a>',
        footer="<p>Все права защищены</p>",
    ),
)
gold("held", k, T, "2026-10-19", "Костанайские новости", ["kstnews.kz"])

# .html in Kazakh: og:site_name in Latin, copyright in Cyrillic
T = "«Нұр жолы» арқылы жүк тасымалы рекордқа жетті"
k = text_file(
    "worked",
    "out109_kk_og.html",
    page(
        T,
        (
            '<span class="date">2026 жылғы 2 желтоқсан</span>'
            + paras(
                "Қараша айында «Нұр жолы» өткізу пункті арқылы 42 мың жүк көлігі өтті, бұл – рекордтық көрсеткіш.",
                "Бұл туралы Kazinform хабарлады деп жазды кейбір басылымдар, алайда дерек Мемлекеттік кірістер комитетінен алынды.",
                "Комитет өкілдері кезек азайғанын айтты.",
            )
        ),
        head='<meta property="og:site_name" content="Egemen Qazaqstan">',
        lang="kk",
        header='<a class="logo" href="/"><img src="/logo.svg" alt="Egemen"></a>',
        footer="<p>© «Егемен Қазақстан» республикалық газеті, 2026</p>",
    ),
)
gold(
    "worked",
    k,
    T,
    "2026-12-02",
    "Егемен Қазақстан",
    ["Egemen Qazaqstan", "egemen.kz"],
    lang="kk",
    notes="Kazinform is cited",
)
T = "Шекарада балаларды алып өту ережесі өзгерді"
k = text_file(
    "held",
    "out109_kk_og.html",
    page(
        T,
        (
            '<span class="date">2026 жылғы 11 қараша</span>'
            + paras(
                "Кәмелетке толмаған балаларды шекарадан алып өту ережесі өзгерді.",
                "Енді ата-анасының біреуі ғана жүрсе, екіншісінің нотариалды келісімі талап етілмейді, деп жазады Tengrinews.kz.",
                "Шекара қызметі жаңа ережені түсіндірді.",
            )
        ),
        head='<meta property="og:site_name" content="Ana tili">',
        lang="kk",
        header='<a class="logo" href="/"><img src="/logo.png" alt="Ana tili"></a>',
        footer="<p>© «Ана тілі» газеті, 2026</p>",
    ),
)
gold("held", k, T, "2026-11-11", "Ана тілі", ["Ana tili", "anatili.kz"], lang="kk", notes="Tengrinews.kz is cited")

write(lambda half: f"out109 {half} half: records and pages written by out109 to measure the outlet")
