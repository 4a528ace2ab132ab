"""Bodies of Kazakh border news bodies.csv lacked or named in fewer forms (org89): Russia's
rail and sea transport agencies, a Russian container operator, the Trans-Eurasian
coordinating council, KTZ Express's shipping arm, an Aktau terminal; the carriers' unions in
Kazakh spelling. A brand written with a capital inside a word («КазЛогистика») is shown as
printed, not spelled out like the press's clipped words. Made-up sentences."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from store.model import Article


def _whole(name: str) -> set[str]:
    """The row ids kb.find links `name` to as a whole."""
    return {m.form.row.id for m in kb.find(name) if m.start == 0 and m.end >= len(name) - 1}


@pytest.mark.parametrize(
    "name, row",
    [
        ("Росжелдор", "roszheldor"),
        ("Федеральное агентство железнодорожного транспорта", "roszheldor"),
        ("Росморречфлот", "rosmorrechflot"),
        ("ТрансКонтейнер", "transcontainer"),
        ("Министерство промышленности и торговли России", "minpromtorg-russia"),
        ("КСТП", "cctt"),
        ("Координационный совет по трансъевразийским перевозкам", "cctt"),
        ("Координационный совет по Транссибирским перевозкам", "cctt"),
        ("KTZ Express Shipping", "ktze-shipping"),
        ("Актауский морской северный терминал", "aktau-north-terminal"),
        ("АМСТ", "aktau-north-terminal"),
        ("ҚазАТО", "kazato"),
        ("ҚазЛогистика", "kazlogistics"),
        ("Ассоциация «ТМТМ»", "tmtm-association"),
        ("Международный союз автотранспорта", "iru"),
        ("Кыргызская железная дорога", "kg-railway"),
        ("Өзбекстан темір жолдары", "uz-railway"),
        ("Актауский морской торговый порт", "aktau-port"),
        ("Государственная таможенная служба Кыргызской Республики", "kg-customs"),
        ("Комитет автомобильного транспорта и транспортного контроля", "committee-road-transport-control"),
    ],
)
def test_name_links_its_row(name, row):
    assert row in _whole(name)


@pytest.mark.parametrize("name", ["ТМТМ", "МТК «Север – Юг»", "Транскаспийский маршрут"])
def test_a_route_is_no_form_of_a_body(name):
    # the association and the council are bodies; the route or corridor they serve is not
    assert not _whole(name) & {"tmtm-association", "instc-coordination"}


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _orgs(extractor, text):
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=None)
    return [m.name for m in extractor.extract(article).mentions if m.type == "organization"]


def test_camel_case_brand_is_shown_as_printed(extractor):
    # before: «АО «Экспортно-кредитное агентство Казахстана «KazakhExport»», the brand taken
    # for a clipping of «Казахстана»
    assert _orgs(extractor, "КазахЭкспорт застраховал поставку зерна в Китай.") == ["КазахЭкспорт"]
    assert _orgs(extractor, "Письмо в министерство направила ҚазЛогистика.") == ["ҚазЛогистика"]


def test_union_spelled_with_russian_letters_is_no_form(extractor):
    # «КазЛогистика» would read «Казлогистик Групп», a firm (test_org87_firm_names), as the union
    assert "Казлогистик Групп" in _orgs(extractor, "Компания Казлогистик Групп получила кредит.")


def test_press_clipping_is_still_spelled_out(extractor):
    assert "Пограничная служба КНБ" in _orgs(extractor, "Погранслужба КНБ сообщила о задержании.")


def test_new_rows_found_in_sentences(extractor):
    names = _orgs(extractor, "В Росжелдоре заявили, что ТрансКонтейнер и Росморречфлот согласовали график.")
    assert {"Росжелдор", "ТрансКонтейнер", "Росморречфлот"} <= set(names)
