"""Places on unread text (issue 15, loc18): the knowledge base's districts, towns and the
neighbours' cities in every script, Kazakh lists with a bracketed country, settlements
named by «елді мекендері» and «селосы», a village glued to its rural district, and one
spelling per person in the article's own script. Every sentence here is made up."""

from __future__ import annotations

from store.extract.passes.kazakh_places import find_kazakh_place_nouns
from store.model import Article
from tests.extracting import kb_rows, places


def test_a_kazakh_list_with_a_bracketed_country_names_each_region():
    text = "Жаңа жол Павлодар және Омбы (Ресей) облыстарының арасында салынады."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Павлодар облысы", "Омбы облысы"]


def test_settlements_listed_before_eldi_mekenderi_are_named_alone():
    text = "Ақтерек пен Көкжиде елді мекендері жаңа ауданға берілді."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Ақтерек", "Көкжиде"]


def test_a_russian_named_village_before_selosy_is_the_village():
    text = "Автобус Покровка селосынан таңертең шығады."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Покровка"]


def test_a_sentence_opening_run_into_a_village_list_holds_no_name(extractor):
    text = "Мұндай жағдайлар Жаңатұрмыс, Ақбұлақ пен Сарыбел ауылдарында кездеседі."
    assert {"Жаңатұрмыс", "Ақбұлақ", "Сарыбел"} <= places(extractor, text)
    assert not any("жағдайлар" in p for p in places(extractor, text))


def test_a_place_in_a_region_glued_by_the_model_is_two_places(extractor):
    text = "Түркістан өңіріндегі Жаңатұрмыс ауылының тұрғындары жиналды."
    found = places(extractor, text)
    assert "Жаңатұрмыс" in found
    assert not any("өңір" in p for p in found)


def test_a_village_and_its_rural_district_are_two_places(extractor):
    text = "Жители аула Каракудук Сарыбельского сельского округа ждут новую дорогу."
    found = places(extractor, text)
    assert {"Каракудук", "Сарыбельский сельский округ"} <= found


def test_a_kazakh_country_name_with_no_kazakh_letter_takes_kazakh_suffixes():
    assert ("ru", "Ресеймен") in kb_rows("Келісім Ресеймен жасалды.")
    assert ("ru", "Ресейдің") in kb_rows("Ресейдің шекарашылары келді.")
    assert not kb_rows("Ресейлік тарап келді.")  # a derived adjective is not the country


def test_districts_added_in_2022_and_renamed_ones_link_in_both_scripts():
    assert kb_rows("Аким района Мақаншы приехал.") == [("dist-makanchi", "района Мақаншы")]
    assert kb_rows("Мақаншы ауданының әкімі келді.") == [("dist-makanchi", "Мақаншы ауданының")]
    assert kb_rows("В Теренкольском районе открыли школу.") == [("dist-terenkol", "Теренкольском районе")]
    assert kb_rows("В Качирском районе открыли школу.") == [("dist-terenkol", "Качирском районе")]
    assert kb_rows("Мағжан Жұмабаев ауданында жол салынды.") == [("dist-magzhan", "Мағжан Жұмабаев ауданында")]
    assert kb_rows("Жители района Беимбета Майлина.") == [("dist-mailin", "района Беимбета Майлина")]


def test_the_neighbours_cities_link_in_their_kazakh_spelling():
    assert kb_rows("Делегация Мәскеуде болды.") == [("ru-moscow", "Мәскеуде")]
    assert kb_rows("Жүк Орынборға жеткізілді.") == [("ru-orenburg-city", "Орынборға")]
    assert kb_rows("Пойыз Үрімшіден шықты.") == [("cn-urumqi", "Үрімшіден")]


def test_new_rows_never_take_a_posts_name():
    """A town named like a post (Орск, Исилькуль, Булаево) stays out of the place tables:
    the post's own rules read it."""
    import csv
    from importlib import resources

    def names(fname, cols):
        text = resources.files("store").joinpath(f"data/{fname}").read_text(encoding="utf-8")
        return {
            n.lower() for r in csv.DictReader(text.splitlines()) for c in cols for n in (r.get(c) or "").split("|") if n
        }

    posts = names("checkpoints.csv", ["name_ru", "name_kk", "variants"]) | names(
        "foreign_posts.csv", ["name_ru", "name_local", "variants"]
    )
    towns = names("places.csv", ["name_ru", "name_kk"]) | {
        n for n in names("regions.csv", ["name_ru", "name_kk"]) if " " not in n
    }
    assert not {"орск", "исилькуль", "булаево"} & towns
    assert "орск" in posts


def test_a_russian_adjective_of_a_kazakh_spelling_is_no_place():
    assert kb_rows("Астраханский заповедник открыт.") == []
    assert kb_rows("Груз прибыл в Астрахань.") == [("ru-astrakhan-city", "Астрахань")]
    assert kb_rows("Жүк Астраханға жетті.") == [("ru-astrakhan-city", "Астраханға")]


def test_two_names_joined_by_a_hyphen_are_two_places():
    assert kb_rows("Қазақстан-Ресей шекарасында кезек бар.") == [("kz", "Қазақстан"), ("ru", "Ресей")]
    assert kb_rows("Автобус Петропавл-Омбы бағытымен жүреді.") == [
        ("city-petropavl", "Петропавл"),
        ("ru-omsk-city", "Омбы"),
    ]
    assert kb_rows("на казахстанско-китайской границе") == []  # a compound adjective names no place
    assert kb_rows("Прибыл в Усть-Каменогорск.") == [("city-oskemen", "Усть-Каменогорск")]


def test_a_name_written_alike_in_both_languages_takes_kazakh_suffixes_only_as_kazakh():
    assert kb_rows("Оралдан Самараға дейін жол жөнделді.") == [
        ("city-uralsk", "Оралдан"),
        ("ru-samara-city", "Самараға"),
    ]
    assert kb_rows("Жиналыс Семейде өтті.") == [("city-semey", "Семейде")]
    assert kb_rows("Семейный бюджет вырос.") == []  # a Russian word that opens like the city
    assert kb_rows("В Самаре открыли склад.") == [("ru-samara-city", "Самаре")]


def test_a_chain_of_places_the_model_took_for_a_body_is_places(extractor):
    text = "Ақтөбе облысы Мәртөк ауданы Сарыжар ауылдық округінің тұрғындары жиналды."
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    assert {m.name for m in found.mentions if m.type == "location"} == {
        "Ақтөбе облысы",
        "Мәртөк ауданы",
        "Сарыжар ауылдық округі",
    }
    assert not [m for m in found.mentions if m.type == "organization"]


def test_a_kazakh_sea_keeps_its_noun_and_a_vehicle_is_no_lake():
    text = "Кеме Каспий теңізін кесіп өтті, ал Жүк көлігі Арал теңізіне барды."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Каспий теңізі", "Арал теңізі"]


def test_a_kazakh_connective_opening_a_sentence_is_no_place(extractor):
    text = "Бүгін шекарашылар Жайық өзенінің бойында рейд өткізді, деп хабарлады ведомство."
    assert "Бүгін" not in places(extractor, text)
