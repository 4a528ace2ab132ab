"""Facts the board shows (facts43): a retold report the article denies, a start date, a rail
line or cargo terminal near a post, the neighbour's post named by ours, and the post named
after «напротив». Made-up sentences in the shapes of real pages."""

from __future__ import annotations

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _facts(text: str, kind: str | None = None) -> list[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2025-07-20")
    return [(f.checkpoint, f.text) for f in found if kind is None or f.kind == kind]


def test_a_denied_rumour_of_closure_is_no_status():
    text = (
        "В мессенджерах распространяют информацию о якобы закрытии пункта пропуска «Майкапчагай». "
        "В пограничном ведомстве эти сведения опровергли."
    )
    assert _facts(text, "status") == []
    text = "Ранее сообщалось о закрытии поста «Майкапчагай», однако в комитете это опровергли."
    assert _facts(text, "status") == []


def test_a_denied_rumour_keeps_normal_operation():
    text = "Слухи о закрытии пункта «Майкапчагай» не соответствуют действительности, пункт работает в штатном режиме."
    assert [status_label(t) for _cp, t in _facts(text, "status")] == ["working"]


def test_a_retold_report_not_denied_stays():
    text = "Ранее сообщалось, что пункт «Майкапчагай» был закрыт с 2 по 4 мая 2023 года."
    assert [cp for cp, _t in _facts(text, "status")] == ["maikapshagai"]


def test_a_start_date_is_no_deadline():
    for text in (
        "С марта 2026 года пропуск через пункт «Майкапчагай» будет временно ограничен.",
        "Начиная с 10 апреля 2026 года грузовики будут направлены через пункт «Майкапчагай».",
        "Строительство нового здания на посту «Майкапчагай» начнётся в 2026 году.",
        "В 2026 году начнут реконструкцию пункта «Майкапчагай», которая будет долгой.",
    ):
        assert _facts(text, "deadline") == [], text


def test_a_start_then_an_end_keeps_the_end():
    text = "Реконструкция поста «Майкапчагай» начнётся в 2026 году и будет завершена в 2028 году."
    assert [t for _cp, t in _facts(text, "deadline")] == ["завершена в 2028 году"]


def test_a_rail_line_or_cargo_terminal_is_not_the_post():
    text = "Продолжается строительство второй линии железной дороги «Достык – Алашанькоу»."
    assert _facts(text, "status") == []
    text = "На станции «Достык» ведется строительство грузового терминала."
    assert _facts(text, "status") == []


def test_the_posts_own_terminals_stay():
    text = "На посту «Майкапчагай» ведется модернизация терминалов для пассажиров."
    assert [status_label(t) for _cp, t in _facts(text, "status")] == ["under reconstruction"]


def test_the_neighbours_post_named_by_ours_is_the_neighbours():
    text = "Китайский пункт пропуска со стороны «Бахты» остаётся закрытым до конца месяца."
    assert [cp for cp, _t in _facts(text, "status")] == ["cn-baketu"]


def test_a_two_country_adjective_is_no_side():
    text = "На казахстанско-китайской границе пункт пропуска «Бахты» закрыт на праздники."
    assert [cp for cp, _t in _facts(text, "status")] == ["bakhty"]


def test_the_post_after_opposite_only_locates():
    text = "На пункте пропуска «Таскала» (напротив российского МАПП «Озинки») начат ремонт здания."
    assert [cp for cp, _t in _facts(text, "status")] == ["taskala"]


def test_to_begin_is_not_under_way():
    text = "Власти готовы начать реконструкцию пункта «Майкапчагай» синхронно с соседями."
    assert all(status_label(t) != "under reconstruction" for _cp, t in _facts(text, "status"))


def test_a_closure_to_come_reads_to_close():
    for text in (
        "Пункт пропуска «Майкапчагай» будет закрыт до 10 мая 2026 года.",
        "С мая 2026 года временно будет приостановлен пропуск через пункт «Майкапчагай».",
        "Пункт пропуска «Майкапчагай» временно закроется на ремонт.",
    ):
        assert [status_label(t) for _cp, t in _facts(text, "status")] == ["to close"], text
    assert [status_label(t) for _cp, t in _facts("Пункт «Майкапчагай» закрыт.", "status")] == ["closed"]


def test_a_post_named_as_a_routes_end_is_not_the_routes_subject():
    text = "В этом году необходимо завершить строительство линии «Алтынколь — Жетыген» и дороги «Бахты – Аягоз»."
    assert _facts(text, "deadline") == [] and _facts(text, "status") == []


def test_two_posts_joined_by_a_dash_are_a_crossing():
    text = "Пункт пропуска «Нур жолы» – «Хоргос» будет закрыт на два дня."
    assert {cp for cp, _t in _facts(text, "status")} == {"nur-zholy", "cn-khorgos"}


def test_stopped_work_is_a_closure():
    text = "Сезонный пункт пропуска «Майкапчагай» прекратил работу до весны."
    assert [status_label(t) for _cp, t in _facts(text, "status")] == ["closed"]


def test_until_a_closure_or_regime_ends_is_no_deadline():
    for text in (
        "Пункт пропуска «Майкапчагай» будет закрыт до 10 мая 2026 года.",
        "Стороны договорились продлить круглосуточный режим работы «Майкапчагая» до 30 июня 2026 года.",
        "Власти готовы начать реконструкцию пункта «Майкапчагай» до конца 2026 года.",
    ):
        assert _facts(text, "deadline") == [], text


def test_a_closure_with_works_ending_keeps_the_deadline():
    text = "Пункт «Майкапчагай» закрыт на ремонт, работы планируется завершить до конца 2026 года."
    assert [cp for cp, _t in _facts(text, "deadline")] == ["maikapshagai"]
