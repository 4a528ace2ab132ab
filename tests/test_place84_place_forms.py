"""place84: a gazetteer place in the forms text prints it is named as a reference names it
(bench/place_forms.py swept every row of regions.csv and places.csv; the sentences here are
made up, in the shapes of the probe's templates and of border news).

- the model's place span holding a row's name and a sentence's opening word («Между
  Приозерском», «Шекарашылар Шетпе», «Сегодня …») or a Kazakh postposition after it
  («Форт-Шевченкоға қарай») is the row's name alone;
- a given name right before a one-word town in Russian text («Водитель Серик Москва») is a
  person, no place;
- a district named after a man, whose name the model took for a person («Тасымалдаушылар
  Мағжан Жұмабаев» before «ауданынан»), is the district, named whole;
- a Kazakh place noun shortened («Алматы обл.», «Қордай ауд.») is the row, by its Kazakh name;
- an opening adverb is no word of a place before a Kazakh place noun («Бүгін Алтай аймағында»).
"""

import pytest

from tests.extracting import persons
from tests.extracting import places as locations


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Между Приозерском и границей пустили дополнительные автобусы.", "Приозерск", "Между Приозерском"),
        ("Между Саратовом и границей курсирует автобус.", "Саратов", "Между Саратовом"),
        ("Шекарашылар Шетпе қаласында тұрғындарымен кездесті.", "Шетпе", "Шекарашылар Шетпе"),
        ("Жүк көліктері Форт-Шевченкоға қарай бет алды.", "Форт-Шевченко", "Форт-Шевченкоға қарай"),
        ("Автобустар Ақсу-Аюлыға қарай кешігіп жүрді.", "Ақсу-Аюлы", "Ақсу-Аюлыға қарай"),
    ],
)
def test_an_opening_word_or_postposition_is_no_part_of_a_place(extractor, text, expected, absent):
    found = locations(extractor, text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "Водитель Серик Москва рассказал, что простоял на границе двое суток.",
        "Водитель Серик Актау рассказал, что простоял на границе двое суток.",
        "Перевозчик Ерлан Курган пожаловался на очередь.",
    ],
)
def test_a_given_name_and_a_town_is_a_person(extractor, text):
    assert not locations(extractor, text)
    assert len(persons(extractor, text)) == 1


def test_a_town_after_a_given_name_across_a_comma_is_still_a_place(extractor):
    # a comma between them: the given name ends a clause, the town is named by itself
    assert "Москва" in locations(extractor, "Это сказал Серик, Москва пока не ответила на запрос.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Тасымалдаушылар Мағжан Жұмабаев ауданынан шекараға дейін екі күн жүрді.", "Мағжан Жұмабаев ауданы"),
        ("Сарапшылар Тұрар Рысқұлов ауданындағы көпір жөндеуіне алаңдаулы.", "Тұрар Рысқұлов ауданы"),
    ],
)
def test_a_district_named_after_a_man_is_named_whole(extractor, text, expected):
    assert expected in locations(extractor, text)


def test_a_post_and_a_districts_adjective_before_its_shorthand_is_the_district(extractor):
    # the model's «person» «Аким Буландынского» ends inside the row's «Буландынского р-на»
    text = "Аким Буландынского р-на Ербол Сагындыков встретил делегацию."
    assert locations(extractor, text) == {"Буландынский район"}
    assert persons(extractor, text) == {"Ербол Сагындыков"}


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        ("Жиынға Алматы обл. әкімі қатысты.", "Алматы облысы", "Алматы область"),
        ("Ақмола обл. жаңа тұрақ ашылады.", "Ақмола облысы", "Акмолинская область"),
        ("Қордай ауд. жаңа тұрақ ашылады.", "Қордай ауданы", "Қордай ауд"),
        ("Жиынға Панфилов ауд. әкімі қатысты.", "Панфилов ауданы", None),
    ],
)
def test_a_kazakh_shortened_place_noun_names_the_row_in_kazakh(extractor, text, expected, absent):
    found = locations(extractor, text)
    assert expected in found
    if absent:
        assert absent not in found
    assert not persons(extractor, text)


def test_a_russian_text_printing_the_kazakh_spelling_keeps_it(extractor):
    # only a Kazakh text's «обл.» is read as «облысы»; a Russian text's «Алматы область» stays as printed
    assert "Алматы область" in locations(extractor, "В Алматы область отправили машины.")


def test_an_opening_adverb_is_no_word_of_a_kazakh_place(extractor):
    found = locations(extractor, "Бүгін Алтай аймағында жаңа тұрақ ашылды.")
    assert "Алтай аймағы" in found
    assert "Бүгін Алтай аймағы" not in found


@pytest.mark.parametrize(
    "text,expected",
    [
        ("В район Мақаншы отправили фуры.", "район Мақаншы"),  # the place noun is the name's word (dev d013)
        ("Жоңғар тауы маңында қар жауды.", "Жоңғар тауы"),
    ],
)
def test_a_place_noun_keeps_the_longer_name(extractor, text, expected):
    assert expected in locations(extractor, text)
