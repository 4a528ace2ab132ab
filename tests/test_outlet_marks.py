"""Where a page marks its own outlet: datelines, the newsroom speaking of itself, mastheads,
prompts, the page's URL, and the order that puts those marks before outlets the text cites.
All page texts are made up; the outlet names are invented or fold to rows of outlets.csv."""

import pytest

from store.model import RawDoc
from store.reading.credits import city_outlet, find_dateline, find_outlet, newsroom
from store.reading.parse import parse


def _page(text: str):
    return parse(RawDoc(path="p.txt", file="p.txt", text=text, raw=text, format="txt"))


@pytest.mark.parametrize(
    "lead, city, outlet",
    [
        ("Астана. 3 марта. КазТАГ – Снег выпадет на севере страны, говорят синоптики.", "Астана", "КазТАГ"),
        ("ҚОСТАНАЙ. KAZINFORM — Облыста жаңа көпір ашылды деп хабарлады әкімдік.", "Қостанай", "Kazinform"),
        ("ОШ, 4-мар. — Sputnik. Чек арада кезек көбөйдү деп билдирди кызмат.", "Ош", "Sputnik"),
    ],
)
def test_datelines_with_mixed_case_agencies_kazakh_capitals_and_short_dates(lead, city, outlet):
    assert find_dateline(lead) == (city, outlet)


def test_a_dateline_word_that_is_the_sentence_not_an_agency():
    assert find_dateline("Астана, 7 августа. Министр сказал, что мост откроют.") == ("Астана", None)


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Жол ашылды, деп хабарлайды @Steppenews.kz тілшісі.", "Steppenews.kz"),
        ("Ремонта не будет, сообщает “Степной вестник”", "Степной вестник"),
        ("Jol ashyldy, dep jazady Dalaqala.kz.", "Dalaqala.kz"),
        ("Kópir jabyldy, dep habarlaidy “Dalaqala” ulttyq portaly.", "Dalaqala"),
        ("Очередь выросла, передает STEPPE.KZ со ссылкой на ведомство.", "STEPPE.KZ"),
    ],
)
def test_outlet_spellings_in_the_lead(line, outlet):
    assert find_outlet([line]) == outlet


def test_a_state_enterprise_reporting_is_not_the_outlet():
    assert find_outlet(["Снега не будет, сообщает РГП «Метеоцентр»."]) is None


@pytest.mark.parametrize(
    "pars, outlet",
    [
        (["«Дала таңы» ақпарат агенттігінің редакциясына жүргізушілер хабарласты."], "Дала таңы"),
        (["Цифры красивые. Редакция Steppe24 направила запросы в министерство."], "Steppe24"),
        (["Водители жаловались.", "«Дала.kg» обратились в пограничную службу за разъяснением."], "Дала.kg"),
        (["Steppenews.kz, ссылаясь на сайт другого издания, отмечает рост очередей."], "Steppenews.kz"),
    ],
)
def test_the_newsroom_speaking_of_itself(pars, outlet):
    assert newsroom(pars) == outlet


@pytest.mark.parametrize(
    "pars",
    [
        ["Минтранс обратился в суд с иском к подрядчику."],
        ["В редакцию обратились жители села с жалобой на дорогу."],
        ["Аким обратился к жителям района с просьбой."],
    ],
)
def test_bodies_and_people_are_not_a_newsroom(pars):
    assert newsroom(pars) is None


def test_a_city_and_a_known_outlet_without_a_date():
    assert city_outlet(["Бекеттер жабылады.", "Алматы, NEGE. «Мереке күні бекет жұмыс істемейді»."]) == "NEGE.KZ"
    assert city_outlet(["Алматы, Достык. Бекет жабылады."]) is None


def test_a_masthead_line_names_the_paper():
    text = (
        "Областная газета «Степной вестник»\n\nВсе новости области\n\nДорога длиною в год\n\n"
        "Журналист газеты выехал в рейс с водителями, чтобы узнать, каково работать на трассе.\n"
    )
    assert _page(text).source == "Степной вестник"


