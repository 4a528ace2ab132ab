"""Places on pages nobody here had read (issue 15, loc29): one name per place across the
headline and the body, towns the filter of adjectives took for adjectives, names ending in
a vowel and «й» after a settlement's kind, rural districts listed over one plural noun,
posts quoted after their kind, and parts of the world and landmarks in the knowledge base.
Every sentence here is made up."""

from __future__ import annotations

from store.extract.place_groups import one_name_per_place
from store.model import Article, Mention
from tests.extracting import kb_rows, places


def _article(title: str, body: str) -> Article:
    return Article(file="t", path="t", title=title, body=body, raw=title + "\n" + body)


def test_a_headline_abbreviation_takes_the_bodys_name(extractor):
    found = extractor.extract(
        _article("В ВКО выросли очереди", "На границе Восточно-Казахстанской области стоят грузовики.")
    )
    assert {m.name for m in found.mentions if m.type == "location"} == {"Восточно-Казахстанская область"}


def test_a_country_goes_by_its_short_name_when_the_article_prints_it(extractor):
    found = extractor.extract(
        _article("Туркменистан открыл границу", "Соглашение с Республикой Туркменистан подписали в среду.")
    )
    assert {m.name for m in found.mentions if m.type == "location"} == {"Туркменистан"}


def test_a_country_printed_only_in_its_long_form_keeps_it(extractor):
    assert places(extractor, "Соглашение с Республикой Туркменистан подписали в среду.") == {"Республика Туркменистан"}


def test_a_kazakh_article_names_the_country_in_kazakh():
    ms = [
        Mention("location", "Ресей Федерациясы", "Ресей Федерациясы", 0, 17, "body"),
        Mention("location", "Россия", "Ресейге", 30, 37, "title"),
    ]
    one_name_per_place(ms, kazakh=True)
    assert {m.name for m in ms} == {"Ресей"}


def test_two_places_of_one_name_stem_stay_two():
    ms = [
        Mention("location", "Алматы", "Алматы", 0, 6, "body"),
        Mention("location", "Алматинская область", "Алматинской области", 10, 29, "body"),
    ]
    one_name_per_place(ms, kazakh=False)
    assert [m.name for m in ms] == ["Алматы", "Алматинская область"]


def test_a_town_in_the_instrumental_is_no_adjective(extractor):
    assert "Троицк" in places(extractor, "Пункт «Южный» под Троицком работает круглосуточно.")


def test_an_adjective_before_its_noun_is_still_no_town(extractor):
    assert "Троицк" not in places(extractor, "На Троицком заводе сменился директор.")


def test_a_village_in_vowel_and_yot_after_its_kind_keeps_its_form(extractor):
    assert "Мерей" in places(extractor, "В поселке Мерей провели водопровод.")


def test_rural_districts_listed_over_one_plural_noun(extractor):
    found = places(extractor, "Газ провели в Караобинский, Сарыкольский, Бесобинский сельские округа района.")
    assert {"Караобинский сельский округ", "Сарыкольский сельский округ", "Бесобинский сельский округ"} <= found


def test_a_post_quoted_after_its_kind_is_no_village(extractor):
    found = places(extractor, "Машины ждут у российского погранпункта «Степановка» в Курганской области.")
    assert "Степановка" not in found and "Курганская область" in found


def test_parts_of_the_world_in_kazakh_are_places(extractor):
    found = places(extractor, "Құрғақ портта жүктер Қытайдан Еуропаға жөнелтіледі. Бұл Орталық Азиядағы ең ірі порт.")
    assert {"Еуропа", "Орталық Азия", "Қытай"} <= found


def test_landmarks_of_the_border_are_in_the_knowledge_base():
    assert ("kz-dzungarian-gate", "Джунгарских ворот") in kb_rows("Станция стоит у Джунгарских ворот.")
    assert ("kg-issyk-kul-lake", "Иссык-Куль") in kb_rows("Туристы едут на Иссык-Куль летом.")


def test_a_place_inside_an_outlets_web_address_is_no_place(extractor):
    found = places(extractor, "Шекара бекеттері жабық болады, деп хабарлайды Semey-zhanalyqtary.kz сайты.")
    assert "Semey" not in found and "Семей" not in found


