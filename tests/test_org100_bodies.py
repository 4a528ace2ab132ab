"""org100: three shapes of bodies the extractor missed or misnamed, from sentences written here
(none copied from a page or from eval; bench/data/org100_fresh.json holds the whole fresh set).

(1) A Kazakh generic noun after a named body («Кеден одағы комиссиясы», «Транспорт полициясы»)
and the Russian long name of KTZ Express: one body, linked where a row exists. (2) A Russian
lower-case reference to a body the knowledge base has («погранслужба Узбекистана», «таможенная
служба КНР»), named spelled out and linked; a plural of people is no body. (3) An outlet cited
in the text by a name with a digit, a dot or an inner capital, in the nominative."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes import cited_outlets as co
from store.lang import kb
from store.lang.normalize import key
from tests.notes import body_organizations


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str) -> list[tuple[str, str | None]]:
    return body_organizations(extractor, body, "Новости")


@pytest.mark.parametrize(
    "text,spelling",
    [
        ("Как рассказал «Газете.uz» водитель, очередь стоит сутки.", "Газета.uz"),
        ("Сюжет показали по 31 каналу вечером.", "31 канал"),
        ("Бұл туралы 24.kg-ға жүргізуші айтты.", "24.kg"),
        ("ҚазАқпарат тілшісі бекетте болды.", "ҚазАқпарат"),
    ],
)
def test_a_cited_name_is_read_in_its_case_and_named_as_the_table_spells_it(text, spelling):
    assert [h[2] for h in co._hits(text, "")] == [spelling]


def test_no_common_word_or_bare_number_is_an_outlet():
    assert co._hits("Бұл хабар 31 наурызда жарияланды, ал 24 сағаттан кейін жаңарды.", "") == []
    assert co._hits("Адрес сайта https://24.kg/news и www.24.kg.", "") == []


def test_the_articles_own_outlet_is_not_added():
    assert co._hits("Как сообщает 24.kg, пост закрыт.", key("24.kg")) == []  # as the pass keys ctx.source
    assert co.is_numbered_outlet("31  канал") and not co.is_numbered_outlet("Алтын Орда")


def test_a_clipped_name_is_spelled_out_by_a_variant_when_the_row_name_cannot():
    row = next(f.row for f in kb.forms() if f.row.id == "uz-border")
    assert kb._unclipped_by_variants("погранслужба Узбекистана", row, "ru") == "Пограничная служба Узбекистана"
    assert kb._unclipped_by_variants("служба Узбекистана", row, "ru") is None  # nothing clipped


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Вчера погранслужба Узбекистана закрыла пост на сутки.", [("Пограничная служба Узбекистана", "uz-border")]),
        ("Документы ушли в таможенную службу КНР.", [("таможенная служба КНР", "gacc")]),
        ("На вокзале дежурила транспортная полиция.", [("Транспортная полиция", "transport-police")]),
        ("Кеден одағы комиссиясының отырысы өтті.", [("Кеден одағы комиссиясы", None)]),
        (
            "Компания «Казахстан Темир Жолы Экспресс» отправила поезд.",
            [("Казахстан Темир Жолы Экспресс", "ktz-express")],
        ),
        ("Пограничники и таможенники работали всю ночь.", []),
        ("Как сообщает 31 канал, движение открыто.", [("31 канал", None)]),
    ],
)
def test_shapes_end_to_end(extractor, text, expected):
    assert bodies(extractor, text) == expected
