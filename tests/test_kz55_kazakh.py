"""Kazakh shapes of issue 15 (kz55), false entities on Kazakh pages: a common noun («ауыл»,
«болашақ») opening a sentence or a heading is no post; the border region («шекара аймағы»)
confirms no post; a district named after a man keeps his given name; a given name before a
Kazakh patronymic is a person, not a region; a train's route in quotes is no body; a quoted
name in a Kazakh sentence is not declined the Russian way. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.checkpoints import find_checkpoints
from store.model import Article


def found(extractor, text: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language="kk")
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


def posts(text: str) -> list[str]:
    return [c.name for c in find_checkpoints(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ауылда шекара бекеті жоқ, тұрғындар қалаға барып жүр.",
        "ШЕКАРАДАҒЫ АУЫЛ\n\nМұнда үш жүз адам тұрады, шекараға дейін бес шақырым.",
        "Болашақта шекарада жаңа жол салынады, оны облыс әкімдігі қаржыландырады.",
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_post(extractor, text):
    assert "Ауыл" not in posts(text) and "Болашак" not in posts(text)
    assert not {n for t, n in found(extractor, text) if t in ("checkpoint", "location") and n.startswith("Болаша")}


@pytest.mark.parametrize(
    "text, post",
    [
        ("Шығыс өңірдегі «Ауыл» өткізу пунктінде кезек жоқ.", "Ауыл"),
        ("Ауыл автомобиль өткізу пунктінде жөндеу басталды.", "Ауыл"),
        ("Болашақ станциясы арқылы шекарадан жүк өтті.", "Болашак"),
    ],
)
def test_the_post_named_by_the_noun_keeps_its_cue(text, post):
    assert post in posts(text)


def test_the_border_region_confirms_no_town_as_a_post():
    text = "Шекара аймағында тұратын жұрт Петропавл атауын Қызылжар деп өзгертуді талқылады."
    assert posts(text) == []


def test_a_border_post_noun_still_confirms_the_town_name():
    assert posts("Шекарадағы Қызылжар өткізу бекетінде кезек қысқарды.") == ["Кызыл Жар"]


def test_a_district_named_after_a_man_keeps_his_given_name(extractor):
    text = "Кеше Тұрар Рысқұлов ауданында жүзге жуық жүк көлігі тұрып қалды."
    assert ("location", "Тұрар Рысқұлов ауданы") in found(extractor, text)


def test_a_given_name_before_a_kazakh_patronymic_is_a_person(extractor):
    names = found(extractor, "Үйдің қабырғасына қазақ ақыны Абай Құнанбайұлының суреті салынған.")
    assert ("location", "Абай") not in names
    assert ("person", "Абай Құнанбайұлы") in names


@pytest.mark.parametrize(
    "text",
    [
        "Түнде № 12 «Астана-Маңғыстау» жолаушылар пойызы екі сағат кешікті.",
        "Ертеңнен бастап «Атырау-Маңғыстау» бағыты бойынша автобус жүрмейді.",
    ],
)
def test_a_trains_route_in_quotes_is_no_body(extractor, text):
    assert not {n for t, n in found(extractor, text) if t == "organization"}


def test_a_quoted_kazakh_name_is_not_declined_the_russian_way(extractor):
    names = found(extractor, "Басқарма кеше «Алтын Орда», «Мерей» автовокзалдарының жұмысын тоқтатты.")
    assert ("organization", "Меря") not in names


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Жолдың жағдайын облыстық жолаушылар көлігі және автомобиль жолдары басқармасы түсіндірді, деп хабарлады сайт.",
            "облыстық жолаушылар көлігі және автомобиль жолдары басқармасы",
        ),
        ("Бұл туралы аудандық білім бөлімінің басшысы айтты, деп хабарлады сайт.", "аудандық білім бөлімі"),
    ],
)
def test_a_regions_own_body_in_lower_case(extractor, text, body):
    assert ("organization", body) in found(extractor, text)


def test_a_reach_after_a_bodys_head_stays_its_unit(extractor):
    text = "Бұл туралы ҚР ҰҚК Шекара қызметі облыстық Шекаралық бақылау басқармасы хабарлады."
    assert ("organization", "ҚР ҰҚК Шекара қызметі облыстық Шекаралық бақылау басқармасы") in found(extractor, text)


def test_a_village_named_with_bibi_is_a_place_not_a_post(extractor):
    text = "Кеше Айша бибі ауылының маңында жеті жүз көлік иесі жолдың ашылуын күтті, деп хабарлады сайт."
    names = found(extractor, text)
    assert ("location", "Айша бибі") in names
    assert not {n for t, n in names if t == "checkpoint"}


def test_a_region_named_before_the_reach_stays_in_the_name(extractor):
    text = "Бұл туралы Жайық облысы өңірлік коммуникациялар қызметі хабарлады, деп жазады сайт."
    assert ("organization", "Жайық облысы өңірлік коммуникациялар қызметі") in found(extractor, text)
