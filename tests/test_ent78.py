"""ent78: a foreign surname is no country by a near spelling («Росси» is not «Россия»), the Kazakh
name of Turkmenistan («Түрікменстан», its variant «Түркіменстан»). Sentences written for these
tests, not taken from any evaluation set."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from store.model import Article
from tests.extracting import kazakh_typed_names, of_type


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


found = kazakh_typed_names


@pytest.mark.parametrize(
    "text",
    [
        "Депутат Росси выступил на заседании комиссии.",
        "Кеңесшісі Росси ханым бекеттегі жөндеу туралы айтты.",
        "Эксперт Монголин рассказал о новых правилах.",
    ],
)
def test_a_surname_on_the_stem_of_an_ia_country_is_no_country(text):
    assert not [m for m in kb.find(text) if m.form.row.kind == "country"]


@pytest.mark.parametrize(
    "text,country",
    [
        ("Делегация прибыла из России.", "Россия"),
        ("Соглашение с Россией подписали в среду.", "Россия"),
        ("Грузы идут в Монголию через Алтай.", "Монголия"),
        ("Поставки в Турцию выросли.", "Турция"),
    ],
)
def test_the_cases_of_an_ia_country_are_still_it(text, country):
    assert country in {m.form.row.name_ru for m in kb.find(text)}


def test_a_surname_before_myrza_is_a_person_not_russia(extractor):
    got = found(extractor, "Жиында Италия елшісі Росси мырза шекарадағы бекеттердің жұмысы туралы айтты.")
    assert "Ресей" not in of_type(got, "location")
    assert "Россия" not in of_type(got, "location")
    assert any("Росси" in name for name in of_type(got, "person"))


@pytest.mark.parametrize(
    "text",
    [
        "Қазақстан мен Түрікменстан арасындағы жүк тасымалы өсті.",
        "Түркіменстаннан келген пойыз станцияда тоқтады.",
        "Жүк көліктері Түркіменстанға қарай жүрді.",
    ],
)
def test_turkmenistan_is_named_turikmenstan_in_kazakh(extractor, text):
    places = of_type(found(extractor, text), "location")
    assert "Түрікменстан" in places
    assert "Түркіменстан" not in places


def test_both_kazakh_spellings_are_forms_of_the_row():
    for spelling in ("Түрікменстан", "Түркіменстан"):
        rows = {m.form.row.id for m in kb.find(f"Біз {spelling} туралы жаздық.")}
        assert rows == {"tm"}


@pytest.mark.parametrize(
    "text,place",
    [
        ("Кешкі пойыз Қорғасқа түнде жетті.", "Қорғас"),
        ("Жүк көліктері Қалжаттан таңертең аттанды.", "Қалжат"),
        ("Туристер тобы Майқапшағайда екі күн болды.", "Майқапшағай"),
    ],
)
def test_a_posts_name_in_a_where_case_with_no_cue_is_the_place(extractor, text, place):
    got = found(extractor, text)
    assert place in of_type(got, "location")
    assert not of_type(got, "checkpoint")


@pytest.mark.parametrize(
    "text,word",
    [
        ("Достыққа шақырған үндеу жарияланды.", "Достық"),  # its capital is the sentence's: 'to friendship'
        ("Біз Қайратқа жаңа кітап сыйладық.", "Қайрат"),  # a given name
        ("Екі ел Достығына арналған кеш өтті.", "Достық"),  # a possessive: no where-case of the name
    ],
)
def test_no_place_of_a_common_word_or_a_given_name(extractor, text, word):
    got = found(extractor, text)
    assert not [name for type_, name in got if type_ in ("location", "checkpoint") and word in name]


def test_a_post_with_its_cue_stays_the_post(extractor):
    got = found(extractor, "Қорғас бекетінде кезек жоқ, пойыз Қорғасқа уақытында жетті.")
    assert of_type(got, "checkpoint")
    assert "Қорғас" not in of_type(got, "location")


def test_the_pass_can_be_switched_off():
    text = "Кешкі пойыз Қорғасқа түнде жетті."
    article = Article(file="t.txt", path="t.txt", raw=text, title="", body=text, source=None, language="kk")
    mentions = Extractor(disabled=("kazakh_post_towns",)).extract(article).mentions
    assert "Қорғас" not in {m.name for m in mentions}


@pytest.mark.parametrize("surname", ["Узбеков", "Туркменов", "Иранов"])
def test_a_surname_the_model_made_a_place_before_myrza_is_the_person(extractor, surname):
    text = f"Кеңесте Жапония елшісі {surname} мырза шекарадағы бекеттердің жұмысы туралы айтты."
    got = found(extractor, text)
    assert surname in of_type(got, "person")
    assert not [name for name in of_type(got, "location") if name[:4] == surname[:4]]


def test_a_known_place_before_myrza_is_no_person(extractor):
    got = found(extractor, "Кеңесте Астана мырза деген сөз естілмеді, бекеттердің жұмысы талқыланды.")
    assert "Астана" not in of_type(got, "person")
