"""Facts a reader of the board expects per post (facts48): a digest's list under an earlier
queue report, a figure with a kind of vehicle before its noun, a queue's length, Kazakh
closures and their denial, works said done with the posts between, «до конца года», a
capacity told by a verb of ability, a figure or deadline in the sentences after the post's
name, the earlier and the later capacity, and posts named as the other side («сопредельных
пунктов»). Made-up sentences in the shapes of real pages."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, kind: str | None = None, date: str | None = "2025-07-20") -> list[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), date)
    return [(f.checkpoint, f.text) for f in found if kind is None or f.kind == kind]


def _labels(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for cp, t in _facts(text, "status"):
        out.setdefault(cp, set()).add(status_label(t))
    return out


def test_a_list_of_figures_under_an_earlier_queue_report_is_each_posts_queue():
    text = (
        "На выезд из страны в очереди ожидают 120 машин. "
        "Больше всего их на посту «Бахты» – 80 транспортных средств. "
        "На южной границе на пунктах «Атамекен» – 12 машин, «Капланбек» – 7 и «Казыгурт» – 3 авто."
    )
    queues = dict(_facts(text, "queue"))
    assert queues["atameken"] == "12 машин"
    assert queues["kaplanbek"] == "7 машин"
    assert queues["kazygurt"] == "3 авто"


def test_a_list_of_traffic_that_crossed_is_no_queue():
    text = (
        "Вчера у границы образовалась очередь. "
        "За сутки через пункты «Атамекен» пропущено 400 машин, «Капланбек» – 300, «Казыгурт» – 200."
    )
    assert _facts(text, "queue") == []


def test_a_kind_of_vehicle_before_the_noun_keeps_the_figure():
    text = "В очереди перед КПП «Ак-Тилек-автодорожный» находятся 372 грузовых автомашины."
    assert _facts(text, "queue") == [("kg-ak-tilek", "372 грузовых автомашины")]


def test_a_queue_measured_in_kilometres_keeps_its_unit():
    text = "У поста «Сырым» колонна фур растянулась почти на 12 км."
    assert _facts(text, "queue") == [("syrym", "колонна фур растянулась почти на 12 км")]
    text = "«Сырым» бекетіне келгенде кезек 9 шақырым болды."
    assert _facts(text, "queue") == [("syrym", "кезек 9 шақырым")]
    assert _facts("Пункт «Сырым» находится в 40 км от Уральска, очередей нет.", "queue") == [("syrym", "очередей нет")]


def test_kazakh_closures_their_tense_and_their_denial():
    assert _labels("«Желқуар» өткізу пункті су тасқынына байланысты уақытша жабылды.") == {"zhelkuar": {"closed"}}
    assert _labels("«Сырым» бекеті ішінара жөндеуге жабылады.") == {"syrym": {"to close"}}
    # a closure denied is no closure; since facts89 it is the post working
    assert _labels("«Нұр жолы» бекеті жабылған жоқ, жүк көліктері өтіп жатыр.") == {"nur-zholy": {"working"}}
    assert _labels("Жолдың «Нұр жолы» бекетіне дейінгі учаскесінде жол жабылды.") == {}


def test_works_said_done_with_the_posts_between_commission_them():
    text = "Работы на пунктах «Атамекен» и «Алаколь» уже завершены, а до конца года планируется обновить «Бахты»."
    labels = _labels(text)
    assert labels["atameken"] == {"commissioned"} and labels["alakol"] == {"commissioned"}
    assert ("bakhty", "до конца года") in _facts(text, "deadline")
    assert "bakhty" not in labels or "commissioned" not in labels["bakhty"]


def test_end_of_the_year_is_the_articles_year():
    found = find_facts(
        "Реконструкцию поста «Кольжат» планируется завершить до конца года.",
        find_checkpoints("Реконструкцию поста «Кольжат» планируется завершить до конца года."),
        "2025-03-01",
    )
    assert [(f.kind, f.date) for f in found if f.kind == "deadline"] == [("deadline", "2025")]


def test_a_capacity_told_by_a_verb_of_ability_keeps_its_period():
    assert _facts("Пункт «Карасу» может пропускать в день 150 машин.", "capacity") == [
        ("karasu-kg", "в день 150 машин")
    ]
    assert _facts("Пункт «Карасу» сможет пропускать до 900 машин в час.", "capacity") == [
        ("karasu-kg", "сможет пропускать до 900 машин в час")  # facts89: the promise keeps its verb
    ]
    assert _facts("Пункт «Карасу» может пропускать 150 машин.", "capacity") == []


def test_a_figure_or_deadline_after_the_posts_sentence_is_that_posts():
    text = (
        "С 1 марта закрывается для легковых машин пункт пропуска «Таскала». "
        "Это связано с реконструкцией. Работы продлятся до 30 ноября 2026 года."
    )
    assert ("taskala", "до 30 ноября 2026 года") in _facts(text, "deadline")
    text = "Например, пункт «Карасу». По нормативам там можно пропускать в сутки 120 машин."
    assert _facts(text, "capacity") == [("karasu-kg", "в сутки 120 машин")]


def test_no_carrying_past_a_list_a_long_way_or_another_subject():
    text = "Пункты «Таскала» и «Сырым» реконструируют. Работы продлятся до 30 ноября 2026 года."
    assert _facts(text, "deadline") == []
    # facts66: in a story of one post, the deadline of its works goes however far (fact_context.far_kinds);
    # another subject's deadline that far does not
    text = "Пункт «Таскала» реконструируют. Погода. Ветер. Работы продлятся до 30 ноября 2026 года."
    assert _facts(text, "deadline") == [("taskala", "до 30 ноября 2026 года")]
    text = "Пункт «Таскала» реконструируют. Погода. Ветер. Выставку откроют до 30 ноября 2026 года."
    assert _facts(text, "deadline") == []
    text = "Пункт «Таскала» работает. До конца 2026 года в области откроются три новые заставы."
    assert _facts(text, "deadline") == []


def test_the_capacity_is_the_later_figure_told_with_the_earlier():
    text = "«Қонысбаев» бекеті арқылы бұрын тәулігіне 90 көлік өткізілсе, қазір 600 көлікті өткізеді."
    assert _facts(text, "capacity") == [("b-konysbayeva", "тәулігіне 90 көлік → қазір 600 көлікті")]


def test_posts_named_as_the_neighbouring_side_locate_the_subject():
    text = (
        "С 1 апреля приостановят работу пункты «Орск» и «Маштаково». "
        "Закрытие связано с ремонтом сопредельных пунктов «Алимбет» и «Сырым» в Казахстане."
    )
    labels = _labels(text)
    assert "alimbet" not in labels and "syrym" not in labels
    assert labels["ru-orsk"] == {"to close", "closed"}


def test_a_season_or_a_yearless_kazakh_quarter_is_a_deadline():
    text = "Открытие поста «Кольжат» после реконструкции запланировано на осень 2026 года."
    found = find_facts(text, find_checkpoints(text), None)
    assert [(f.kind, f.date) for f in found if f.kind == "deadline"] == [("deadline", "2026")]
    text = "«Кольжат» бекетін қайта құру биылғы III тоқсанда аяқталады."
    found = find_facts(text, find_checkpoints(text), "2026-02-10")
    assert [(f.kind, f.date) for f in found if f.kind == "deadline"] == [("deadline", "2026-Q3")]


def test_working_on_until_a_season_is_no_deadline():
    text = "Пункты «Нур жолы» и «Бахты» продолжат круглосуточную работу до весны 2027 года."
    assert _facts(text, "deadline") == []


def test_a_queue_told_by_its_size_in_words_is_a_queue_report():
    text = "На посту «Кайрак» образовалась многокилометровая очередь из легковых машин."
    assert _facts(text, "queue") == [("kairak", "многокилометровая очередь")]
    assert _facts("«Сырым» өткізу пунктінде ұзын-сонар кезек пайда болды.", "queue") == [("syrym", "ұзын-сонар кезек")]
    assert _facts("На посту «Кайрак» идёт проверка документов.", "queue") == []


def test_a_closure_until_a_date_after_the_posts_sentence_is_no_deadline():
    text = "Пункт пропуска «Таскала» работает с ограничениями. Он будет закрыт до 10 октября 2026 года."
    assert _facts(text, "deadline") == []
