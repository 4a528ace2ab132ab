"""Places and persons on text nobody here has read (issue 15): Kazakh place names that
carry no Kazakh letter still take Kazakh case suffixes, a region's abbreviation the model
took for a body is the region, districts and the neighbours' regions come from the
knowledge base. Every sentence here is made up."""

from __future__ import annotations

import pytest

from store.model import Article
from tests.extracting import kb_rows, persons, places


@pytest.mark.parametrize(
    "text, row, written",
    [
        ("Атырау облысындағы жолдар жөнделді.", "obl-atyrau", "Атырау облысындағы"),
        ("Алматы облысының тұрғындары келді.", "obl-almaty", "Алматы облысының"),
        ("Павлодар облысына жаңа автобус келді.", "obl-pavlodar", "Павлодар облысына"),
    ],
)
def test_a_kazakh_region_without_kazakh_letters_takes_kazakh_suffixes(text, row, written):
    assert (row, written) in kb_rows(text)


def test_a_region_abbreviation_is_the_region_not_a_body(extractor):
    assert "ВКО" in places(extractor, "Новый мост через реку построят в ВКО к осени.")


@pytest.mark.parametrize(
    "text, row",
    [
        ("Фуры из Синьцзяна простояли сутки.", "cn-xinjiang"),
        ("Дорогу в Оренбургскую область закрыли.", "ru-orenburg"),
        ("Жүк көліктері Орынбор облысына өтті.", "ru-orenburg"),
        ("Жители Балканского велаята ждут визы.", "tm-balkan"),
        ("Шекара Ташкент облысымен шектеседі.", "uz-tashkent"),
        ("Новая застава встала в Жуалынском районе.", "dist-zhualy"),
        ("Мақтаарал мен Қазығұрт ауданында жол салынды.", "dist-kazygurt"),
    ],
)
def test_districts_and_the_neighbours_regions_are_rows(text, row):
    assert row in {r for r, _ in kb_rows(text)}


def test_a_place_written_the_kazakh_way_is_named_the_kazakh_way(extractor):
    assert "Ташкент облысы" in places(extractor, "Көлік Ташкент облысы арқылы өтті.")


def test_a_place_keeps_its_short_name_as_printed(extractor):
    assert "Синьцзян" in places(extractor, "Фуры из Синьцзяна простояли сутки у поста.")


# ------------------------------------------------------------------ Kazakh place nouns


def test_a_village_and_a_district_unknown_to_the_base_are_places_by_their_noun():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    text = "Бөрте ауылы Сайхан ауданында орналасқан. Ақбел өзенінің суы тартылды."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Бөрте", "Сайхан ауданы", "Ақбел"]


def test_a_list_over_one_plural_noun_names_each_place_with_the_noun():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    text = "Қаржан мен Бозтал облыстары, ал Көкжар, Ақтоған және Сарыбел аудандары біріктірілді."
    names = [n for _, n in find_kazakh_place_nouns(text)]
    assert names == ["Қаржан облысы", "Бозтал облысы", "Көкжар ауданы", "Ақтоған ауданы", "Сарыбел ауданы"]


def test_kazakh_place_nouns_in_an_article(extractor):
    found = places(extractor, "Жаңа бекет Бозтөбе ауданында, Көкжар ауылының маңында ашылды.")
    assert {"Бозтөбе ауданы", "Көкжар"} <= found


def test_a_longer_known_name_is_not_cut_by_its_noun(extractor):
    found = places(extractor, "Батыс Қазақстан облысындағы бекетте кезек бар.")
    assert "Батыс Қазақстан облысы" in found and "Қазақстан облысы" not in found


def test_towns_listed_over_one_plural_noun_are_named_alone():
    from store.extract.passes.kazakh_places import find_kazakh_place_nouns

    text = "Облысқа Бозтал, Көкжар және Сарыбел қалалары кіреді."
    assert [n for _, n in find_kazakh_place_nouns(text)] == ["Бозтал", "Көкжар", "Сарыбел"]


# ------------------------------------------------------------------ persons


def test_a_kazakh_full_name_is_a_person_without_the_role_glued_before_it(extractor):
    found = persons(extractor, "Облыс әкімі Ерлан Сәрсенбаев жиналыста сөйледі.")
    assert found == {"Ерлан Сәрсенбаев"}


