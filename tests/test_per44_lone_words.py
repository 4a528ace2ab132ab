"""One-word «persons» of Kazakh, Kyrgyz and Uzbek text that are no person, and a word a text
names as a place read as a person elsewhere (store/extract/passes/lone_word_persons.py).
Made-up text."""

from __future__ import annotations

from types import SimpleNamespace

from store.extract.ner import NerSpan
from store.extract.passes.lone_word_persons import lone_word_persons, name_shaped, persons_named_as_places
from store.model import Mention


def _ctx(language: str | None) -> SimpleNamespace:
    return SimpleNamespace(names={}, language=language)


def _persons(text: str, words: list[str], language: str | None) -> list[str]:
    spans = []
    for w in words:
        i = text.index(w)
        spans.append(NerSpan("person", i, i + len(w), w))
    return [s.text for s in lone_word_persons(text, spans, _ctx(language)) if s.type == "person"]


def test_kyrgyz_places_and_words_read_as_persons_go():
    text = "Ноокат районунда жана Алай өрөөнүндө жолдор жабылды. Бурун мындай болгон эмес."
    assert _persons(text, ["Ноокат", "Алай", "Бурун"], "ky") == []


def test_names_of_person_shape_stay_in_kyrgyz_text():
    text = "Жапаровдун айтымында, Айгүл жана Асанов чек арага барышты. Бакыт Сыдыкбеков да келди."
    kept = _persons(text, ["Жапаровдун", "Айгүл", "Асанов"], "ky")
    assert kept == ["Жапаровдун", "Айгүл", "Асанов"]


def test_a_surname_printed_in_full_elsewhere_stays():
    text = "Бекет басшысы Ерлан Сәрсенбай келді. Сәрсенбай жолдың жабылғанын айтты."
    spans = [NerSpan("person", 14, 30, "Ерлан Сәрсенбай"), NerSpan("person", 38, 47, "Сәрсенбай")]
    kept = lone_word_persons(text, spans, _ctx("kk"))
    assert [s.text for s in kept] == ["Ерлан Сәрсенбай", "Сәрсенбай"]


def test_russian_text_keeps_a_foreign_lone_surname():
    text = "Об этом заявил Эрдоган на встрече в Анкаре. Бурун тоже."
    assert _persons(text, ["Эрдоган", "Бурун"], "ru") == ["Эрдоган", "Бурун"]


def test_title_person_named_as_a_place_in_the_body_goes():
    mentions = [
        Mention("person", "Тенгиз", "Тенгиз", 6, 12, field="title"),
        Mention("location", "Тенгиз", "Тенгиза", 10, 17, field="body"),
        Mention("person", "Ерлан Аккенов", "Ерлан Аккенов", 20, 33, field="body"),
    ]
    kept = persons_named_as_places(mentions)
    assert [(m.type, m.name) for m in kept] == [("location", "Тенгиз"), ("person", "Ерлан Аккенов")]


def test_name_shapes():
    assert name_shaped("Токаева") and name_shaped("Ерлан") and name_shaped("Бакытбек уулу".split()[1])
    assert not name_shaped("Чегаранинг") and not name_shaped("Наурыз")


def test_a_span_opened_by_a_demonstrative_with_no_name_after_it_goes():
    text = "Бу ҳақда Ўзбекистон Транспорт вазирлиги хабар берди. Бунга Самарқанд йўли сабаб бўлди."
    spans = [NerSpan("person", 0, 31, "Бу ҳақда Ўзбекистон Транспорт"), NerSpan("person", 53, 68, "Бунга Самарқанд")]
    assert lone_word_persons(text, spans, _ctx("uz")) == []


def test_a_name_after_a_demonstrative_keeps_its_span():
    text = "Бу ҳақда Жасур Тошматов хабар берди."
    spans = [NerSpan("person", 0, 23, "Бу ҳақда Жасур Тошматов")]
    assert lone_word_persons(text, spans, _ctx("uz")) == spans
