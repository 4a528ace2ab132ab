"""org50: companies written in Latin inside Russian or Kazakh text — the knowledge base's rows
for the carriers, marketplaces and postal union a reader of this domain meets, how a foreign
company printed in Latin is named, and store/extract/passes/glossed_and_quoted.py. Sentences
are made up for these tests."""

import pytest

from store.lang import kb


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
