"""Places on text nobody read (issue 15, loc52): a Kazakh oblast named by a point of the compass
and «Қазақстан» in a case form, alone before its noun («Батыс Қазақстан облысының әкімдігі»), and
China's prefecture by the English spelling of Chinese state media («Ili Kazak autonomous
prefecture»). Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.kazakh_places import find_kazakh_place_nouns
from store.model import Article


def _places(text: str) -> set[str]:
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language=None)
    return {m.name for m in Extractor(disabled=()).extract(article).mentions if m.type == "location"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Хабарды Батыс Қазақстан облысының әкімдігі таратты.", "Батыс Қазақстан облысы"),
        ("Кеше Солтүстік Қазақстан облысында боран болды.", "Солтүстік Қазақстан облысы"),
        ("Жүк көліктері Шығыс Қазақстан облысына жетті.", "Шығыс Қазақстан облысы"),
        ("Оңтүстік Қазақстан облысынан келген жолаушылар.", "Оңтүстік Қазақстан облысы"),
    ],
)
def test_compass_oblast_alone_keeps_its_compass_word(text, expected):
    assert [name for _, name in find_kazakh_place_nouns(text)] == [expected]


def test_compass_oblast_inside_a_body_is_named_whole():
    # before loc52 the place inside the body was «Қазақстан облысы», a region that does not exist
    places = _places("Ақпаратты Батыс Қазақстан облысының әкімдігі жоққа шығарды.")
    assert places == {"Батыс Қазақстан облысы"}


def test_a_plain_oblast_is_unchanged():
    assert [name for _, name in find_kazakh_place_nouns("Бүгін Ақтөбе облысының жолдары жабық.")] == ["Ақтөбе облысы"]


def test_ili_prefecture_in_the_english_of_chinese_state_media():
    places = _places("Trucks from the Ili Kazak autonomous prefecture waited at the border with Kazakhstan.")
    assert "Ili Kazak autonomous prefecture" in places and "Kazakhstan" in places


def test_russian_rural_settlements_in_a_coordinated_list():
    # a Russian border district's municipal units, each named in the nominative
    places = _places("Погранзона охватывает Лесного, Речного и Верх-Озёрского сельских поселений территорию.")
    assert {"Лесное сельское поселение", "Речное сельское поселение", "Верх-Озёрское сельское поселение"} <= places


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A resident of the village of Sarykemer said the road was closed.", "Sarykemer"),
        ("The bus left the town of Kara-Tobe at dawn.", "Kara-Tobe"),
        ("Farmers from the settlement of Zhanaturmys sell melons.", "Zhanaturmys"),
    ],
)
def test_english_settlement_named_after_its_kind_and_of(text, expected):
    assert expected in _places(text)


def test_english_kind_of_a_lowercase_word_is_no_place():
    assert _places("The city of the future will have no queues.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ақсу, Бірлік және Жаңаталап селоларының тұрғындары жиналды.", ["Ақсу", "Бірлік", "Жаңаталап"]),
        ("Берёзовка және Светлый селолары газбен қамтылды.", ["Берёзовка", "Светлый"]),
    ],
)
def test_kazakh_list_of_russian_named_villages(text, expected):
    assert [name for _, name in find_kazakh_place_nouns(text)] == expected


def test_kazakh_rural_district_by_its_older_word():
    found = [name for _, name in find_kazakh_place_nouns("Жаңаауыл селолық округінің тұрғындары жиналды.")]
    assert found == ["Жаңаауыл селолық округі"]


def test_kazakh_village_named_after_a_man_keeps_his_initial():
    found = [name for _, name in find_kazakh_place_nouns("Жол Қ.Сәтбаев ауылында жөнделді.")]
    assert found == ["Қ.Сәтбаев"]


def test_places_inside_a_kazakh_clause_read_as_a_body_stay_places():
    # the model reads «… шекараларын бекітті» as one body; the towns the knowledge base knows stay
    places = _places("Үкімет Түркістан облысының, Түркістан және Кентау шекараларын бекітті.")
    assert {"Түркістан", "Кентау"} <= places


def test_a_kazakh_clause_read_as_a_person_gives_its_places():
    article = Article(
        file="t.txt",
        path="t.txt",
        raw="",
        title="",
        body="Көліктер Семейден Павлодарға жетті.",
        source=None,
        language=None,
    )
    mentions = [(m.type, m.name) for m in Extractor(disabled=()).extract(article).mentions]
    assert mentions == [("location", "Семей"), ("location", "Павлодар")]


def test_big_and_small_open_a_kazakh_place_name_in_a_list():
    found = [
        name for _, name in find_kazakh_place_nouns("Жол Күршім, Үлкен Нарын және Зайсан аудандарын байланыстырады.")
    ]
    assert found == ["Күршім ауданы", "Үлкен Нарын ауданы", "Зайсан ауданы"]


def test_a_listed_district_keeps_its_noun_beside_a_dropped_clause():
    places = _places("Көпір төрт ауданды – Күршім, Марқакөл, Тарбағатай және Зайсан аудандарын байланыстырады.")
    assert {"Тарбағатай ауданы", "Зайсан ауданы"} <= places and "Зайсан" not in places


def test_the_state_before_a_region_in_one_model_span_stays_a_place():
    places = _places("Жүк көлігі ағыны Ресей Федерациясының Саратов облысы бағытына бұрылды.")
    assert "Саратов облысы" in places and any(p.startswith("Ресей") for p in places)
