"""Extraction bugs round one of stop 35 met and left (fix58): a relative pronoun read as a
role's adjective, a headline's surname read into a place, a
«далее» definition read as a second body, a district's or region's shorthand the knowledge
base did not match. Made-up sentences in the shapes real pages print."""

import pytest

from store.extract.extractor import Extractor
from store.extract.roles import find_role
from store.lang import kb
from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def found(extractor, body: str, title: str = "Новость", language: str | None = None) -> set[tuple[str, str]]:
    art = Article(file="x.txt", path="x.txt", title=title, body=body, raw=f"{title}\n{body}", language=language)
    return {(m.type, m.name) for m in extractor.extract(art).mentions if m.type != "checkpoint"}


def role_before(sentence: str, name: str) -> str | None:
    role = find_role(sentence, sentence.index(name), 0)
    return role.text if role else None


# 1. a relative or demonstrative pronoun is no adjective of a role


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Совещание, которое президент Токаев провёл в Астане, длилось час.", "Токаев", "президент"),
        ("Письмо, которым министр Сауранбаев ответил перевозчикам, опубликовано.", "Сауранбаев", "министр"),
        ("На той неделе этот аким Ахметов осмотрел дорогу.", "Ахметов", "аким"),
        ("Выступил первый заместитель премьер-министра Скляр.", "Скляр", "первый заместитель премьер-министра"),
    ],
)
def test_a_pronoun_before_the_role_word_is_not_part_of_the_role(sentence, name, role):
    assert role_before(sentence, name) == role


# 2. a headline's surname wins over a place running on over lower-case words («Тоқаевқа хат»:
# headline_surnames). fix58's kazakh_surname_pairs («Мирзиёев Тоқаевты …» as two persons) was
# removed at stop 48 (bench/README «Stop 48, passes71»), with the four headlines only it read.


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        ("Путин Тоқаевқа хат жолдады", {"Путин", "Тоқаев"}),
    ],
)
def test_a_surname_and_a_surname_in_a_kazakh_case_are_two_persons(extractor, title, pair):
    got = {n for t, n in found(extractor, "Екі ел басшылары кеше кездесті.", title=title) if t == "person"}
    assert pair <= got
    assert not any(len(n.split()) == 2 and set(n.split()) == pair for n in got)


@pytest.mark.parametrize(
    ("title", "person"),
    [
        ("Асқар Оралов шекарадағы бекетті аралады", "Асқар Оралов"),
        ("Марат Бекетовты жаңа қызметке тағайындады", "Марат Бекетов"),
        ("Министр Ержан Сапаровпен кездесті", "Ержан Сапаров"),
    ],
)
def test_a_given_name_and_a_surname_stay_one_person(extractor, title, person):
    got = {n for t, n in found(extractor, "Бұл туралы ведомство хабарлады.", title=title) if t == "person"}
    assert person in got


# 3. an English common-noun phrase is no body unless something says it is one


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Dry port", "Сухой порт у границы откроют в будущем году, сообщили в акимате."),
        ("Новости транзита", "Участники форума обсудили Middle Corridor и его тарифы."),
        ("Новости транзита", "Инициатива One Belt One Road объединяет десятки стран."),
        ("Новости транзита", "Для фруктов на границе открыли Green corridor на месяц."),
    ],
)
def test_an_english_term_is_no_body(extractor, title, body):
    assert not {n for t, n in found(extractor, body, title=title) if t == "organization"} & {
        "Dry port",
        "Middle Corridor",
        "One Belt One Road",
        "Green corridor",
    }


def test_an_english_name_with_a_body_word_or_cue_stays_a_body(extractor):
    got = found(extractor, "Кредит выдал Asian Development Bank, а терминал строит компания «Silk Road».")
    assert ("organization", "Asian Development Bank") in got
    assert ("organization", "Silk Road") in got


# 4. a «далее» definition names the body before it


def test_a_definition_in_brackets_is_the_same_body(extractor):
    body = (
        "Управление пассажирского транспорта по Жамбылской области (далее – УПТ) проверило автобусы. "
        "Сотрудники УПТ выявили нарушения на трассе."
    )
    orgs = {n for t, n in found(extractor, body) if t == "organization"}
    assert orgs == {"Управление пассажирского транспорта по Жамбылской области"}


def test_a_definition_by_a_common_noun_leaves_no_body_named_dalee(extractor):
    body = "Комитет по развитию приграничной торговли (далее — Комитет) утвердил правила. В Комитете, правила хвалят."
    orgs = {n for t, n in found(extractor, body) if t == "organization"}
    assert orgs == {"Комитет по развитию приграничной торговли"}


# 5. a district's or region's shorthand after its adjective


@pytest.mark.parametrize(
    ("text", "row", "name"),
    [
        ("Фермеры Мактааральского р-на ждут воду.", "dist-maktaaral", "Мактааральский район"),
        ("Автобус, следующий Сарыагашским р-ном, задержали.", "dist-saryagash", "Сарыагашский район"),
        ("В Туркестанской обл. открыли склад.", "obl-turkistan", "Туркестанская область"),
        ("Дорогу в Уйгурском р-не ремонтируют.", "dist-uigur", "Уйгурский район"),
    ],
)
def test_the_knowledge_base_reads_a_kind_shorthand(extractor, text, row, name):
    assert row in {m.form.row.id for m in kb.find(text)}
    assert ("location", name) in found(extractor, text)


def test_a_word_opening_like_the_shorthand_is_no_kind():
    assert not kb.find("Туркестанской обладает")
