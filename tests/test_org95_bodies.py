"""org95 (issue 15): bodies border, customs, transport and trade news of Kazakhstan names that
bodies.csv lacked (parties, Mazhilis committees, national companies, the neighbours' tax, finance
and aviation bodies, international bodies) — found and linked to their rows in short frames, in
Russian and Kazakh cases, in lists and in brackets; a company's kind word printed around its
quoted name («Авиакомпания «…»», ««…» ұлттық компаниясы») no longer keeps it unlinked; the
new rows' short names that are common words stay no bodies. Sentences made up here (none copied
from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.notes import body_organizations


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str, title: str = "Новости") -> list[tuple[str, str | None]]:
    return body_organizations(extractor, body, title)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Продкорпорация отгрузила через Сарыагаш 40 тысяч тонн пшеницы.", "food-corporation"),
        ("Вагоны для зерна выделила Продовольственная контрактная корпорация.", "food-corporation"),
        ("АО «Казахтелеком» проложило оптику до пункта пропуска.", "kazakhtelecom"),
        ("Концентрат в Китай отправила компания «Тау-Кен Самрук».", "tau-ken-samruk"),
        ("Кредиты экспортёрам выдаст Аграрная кредитная корпорация.", "agrarian-credit-corp"),
        ("Проверку аэропорта провела Авиационная администрация Казахстана.", "aviation-administration"),
        ("На площадке Международного финансового центра «Астана» зарегистрировались логисты.", "aifc"),
        ("Терминалы для оплаты пошлин на посту установил Halyk Bank.", "halyk-bank"),
        ("Комитет Мажилиса по финансам и бюджету рассмотрел поправки в Кодекс.", "mazhilis-finance-committee"),
        ("Депутаты партии AMANAT побывали на посту «Жибек жолы».", "amanat-party"),
        ("Запрос о простоях фур направила Демократическая партия Казахстана «Ак жол».", "akzhol-party"),
        ("Государственная Дума ратифицировала соглашение о пунктах пропуска.", "state-duma-russia"),
        ("Федеральная налоговая служба России обменяется данными о НДС.", "fns-russia"),
        ("Квоту на вывоз пшеницы ввёл Минсельхоз России.", "minselkhoz-russia"),
        ("Народный банк Китая разрешил расчёты в тенге.", "pboc"),
        ("Государственная налоговая служба Кыргызской Республики отменила двойную проверку.", "kg-tax"),
        ("Пошлины снизило Министерство экономики и финансов Республики Узбекистан.", "uz-mef"),
        ("Рейс из Ташкента в Актау откроет Uzbekistan Airways.", "uzbekistan-airways"),
        ("Прямые рейсы возобновили Туркменские авиалинии.", "tm-airlines"),
        ("Данные о грузах на паромах получит Государственный таможенный комитет Азербайджана.", "az-customs"),
        ("Сертификат выдала Международная ассоциация воздушного транспорта (IATA).", "iata"),
        ("Терминал профинансирует Международная финансовая корпорация.", "ifc"),
        ("Эксперты ЕАГ приедут в Астану в мае.", "eag"),
        ("Жалобу экспортёра принял Суд ЕАЭС.", "eaeu-court"),
    ],
)
def test_a_new_row_is_found_and_linked_in_russian(extractor, body, row):
    assert row in {r for _, r in bodies(extractor, body)}, bodies(extractor, body)


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("«Қазақтелеком» АҚ бекетке дейін талшықты-оптикалық желі тартты.", "kazakhtelecom"),
        ("Азық-түлік келісімшарт корпорациясы Өзбекстанға астық жөнелтті.", "food-corporation"),
        ("Шешімді «Астана» халықаралық қаржы орталығының соты шығарды.", "aifc-court"),
        ("AMANAT партиясының депутаттары бекетте болды.", "amanat-party"),
        ("Жобаны «Ауыл» партиясы да қолдады.", "auyl-party"),
        ("Мәжілістің Қаржы және бюджет комитеті түзетулерді қарады.", "mazhilis-finance-committee"),
        ("Ресей Федерациясы Ауыл шаруашылығы министрлігі квота енгізді.", "minselkhoz-russia"),
        ("Қырғыз Республикасының Ұлттық банкі төлемдерді жеделдетуді ұсынды.", "kg-national-bank"),
        ("Ұсынысты Өзбекстан Экономика және қаржы министрлігі қарайды.", "uz-mef"),
        ("Әзірбайжан Республикасының Мемлекеттік кеден комитеті ақпарат алмасуды бастады.", "az-customs"),
        ("Кездесуге Қазақстан халқы Ассамблеясының өкілдері қатысты.", "assembly-people"),
        ("ФАТФ талаптарына сәйкес ереже өзгереді.", "fatf"),
    ],
)
def test_a_new_row_is_found_and_linked_in_kazakh(extractor, body, row):
    assert row in {r for _, r in bodies(extractor, body, "Жаңалықтар")}, bodies(extractor, body, "Жаңалықтар")


def test_new_rows_in_a_list(extractor):
    found = {
        r
        for _, r in bodies(
            extractor, "Маршрут согласовали КТЖ, Железные дороги Исламской Республики Иран и Туркмендемирёллары."
        )
    }
    assert {"ktz", "iran-railways", "tm-railway"} <= found


@pytest.mark.parametrize(
    ("body", "title", "row"),
    [
        ("Авиакомпания «Туркменские авиалинии» возобновила рейсы в Алматы.", "Новости", "tm-airlines"),
        ("«Kazakh Tourism» ұлттық компаниясы жаңа жоспар ұсынды.", "Жаңалықтар", "kazakh-tourism"),
        ("«Тау-Кен Самұрық» ұлттық тау-кен компаниясы тасымалды бастады.", "Жаңалықтар", "tau-ken-samruk"),
    ],
)
def test_a_company_kind_around_its_quoted_name_is_the_row(extractor, body, title, row):
    found = bodies(extractor, body, title)
    assert any(r == row for _, r in found), found
    assert not any(r is None for _, r in found), found


def test_kazakh_name_without_its_closing_legal_form():
    assert (
        kb.kazakh_name_without_legal_form("«Kazakh Tourism» ұлттық компаниясы АҚ")
        == "«Kazakh Tourism» ұлттық компаниясы"
    )
    # the quoted word alone is no form of its own (a common word may be the company's name)
    assert kb.kazakh_name_without_legal_form("«Қазпошта» АҚ") == ""
    assert kb.kazakh_name_without_legal_form("Қазақстан Республикасының Ұлттық Банкі") == ""


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("На трассе Ак жол – Кордай начали ремонт покрытия.", "Новости"),
        ("Шекара маңындағы ауыл тұрғындары жаңа жол сұрады.", "Жаңалықтар"),
        ("Байтақ даланың шекарасын шекарашылар күзетеді.", "Жаңалықтар"),
        ("Бұл жер бізге ата-бабадан қалған аманат.", "Жаңалықтар"),
        ("Крупнейший банк России открыл отделение в Оренбурге у границы.", "Новости"),
        ("Водители называют мак и мёд среди товаров, которые везут через границу.", "Новости"),
        ("Налоговая служба района проверила склады у границы.", "Новости"),
    ],
)
def test_common_words_the_new_rows_share_are_no_bodies(extractor, body, title):
    assert bodies(extractor, body, title) == []
