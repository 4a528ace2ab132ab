"""Stop 41, facts78: the neighbour told without its country («сопредельная сторона», «с той
стороны», «российский пункт») at a post two neighbour's posts face stays with ours, marked with
the side; one facing post still gets it. A Russian reason runs to its clause's end, not seven
words; a road the clause opens with keeps its reason from the post. Sentences written for the test."""

from store.extract.checkpoints import find_checkpoints
from store.extract.facts import find_facts


def _facts(text: str, kind: str) -> set[tuple[str, str]]:
    found = find_facts(text, find_checkpoints(text), "2026-04-02")
    return {(f.checkpoint, f.text) for f in found if f.kind == kind}


def test_neighbour_side_at_a_post_two_posts_face_stays_ours_marked():
    # facts80: where our row's `opposite` names neither one of them (Петропавловск: both)
    text = "На станции «Петропавловск» сопредельная сторона прекратила пропуск вагонов."
    assert _facts(text, "status") == {("petropavlovsk", "прекратила пропуск (со стороны России)")}


def test_neighbour_side_at_a_post_two_posts_face_goes_to_the_one_of_record():
    # facts80: Курмангазы faces Караозек and Кошелёвка, its row's `opposite` names Караозек
    text = "На пункте «Курмангазы» сопредельная сторона прекратила пропуск автобусов."
    assert _facts(text, "status") == {("ru-karaozek", "прекратила пропуск")}


def test_the_other_side_said_after_a_comma_stays_ours_when_two_face_it():
    text = "КПП «Шемонаиха» работает штатно, но с той стороны выезд закрыт."
    statuses = _facts(text, "status")
    assert ("shemonaikha", "закрыт (со стороны России)") in statuses
    assert not any(ref.startswith("ru-") for ref, _ in statuses)
    text = "КПП «Жаныбек» работает штатно, но с той стороны выезд закрыт."
    assert ("ru-kaisatskoe", "закрыт") in _facts(text, "status")


def test_a_russian_post_named_by_ours_goes_to_the_one_of_record():
    text = "Российский пункт пропуска со стороны «Курмангазы» закрыт на проверку."
    assert {ref for ref, _ in _facts(text, "status")} == {"ru-karaozek"}


def test_neighbour_side_with_one_facing_post_goes_to_it_unmarked():
    text = "На посту «Сырым» сопредельная сторона закрыла пропуск фур."
    assert _facts(text, "status") == {("ru-mashtakovo", "закрыла пропуск")}


def test_a_locating_opposite_post_does_not_mark_ours():
    text = "Пункт «Жаныбек» напротив российского поста «Кайсацкое» закрыт."
    assert all("стороны" not in said for _, said in _facts(text, "status"))


def test_a_long_reason_runs_to_its_clause_end():
    text = "Пост «Кеген» закрыт в связи с проверкой состояния моста через реку у села Каркара."
    assert _facts(text, "cause") == {("kegen", "в связи с проверкой состояния моста через реку у села Каркара")}


def test_a_long_reason_still_ends_at_a_comma_and_a_verb():
    text = (
        "Пункт «Калжат» не работает по причине замены досмотрового оборудования в грузовом терминале, сообщили в ДГД."
    )
    assert _facts(text, "cause") == {("kalzhat", "по причине замены досмотрового оборудования в грузовом терминале")}
    text = "Из-за ремонта моста через канал движение через пункт «Алимбет» будет затруднено."
    assert _facts(text, "cause") == {("alimbet", "Из-за ремонта моста через канал")}


def test_a_road_subjects_reason_is_not_the_posts():
    assert _facts("Трасса к пункту «Тажен» перекрыта из-за песчаной бури.", "cause") == set()
    assert _facts("Подъезд к КПП «Кордай» закрыт из-за гололёда, пункт открыт.", "cause") == set()


def test_a_post_joined_to_the_road_keeps_the_reason():
    text = "Дорога к пункту «Бахты» и сам пункт закрыты из-за бурана."
    assert _facts(text, "cause") == {("bakhty", "из-за бурана")}
    assert _facts("Пункт «Шаган» закрыт из-за ремонта подъездной дороги.", "cause") == {
        ("shagan", "из-за ремонта подъездной дороги")
    }
