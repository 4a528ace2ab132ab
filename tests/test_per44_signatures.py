"""A person signing the story under its body is a person of the article; a byline above it
and a photo credit are not (the reference's convention, dev d008 and d015). Made-up text."""

from __future__ import annotations

from store.extract.extractor import signature_mention
from store.reading.credits import signed_by
from store.reading.parse import parse
from tests.notes import txt_page

_BODY = (
    "Очередь на пункте пропуска растянулась на три километра\n\n"
    "В пограничной службе сообщили, что на пункте пропуска в понедельник скопилось около двухсот грузовиков.\n\n"
    "Водителям советуют выбирать другие пункты пропуска и планировать поездку заранее.\n\n"
)


def test_bare_name_under_the_body_signs_it():
    art = parse(txt_page(_BODY + "Пётр Сидоренко\n\nПоделиться: Telegram WhatsApp\nТеги: граница\n"))
    assert art.signed_by == "Пётр Сидоренко"
    assert art.author == "Пётр Сидоренко"
    assert "Сидоренко" not in art.body


def test_kazakh_prepared_by_line_signs_it():
    assert signed_by(["Дайындаған: Айжан Серікқызы", "Поделиться: VK"]) == "Айжан Серікқызы"
    assert signed_by(["Подготовила Анна Котова"]) == "Анна Котова"
    assert signed_by(["Муаллиф:Жасур Тошматов"]) == "Жасур Тошматов"


def test_byline_above_the_story_is_no_signature():
    art = parse(txt_page("Пётр Сидоренко\n\nкорреспондент\n\n" + _BODY + "Поделиться: Telegram WhatsApp\n"))
    assert art.signed_by is None


def test_lines_that_are_not_names_sign_nothing():
    assert signed_by(["Поделиться: Telegram WhatsApp"]) is None
    assert signed_by(["Похожие записи"]) is None
    assert signed_by(["Фото: Пётр Сидоренко"]) is None
    assert signed_by(["Пресс-служба Акимата"]) is None
    assert signed_by(["ЧИТАЙТЕ ТАКЖЕ"]) is None
    assert signed_by([]) is None


def test_signature_is_a_person_mention_outside_the_body():
    m = signature_mention("Пётр Сидоренко")
    assert (m.type, m.name, m.field, m.start, m.end) == ("person", "Пётр Сидоренко", "author", 0, 14)
