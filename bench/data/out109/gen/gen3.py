"""Writes out109's third round (worked3/, held3/), 5 + 5, written after round two's fixes and before
any run on these: the shapes e2e107 measured its outlet on (a Telegram line with `from`, a Scrapy
item nested under `item` with `site_name`), and pages that print no outlet of their own but credit
others («Фото: Kazinform», «Источник: …»: gold source null, scored by bench/outlet_check.py as
«names another outlet»), a .html whose only mark is its copyright line, and a .txt byline
«Name / Outlet»."""

from frame import FILES, gold, halves, record, write

halves("worked3", "held3")

jsonl = record


def page(title, date_html, body, footer, lang="ru"):
    ps = "\n".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n'
        f'<body>\n<header><nav><a href="/">Басты бет</a> <a href="/news">Жаңалықтар</a></nav></header>\n'
        f"<main><article>\n<h1>{title}</h1>\n{date_html}\n{ps}\n</article></main>\n<footer>{footer}</footer>\n</body>\n</html>\n"
    )


# ---- a Telegram line in a JSON-lines dump: the channel under `from`, text as pieces
k = jsonl(
    "worked3",
    "out109_tg_lines.jsonl",
    dict(
        id=8812,
        type="message",
        date="2026-11-29T07:30:00",
        **{"from": "Шымкент Онлайн"},
        text=[
            "Ночью на посту «Жибек жолы» ",
            {"type": "bold", "text": "очередь из 200 фур"},
            ". Водители жалуются на медленный досмотр на узбекской стороне. По данным Kazinform, ДГД направил туда дополнительную смену.",
        ],
    ),
)
gold("worked3", k, None, "2026-11-29", "Шымкент Онлайн", notes="Kazinform is cited")
k = jsonl(
    "held3",
    "out109_tg_lines.jsonl",
    dict(
        id=4410,
        type="message",
        date="2026-10-20T21:05:00",
        **{"from": "Атырау 24/7"},
        text=[
            "На трассе к посту «Курмангазы» ",
            {"type": "bold", "text": "ограничено движение"},
            ": ремонтируют мост. Как пишет Lada.kz, объезд займет около часа.",
        ],
    ),
)
gold("held3", k, None, "2026-10-20", "Атырау 24/7", notes="Lada.kz is cited")

# ---- a Scrapy item nested under `item`, site_name beside the HTML body
T = "Зерновозы на «Достыке» ждут по четыре дня"
k = jsonl(
    "worked3",
    "out109_scrapy_nested.jsonl",
    dict(
        spider="kstnews",
        crawled="2026-11-12T06:00:00",
        item=dict(
            headline=T,
            anons="Зерновозы стоят у границы.",
            body_html="<p>На станции Достык вагоны с зерном ждут передачи на китайскую сторону по четыре дня.</p>"
            "<p>Как сообщает Tengrinews.kz, железнодорожники добавили два поезда в сутки.</p>",
            pub_date="11.11.2026 17:45",
            site_name="Степной край",
            url="https://stepnoy-kray.kz/news/zernovozy-dostyk",
        ),
    ),
)
gold(
    "worked3",
    k,
    T,
    "2026-11-11",
    "Степной край",
    ["stepnoy-kray.kz"],
    notes="Tengrinews.kz cited; spider name is another known site",
)
T = "Пограничники Жамбылской области перешли на зимний график"
k = jsonl(
    "held3",
    "out109_scrapy_nested.jsonl",
    dict(
        spider="zakon",
        crawled="2026-10-31T06:00:00",
        item=dict(
            headline=T,
            anons="Зимний график на постах.",
            body_html="<p>Пункты пропуска Жамбылской области с 1 ноября работают по зимнему графику.</p>"
            "<p>По информации Kazinform, «Кордай» остается круглосуточным.</p>",
            pub_date="30.10.2026 12:10",
            site_name="Тараз Таймс",
            url="https://taraz-times.kz/news/zimniy-grafik",
        ),
    ),
)
gold(
    "held3",
    k,
    T,
    "2026-10-30",
    "Тараз Таймс",
    ["taraz-times.kz"],
    notes="Kazinform cited; spider name is another known site",
)

