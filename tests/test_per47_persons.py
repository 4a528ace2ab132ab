"""per47: persons on text of kinds nobody here had read — Uzbek case endings, Kyrgyz «уулу»,
an interview's address by name and patronymic, Kazakh endings the rules left on, a Chinese
name glued to the one before it, a signature with the surname in capitals. Made-up sentences
in the shapes of real pages (none copied)."""

import pytest

from store.extract.extractor import Extractor
from store.extract.passes.headline_surnames import headline, headline_surnames
from store.extract.passes.patronymic_address import patronymic_address
from store.extract.passes.uzbek_case_names import declined_surname, uzbek_cyrillic
from store.model import Article
from store.reading.credits import signed_by


@pytest.fixture(scope="module")
def extractor():
    return Extractor(disabled=())


def persons(extractor, body: str, title: str = "Жаңалық", language: str | None = None) -> set[str]:
    art = Article(file="t.txt", path="t.txt", title=title, body=body, raw=body, language=language)
    return {m.name for m in extractor.extract(art).mentions if m.type == "person" and m.field == "body"}


@pytest.mark.parametrize(
    "word,stem",
    [
        ("Смаиловни", "Смаилов"),
        ("Каримовнинг", "Каримов"),
        ("Юсуповага", "Юсупова"),
        ("Тошкентга", None),
        ("Ташрифи", None),
    ],
)
def test_declined_surname(word, stem):
    assert declined_surname(word) == stem


def test_uzbek_cyrillic_is_told_from_kazakh():
    assert uzbek_cyrillic("Ўзбекистон ва Қозоғистон ўртасидаги ҳамкорлик тўғрисида")
    assert not uzbek_cyrillic("Қазақстан мен Өзбекстан арасындағы шекара бекеті")


def test_uzbek_declined_name_and_the_word_run_on(extractor):
    body = "Учрашувда Бахтиёр Каримовнинг Тошкентга ташрифи тўғрисида сўз бўлди. Бош вазир ўз ўрнига қайтди."
    assert persons(extractor, body) == {"Бахтиёр Каримов"}


def test_kyrgyz_son_of_word_is_part_of_the_name(extractor):
    body = "Очередь на посту выросла к вечеру. Журналист Азамат Токтогул уулу сообщил, что машины стоят третий час."
    assert "Азамат Токтогул уулу" in persons(extractor, body)


def test_address_by_patronymic_is_the_guest(extractor):
    body = (
        "Сұхбат берген – ғалым Ерболат Сейітжанов.\n\n"
        "– Ерболат Қанатұлы, жоба қалай басталды?\n\n– Жоба бұрыннан ойда болатын."
    )
    assert persons(extractor, body) == {"Ерболат Сейітжанов"}


class _Ctx:
    def __init__(self):
        self.names = {}


class _Span:
    def __init__(self, start, text):
        self.type, self.start, self.end, self.text = "person", start, start + len(text), text


def test_two_patronymics_after_one_given_name_say_nothing():
    text = "Иван Петров. Иван Сергеевич ушёл. Иван Михайлович остался."
    spans = [_Span(0, "Иван Петров"), _Span(13, "Иван Сергеевич"), _Span(34, "Иван Михайлович")]
    ctx = _Ctx()
    patronymic_address(text, spans, ctx)
    assert ctx.names == {}


def test_a_full_name_far_before_is_not_looked_at():
    text = "Иван Петров выступил." + " Слово." * 400 + " Иван Сергеевич ответил."
    start = text.index("Иван Сергеевич")
    spans = [_Span(0, "Иван Петров"), _Span(start, "Иван Сергеевич")]
    ctx = _Ctx()
    patronymic_address(text, spans, ctx)
    assert ctx.names == {}


def test_kazakh_dative_after_son_of_surname(extractor):
    body = "Депутат Ералы Сапаров Нұржан Бекболатұлына сұхбат беріп, өңірдегі жағдай туралы айтты."
    assert "Нұржан Бекболатұлы" in persons(extractor, body)


def test_kazakh_dative_after_known_given_name(extractor):
    body = "Сол мақсатпен комитет мүшесі Серік Жолдасқа хабарласып, пікірін сұрадық."
    assert "Серік Жолдас" in persons(extractor, body)


def test_chinese_name_glued_after_a_kazakh_one(extractor):
    found = persons(extractor, "Дипломат Ерлан Жақыпов Ли Цзяньго келіссөз жүргізді, деп хабарлайды агенттік.")
    assert "Ерлан Жақыпов Ли Цзяньго" not in found
    assert "Ерлан Жақыпов" in found


@pytest.mark.parametrize(
    "line,name",
    [("Марина ЕСЕНОВА", "Марина Есенова"), ("Айгерим БЕКТАСҚЫЗЫ.", "Айгерим Бектасқызы"), ("ВАЖНО ЗНАТЬ", None)],
)
def test_signature_with_the_surname_in_capitals(line, name):
    assert signed_by([line]) == name


def test_headline_surname_needs_a_headline_and_one_row():
    assert headline("Токаев уволил главу погранслужбы")
    assert not headline("Токаев уволил главу.\n\nВторой абзац текста.")
    ctx = _Ctx()
    assert headline_surnames("Жапаров посетил пост", [], ctx) == []  # two rows share the surname
    found = headline_surnames("Путин поручил ускорить досмотр", [], ctx)
    assert [(s.text, ctx.names[(s.start, s.end)]) for s in found] == [("Путин", "Путин")]


def test_a_kazakh_connective_before_a_capitalized_word_is_no_given_name(extractor):
    body = "Келіссөз бірнеше жылға созылды. Осылайша Тәуелсіз елдің шекарасы түгел бекітілді. Құжатқа қол қойылды."
    assert persons(extractor, body) == set()


def test_a_kazakh_possessive_of_a_noun_is_no_given_name(extractor):
    body = "Ол бұрын аудан әкімі болған, кейін Қазақстан Республикасы Денсаулық сақтау саласының үздігі атанды."
    assert not any("Республикасы" in n for n in persons(extractor, body))