def test_a_surname_in_capitals_is_read(extractor):
    assert persons(extractor, "Бұл туралы аудан әкімі Ерлан САРСЕНБАЕВ мәлімдеді.") == {"Ерлан Сарсенбаев"}


def test_a_kazakh_surname_said_again_with_a_case_ending_is_the_same_person(extractor):
    text = "Кеше Айгүл Құспан жиналыста сөйледі. Құспанның айтуынша, жол ашылады. Құспан бұған дейін де айтқан."
    found = extractor.extract(Article(file="t", path="t", title="", body=text, raw=text))
    mentions = [m for m in found.mentions if m.type == "person"]
    assert {m.name for m in mentions} == {"Айгүл Құспан"}
    assert len(mentions) == 3


def test_a_russian_surname_said_again_is_the_same_person(extractor):
    text = "Айгуль Куспан рассказала о планах. Куспан сообщила, что пост откроют."
    assert persons(extractor, text) == {"Айгуль Куспан"}


def test_a_given_name_before_a_place_is_no_person():
    from store.extract.passes.kazakh_persons import full_names

    assert full_names("Марат Алматы облысына барды.") == []


# ------------------------------------------------------------------ lists that leave the noun out


def test_a_region_named_by_its_adjective_alone_in_a_list_is_the_region():
    from store.extract.passes.region_lists import find_elliptic_regions

    text = (
        "Посты по областям:\n- в Павлодарской области - Первый, Второй;\n"
        "- в Костанайской - Третий;\n- в Актюбинской: Четвёртый."
    )
    assert [n for _, n in find_elliptic_regions(text)] == ["Костанайская область", "Актюбинская область"]


def test_a_region_adjective_before_a_noun_is_no_region():
    from store.extract.passes.region_lists import find_elliptic_regions

    assert find_elliptic_regions("Спасатели работали в Карагандинской шахте всю ночь.") == []


def test_a_place_glued_to_a_kazakh_noun_after_it_is_cut_off_it(extractor):
    found = places(extractor, "Ақбелдегі дау. Шекарашылар неге қоршау орнатылып жатқанын түсіндірді")
    assert found == {"Ақбел"}


@pytest.mark.parametrize(
    "text, row",
    [("Совещание прошло в Нур-Султане.", "city-astana"), ("Поезд из Алма-Аты пришёл.", "city-almaty")],
)
def test_a_former_name_of_two_parts_is_still_the_place(text, row):
    assert row in {r for r, _ in kb_rows(text)}


def test_a_one_word_former_name_that_opens_an_adjective_is_not_matched():
    assert ("city-aktobe", "Актюбинской") not in kb_rows("В Актюбинской и Атырауской областях тепло.")


def test_a_hyphenated_region_name_is_matched_in_any_case():
    assert ("obl-west-kz", "Западно-Казахстанской области") in kb_rows("В Западно-Казахстанской области тепло.")


def test_a_longer_name_the_model_read_stays_whole(extractor):
    assert persons(extractor, "Ерлан Серікұлы Ахметов Қорғас бекетінде болды.") == {"Ерлан Серікұлы Ахметов"}


def test_a_name_after_a_place_and_a_role_keeps_both(extractor):
    text = "Алматы облысының әкімі Ерлан Сәрсенбаев жаңа аудандарды атады."
    assert persons(extractor, text) == {"Ерлан Сәрсенбаев"}
    assert "Алматы облысы" in places(extractor, text)


def test_a_given_name_off_the_list_opens_a_name_before_a_surname_ending(extractor):
    text = "Аудан әкімі Бекзат Сейтқалиев жиналысқа келді."
    assert persons(extractor, text) == {"Бекзат Сейтқалиев"}


def test_a_name_with_its_surname_in_capitals_the_model_took_for_a_body_is_a_person(extractor):
    text = "Об этом рассказал директор музея Тлеуберди КАЙРАТОВ, встретив нас у входа."
    assert persons(extractor, text) == {"Тлеуберди Кайратов"}


def test_a_district_named_like_a_surname_stays_a_district(extractor):
    assert persons(extractor, "Жол Федоров ауданында жөнделді.") == set()
