"""Places on unread text (issue 15, loc37): the districts and towns the base lacked (Akmola,
Karaganda and Ulytau districts, towns of the KATO list, Russia's border districts), their
former names and spellings, and three shapes that read a place wrongly: a town's adjective
in «-ск» as the town, a Kazakh word that only begins as a name («Аралау»), and a «-коль»
village left in an oblique case. Every sentence here is made up."""

from __future__ import annotations

from store.lang.places import lake_town_nominative
from tests.extracting import kb_rows, persons, places


def test_districts_of_akmola_and_karaganda_link_in_both_scripts():
    assert kb_rows("В Аккольском районе открыли школу.") == [("dist-akkol", "Аккольском районе")]
    assert kb_rows("Бұқар жырау ауданының тұрғындары жиналды.") == [("dist-bukhar-zhyrau", "Бұқар жырау ауданының")]
    assert kb_rows("Фермеры Шетского района собрали урожай.") == [("dist-shet", "Шетского района")]
    assert kb_rows("Ұлытау ауданында жол салынды.") == [("dist-ulytau", "Ұлытау ауданында")]


def test_former_names_and_spellings_link_to_the_district():
    assert kb_rows("Аким Енбекшильдерского района приехал.") == [("dist-birzhan-sal", "Енбекшильдерского района")]
    assert kb_rows("Глава Раимбекского района выступил.") == [("dist-raiymbek", "Раимбекского района")]
    assert kb_rows("В Кобдинском районе выпал снег.") == [("dist-khobda", "Кобдинском районе")]
    assert kb_rows("Жители Чиилийского района.") == [("dist-shieli", "Чиилийского района")]
    assert kb_rows("Пункт в Александровогайском районе.") == [("ru-alexandrov-gai-dist", "Александровогайском районе")]
    assert kb_rows("В Капчагае открыли пляж.") == [("city-konaev", "Капчагае")]


def test_towns_and_neighbours_districts_in_any_case():
    assert kb_rows("Рейды прошли в Шахтинске и Сарани.") == [("city-shakhtinsk", "Шахтинске"), ("city-saran", "Сарани")]
    assert kb_rows("Жүк Ташкенттен Самарқандқа жөнелтілді.") == [
        ("uz-tashkent-city", "Ташкенттен"),
        ("uz-samarkand", "Самарқандқа"),
    ]
    assert kb_rows("В Кош-Агачском районе выпал снег.") == [("ru-kosh-agach-dist", "Кош-Агачском районе")]


def test_a_district_named_after_a_poet_is_a_place_not_a_person(extractor):
    text = "Біржан сал ауданында жаңа мектеп ашылды."
    assert places(extractor, text) == {"Біржан сал ауданы"}
    assert persons(extractor, text) == set()


def test_a_towns_adjective_is_no_town():
    assert kb_rows("Аральский рыбзавод и Шахтинская шахта работают.") == []
    assert kb_rows("Троицкий собор отреставрировали.") == []
    assert kb_rows("Груз отправили из Аральска в Троицк.") == [("city-aralsk", "Аральска"), ("ru-troitsk", "Троицк")]


def test_a_word_that_only_begins_as_a_name_is_no_place():
    assert kb_rows("Аралау барысында әкім мектепке барды.") == []
    assert kb_rows("Аралап шыққан соң жиналыс өтті.") == []
    assert kb_rows("Жүк Аралға жетті, Алматыдағы қойма толды.") == [
        ("city-aralsk", "Аралға"),
        ("city-almaty", "Алматыдағы"),
    ]


def test_a_lake_named_village_is_put_back_in_its_nominative(extractor):
    assert lake_town_nominative("Майколя") == "Майколь"
    assert lake_town_nominative("Узынколе") == "Узынколь"
    assert lake_town_nominative("Школе") is None
    assert places(extractor, "Жители Майколя пожаловались на дорогу.") == {"Майколь"}


def test_the_neighbours_oblasts_deserts_and_a_surname_like_a_town():
    assert kb_rows("Ош облысында сел жүрді.") == [("kg-osh-region", "Ош облысында")]
    assert kb_rows("Груз прибыл из Ферганской области в Кашгар.") == [
        ("uz-fergana", "Ферганской области"),
        ("cn-kashgar", "Кашгар"),
    ]
    assert kb_rows("Қарақұм мен Үстірт арқылы өтетін жол.") == [("xx-karakum", "Қарақұм"), ("xx-ustyurt", "Үстірт")]
    assert kb_rows("В Нарыне открыли рынок.") == [("kg-naryn-city", "Нарыне")]
    assert kb_rows("Нарынов Ерлан возглавил отдел.") == []


def test_a_kazakh_list_of_bare_district_names_is_places(extractor):
    text = "Әкімнің айтуынша, Ақсу, Алакөл, Қаратал, Панфилов, Текелі, Талдықорған жаңа облысқа кіреді."
    assert {"Ақсу", "Алакөл", "Қаратал", "Панфилов", "Текелі"} <= places(extractor, text)
    assert persons(extractor, text) == set()


def test_a_list_of_bare_names_with_no_known_place_is_left_alone(extractor):
    assert places(extractor, "Жиында Абай, Жамбыл, Шоқан мұрасы туралы айтылды.") == set()


def test_villages_after_their_kind_noun_keep_their_printed_form(extractor):
    assert places(extractor, "Газ провели в сёлах Рыспай, Степное и Заречное.") == {"Рыспай", "Степное", "Заречное"}
    assert places(extractor, "Школу построили в селе Заречном.") == {"Заречное"}
    assert places(extractor, "В посёлке Береговое прошёл сход.") == {"Береговое"}
    assert places(extractor, "Аким села Нура выступил на сходе.") == {"Нура"}
    assert places(extractor, "В селе Константиновке открыли школу.") == {"Константиновка"}
    assert places(extractor, "Дороги починили в сёлах Садовое и Луговое Костанайского района.") == {
        "Садовое",
        "Луговое",
        "Костанайский район",
    }
    assert places(extractor, "Жители села Красный Яр собрались.") == {"Красный Яр"}


def test_a_village_the_model_read_as_a_person_is_the_village(extractor):
    text = "Жители аула Даут встретили акима."
    assert "Даут" in places(extractor, text)
    assert "Даут" not in persons(extractor, text)
