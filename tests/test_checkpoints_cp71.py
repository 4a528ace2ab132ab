"""Checkpoints, cp71: a post named after a customs office or an outpost bearing its name, and
a post's name cut off the person after it. Made-up sentences."""

from store.extract.checkpoints import find_checkpoints


def refs(text):
    return [s.ref for s in find_checkpoints(text)]


def test_a_customs_office_bearing_a_posts_name_is_that_post():
    # Сырым and Кордай are district names too: they need a cue of their own sentence
    assert refs("В четверг на таможне Сырым собралось двести фур.") == ["syrym"]
    assert refs("Руководитель таможни Кордай провёл выездной приём предпринимателей.") == ["kordai"]


def test_the_customs_posts_abbreviation_before_a_name():
    assert refs("На ТП «Сырым» ДГД по Западно-Казахстанской области изъяли партию лекарств.") == ["syrym"]
    assert refs("Сотрудники ТП Аксай провели совместный досмотр.") == ["aksai"]


def test_the_kazakh_customs_word_after_a_name():
    assert refs("Сырым кедені қызметкерлері заңсыз жүкті тәркіледі.") == ["syrym"]


def test_an_outpost_bearing_a_posts_name():
    assert refs("Бойцы заставы «Аксай» помогли водителям выбраться из заноса.") == ["aksai"]


def test_a_customs_word_before_a_country_or_a_town_names_no_post():
    assert refs("Представители таможни Казахстана и таможни Кыргызстана подписали протокол.") == []
    assert refs("Таможня Алматы сообщила о росте поступлений в бюджет.") == []


def test_our_posts_names_without_the_soft_sign():
    assert refs("Через пункт пропуска «Никелтау» прошёл первый состав с рудой.") == ["nikeltau"]
    assert refs("Пункт пропуска Амангелды откроют после ремонта подъездной дороги.") == ["amangeldy"]


def test_the_spelling_without_the_soft_sign_is_a_stored_alias():
    from store.lang import gazetteer

    assert "Никелтау" in gazetteer.get("nikeltau").all_names()
    # a Russian post's own name keeps its soft sign, and an airport is named by its city
    assert "Локот" not in gazetteer.get("ru-lokot-rail").all_names()
    assert "Аэропорт Уралск" not in gazetteer.get("airport-uralsk").all_names()
