"""An outlet that is a state body (org85): the initials of «Комитет государственных доходов»
in its own press release are the body acting, not byline furniture, while a news outlet's
initials («МГ» of «Мой город») stay out. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from store.extract.body_outlets import is_body_outlet, outlet_for_passes
from store.model import Article


@pytest.mark.parametrize(
    "name",
    [
        "Комитет государственных доходов",
        "Министерство по чрезвычайным ситуациям",
        "Пресс-служба Департамента полиции",
        "Пограничная служба КНБ",
        "Мемлекеттік кірістер комитеті",
        "Төтенше жағдайлар министрлігі",
        "Алматы облысының әкімдігі",
    ],
)
def test_body_names_are_body_outlets(name):
    assert is_body_outlet(name)
    assert outlet_for_passes(name) == ""


@pytest.mark.parametrize("name", ["Мой город", "Tengrinews.kz", "Казахстанская правда", "kgd.gov.kz", "Zhetysu News"])
def test_news_outlets_stay_outlets(name):
    assert not is_body_outlet(name)
    assert outlet_for_passes(name) == name


def _orgs(extractor, source: str, body: str, language: str = "ru") -> set[str]:
    art = Article(
        file="t.jsonl:1",
        path="t.jsonl",
        title="Очередь сократилась",
        body=body,
        raw=body,
        source=source,
        language=language,
    )
    return {m.name for m in extractor.extract(art).mentions if m.type == "organization"}


def test_a_body_outlets_initials_are_the_body(extractor):
    body = "В КГД сообщили, что очередь на пункте пропуска «Сырым» сократилась до 30 машин. Сотрудники КГД работают в усиленном режиме."
    assert "КГД" in _orgs(extractor, "Комитет государственных доходов", body)


def test_kazakh_body_outlets_initials_are_the_body(extractor):
    body = "МКК мәліметінше, «Қайрақ» өткізу пунктінде кезек 20 көлікке дейін азайды. Бұл туралы МКК баспасөз қызметі хабарлады."
    assert "МКК" in _orgs(extractor, "Мемлекеттік кірістер комитеті", body, "kk")


def test_a_news_outlets_initials_stay_out(extractor):
    body = "Как сообщает МГ, очередь на пункте пропуска «Сырым» сократилась до 30 машин, передает корреспондент."
    assert "МГ" not in _orgs(extractor, "Мой город", body)
