"""facts67: a crossing named as its two posts joined by a dash gives the sentence's facts to the
Kazakh post (the foreign partner keeps its «напротив» fact), a foreign post named alone keeps
its facts, and a plural post («министрам», «заместителям») is no one's role. Sentences written
for the test."""

import pytest

from store.extract.checkpoints import find_checkpoints
from store.extract.extractor import Extractor
from store.extract.facts import find_facts
from store.extract.roles import is_plural_role
from tests.notes import person_roles


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.checkpoint, f.kind) for f in find_facts(text, find_checkpoints(text), "2026-05-10")]


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def test_a_digest_of_dash_joined_crossings_gives_the_queue_to_the_kazakh_posts():
    text = "Очереди из большегрузов отмечены на КПП «Алимбет» – «Орск», «Жайсан» – «Сагарчин» и «Сырым» – «Маштаково»."
    found = _facts(text)
    assert sorted(ref for ref, kind in found if kind == "queue") == ["alimbet", "syrym", "zhaisan"]
    assert sorted(ref for ref, kind in found if kind == "facing") == ["ru-mashtakovo", "ru-orsk", "ru-sagarchin"]


def test_the_foreign_post_first_in_the_pair_is_the_partner_too():
    found = _facts("Очереди из фур отмечены на КПП «Орск» – «Алимбет».")
    assert [ref for ref, kind in found if kind == "queue"] == ["alimbet"]


def test_a_closure_of_a_dash_joined_crossing_stays_both_posts():
    found = _facts("Пункт пропуска «Карасу» – «Ак-Тилек» будет закрыт на три дня.")
    assert {ref for ref, kind in found if kind == "status"} == {"karasu-kg", "kg-ak-tilek"}


def test_a_count_of_a_dash_joined_crossing_is_the_kazakh_posts():
    found = _facts("На КПП «Кордай» – «Ак-Жол» скопилось 400 грузовиков.")
    assert [ref for ref, kind in found if kind in ("count", "queue")] == ["kordai"]


def test_posts_listed_with_commas_each_keep_the_fact():
    found = _facts("Скопление фур зафиксировано у пунктов «Сырым» и «Таскала», где идёт частичный ремонт.")
    assert sorted(ref for ref, kind in found if kind == "queue") == ["syrym", "taskala"]


def test_a_foreign_post_alone_keeps_its_deadline():
    found = _facts(
        "Узбекская сторона реконструирует пункт пропуска «Гишткуприк». Завершить работы планируется до конца года."
    )
    assert ("uz-gishtkuprik", "deadline") in found
    assert all(ref == "uz-gishtkuprik" for ref, _ in found)


@pytest.mark.parametrize("word", ["министрам", "Министры", "заместителям", "вице-министрам", "акимам", "послов"])
def test_a_post_only_plural_is_plural(word):
    assert is_plural_role(word)


@pytest.mark.parametrize("word", ["министр", "министра", "главы", "председателя", "акиму", "вице-премьера"])
def test_a_post_that_may_be_singular_is_not(word):
    assert not is_plural_role(word)


def test_the_addressed_ministers_are_not_the_speakers_role(extractor):
    roles = person_roles(
        extractor, "Министрам энергетики и финансов Олжас Бектенов поручил подготовить предложения.", "Совещание"
    )
    assert roles.get("Олжас Бектенов") is None


def test_a_singular_post_before_the_name_stays_the_role(extractor):
    roles = person_roles(extractor, "Министр транспорта Нурлан Сауранбаев осмотрел пункт пропуска «Тажен».", "Граница")
    assert roles.get("Нурлан Сауранбаев") == "министр транспорта"


def test_a_kazakh_possessive_post_is_not_read_as_plural(extractor):
    text = "Алматы қалалық мәслихатының депутаты Ерлан Сейітов шекарадағы кезек туралы айтты."
    roles = person_roles(extractor, text, "Жаңалықтар")
    assert [role for name, role in roles.items() if "Сейітов" in name] not in ([], [None])
