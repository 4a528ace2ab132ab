"""Orders a head of state or government gives in direct speech told with a plain verb of
saying (store/extract/directives/head_speech.py, s46 dir48), on made-up sentences in the
shapes met on fresh pages: Russian impersonal obligations, Kazakh jussives, polite
imperatives and «… -у қажет/керек»; and the near misses a speaker who is no head, a need
of a country or of «us», or a possessive verbal noun make."""

import pytest

from tests.notes import directive_extractor, directives


@pytest.fixture(scope="module")
def extractor():
    return directive_extractor()


def _orders(extractor, body):
    return [(d.by, d.to, d.what) for d in directives(extractor, body)]


def test_impersonal_obligation_in_a_presidents_quote(extractor):
    body = (
        "Президент Касым-Жомарт Токаев выступил на заседании.\n\n"
        "«Следует ускорить ремонт дороги Мартук – Актобе. Наряду с этим следует открыть новый пункт "
        "пропуска», — сказал Токаев."
    )
    whats = [w for _, _, w in _orders(extractor, body)]
    assert any(w.startswith("ускорить ремонт дороги") for w in whats)
    assert any(w.startswith("открыть новый пункт пропуска") for w in whats)
    assert {b for b, _, _ in _orders(extractor, body)} == {"Касым-Жомарт Токаев"}


def test_dash_speech_of_the_prime_minister_with_a_time_before_the_obligation(extractor):
    body = (
        "Премьер-министр Олжас Бектенов провел заседание правительства.\n"
        "— В нынешнем году необходимо достроить вокзал «Достык», — отметил Премьер-министр."
    )
    assert _orders(extractor, body) == [("Олжас Бектенов", None, "достроить вокзал «Достык»")]


@pytest.mark.parametrize(
    "body",
    [
        # a deputy, not a head: a need stated, not an order
        "Депутат Иван Петров выступил в парламенте.\n«Необходимо ускорить ремонт дороги до границы», — сказал Петров.",
        # a need of the country or of «us», even in the President's mouth
        "Президент Касым-Жомарт Токаев выступил.\n«Казахстану необходимо развивать транзит», — заявил Токаев.",
        "Президент Касым-Жомарт Токаев выступил.\n«Нам нужно работать быстрее», — сказал Токаев.",
        # a goal, not an order
        "Президент Касым-Жомарт Токаев выступил.\n«Казахстан должен стать транзитным хабом», — сказал Токаев.",
        # a writer's filler
        "Президент Касым-Жомарт Токаев выступил.\n«Следует отметить, что грузопоток вырос», — сказал Токаев.",
    ],
)
def test_quotes_that_order_nothing(extractor, body):
    assert _orders(extractor, body) == []


def test_kazakh_jussive_names_its_body(extractor):
    body = (
        "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді.\n\n"
        '"Көлік министрлігі барлық өткізу пункттерінде кезекті азайтуды қамтамасыз етсін! '
        'Қаржы министрлігі кеден бекеттерін жөндеу бойынша ұсыныс енгізсін!", – деді Үкімет басшысы.'
    )
    got = _orders(extractor, body)
    assert (
        "Олжас Бектенов",
        "Көлік министрлігі",
        "барлық өткізу пункттерінде кезекті азайтуды қамтамасыз етсін",
    ) in got
    assert ("Олжас Бектенов", "Қаржы министрлігі", "кеден бекеттерін жөндеу бойынша ұсыныс енгізсін") in got


def test_kazakh_need_and_polite_imperative_with_named_addressees(extractor):
    body = (
        "Премьер-министр Олжас Бектенов Үкімет отырысын өткізді.\n\n"
        "— Арман Серікұлы (Көлік министрі), Ерлан Сәкенұлы (Қаржы министрі), шекара бекетіне жол салу қажет. "
        "Есепті бір аптада тапсырыңыздар, — деді Үкімет басшысы."
    )
    got = _orders(extractor, body)
    assert ("Олжас Бектенов", "Арман Серікұлы, Ерлан Сәкенұлы", "шекара бекетіне жол салу") in got
    assert any(w == "Есепті бір аптада тапсырыңыздар" for _, _, w in got)


@pytest.mark.parametrize(
    "body",
    [
        # what the country should do (a possessive verbal noun), and «we» need: no order
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Жолдау жариялады.\n\n"
        "«Қазақстан транзит хабы ретіндегі рөлін арттыруы керек. Біз жолдарды жөндеуіміз қажет», "
        "- деді Мемлекет басшысы.",
        # an akim is no head of state or government here
        "Облыс әкімі Нұрлан Серікұлы жиын өткізді.\n\n«Жолды жөндеу қажет», – деді облыс әкімі.",
    ],
)
def test_kazakh_quotes_that_order_nothing(extractor, body):
    assert _orders(extractor, body) == []


def test_an_imperative_in_a_heads_talk_is_no_order_here(extractor):
    body = "Президент Касым-Жомарт Токаев встретился с акимами.\n«Назовите мне эти фамилии», — сказал Токаев."
    assert _orders(extractor, body) == []


def test_a_need_of_us_told_earlier_in_the_sentence_is_no_order(extractor):
    body = (
        "Премьер-министр Олжас Бектенов выступил.\n"
        "«Мы многое сделали на границе, но работы много, нужно действовать быстрее», — сказал Бектенов."
    )
    assert _orders(extractor, body) == []
