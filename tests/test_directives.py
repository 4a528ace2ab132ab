"""Directives on the seeds' phrasings and on new ones (store/directives.py)."""
import pytest

from store.model import Article


@pytest.fixture(scope="module")
def extractor():
    from store.extract import Extractor

    return Extractor(find_checkpoints=lambda text: [], gazetteer_get=lambda ref: None, find_facts=lambda *a: [])


def directives(extractor, body):
    return extractor.extract(Article(file="x", path="x", title="Т", body=body, raw=body)).directives


def test_demand_from_abbreviations(extractor):
    body = ("Премьер-министр Олжас Бектенов провел совещание.\n\n"
            "Бектенов потребовал от Минфина и Минтранса еженедельно отчитываться о ходе реконструкции.")
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.when) == ("Олжас Бектенов", "Министерство финансов; Министерство транспорта", "еженедельно")
    assert d.what == "отчитываться о ходе реконструкции"


def test_pronoun_resolves_to_last_person(extractor):
    body = "Премьер-министр Олжас Бектенов провел совещание. Он поручил привлечь к ответственности председателей комитетов."
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов" and d.what.startswith("привлечь к ответственности")


def test_passive_with_deadline(extractor):
    body = ("Совещание провел заместитель премьер-министра Канат Бозумбаев.\n\n"
            "Госорганам поручено в месячный срок провести ревизию ведомственных актов.")
    [d] = directives(extractor, body)
    assert (d.by, d.to, d.when) == ("Канат Бозумбаев", "госорганы", "в месячный срок")
    assert d.what == "провести ревизию ведомственных актов"


def test_quote_attribution_and_role_word(extractor):
    body = ("Президент Касым-Жомарт Токаев провел совещание.\n\n"
            "«Министерству цифрового развития следует качественно и в срок завершить эту работу», "
            "— поручил Глава государства.")
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев"
    assert d.to == "Министерство цифрового развития"
    assert d.what == "завершить эту работу"


def test_new_phrasings(extractor):
    body = ("Аким Алматинской области Марат Султангазиев поручил акиматам районов до конца года "
            "отремонтировать подъездные дороги к пункту пропуска.\n\n"
            "Министр финансов Ерулан Жамаубаев дал поручение таможенным органам до 1 марта 2026 года "
            "установить электронную очередь.")
    d1, d2 = directives(extractor, body)
    assert (d1.by, d1.to, d1.when) == ("Марат Султангазиев", "акиматы районов", "до конца года")
    assert d1.what.startswith("отремонтировать подъездные дороги")
    assert d2.by == "Ерулан Жамаубаев" and d2.to == "таможенные органы"
    assert d2.when == "до 1 марта 2026 года" and d2.what == "установить электронную очередь"


def test_no_directive_without_order(extractor):
    assert directives(extractor, "Министр Иван Петров рассказал о планах. Он отметил рост товарооборота.") == []


def test_order_about_officials_goes_to_their_bodies(extractor):
    body = ("Премьер-министр Иван Петров провел совещание.\n\n"
            "Он поручил наказать руководителей Комитета дорог Министерства транспорта и "
            "Комитета таможенного контроля Министерства финансов за срыв сроков.")
    [d] = directives(extractor, body)
    assert d.to == ("Комитет дорог Министерства транспорта; "
                    "Комитет таможенного контроля Министерства финансов")
    assert d.what.startswith("наказать руководителей")


def test_order_told_then_quoted_is_one_directive(extractor):
    body = ("Президент Касым-Жомарт Токаев поручил ускорить строительство пунктов пропуска на границе.\n\n"
            "«Ставлю задачу ускорить строительство пунктов пропуска на границе с Китаем до конца года», "
            "— указал Касым-Жомарт Токаев.")
    [d] = directives(extractor, body)
    assert d.by == "Касым-Жомарт Токаев" and d.what.startswith("ускорить строительство")
    assert d.when == "до конца года"  # completed from the second report


def test_different_orders_of_one_person_stay_apart(extractor):
    body = ("Аким области Марат Султангазиев поручил отремонтировать дороги. "
            "Он также поручил построить новую школу в селе.")
    assert len(directives(extractor, body)) == 2
