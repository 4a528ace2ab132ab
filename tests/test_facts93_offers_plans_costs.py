"""facts93: an offer going on over the next sentence, a planned volume's figure, a project's cost far from the name.

Sentences are written for these tests (not from the evaluation corpus).
"""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.fact_alternatives import goes_on, joined
from store.extract.fact_amounts import counts
from store.extract.fact_context import far_kinds
from store.extract.facts import find_facts


def _facts(text: str, date: str = "2026-11-20") -> list[tuple[str, str, str]]:
    return [(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)]


def _of(facts, ref: str, kind: str) -> list[str]:
    return [t for r, k, t in facts if r == ref and k == kind]


# ------------------------------------------------------------------ an offer going on


def test_kazakh_cargo_list_after_colon_goes_on_with_the_offer():
    text = (
        "«Жібек жолы» бекеті 1 сәуірден бастап жабылады. Комитет басқа бағыттарды пайдалануды ұсынады. "
        "Жаяу жүргіншілерге «Қапланбек» бекеті ашық. Жүк тасымалы мына бекеттер арқылы жүреді: «Атамекен», «Тәжен»."
    )
    facts = _facts(text)
    assert _of(facts, "atameken", "alternative") == ["балама жүк көліктеріне (вместо «Жибек жолы»)"]
    assert _of(facts, "tazhen", "alternative") == ["балама жүк көліктеріне (вместо «Жибек жолы»)"]
    assert _of(facts, "kaplanbek", "alternative") == ["балама жаяу жүргіншілерге (вместо «Жибек жолы»)"]
    assert not _of(facts, "atameken", "status") and not _of(facts, "tazhen", "status")


def test_a_post_offered_twice_keeps_one_fact_with_both_audiences():
    text = (
        "«Жібек жолы» бекеті жабылады. Комитет басқа бағыттарды пайдалануды ұсынады. "
        "Жаяу жүргіншілерге «Қонысбаева» бекеті ашық. Жүк тасымалы мына бекеттер арқылы жүреді: «Қонысбаева», «Атамекен»."
    )
    facts = _facts(text)
    assert _of(facts, "b-konysbayeva", "alternative") == [
        "балама жаяу жүргіншілерге, жүк көліктеріне (вместо «Жибек жолы»)"
    ]


def test_russian_cargo_sentence_goes_on_with_the_offer():
    text = (
        "Пункт «Нур жолы» закрывается на ремонт с 2 мая. Ведомство предлагает другие пункты пропуска. "
        "Пешеходам открыт «Бахты». Грузовые машины пропустят через «Майкапшагай»."
    )
    facts = _facts(text)
    assert _of(facts, "maikapshagai", "alternative") == ["альтернатива для грузовиков (вместо «Нур жолы»)"]
    assert not _of(facts, "maikapshagai", "status")


def test_news_after_an_offer_is_no_offer():
    text = (
        "Пункт «Жибек жолы» закрыт. Пешеходам предложили другие пункты пропуска: «Капланбек». "
        "На «Атамекене» вчера скопилось 70 фур."
    )
    facts = _facts(text)
    assert _of(facts, "kaplanbek", "alternative")
    assert not _of(facts, "atameken", "alternative")
    kk = "«Жібек жолы» жабылады. Жолаушыларға басқа бекеттерді пайдалану ұсынылады. Жаяу жүргіншілерге «Қапланбек» ашық. «Тәжен» бекетінде кезек 50 көлікке жетті."
    assert not _of(_facts(kk), "tazhen", "alternative")


def test_goes_on_needs_an_audience_before_the_post_and_no_closure():
    text = "Грузовики пойдут через «Атамекен». Грузовики не пройдут: «Атамекен» закрыт."
    spans = find_checkpoints(text)
    first = [s for s in spans if s.start < text.index(".")]
    second = [s for s in spans if s.start > text.index(".")]
    assert goes_on(text, 0, text.index(".") + 1, first)
    assert not goes_on(text, text.index(".") + 2, len(text), second)


def test_joined_keeps_apart_offers_replacing_different_posts():
    assert joined("балама жаяу жүргіншілерге (вместо «А»)", "балама жүк көліктеріне (вместо «Б»)") is None
    assert joined("балама (вместо «А»)", "балама жүк көліктеріне (вместо «А»)") == "балама жүк көліктеріне (вместо «А»)"


# ------------------------------------------------------------------ a planned volume's figure


def test_planned_volume_far_from_its_figure_is_no_count():
    clause = (
        "Станция Достык при плановом объеме приема импортных грузов из КНР в 42 500 вагонов приняла 47 900 вагонов."
    )
    found = counts(clause)
    assert any("47 900" in c for c in found)
    assert not any("42 500" in c for c in found)


def test_a_figure_after_a_past_verb_stays_a_count():
    clause = "По плановому заданию станция Алтынколь приняла 8 100 вагонов."
    assert any("8 100" in c for c in counts(clause))


