"""One body under several names in one article is one entity (store.extract.body_groups),
and the small precision rules beside it: a common-noun acronym an article spells out as a
thing is no body, and one opening a body's name is not part of it.
Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract import extractor as ex
from store.extract import linking
from store.extract.body_groups import one_name_per_body, row_of
from store.extract.ner import NerSpan
from store.lang import kb
from store.model import Article, Mention


@pytest.mark.parametrize(
    "surface, row",
    [
        ("Погранслужба", "border-service"),
        ("Погранслужбе КНБ РК", "border-service"),
        ("АО «НК «Қазақстан темір жолы»", "ktz"),
        ("Национальная компания «Қазақстан темiр жолы»", "ktz"),  # a Latin i inside the word
        ("«Қазақстан темір жолы» ұлттық компаниясы", "ktz"),
        ("ПС ГКНБ КР", "kg-border"),
        ("Пограничная служба ГКНБ Кыргызской Республики", "kg-border"),
        ("ФГКУ Росгранстрой", "rosgranstroy"),
        ("министерства транспорта", "ministry-transport"),
    ],
)
def test_a_name_held_whole_by_a_row_belongs_to_it(surface, row):
    assert row_of(surface) == row


@pytest.mark.parametrize(
    "surface",
    [
        "Комитета миграционной службы МВД",  # a committee of the ministry, not the ministry
        "ҚТЖ баспасөз қызметі",  # its press service is named as such
        "Департамент государственных доходов по Жамбылской области",  # a regional unit
        "Северная звезда",
    ],
)
def test_a_name_running_past_the_row_is_not_grouped(surface):
    assert row_of(surface) is None


def mention(name: str, surface: str, start: int) -> Mention:
    return Mention("organization", name, surface, start, start + len(surface), "body")


def test_the_press_form_with_an_abbreviation_names_the_group():
    ms = [
        mention("Пограничная служба Комитета национальной безопасности", "Погранслужба", 0),
        mention("Погранслужба КНБ РК", "Погранслужбы КНБ РК", 40),
        mention("Пограничная служба Комитета национальной безопасности", "Погранслужбе", 90),
        mention("Министерство транспорта", "Минтранс", 120),
    ]
    one_name_per_body(ms)
    assert [m.name for m in ms[:3]] == ["Погранслужба КНБ РК"] * 3
    assert ms[3].name == "Министерство транспорта"


def test_a_legal_form_is_no_abbreviation_of_the_name():
    # «АО», «НК» do not make the row's name a press form with an abbreviation: the bare «КТЖ»,
    # printed more often, is a name of its own (org73: the article's export lists the letters
    # beside the name, as references list the name a text goes by), and the name stays the name
    ms = [
        mention("АО «Национальная компания «Қазақстан темір жолы»", "Қазақстан темір жолы", 0),
        mention("КТЖ", "КТЖ", 50),
        mention("КТЖ", "КТЖ", 90),
    ]
    one_name_per_body(ms)
    assert [m.name for m in ms] == ["АО «Национальная компания «Қазақстан темір жолы»", "КТЖ", "КТЖ"]


def test_a_spelled_out_name_printed_as_often_as_its_abbreviation_names_the_body():
    ms = [
        mention("ЕЭК", "ЕЭК", 0),
        mention("Евразийская экономическая комиссия", "Евразийская экономическая комиссия", 40),
    ]
    one_name_per_body(ms)
    assert {m.name for m in ms} == {"Евразийская экономическая комиссия"}


def test_a_spelled_out_name_printed_more_often_names_the_body():
    ms = [
        mention("АО «Национальная компания «Қазақстан темір жолы»", "Қазақстан темір жолы", 0),
        mention("АО «Национальная компания «Қазақстан темір жолы»", "Қазақстан темір жолы", 50),
        mention("КТЖ", "КТЖ", 90),
    ]
    one_name_per_body(ms)
    assert {m.name for m in ms} == {"АО «Национальная компания «Қазақстан темір жолы»"}


def test_one_railway_under_three_names_is_one_entity_in_an_article():
    body = (
        "АО «НК «Қазақстан темір жолы» увеличило число контейнерных поездов в Китай. "
        "Национальная компания «Қазақстан темір жолы» отправила первый состав в понедельник. "
        "Об этом сообщила пресс-служба КТЖ."
    )
    art = Article(file="x.txt", path="x.txt", title="Поезда идут", body=body, raw=body, language="ru")
    orgs = {m.name for m in ex.Extractor().extract(art).mentions if m.type == "organization"}
    railway = {n for n in orgs if "темір" in n or "КТЖ" in n}
    assert len(railway) == 1, orgs


def test_a_latin_i_in_a_kazakh_word_is_read_as_kazakh_i():
    text = "Вагоны передала компания Қазақстан темiр жолы соседям."
    assert [m.form.row.id for m in kb.find(text)] == ["ktz"]
    assert len(kb._cyrillic_i(text)) == len(text)


def spans_after(text: str, spans: list) -> list[str]:
    ctx = ex.PassContext(cps=[], cp_index=ex.ByStart([]))
    return [s.text for s in linking.acronyms_and_platforms(text, spans, ctx)]


def test_an_acronym_spelled_out_as_a_thing_is_no_body():
    text = "Запись ведётся в системе электронной очереди (СЭО), а СЭО работает круглосуточно."
    start = text.rindex("СЭО")
    assert spans_after(text, [NerSpan("organization", start, start + 3, "СЭО")]) == []


def test_an_acronym_spelled_out_as_a_body_stays():
    text = "Вопрос решает государственное учреждение (ГУ) района, и ГУ уже ответило."
    start = text.rindex("ГУ")
    assert spans_after(text, [NerSpan("organization", start, start + 2, "ГУ")]) == ["ГУ"]


def test_a_common_acronym_opening_a_body_is_cut_off():
    text = "Сообщил отдел по связям со СМИ Государственной таможенной службы соседей."
    start = text.index("СМИ")
    end = text.index(" соседей")
    got = spans_after(text, [NerSpan("organization", start, end, text[start:end])])
    assert got == ["Государственной таможенной службы"]


def test_a_legal_form_opening_a_company_stays():
    text = "Договор подписало ТОО «Степной караван» в среду."
    start = text.index("ТОО")
    end = text.index(" в среду")
    assert spans_after(text, [NerSpan("organization", start, end, text[start:end])]) == ["ТОО «Степной караван»"]


def organizations(body: str) -> set[str]:
    art = Article(file="x.txt", path="x.txt", title="", body=body, raw=body, language="ru")
    return {m.name for m in ex.Extractor().extract(art).mentions if m.type == "organization"}


@pytest.mark.parametrize(
    "body, name",
    [
        (
            "Пресс-секретарь департамента таможенного контроля по Озёрной области ответила коротко.",
            "департамент таможенного контроля по Озёрной области",
        ),
        (
            "Жалобу рассмотрело управление миграционной службы по городу Приречному в тот же день.",
            "управление миграционной службы по городу Приречному",
        ),
    ],
)
def test_a_lowercase_regional_unit_is_one_body(body, name):
    assert name in organizations(body)


def test_a_lowercase_unit_word_without_a_region_is_no_body():
    assert organizations("Отчёт по итогам года готовит департамент, сказал он.") == set()


def test_a_name_in_quotes_is_found_by_the_matcher():
    text = "Дорогу чинит «Казавтожол» уже вторую неделю."
    assert [(m.form.row.id, text[m.start : m.end]) for m in kb.find(text)] == [("kazavtozhol", "Казавтожол")]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Председатель Комитета встретился с водителями.", "Комитета"),
        ("Комитет шекарадан өтетіндерге кеңес берді.", "Комитет шекарадан"),
        ("Встречу провели с участниками ВЭД на посту.", "ВЭД"),
        ("Жолды «Даланың жолы» АҚ жөндейді.", "АҚ"),
    ],
)
def test_a_kind_of_body_or_a_common_acronym_alone_is_no_body(text, word):
    start = text.index(word)
    assert spans_after(text, [NerSpan("organization", start, start + len(word), word)]) == []


def test_a_kind_of_body_with_its_field_stays():
    text = "Ответ дало Министерство транспорта в пятницу."
    word = "Министерство транспорта"
    start = text.index(word)
    assert spans_after(text, [NerSpan("organization", start, start + len(word), word)]) == [word]


@pytest.mark.parametrize(
    "body, name",
    [
        ("Проверку на складе провёл ДГД МФ РК по Павлодарской области.", "ДГД МФ РК по Павлодарской области"),
        ("Разъяснение дал ДГД по ЗКО накануне.", "ДГД по ЗКО"),
    ],
)
def test_a_revenue_department_by_its_initials_is_one_unit_with_its_parents(body, name):
    assert organizations(body) == {name}


def kb_orgs(body: str) -> set[str]:
    art = Article(file="x.txt", path="x.txt", title="Новости", body=body, raw=body, language="ru")
    return {m.name for m in ex.Extractor().extract(art).mentions if m.type == "organization"}


def test_a_port_a_train_goes_to_is_a_place_not_the_port_company():
    assert not any("порт" in n.lower() for n in kb_orgs("Состав с зерном ушёл через Достык в порт Актау вчера."))


def test_a_port_that_acts_is_the_port_company():
    assert any("порт" in n.lower() for n in kb_orgs("Порт Актау нарастил перевалку зерна на треть."))


def test_one_letter_is_no_body():
    text = "Ю: на переходе застряли сотни фур, пишет газета."
    assert spans_after(text, [NerSpan("organization", 0, 1, "Ю")]) == []


def test_the_emblem_of_kommersant_is_the_paper_where_the_paper_is_named():
    named = kb_orgs("Ъ: на переходе застряли сотни фур. По данным «Коммерсанта», очередь растёт.")
    assert "Ъ" not in named and "Коммерсантъ" in named
    text = "Ъ: на переходе застряли сотни фур, пишет газета."
    assert spans_after(text, [NerSpan("organization", 0, 1, "Ъ")]) == ["Ъ"]  # alone it stays as printed
