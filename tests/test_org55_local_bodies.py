"""Bodies short agency items name in shapes the pipeline missed (issue 15, org55): a
lowercase border service with its committee, a lowercase unit of a district, and the
knowledge base's new rows (org55's `economic_zones`, a lowercase economic zone with its quoted
name, was removed at stop 48: bench/README «Stop 48, passes71»). Made-up sentences in the
shapes of short Russian agency items."""

import pytest

from tests.extracting import bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Как сообщает погранслужба комитета национальной безопасности Казахстана, очередей нет.",
            "Погранслужба комитета национальной безопасности Казахстана",
        ),
        (
            "По данным пограничной службы ГКНБ Кыргызстана, на посту скопились фуры.",
            "Пограничная служба ГКНБ Кыргызстана",
        ),
    ],
)
def test_a_lowercase_service_keeps_its_committee(extractor, text, name):
    assert name in bodies(extractor, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Заявление приняли в отделе полиции Жанакорганского района.", "отдел полиции Жанакорганского района"),
        (
            "Расписание утвердили в управлении пассажирского транспорта Кордайского района.",
            "управление пассажирского транспорта Кордайского района",
        ),
    ],
)
def test_a_lowercase_unit_of_a_district(extractor, text, name):
    assert name in bodies(extractor, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Вертолет Казавиаспас вылетел на поиски рыбаков.", "Казавиаспас"),
        ("Рейсы в Алматы выполняет Чайна Саузерн.", "Чайна Саузерн"),
    ],
)
def test_the_knowledge_base_rows_of_org55(extractor, text, name):
    assert name in bodies(extractor, text)


def test_a_section_of_a_department_is_the_department(extractor):
    text = "Цифры привел начальник отдела анализа рисков департамента таможенного контроля по Костанайской области."
    found = bodies(extractor, text)
    assert "департамент таможенного контроля по Костанайской области" in found
    assert not any(n.startswith("отдел") for n in found)


@pytest.mark.parametrize(
    "text,name",
    [
        ("На посту скопились фуры. Видео опубликовал Telegram-канал «Степь», водители ждут сутки.", "Степь"),
        ("Telegram-канал QAZBORDER опубликовал видео с пункта пропуска.", "QAZBORDER"),
        ("В Telegram-канале zhol_kz_news опубликовано видео с трассы.", "zhol_kz_news"),
    ],
)
def test_a_channel_named_after_its_kind_is_a_body(extractor, text, name):
    assert name in bodies(extractor, text)


def test_the_owner_of_a_channel_keeps_its_own_name(extractor):
    found = bodies(extractor, "Об этом сообщили в Telegram-канале Минтранса.")
    assert "Минтранса" not in found


@pytest.mark.parametrize(
    "text,name",
    [
        ("В департаменте полиции столицы прокомментировали видео.", "департамент полиции столицы"),
        ("Об этом сообщили в департаменте полиции города Талдыкоргана.", "департамент полиции города Талдыкоргана"),
    ],
)
def test_a_lowercase_unit_of_the_capital_or_a_named_city(extractor, text, name):
    assert name in bodies(extractor, text)


def test_a_person_after_a_units_city_noun_is_no_town(extractor):
    found = bodies(extractor, "Начальник отдела полиции города Ерлан Жаксылыков рассказал о задержании.")
    assert not any("Ерлан" in n for n in found)
