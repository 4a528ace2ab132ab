"""loc68: places lost inside a person's or a region's span — a town between «Аким» and the
official's full name, a region's Kazakh name with the Russian kind word, a village named by an
adjective after «станица», a region's name inside a body's («акимата области Абай»).
Made-up sentences in the shapes of border news."""

import pytest

from store.lang import kb
from store.model import Article


def _mentions(extractor, text: str) -> set[tuple[str, str]]:
    article = Article(file="t.txt", path="t.txt", title="", body=text, raw=text)
    return {(m.type, m.name) for m in extractor.extract(article).mentions}


@pytest.mark.parametrize(
    "text,town,person",
    [
        ("Аким Кандыагаша Руслан Ахметов осмотрел новую дорогу к посту.", "Кандыагаш", "Руслан Ахметов"),
        ("Аким Курчума Данияр Сапаров пообещал отремонтировать мост.", "Курчум", "Данияр Сапаров"),
        ("Аким Сарыколя Айдос Жумабеков встретил делегацию.", "Сарыколь", "Айдос Жумабеков"),
        ("Аким Доссора Нурлан Кенесов провёл приём граждан.", "Доссор", "Нурлан Кенесов"),
        # a town whose name is also in the given-name list, before a full name
        ("Аким Тараза Ерлан Маханов открыл ярмарку.", "Тараз", "Ерлан Маханов"),
        # a row's name the guesser reads as a given name
        ("Аким Жымпиты Марат Сейтказиев принял перевозчиков.", "Жымпиты", "Марат Сейтказиев"),
    ],
)
def test_a_town_between_the_role_and_a_full_name_is_the_town(extractor, text, town, person):
    found = _mentions(extractor, text)
    assert ("location", town) in found
    assert ("person", person) in found
    assert [name for kind, name in found if kind == "person"] == [person]


def test_a_given_name_after_the_role_is_still_the_officials(extractor):
    found = _mentions(extractor, "Аким Асель Толеуова провела совещание.")
    assert not any(kind == "location" for kind, _ in found)


def test_a_town_is_known_by_one_row():
    """Хромтау was a row of regions.csv and of places.csv: a name two rows share is no row's
    (kb.row_of_printed), so «Аким Хромтау …» lost the town."""
    assert kb.row_of_printed("location", "Хромтау") is not None
    names: dict[str, set[str]] = {}
    for form in kb.forms():
        if form.row.type == "location" and form.role != "pattern":
            names.setdefault(form.text.lower(), set()).add(form.row.id)
    assert not {name: ids for name, ids in names.items() if len(ids) > 1}


@pytest.mark.parametrize(
    "text,name",
    [
        # the Kazakh spelling beside the Russian kind word: the Kazakh name, as the seeds name it
        ("Область Жетісу получит ещё один пункт пропуска.", "Жетісу"),
        ("Власти области Ұлытау выделили деньги на ремонт трассы.", "Ұлытау"),
        ("Ұлытау область ждёт новых инвесторов.", "Ұлытау"),
        ("Жителей Ұлытау области предупредили о метели.", "Ұлытау"),
        # an older region's Kazakh spelling: its Russian name («Түркістан» alone is the city)
        ("Фермеры область Түркістан просят открыть рынок.", "Туркестанская область"),
        # the Russian spelling keeps the kind word (dev's reference: «область Улытау»)
        ("Абай область закупит снегоуборочную технику.", "Абай область"),
        ("Власти области Улытау выделили деньги на ремонт трассы.", "область Улытау"),
    ],
)
def test_a_regions_kazakh_name_with_the_russian_kind_word_is_the_region(extractor, text, name):
    assert [n for kind, n in _mentions(extractor, text) if kind == "location"] == [name]


@pytest.mark.parametrize(
    "printed,region_id",
    [("область Жетісу", "obl-jetisu"), ("Ұлытау области", "obl-ulytau"), ("областью Түркістан", "obl-turkistan")],
)
def test_the_knowledge_base_reads_the_kazakh_spelling_with_the_kind_word(printed, region_id):
    assert [m.form.row.id for m in kb.find(printed)] == [region_id]


@pytest.mark.parametrize(
    "text,place",
    [
        ("Станица Звериноголовская стоит на самой границе.", "Звериноголовская"),
        ("Жителям станицы Звериноголовской привезли уголь.", "Звериноголовская"),
        ("Посёлок Лесной остался без света.", "Лесной"),
    ],
)
def test_a_settlement_named_by_an_adjective_after_its_kind_is_kept(extractor, text, place):
    assert ("location", place) in _mentions(extractor, text)


def test_a_regions_name_inside_a_bodys_is_the_region_whole(extractor):
    # the model reads «Абай» here as a person, which becomes a place after the region pass ran
    found = _mentions(extractor, "Представитель акимата области Абай рассказал о заторе на посту.")
    assert ("location", "область Абай") in found
    assert ("location", "Абай") not in found