def test_a_prompt_with_the_sites_domain_names_it():
    text = (
        "На границе нет очередей\n\nПограничники сообщили, что оба пункта пропуска работают в обычном режиме.\n\n"
        "Очередь из пустых грузовиков есть только на одном посту, там около сорока машин.\n\n"
        "Есть тема? Пишите Stepnews.media в Telegram\n"
    )
    assert _page(text).source == "Stepnews.media"


def test_the_pages_own_url_line():
    text = (
        "На границе нет очередей\n\nПограничники сообщили, что оба пункта пропуска работают в обычном режиме.\n\n"
        "url:\nhttps://stepnews.media/12345\n"
    )
    assert _page(text).source == "stepnews.media"


def test_a_capitals_rubric_does_not_beat_the_outlet_the_lead_names():
    text = (
        "ЭКОНОМИКА\nСухой порт начали строить на севере\n"
        "В области начали строить большой сухой порт для контейнеров, сообщает «Степь ТВ».\n"
        "Инвестиции составят миллиарды тенге, говорят в компании.\n"
    )
    assert _page(text).source == "Степь ТВ"


def test_a_domain_of_digits_finds_its_row():
    from store.reading.outlets import known

    assert known("24.kz") == "Хабар 24"
    assert known("24") is None


def test_the_lead_naming_the_outlet_beats_another_papers_newsroom():
    text = (
        "Шекарада кезек ұзарды, деп хабарлайды steppebiz.kz сайты.\n"
        "Осылайша, «Дала таңы» басылымының редакциясына жүк көлігі жүргізушілері хабарласты.\n"
    )
    assert _page(text).source == "steppebiz.kz"


def test_a_camel_case_logo_with_its_slogan():
    text = (
        "StepCity - ни дня без новостей\n\nНа границе выросла очередь\n\n"
        "Пограничники предупредили, что на пунктах пропуска скопились люди и машины из-за праздников.\n"
    )
    assert _page(text).source == "StepCity"


def test_the_newsrooms_mailbox_names_the_site_but_a_readers_does_not():
    head = "Контакты редакции:\n+7 (700) 000 00 00, desk@stepnews.kz\n\nОчередь на границе выросла\n\n"
    lead = "Пограничники предупредили, что на пунктах пропуска скопились люди и машины из-за праздников.\n"
    assert _page(head + lead).source == "stepnews.kz"
    assert _page(head.replace("stepnews.kz", "gmail.com") + lead).source is None


def test_a_kazakh_photo_stamp_names_the_site():
    text = (
        "Шекарада кезек ұзарды\n\nжүк көлігі, фура, кезек, сурет - Stepnews.kz жаңалық 27.02.2026 09:26 Фото: архив\n"
        "Шекара бекетінде жүк көліктерінің кезегі бірнеше шақырымға созылды, жүргізушілер шағымданып отыр.\n"
    )
    assert _page(text).source == "Stepnews.kz"


@pytest.mark.parametrize(
    "byline, outlet",
    [("Айгуль Серикова, Stepnews.kz", "Stepnews.kz"), ("Текст: Иван Орлов / Vlast.kz", "Vlast.kz")],
)
def test_a_byline_with_the_reporters_outlet(byline, outlet):
    text = (
        "Очередь на границе выросла\n" + byline + "\n"
        "Пограничники предупредили, что на пунктах пропуска скопились люди и машины из-за праздников.\n"
    )
    assert _page(text).source == outlet


def test_the_browser_title_names_the_site_when_the_headline_repeats_below():
    text = (
        "Очередь на границе выросла вдвое - Степной Курьер\n\nОчередь на границе выросла вдвое\n\n"
        "Пограничники предупредили, что на пунктах пропуска скопились люди и машины из-за праздников.\n"
    )
    assert _page(text).source == "Степной Курьер"
    once = text.replace("\n\nОчередь на границе выросла вдвое\n\n", "\n\n")
    assert _page(once).source is None
