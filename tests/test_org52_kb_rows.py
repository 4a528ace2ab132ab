"""The Kyrgyz border service's press unit, the source most queue reports from the Kyrgyz side
cite, is one body however it is printed (issue 15, org52: a row of store/data/bodies.csv with
its sources). Made-up sentences in the shapes of those reports."""

from store.extract.extractor import Extractor
from store.model import Article

UNIT = "Управление информации и коммуникаций Пограничной службы ГКНБ Кыргызской Республики"


def bodies(extractor: Extractor, text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}


def test_the_unit_printed_in_lower_case_is_found(extractor):
    text = "Как сообщает управление информации и коммуникаций пограничной службы ГКНБ Кыргызской Республики, очередь выросла."
    assert UNIT in bodies(extractor, text)


def test_the_unit_in_kazakh_keeps_its_kazakh_name(extractor):
    text = "Бұл туралы Қырғызстанның ҰҚК Шекара қызметі Ақпарат және коммуникация басқармасы хабарлады."
    assert "Қырғызстанның ҰҚК Шекара қызметі Ақпарат және коммуникация басқармасы" in bodies(extractor, text)


def test_the_service_alone_is_still_the_service(extractor):
    assert bodies(extractor, "Об этом сообщила пограничная служба ГКНБ Кыргызстана.") == {
        "Пограничная служба ГКНБ Кыргызстана"
    }
