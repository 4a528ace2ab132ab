"""Places written in Latin letters (issue 15, loc27): Kazakh in the 2018 and 2021 official
alphabets with case endings, English forms of the regions, quoted routes, place nouns after
names, and countries named in the article's own alphabet. Every sentence here is made up."""

from __future__ import annotations

from store.extract.passes.kazakh_latin_places import find_latin_places
from store.extract.passes.kazakh_places import find_kazakh_place_nouns
from store.extract.passes.latin_persons import find_latin_persons
from store.model import Article
from tests.extracting import places


def names(text: str) -> list[str]:
    return [n for _, n in find_latin_places(text)]


def test_a_city_in_the_2018_alphabet_with_a_case_ending_is_the_city():
    assert names("Jurgizýshiler keshe Qostanaıǵa jetti.") == ["Qostanaı"]
    assert names("Bul jol Semeıden bastalady.") == ["Semeı"]


def test_a_city_in_the_2021_alphabet_is_found():
    assert names("Jol Qarağandydan Balqaşqa deiın jöndeldı.") == ["Qarağandy", "Balqaş"]


def test_an_oblast_keeps_its_noun_and_loses_its_ending():
    assert names("Túrkistan oblysynyń ákimdigi habarlady.") == ["Túrkistan oblysy"]


def test_a_cyrillic_vowel_with_an_accent_inside_a_latin_word_is_read_as_latin():
    assert names("Jol О\u0301zbekstanǵa deıin jetedi.") == ["Ózbekstan"]


def test_a_derived_word_is_not_the_place():
    assert names("Qazaqstandyq júrgizýshiler kezekte turdy.") == []


def test_an_abbreviation_needs_its_capitals():
    assert names("Jol ShQO aýmaǵy arqyly ótedi.") == ["ShQO"]


def test_english_region_forms_and_countries():
    text = "Kazakhstan and China agreed to open a post in the Jetisu region."
    assert names(text) == ["Kazakhstan", "China", "Jetisu region"]


def test_a_nationality_before_village_is_no_place():
    # the nationality is no place; the village named after «of» is (loc52's «village of X» shape)
    assert names("Soldiers arrived in the Kazakh village of Ermek.") == ["Ermek"]


def test_a_plural_noun_names_each_district_of_a_list():
    text = "The road runs through Baidibek and Ordabasy raions of the region."
    assert names(text) == ["Baidibek raion", "Ordabasy raion"]


def test_the_unknown_ends_of_a_quoted_route_are_places():
    text = "Tólem engiziledi: «Taraz – Kókbulaq», «Oral – RF shekarasy (Saratov)»."
    assert names(text) == ["Taraz", "Kókbulaq", "Oral", "RF", "Saratov"]


def test_a_place_in_a_quoted_title_is_the_title():
    assert names("Bul týraly «Egemen Qazaqstan» gazeti jazdy.") == []


def test_an_english_article_names_the_country_in_english(extractor):
    text = "Trucks crossed from Kazakhstan into Uzbekistan after the talks in the Almaty region."
    assert {"Kazakhstan", "Uzbekistan", "Almaty region"} <= places(extractor, text)
    assert not {"Казахстан", "Узбекистан"} & places(extractor, text)


def test_a_body_whose_name_holds_a_country_keeps_it(extractor):
    text = "The Border Service of the National Security Committee of Kazakhstan announced the plan."
    assert "Kazakhstan" not in places(extractor, text)


def test_english_long_forms_and_capitals_of_a_country_are_the_country():
    text = "The Russian Federation and the PRC met the Kyrgyz Republic; Russian trucks waited."
    assert names(text) == ["Russian Federation", "PRC", "Kyrgyz Republic"]


def test_an_oblast_named_without_its_noun_is_the_oblast(extractor):
    got = places(extractor, "Көліктер Батыс Қазақстандағы бекетте тұр.")
    assert "Батыс Қазақстан" in got
    assert "Қазақстан" not in got
    assert "Восточный Казахстан" in places(extractor, "Фуры стоят в Восточном Казахстане.")


def test_a_province_keeps_its_noun_in_kazakh():
    text = "Жүк Шыңжаң өлкесінде тексерілді."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Шыңжаң өлкесі"]


def persons(text: str) -> list[str]:
    return [n for _, n in find_latin_persons(text)]


def test_a_latin_name_with_a_surname_ending_is_a_person():
    text = "Head of the service Daniyar Temirkhanov and Aigerim Sadykova met Bolat Zhaksylykuly."
    assert persons(text) == ["Daniyar Temirkhanov", "Aigerim Sadykova", "Bolat Zhaksylykuly"]


def test_a_listed_first_name_in_latin_makes_a_person_without_an_ending():
    assert persons("The talks were led by Serik Abdrakhman.") == ["Serik Abdrakhman"]


def test_initials_before_a_latin_surname():
    assert persons("The decree was signed by N.Abenov yesterday.") == ["N. Abenov"]


def test_titles_places_and_phrases_are_no_persons():
    text = "Deputy Minister visited Saratov Oblast and the Nur Zholy post; The Kremlin said no."
    assert persons(text) == []


def test_both_ends_of_a_dashed_route_in_latin_are_places():
    text = "Post Ermek (Kandyr–Uralsk) lies off the Tobyl–Aktobe highway; the Kyrgyz-Kazakh border is calm."
    assert names(text) == ["Kandyr", "Uralsk", "Tobyl", "Aktobe"]


def test_a_former_name_of_two_parts_is_found_in_latin():
    assert names("The road from Nur-Sultan to Alma-Ata was closed.") == ["Nur-Sultan", "Alma-Ata"]


def test_a_models_body_of_two_latin_places_gives_way_to_them(extractor):
    text = "The M-39 road passes through the territory of Kazakhstan, Kyrgyzstan and Uzbekistan."
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    got = {(m.type, m.name) for m in found.mentions}
    assert {("location", "Kyrgyzstan"), ("location", "Uzbekistan")} <= got
    assert not any(t == "organization" and "Kyrgyzstan" in n for t, n in got)