# ------------------------------------------------------------------ a project's cost far from the name


def test_project_cost_paragraphs_after_a_one_post_story_is_the_posts():
    text = (
        "Пункт пропуска «Тажен» закроют на модернизацию. Работы начнутся летом. Грузовики будут проезжать.\n\n"
        "Общая стоимость проекта составит 14 млрд тенге."
    )
    assert any("14 млрд" in t for t in _of(_facts(text), "tazhen", "funding"))
    kk = "«Сырым» бекеті жаңғыртылады. Жұмыс шілдеде басталады. Жеңіл көліктер басқа бекетке жіберіледі.\n\nЖобаның жалпы құны 16 млрд теңге."
    assert any("16 млрд" in t for t in _of(_facts(kk), "syrym", "funding"))


def test_other_money_far_from_the_name_stays_unowned():
    text = "Пункт «Тажен» работает в обычном режиме. Очереди нет. Водители довольны.\n\nНа ремонт дорог области выделят 40 млрд тенге."
    assert not _of(_facts(text), "tazhen", "funding")
    assert "funding" in far_kinds("Стоимость проекта – 5 млрд тенге.")
    assert "funding" not in far_kinds("Бюджет области вырос до 300 млрд тенге.")


# ------------------------------------------------------------------ a retelling over two sentences, denied after them


def test_report_retold_over_two_sentences_and_denied_by_a_word_pointing_back_gives_no_closure():
    text = (
        "В соцсетях пишут, что пункт «Жайсан» якобы закрыт из-за паводка. Фуры там будто бы стоят вторые сутки. "
        "В пограничной службе эти сведения опровергли."
    )
    facts = _facts(text)
    assert not _of(facts, "zhaisan", "status") and not _of(facts, "zhaisan", "cause")


def test_a_denial_two_sentences_on_without_a_word_pointing_back_is_not_read_as_this_ones():
    text = (
        "Ранее сообщалось, что пункт «Жайсан» закроют на ремонт с 1 мая. Ремонт продлится месяц. "
        "Слухи о закрытии «Сырыма» в ведомстве опровергли."
    )
    assert _of(_facts(text), "zhaisan", "status")


# ------------------------------------------------------------------ a first arrival; people coming home


def test_a_first_train_or_bus_arriving_is_an_event():
    kk = "Биыл алғаш рет «Болашақ» станциясына Түркіменстаннан жолаушы пойызы келіп тоқтады."
    assert any("пойызы келіп" in t for t in _of(_facts(kk), "bolashak", "event"))
    ru = "На станцию «Алтынколь» впервые прибыл грузовой поезд из Сианя."
    assert any("прибыл грузовой поезд" in t for t in _of(_facts(ru), "altynkol", "event"))
    first = "Через пункт «Майкапшагай» прошёл первый пассажирский автобус."
    assert _of(_facts(first), "maikapshagai", "event")


def test_a_first_anything_else_is_no_event():
    assert not _of(_facts("На пункт «Сырым» впервые пришла жалоба от водителей."), "syrym", "event")
    assert not _of(_facts("Впервые на пункт «Сырым» пришёл аким, а фур там не было."), "syrym", "event")


def test_people_coming_home_are_counted():
    text = "Станция «Болашақ» арқылы 180 қандасымыз тарихи Отанына оралды."
    assert any("180" in t for t in _of(_facts(text), "bolashak", "count"))


# ------------------------------------------------------------------ a reason told as an explanation


def test_an_explanation_after_a_queue_is_its_cause():
    after = "На пункте «Таскала» стоят 80 фур. Сейчас едет очень много грузовиков с углём, — пояснили в ведомстве."
    assert any("много грузовиков" in t for t in _of(_facts(after), "taskala", "cause"))
    first = "Пункт «Жайсан» закрыт с обеда. Как объяснили в пограничной службе, на посту сломался рентген-сканер."
    assert any("сломался" in t for t in _of(_facts(first), "zhaisan", "cause"))
    kk = "«Сырым» бекетінде 40 көлік кезекте тұр. Шекарашылардың түсіндіруінше, көліктер саны күрт көбейген."
    assert any("көбейген" in t for t in _of(_facts(kk), "syrym", "cause"))


def test_an_explanation_telling_a_state_or_advice_is_no_cause():
    for claim in (
        "Пункт работает круглосуточно",
        "Водителям советуют запастись водой",
        "Смены работают в усиленном режиме",
    ):
        text = f"На пункте «Таскала» стоят 80 фур. {claim}, — пояснили в ведомстве."
        assert not _of(_facts(text), "taskala", "cause"), claim
    alone = "Через пункт «Таскала» едет очень много грузовиков, — пояснили в ведомстве."
    assert not _of(_facts(alone), "taskala", "cause")  # no queue or closure told before it
