"""Bodies org82's fresh sentences found unread (issue 15): units of the 2022 regions named
in the genitive («… области Абай»), a Latin outlet between «Бұл туралы» and the verb, a
customs house whose adjective opens the sentence, and the knowledge base's «ё» names as the
press prints them («Объединенных Наций»). Made-up sentences in the shapes of border news."""

import pytest

from store.extract.passes.bodies import find_lowercase_units
from store.lang import kb
from tests.extracting import bodies


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Управление пассажирского транспорта и автомобильных дорог области Абай проверит подъезды к посту.",
            "Управление пассажирского транспорта и автомобильных дорог области Абай",
        ),
        ("Департамент полиции области Абай начал проверку на трассе.", "Департамент полиции области Абай"),
        (
            "Управление здравоохранения области Жетісу направило врачей к посту.",
            "Управление здравоохранения области Жетісу",
        ),
        (
            "Управление полиции Панфиловского района области Жетісу провело рейд.",
            "Управление полиции Панфиловского района области Жетісу",
        ),
    ],
)
def test_a_capitalized_unit_of_a_2022_region_is_a_body(extractor, text, name):
    assert name in bodies(extractor, text)


def test_the_unit_rule_takes_a_capital_only_before_a_2022_region():
    # a capitalized unit elsewhere is the model's to read, as before org82
    assert find_lowercase_units("Управление культуры Жамбылской области провело концерт.", []) == []
    found = find_lowercase_units("Управление культуры области Абай провело концерт.", [])
    assert [name for _, name in found] == ["Управление культуры области Абай"]


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Департамент по чрезвычайным ситуациям области Абай предупредил о буране.",
            "Департамент по чрезвычайным ситуациям области Абай",
        ),
        (
            "Палата предпринимателей области Абай провела встречу с перевозчиками.",
            "Палата предпринимателей области Абай",
        ),
    ],
)
def test_a_body_runs_on_over_a_2022_region_in_the_genitive(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("territorial_tails",))


@pytest.mark.parametrize(
    "text,name",
    [
        ("Кезек ұзарды. Бұл туралы Orda.kz хабарлады.", "Orda.kz"),
        ("Очередь у поста выросла. Бұл туралы Azattyq Rýhy жазды.", "Azattyq Rýhy"),
        ("Кезек ұзарды. Бұл туралы Qazinform агенттігі хабарлады.", "Qazinform"),
    ],
)
def test_a_latin_outlet_before_the_kazakh_verb_of_reporting(extractor, text, name):
    # a Kazakh page may keep the kind word («Qazinform агенттігі»: the Kazakh body heads)
    assert any(n == name or n.startswith(name + " ") for n in bodies(extractor, text, language="kk"))
    if name != "Qazinform":  # read before org82 too, by its kind word
        # stop 53's cited_outlets reads an outlet's dotted name anywhere too: without both readers, none
        readers = ("org_spans", "cited_outlets")
        assert not any(n.startswith(name) for n in bodies(extractor, text, language="kk", off=readers))


def test_a_cyrillic_body_before_the_verb_is_not_taken_for_an_outlet(extractor):
    text = "Кезек ұзарды. Бұл туралы Жамбыл облысы бойынша мемлекеттік кірістер департаменті хабарлады."
    found = bodies(extractor, text, language="kk")
    assert "Жамбыл облысы" not in found
    assert any("департамент" in n for n in found)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Кашгарская таможня ввела ограничения на ввоз.", "Кашгарская таможня"),
        ("Сотрудники Кашгарской таможни усилили контроль.", "Кашгарская таможня"),
    ],
)
def test_a_customs_house_by_its_capitalized_adjective(extractor, text, name):
    assert name in bodies(extractor, text)


@pytest.mark.parametrize("text", ["Российская таможня ввела ограничения.", "Новая таможня открылась в Хоргосе."])
def test_a_country_or_a_quality_before_customs_is_no_customs_house(extractor, text):
    assert not any("таможня" in n.lower() for n in bodies(extractor, text))


def test_a_row_written_with_yo_is_found_written_with_ye():
    for printed in (
        "Программа развития Организации Объединенных Наций",
        "Счетный комитет по контролю за исполнением республиканского бюджета",
    ):
        found = kb.find(f"Доклад подготовила {printed}.")
        assert any(f"Доклад подготовила {printed}."[m.start : m.end] == printed for m in found), printed


def test_the_ye_forms_name_the_same_rows_as_the_yo_forms():
    rows = {f.text: f.row.id for f in kb.forms()}
    assert (
        rows["Программа развития Организации Объединенных Наций"]
        == rows["Программа развития Организации Объединённых Наций"]
    )


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Водители простаивают у поста. Продукцию везет Соколовско-Сарбайский горно-обогатительный комбинат.",
            "Соколовско-Сарбайский горно-обогатительный комбинат",
        ),
    ],
)
def test_a_place_the_model_saw_whose_head_is_a_plant_is_a_body(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("organization_by_head",))


def test_a_hyphenated_region_stays_a_place(extractor):
    from tests.extracting import typed_names

    got = typed_names(extractor, "Грузовики стоят у поста в Западно-Казахстанской области.")
    assert ("organization", "Западно-Казахстанская область") not in got


def test_a_former_name_printed_is_shown_as_printed(extractor):
    # «Государственная» is «Государственного» in another case, not a clipped word to spell out
    text = "Государственная пограничная служба Кыргызской Республики открыла пост."
    assert "Государственная пограничная служба Кыргызской Республики" in bodies(extractor, text)


def test_a_clipped_word_is_still_spelled_out(extractor):
    assert "Пограничная служба КНБ" in bodies(extractor, "Погранслужба КНБ сообщила об очереди на посту.")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Очередь на границе выросла. Об этом сообщил телеканал «Алау».", "Алау"),
        ("Об этом рассказали журналисты телеканала «Алау».", "Алау"),
    ],
)
def test_a_quoted_name_after_its_kind_noun_is_not_declined(extractor, text, name):
    assert name in bodies(extractor, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Очередь выросла. Вопрос рассмотрел хокимият Ташкентской области.", "хокимият Ташкентской области"),
        ("Об этом сообщили в хокимияте Сурхандарьинской области.", "хокимият Сурхандарьинской области"),
        ("Очередь выросла. Вопрос рассмотрела мэрия Бишкека.", "мэрия Бишкека"),
        ("Письмо направили в мэрию города Ош.", "мэрия города Ош"),
    ],
)
def test_a_neighbours_local_administration_by_its_territory(extractor, text, name):
    assert name in bodies(extractor, text)
    assert name not in bodies(extractor, text, off=("territorial_bodies",))


def test_the_head_word_of_a_local_administration_is_no_place(extractor):
    from tests.extracting import typed_names

    got = typed_names(extractor, "Очередь выросла. Вопрос рассмотрел Хокимият Ташкентской области.")
    assert ("location", "Хокимият") not in got
    assert ("organization", "Хокимият Ташкентской области") in got


def test_a_mayoralty_with_no_city_is_no_body(extractor):
    assert not bodies(extractor, "В мэрии решили иначе.")
