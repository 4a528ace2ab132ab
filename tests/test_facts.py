"""Facts about checkpoints on the seeds' sentences and on new phrasings."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def facts(text, date="2025-08-07"):
    return [(f.checkpoint, f.kind, f.text, f.date) for f in find_facts(text, find_checkpoints(text), date)]


def test_commissioned_list_applies_to_every_checkpoint():
    text = (
        "По данным Министерства финансов, запланирована реконструкция 9 пунктов пропуска. На сегодня осуществлен "
        "ввод в эксплуатацию 4 пунктов: Капланбек, Атамекен, Кольжат и Алаколь."
    )
    got = facts(text)
    assert {(c, k, d) for c, k, _, d in got} == {
        (ref, "status", "2025-08-07") for ref in ("kaplanbek", "atameken", "kalzhat", "alakol")
    }
    assert all("ввод в эксплуатацию" in t for _, _, t, _ in got)


def test_reconstruction_and_half_year_deadline():
    text = (
        'Сверх плана ведется реконструкция пассажирского пункта пропуска "Жибек жолы", '
        "завершение запланировано на первое полугодие 2026 года."
    )
    got = facts(text)
    assert ("zhibek-zholy", "status", "Сверх плана ведется реконструкция", None) in got
    assert ("zhibek-zholy", "deadline", "завершение запланировано на первое полугодие 2026 года", "2026-H1") in got


def test_capacity_and_this_year_resolved_with_article_year():
    text = (
        "Также в этом году на этой станции завершат расширение автомобильного пункта пропуска «Алаколь», "
        "а пропускная способность возрастет с 200 до 1600 транспортных средств в сутки."
    )
    got = facts(text, "2024-09-16")
    # facts89: a figure promised keeps its verb of the future (the board names it `planned`)
    assert (
        "alakol",
        "capacity",
        "пропускная способность возрастет с 200 до 1600 транспортных средств в сутки",
        None,
    ) in got
    assert any(k == "deadline" and d == "2024" for _, k, _, d in got)


def test_relative_year_without_article_date_has_no_date():
    text = "Реконструкцию пункта пропуска «Тажен» завершат до конца текущего года."
    assert facts(text, None) == [("tazhen", "deadline", "завершат до конца текущего года", None)]


def test_deadline_shapes():
    assert facts("Пункт пропуска «Сырым» реконструируют до 2028 года.")[0][3] == "2028"
    assert facts("Пункт пропуска «Нур жолы» откроют к июлю 2026 года.")[0][3] == "2026-07"
    # closed for repairs until a day: the closure's end, told in its status, not a works deadline (facts72)
    got = facts("Пункт пропуска «Капланбек» закрыт на ремонт до 31 декабря 2026 года.")
    assert got == [("kaplanbek", "status", "закрыт на ремонт (до 31 декабря 2026 года)", None)]
    got = facts("Ремонт пункта пропуска «Капланбек» завершат до 31 декабря 2026 года.")
    assert ("kaplanbek", "deadline", "завершат до 31 декабря 2026 года", "2026-12-31") in got
    got = facts(
        "Модернизацию пунктов пропуска «Бахты» и «Майкапшагай» планируется завершить во втором квартале 2026 года."
    )
    assert {(c, d) for c, k, _, d in got if k == "deadline"} == {("bakhty", "2026-Q2"), ("maikapshagai", "2026-Q2")}


def test_past_year_is_not_a_deadline():
    assert [k for _, k, _, _ in facts("Пункт пропуска «Кордай» был реконструирован в 2021 году.")] == []


def test_queues():
    assert facts("У пункта пропуска «Сырым» скопилось более 350 грузовиков.") == [
        ("syrym", "queue", "более 350 грузовиков", "2025-08-07")
    ]
    assert facts("Перед КПП «Кордай» образовалась очередь из 500 фур.")[0][:3] == ("kordai", "queue", "500 фур")
    got = facts("На подъезде к пункту пропуска «Таскала» в очереди стоят свыше 7 тысяч грузовиков.")
    assert got[0][2] == "свыше 7 тысяч грузовиков"


def test_status_for_a_list_with_works():
    got = facts("В пунктах пропуска «Сырым», «Алимбет» и «Косак» проводятся работы по реконструкции.")
    assert {c for c, k, _, _ in got if k == "status"} == {"syrym", "alimbet", "kosak"}


def test_sentence_kept_and_no_facts_without_checkpoints():
    text = "На границе скопилось свыше 7 тысяч грузовиков."
    assert facts(text) == []
    (f,) = find_facts("Пункт пропуска «Хоргос» закрыт.", find_checkpoints("Пункт пропуска «Хоргос» закрыт."), None)
    assert f.sentence == "Пункт пропуска «Хоргос» закрыт."


def test_completed_reconstruction_takes_the_past_date_given():
    got = facts(
        "По его данным, реконструкция пункта пропуска «Таскала» завершена, объект введен в эксплуатацию в октябре 2025 года."
    )
    assert ("taskala", "status", "введен в эксплуатацию", "2025-10") in got
    got = facts("В 2025 году реконструкция завершилась на пункте пропуска «Бахты» в области Абай.")
    assert [(c, k, t) for c, k, t, _ in got] == [("bakhty", "status", "реконструкция завершилась")]
    assert [
        k for _, k, _, _ in facts("Реконструкция пункта пропуска «Нур жолы» будет завершена до конца 2026 года.")
    ] == ["deadline"]


def test_kazakh_status_capacity_deadline_queue():
    assert facts("Абай облысындағы «Бақты» өткізу бекеті қайта жаңартудан кейін пайдалануға берілді.") == [
        ("bakhty", "status", "пайдалануға берілді", None)
    ]
    assert facts("Бақты бекетінің өткізу қабілеті тәулігіне 500 көліктен 2 000 көлікке дейін артты.") == [
        ("bakhty", "capacity", "тәулігіне 500 көліктен 2 000 көлікке дейін", None)
    ]
    assert facts("Майқапшағай өткізу бекетін қайта жаңарту жұмыстары жалғасып жатыр.") == [
        ("maikapshagai", "status", "қайта жаңарту жұмыстары жалғасып жатыр", None)
    ]
    assert facts("Қазығұрт өткізу бекетіндегі құрылыс жұмыстарын 2026 жылдың соңына дейін аяқтау жоспарланған.") == [
        ("kazygurt", "deadline", "2026 жылдың соңына дейін аяқтау жоспарланған", "2026")
    ]
    got = facts("Нұр жолы өткізу бекетін қайта жаңарту 2026 жылдың екінші тоқсанында аяқталады.")
    assert ("nur-zholy", "deadline", "2026 жылдың екінші тоқсанында аяқталады", "2026-Q2") in got
    assert facts("Қорғас бекетінде 1 200-ден астам жүк көлігі кезекте тұр.", "2025-11-22") == [
        ("khorgos", "queue", "1 200-ден астам жүк көлігі", "2025-11-22")
    ]


def test_kazakh_relative_year_end_needs_the_article_date():
    text = "Сырым шекара бекетін қайта жаңарту жұмыстары жылдың соңына дейін жалғасады."
    assert ("syrym", "deadline", "жылдың соңына дейін жалғасады", "2025") in facts(text, "2025-10-15")
    assert ("syrym", "deadline", "жылдың соңына дейін жалғасады", None) in facts(text, None)


def test_a_quantity_shaped_like_a_year_is_not_a_deadline():
    text = (
        "После реконструкции пропускная способность пункта пропуска «Жибек жолы» возрастет "
        "с 650 до 2050 транспортных средств в сутки, а очередь сократится до 2000 грузовиков."
    )
    facts = find_facts(text, find_checkpoints(text), "2025-03-01")
    assert [f.kind for f in facts if f.kind == "deadline"] == []
    assert any(f.kind == "capacity" and "до 2050 транспортных средств" in f.text for f in facts)


def test_events_when_nothing_more_specific_is_said():
    text = (
        "Делегации договорились провести в марте совместное совещание на пункте пропуска «Бахты». "
        "Министр посетил пункт пропуска «Майкапшагай» и осмотрел новые досмотровые комплексы."
    )
    got = {(f.checkpoint, f.kind, f.date) for f in find_facts(text, find_checkpoints(text), "2025-01-15")}
    kinds = {f.kind for f in find_facts(text, find_checkpoints(text), "2025-01-15")}
    assert kinds == {"event"}
    assert any(date == "2025-03" for _, _, date in got)


def test_an_event_does_not_double_a_specific_fact():
    text = "Министр посетил пункт пропуска «Бахты», где завершена реконструкция."
    assert [f.kind for f in find_facts(text, find_checkpoints(text), "2025-01-15")] == ["status"]


def test_a_contrast_gives_each_post_its_own_fact():
    """«…реконструкция «Тажен» и «Атамекен», а КПП «Капланбек» закрыт»: only Капланбек is closed."""
    text = 'Продолжается реконструкция пунктов "Тажен" и "Атамекен", а КПП "Капланбек" временно закрыт.'
    got = {(c, k) for c, k, _, _ in facts(text)}
    assert ("kaplanbek", "status") in got
    closed = [c for c, k, t, _ in facts(text) if k == "status" and "закрыт" in t]
    assert closed == ["kaplanbek"]
    building = {c for c, k, t, _ in facts(text) if k == "status" and "реконструкция" in t}
    assert building == {"tazhen", "atameken"}
