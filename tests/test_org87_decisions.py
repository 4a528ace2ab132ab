"""org87: two decisions of the organization path, read through the extractor. A Kazakh body
the model ran on to the clause's verb is cut at its head noun, not dropped (kazakh_stray_bodies'
_cut_at_verb); a facility named by its kind alone («Морской порт») is no body (shaped_not_bodies'
_a_facility_by_kind). Sentences made up here (none copied from a page or from eval)."""

import pytest

from store.extract.extractor import Extractor
from tests.notes import titled_mentions


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def bodies(extractor, body: str, title: str = "Жаңалықтар") -> set[str]:
    return {m.name.lower() for m in titled_mentions(extractor, body, title) if m.type == "organization"}


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Бекет жаңартылады. Жобаны Дүниежүзілік банк қолдайды.", "дүниежүзілік банк"),
        ("Шекарадағы кезек туралы Қауіпсіздік кеңесі шешім қабылдады.", "қауіпсіздік кеңесі"),
    ],
)
def test_a_kazakh_body_run_on_to_its_verb_is_cut_at_its_head(extractor, body, kept):
    assert kept in bodies(extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        # a clause with no head noun, and a kind word alone before the verb: still no body
        "Түркістан және Кентау шекараларын бекітті.",
        "Жүк көліктері бекетте екі тәулік тұрды. Шекарадағы жағдай туралы Комитет бүгін хабарлады.",
    ],
)
def test_a_clause_or_a_kind_word_before_a_verb_stays_no_body(extractor, body):
    found = bodies(extractor, body)
    assert not any(name.endswith(("бекітті", "хабарлады")) for name in found), found


@pytest.mark.parametrize(
    ("body", "not_a_body"),
    [
        ("Морской порт принял паром с грузовиками из Баку.", "морской порт"),
        ("Международный аэропорт принял рейс из Урумчи.", "международный аэропорт"),
    ],
)
def test_a_facility_named_by_its_kind_is_no_body(extractor, body, not_a_body):
    assert not_a_body not in bodies(extractor, body, "Новости")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("АО «Морской торговый порт Актау» увеличило перевалку.", "морской торговый порт актау"),
        ("Международный аэропорт Алматы принял рейс.", "международный аэропорт алматы"),
        ("Компания «Морской порт» сообщила о рейсе.", "морской порт"),
    ],
)
def test_a_named_port_or_a_quoted_firm_stays_a_body(extractor, body, kept):
    assert kept in bodies(extractor, body, "Новости")
