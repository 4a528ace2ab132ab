"""Stop 45, facts90: what stop 44 left of the checkpoint facts. Sentences written for the test.

- a dash pair named as one crossing («переход Достык – Алашанькоу», «… өткелі») gives our post its
  facing link too; two posts merely joined by a dash stay the foreign post's fact;
- a kind word or phrase of the name's own clause chooses its row over the sentence's first kind word
  («Автомобильное движение … приостановлено; «Достык» принимает только поезда»);
- a closure told by its start and its last day keeps both («С 1 марта … закрывается … до 1 сентября»);
- a residents' regime told in the lead, before any post is named, is the rule of the post named later
  on the border it names.
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), "2026-11-20")}


def _of_kind(text: str, kind: str) -> set[tuple[str, str]]:
    return {(ref, t) for ref, k, t in _facts(text) if k == kind}


def _refs(text: str) -> list[tuple[str, str | None]]:
    return [(c.ref, c.kind) for c in find_checkpoints(text)]


# a dash pair named as one crossing
def test_a_crossing_named_by_its_two_posts_links_both_sides():
    text = "Два международных перехода, Достык – Алашанькоу и Алтынколь – Хоргос, работают без перерывов."
    assert _of_kind(text, "facing") >= {
        ("dostyk", "напротив «Алашанькоу»"),
        ("cn-alashankou", "напротив «Достык»"),
        ("altynkol", "напротив «Хоргос»"),
        ("cn-khorgos-rail", "напротив «Алтынколь»"),
    }


def test_a_kazakh_crossing_noun_after_the_pair():
    text = "«Нұр жолы – Қорғас» өткелі арқылы тәулігіне 1500 көлік өтеді."
    assert ("nur-zholy", "напротив «Хоргос»") in _of_kind(text, "facing")


def test_two_posts_joined_by_a_dash_only_stay_the_foreign_posts_fact():
    text = "Скопление отмечено на участках границы (пункты пропуска «Кайрак» – «Бугристое»)."
    assert _of_kind(text, "facing") == {("ru-bugristoe", "напротив «Кайрак»")}


def test_a_crossing_noun_with_posts_that_do_not_face_links_nothing():
    text = "Через переход «Нур жолы» – «Алашанькоу» никто не ездит, говорят пограничники."
    assert not {ref for ref, _ in _of_kind(text, "facing")} & {"nur-zholy"}


# the name's own clause
def test_a_kind_phrase_of_the_names_own_clause_chooses_its_row():
    text = "Автомобильное движение на границе с Китаем приостановлено; «Достык» принимает только поезда."
    assert _refs(text) == [("dostyk", "rail")]
    text = "Железнодорожный пункт пропуска «Алтынколь» перегружен; автомобильный «Достык» работает как обычно."
    assert _refs(text)[-1] == ("alakol", "road")


def test_one_kind_word_before_a_list_still_holds_for_the_list():
    assert _refs("Автомобильные пункты пропуска «Бахты» и «Достык» закрыты.") == [
        ("bakhty", "road"),
        ("alakol", "road"),
    ]


# a closure's start and its last day
def test_a_closure_keeps_its_start_and_its_last_day():
    text = "Пограничники рассказали о работе пунктов пропуска. С 1 марта «Тажен» закрывается на реконструкцию до 1 сентября."
    (status,) = [t for ref, t in _of_kind(text, "status") if ref == "tazhen"]
    assert status.endswith("(с 1 марта до 1 сентября)") and status_label(status) == "to close"


def test_a_period_of_its_own_is_not_lengthened():
    (status,) = [t for _, t in _of_kind("Пункт пропуска «Карасу» будет закрыт с 5 по 7 мая.", "status")]
    assert status.endswith("(с 5 по 7 мая)")
    (status,) = [t for _, t in _of_kind("Пункт пропуска «Бахты» закроют до 1 июня.", "status")]
    assert status.endswith("(до 1 июня)")


# a residents' regime told before any post is named
_LEAD = "Упрощённый въезд в Туркменистан для жителей Мангистау приостановлен до 1 октября."


def test_a_lead_regime_is_the_rule_of_the_people_post_named_later_on_its_border():
    text = f"{_LEAD}\n\nВ ведомстве напомнили о правилах.\n\nГраницу пересекают через пункт пропуска «Темир-баба» и железнодорожный пост «Болашак»."
    rules = _of_kind(text, "rule")
    assert ("temir-baba", _LEAD[:-1]) in rules
    assert not [r for r in rules if r[0] == "bolashak"]  # a rail post carries trains


def test_a_lead_regime_of_another_border_stays_no_posts():
    text = f"{_LEAD}\n\nНа границе с Россией пункт пропуска «Сырым» работает круглосуточно."
    assert not [r for r in _of_kind(text, "rule") if r[0] == "syrym"]


def test_a_lead_regime_naming_no_country_is_the_next_sentences_post_only():
    lead = "Льготный режим для жителей приграничных районов продлён до 1 июня."
    assert ("kordai", lead[:-1]) in _of_kind(f"{lead}\nЭто касается пункта пропуска «Кордай».", "rule")
    far = f"{lead}\n\nВ ведомстве напомнили о правилах.\n\nПункт пропуска «Кордай» работает круглосуточно."
    assert not [r for r in _of_kind(far, "rule") if r[0] == "kordai"]


# a neighbour's post named as the neighbouring one
def test_the_neighbouring_post_faces_a_post_named_sentences_before():
    text = (
        "У пункта пропуска «Кайрак» стоят 200 фур.\n\nВодители ждут больше суток.\n\n"
        "На сопредельном российском пункте «Бугристое» очередь тоже растёт."
    )
    assert _of_kind(text, "facing") == {("ru-bugristoe", "напротив «Кайрак»")}


def test_a_foreign_post_not_named_as_the_neighbouring_one_faces_no_post_far_before():
    text = "У пункта пропуска «Кайрак» стоят 200 фур.\n\nВ Троицке прошёл митинг.\n\nНа пункте «Бугристое» спокойно."
    assert _of_kind(text, "facing") == set()


# working as usual
def test_a_post_working_as_usual_is_working():
    text = "В пограничной службе заверили, что пункт пропуска «Жайсан» работает как обычно."
    assert {status_label(t) for _, t in _of_kind(text, "status")} == {"working"}
    assert status_label("«Майқапшағай» бекеті әдеттегідей жұмыс істейді") == "working"


def test_something_else_working_as_usual_does_not_open_a_closed_post():
    text = "Пункт пропуска «Кордай» закрыт, а кафе рядом с ним работает как обычно."
    assert {status_label(t) for _, t in _of_kind(text, "status")} == {"closed"}


# road posts named by their kind word: the text is about crossings
def test_road_posts_by_their_kind_word_make_a_text_about_crossings():
    text = "Автомобильные пункты с Китаем закрыты до понедельника; «Достык» отправляет только вагоны."
    assert _refs(text) == [("dostyk", "rail")]


def test_a_car_park_by_a_cafe_named_like_a_post_is_no_post():
    assert _refs("На автомобильной стоянке у кафе «Достык» нет свободных мест.") == []
