"""The regional emergency departments (org85): pattern row `emergency-department` gives one
unit per region, named with the region in the genitive («Департамент по чрезвычайным ситуациям
Костанайской области», «… города Алматы»; Kazakh «Қостанай облысының Төтенше жағдайлар
департаменті»), with «ДЧС»/«ТЖД» for short. Every sentence here was written for these tests."""

from __future__ import annotations

from store.lang import kb
from store.model import Article


def test_units_take_the_genitive():
    forms = {f.text for f in kb._unit_forms(_pattern_row())}
    assert "Департамент по чрезвычайным ситуациям Костанайской области" in forms
    assert "Департамент по чрезвычайным ситуациям города Алматы" in forms
    assert "Қостанай облысының Төтенше жағдайлар департаменті" in forms
    assert not any(f.startswith("Департамент") and "городу" in f for f in forms)


def _pattern_row() -> dict:
    return next(r for r in kb._read("bodies.csv") if r["id"] == "emergency-department")


def test_dative_templates_are_unchanged():
    row = next(r for r in kb._read("bodies.csv") if r["id"] == "dgd")
    forms = {f.text for f in kb._unit_forms(row)}
    assert "Департамент государственных доходов по Костанайской области" in forms
    assert "Департамент государственных доходов по городу Алматы" in forms


def _orgs(extractor, body: str) -> set[str]:
    art = Article(
        file="t.txt", path="t.txt", title="Қостанай облысында боран соғып тұр", body=body, raw=body, language="kk"
    )
    return {m.name for m in extractor.extract(art).mentions if m.type == "organization"}


def test_kazakh_department_with_its_region(extractor):
    body = (
        "Қостанай облысының Төтенше жағдайлар департаменті «Қайрақ» бекетіне апаратын жолды жапты. Жол ертең ашылады."
    )
    assert "Қостанай облысының Төтенше жағдайлар департаменті" in _orgs(extractor, body)


def test_kazakh_initials_alone_and_after_the_region(extractor):
    body = "ТЖД мәліметінше, жол ертең ашылады. Қостанай облысының ТЖД қызметкерлері жүргізушілерге көмек көрсетті."
    found = _orgs(extractor, body)
    assert "ТЖД" in found or any("ТЖД" in name for name in found)
    assert any(name.startswith("Қостанай облысының") for name in found)
