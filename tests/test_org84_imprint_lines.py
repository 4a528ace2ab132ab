"""org84: an outlet's registration line on its imprint, and a note that the story was bought («Сетевое издание X зарегистрировано в
Министерстве информации …», «… министрлігінде тіркелген. Есепке қою туралы куәлік …») is footer
furniture: a text page keeps it under the story, and the ministry it names was read as a body of
the article. Made-up lines in the shapes real imprints print (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from store.model import RawDoc
from store.reading import furniture as fu
from store.reading.parse import parse


def _doc(text: str) -> RawDoc:
    return RawDoc(file="x.txt", path="x.txt", text=text, raw=text, format="txt")


@pytest.mark.parametrize(
    "line",
    [
        "Сетевое издание abay-news.kz зарегистрировано в Министерстве информации и общественного развития "
        "Республики Казахстан. Свидетельство № KZ12VPY00012345 от 01.02.2021.",
        "«Каспий-Ньюс» – новости Мангистау. Свидетельство о постановке на учет СМИ № 12345-Г выдано "
        "Министерством информации и общественного развития РК.",
        "Свидетельство о постановке на учет периодического печатного издания № 5432-Г от 12.03.2019 года.",
        "Басылым Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігінде тіркелген. "
        "Есепке қою туралы куәлік № 12345-Б.",
        # a story bought: the state's information order or an advert
        "Материал подготовлен в рамках государственного информационного заказа по заказу Управления внутренней "
        "политики области Жетісу.",
        "Материал Түркістан облысының ішкі саясат басқармасының мемлекеттік ақпараттық тапсырысы аясында жарияланды.",
        "Партнерский материал. На правах рекламы. Реклама ТОО «Актобе Медиа Сервис».",
        "Жарнама құқығында. Серіктес материалы.",
    ],
)
def test_registration_lines_are_footer(line):
    assert fu.classify(line) == "footer"


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence about registering a firm or a vehicle stays text
        "Новая транспортная компания зарегистрирована в Министерстве юстиции в марте и уже получила лицензию.",
        "Жүк көліктері кеден органдарында тіркелген, бірақ жүргізушілер әлі күтіп тұр.",
        "Министерство информации сообщило, что журналистов пустят на пост в сопровождении пограничников.",
        # an order for works, not for the story
        "Аким области поручил усилить работу в рамках госзаказа на строительство дорог к посту.",
        "Материалы дела переданы в суд, а государственный заказ на ремонт поста отменен.",
        "Жоба мемлекеттік тапсырыс аясында жүзеге асырылады, деді әкім.",
    ],
)
def test_story_sentences_stay(line):
    assert fu.classify(line) is None


def test_the_imprints_ministry_is_no_body_of_the_article():
    text = (
        "Сырым бекетінде кезек азайды\n\n"
        "Орал, 6 сәуір 2026. «Сырым» бекетінде жүк көліктерінің кезегі азайды. Бұл туралы Батыс Қазақстан "
        "облысы бойынша мемлекеттік кірістер департаменті хабарлады.\n\n"
        "Басылым Қазақстан Республикасы Ақпарат және қоғамдық даму министрлігінде тіркелген. "
        "Есепке қою туралы куәлік № 12345-Б.\n"
    )
    article = parse(_doc(text))
    assert "министрлігінде" not in article.body
    bodies = {m.name for m in Extractor().extract(article).mentions if m.type == "organization"}
    assert not any("Ақпарат" in b for b in bodies)
    assert any("кірістер департаменті" in b.lower() for b in bodies)


def test_the_body_that_ordered_the_story_is_no_body_of_it():
    text = (
        "Хоргос: на посту установили новые сканеры\n"
        "Материал подготовлен в рамках государственного информационного заказа по заказу Управления внутренней "
        "политики области Жетісу.\n"
        "Жаркент, 8 апреля 2026. На пункте пропуска «Нур Жолы» установили два новых сканера для грузовиков. "
        "Об этом сообщили в Департаменте государственных доходов по области Жетісу.\n"
        "По данным ведомства, проверка одной машины займет 5 минут.\n"
    )
    article = parse(_doc(text))
    assert article.body.startswith("Жаркент") and article.body.endswith("5 минут.")
    bodies = {m.name for m in Extractor().extract(article).mentions if m.type == "organization"}
    assert not any("внутренней политики" in b for b in bodies)
