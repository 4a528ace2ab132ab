"""names72: the states border and transit news names that countries.csv lacked (Ukraine,
Latvia, Lithuania, Pakistan, India, Armenia), a short Kazakh article's country with an ending
of Russian letters («-тен», «-пен»), a place in the genitive before common nouns and a post
(no body), and the states' adjectives before a state body. Sentences written for these tests,
not taken from any evaluation set or page."""

import pytest

from store.extract.extractor import Extractor
from store.lang import kb
from tests.extracting import of_type, typed_names


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


found = typed_names


@pytest.mark.parametrize(
    "text,language,country",
    [
        ("Вагоны с зерном с Украины стоят на станции.", "ru", "Украина"),
        ("Перевозчики из Латвии открыли склад в Актау.", "ru", "Латвия"),
        ("Литвамен жүк тасымалы бойынша келісім жасалды.", "kk", "Литва"),
        ("Ұн Пәкістанға Өзбекстан арқылы жеткізіледі.", "kk", "Пәкістан"),
        ("Индия предложила новый коридор через Иран.", "ru", "Индия"),
        ("Үндістанның делегациясы құрғақ портты аралады.", "kk", "Үндістан"),
        ("Армения мен Қазақстан тасымал туралы сөйлесті.", "kk", "Армения"),
    ],
)
def test_a_state_the_table_lacked_is_the_country(extractor, text, language, country):
    assert country in of_type(found(extractor, text, language), "location")


@pytest.mark.parametrize("code", ["ua", "lv", "lt", "pk", "in", "am"])
def test_each_new_row_cites_a_source(code):
    rows = {r["id"]: r for r in kb._read("countries.csv")}
    assert "CLDR" in rows[code]["source"]


def test_a_surname_on_a_countrys_stem_stays_the_person(extractor):
    got = found(extractor, "Досмотр провёл инспектор Литвин, сообщили на посту.", "ru")
    assert not {n for n in of_type(got, "location") if n.startswith("Литв")}


@pytest.mark.parametrize(
    "text,country",
    [
        ("Беларусьтен шыққан вагондар Алтынкөлге келді.", "Беларусь"),
        ("Беларусьпен тауар айналымы артты.", "Беларусь"),
    ],
)
def test_a_short_kazakh_articles_country_with_a_russian_lettered_ending(extractor, text, country):
    assert country in of_type(found(extractor, text, "kk"), "location")


def test_the_same_ending_in_a_russian_article_is_not_read_as_kazakh(extractor):
    got = found(extractor, "Беларусьпен назвали склад в рекламе.", "ru")
    assert "Беларусь" not in of_type(got, "location")


@pytest.mark.parametrize(
    "text,country,post",
    [
        ("Арменияның тасымалдаушылары Қалжат бекетінде тұр.", "Армения", "Калжат"),
        ("Украинаның жүк көліктері Тұрар Рысқұлов бекетінде күтіп тұр.", "Украина", None),
    ],
)
def test_a_place_in_the_genitive_before_common_nouns_and_a_post_is_no_body(extractor, text, country, post):
    got = found(extractor, text, "kk")
    assert country in of_type(got, "location")
    assert not {n for n in of_type(got, "organization") if n.startswith(country[:5])}
    if post:
        assert post in of_type(got, "checkpoint")


def test_a_body_head_after_the_genitive_keeps_the_body(extractor):
    got = found(extractor, "Қытайдың кеден қызметі Қорғас бекетінде тексеру жүргізді.", "kk")
    assert "Қытайдың кеден қызметі" in of_type(got, "organization")


@pytest.mark.parametrize(
    "text,body",
    [
        ("Литовское посольство сообщило о новых правилах въезда.", "Посольство Литвы"),
        ("Индийское правительство одобрило маршрут через Туркменистан.", "Правительство Индии"),
    ],
)
def test_a_states_adjective_before_its_body_names_the_state(extractor, text, body):
    assert body in of_type(found(extractor, text, "ru"), "organization")
