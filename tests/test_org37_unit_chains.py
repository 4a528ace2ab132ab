"""A state body's unit described in lower case (store/extract/passes/unit_chains.py, org37):
made-up sentences in the shapes real pages print, and where the grammar must stop."""

import pytest

from store.extract.extractor import Extractor
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def orgs(extractor: Extractor, text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    return {m.name for m in extractor.extract(article).mentions if m.type == "organization"}


@pytest.mark.parametrize(
    "text,unit",
    [
        (
            "Как сообщили в пресс-службе департамента полиции Павлодарской области, задержаны двое.",
            "департамент полиции Павлодарской области",
        ),
        (  # a person after the region is not the unit's
            "Об этом рассказал руководитель управления ветеринарии Акмолинской области Бауыржан Сериков.",
            "управление ветеринарии Акмолинской области",
        ),
        (  # «и» inside the field, hyphenated adjectives
            "В управлении предпринимательства и индустриально-инновационного развития Кызылординской области"
            " ответили на запрос.",
            "управление предпринимательства и индустриально-инновационного развития Кызылординской области",
        ),
        (
            "Заявку рассмотрел отдел земельных отношений Жанакорганского района.",
            "отдел земельных отношений Жанакорганского района",
        ),
        (
            "Склад проверили сотрудники инспекции транспортного контроля по Костанайской области.",
            "инспекция транспортного контроля по Костанайской области",
        ),
        ("Запрос направили в отдел внутренней политики города Темиртау.", "отдел внутренней политики города Темиртау"),
        ("Иск подала прокуратура Келесского района.", "прокуратура Келесского района"),
    ],
)
def test_a_lowercase_unit_with_its_region_is_one_body(extractor, text, unit):
    assert unit in orgs(extractor, text)  # the head in the nominative, the rest as written


@pytest.mark.parametrize(
    "text",
    [
        "Отчёт подготовили в управлении транспортом и складами.",  # an action noun, no field in the genitive
        "Мы встретились в центре города Актобе вечером.",  # a place's centre: no field before the region
        "Работу отдела кадров проверили в понедельник.",  # no region closes the field
        "Специалисты департамента приехали в Алматинскую область.",  # a preposition after the head
    ],
)
def test_no_region_after_the_field_reads_no_unit(extractor, text):
    assert not {
        n for n in orgs(extractor, text) if n.split()[0].lower() in ("управление", "центр", "отдел", "департамент")
    }


def test_a_unit_inside_a_longer_unit_gives_way_to_the_longer(extractor):
    text = "Начальник отдела анализа рисков департамента таможенного контроля по Карагандинской области выступил."
    found = orgs(extractor, text)
    assert "департамент таможенного контроля по Карагандинской области" in found
    assert not any(n.startswith("отдел") for n in found)


def test_the_region_inside_a_unit_stays_a_place(extractor):
    text = "Сотрудники департамента экологии Жамбылской области вышли в рейд."
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text)
    mentions = {(m.type, m.name) for m in extractor.extract(article).mentions}
    assert ("organization", "департамент экологии Жамбылской области") in mentions
    assert ("location", "Жамбылская область") in mentions


def test_a_projects_quoted_title_is_no_body(extractor):
    text = (
        "Сайт подвёл итоги конкурса на лучшую новость месяца. Проект «Позитивный Павлодар» редакция ведет с 2019 года."
    )
    assert "Позитивный Павлодар" not in orgs(extractor, text)


def test_an_inspection_made_is_no_inspectorate(extractor):
    text = "Ветеринары соседней страны провели инспекцию ферм Жамбылской области в августе."
    assert not {n for n in orgs(extractor, text) if n.lower().startswith("инспекция")}


def test_posts_in_general_are_no_body(extractor):
    assert orgs(extractor, "Приграничные КПП модернизируют к лету.") == set()


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "Бұл туралы Павлодар облысының жолаушылар көлігі және автомобиль жолдары басқармасы хабарлады.",
            "Павлодар облысының жолаушылар көлігі және автомобиль жолдары басқармасы",
        ),
        (
            "Маңғыстау облысының су ресурстары мәселелері жөніндегі облыстық үйлестіру кеңесі жиналды.",
            "Маңғыстау облысының су ресурстары мәселелері жөніндегі облыстық үйлестіру кеңесі",
        ),
    ],
)
def test_a_kazakh_unit_whose_field_is_joined_runs_longer(extractor, text, body):
    assert body in orgs(extractor, text)


def test_a_kazakh_clause_before_a_head_is_still_no_name(extractor):
    text = "Кеше Ақтөбе облысында жол жөндеу жұмыстарын жүргізген мердігер компаниясы айыппұл төледі."
    assert not any("жүргізген" in n for n in orgs(extractor, text))


def test_a_unit_of_a_lowercase_service_runs_over_its_state(extractor):
    text = (
        "По данным управления информации и коммуникаций пограничной службы ГКНБ Кыргызской Республики, очередь выросла."
    )
    assert "управление информации и коммуникаций пограничной службы ГКНБ Кыргызской Республики" in orgs(extractor, text)


def test_a_description_of_a_foreign_company_is_no_unit(extractor):
    text = "Об этом сказал начальник международного отдела контейнеров китайских железных дорог Ли Вэй."
    assert not any(n.startswith("отдел") for n in orgs(extractor, text))


def test_a_section_of_a_named_body_leaves_the_body(extractor):
    text = "Об этом рассказал начальник отдела пограничного контроля Пограничной службы КНБ РК Ерлан Жумабаев."
    found = orgs(extractor, text)
    assert not any(n.lower().startswith("отдел") for n in found)
    assert any("Пограничная служба" in n for n in found)
