"""org101: names that only look like a body (issue 15, precision) — an online platform named as
where a post stands, a Latin title quoted after a Russian event noun, a word cut out of a
headline in capitals. Made-up sentences through the passes alone (no model): each well under 1 s."""

import pytest

from store.extract.ner import NerSpan
from store.extract.passes.known_not_bodies import is_known_term, platform_names
from store.extract.passes.no_bodies import latin_terms_not_bodies
from store.extract.passes.platforms_not_bodies import platforms_not_bodies
from store.extract.passes.shaped_not_bodies import shaped_not_bodies


class _Ctx:
    names: dict = {}
    page = ""


def _org(text: str, name: str, nth: int = 0) -> NerSpan:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return NerSpan("organization", start, start + len(name), name)


def _kept(pass_, text: str, *names: str) -> list[str]:
    return [s.text for s in pass_(text, [_org(text, n) for n in names], _Ctx())]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Видео разошлось в Telegram, пишут водители.", "Telegram"),
        ("Ролик опубликовали на YouTube вечером.", "YouTube"),
        ("Справку можно получить через eGov за пять минут.", "eGov"),
        ("Об этом сообщил Telegram-канал пограничной службы.", "Telegram"),
        ("Водители пишут в WhatsApp-чатах о пробке.", "WhatsApp"),
        ("Ақпарат Instagram парақшасында жарияланды.", "Instagram"),
        ("Бейне TikTok-та тарады.", "TikTok"),
    ],
)
def test_a_platform_named_as_a_place_is_no_body(text, name):
    assert _kept(platforms_not_bodies, text, name) == []


def test_platforms_listed_after_one_preposition_go_together():
    text = "Видео разошлось в Telegram, Instagram и TikTok."
    assert _kept(platforms_not_bodies, text, "Telegram", "Instagram", "TikTok") == []


@pytest.mark.parametrize(
    "text,name",
    [
        # factRu's reference counts the firm where the sentence is about it
        ("Число пользователей Telegram выросло до 62 млн.", "Telegram"),
        ("Мессенджер WhatsApp сменил владельца.", "WhatsApp"),
        ("Telegram заблокировал канал мошенников.", "Telegram"),
    ],
)
def test_a_platform_the_sentence_is_about_stays(text, name):
    assert _kept(platforms_not_bodies, text, name) == [name]


def test_a_body_beside_a_platform_stays():
    text = "Комитет государственных доходов сообщил в Telegram о новых правилах."
    assert _kept(platforms_not_bodies, text, "Комитет государственных доходов", "Telegram") == [
        "Комитет государственных доходов"
    ]


def test_platform_rows_are_not_terms_removed_everywhere():
    assert "telegram" in platform_names() and "2гис" in platform_names()
    assert not is_known_term("Telegram") and is_known_term("БАКАД")


@pytest.mark.parametrize(
    "text,name",
    [
        ("На форуме «Central Asia Logistics» обсудили транзит.", "Central Asia Logistics"),
        ("Открылась выставка «TransLogistica Kazakhstan» в Астане.", "TransLogistica Kazakhstan"),
        ("Участники конференции «Silk Way Connect» приняли резолюцию.", "«Silk Way Connect»"),
    ],
)
def test_a_latin_title_after_an_event_noun_is_no_body(text, name):
    assert _kept(latin_terms_not_bodies, text, name) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Форум организовала компания «Central Asia Logistics».", "Central Asia Logistics"),
        ("На саммите «Shanghai Cooperation Organisation» говорили о транзите.", "Shanghai Cooperation Organisation"),
    ],
)
def test_a_latin_name_not_right_after_an_event_noun_stays(text, name):
    assert _kept(latin_terms_not_bodies, text, name) == [name]


def test_a_word_of_a_headline_in_capitals_is_no_body():
    text = "ОЧЕРЕДИ НА ГРАНИЦЕ\nНа посту скопилось 300 фур."
    assert _kept(shaped_not_bodies, text, "ГРАНИЦЕ") == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("КАЗАВТОЖОЛ РЕМОНТИРУЕТ ТРАССУ\nРаботы завершат в мае.", "КАЗАВТОЖОЛ"),  # a body the KB knows
        ("ЦОН ОТКРЫЛСЯ НА ГРАНИЦЕ\nВодители довольны.", "ЦОН"),  # letters: an abbreviation
        ("Очереди на ГРАНИЦЕ\nНа посту скопилось 300 фур.", "ГРАНИЦЕ"),  # the line is no headline
    ],
)
def test_a_headline_keeps_bodies_and_letters(text, name):
    assert _kept(shaped_not_bodies, text, name) == [name]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Видео опубликовано в соцсети Instagram.", "Instagram"),
        ("Водители пожаловались в мессенджере WhatsApp.", "WhatsApp"),
        ("Аким опубликовал пост в своём Instagram.", "Instagram"),
        ("Видео Instagram-дағы парақшада тарады.", "Instagram-дағы"),  # the model's span keeps the ending
    ],
)
def test_a_possessive_a_kind_or_a_kazakh_ending_still_name_the_place(text, name):
    assert _kept(platforms_not_bodies, text, name) == []


@pytest.mark.parametrize("word", ["ОФИЦИАЛЬНО", "СРОЧНО"])
def test_a_heading_word_alone_on_its_line_is_no_body(word):
    text = f"{word}\nНа посту Кордай сбой системы."
    assert _kept(shaped_not_bodies, text, word) == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("СБЕРБАНК\nБанк открыл отделение у границы.", "СБЕРБАНК"),  # a noun: may be a firm's name
        ("Пост закрыт, сообщил ОФИЦИАЛЬНО представитель.", "ОФИЦИАЛЬНО"),  # not alone on its line
    ],
)
def test_a_noun_or_a_word_inside_a_line_stays(text, name):
    assert _kept(shaped_not_bodies, text, name) == [name]


@pytest.mark.parametrize(
    "name", ["Пограничная зона", "Единое окно", "Зелёный коридор", "Государственная граница", "Бірыңғай терезе"]
)
def test_regimes_and_procedures_are_listed_terms(name):
    assert is_known_term(name)


def test_a_body_holding_a_regime_is_not_a_term():
    assert not is_known_term("Центр «Единое окно»")