def test_a_kazakh_headline_clause_is_no_place(extractor):
    found = extractor.extract(
        _article("Шекарада ұсталған жүргізуші босатылды", "Жүргізуші Қостанай облысында ұсталған болатын.")
    )
    assert {m.name for m in found.mentions if m.type == "location"} == {"Қостанай облысы"}


def test_a_roads_border_ends_are_the_countries(extractor):
    found = places(extractor, "Закрыт участок автодороги «граница РФ — Уил — Тайсойган — граница КНР» до утра.")
    assert {"Россия", "Уил", "Тайсойган", "Китай"} <= found


def test_a_kazakh_roads_ends_inside_quotes_are_places(extractor):
    found = places(
        extractor, "Жол жабылды: «РФ шекарасы - Ойыл - Ақтөбе - Қостанай - ҚХР шекарасы» автожолында шектеу қойылды."
    )
    assert {"Ресей", "Ойыл", "Ақтөбе", "Қостанай", "Қытай"} <= found


def test_a_quoted_road_is_no_body(extractor):
    found = extractor.extract(_article("", "В области закрыта дорога «Сарыозек–Коктал» до вечера."))
    assert not [m for m in found.mentions if m.type == "organization"]
    assert {"Сарыозек", "Коктал"} <= {m.name for m in found.mentions if m.type == "location"}


def test_two_kazakh_regions_over_one_singular_noun(extractor):
    found = places(extractor, "Қар көп жауған соң Павлодар және Ақмола облысында жолдар жабылды.")
    assert {"Павлодар облысы", "Ақмола облысы"} <= found and "Павлодар" not in found


def test_a_name_before_a_singular_noun_that_is_no_region_is_left_alone(extractor):
    found = places(extractor, "Асқар мен Ақмола облысының әкімі кездесті.")
    assert "Асқар облысы" not in found


def test_the_tarbagatai_range_is_a_place_and_its_district_stays_the_district(extractor):
    assert "Тарбағатай" in places(extractor, "Жол Тарбағатайдың етегімен өтеді, қыста қар көп жауады.")
    assert "Тарбағатай ауданы" in places(extractor, "Бекет Тарбағатай ауданында орналасқан, жол жөнделді.")


def test_districts_listed_after_a_colon_glued_to_the_noun(extractor):
    found = places(extractor, "С областью граничат три района: Убинский, Кочковский и Чистоозерный.")
    assert {"Убинский район", "Кочковский район", "Чистоозерный район"} <= found


def test_a_lake_is_named_without_its_kind_word(extractor):
    assert "Иссык-Куль" in places(extractor, "Туристы поехали на озеро Иссык-Куль через перевал.")


def test_a_kazakh_settlement_before_its_singular_noun(extractor):
    found = places(extractor, "Жұрт ежелден Ресейдің Қарабайлы елді мекенінің халқымен аралас-құралас болған.")
    assert "Қарабайлы" in found


def test_a_territory_named_by_an_abbreviation_is_no_place(extractor):
    found = places(extractor, "Орталық СЭЗ аумағында жаңа қойма салынады, құны 20 млрд теңге.")
    assert "СЭЗ" not in found


def test_a_city_that_opens_a_road_is_not_its_region(extractor):
    found = extractor.extract(
        _article(
            "Ақтөбе және Қостанай облысында жол жабылды",
            "Қатты боранға байланысты «Қостанай — Рудный — Денисовка» автожолында қозғалыс шектелді.",
        )
    )
    names = {m.name for m in found.mentions if m.type == "location"}
    assert {"Қостанай", "Қостанай облысы", "Ақтөбе облысы"} <= names


def test_border_towns_in_both_languages(extractor):
    assert {"Мамлютка", "Степногорск"} <= places(extractor, "В Мамлютке и Степногорске прошли проверки на трассе.")
    assert "Құрық" in places(extractor, "Құрыққа жаңа паром келді деп хабарлайды тілші, жүк көп.")
    assert {"Үштөбе", "Сарқан"} <= places(extractor, "Жолаушылар Сарқанға жетті, ал Үштөбеде жөндеу басталды.")
