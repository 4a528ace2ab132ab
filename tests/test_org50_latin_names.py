"""org50: companies written in Latin inside Russian or Kazakh text — the knowledge base's rows
for the carriers, marketplaces and postal union a reader of this domain meets, how a foreign
company printed in Latin is named, and store/extract/passes/glossed_and_quoted.py. Sentences
are made up for these tests."""

import pytest

from store.extract.ner import NerSpan
from store.extract.passes.glossed_and_quoted import _glossed_terms, terms_not_bodies
from store.lang import kb


class Ctx:
    def __init__(self):
        self.names = {}


@pytest.mark.parametrize(
    "text,row",
    [
        ("Контейнеры Maersk-тің кемесі әкелді.", "maersk"),
        ("Терминалом управляла DP World до 2017 года.", "dp-world"),
        ("Посылки везёт DHL Express из Лейпцига.", "dhl"),
        ("Машины везёт Hyundai Glovis через Достык.", "hyundai-glovis"),
        ("Заказы из Wildberries задержались на границе.", "wildberries"),
        ("Дүниежүзілік пошта одағына мүше елдер.", "upu"),
        ("Сделка прошла через Kaspi.kz.", "kaspi"),
    ],
)
def test_the_knowledge_base_knows_the_carriers_and_marketplaces(text, row):
    assert row in {m.form.row.id for m in kb.find(text)}


def test_ozone_the_gas_is_not_the_marketplace():
    assert "ozon" not in {m.form.row.id for m in kb.find("Над городом измерили озон.")}


def test_a_lower_case_gloss_makes_an_abbreviation_a_term():
    text = "ETA (срок прибытия) сдвигается. SLA (соглашение об уровне сервиса) не подписано."
    assert _glossed_terms(text) == {"ETA", "SLA"}


def test_a_gloss_naming_a_body_keeps_the_abbreviation_a_body():
    assert _glossed_terms("Документы проверяет СГД (служба государственных доходов).") == set()
    assert _glossed_terms("Трубу строит КТК (Каспийский трубопроводный консорциум).") == set()


def test_an_abbreviation_defined_after_a_place_is_a_term():
    assert "ЦА" in _glossed_terms("Транзит в страны Центральной Азии (ЦА) вырос.")


def test_a_glossed_abbreviation_is_no_body_wherever_it_stands():
    text = "SLA (соглашение об уровне сервиса) не подписано, поэтому SLA никто не соблюдает."
    spans = [NerSpan("organization", m, m + 3, "SLA") for m in (0, text.rindex("SLA"))]
    assert terms_not_bodies(text, spans, Ctx()) == []


def test_a_remark_in_brackets_is_no_gloss():
    assert _glossed_terms("Акции купил холдинг ЮТВ (он владеет им вместе с партнёром).") == set()


def test_an_outlet_credited_after_a_city_is_no_term():
    assert _glossed_terms("ASTANA (TCA) — A train left the border station.") == set()


@pytest.fixture(scope="module")
def extractor():
    from store.extract.extractor import Extractor

    return Extractor(disabled=())


def _bodies(extractor, text: str) -> set[str]:
    from store.model import Article

    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=None)
    return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}


def test_a_foreign_company_is_named_as_printed_not_by_the_tables_gloss(extractor):
    assert _bodies(extractor, "В порту Актау работают DHL и Maersk.") == {"DHL", "Maersk"}


def test_a_kazakh_case_ending_on_a_known_company_is_no_part_of_its_name(extractor):
    assert _bodies(extractor, "Биыл Maersk-тің контейнерлері Ақтауға көбірек келді.") == {"Maersk"}


def test_a_quoted_name_before_its_heads_title_is_a_body_over_the_parents_abbreviation(extractor):
    text = "Бұл туралы «KTZE-Оңтүстік» бас директорының орынбасары айтты."
    assert _bodies(extractor, text) == {"KTZE-Оңтүстік"}
