"""What facts64 taught the fact reader: a queue's wait and a post's lanes told in words, an offer
of another post told by its closure and «через» alone, and a pass, gorge or river named like a
post. Sentences written for these tests."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, date: str | None = "2026-06-01") -> set[tuple[str, str, str]]:
    return {(f.checkpoint, f.kind, f.text) for f in find_facts(text, find_checkpoints(text), date)}


def _kinds(text: str, ref: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c, k, t in _facts(text):
        if c == ref:
            out.setdefault(k, []).append(t)
    return out


# 1. waits in words
def test_a_wait_in_collective_numerals_is_the_queue_wait():
    queues = _kinds("На пункте «Тажен» водители фур ждут по четверо суток.", "tazhen").get("queue", [])
    assert any("четверо суток" in t for t in queues)


def test_a_wait_of_about_a_week_is_read():
    queues = _kinds("Дальнобойщики простояли на пункте «Кордай» больше недели.", "kordai").get("queue", [])
    assert any("больше недели" in t for t in queues)


def test_standing_for_days_on_end_is_a_wait():
    queues = _kinds("Грузовики у «Алимбета» стоят сутками, очередь растянулась на 4 км.", "alimbet").get("queue", [])
    assert any("стоят сутками" in t for t in queues)


def test_a_kazakh_wait_in_words_is_read():
    queues = _kinds("«Сырым» бекетінде жүк көліктері екі күн бойы кезекте тұрды.", "syrym").get("queue", [])
    assert any(t.startswith("екі күн") for t in queues)


def test_a_post_working_round_the_clock_is_no_wait():
    found = _kinds("«Сырым» бекеті тәулік бойы жұмыс істейді.", "syrym")
    assert "queue" not in found


def test_an_expected_change_in_days_is_no_wait():
    found = _kinds("Решение по пункту «Кайрак» ожидается через две недели.", "kairak")
    assert "queue" not in found


# 2. lanes in words
def test_lanes_in_words_are_the_posts_capacity():
    caps = _kinds("После ремонта на пункте «Сырым» будет шесть полос для фур.", "syrym").get("capacity", [])
    assert any(t.startswith("шесть полос") for t in caps)


def test_kazakh_lanes_in_words():
    caps = _kinds("«Тәжен» бекетінде үш жолақ ашылды.", "tazhen").get("capacity", [])
    assert any(t.startswith("үш жолақ") for t in caps)


def test_one_window_is_no_count():
    found = _kinds("На пункте «Кайрак» работает одно окно для пешеходов.", "kairak")
    assert not any("окно" in t for t in found.get("capacity", []))


# 3. an offer told by a closure and «через»
def test_advice_via_a_post_after_a_closure_offers_it():
    found = _facts("Так как «Сырым» закрыт на ремонт, водителям советуют следовать через «Таскала».")
    assert ("syrym", "status", "закрыт на ремонт") in found
    assert any(c == "taskala" and k == "alternative" and "Сырым" in t for c, k, t in found)
    assert not any(c == "taskala" and k == "status" for c, k, t in found)


def test_advice_via_a_post_with_no_closure_offers_nothing():
    found = _facts("Водителям советуют ехать через «Таскала», там быстрее оформляют.")
    assert not any(k == "alternative" for _c, k, _t in found)


def test_kazakh_offer_after_a_reason_of_closure():
    found = _facts("«Сырым» бекеті жабылғандықтан, жүргізушілерге «Тасқала» арқылы жүру ұсынылады.")
    assert any(c == "taskala" and k == "alternative" and t.startswith("балама") for c, k, t in found)
    assert any(c == "syrym" and k == "status" for c, k, t in found)
    assert not any(k == "cause" and t == "жабылғандықтан" for _c, k, t in found)


def test_in_connection_with_the_fact_that_is_no_cause():
    found = _facts("В связи с тем, что «Сырым» не работает, фуры идут через «Таскала».")
    assert not any(k == "cause" for _c, k, _t in found)


# 4. a pass, a gorge, a river named like a post
def test_a_quoted_pass_is_no_post():
    text = "«Кеген» бекеті жабық тұр: «Қарқара» асуынан өтетін жолды қар басты."
    assert {s.ref for s in find_checkpoints(text)} == {"kegen"}


def test_a_gorge_in_russian_is_no_post():
    text = "Пункт пропуска «Кеген» работает, а в ущелье «Каркара» проводят спасательные учения."
    assert {s.ref for s in find_checkpoints(text)} == {"kegen"}


def test_an_avalanche_on_the_pass_closes_the_post_it_names():
    found = _kinds("«Кеген» бекеті «Қарқара» асуындағы қар көшкініне байланысты жабылды.", "kegen")
    assert "жабылды" in found.get("status", [])


def test_the_kyrgyz_post_named_as_a_post_stays():
    text = "Пункт «Кеген» и кыргызский пункт «Каркара» откроются в мае."
    assert "kg-karkyra" in {s.ref for s in find_checkpoints(text)}


def test_railway_lines_in_words_are_no_capacity():
    found = _kinds("У пункта «Достык» проложат четыре линии общей длиной 12 км.", "dostyk")
    assert not any("линии" in t for t in found.get("capacity", []))


# 5. work said limited
def test_working_with_restrictions_is_a_limited_status():
    from store.lang.statuses import status_label

    found = _kinds("Пункт «Сырым» работает с ограничениями из-за паводка.", "syrym")
    assert [status_label(t) for t in found.get("status", [])] == ["limited"]
    kazakh = _kinds("«Тәжен» бекеті шектеулі режимде жұмыс істейді.", "tazhen")
    assert [status_label(t) for t in kazakh.get("status", [])] == ["limited"]


def test_working_as_usual_stays_working():
    from store.lang.statuses import status_label

    found = _kinds("Пункт «Сырым» работает в обычном режиме.", "syrym")
    assert "limited" not in [status_label(t) for t in found.get("status", [])]
