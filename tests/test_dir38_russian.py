"""Russian directive shapes met on fresh pages (s37, dir38), on made-up sentences of the same shape."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def test_obligation_laid_on_a_body_right_after_an_order_continues_it(extractor):
    body = (
        "Президент Касым-Жомарт Токаев провел совещание в Акорде. Глава государства поручил усилить контроль "
        "на пунктах пропуска.\n\nМинистерству транспорта надлежит изучить варианты расширения подъездных дорог."
    )
    d1, d2 = directives(extractor, body)
    assert d2.by == "Касым-Жомарт Токаев" and d2.to == "Министерство транспорта"
    assert d2.what.startswith("изучить варианты расширения")


def test_obligation_in_reported_speech_names_its_speaker(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел заседание правительства.\n\n"
        "По его словам, всем местным исполнительным органам необходимо ускорить ремонт дорог к пунктам пропуска."
    )
    [d] = directives(extractor, body)
    assert d.by == "Олжас Бектенов" and d.to == "все местные исполнительные органы"
    assert d.what == "ускорить ремонт дорог к пунктам пропуска"


@pytest.mark.parametrize(
    "body",
    [
        # a need stated about a country or ourselves, no body addressed: no order
        "Президент Касым-Жомарт Токаев выступил на форуме. Он поручил развивать транзит.\n\n"
        "Казахстану необходимо стать транзитным хабом региона.",
        "Премьер-министр Олжас Бектенов выступил на форуме. По его словам, нам нужно работать быстрее.",
        # an obligation on a body with nobody speaking and no order near: the article's own statement
        "На границе растут очереди. Министерству транспорта необходимо расширить пункт пропуска, пишут эксперты.",
    ],
)
def test_stated_needs_that_order_nothing(extractor, body):
    stated = ("хабом", "быстрее", "расширить")
    assert not [d.what for d in directives(extractor, body) if any(w in d.what for w in stated)]


def test_impersonal_order_after_a_chaired_meeting_is_the_chairs(extractor):
    body = (
        "В Туркестанской области прошло совещание под председательством акима области Нуралхана Кошерова. "
        "Обсудили работу таможенных постов.\n\n"
        "По итогам совещания профильным управлениям поручили ускорить ремонт подъездных дорог."
    )
    [d] = directives(extractor, body)
    assert d.by == "Нуралхан Кошеров" and d.to == "профильные управления"
    assert d.what == "ускорить ремонт подъездных дорог"


def test_commission_after_a_dateline_reads_the_clause_after_the_giver(extractor):
    """«Астана. 18 октября. КазТАГ — Полиция по поручению министра X усилит …»: the dateline
    is not what was ordered; the clause after the giver is, without the outlet's attribution."""
    body = (
        "Астана. 18 октября. КазТАГ — Полиция по поручению министра внутренних дел Ержана Саденова "
        "усилит патрулирование трасс к пунктам пропуска, передает корреспондент агентства."
    )
    [d] = directives(extractor, body)
    assert d.by == "Ержан Саденов"
    assert d.what == "Усилит патрулирование трасс к пунктам пропуска"


def test_obligation_with_the_body_after_the_infinitive(extractor):
    """«Необходимо активизироваться всем госорганам» right after an order: the dative body
    follows the infinitive; the whole list is the addressee, and not part of `what` (dir40)."""
    body = (
        "Премьер-министр Алихан Смаилов поручил госорганам наладить взаимодействие с акиматами. "
        "«Необходимо активизироваться всем госорганам и акиматам», - сказал Алихан Смаилов."
    )
    d1, d2 = directives(extractor, body)
    assert d2.by == "Алихан Смаилов" and d2.to == "все госорганы и акиматы"
    assert d2.what == "активизироваться"


def test_body_in_the_nominative_that_must_act(extractor):
    """«Межведомственная комиссия должна это строго контролировать, - сказал Токаев» after
    his order: the commission is the addressee; the attribution is not what was ordered, the
    object written before the infinitive is (dir40)."""
    body = (
        "Президент Касым-Жомарт Токаев провел совещание. Поручаю акимам активизировать работу "
        "мониторинговых групп. Межведомственная комиссия должна это строго контролировать, - сказал Токаев."
    )
    ds = directives(extractor, body)
    assert ds[-1].by == "Касым-Жомарт Токаев" and ds[-1].to == "Межведомственная комиссия"
    assert ds[-1].what == "это строго контролировать"


@pytest.mark.parametrize(
    "sentence",
    [
        "Министерству транспорта не нужно расширять пункт пропуска.",  # negated: nothing to do
        "Министерству транспорта следует отметить рост грузопотока.",  # a writer's filler
        "Перевозчики должны получить разрешение заранее.",  # not a body
    ],
)
def test_obligations_right_after_an_order_that_order_nothing(extractor, sentence):
    body = "Премьер-министр Олжас Бектенов поручил ускорить ремонт дорог к пунктам пропуска. " + sentence
    assert len(directives(extractor, body)) == 1


def test_passive_obligation_with_a_body_as_its_agent(extractor):
    """«X подчеркнул, что «Погранслужбой … должны быть приняты все меры …»»: the body in the
    instrumental is the addressee; «подчеркнул» is no «по словам»."""
    body = (
        "Алмазбек Атамбаев принял председателя пограничной службы.\n\n"
        "Алмазбек Атамбаев подчеркнул, что «Погранслужбой совместно с таможней должны быть приняты "
        "все меры для сокращения очередей на пунктах пропуска»."
    )
    [d] = directives(extractor, body)
    assert d.by == "Алмазбек Атамбаев" and d.to == "Погранслужба"
    assert d.what.startswith("быть приняты все меры для сокращения очередей")


def test_order_by_decree_is_the_signers(extractor):
    body = (
        "Президент Нурсултан Назарбаев подписал указ об отставке правительства. Исполняющим обязанности "
        "премьер-министра назначен Аскар Мамин. Согласно указу, членам кабмина поручено продолжать "
        "исполнение своих обязанностей до утверждения нового состава правительства."
    )
    [d] = directives(extractor, body)
    assert d.by == "Нурсултан Назарбаев" and d.to == "члены кабмина"
    assert d.what.startswith("продолжать исполнение своих обязанностей")


def test_passive_order_without_a_decree_keeps_the_last_person(extractor):
    body = (
        "Президент Нурсултан Назарбаев подписал указ об отставке правительства. Премьер-министр Аскар Мамин "
        "провел совещание. Членам кабмина поручено представить отчеты."
    )
    [d] = directives(extractor, body)
    assert d.by == "Аскар Мамин"
