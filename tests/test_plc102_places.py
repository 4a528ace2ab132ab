"""plc102: places the extractor cut or lost, from sentences written here (none copied from a page
or from eval; bench/data/plc102_fresh.json holds the fresh set, bench/place_fresh.py scores it).

(1) The model's one place span over a name and the district or region it lies in, in the
Russian genitive («пос. Жибек Жолы Сарыагашского района»), is two places: the village the
knowledge base lacks and its district (linking._a_place_before_its_unit). A body's word before
the unit («Аким …», «Полиция …») is no place of its own."""

import pytest

from store.extract.linking import _a_place_before_its_unit
from store.extract.ner import NerSpan
from store.lang import kb
from tests.extracting import places
from tests.notes import titled_mentions


@pytest.mark.parametrize(
    "text,want",
    [
        ("В пос. Жибек Жолы Сарыагашского района газифицировали улицы.", {"Жибек Жолы", "Сарыагашский район"}),
        ("Жители села Жибек Жолы Сарыагашского района получили газ.", {"Жибек Жолы", "Сарыагашский район"}),
        ("В Зайсане Восточно-Казахстанской области выпал снег.", {"Зайсан", "Восточно-Казахстанская область"}),
    ],
)
def test_a_place_and_the_unit_it_lies_in(extractor, text, want):
    assert places(extractor, text) == want


def _lead(text: str, start: int, kind: str = "location"):
    """What the rule makes of a model span from `start` to the unit's match's end."""
    m = next(x for x in kb.find(text) if x.form.row.kind in ("district", "region"))
    span = NerSpan(kind, start, m.end, text[start : m.end])
    lead = _a_place_before_its_unit(text, span, m)
    return lead and lead.text


def test_only_capitalized_words_before_a_genitive_unit_are_a_place():
    text = "В пос. Жибек Жолы Сарыагашского района газ."
    assert _lead(text, text.index("Жибек")) == "Жибек Жолы"
    assert _lead(text, text.index("Жибек"), "organization") is None  # a body's name keeps its region
    body = "Сотрудники акимата Сарыагашского района"
    assert _lead(body, body.index("акимата")) is None  # a lower-case word: no place
    kk = "Жібек Жолы Сарыағаш ауданы"
    assert _lead(kk, 0) is None  # no Russian genitive of a unit's noun


# Kazakh sentences after the one tested, so that it reads as Kazakh text, as in an article
_KK_AFTER = " Шекарадағы кезек туралы жүргізушілер жиі айтады. Өткен аптада бекет маңында жүк көліктері көп болды."


@pytest.mark.parametrize(
    "text,want",
    [
        ("Жүк тасымалы Орынбормен бірлесіп жоспарланды.", {"Орынбор"}),
        ("Жүк тасымалы Мәскеумен бірлесіп жоспарланды.", {"Мәскеу"}),
    ],
)
def test_a_kazakh_clause_around_a_place_is_no_body(extractor, text, want):
    found = mentions_by_type(extractor, text + _KK_AFTER)
    assert found.get("location", set()) == want
    assert not found.get("organization")


def test_a_body_beside_a_place_in_the_instrumental_stays(extractor):
    found = mentions_by_type(extractor, "Қазақстан темір жолы Ресеймен келісті." + _KK_AFTER)
    assert found["organization"] == {"Қазақстан темір жолы"} and found["location"] == {"Ресей"}


def mentions_by_type(extractor, text: str) -> dict[str, set[str]]:
    """Each type's mention names in `text`."""
    out: dict[str, set[str]] = {}
    for m in titled_mentions(extractor, text, "Новости"):
        out.setdefault(m.type, set()).add(m.name)
    return out


@pytest.mark.parametrize(
    "text,want",
    [
        ("Перевозчик сообщил о росте грузов из Chongqing.", {"Chongqing"}),
        ("Грузы из Chengdu идут через Алтынколь.", {"Chengdu"}),
        ("Чунциннан шыққан контейнерлік пойыз Достыққа жетті.", {"Чунцин"}),
    ],
)
def test_china_s_train_hubs_are_places(extractor, text, want):
    assert places(extractor, text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        ("Тасымалдаушылар Бетпақдаланы айналып өтті.", {"Бетпақдала"}),
        ("«Біз Орталық Азияны бұл мәселені шешуге шақырамыз», — деді өкіл.", {"Орталық Азия"}),
    ],
)
def test_an_opener_glued_to_a_place_is_no_person(extractor, text, want):
    found = mentions_by_type(extractor, text + _KK_AFTER)
    assert found.get("location", set()) == want
    assert not found.get("person")


def test_a_given_name_before_a_town_stays_a_person(extractor):
    found = mentions_by_type(extractor, "Жүргізуші Серік Ахметов Шуға барды." + _KK_AFTER)
    assert "Серік Ахметов" in found.get("person", set())
