"""What qa61 saw wrong in facts61's facts, fixed generally (facts62): a status word in an oblique
case read alone («закрытого»), a queue's length cut after its head noun («очереди вытянулся …»)
or before its Kazakh verb («… 7 шақырымға»), an offer's audience given to every post of a list
whose parts name their own, and an offer that names no replaced post because the closed post was
the neighbour's or was told in an earlier sentence. Sentences written for these tests."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, date: str | None = "2026-05-02") -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def _of(found, post, kind):
    return [t for c, k, t in found if c == post and k == kind]


# A status word that says nothing alone


def test_a_participle_before_the_post_reads_with_the_post():
    found = _facts("Вместо закрытого пункта «Аят» перевозчикам советуют ехать через «Желкуар».")
    assert _of(found, "ayat", "status") == ["закрытого пункта «Аят»"]
    assert status_label(_of(found, "ayat", "status")[0]) == "closed"


def test_a_participle_a_verb_governs_reads_with_the_verb():
    found = _facts("Пункт «Майкапшагай» и после праздников остаётся закрытым.")
    assert _of(found, "maikapshagai", "status") == ["остаётся закрытым"]


def test_a_verbal_noun_reads_with_the_post_and_its_period():
    found = _facts("Ведомство сообщило о закрытии пункта пропуска «Калжат» на две недели.")
    assert _of(found, "kalzhat", "status") == ["закрытии пункта пропуска «Калжат» (на две недели)"]


def test_a_finite_status_is_kept_as_it_was():
    found = _facts("Пункт «Калжат» закрыт на ремонт.")
    assert _of(found, "kalzhat", "status") == ["закрыт на ремонт"]


# A queue's length told whole


def test_a_queue_length_keeps_the_noun_it_depends_on():
    found = _facts("У пункта «Тажен» стоят грузовики, хвост очереди вытянулся на 9 километров.")
    assert "хвост очереди вытянулся на 9 километров" in _of(found, "tazhen", "queue")
    assert not any(t.startswith("очереди") for t in _of(found, "tazhen", "queue"))


def test_a_kazakh_queue_length_keeps_its_verb():
    found = _facts("«Тәжен» бекетінде кезектің ұзындығы 4 шақырымға жетті.")
    assert _of(found, "tazhen", "queue") == ["кезектің ұзындығы 4 шақырымға жетті"]


def test_an_inner_queue_word_starts_no_length():
    found = _facts("На пункте «Тажен» внеочередной пропуск занял 3 км дороги.")
    assert not _of(found, "tazhen", "queue")


# Whom an offer is for, post by post


def test_each_part_of_an_offer_list_keeps_its_own_audience():
    found = _facts(
        "Пока пункт «Жибек жолы» закрыт, ведомство советует ехать через другие пункты пропуска: "
        "грузовикам — «Атамекен» и «Казыгурт», пешеходам — «Капланбек»."
    )
    assert _of(found, "atameken", "alternative") == ["альтернатива грузовикам (вместо «Жибек жолы»)"]
    assert _of(found, "kazygurt", "alternative") == ["альтернатива грузовикам (вместо «Жибек жолы»)"]
    assert _of(found, "kaplanbek", "alternative") == ["альтернатива пешеходам (вместо «Жибек жолы»)"]


def test_a_kazakh_audience_after_its_post_is_that_posts():
    found = _facts(
        "«Жібек жолы» бекеті жабылады. Комитет басқа бағыттарды пайдалануды ұсынады. "
        "«Атамекен» бекеті жүк көліктеріне, «Қапланбек» бекеті жаяу жүргіншілерге ашық."
    )
    assert _of(found, "atameken", "alternative") == ["балама жүк көліктеріне (вместо «Жибек жолы»)"]
    assert _of(found, "kaplanbek", "alternative") == ["балама жаяу жүргіншілерге (вместо «Жибек жолы»)"]


def test_one_audience_for_the_whole_list_goes_to_every_post():
    found = _facts("Пешеходам вместо закрытого «Кайрака» советуют пункты «Аят» и «Убаган».")
    assert _of(found, "ayat", "alternative") == ["альтернатива пешеходам (вместо «Кайрак»)"]
    assert _of(found, "ubagan", "alternative") == ["альтернатива пешеходам (вместо «Кайрак»)"]


# Which post an offer replaces


def test_a_neighbours_post_may_be_the_one_replaced():
    found = _facts(
        "Пока ремонтируют российский пункт «Бугристое», казахстанским водителям советуют другие "
        "пункты пропуска: «Аят» и «Убаган»."
    )
    assert _of(found, "ayat", "alternative") == ["альтернатива (вместо «Бугристое»)"]
    assert _of(found, "ubagan", "alternative") == ["альтернатива (вместо «Бугристое»)"]


def test_the_post_closed_in_an_earlier_sentence_is_the_one_replaced():
    found = _facts(
        "С 3 по 20 марта пункт «Кайрак» будет закрыт на ремонт. Об этом сообщили в КНБ. "
        "Водителям рекомендуют выбрать другие пункты пропуска: «Аят» и «Убаган»."
    )
    assert _of(found, "ayat", "alternative") == ["альтернатива (вместо «Кайрак»)"]
    assert _of(found, "ubagan", "alternative") == ["альтернатива (вместо «Кайрак»)"]


def test_the_one_post_of_a_sentence_just_before_is_the_one_replaced():
    found = _facts(
        "На пункте «Бугристое» в июле будут ремонтировать дорожное полотно. "
        "Перевозчикам предложили воспользоваться другими пунктами пропуска: «Аят» и «Желкуар»."
    )
    assert _of(found, "zhelkuar", "alternative") == ["альтернатива (вместо «Бугристое»)"]


def test_an_offered_post_is_never_its_own_replacement():
    found = _facts("Пункт «Аят» был закрыт весной. Сейчас водителям советуют другие пункты пропуска: «Аят» и «Убаган».")
    assert _of(found, "ubagan", "alternative") == ["альтернатива"]
    assert _of(found, "ayat", "alternative") == ["альтернатива"]


def test_kazakh_ornyna_with_an_offer_names_the_replaced_post():
    found = _facts("Жабылған «Қайрақ» бекетінің орнына жүргізушілерге «Шарбақты» бекеті ұсынылды.")
    assert _of(found, "sharbakty", "alternative") == ["балама (вместо «Кайрак»)"]
    assert not _of(found, "sharbakty", "status")


def test_ornyna_without_an_offer_is_no_alternative():
    found = _facts("Ескі ғимараттың орнына «Нұр жолы» бекетінде жаңа терминал салынды.")
    assert not _of(found, "nur-zholy", "alternative")


# A Kazakh reason is not cut at a Russian verb ending


def test_a_kazakh_reason_told_after_sebebi_is_not_cut_at_a_word_ending_in_an():
    from store.extract.fact_causes import causes

    sentence = "«Тәжен» бекеті жабылады, себебі – Түрікменстан жағындағы жол жөнделуде."
    assert causes(sentence, sentence) == ["себебі – Түрікменстан жағындағы жол жөнделуде"]


# A Kazakh event keeps its object


def test_a_kazakh_event_verb_reads_with_the_object_before_it():
    found = _facts("Облыс әкімі «Тәжен» бекетіндегі құрылыс жұмыстарын тексерді.")
    assert _of(found, "tazhen", "event") == ["«Тәжен» бекетіндегі құрылыс жұмыстарын тексерді"]


def test_a_russian_event_still_reads_from_its_verb():
    found = _facts("Аким области осмотрел пункт пропуска «Тажен».")
    assert _of(found, "tazhen", "event") == ["осмотрел пункт пропуска «Тажен»"]


# Work halted, told in the past active


def test_work_halted_in_the_past_active_is_a_closure():
    found = _facts("Работу пункта «Аят» временно приостановили из-за сильной метели.")
    assert _of(found, "ayat", "status") == ["Работу пункта «Аят» временно приостановили"]
    assert status_label(_of(found, "ayat", "status")[0]) == "closed"


def test_something_else_halted_is_no_closure():
    found = _facts("Банк приостановил выдачу кредитов у пункта «Кордай».")
    assert not _of(found, "kordai", "status")