# ---- a .txt that prints no outlet of its own, only credits of others: gold null
T = "На «Таскале» открыли новый зал ожидания"
FILES["worked3"]["out109_credits_only.txt"] = (
    f"{T}\n\n9 ноября 2026\n\n"
    "На пункте пропуска «Таскала» в Западно-Казахстанской области открыли зал ожидания для пассажиров автобусов.\n\n"
    "В нем 80 мест, буфет и комната матери и ребенка.\n\n"
    "Фото: Kazinform\n\n"
    "Источник: Tengrinews.kz\n"
)
gold("worked3", "out109_credits_only.txt", T, "2026-11-09", None, notes="prints no outlet of its own")
T = "«Қайрақ» бекетінде жаңа терминал салынады"
FILES["held3"]["out109_credits_only.txt"] = (
    f"{T}\n\n2026 жылғы 3 желтоқсан\n\n"
    "Түркістан облысындағы «Қайрақ» өткізу пунктінде жаңа жолаушылар терминалы салынады.\n\n"
    "Құрылыс келесі жылдың көктемінде басталады.\n\n"
    "Фото: Kazinform\n\n"
    "Дереккөз: Zakon.kz\n"
)
gold("held3", "out109_credits_only.txt", T, "2026-12-03", None, lang="kk", notes="prints no outlet of its own")

# ---- a .html whose only mark is its copyright line
T = "Шекарадан мал өткізу тәртібі қатаңдатылды"
FILES["worked3"]["out109_copyright_only.html"] = page(
    T,
    "<p>2026 жылғы 18 қараша</p>",
    [
        "Шекарадан мал өткізу кезінде ветеринарлық бақылау күшейтілді.",
        "Енді әр малдың чипі тексеріледі, деп хабарлады Ауыл шаруашылығы министрлігі.",
    ],
    "<p>© 2026 «Жас Алаш». Барлық құқықтар қорғалған.</p>",
    lang="kk",
)
gold("worked3", "out109_copyright_only.html", T, "2026-11-18", "Жас Алаш", ["zhasalash.kz"], lang="kk")
T = "Қорғаста жолаушылар терминалы жөндеуге жабылады"
FILES["held3"]["out109_copyright_only.html"] = page(
    T,
    "<p>2026 жылғы 7 қазан</p>",
    [
        "«Қорғас» өткізу пунктінің жолаушылар терминалы екі аптаға жөндеуге жабылады.",
        "Осы уақытта жолаушылар уақытша павильон арқылы өтеді.",
    ],
    "<p>© «Жетісу» газеті, 2026. Барлық құқықтар қорғалған.</p>",
    lang="kk",
)
gold("held3", "out109_copyright_only.html", T, "2026-10-07", "Жетісу", ["zhetysu-gazeti.kz"], lang="kk")

# ---- a .txt byline «Name / Outlet» at the top
T = "Перевозчики Караганды ищут обход закрытого «Каркаралинска»"
FILES["worked3"]["out109_byline_slash.txt"] = (
    f"{T}\n\nМарат Ибраев / Индустриальная Караганда\n\n16 ноября 2026\n\n"
    "Карагандинские перевозчики ищут обходные маршруты к границе с Россией после закрытия дороги на ремонт.\n\n"
    "Как ранее сообщал Kazinform, ремонт продлится до весны.\n"
)
gold(
    "worked3",
    "out109_byline_slash.txt",
    T,
    "2026-11-16",
    "Индустриальная Караганда",
    ["ekaraganda.kz"],
    notes="Kazinform cited",
)
T = "На посту «Жайсан» стали проверять документы быстрее"
FILES["held3"]["out109_byline_slash.txt"] = (
    f"{T}\n\nЕлена Ким / Диапазон\n\n28 октября 2026\n\n"
    "На пункте пропуска «Жайсан» в Актюбинской области время проверки документов сократилось вдвое.\n\n"
    "По данным Sputnik Казахстан, пограничники получили новые сканеры паспортов.\n"
)
gold("held3", "out109_byline_slash.txt", T, "2026-10-28", "Диапазон", ["diapazon.kz"], notes="Sputnik cited")

write(lambda half: f"out109 {half}: records and pages written by out109 to measure the outlet")
