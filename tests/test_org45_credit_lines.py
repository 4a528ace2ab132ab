"""A body named only on a source credit the reader keeps out of the body («Источник: пресс-служба
X») is an organization of the article, the reference's convention (dev a007, c001); a photo's
credit, a person or an outlet is not read so, and the body itself does not change. Made-up text."""

from __future__ import annotations

from store.reading.credits import credited_bodies
from store.reading.parse import parse
from tests.notes import txt_page

_BODY = (
    "Очередь на пункте пропуска растянулась на три километра\n\n"
    "Водители грузовиков в понедельник простояли у пункта пропуска почти весь день, сообщили на месте.\n\n"
    "Водителям советуют выбирать другие пункты пропуска и планировать поездку заранее.\n\n"
)


def test_source_line_under_the_body_is_credited_and_left_out_of_it():
    art = parse(txt_page(_BODY + "Источник: пресс-служба Министерства энергетики РК\n\nПоделиться\n"))
    assert art.credited == ["пресс-служба Министерства энергетики РК"]
    assert "пресс-служба" not in art.body


def test_source_shapes_that_name_a_body():
    assert credited_bodies(["Источник: пресс-служба ДГД"], set()) == ["пресс-служба ДГД"]
    assert credited_bodies(["Источник: МЧС РК"], set()) == ["МЧС РК"]
    assert credited_bodies(["Дереккөз: Көлік министрлігінің баспасөз қызметі"], set()) == [
        "Көлік министрлігінің баспасөз қызметі"
    ]
    assert credited_bodies(["Source: Ministry of Energy"], set()) == ["Ministry of Energy"]


def test_credits_that_name_no_body_are_not_read():
    assert credited_bodies(["Фото: пресс-служба ДГД"], set()) == []
    assert credited_bodies(["Фото: МЧС РК"], set()) == []
    assert credited_bodies(["Источник: Пётр Сидоренко"], set()) == []
    assert credited_bodies(["Источник: Tengrinews.kz / Пётр Сидоренко"], set()) == []
    assert credited_bodies(["Источник: Новое Фото Агентство"], set()) == []
    assert credited_bodies(["Пресс-служба акимата сообщила о закрытии трассы."], set()) == []
    assert credited_bodies(["Источник фото: пресс-служба ДГД"], set()) == []


def test_a_credit_kept_in_the_body_is_not_read_twice():
    line = "Источник: пресс-служба Министерства энергетики РК"
    assert credited_bodies([line], {line}) == []


def test_credited_body_is_an_organization_outside_the_body(extractor):
    art = parse(txt_page(_BODY + "Источник: пресс-служба Министерства энергетики РК\n\nПоделиться\n"))
    found = extractor.extract(art).mentions
    credit = [m for m in found if m.field == "author"]
    assert [(m.type, m.name) for m in credit] == [("organization", "Министерство энергетики РК")]
    assert (credit[0].start, credit[0].end) == (0, len(credit[0].surface))
    assert not [m for m in found if m.field == "body" and "энергетики" in m.surface]


def test_a_photo_credit_gives_no_mention(extractor):
    art = parse(txt_page(_BODY + "Фото: пресс-служба Министерства энергетики РК\n\nПоделиться\n"))
    assert not [m for m in extractor.extract(art).mentions if m.field == "author" and m.type == "organization"]
