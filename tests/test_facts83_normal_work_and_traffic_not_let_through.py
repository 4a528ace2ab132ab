"""Stop 42, facts83: a post said to work normally («без ограничений», «в штатном режиме» of the post) is
`working`; a class of vehicles not let through («фуры не пропускают», «запрещён въезд грузовиков») is
`limited` with its last day, all traffic not let through is `closed`; a rule about people or papers and a
regime of some other work are no status. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts
from store.lang.statuses import status_label


def _statuses(text: str) -> set[tuple[str, str | None]]:
    found = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {(f.checkpoint, status_label(f.text)) for f in found if f.kind == "status"}


def _texts(text: str) -> set[str]:
    found = find_facts(text, find_checkpoints(text), "2026-11-20")
    return {f.text for f in found if f.kind == "status"}


def test_working_without_limits_is_working():
    assert _statuses("Пограничники сообщают, что КПП «Кайрак» функционирует без ограничений.") == {
        ("kairak", "working")
    }


def test_bare_normal_regime_of_the_post_is_working():
    assert _statuses("Пункт пропуска «Сырым» после бурана в штатном режиме.") == {("syrym", "working")}


def test_normal_regime_of_another_verb_is_no_status():
    assert _statuses("На КПП «Жайсан» в штатном режиме досматривают автобусы.") == set()


def test_normal_regime_of_one_group_only_is_no_status():
    assert _statuses("В штатном режиме на «Кордае» трудится только кинологическая служба.") == set()


def test_a_class_of_vehicles_not_let_through_is_limited_with_its_last_day():
    text = "На пункте «Алимбет» фуры не пропускают до 12 декабря."
    assert _statuses(text) == {("alimbet", "limited")}
    assert any("12 декабря" in t for t in _texts(text))


def test_entry_forbidden_to_trucks_is_limited():
    assert _statuses("Через КПП «Кайрак» запрещён въезд грузовых автомобилей.") == {("kairak", "limited")}


def test_all_traffic_not_let_through_is_closed():
    assert _statuses("Через КПП «Сырым» не пропускают любой транспорт до понедельника.") == {("syrym", "closed")}


def test_a_rule_about_papers_is_no_status():
    assert _statuses("На КПП «Таскала» не выпускают без справки о прививке.") == set()
    assert _statuses("На пункте «Кордай» не впускают туристов без загранпаспорта.") == set()


def test_the_neighbours_side_not_letting_trucks_through_is_the_facing_posts_limit():
    text = "На КПП «Таскала» со стороны России не выпускают фуры до 3 января."
    assert _statuses(text) == {("ru-ozinki", "limited")}


def test_kazakh_trucks_not_let_through_is_limited():
    assert _statuses("«Сырым» бекеті арқылы жүк көліктерін өткізбейді.") == {("syrym", "limited")}


def test_the_stored_phrases_read_with_one_vocabulary():
    assert status_label("автобусы не пропускают") == "limited"
    assert status_label("запрещён выезд фур (до 2 мая)") == "limited"
    assert status_label("не впускают никакие машины") == "closed"
    assert status_label("работает без ограничений") == "working"
